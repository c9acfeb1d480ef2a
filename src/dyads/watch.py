"""``dyads watch``: poll feeds, ingest what is new, alert on what matters, forever.

Each cycle polls every feed with a conditional request (ETag / Last-Modified), reads the
entries it has not handled before (by entry id, else link, remembered in the store), runs
them through the pipeline into the store like ``dyads ingest`` does, then builds the alert
digest when watches are configured. A feed that is down or returns garbage leaves a failure
row and is retried later, backing off while it keeps failing; the loop goes on.

Everything it remembers is in the store (``dyads.store.watch_state``), so a restart resumes
where it left off: an entry is marked handled only after its article is saved, and saving
an article twice is a no-op, so a crash loses nothing and duplicates nothing.

``dyads serve --watch FEEDS`` runs the same loop in the server process, one process owning the
store, with the analysis in a worker process (``pool``) so that parsing never holds up a
request; this process builds each entry and writes it, as the single writer.
"""

from __future__ import annotations

import logging
import re
import smtplib
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dyads.batch import Options, Outcome, build_item, finish, to_analyse
from dyads.errors import InputError
from dyads.ingest import Summary, process_document
from dyads.records import Failure, RawDocument
from dyads.sources.feeds import (
    FeedEntry,
    PageMode,
    entry_document,
    entry_source,
    parse_feed,
)
from dyads.sources.urls import Fetcher, FetchError, is_url
from dyads.store.watch_state import FeedState, WatchState

if TYPE_CHECKING:
    from dyads.alerts import AlertConfig, Digest
    from dyads.pipeline import Pipeline
    from dyads.scale.pool import WorkerPool
    from dyads.store import Store

__all__ = [
    "CycleReport",
    "FeedReport",
    "parse_interval",
    "poll_feed",
    "poll_feeds",
    "read_feed_list",
    "watch",
]

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
# A failing feed is retried after ``every`` x 2^(failures - 1), at most this long.
MAX_BACKOFF = timedelta(hours=6)
MIN_INTERVAL_SECONDS = 5.0
# An entry whose page fails transiently is tried again on later polls, this many times in all.
MAX_ATTEMPTS = 5
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def parse_interval(text: str) -> float:
    """Seconds in ``15m``, ``1h30m``, ``45s``, ``2h`` or a bare number of seconds."""
    cleaned = text.strip().lower().replace(" ", "")
    parts = list(_INTERVAL.finditer(cleaned))
    if not cleaned or "".join(m.group(0) for m in parts) != cleaned:
        raise ValueError(f"{text!r} is not an interval like 30s, 15m, 1h or 1h30m")
    return sum(float(m.group(1)) * _UNITS[m.group(2)] for m in parts)


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs from a file: one per line; blank lines and ``#`` comments are ignored."""
    feeds: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        url = re.split(r"\s#", line.strip(), maxsplit=1)[0].strip()
        if not url or url.startswith("#"):
            continue
        if not is_url(url):
            raise ValueError(f"{path}:{number}: {url!r} is not an http(s) URL")
        if url not in feeds:
            feeds.append(url)
    return feeds


@dataclass(slots=True)
class FeedReport:
    """One feed in one cycle: what happened and what its new entries became."""

    url: str
    status: str  # fetched | not modified | failed | backing off
    entries: int = 0
    new: int = 0
    reason: str | None = None
    summary: Summary = field(default_factory=Summary)


@dataclass(slots=True)
class CycleReport:
    """One pass over all feeds."""

    started: datetime
    feeds: list[FeedReport] = field(default_factory=list)
    digest: Digest | None = None

    @property
    def summary(self) -> Summary:
        total = Summary()
        for report in self.feeds:
            total.counts.update(report.summary.counts)
            total.failures.extend(report.summary.failures)
            total.skipped.extend(report.summary.skipped)
        return total


def _backing_off(feed: FeedState, every: float, now: datetime) -> bool:
    if not feed.errors_in_row or feed.polled_at is None:
        return False
    wait = min(timedelta(seconds=every) * 2 ** (feed.errors_in_row - 1), MAX_BACKOFF)
    return now < feed.polled_at + wait


def _feed_failed(
    store: Store, state: WatchState, feed: FeedState, exc: InputError, now: datetime
) -> FeedReport:
    failure = Failure(feed.url, exc.stage, str(exc))
    store.save_failure(failure)
    feed.polled_at = now
    feed.status = getattr(exc, "status", None)
    feed.errors_in_row += 1
    feed.last_error = str(exc)
    state.save_feed(feed)
    report = FeedReport(feed.url, "failed", reason=str(exc))
    report.summary.counts["feed_failed"] += 1
    report.summary.failures.append(failure)
    log.warning("feed %s failed (%d in a row): %s", feed.url, feed.errors_in_row, exc)
    return report


