"""PostgreSQL backend (psycopg 3), selected by a ``postgresql://`` URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row

from dyads.store.sql import SqlStore

# Portable SQL uses ``?``; psycopg wants ``%s`` (and a literal % doubled).
_PLACEHOLDER = re.compile(r"\?")


def _paramstyle(sql: str) -> str:
    return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))


class PostgresStore(SqlStore):
    """A dyads store in a PostgreSQL database."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise RuntimeError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc
        self._depth = 0
        self.migrate()

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None:
        self.conn.execute(_paramstyle(sql), list(params))

    def execute_many(self, sql: str, rows: list[list[Any]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(_paramstyle(sql), rows)

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return list(self.conn.execute(_paramstyle(sql), list(params)).fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def close(self) -> None:
        self.conn.close()


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
