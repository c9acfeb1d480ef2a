"""People named as examples of a plural group: "the relatives of alleged traffickers with
operations in the area, including Colombian nationals Jesus Antonio Yepes Gaviria and Ignacio
Alvarez Meyendorff" (blind audit, round 114: the first was coded a Colombian civilian, COLCVL,
from the demonym alone). The names after "including", "such as" or "among them" are members of
the group before it, so a name the rules coded only as a civilian, or left without a sector,
takes the group's sector (and its country, when the name's phrase gives none).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.listed_members import joined_names
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens

__all__ = ["included_members"]

_OPENERS = frozenset({"including", "like"})  # "such as", "among them" are read apart
_REACH = 10  # tokens from the opener back to the group's plural noun
# sectors a group's example keeps over the group's: what a name's own words say it is
_WEAK = frozenset({None, "CVL"})


def included_members(linker: Linker, refs: list[Ref]) -> None:
    """Give each person listed after "including" (…) a plural group with a sector of its own
    the group's sector, in every mention of that person. Changes ``refs`` in place."""
    t = linker.t
    by_start = {ref.start: ref for ref in refs}
    for ref in refs:
        if ref.kind != "person" or ref.form != "name" or not ref.actor:
            continue
        opener = _opener_before(t, ref.start)
        if opener is None:
            continue
        group = _group_before(linker, refs, opener)
        if group is None:
            continue
        listed = joined_names(t, ref, by_start)
        shared = ref.country if _phrase_shared(linker, ref) else None
        for name in listed:
            if name.sector not in _WEAK:
                continue
            country = name.country or group.country or shared
            if country is None:
                continue
            _follow(refs, name, country, group.sector or "")


def _opener_before(t: Tokens, start: int) -> int | None:
    """The token of "including", "like", "such as" or "among them" right before ``start``."""
    k = start - 1
    if k >= 0 and t.lower[k] in _OPENERS:
        return k
    if k >= 1 and (t.lower[k - 1], t.lower[k]) in (("such", "as"), ("among", "them")):
        return k - 1
    return None


def _group_before(linker: Linker, refs: list[Ref], opener: int) -> Ref | None:
    """The plural group with a sector whose phrase the opener closes ("alleged traffickers with
    operations in the area, including"): the nearest such ref before it in its sentence, with
    no verb of another clause between."""
    t = linker.t
    sent = t.sent[opener]
    ending = {ref.end - 1: ref for ref in refs}
    for k in range(opener - 1, max(-1, opener - _REACH), -1):
        if t.sent[k] != sent or t.text[k] in (";", ":"):
            return None
        if t.pos[k] in ("VERB", "AUX") and t.dep[k] not in ("amod", "acl"):
            return None
        ref = ending.get(k)
        if ref is None:
            continue
        if ref.kind == "group" and ref.number == "pl" and ref.sector not in _WEAK:
            return ref
        if ref.kind != "country" and ref.form != "place":
            return None  # another actor stands nearer: the list is of its kind, or unclear
    return None


def _phrase_shared(linker: Linker, ref: Ref) -> bool:
    """The first name's mention opens with a people's word ("Colombian nationals Jesus …"): it
    says the country of every name the list joins to it."""
    t = linker.t
    return ref.country is not None and t.ent[ref.start] == "NORP"


def _follow(refs: list[Ref], name: Ref, country: str, sector: str) -> None:
    """Code ``name`` and the other mentions of the same person as the group's member."""
    for ref in refs:
        same = ref is name or (name.actor and ref.actor == name.actor and ref.kind == "person")
        if same and ref.sector in _WEAK:
            ref.country, ref.sector, ref.code = country, sector, country + sector
