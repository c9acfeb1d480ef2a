"""The store: articles, failures and everything extracted, in DuckDB (default).

``open_store(url)`` picks the backend from the URL; every backend applies the same
numbered migrations from ``migrations/`` and records them in ``schema_migrations``.
"""

from __future__ import annotations

from dyads.store.base import SaveResult, Store
from dyads.store.duckdb import DuckDBStore

__all__ = ["DuckDBStore", "SaveResult", "Store", "open_store"]


def open_store(url: str) -> Store:
    """Open (creating if needed) the store at ``url``: a DuckDB file path or ``:memory:``."""
    if url.startswith(("postgresql://", "postgres://")):
        raise NotImplementedError(
            "the PostgreSQL backend is not available yet; use a DuckDB file path"
        )
    return DuckDBStore(url)
