"""``dyads watch``: the command around :func:`dyads.watch.watch`, and what ``dyads serve
--watch`` shares with it (reading the options, one time-stamped line per feed and cycle)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from dyads.commands.common import Db
from dyads.watch import (
    MIN_INTERVAL_SECONDS,
    CycleReport,
    parse_interval,
    read_feed_list,
    watch,
)

if TYPE_CHECKING:
    from dyads.alerts import AlertConfig
    from dyads.sources.feeds import PageMode

FeedsFile = Annotated[
    Path, typer.Argument(help="A file of feed URLs, one per line (# starts a comment).")
]
Every = Annotated[str, typer.Option("--every", help="Time between polls: 30s, 15m, 1h...")]
Once = Annotated[bool, typer.Option("--once", help="Poll every feed once, then stop.")]
AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private-addresses",
        help="Allow URLs on loopback and private networks (refused by default).",
    ),
]
Alerts = Annotated[
    Path | None, typer.Option("--alerts", help="Watches (YAML): digest after each cycle.")
]
Pages = Annotated[
    str,
    typer.Option(
        "--pages", help="Read the linked page: auto (when the summary is short), always, never."
    ),
]


def report_cycle(report: CycleReport, echo: Callable[[str], None]) -> None:
    """One line per feed, each starting with the cycle's time (UTC, ISO 8601)."""
    stamp = report.started.strftime("%Y-%m-%dT%H:%M:%SZ")
    for feed in report.feeds:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(feed.summary.counts.items()))
        detail = f": {feed.reason}" if feed.reason else (f" ({counts})" if counts else "")
        echo(f"{stamp}  {feed.status:>12}  {feed.url}  new {feed.new}{detail}")
    if report.digest is not None and report.digest.items:
        echo(f"{stamp}  digest: {len(report.digest.items)} new items")


def cycle_failed(report: CycleReport) -> bool:
    """Whether a feed or an entry failed in the cycle (``dyads watch --once`` exits 1)."""
    return any(feed.status == "failed" or feed.summary.failures for feed in report.feeds)


def load_watch_options(
    feeds: Path, every: str, pages: str, alerts: Path | None
) -> tuple[list[str], float, AlertConfig | None]:
    """The feed URLs, the interval in seconds and the watches, or a usage error (exit 2)."""
    from dyads.commands.group import EXIT_ERROR, say_error

    try:
        interval = parse_interval(every)
        urls = read_feed_list(feeds)
    except (ValueError, OSError) as exc:
        say_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    if interval < MIN_INTERVAL_SECONDS:
        raise typer.BadParameter(f"at least {MIN_INTERVAL_SECONDS:.0f}s", param_hint="--every")
    if pages not in ("auto", "always", "never"):
        raise typer.BadParameter("use auto, always or never", param_hint="--pages")
    config = None
    if alerts is not None:
        from dyads.alerts import load_alert_config

        try:
            config = load_alert_config(alerts)
        except (ValueError, OSError) as exc:
            say_error(str(exc))
            raise typer.Exit(EXIT_ERROR) from None
    return urls, interval, config


def watch_command(
    feeds: FeedsFile,
    every: Every = "15m",
    once: Once = False,
    db: Db = None,
    allow_private_addresses: AllowPrivate = False,
    alerts: Alerts = None,
    pages: Pages = "auto",
) -> None:
    """Poll feeds, ingest new entries into the store, and send digests of watched dyads.

    Each line starts with the time of its cycle. With --once, exits 1 when a feed or an
    entry failed. To keep a dashboard open on the same DuckDB store, run
    `dyads serve --watch FEEDS` instead (one process owns the file).
    """
    from dyads.commands.common import echo, for_writing
    from dyads.config import load_settings
    from dyads.pipeline import Pipeline
    from dyads.sources.urls import Fetcher, FetchPolicy

    urls, interval, config = load_watch_options(feeds, every, pages, alerts)
    logging.getLogger("dyads").addHandler(logging.NullHandler())  # each line is printed below
    pipeline = Pipeline(load_settings())
    store = for_writing(db)
    fetcher = Fetcher(FetchPolicy(allow_private=allow_private_addresses))
    failed_cycle = False
    try:
        for report in watch(
            urls,
            store=store,
            pipeline=pipeline,
            fetcher=fetcher,
            every=interval,
            once=once,
            pages=cast("PageMode", pages),
            alerts=config,
        ):
            report_cycle(report, echo)
            failed_cycle = cycle_failed(report)
    except KeyboardInterrupt:
        echo("stopped")
    finally:
        fetcher.close()
        store.close()
    if once and failed_cycle:
        raise typer.Exit(1)
