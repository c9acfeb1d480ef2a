"""DuckDB backend (the embedded default): one file, one process at a time while it writes.

DuckDB lets one process open a file for writing, and then no other process may open it, not
even to read; several processes may open it read-only together. Inside the process that owns
it, any number of threads may read at once, each request on a cursor of its own
(:meth:`DuckDBStore.reader`), while writes go through one connection, one at a time. So the
monitoring set-up is one process, ``dyads serve --watch FEEDS``, that ingests and answers the
dashboard; ``docs/SCALING.md`` explains the choice and when to use PostgreSQL instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import duckdb

from dyads.errors import StoreError
from dyads.store.base import holder_of, lock_message
from dyads.store.sql import ReadView, SqlStore

ARROW_ROWS = 4  # from this many rows, insert through Arrow
CLOSE_WAIT = 30.0
_ROWS = "dyads_rows_to_insert"


class DuckDBStore(SqlStore):
    """A dyads store in a DuckDB file (or ``:memory:``).

    ``read_only`` opens an existing store without taking the write lock (several read-only
    processes may share a file); ``create=False`` refuses to make a store that is not there.
    Every failure to open is a :class:`~dyads.errors.StoreError` with a one-line reason.
    """

    def __init__(
        self, path: str | Path = "dyads.duckdb", *, read_only: bool = False, create: bool = True
    ) -> None:
        super().__init__()
        self.url = self.path = str(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        self._cursors = threading.Lock()
        self._idle = threading.Condition(self._cursors)  # no reader left (close waits for it)
        self._readers = 0
        self._closed = False
        self._depth = 0
        memory = self.path == ":memory:"
        if not memory:
            _check_path(Path(self.path), create=create and not read_only)
        try:
            self._root = duckdb.connect(self.path, read_only=read_only and not memory)
        except duckdb.Error as exc:
            raise StoreError(_open_error(self.path, exc, read_only)) from exc
        self.conn = self._root.cursor()
        if read_only:
            self.check_schema()
        else:
            try:
                self.migrate()
            except duckdb.Error as exc:
                self.close()
                raise StoreError(
                    f"cannot write to the store at {self.path}: {_first(exc)}"
                ) from exc

    # primitives ------------------------------------------------------------------------
    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None:
        with self._lock:
            self.conn.execute(sql, list(params))

    def execute_many(self, sql: str, rows: list[list[Any]]) -> None:
        with self._lock:
            self.conn.executemany(sql, rows)

    def insert_values(
        self, table: str, columns: list[str], values: list[list[Any]], conflict: str = ""
    ) -> None:
        """Many rows go in as one Arrow table (DuckDB runs ``executemany`` row by row, about
        0.4 ms a row); a few rows, or values Arrow cannot type, take the generic path."""
        if len(values) < ARROW_ROWS:
            return super().insert_values(table, columns, values, conflict)
        import pyarrow as pa

        try:
            data = pa.table(
                {c: pa.array([row[i] for row in values]) for i, c in enumerate(columns)}
            )
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
            return super().insert_values(table, columns, values, conflict)
        names = ", ".join(columns)
        with self._lock:
            self.conn.register(_ROWS, data)
            try:
                self.conn.execute(
                    f"INSERT INTO {table} ({names}) SELECT {names} FROM {_ROWS} {conflict}"
                )
            finally:
                self.conn.unregister(_ROWS)

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return self.query_on(self.conn, sql, params)

    def query_on(
        self, conn: Any, sql: str, params: list[Any] | tuple[Any, ...] = ()
    ) -> list[dict[str, Any]]:
        cursor = conn.execute(sql, list(params))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @contextmanager
    def reader(self) -> Iterator[ReadView]:
        """A read-only view on a cursor of its own, for one request; many may run at once,
        and alongside a write (each query sees the data committed when it started)."""
        with self._cursors:
            if self._closed:
                raise StoreError(f"the store at {self.path} is closed")
            cursor = self._root.cursor()
            self._readers += 1
        try:
            yield ReadView(self, cursor)
        finally:
            cursor.close()
            with self._cursors:
                self._readers -= 1
                self._idle.notify_all()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            if self._depth:  # nested: part of the enclosing transaction
                yield
                return
            self._depth += 1
            self.conn.execute("BEGIN TRANSACTION")
            committed = False
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
                committed = True
            finally:
                self._depth -= 1
                self._ended(committed)

    def close(self) -> None:
        """Close the store once the readers still at work are done (``CLOSE_WAIT`` s at most:
        DuckDB refuses to close a connection a cursor is using)."""
        with self._cursors:
            self._closed = True
            self._idle.wait_for(lambda: self._readers == 0, timeout=CLOSE_WAIT)
        with self._lock:
            self.conn.close()
            with suppress(duckdb.Error):  # a reader outlived the wait; the process is ending
                self._root.close()


def _first(exc: BaseException) -> str:
    """The first line of an error, without DuckDB's ``IO Error:``-style prefix."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    head, sep, rest = text.partition(": ")
    return rest if sep and head.endswith("Error") else text


def _check_path(path: Path, *, create: bool) -> None:
    try:
        if path.is_dir():
            raise StoreError(f"{path} is a directory, not a DuckDB store; give --db a file")
        if path.exists():
            return
    except OSError as exc:  # a folder on the way that this user may not enter
        raise StoreError(f"cannot reach the store at {path}: {exc.strerror.lower()}") from exc
    if not create:
        raise StoreError(
            f"no store at {path}: check --db (or DYADS_DB), or create one with "
            f"`dyads ingest FILES --db {path}`"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for {path}: {exc.strerror}") from exc


def _open_error(path: str, exc: duckdb.Error, read_only: bool) -> str:
    """One line for a failed ``duckdb.connect``: who holds the lock and what to do, a file
    that is not writable, or not a DuckDB file."""
    text = str(exc)
    holder = holder_of(text)
    if holder is not None:
        return lock_message(path, holder, reading=read_only)
    lowered = text.lower()
    if "permission denied" in lowered or "read-only file system" in lowered:
        why = "read-only file system" if "read-only" in lowered else "permission denied"
        return (
            f"cannot write to the store at {path} ({why}); commands that only read it "
            "(summary, show, dyad, export, serve) open it read-only and still work"
        )
    if "not a valid duckdb" in lowered or "unable to open" in lowered or "magic" in lowered:
        return f"{path} is not a DuckDB store ({_first(exc)})"
    return f"cannot open the DuckDB store at {path}: {_first(exc)}"
