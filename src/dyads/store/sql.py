"""The store's logic in portable SQL, shared by every backend.

A backend supplies the primitives (run one statement, run one statement for many rows, fetch
rows as dicts on a connection, a transaction, and a :meth:`SqlStore.reader` for concurrent
reads) and writes SQL with ``?`` placeholders only. Writes go through one connection, one
at a time (``_lock``); reads made through a reader run side by side.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from dyads.errors import StoreError
from dyads.records import Article, Event, Failure
from dyads.store.base import SaveResult, article_row, migrations, redact, split_statements
from dyads.store.rows import article_record, extraction_rows

if TYPE_CHECKING:
    from dyads.dedup import DuplicateIndex


# An article's sources (part 0, in the order seen), mentions (1), quotes (2) and events (3,
# each by position), one row each: ``doc`` is the source, the mention's text or the record.
_NO_MENTION = ", ".join(["NULL"] * 8)
FACTS_OF_ARTICLE = (
    "SELECT 0 AS part, NULL AS idx, seen_at, source AS doc, NULL AS span_start, "
    "NULL AS span_end, NULL AS actor, NULL AS code, NULL AS country, NULL AS sector, "
    "NULL AS role, NULL AS kind FROM article_sources WHERE article_id = ? "
    "UNION ALL SELECT 1, idx, NULL, text, span_start, span_end, actor, code, country, sector, "
    "role, kind FROM mentions WHERE article_id = ? "
    f"UNION ALL SELECT 2, idx, NULL, record, {_NO_MENTION} FROM quotes WHERE article_id = ? "
    f"UNION ALL SELECT 3, idx, NULL, record, {_NO_MENTION} FROM events WHERE article_id = ? "
    "ORDER BY part, idx, seen_at, doc"
)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class SqlStore:
    """Everything a store does, over the backend's primitives."""

    url: str
    read_only: bool = False
    # Committed write transactions since the store was opened (by this process).
    generation: int = 0
    _lock: threading.RLock

    def __init__(self) -> None:
        self.generation = 0
        # Article id -> the generation whose commit last changed what the store holds of it
        # (its row, sources or facts); ids changed by the open transaction, until it commits.
        self.article_versions: dict[str, int] = {}
        self._changed: set[str] = set()

    def changed_article(self, article_id: str) -> None:
        """Note, inside a write transaction, that it changes article ``article_id``."""
        self._changed.add(article_id)

    def article_version(self, article_id: str) -> int:
        """The generation of the last committed write that changed the article (0: none since
        the store was opened). A reader that takes it before reading the article and finds it
        unchanged later knows the article is as it read it (in this process's writes)."""
        return self.article_versions.get(article_id, 0)

    def _ended(self, committed: bool) -> None:
        """Called by the backend after a write transaction: count it if it committed, and
        date the articles it changed (after the commit, so a reader never pairs the new
        version with what it read before)."""
        if committed:
            self.generation += 1
            for article_id in self._changed:
                self.article_versions[article_id] = self.generation
        self._changed.clear()

    # primitives (backends override) ------------------------------------
    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None:
        raise NotImplementedError

    def query_on(
        self, conn: Any, sql: str, params: list[Any] | tuple[Any, ...] = ()
    ) -> list[dict[str, Any]]:
        """``query`` on ``conn``, a connection or cursor of this backend's."""
        raise NotImplementedError

    def reader(self) -> AbstractContextManager[SqlStore]:
        """A read-only view of the store for one request (or one command): its own cursor or
        pooled connection, so that reads from many threads run at once."""
        raise NotImplementedError

    def execute_many(self, sql: str, rows: list[list[Any]]) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # schema -------------------------------------------------------------
    def migrate(self) -> None:
        self.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"
        )
        applied = {row["version"] for row in self.query("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations():
            if version in applied:
                continue
            with self.transaction():
                for statement in split_statements(sql):
                    self.execute(statement)
                self.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, utc_now()]
                )

    def check_schema(self) -> None:
        """For a store opened read-only: it must be a dyads store with every migration of this
        version applied, and none this version does not know."""
        try:
            rows = self.query("SELECT version FROM schema_migrations")
        except Exception as exc:  # the backend's "no such table"
            raise StoreError(
                f"{redact(self.url)} is not a dyads store (no schema_migrations table)"
            ) from exc
        applied = {int(row["version"]) for row in rows}
        known = {number for number, _, _ in migrations()}
        if known - applied:
            raise StoreError(
                f"the store at {redact(self.url)} lacks schema migration(s) "
                f"{', '.join(map(str, sorted(known - applied)))}: open it once with a command "
                "that writes (dyads ingest, dyads watch)"
            )
        if applied - known:
            raise StoreError(
                f"the store at {redact(self.url)} was written by a newer dyads (migration(s) "
                f"{', '.join(map(str, sorted(applied - known)))} unknown here): upgrade dyads"
            )

    def schema_version(self) -> int:
        rows = self.query("SELECT max(version) AS version FROM schema_migrations")
        return int(rows[0]["version"] or 0) if rows else 0

    def count(self, table: str) -> int:
        return int(self.query(f"SELECT count(*) AS n FROM {table}")[0]["n"])

    # writes -------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return bool(self.query("SELECT 1 AS found FROM articles WHERE id = ?", [article_id]))

    def insert(self, table: str, rows: list[dict[str, Any]], conflict: str = "") -> None:
        """Insert ``rows`` (dicts with the same keys, in column order) into ``table``;
        ``conflict`` is an ``ON CONFLICT`` clause for an upsert."""
        if rows:
            self.insert_values(table, list(rows[0]), [list(r.values()) for r in rows], conflict)

    def insert_values(
        self, table: str, columns: list[str], values: list[list[Any]], conflict: str = ""
    ) -> None:
        marks = ", ".join("?" for _ in columns)
        self.execute_many(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) {conflict}", values
        )

    def save_article(
        self,
        article: Article,
        *,
        status: str = "processed",
        reason: str | None = None,
        actors: list[dict[str, Any]] | None = None,
    ) -> SaveResult:
        """Store an article with all it carries, atomically; an id already stored is left as is.

        ``actors`` are actor-memory rows learned from this article, saved in the same
        transaction.
        """
        from dyads.dedup import body_text, signature

        now = utc_now()
        with self._lock, self.transaction():
            self.changed_article(article.id)
            exists = self.has_article(article.id)
            if not exists:
                minhash = signature(body_text(article))
                self._insert_article(article, status, reason, now, minhash)
                self.save_actors(actors or [])
            self.execute(
                "INSERT INTO article_sources VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [article.id, article.source, article.url, now],
            )
            self.execute("DELETE FROM failures WHERE source = ?", [article.source])
            if not exists:
                self._duplicates().add(article.id, minhash)
        return SaveResult.UNCHANGED if exists else SaveResult.STORED

    def _insert_article(
        self, article: Article, status: str, reason: str | None, now: datetime, minhash: Any
    ) -> None:
        from dyads.dedup import to_bytes

        original = self._duplicates().original_of(article.id, minhash)
        row = article_row(article) | {
            "status": status,
            "reason": reason,
            "ingested_at": now,
            "duplicate_of": original,
        }
        self.insert("articles", [row])
        self.insert("article_minhash", [{"article_id": article.id, "signature": to_bytes(minhash)}])
        rows = extraction_rows(article.id, article)
        taken: set[str] = set()
        for idx, (event, event_row) in enumerate(zip(article.events, rows["events"], strict=True)):
            event_row["cluster"] = self._cluster_of(article.id, idx, event, taken)
            taken.add(event_row["cluster"])
        for table, table_rows in rows.items():
            self.insert(table, table_rows)

    def _duplicates(self) -> DuplicateIndex:
        from dyads.dedup import DuplicateIndex

        if getattr(self, "_duplicate_index", None) is None:
            rows = self.query("SELECT article_id, signature FROM article_minhash")
            self._duplicate_index = DuplicateIndex.from_rows(
                (row["article_id"], row["signature"]) for row in rows
            )
        return self._duplicate_index

    def _cluster_of(self, article_id: str, idx: int, event: Event, taken: set[str]) -> str:
        """The cluster of the same event reported by another article, else its own.

        A cluster joins each article once (``taken``: this article's clusters so far), and a
        report in the same words as this one is preferred, so a reprint's events pair up one
        to one with the original's.
        """
        candidates = self.query(
            "SELECT cluster, source_code, target_code, root, date_start, date_end, evidence "
            "FROM events WHERE source_code IS NOT DISTINCT FROM ? "
            "AND target_code IS NOT DISTINCT FROM ? AND root = ? AND article_id <> ? "
            "ORDER BY cluster, article_id, idx",
            [event.source.code, event.target.code, event.root, article_id],
        )
        from dyads.dedup import same_event

        matches = [r for r in candidates if r["cluster"] not in taken and same_event(event, r)]
        matches.sort(key=lambda r: r["evidence"] != event.evidence.sentence)
        return str(matches[0]["cluster"]) if matches else f"{article_id}:{idx}"

    def save_failure(self, failure: Failure) -> None:
        when = datetime.fromisoformat(failure.time).replace(tzinfo=None)
        self.execute(
            "INSERT INTO failures VALUES (?, ?, ?, ?) ON CONFLICT (source, stage) "
            "DO UPDATE SET reason = excluded.reason, time = excluded.time",
            [failure.source, failure.stage, failure.reason, when],
        )

    def save_actors(self, rows: list[dict[str, Any]]) -> None:
        """Upsert actor-memory rows (``ActorMemory.rows()``), keyed by name, role, code, source
        (of rows with the same key, the last wins, as one upsert after another would leave it)."""
        by_key = {}
        for row in rows:
            values = {
                "name": row["name"], "role": row.get("role") or "", "code": row.get("code") or "",
                "country": row.get("country"), "sector": row.get("sector"),
                "kind": row.get("kind"), "origin": row.get("source", "learned"),
                "first_seen": row.get("first_seen"), "last_seen": row.get("last_seen"),
                "record": json.dumps(row, ensure_ascii=False, default=str),
            }  # fmt: skip
            by_key[values["name"], values["role"], values["code"], values["origin"]] = values
        self.insert(
            "actors",
            list(by_key.values()),
            "ON CONFLICT (name, role, code, origin) DO UPDATE SET "
            "country = excluded.country, sector = excluded.sector, kind = excluded.kind, "
            "first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
            "record = excluded.record",
        )

    # reads --------------------------------------------------------------
    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article in the record contract's form, with its sources and status.

        Two statements: the article's row, then its sources, mentions, quotes and events in
        one (``FACTS_OF_ARTICLE``; each part found through its ``*_by_article`` index). A
        statement costs DuckDB about 1 ms of CPU whatever it reads, and PostgreSQL a round
        trip (docs/BENCHMARKS.md, API under load).
        """
        rows = self.query("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        parts: dict[int, list[dict[str, Any]]] = {0: [], 1: [], 2: [], 3: []}
        for row in self.query(FACTS_OF_ARTICLE, [article_id] * 4):
            parts[row["part"]].append(row)
        return article_record(
            rows[0],
            sources=[{"source": row["doc"]} for row in parts[0]],
            mentions=[row | {"text": row["doc"]} for row in parts[1]],
            quotes=[{"record": row["doc"]} for row in parts[2]],
            events=[{"record": row["doc"]} for row in parts[3]],
        )

    def ids_starting(self, prefix: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` article ids that start with ``prefix``, in order."""
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.query(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            [pattern, limit],
        )
        return [row["id"] for row in rows]

    def actor_rows(self) -> list[dict[str, Any]]:
        rows = self.query("SELECT record FROM actors ORDER BY name, role, code, origin")
        return [json.loads(row["record"]) for row in rows]

    def latest_articles(self, limit: int = 10) -> list[dict[str, Any]]:
        return self.query(
            "SELECT id, published, dateline_place, dateline_region, dateline_agency, headline, "
            "status "
            "FROM articles ORDER BY ingested_at DESC, id LIMIT ?",
            [limit],
        )

    def latest_quotes(self, limit: int = 10) -> list[dict[str, Any]]:
        return self.query(
            "SELECT q.speaker_actor, q.speaker_text, q.cue, q.kind, q.content, a.published "
            "FROM quotes q JOIN articles a ON a.id = q.article_id "
            "ORDER BY a.ingested_at DESC, q.article_id, q.idx LIMIT ?",
            [limit],
        )

    def latest_events(self, limit: int = 10) -> list[dict[str, Any]]:
        return self.query(
            "SELECT e.source_code, e.cameo, e.target_code, e.quad_class, e.goldstein, "
            "e.date_start, e.date_end, e.date_precision, e.evidence FROM events e "
            "JOIN articles a ON a.id = e.article_id "
            "ORDER BY a.ingested_at DESC, e.article_id, e.idx LIMIT ?",
            [limit],
        )

    def failures(self) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM failures ORDER BY time, source")

    def counts(self) -> dict[str, int]:
        counts = {
            f"articles_{row['status']}": int(row["n"])
            for row in self.query("SELECT status, count(*) AS n FROM articles GROUP BY status")
        }
        for table in ("mentions", "quotes", "events", "actors", "failures"):
            counts[table] = self.count(table)
        return counts


class ReadView(SqlStore):
    """One request's view of a store: every read method, on a connection of its own; no
    writes (those go through the store, one at a time)."""

    def __init__(self, store: SqlStore, conn: Any) -> None:
        self.url, self.store, self.conn = store.url, store, conn
        self.read_only = True

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return self.store.query_on(self.conn, sql, params)

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None:
        raise StoreError("a read view of the store cannot write")

    def execute_many(self, sql: str, rows: list[list[Any]]) -> None:
        raise StoreError("a read view of the store cannot write")

    @contextmanager
    def reader(self) -> Iterator[SqlStore]:
        yield self

    def close(self) -> None:
        """The connection belongs to the store (returned when the ``reader`` block ends)."""
