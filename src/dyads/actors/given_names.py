"""Given names and the gender they usually carry, for telling a person from a place or a firm
and "she" from "he"; and the surnames too common to name one person on their own.

Source: the person providers of Faker (https://github.com/joke2k/faker, MIT licence), whose
first-name lists come from national name statistics (the US Census for ``en_US``, and so on).
Only Latin-script names are kept, each also without its accents ("Andrés" -> "Andres"). A name
given to men and to women alike ("Jean", "Andrea", "Kim": neither gender in three times as
many lists as the other) has no gender here. A few given names of the politicians the news
names most, missing from those lists, are added from ``data/actors/given_names.csv`` (written
by the dyads project).
"""

from __future__ import annotations

import csv
import importlib
import unicodedata
from functools import cache
from pathlib import Path
from typing import Literal

Gender = Literal["m", "f"]

DATA = Path(__file__).resolve().parents[1] / "data" / "actors" / "given_names.csv"
# Faker locales whose first names appear in English-language news; more locales add rare names
# that are also common words or surnames
LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "es_ES", "es_MX", "es_CO", "es_AR", "es_CL", "pt_BR",
    "pt_PT", "fr_FR", "de_DE", "it_IT", "nl_NL", "pl_PL", "tr_TR", "sv_SE", "cs_CZ", "ro_RO",
)  # fmt: skip


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return name.isalpha() and _fold(name).isascii()


@cache
def _providers() -> tuple[type, ...]:
    """Faker's person providers of :data:`LOCALES` (those the installed Faker has)."""
    found = []
    for locale in LOCALES:
        try:
            found.append(importlib.import_module(f"faker.providers.person.{locale}").Provider)
        except (ImportError, AttributeError):
            continue
    return tuple(found)


@cache
def _table() -> dict[str, Gender | None]:
    """Given name -> "m" / "f", or None when the lists give it to both."""
    votes: dict[str, dict[str, int]] = {}
    for provider in _providers():
        for gender, names in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in getattr(provider, names, ()):
                if _latin(name):
                    for form in {name, _fold(name)}:
                        count = votes.setdefault(form, {"m": 0, "f": 0})
                        count[gender] += 1
    table: dict[str, Gender | None] = {}
    for name, count in votes.items():
        male, female = count["m"], count["f"]
        # "Maria" is a man's second name in a few lists: the gender of most lists wins
        table[name] = "m" if male >= 3 * female else "f" if female >= 3 * male else None
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            table[row["name"]] = row["gender"]  # type: ignore[assignment]
    return table


@cache
def _surnames() -> frozenset[str]:
    found: set[str] = set()
    for provider in _providers():
        for name in getattr(provider, "last_names", ()):
            if _latin(name):
                found |= {name, _fold(name)}
    return frozenset(found)


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
