"""The store: articles, failures and everything extracted; DuckDB (default) or PostgreSQL.

``open_store(url)`` picks the backend from the URL; every backend applies the same
numbered migrations from ``migrations/`` and records them in ``schema_migrations``.
Commands that only read open the store with ``read_only=True``: it must exist, it is never
created or migrated, and on DuckDB several such processes may read one file together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyads.store.base import SaveResult
from dyads.store.sql import ReadView, SqlStore

if TYPE_CHECKING:
    from dyads.store.duckdb import DuckDBStore

Store = SqlStore

__all__ = ["DuckDBStore", "ReadView", "SaveResult", "SqlStore", "Store", "open_store"]


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_store(url: str, *, read_only: bool = False, create: bool = True) -> SqlStore:
    """Open the store at ``url``: a ``postgresql://`` URL, else a DuckDB file (or ``:memory:``).

    ``read_only`` opens an existing store for reading (never created, never migrated);
    ``create=False`` opens an existing one for writing. Any failure to open is a
    :class:`~dyads.errors.StoreError` whose message is one line saying what to do.
    """
    if is_postgres(url):
        from dyads.store.postgres import PostgresStore

        return PostgresStore(url, read_only=read_only, create=create)
    from dyads.store.duckdb import DuckDBStore

    return DuckDBStore(url, read_only=read_only, create=create)


def __getattr__(name: str) -> object:
    if name == "DuckDBStore":
        from dyads.store.duckdb import DuckDBStore

        return DuckDBStore
    raise AttributeError(name)
