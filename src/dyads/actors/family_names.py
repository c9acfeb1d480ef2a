"""Names whose family name comes first: "Lin Jian" is called "Lin" after the first mention.

Source: ``data/actors/family_first.yaml`` (curated; see ``data/actors/README.md``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from dyads.actors.given_names import common_surname, is_given_name

__all__ = ["family_name_first"]

DATA = Path(__file__).resolve().parents[1] / "data" / "actors" / "family_first.yaml"


@cache
def _families() -> frozenset[str]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return frozenset(word for names in data.values() for word in names)


def family_name_first(name: str) -> str | None:
    """The family name of a two- or three-word name that puts it first ("Lin Jian" -> "Lin",
    "Lee Jae-myung" -> "Lee"), else None. A family name that is also a Western given name
    ("Lee", "Kim") counts only before a hyphenated or unlisted given name ("Lee Jae-myung",
    "Li Qiang"; not "Kim Davis" or "Lee Harvey Oswald")."""
    words = name.split()
    if len(words) not in (2, 3) or words[0] not in _families():
        return None
    rest = words[1:]
    western = len(rest) > 1 or is_given_name(rest[0]) or common_surname(rest[0])
    if is_given_name(words[0]) and not any("-" in w for w in rest) and western:
        return None
    return words[0]
