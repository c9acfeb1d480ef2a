"""Groups in a story about a region: none of the story's country when the sentence or the
story is about a region as a whole that does not hold the story's dominant country, or when
the group's own phrase places it in a region ("armed forces in Latin America"; blind audit,
round 88). Helpers of :mod:`dyads.actors.coref`, split from :mod:`dyads.actors.group_country`.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.fitting import region_members
from dyads.actors.gazetteer import rows
from dyads.actors.refs import Ref
from dyads.actors.tokens import sentence_of

__all__ = ["region_placed", "region_story", "regional"]


def regional(linker: Linker, ref: Ref, country: str | None) -> bool:
    """The group's sentence names a region of many countries ("South America", "Latin
    America", "the Caribbean": a ``place`` row of ``regions.csv`` with a region code) and not
    ``country``, the article's: a bare group there is the region's, not that country's (blind
    audit, round 84: "“the spreading abuse of synthetic drugs in South America” … among high
    school students" coded PEREDU in a story about Peru)."""
    t = linker.t
    sentence = sentence_of(t, ref.sent)
    entries = [linker.entry_at[k] for k in sentence]
    regions = any(e is not None and e.kind == "place" and e.code for e in entries)
    countries = any(e is not None and e.country == country for e in entries)
    return regions and not countries


@cache
def _region_holds() -> dict[str, frozenset[str]]:
    """Each region of ``regions.csv`` (by its actor, "Latin America") -> the countries it holds,
    from the region adjective among its phrases ("Latin American": ``region_adjectives.yaml``)."""
    members = region_members()
    holds: dict[str, frozenset[str]] = {}
    for row in rows("regions.csv"):
        found = members.get(row["phrase"].lower())
        if found is not None and row["code"]:
            holds[row["actor"]] = holds.get(row["actor"], frozenset()) | found
    return holds


# a story that refers back to its region this often ("in the region", "the region's armed
# forces") is about the region as a whole
_REGION_BACK = 2


def region_story(linker: Linker) -> bool:
    """The article is about a region of many countries that does not hold its clearly dominant
    country: it names the region ("Latin America and the Caribbean"), the dominant country is
    in none of the regions it names, and it refers back to "the region" at least
    :data:`_REGION_BACK` times. A bare group there ("crime groups", "the armed forces") is the
    region's, not the dominant country's (blind audit, round 88: a US command's view of Latin
    American militaries coded every group USACRM or USAMIL). A dateline keeps its country."""
    found = linker.__dict__.get("_region_story")
    if found is None:
        found = _region_story(linker)
        linker.__dict__["_region_story"] = found
    return found


def _region_story(linker: Linker) -> bool:
    country = linker.clear_dominant
    if country is None or linker.dateline_country is not None:
        return False
    t, holds, body = linker.t, _region_holds(), linker.body
    inside = [k for k in range(len(t.text)) if body is None or body[0] <= t.idx[k] < body[1]]
    # the region as a place of its own, not a word of another's ("the Caribbean coast")
    named = {
        entry.actor for k in inside
        if (entry := linker.entry_at[k]) is not None and entry.kind == "place" and entry.code
        and t.dep[k] not in ("compound", "amod") and not _modifies(linker, k)
    }  # fmt: skip
    known = [holds[region] for region in named if region in holds]
    if not known or any(country in members for members in known):
        return False
    members = frozenset().union(*known)
    if len(set(linker.counts) & members) < _REGION_COUNTRIES:
        return False  # a region named in a story about one of its countries
    back = sum(t.lower[k] == "region" and t.pos[k] == "NOUN" for k in inside)
    return back >= _REGION_BACK


# countries of the region a story about the region names
_REGION_COUNTRIES = 2


def _modifies(linker: Linker, k: int) -> bool:
    """The region name's last word stands before a noun ("the Caribbean coast")."""
    t = linker.t
    span = linker.ent_span[k]
    end = span[1] if span is not None else k + 1
    return end < len(t.text) and t.pos[end] == "NOUN"


def region_placed(linker: Linker, ref: Ref) -> bool:
    """The group's own phrase places it in a region of many countries: "armed forces in Latin
    America and the Caribbean", "militaries across Central America" (round 88: the scene of the
    sentence before, Uruguay, made them URYMIL)."""
    t, k = linker.t, ref.end
    if k >= len(t.text) or t.lower[k] not in _IN_REGION:
        return False
    k += 1
    if k < len(t.text) and t.lower[k] == "the":
        k += 1
    entry = linker.entry_at[k] if k < len(t.text) else None
    placed = entry is not None and entry.kind == "place" and entry.code is not None
    return placed and not _modifies(linker, k)  # "from the Caribbean coast" is a country's


_IN_REGION = frozenset({"in", "across", "throughout", "of", "from"})
