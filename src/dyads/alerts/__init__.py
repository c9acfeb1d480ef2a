"""Watches, digests and alerts: tell a user when something they follow happens or turns.

Split by job: :mod:`.config` reads the watches (YAML), :mod:`.digest` finds what is new in the
store (events, quotations, Goldstein shifts), :mod:`.render` writes it as Markdown and HTML,
:mod:`.mail` sends it. :func:`run_alerts` does all of it after each ``dyads watch`` cycle; the
``dyads digest`` command is in :mod:`.command`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dyads.alerts.config import (
    AlertConfig,
    SmtpConfig,
    Watch,
    load_alert_config,
    parse_alert_config,
)
from dyads.alerts.digest import Digest, DigestItem, build_digest, dyad_means, mark_sent
from dyads.alerts.mail import send_digest
from dyads.alerts.render import render_html, render_markdown, write_digest

if TYPE_CHECKING:
    from dyads.store import Store

__all__ = [
    "AlertConfig",
    "Digest",
    "DigestItem",
    "SmtpConfig",
    "Watch",
    "build_digest",
    "dyad_means",
    "load_alert_config",
    "mark_sent",
    "parse_alert_config",
    "render_html",
    "render_markdown",
    "run_alerts",
    "send_digest",
    "write_digest",
]


def run_alerts(
    store: Store,
    config: AlertConfig,
    *,
    as_of: date | None = None,
    send: bool = True,
) -> Digest:
    """Build the digest of what is new; if anything is, write it, mail it, remember it.

    Items are remembered only once the digest is written (and sent, when SMTP is set), so
    a failed delivery is retried with the next digest.
    """
    digest = build_digest(store, config, as_of=as_of)
    if not digest.items:
        return digest
    write_digest(digest, config.digest_dir)
    if send and config.smtp is not None:
        send_digest(digest, config.smtp)
    mark_sent(store, digest)
    return digest
