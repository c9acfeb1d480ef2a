"""PostgreSQL backend (psycopg 3), selected by a ``postgresql://`` URL; ``pip install
'dyads[postgres]'``.

Several processes may read and write one PostgreSQL store at once. Inside a process, writes
go through one connection, one at a time; reads made through :meth:`PostgresStore.reader`
take a connection from a pool (``psycopg_pool``, opened on first use), so API requests run
side by side.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dyads.errors import StoreError
from dyads.store.base import redact
from dyads.store.sql import ReadView, SqlStore

try:
    import psycopg
    from psycopg.rows import dict_row
except ImportError as exc:  # the extra is not installed
    raise StoreError("PostgreSQL support is not installed: pip install 'dyads[postgres]'") from exc

# Portable SQL uses ``?``; psycopg wants ``%s`` (and a literal % doubled).
_PLACEHOLDER = re.compile(r"\?")
# Read connections kept for concurrent requests (the API's thread pool is larger; a request
# waits for a free connection rather than opening one per request).
POOL_SIZE = 8


def _paramstyle(sql: str) -> str:
    return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))


class PostgresStore(SqlStore):
    """A dyads store in a PostgreSQL database.

    ``read_only`` opens an existing store (every transaction read-only; no migration);
    ``create=False`` refuses a database that holds no dyads store yet.
    """

    def __init__(self, url: str, *, read_only: bool = False, create: bool = True) -> None:
        super().__init__()
        self.url = url
        self.read_only = read_only
        self._lock = threading.RLock()
        self._pool_lock = threading.Lock()
        self._pool: Any = None
        self._depth = 0
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL at {redact(url)}: {_first(exc)}"
            ) from exc
        if read_only:
            self.conn.execute("SET default_transaction_read_only = on")
        if read_only or not create:
            self._require_store()
        if read_only:
            self.check_schema()
        else:
            try:
                self.migrate()
            except psycopg.Error as exc:
                self.conn.close()
                raise StoreError(
                    f"cannot set up the store at {redact(url)}: {_first(exc)}"
                ) from exc

    def _require_store(self) -> None:
        found = self.conn.execute("SELECT to_regclass('schema_migrations') AS name").fetchone()
        if not found or found["name"] is None:
            self.conn.close()
            raise StoreError(
                f"no dyads store in the database at {redact(self.url)}: create one with "
                "`dyads ingest FILES --db URL`"
            )

    # primitives ------------------------------------------------------------------------
    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None:
        with self._lock:
            self.conn.execute(_paramstyle(sql), list(params))

    def execute_many(self, sql: str, rows: list[list[Any]]) -> None:
        with self._lock, self.conn.cursor() as cursor:
            cursor.executemany(_paramstyle(sql), rows)

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return self.query_on(self.conn, sql, params)

    def query_on(
        self, conn: Any, sql: str, params: list[Any] | tuple[Any, ...] = ()
    ) -> list[dict[str, Any]]:
        return list(conn.execute(_paramstyle(sql), list(params)).fetchall())

    @contextmanager
    def reader(self) -> Iterator[ReadView]:
        """A read-only view on a pooled connection, for one request."""
        with self._readers().connection() as conn:
            yield ReadView(self, conn)

    def _readers(self) -> Any:
        with self._pool_lock:
            if self._pool is None:
                from psycopg_pool import ConnectionPool

                self._pool = ConnectionPool(
                    self.url,
                    min_size=1,
                    max_size=POOL_SIZE,
                    kwargs={"autocommit": True, "row_factory": dict_row},
                    configure=_read_only,
                    open=True,
                    name="dyads-readers",
                )
            return self._pool

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            if self._depth:
                yield
                return
            self._depth += 1
            committed = False
            try:
                with self.conn.transaction():
                    yield
                committed = True
            finally:
                self._depth -= 1
                self._ended(committed)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
            self.conn.close()


def _read_only(conn: Any) -> None:
    conn.execute("SET default_transaction_read_only = on")


def _first(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
