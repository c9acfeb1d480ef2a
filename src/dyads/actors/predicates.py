"""A person a copular clause calls a leader or member of an armed or criminal group takes the
group's code: "Authorities said Jose Lopez was the leader of the Sinaloa Cartel", "Pedro Ruiz
is a member of the Zetas", "Mendoza, who was the boss of the Zetas" (round 85: the person stayed
uncoded, so the events that named him were lost). Run by :func:`dyads.actors.coref.resolve`
once every ref is resolved.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

# sectors of groups outside the state whose leaders and members are theirs
_GROUP_SECTORS = frozenset({"CRM", "REB", "UAF", "INS", "SEP"})
# nouns of a group's people that no role word codes alone ("a member of the Zetas")
_MEMBER_NOUNS = frozenset({"member", "boss", "operative", "associate", "affiliate", "founder",
                           "co-founder", "chief", "head", "lieutenant"})  # fmt: skip
_OF_REACH = 4  # tokens from "of" to the group's name ("of the feared Gulf Cartel")


def predicated_members(linker: Linker, refs: list[Ref]) -> None:
    """Give the person each copular clause calls a group's leader or member (module
    docstring) the group's code, in every mention of them the article left uncoded."""
    t = linker.t
    at: dict[int, Ref] = {}
    for ref in refs:
        for i in range(ref.start, ref.end):
            at[i] = ref
    for k, dep in enumerate(t.dep):
        if dep != "attr" or t.lemma[t.head[k]] != "be":
            continue
        group = _group_of(linker, k, at)
        if group is None:
            continue
        person = at.get(_subject(linker, t.head[k]) or -1)
        if person is None or person.kind != "person" or person.code or not person.actor:
            continue
        for ref in refs:
            if ref.actor == person.actor and ref.kind == "person" and not ref.code:
                ref.code, ref.country, ref.sector = group.code, group.country, group.sector


def _group_of(linker: Linker, k: int, at: dict[int, Ref]) -> Ref | None:
    """The coded group the predicate noun at ``k`` names: its "of" phrase's group when the
    noun is a title coded as that group's or a noun of a group's people."""
    t = linker.t
    if k + 1 >= len(t.text) or t.lower[k + 1] != "of":
        return None
    group = next(
        (
            ref for j in range(k + 2, min(len(t.text), k + 2 + _OF_REACH))
            if (ref := at.get(j)) is not None
        ),
        None,
    )  # fmt: skip
    if group is None or not group.code or group.sector not in _GROUP_SECTORS:
        return None
    title = at.get(k)
    if title is not None and title.form == "title":
        return group if title.code == group.code else None
    return group if t.lower[k] in _MEMBER_NOUNS else None


def _subject(linker: Linker, verb: int) -> int | None:
    """The subject of the copula at ``verb``; for a relative clause ("Mendoza, who was the
    boss of the Zetas") the noun the clause hangs on."""
    t = linker.t
    subject = next(
        (k for k in range(len(t.text)) if t.head[k] == verb and t.dep[k] == "nsubj"), None
    )
    if subject is not None and t.lower[subject] in ("who", "that") and t.dep[verb] == "relcl":
        return t.head[verb]
    return subject
