"""Mailing a digest with smtplib (the password from the environment, never the file)."""

from __future__ import annotations

import os
import smtplib
from email.message import EmailMessage

from dyads.alerts.config import SmtpConfig
from dyads.alerts.digest import Digest
from dyads.alerts.render import render_html, render_markdown

__all__ = ["send_digest"]


def send_digest(digest: Digest, smtp: SmtpConfig) -> None:
    """Mail the digest (Markdown as the text part, HTML as the alternative) with smtplib."""
    if not smtp.to:
        raise ValueError("smtp: no recipients ('to')")
    message = EmailMessage()
    message["Subject"] = f"dyads digest {digest.as_of.isoformat()}: {len(digest.items)} new"
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.to)
    message.set_content(render_markdown(digest))
    message.add_alternative(render_html(digest), subtype="html")
    client: smtplib.SMTP = (smtplib.SMTP_SSL if smtp.ssl else smtplib.SMTP)(
        smtp.host, smtp.port, timeout=smtp.timeout
    )
    with client:
        if smtp.starttls and not smtp.ssl:
            client.starttls()
        if smtp.username:
            client.login(smtp.username, os.environ.get(smtp.password_env or "", ""))
        client.send_message(message)
