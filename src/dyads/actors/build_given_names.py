"""Maintainer tool: write ``data/actors/faker_names.csv`` from Faker's person providers.

Source: the person providers of Faker (https://github.com/joke2k/faker, MIT licence), whose
first-name lists come from national name statistics (the US Census for ``en_US``, and so on).
Only Latin-script names are kept, each also without its accents ("Andrés" -> "Andres"). A name
given to men and to women alike ("Jean", "Andrea", "Kim": neither gender in three times as
many lists as the other) has no gender. Run ``python -m dyads.actors.build_given_names``
after upgrading Faker (``tests/test_given_names_data.py`` says when the file is stale). The
file is read at run time instead of Faker's providers: importing twenty locale modules took a
fifth of a second of every process's start (``benchmarks/startup.py``).
"""

from __future__ import annotations

import csv
import importlib
import sys
import unicodedata
from pathlib import Path

from dyads.actors.given_names import FAKER_DATA

# Faker locales whose first names appear in English-language news; more locales add rare names
# that are also common words or surnames
LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "es_ES", "es_MX", "es_CO", "es_AR", "es_CL", "pt_BR",
    "pt_PT", "fr_FR", "de_DE", "it_IT", "nl_NL", "pl_PL", "tr_TR", "sv_SE", "cs_CZ", "ro_RO",
)  # fmt: skip
HEADER = "# Written by `python -m dyads.actors.build_given_names` from Faker {version} (MIT).\n"


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return name.isalpha() and _fold(name).isascii()


def providers() -> tuple[type, ...]:
    """Faker's person providers of :data:`LOCALES` (those the installed Faker has)."""
    found = []
    for locale in LOCALES:
        try:
            found.append(importlib.import_module(f"faker.providers.person.{locale}").Provider)
        except (ImportError, AttributeError):
            continue
    return tuple(found)


def given_names() -> dict[str, str]:
    """Given name -> "m" / "f", or "" when the lists give it to both."""
    votes: dict[str, dict[str, int]] = {}
    for provider in providers():
        for gender, names in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in getattr(provider, names, ()):
                if _latin(name):
                    for form in {name, _fold(name)}:
                        count = votes.setdefault(form, {"m": 0, "f": 0})
                        count[gender] += 1
    table: dict[str, str] = {}
    for name, count in votes.items():
        male, female = count["m"], count["f"]
        # "Maria" is a man's second name in a few lists: the gender of most lists wins
        table[name] = "m" if male >= 3 * female else "f" if female >= 3 * male else ""
    return table


def surnames() -> set[str]:
    found: set[str] = set()
    for provider in providers():
        for name in getattr(provider, "last_names", ()):
            if _latin(name):
                found |= {name, _fold(name)}
    return found


def rows() -> list[tuple[str, str, str]]:
    """The file's rows: (kind, name, gender), given names then surnames, each sorted."""
    given = given_names()
    return [("given", name, given[name]) for name in sorted(given)] + [
        ("surname", name, "") for name in sorted(surnames())
    ]


def write(path: Path = FAKER_DATA) -> int:
    from faker import VERSION

    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER.format(version=VERSION))
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["kind", "name", "gender"])
        table = rows()
        out.writerows(table)
    return len(table)


if __name__ == "__main__":
    print(f"{write(Path(sys.argv[1]) if len(sys.argv) > 1 else FAKER_DATA)} rows")
