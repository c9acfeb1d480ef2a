"""DuckDB backend: one file, one writer, one transaction per article."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from dyads.records import Article, Failure
from dyads.store.base import SaveResult, article_row, migrations, split_statements
from dyads.store.rows import article_record, extraction_rows


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class DuckDBStore:
    """A dyads store in a DuckDB file (or ``:memory:``)."""

    def __init__(self, path: str | Path = "dyads.duckdb") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = duckdb.connect(self.path)
        except duckdb.Error as exc:
            raise RuntimeError(f"cannot open the DuckDB store at {self.path}: {exc}") from exc
        self._migrate()

    # schema -------------------------------------------------------------
    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"
        )
        applied = {
            row[0] for row in self.conn.execute("SELECT version FROM schema_migrations").fetchall()
        }
        for version, name, sql in migrations():
            if version in applied:
                continue
            self.conn.execute("BEGIN TRANSACTION")
            try:
                for statement in split_statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()]
                )
                self.conn.execute("COMMIT")
            except Exception:
                self.conn.execute("ROLLBACK")
                raise

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    # writes -------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        found = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return found is not None

    def save_article(
        self, article: Article, *, status: str = "processed", reason: str | None = None
    ) -> SaveResult:
        """Store an article with all it carries, atomically; an id already stored is left as is."""
        now = _now()
        self.conn.execute("BEGIN TRANSACTION")
        try:
            exists = self.has_article(article.id)
            if not exists:
                row = article_row(article) | {
                    "status": status,
                    "reason": reason,
                    "ingested_at": now,
                }
                self._insert("articles", [row])
                for table, rows in extraction_rows(article.id, article).items():
                    self._insert(table, rows)
            self.conn.execute(
                "INSERT INTO article_sources VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [article.id, article.source, article.url, now],
            )
            self.conn.execute("DELETE FROM failures WHERE source = ?", [article.source])
            self.conn.execute("COMMIT")
        except Exception:
            self.conn.execute("ROLLBACK")
            raise
        return SaveResult.UNCHANGED if exists else SaveResult.STORED

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = ", ".join(rows[0])
        marks = ", ".join("?" for _ in rows[0])
        self.conn.executemany(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", [list(r.values()) for r in rows]
        )

    def save_failure(self, failure: Failure) -> None:
        self.conn.execute(
            "INSERT INTO failures VALUES (?, ?, ?, ?) ON CONFLICT (source, stage) "
            "DO UPDATE SET reason = excluded.reason, time = excluded.time",
            [
                failure.source,
                failure.stage,
                failure.reason,
                datetime.fromisoformat(failure.time).replace(tzinfo=None),
            ],
        )

    # reads --------------------------------------------------------------
    def _dicts(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params or [])
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article in the record contract's form, with its sources and status."""
        rows = self._dicts("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        return article_record(
            rows[0],
            sources=self._dicts(
                "SELECT source FROM article_sources WHERE article_id = ? ORDER BY seen_at, source",
                [article_id],
            ),
            mentions=self._dicts(
                "SELECT * FROM mentions WHERE article_id = ? ORDER BY idx", [article_id]
            ),
            quotes=self._dicts(
                "SELECT record FROM quotes WHERE article_id = ? ORDER BY idx", [article_id]
            ),
            events=self._dicts(
                "SELECT record FROM events WHERE article_id = ? ORDER BY idx", [article_id]
            ),
        )

    def latest_articles(self, limit: int = 10) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT id, published, dateline_place, dateline_agency, headline, status "
            "FROM articles ORDER BY ingested_at DESC, id LIMIT ?",
            [limit],
        )

    def failures(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM failures ORDER BY time, source")

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for status, number in self.conn.execute(
            "SELECT status, count(*) FROM articles GROUP BY status"
        ).fetchall():
            counts[f"articles_{status}"] = int(number)
        row = self.conn.execute("SELECT count(*) FROM failures").fetchone()
        counts["failures"] = int(row[0]) if row else 0
        return counts

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