def poll_feed(
    url: str,
    *,
    store: Store,
    pipeline: Pipeline,
    fetcher: Fetcher,
    state: WatchState | None = None,
    pages: PageMode = "auto",
    every: float = 900.0,
    respect_backoff: bool = True,
    pool: WorkerPool | None = None,
) -> FeedReport:
    """Poll one feed and ingest its new entries; never raises for a bad feed or entry.

    With ``pool`` the entries are analysed in its worker process (see the module's notes)."""
    state = state or WatchState(store)
    now = _now()
    feed = state.feed(url)
    if respect_backoff and _backing_off(feed, every, now):
        return FeedReport(url, "backing off", reason=feed.last_error)
    try:
        response = fetcher.fetch(
            url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
        )
        entries = (
            []
            if response.not_modified
            else parse_feed(
                response.content, url=url, content_type=response.headers.get("content-type")
            )
        )
    except InputError as exc:
        return _feed_failed(store, state, feed, exc, now)
    report = FeedReport(url, "not modified" if response.not_modified else "fetched")
    report.entries = len(entries)
    complete = True
    for entry in entries:
        if state.seen(url, entry.key):
            continue
        report.new += 1
        outcome = _ingest_entry(
            entry, url, store=store, pipeline=pipeline, fetcher=fetcher, pages=pages, pool=pool
        )
        if outcome.status == "retry" and state.attempts(url, entry.key) + 1 >= MAX_ATTEMPTS:
            outcome.status = "failed"  # a page down for that long is not coming back soon
        report.summary.add(outcome)
        if outcome.status == "retry":
            complete = False  # a transient failure: leave the entry for the next poll
        article_id = outcome.article.id if outcome.article is not None else None
        state.mark_seen(
            url, entry.key, status=outcome.status, url=entry.link, article_id=article_id
        )
    if not response.not_modified and complete:
        # Only once every entry is handled: otherwise a 304 would hide the ones left over.
        feed.etag = response.headers.get("etag")
        feed.last_modified = response.headers.get("last-modified")
    feed.polled_at = now
    feed.status = response.status
    feed.errors_in_row = 0
    feed.last_error = None
    state.save_feed(feed)
    for stage in ("fetch", "feed"):
        state.clear_failures(url, stage)
    return report


def _ingest_entry(
    entry: FeedEntry,
    feed_url: str,
    *,
    store: Store,
    pipeline: Pipeline,
    fetcher: Fetcher,
    pages: PageMode,
    pool: WorkerPool | None = None,
) -> Outcome:
    source = entry_source(entry, feed_url)
    try:
        raw = entry_document(entry, feed_url=feed_url, fetcher=fetcher, pages=pages)
    except InputError as exc:
        failure = Failure(source, exc.stage, str(exc))
        store.save_failure(failure)
        transient = isinstance(exc, FetchError) and exc.transient
        return Outcome("retry" if transient else "failed", source, failure=failure)
    if pool is None:
        outcome = process_document(pipeline, raw, store)
    else:
        outcome = _in_worker(pipeline, raw, store, pool)
    if outcome.failure is not None:
        store.save_failure(outcome.failure)
    return outcome


def _in_worker(pipeline: Pipeline, raw: RawDocument, store: Store, pool: WorkerPool) -> Outcome:
    """Build here, analyse in ``pool``'s worker, write here (the single writer's step)."""
    item = build_item(pipeline, raw, Options())
    if to_analyse([item], store):
        (item,) = pool.analyse([item], pipeline.memory)
    return finish(pipeline, store, item)


def poll_feeds(
    feeds: Sequence[str],
    *,
    store: Store,
    pipeline: Pipeline,
    fetcher: Fetcher,
    pages: PageMode = "auto",
    every: float = 900.0,
    respect_backoff: bool = True,
    alerts: AlertConfig | None = None,
    pool: WorkerPool | None = None,
) -> CycleReport:
    """One cycle: poll every feed, then build (and send) the digest if watches are set."""
    report = CycleReport(started=_now())
    state = WatchState(store)
    pipeline.remember(store.actor_rows())  # the actor memory persisted with earlier articles
    for url in feeds:
        try:
            result = poll_feed(
                url,
                store=store,
                pipeline=pipeline,
                fetcher=fetcher,
                state=state,
                pages=pages,
                every=every,
                respect_backoff=respect_backoff,
                pool=pool,
            )
        except Exception as exc:  # a bug on one feed must not stop the others
            log.exception("polling %s failed", url)
            failure = Failure(url, "watch", f"internal error {type(exc).__name__}: {exc}")
            store.save_failure(failure)
            result = FeedReport(url, "failed", reason=failure.reason)
        report.feeds.append(result)
    if alerts is not None:
        from dyads.alerts import run_alerts

        try:
            report.digest = run_alerts(store, alerts)
        except (OSError, smtplib.SMTPException) as exc:  # unsent items wait for the next cycle
            log.error("the digest could not be written or sent: %s", exc)
            store.save_failure(Failure("digest", "alerts", f"could not write or send: {exc}"))
    return report


def watch(
    feeds: Sequence[str],
    *,
    store: Store,
    pipeline: Pipeline,
    fetcher: Fetcher,
    every: float = 900.0,
    once: bool = False,
    max_cycles: int | None = None,
    stop: threading.Event | None = None,
    pages: PageMode = "auto",
    alerts: AlertConfig | None = None,
    pool: WorkerPool | None = None,
) -> Iterator[CycleReport]:
    """Poll ``feeds`` every ``every`` seconds, yielding a report per cycle.

    Ends after one cycle with ``once``, after ``max_cycles``, or when ``stop`` is set.
    """
    stop = stop or threading.Event()
    cycles = 0
    while not stop.is_set():
        began = time.monotonic()
        yield poll_feeds(
            feeds,
            store=store,
            pipeline=pipeline,
            fetcher=fetcher,
            pages=pages,
            every=every,
            respect_backoff=not once,
            alerts=alerts,
            pool=pool,
        )
        cycles += 1
        if once or (max_cycles is not None and cycles >= max_cycles):
            return
        stop.wait(max(0.0, every - (time.monotonic() - began)))
