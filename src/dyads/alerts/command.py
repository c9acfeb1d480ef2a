"""``dyads digest``: build the digest of new events, quotations and shifts on demand."""

from __future__ import annotations

import smtplib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from dyads.alerts import build_digest, load_alert_config, run_alerts, write_digest


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="--as-of") from None


def digest_command(
    watches: Annotated[Path, typer.Argument(help="Watches (YAML): dyads, actors, speakers.")],
    db: Annotated[
        str | None, typer.Option("--db", help="Store (default: DYADS_DB or dyads.duckdb).")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Last day of the shift window (YYYY-MM-DD).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for the digest (default: digest_dir).")
    ] = None,
    send: Annotated[bool, typer.Option("--send/--no-send", help="Mail it if SMTP is set.")] = True,
    all_items: Annotated[
        bool, typer.Option("--all", help="Include items already sent (nothing is marked sent).")
    ] = False,
) -> None:
    """Build the digest of new events, quotations and shifts for your watches."""
    from rich.console import Console

    from dyads.config import load_settings
    from dyads.store import open_store

    err = Console(stderr=True)
    day = _parse_day(as_of)
    try:
        config = load_alert_config(watches)
    except (ValueError, OSError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from None
    if out is not None:
        config = replace(config, digest_dir=out)
    store = open_store(db or load_settings().db)
    try:
        if all_items:
            digest = build_digest(store, config, as_of=day, include_sent=True)
            write_digest(digest, config.digest_dir)
        else:
            digest = run_alerts(store, config, as_of=day, send=send)
    except (OSError, smtplib.SMTPException) as exc:
        err.print(f"[red]error:[/] could not write or send the digest: {exc}", highlight=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    err.print(f"{len(digest.items)} new item(s)", highlight=False)
    for path in digest.files:
        err.print(f"written: {path}", highlight=False)
