"""The CAMEO event ontology and its PLOVER profile, read from ``data/cameo.csv`` and ``plover.csv``.

Owns the lookups every event carries: a CAMEO code's name, root, Goldstein score, quad class
and PLOVER category. The tables are loaded once per process; how their values were chosen
(Goldstein source, quad-class convention, PLOVER departures) is in ``docs/ONTOLOGY.md``.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal

__all__ = [
    "CameoCode",
    "PloverCategory",
    "all_codes",
    "cameo",
    "goldstein",
    "penta_class",
    "plover",
    "plover_categories",
    "plover_category",
    "quad_class",
]

_DATA = Path(__file__).resolve().parents[1] / "data"
Level = Literal["root", "base", "leaf"]


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its scores and PLOVER equivalent.

    ``quad_class``: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict (from the root: 01-05, 06-08, 09-13, 14-20). ``penta_class`` is the
    Phoenix/ConfliBERT five-way class: 0 for the statement and appeal roots 01-02, and
    REDUCE RELATIONS (16) counted as verbal conflict. ``plover`` is ``None`` for 01 and 02,
    which PLOVER drops; ``plover_legacy`` is the category name in PLOVER drafts before 2021
    (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT), as used by the PLOVER gold-standard records.
    """

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    level: Level = "base"
    parent: str | None = None
    penta_class: int = 1
    plover_context: tuple[str, ...] = ()
    plover_legacy: str | None = None


@dataclass(frozen=True, slots=True)
class PloverCategory:
    """A PLOVER event category (2021 draft) with its quad class and pre-2021 names."""

    name: str
    quad_class: int
    legacy: tuple[str, ...]
    description: str


def _optional(value: str) -> str | None:
    return value.strip() or None


@cache
def all_codes() -> Mapping[str, CameoCode]:
    """Every CAMEO code (roots, 3-digit bases, 4-digit leaves), keyed by its string code."""
    codes: dict[str, CameoCode] = {}
    with (_DATA / "cameo.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["code"]
            codes[code] = CameoCode(
                code=code,
                name=row["name"],
                root=code[:2],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                plover=_optional(row["plover"]),
                plover_mode=_optional(row["plover_mode"]),
                level=row["level"],  # type: ignore[arg-type]
                parent=_optional(row["parent"]),
                penta_class=int(row["penta_class"]),
                plover_context=tuple(
                    part.strip() for part in row["plover_context"].split(";") if part.strip()
                ),
                plover_legacy=_optional(row["plover_legacy"]),
            )
    return MappingProxyType(codes)


@cache
def plover_categories() -> Mapping[str, PloverCategory]:
    """The sixteen PLOVER categories, keyed by name."""
    categories: dict[str, PloverCategory] = {}
    with (_DATA / "plover.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            categories[row["category"]] = PloverCategory(
                name=row["category"],
                quad_class=int(row["quad_class"]),
                legacy=tuple(row["legacy"].split("|")),
                description=row["description"],
            )
    return MappingProxyType(categories)


def cameo(code: str) -> CameoCode:
    """The CAMEO code ``code`` ("010", "0211", "190"); ``KeyError`` when there is none."""
    found = all_codes().get(code.strip()) if isinstance(code, str) else None
    if found is None:
        raise KeyError(
            f"unknown CAMEO event code {code!r}: codes are strings of 2 to 4 digits with "
            "leading zeros, such as '01', '010', '0211' or '190'"
        )
    return found


def quad_class(code: str) -> int:
    return cameo(code).quad_class


def penta_class(code: str) -> int:
    return cameo(code).penta_class


def goldstein(code: str) -> float:
    return cameo(code).goldstein


def plover(code: str) -> str | None:
    return cameo(code).plover


def plover_category(name: str) -> PloverCategory:
    """A PLOVER category by its 2021 name; ``KeyError`` for anything else."""
    try:
        return plover_categories()[name.upper()]
    except KeyError:
        known = ", ".join(plover_categories())
        raise KeyError(f"unknown PLOVER category {name!r}; known: {known}") from None
