"""Names listed as the members of a plural group right before them: "at least three lieutenants
from the military -- A, B and C -- have deserted", "two Venezuelan lieutenants, A and B, fled"
(blind audit, round 103: each lieutenant was coded VEN, then left uncoded). The list stands in
apposition to the group, so each name the rules left uncoded takes the group's code.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens

__all__ = ["joined_names", "listed_members"]

_DASHES = frozenset({"--", "—", "–", ":"})  # what opens and closes a list set off by dashes
_JOINS = frozenset({",", "and"})  # what joins the names of the list
_FROM = frozenset({"from", "of", "in", "with"})  # "lieutenants from the military"
_REACH = 4  # tokens between the plural noun and the opener ("lieutenants from the military")


def listed_members(linker: Linker, refs: list[Ref]) -> None:
    """Give each uncoded person named in a list set off after a plural group ("three
    lieutenants from the military -- A, B and C --") the group's code, country and sector.
    Changes ``refs`` in place; later mentions of the same person follow."""
    t = linker.t
    by_start = {ref.start: ref for ref in refs}
    by_end = {ref.end: ref for ref in refs}
    people = sorted((r for r in refs if r.kind == "person" and r.form == "name"), key=_start)
    done: set[int] = set()
    for ref in people:
        if id(ref) in done:
            continue
        members = _list_from(linker, ref, by_start)
        if members is None:
            continue
        opener, names, closed = members
        done.update(id(r) for r in names)
        group = _group_before(linker, opener, by_end)
        if group is None or len(names) < (1 if t.text[opener] in _DASHES else 2):
            continue
        if not closed:
            continue  # "police arrested the soldiers, Maria Lopez said": no apposition
        for name in names:
            if not name.code:
                _follow(refs, name, group)


def _start(ref: Ref) -> int:
    return ref.start


def _list_from(
    linker: Linker, first: Ref, by_start: dict[int, Ref]
) -> tuple[int, list[Ref], bool] | None:
    """The opener before a list of names starting with ``first``, the names and whether the
    list is closed (a dash or comma after it, or the sentence's end)."""
    t, n = linker.t, len(linker.t.text)
    opener = first.start - 1
    if opener < 1 or t.text[opener] not in _DASHES | {","} or t.sent[opener] != first.sent:
        return None
    names = joined_names(t, first, by_start)
    k = names[-1].end
    if len(names) > 1 and t.lower[names[-1].start - 1] != "and":
        return None  # "A, B, C" with no "and": a list of something else
    end_words = {t.text[opener]} if t.text[opener] in _DASHES else {","}
    closed = k >= n or t.text[k] in end_words or t.sent[k] != first.sent
    return opener, names, closed


def _group_before(linker: Linker, opener: int, by_end: dict[int, Ref]) -> Ref | None:
    """The coded group whose plural noun ends the phrase before ``opener``: "Venezuelan
    lieutenants" itself, or the body after "lieutenants from the military"."""
    t = linker.t
    ref = by_end.get(opener)
    if ref is None or not ref.code or not ref.sector or ref.kind == "person":
        return None
    if ref.number == "pl" and t.tag[opener - 1] == "NNS":
        return ref
    k = ref.start - 1
    if k >= 0 and t.lower[k] == "the":
        k -= 1
    if k < 1 or t.lower[k] not in _FROM or opener - k > _REACH + 2:
        return None
    noun = k - 1
    if t.tag[noun] != "NNS" or linker.role_cover[noun] < 0:
        return None  # "three lieutenants", a role word for people; not "shipments"
    role = linker.role_at[linker.role_cover[noun]][1]
    return ref if role.kind in ("group", "title") and role.sector == ref.sector else None


def _follow(refs: list[Ref], name: Ref, group: Ref) -> None:
    """Code ``name`` and the uncoded mentions of the same person as ``group``."""
    for ref in refs:
        if ref is name or (name.actor and ref.actor == name.actor and not ref.code):
            ref.code, ref.country, ref.sector = group.code, group.country, group.sector


def joined_names(t: Tokens, first: Ref, by_start: dict[int, Ref]) -> list[Ref]:
    """``first`` and the person names joined to it by commas and "and", in text order."""
    names, k, n = [first], first.end, len(t.text)
    while k < n:
        j = k
        while j < n and t.lower[j] in _JOINS:
            j += 1
        nxt = by_start.get(j)
        if j == k or nxt is None or nxt.kind != "person" or nxt.form != "name":
            break
        names.append(nxt)
        k = nxt.end
    return names
