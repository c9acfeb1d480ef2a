"""A person a copular clause calls a leader or member of an armed or criminal group takes the
group's code: "Authorities said Jose Lopez was the leader of the Sinaloa Cartel", "Pedro Ruiz
is a member of the Zetas", "Mendoza, who was the boss of the Zetas" (round 85: the person stayed
uncoded, so the events that named him were lost). So does a person the text says leads or led
such a group: "The Tlahuac Cartel, formerly led by Felipe Perez Luna", "Servando Gomez later
took control over the Knights Templar", "Mendoza, who heads the Zetas" (round 114: "before he
was killed by Mexico's Navy" and "Gomez was arrested by an elite Mexican police force" lost
their events). Run by :func:`dyads.actors.coref.resolve` once every ref is resolved.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens, dependents

# sectors of groups outside the state whose leaders and members are theirs
_GROUP_SECTORS = frozenset({"CRM", "REB", "UAF", "INS", "SEP"})
# nouns of a group's people that no role word codes alone ("a member of the Zetas")
_MEMBER_NOUNS = frozenset({"member", "boss", "operative", "associate", "affiliate", "founder",
                           "co-founder", "chief", "head", "lieutenant"})  # fmt: skip
_OF_REACH = 4  # tokens from "of" to the group's name ("of the feared Gulf Cartel")
# verbs of leading a group ("led by X", "X heads the Zetas"); its founder is its man too
_LEAD_VERBS = frozenset({"lead", "head", "run", "command", "found", "co-found"})
# words that put an alias between a name and its verb ("Servando Gomez, alias “La Tuta,” took")
_ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a."})


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
        _take_code(at.get(_subject(linker, t.head[k]) or -1), group, refs)
    for group, person in _leaders(t, at):
        _take_code(person, group, refs)


def _take_code(person: Ref | None, group: Ref, refs: list[Ref]) -> None:
    """The group's code for every uncoded mention of ``person``, an uncoded named person."""
    if person is None or person.kind != "person" or person.code or not person.actor:
        return
    for ref in refs:
        if ref.actor == person.actor and ref.kind == "person" and not ref.code:
            ref.code, ref.country, ref.sector = group.code, group.country, group.sector


def _leaders(t: Tokens, at: dict[int, Ref]) -> list[tuple[Ref, Ref | None]]:
    """(group, person) for each clause that has a person lead an armed or criminal group: the
    agent of "led by" hung on the group's name or said of it ("The Tlahuac Cartel, formerly led
    by X", "The Zetas were led by X"), and the subject of a verb of leading, or of "took control
    of/over", whose object is the group ("X has led the Zetas since 2013")."""
    found: list[tuple[Ref, Ref | None]] = []
    for k, lemma in enumerate(t.lemma):
        if lemma not in _LEAD_VERBS and lemma != "take":
            continue
        agents = dependents(t, k, "agent") if lemma in _LEAD_VERBS else []
        if agents:
            led = [t.head[k]] if t.dep[k] == "acl" else dependents(t, k, "nsubjpass")
            groups = [g for j in led if (g := _armed_group(at.get(j), t)) is not None]
            for group in groups[:1]:
                found += [(group, at.get(j)) for agent in agents for j in _objects(t, agent)]
            continue
        group = _led_object(t, k, at)
        if group is not None:
            found.append((group, _person_subject(t, k, at)))
    return found


def _led_object(t: Tokens, verb: int, at: dict[int, Ref]) -> Ref | None:
    """The armed or criminal group a verb of leading has as its object ("heads the Zetas"), or
    that "took control of/over" names."""
    if t.lemma[verb] in _LEAD_VERBS:
        found = (_armed_group(at.get(j), t) for j in dependents(t, verb, "dobj"))
        return next((group for group in found if group is not None), None)
    control = [j for j in dependents(t, verb, "dobj") if t.lower[j] == "control"]
    if not control:
        return None
    preps = dependents(t, verb, "prep") + dependents(t, control[0], "prep")
    for prep in preps:
        if t.lower[prep] in ("of", "over"):
            found = (_armed_group(at.get(j), t) for j in _objects(t, prep))
            group = next((group for group in found if group is not None), None)
            if group is not None:
                return group
    return None


def _person_subject(t: Tokens, verb: int, at: dict[int, Ref]) -> Ref | None:
    """The ref of the verb's subject, past an alias the parser made the subject ("Servando
    Gomez, alias “La Tuta,” later took …": the name hung on "alias")."""
    subject = _subject_of(t, verb)
    if subject is not None and t.lower[subject] in _ALIAS_WORDS:
        named = [j for j in dependents(t, subject, "nsubj") if j < subject and j in at]
        subject = named[0] if named else subject
    return at.get(subject) if subject is not None else None


def _armed_group(ref: Ref | None, t: Tokens) -> Ref | None:
    """``ref`` when it is a coded armed or criminal group named as such (not one of its people,
    nor "an armed group": "Megateo led an armed group" is no telling which)."""
    if ref is None or not ref.code or ref.sector not in _GROUP_SECTORS or ref.kind == "person":
        return None
    return ref if t.text[ref.start][:1].isupper() else None


def _objects(t: Tokens, prep: int) -> list[int]:
    """The objects of a preposition with their conjuncts ("led by A and B")."""
    first = dependents(t, prep, "pobj")
    return first + [c for j in first for c in dependents(t, j, "conj")]


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
    return _subject_of(linker.t, verb)


def _subject_of(t: Tokens, verb: int) -> int | None:
    """The subject of ``verb``; for a relative clause the noun the clause hangs on."""
    subject = next(
        (k for k in range(len(t.text)) if t.head[k] == verb and t.dep[k] == "nsubj"), None
    )
    if subject is not None and t.lower[subject] in ("who", "that") and t.dep[verb] == "relcl":
        return t.head[verb]
    return subject
