"""What ``dyads watch`` remembers between polls and restarts, kept in the store.

Tables (migration ``0003_watch.sql``): ``watch_feeds`` (validators for conditional requests
and the health of each feed), ``watch_items`` (feed entries already handled) and
``sent_alerts`` (events, quotes and shifts already put in a digest). Plain SQL with ``?``
placeholders through the store's portable primitives, so it runs on every backend.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

__all__ = ["FeedState", "SqlPrimitives", "WatchState"]


class SqlPrimitives(Protocol):
    """The part of a store this module uses (``dyads.store.sql.SqlStore`` provides it)."""

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None: ...
    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]: ...
    def transaction(self) -> AbstractContextManager[None]: ...


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(slots=True)
class FeedState:
    """One feed's validators and health."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    polled_at: datetime | None = None
    status: int | None = None
    errors_in_row: int = 0
    last_error: str | None = None


class WatchState:
    """Read and write the watch tables of ``store``."""

    def __init__(self, store: SqlPrimitives) -> None:
        self.store = store

    # feeds --------------------------------------------------------------
    def feed(self, url: str) -> FeedState:
        rows = self.store.query(
            "SELECT url, etag, last_modified, polled_at, status, errors_in_row, last_error "
            "FROM watch_feeds WHERE url = ?",
            [url],
        )
        return FeedState(**rows[0]) if rows else FeedState(url)

    def save_feed(self, state: FeedState) -> None:
        self.store.execute(
            "INSERT INTO watch_feeds (url, etag, last_modified, polled_at, status, "
            "errors_in_row, last_error) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE "
            "SET etag = excluded.etag, last_modified = excluded.last_modified, "
            "polled_at = excluded.polled_at, status = excluded.status, "
            "errors_in_row = excluded.errors_in_row, last_error = excluded.last_error",
            [
                state.url,
                state.etag,
                state.last_modified,
                state.polled_at,
                state.status,
                state.errors_in_row,
                state.last_error,
            ],
        )

    def feeds(self) -> list[FeedState]:
        rows = self.store.query(
            "SELECT url, etag, last_modified, polled_at, status, errors_in_row, last_error "
            "FROM watch_feeds ORDER BY url"
        )
        return [FeedState(**row) for row in rows]

    # entries ------------------------------------------------------------
    def seen(self, feed_url: str, item_key: str) -> bool:
        """Whether the entry was handled (an entry left for a retry is not)."""
        return bool(
            self.store.query(
                "SELECT 1 AS found FROM watch_items WHERE feed_url = ? AND item_key = ? "
                "AND status <> 'retry'",
                [feed_url, item_key],
            )
        )

    def attempts(self, feed_url: str, item_key: str) -> int:
        """How many times the entry was tried and left for a retry."""
        rows = self.store.query(
            "SELECT attempts FROM watch_items WHERE feed_url = ? AND item_key = ?",
            [feed_url, item_key],
        )
        return int(rows[0]["attempts"]) if rows else 0

    def mark_seen(
        self,
        feed_url: str,
        item_key: str,
        *,
        status: str,
        url: str | None = None,
        article_id: str | None = None,
    ) -> None:
        """Record what became of an entry; ``status="retry"`` counts an attempt."""
        tried = self.attempts(feed_url, item_key) + (1 if status == "retry" else 0)
        self.store.execute(
            "INSERT INTO watch_items (feed_url, item_key, url, article_id, status, attempts, "
            "seen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url, item_key) DO UPDATE "
            "SET url = excluded.url, article_id = excluded.article_id, "
            "status = excluded.status, attempts = excluded.attempts, seen_at = excluded.seen_at",
            [feed_url, item_key, url, article_id, status, tried, _now()],
        )

    def items(self, feed_url: str | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT feed_url, item_key, url, article_id, status, attempts, seen_at FROM watch_items"
        )
        if feed_url is None:
            return self.store.query(sql + " ORDER BY seen_at, feed_url, item_key")
        return self.store.query(sql + " WHERE feed_url = ? ORDER BY seen_at, item_key", [feed_url])

    # alerts -------------------------------------------------------------
    def sent_keys(self, watch: str, kind: str) -> set[str]:
        rows = self.store.query(
            "SELECT item_key FROM sent_alerts WHERE watch = ? AND kind = ?", [watch, kind]
        )
        return {str(row["item_key"]) for row in rows}

    def record_sent(self, items: Iterable[tuple[str, str, str]], *, digest: str | None) -> None:
        """Remember ``(watch, kind, item_key)`` items as sent in ``digest``."""
        now = _now()
        with self.store.transaction():
            for watch, kind, key in items:
                self.store.execute(
                    "INSERT INTO sent_alerts (watch, kind, item_key, digest, sent_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (watch, kind, item_key) DO NOTHING",
                    [watch, kind, key, digest, now],
                )

    def clear_failures(self, source: str, stage: str) -> None:
        """Forget a feed's failure row once the feed works again."""
        self.store.execute("DELETE FROM failures WHERE source = ? AND stage = ?", [source, stage])
