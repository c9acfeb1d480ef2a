"""Named police forces and parties the gazetteer lacks: "the Bolivarian National Police (PNB)",
"members of the Airport Security Police (PSA)", "officials of the Justicialist Party (PJ)" in a
story about one country are that country's police (`COP`) and party (`PTY`); the brackets'
letters follow them (:mod:`dyads.actors.defined`). A name no country dominates is placed only
where the body is one some states have and one story country has: "Federal Police" in a story
about Mexico's police and American agents is Mexico's (``named_bodies.yaml``; round 114: all
five names were uncoded, so "Federal Police attacked a diplomatic vehicle with CIA personnel"
lost its event).

Only a name in capitals ending on the body's head word, with no place or nationality of its own
(those code it already), and never one of a body outside the state the article names
("Tumaco Victims Committee").
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import read_yaml
from dyads.actors.group_country import default_country
from dyads.actors.refs import Ref

__all__ = ["named_bodies"]

# the sector a named body's last word gives it ("Police Academy" ends on no head: no code)
_HEADS = {"police": "COP", "party": "PTY"}
_KINDS = ("organisation", "group")


def named_bodies(linker: Linker, refs: list[Ref]) -> None:
    """Code each uncoded named police force or party (module docstring) in place."""
    dominant = default_country(linker)
    for ref in refs:
        if ref.code or ref.kind not in _KINDS or ref.form not in ("name", "group"):
            continue
        words = linker.t.text[ref.start : ref.end]
        sector = _HEADS.get(words[-1].lower())
        if sector is None or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if any(linker.entry_at[k] is not None for k in range(ref.start, ref.end)):
            continue  # "Caracas Metropolitan Police": its place codes it
        name = " ".join(words)
        country = dominant or _sole_holder(linker, name)
        if country is None:
            continue
        ref.country, ref.sector, ref.code = country, sector, country + sector
        ref.actor, ref.resolved = name, True


def _sole_holder(linker: Linker, name: str) -> str | None:
    """The one country of the story that has a body of this name (``named_bodies.yaml``):
    a "Federal Police" beside the United States, which has none, is the other country's."""
    holders = _holders().get(name.lower())
    if not holders:
        return None
    here = {country for country in linker.counts if country in holders}
    return next(iter(here)) if len(here) == 1 else None


@cache
def _holders() -> dict[str, frozenset[str]]:
    data = read_yaml("named_bodies.yaml")
    return {str(name).lower(): frozenset(map(str, codes)) for name, codes in data.items()}
