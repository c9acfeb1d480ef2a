"""The store: articles, failures and everything extracted; DuckDB (default) or PostgreSQL.

``open_store(url)`` picks the backend from the URL; every backend applies the same
numbered migrations from ``migrations/`` and records them in ``schema_migrations``.
"""

from __future__ import annotations

from dyads.store.base import SaveResult
from dyads.store.duckdb import DuckDBStore
from dyads.store.sql import SqlStore

Store = SqlStore

__all__ = ["DuckDBStore", "SaveResult", "SqlStore", "Store", "open_store"]


def open_store(url: str) -> SqlStore:
    """Open (creating tables if needed) the store at ``url``.

    A ``postgresql://`` URL selects PostgreSQL; anything else is a DuckDB file path
    (or ``:memory:``).
    """
    if url.startswith(("postgresql://", "postgres://")):
        from dyads.store.postgres import PostgresStore

        return PostgresStore(url)
    return DuckDBStore(url)
