"""``dyads serve``: the API and dashboard, and with ``--watch FEEDS`` the feed loop as well.

One writer, many readers: with ``--watch`` this one process owns the store; a thread polls the
feeds and writes what is new (the parsing runs in one worker process, so requests are never
held up by it) while the server answers reads, each on a cursor or pooled connection of its
own. The dashboard sees new facts as soon as they are written. Without ``--watch`` and
without ``DYADS_API_TOKEN`` the store is opened read-only, so other read-only commands can
read a DuckDB file alongside.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from dyads.commands.common import Db, echo, for_reading, for_writing
from dyads.commands.watching import (
    Alerts,
    AllowPrivate,
    Every,
    Pages,
    cycle_failed,
    load_watch_options,
    report_cycle,
)

if TYPE_CHECKING:
    from dyads.alerts import AlertConfig
    from dyads.store import SqlStore

# Seconds to wait for the watch thread to finish its current entry when the server stops.
STOP_WAIT = 60.0


class FeedLoop:
    """``dyads.watch.watch`` in a thread of this process, writing into ``store``, with the
    analysis in a one-process worker pool; :meth:`stop` ends it after the current entry."""

    def __init__(
        self,
        feeds: list[str],
        store: SqlStore,
        *,
        every: float,
        alerts: AlertConfig | None = None,
        pages: str = "auto",
        allow_private: bool = False,
        max_cycles: int | None = None,
    ) -> None:
        self.feeds, self.store, self.every = feeds, store, every
        self.alerts, self.pages, self.allow_private = alerts, pages, allow_private
        self.max_cycles = max_cycles
        self.cycles = 0
        self.failed = False
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="dyads-watch", daemon=True)

    def start(self) -> FeedLoop:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(STOP_WAIT)

    def _run(self) -> None:
        from dyads.config import load_settings
        from dyads.pipeline import Pipeline
        from dyads.scale.pool import WorkerPool
        from dyads.sources.feeds import PageMode
        from dyads.sources.urls import Fetcher, FetchPolicy
        from dyads.watch import watch

        pipeline = Pipeline(load_settings())
        pool = WorkerPool(pipeline.settings, 1)
        fetcher = Fetcher(FetchPolicy(allow_private=self.allow_private))
        try:
            pool.warm()  # load the model in the worker before the first poll
            for report in watch(
                self.feeds, store=self.store, pipeline=pipeline, fetcher=fetcher,
                every=self.every, stop=self.stopping, pages=cast(PageMode, self.pages),
                alerts=self.alerts, pool=pool, max_cycles=self.max_cycles,
            ):  # fmt: skip
                self.cycles += 1
                self.failed = cycle_failed(report)
                report_cycle(report, echo)
        except Exception as exc:  # the server goes on answering; say why the feeds stopped
            echo(f"watch stopped: {type(exc).__name__}: {exc}")
        finally:
            fetcher.close()
            pool.close()


def serve_command(
    db: Db = None,
    host: Annotated[str, typer.Option("--host", help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    watch: Annotated[
        Path | None,
        typer.Option(
            "--watch",
            metavar="FEEDS",
            help="Also poll the feeds in this file (one URL a line) into the store.",
        ),
    ] = None,
    every: Every = "15m",
    alerts: Alerts = None,
    pages: Pages = "auto",
    allow_private_addresses: AllowPrivate = False,
    access_log: Annotated[
        bool, typer.Option("--access-log", help="Log every request (on standard error).")
    ] = False,
) -> None:
    """Serve the HTTP API and the dashboard; with --watch, also poll feeds into the store.

    With --watch this process is the store's one writer and the dashboard shows new facts as
    they land; other commands can read through the API meanwhile. POST /articles needs
    DYADS_API_TOKEN set. Binds 127.0.0.1 unless --host says otherwise.
    """
    import uvicorn

    from dyads.api import TOKEN_ENV, create_app

    token = os.environ.get(TOKEN_ENV) or None
    loop: FeedLoop | None = None
    if watch is not None:
        urls, interval, config = load_watch_options(watch, every, pages, alerts)
        store = for_writing(db)
        loop = FeedLoop(urls, store, every=interval, alerts=config, pages=pages,
                        allow_private=allow_private_addresses)  # fmt: skip
    elif token is not None:
        store = for_writing(db, create=False)
    else:
        store = for_reading(db)
    app: Any = create_app(store, token=token)
    try:
        if loop is not None:
            loop.start()
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                    access_log=access_log)  # fmt: skip
    finally:
        if loop is not None:
            loop.stop()
        store.close()
