"""Names as the store spells them, whatever accents the user typed or left out.

``db.quotes(speaker="Radoslaw Sikorski")`` should find the quotes of "Radosław Sikorski": the
comparison folds case, accents and letters such as "ł" on both sides, in Python (DuckDB's
``strip_accents`` leaves "ł" alone and PostgreSQL needs the ``unaccent`` extension), so the
SQL compares the store's own spellings and the same query runs on both backends.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dyads.actors.holder_index import fold

__all__ = ["fold", "speaker_spellings"]


def speaker_spellings(store: Any, names: Iterable[str]) -> list[str]:
    """The lower-case speaker names and texts of the store's quotes that fold to one of
    ``names`` ("radosław sikorski" for "Radoslaw Sikorski"), sorted."""
    wanted = {fold(name) for name in names if name and name.strip()}
    if not wanted:
        return []
    rows = store.query(
        "SELECT DISTINCT lower(speaker_actor) AS name FROM quotes WHERE speaker_actor IS NOT NULL "
        "UNION SELECT DISTINCT lower(speaker_text) FROM quotes WHERE speaker_text IS NOT NULL"
    )
    found = {str(row["name"]) for row in rows if row["name"] and fold(str(row["name"])) in wanted}
    return sorted(found)
