"""``dyads digest``: build the digest of new events, quotations and shifts on demand."""

from __future__ import annotations

import smtplib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from dyads.alerts import build_digest, load_alert_config, run_alerts, write_digest
from dyads.commands.common import Db


def digest_command(
    watches: Annotated[Path, typer.Argument(help="Watches (YAML): dyads, actors, speakers.")],
    db: Db = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Last day of the shift window (YYYY-MM-DD).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for the digest (default: digest_dir).")
    ] = None,
    send: Annotated[
        bool,
        typer.Option(
            "--send/--no-send",
            help="Mail it if SMTP is set; --no-send only writes it (its items still count as "
            "delivered: preview with --all).",
        ),
    ] = True,
    all_items: Annotated[
        bool, typer.Option("--all", help="Include items already sent (nothing is marked sent).")
    ] = False,
) -> None:
    """Build the digest of new events, quotations and shifts for your watches.

    Needs an existing store (never creates one); with --all it only reads the store.
    """
    from dyads.commands.common import echo, for_reading, for_writing, published_date
    from dyads.commands.group import EXIT_ERROR, EXIT_FAILED, say_error

    day = published_date(as_of, "--as-of")
    try:
        config = load_alert_config(watches)
    except (ValueError, OSError) as exc:
        say_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    if out is not None:
        config = replace(config, digest_dir=out)
    store = for_reading(db) if all_items else for_writing(db, create=False)
    when = date.fromisoformat(day) if day else None
    try:
        if all_items:
            digest = build_digest(store, config, as_of=when, include_sent=True)
            write_digest(digest, config.digest_dir)
        else:
            digest = run_alerts(store, config, as_of=when, send=send)
    except (OSError, smtplib.SMTPException) as exc:
        say_error(f"could not write or send the digest: {exc}")
        raise typer.Exit(EXIT_FAILED) from None
    finally:
        store.close()
    echo(f"{len(digest.items)} new item(s)")
    for path in digest.files:
        echo(f"written: {path}")
