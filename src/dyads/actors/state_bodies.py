"""A country's possessive on a body of the state the role table does not code.

"Mexico's vehicle protection agency has claimed …": the agency acts, so the mention is the
agency's, coded as the country's government, not the bare country (blind audit, round 76:
"Mexico" coded MEX). The body nouns are ``state_bodies`` of
``dyads/data/actors/possessions.yaml``; a body the role table knows ("Mexico's health
ministry") or a named one ("Colombia's National Narcotics Directorate") is coded elsewhere.
"""

from __future__ import annotations

from dyads.actors.bodies import STATE_SECTORS
from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry
from dyads.actors.owners import possessions

# words that may stand between the possessive and the body's noun ("vehicle protection")
_MODIFIER_DEPS = frozenset({"compound", "amod", "punct", "npadvmod", "nmod"})
_REACH = 6


def body_end(lk: Linker, end: int) -> int | None:
    """The end of the state body a country named at ``[…, end)`` owns by its possessive
    ("Mexico's vehicle protection agency"), None when it owns something else, a body already
    coded or a named one."""
    t, n = lk.t, len(lk.t.text)
    if end >= n or t.tag[end] != "POS":
        return None
    head = t.head[end - 1]
    if t.dep[end - 1] != "poss" or head <= end or head > end + _REACH:
        return None
    if t.lower[head] not in possessions()["state_bodies"] or t.pos[head] != "NOUN":
        return None
    for k in range(end + 1, head + 1):
        if lk.used[k] or lk.entry_at[k] is not None or lk.role_cover[k] >= 0 or t.ent[k]:
            return None  # a body coded elsewhere or a named one
        if not t.text[k][:1].islower() and t.text[k] != "-":
            return None
        if k < head and t.dep[k] not in _MODIFIER_DEPS:
            return None
    return head + 1


def other_owner(lk: Linker, entry: Entry, start: int) -> str | None:
    """The country whose possessive or demonym stands right before a metonym of another
    country's state body ("South Korea's Joint Chiefs of Staff", "the South Korean Joint Chiefs
    of Staff"): the possessor's, which wins over the table's country."""
    if entry.kind != "metonym" or entry.sector not in STATE_SECTORS or not entry.country:
        return None
    t = lk.t
    j = start - 1
    if j >= 1 and t.tag[j] == "POS":
        j -= 1
    owner = lk.entry_at[j] if j >= 0 else None
    if owner is None or owner.kind not in ("country", "demonym") or not owner.country:
        return None
    return owner.country if owner.country != entry.country else None
