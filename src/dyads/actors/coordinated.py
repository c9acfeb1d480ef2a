"""Coordinated demonyms sharing one head noun: "Kyrgyz and Tajik border troops".

Each demonym of the coordination is a side of its own with the head's sector: "Israeli and
Palestinian negotiators" are Israel's and Palestine's negotiators, "Russian and Ukrainian
officials" both governments'. The role word's phrase takes only the demonym next to it; the
first conjunct would otherwise stay a bare country word with no code (a new user's trial,
session 30: "Kyrgyz and Tajik border troops exchanged gunfire" coded TJKMIL alone).
"""

from __future__ import annotations

from typing import Any

from dyads.actors.context import Linker

_JOINS = {"and", "or"}


def first_conjuncts(lk: Linker, begin: int) -> list[int]:
    """Starts of the demonyms coordinated before the demonym at ``begin`` that opens a role
    phrase ("Kyrgyz" of "Kyrgyz and Tajik border troops"; "Kazakh, Kyrgyz and Tajik …"), nearest
    last; none unless every conjunct is a one-word demonym of a country of its own."""
    t = lk.t
    own = lk.entry_at[begin]
    if own is None or own.kind != "demonym" or begin < 2 or t.lower[begin - 1] not in _JOINS:
        return []
    found: list[int] = []
    k = begin - 2
    countries = {own.country}
    while k >= 0:
        entry = lk.entry_at[k]
        if entry is None or entry.kind != "demonym" or lk.used[k] or entry.country in countries:
            break
        if lk.ent_span[k] is not None and lk.ent_span[k] != (k, k + 1):
            break  # a word of a longer name ("South Korean"): not this simple pattern
        if t.sent[k] != t.sent[begin]:
            break
        found.append(k)
        countries.add(entry.country)
        if k >= 2 and t.lower[k - 1] == ",":
            k -= 2
            continue
        break
    if found and k >= 0 and k == found[-1] and k > 0 and t.lower[k - 1] in _JOINS:
        return []  # "… troops and Kyrgyz and Tajik …": a longer list, read it as it was
    return found[::-1]


def conjunct_refs(lk: Linker, begin: int, values: dict[str, Any], name: Any) -> None:
    """Add a ref for each demonym coordinated before ``begin`` with the same values as the
    role's own ref but that demonym's country (``name(country, entry)`` gives the actor)."""
    sector = values.get("sector")
    if not values.get("code"):
        return
    for k in first_conjuncts(lk, begin):
        entry = lk.entry_at[k]
        country = entry.country if entry is not None else None
        if country is None:
            continue
        mine = dict(values)
        mine.update(
            country=country,
            code=country + (sector or ""),
            actor=name(country, entry),
        )
        lk.new_ref(k, k + 1, **mine)


# "officials in both countries", "police on both sides", "ministers of the two governments"
_SPLIT_BEFORE = {"in", "of", "from", "on"}
_BOTH = {"both", "two", "all", "several", "many", "various", "neighbouring", "neighboring"}
_SIDES = {"countries", "nations", "sides", "governments", "states", "capitals"}


def of_several(lk: Linker, end: int) -> bool:
    """ "officials in both countries said": a role word placed in more than one country is no
    one country's; the nearest country named before is then no evidence (a new user's trial,
    session 30: coded the one country last named)."""
    t = lk.t
    n = len(t.text)
    if end >= n or t.lower[end] not in _SPLIT_BEFORE:
        return False
    k = end + 1
    if k < n and t.lower[k] in ("the", "their"):
        k += 1
    if k >= n or t.lower[k] not in _BOTH:
        return False
    return k + 1 < n and t.lower[k + 1] in _SIDES


# sectors of groups that a place only locates ("exporters in France"), never the state's
_PLACED_SECTORS = frozenset({"BUS", "AGR", "LAB", "EDU", "HLH", "MED", "NGO", "REL"})
_PLACE_KINDS = frozenset({"country"})


def placed_sides(lk: Linker, role: Any, end: int, label: str) -> bool:
    """ "Dairy exporters in France and the Netherlands": a non-state group placed in one or
    more countries is each country's group of that sector; each country's mention is coded
    so (FRABUS, NLDBUS) and True returned. The country alone would be read as its state (a
    new user's trial, session 30: an appeal coded NLD 020 and France dropped)."""
    t = lk.t
    sector = (role.sector or "").lstrip("*")
    n = len(t.text)
    if role.number != "pl" or sector not in _PLACED_SECTORS or end >= n or t.lower[end] != "in":
        return False
    spans: list[tuple[int, int]] = []
    k = end + 1
    while k < n:
        if t.lower[k] == "the":
            k += 1
        entry, span = lk.entry_at[k] if k < n else None, lk.ent_span[k] if k < n else None
        if entry is None or span is None or entry.kind not in _PLACE_KINDS or lk.used[k]:
            return False
        spans.append(span)
        k = span[1]
        if k < n and t.lower[k] in (",", "and"):
            k += 2 if k + 1 < n and t.lower[k] == "," and t.lower[k + 1] == "and" else 1
            continue
        break
    if len(spans) < 2 and role.curated:
        return False  # "Evangelical leaders in Mexico": the role's own mention (round 13)
    for start, stop in spans:
        entry = lk.entry_at[start]
        assert entry is not None and entry.country is not None
        adjective = lk.gaz.adjective(entry.country) or entry.actor
        lk.new_ref(
            start,
            stop,
            kind="group",
            number="pl",
            form="group",
            country=entry.country,
            sector=sector,
            code=entry.country + sector,
            actor=f"{adjective} {label}",
        )
    return True
