"""Given names and the gender they usually carry, for telling a person from a place or a firm
and "she" from "he"; and the surnames too common to name one person on their own.

Source: ``data/actors/faker_names.csv``, written from the person providers of Faker
(https://github.com/joke2k/faker, MIT licence) by :mod:`dyads.actors.build_given_names`, whose
first-name lists come from national name statistics (the US Census for ``en_US``, and so on):
Latin-script names only, each also without its accents; a name given to men and to women alike
("Jean", "Andrea", "Kim") has no gender. A few given names of the politicians the news names
most, missing from those lists, are added from ``data/actors/given_names.csv`` (written by the
dyads project).
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Literal

Gender = Literal["m", "f"]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
DATA = DATA_DIR / "given_names.csv"
FAKER_DATA = DATA_DIR / "faker_names.csv"


def _rows(path: Path) -> csv.DictReader[str]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return csv.DictReader(lines)


@cache
def _faker() -> tuple[dict[str, Gender | None], frozenset[str]]:
    table: dict[str, Gender | None] = {}
    found: set[str] = set()
    with FAKER_DATA.open(encoding="utf-8") as handle:  # rows by position: 17,000 of them
        lines = csv.reader(line for line in handle if not line.startswith("#"))
        at = {column: i for i, column in enumerate(next(lines, []))}
        kind, name, gender = at["kind"], at["name"], at["gender"]
        for row in lines:
            if not row:
                continue
            if row[kind] == "given":
                table[row[name]] = row[gender] or None  # type: ignore[assignment]
            else:
                found.add(row[name])
    return table, frozenset(found)


@cache
def _table() -> dict[str, Gender | None]:
    """Given name -> "m" / "f", or None when the lists give it to both."""
    table = dict(_faker()[0])
    for row in _rows(DATA):
        table[row["name"]] = row["gender"] or None  # type: ignore[assignment]
    return table


def _surnames() -> frozenset[str]:
    return _faker()[1]


def common_surname(word: str) -> bool:
    """A surname many people carry ("Martinez", "Smith", "Kim"; not "Lavrov"), from the same
    lists' last names: alone, it does not name one known person."""
    return word in _surnames()


def is_given_name(word: str) -> bool:
    """True for a capitalised word the name lists hold as a given name ("Carly", "Marco")."""
    return len(word) > 1 and word[0].isupper() and word in _table()


def given_gender(word: str) -> Gender | None:
    """The gender a given name usually carries ("Carly" -> "f"), None when unknown or mixed."""
    return _table().get(word)
