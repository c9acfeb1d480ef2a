"""The actors stage: find, code and link every actor reference in a parsed article.

``add_actor_ruler`` puts the gazetteer entity ruler before the NER; ``find_mentions`` links
entities and role words to CAMEO-style codes (:mod:`.linker`), resolves pronouns, surnames and
definite descriptions (:mod:`.coref`) and returns one :class:`~dyads.records.Mention` per
reference, sorted by span. :class:`~.memory.ActorMemory` carries people across articles.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.actors.coref import resolve
from dyads.actors.linker import Linker, link
from dyads.actors.memory import ActorMemory, KnownActor
from dyads.actors.refs import (
    AT_TARGETS,
    COMPASS,
    COUNTRY_LOCATIVE,
    INTO_MOTIONS,
    PLACE_WORDS,
    ROUTE_NOUNS,
    TERRITORY_PARTS,
    TERRITORY_VERBS,
    Ref,
)
from dyads.actors.ruler import add_actor_ruler
from dyads.actors.tokens import Tokens
from dyads.records import Mention

__all__ = ["ActorMemory", "KnownActor", "add_actor_ruler", "find_mentions"]


def find_mentions(
    doc: Doc,
    *,
    published: str | None = None,
    memory: ActorMemory | None = None,
    dateline_place: str | None = None,
    body: tuple[int, int] | None = None,
) -> list[Mention]:
    """Every actor reference in ``doc`` (names, groups, pronouns, descriptions), by span.

    ``doc`` must come from a pipeline that ran :func:`add_actor_ruler`. ``published``
    (YYYY-MM-DD) picks the role an actor had then in ``memory``; ``dateline_place`` and
    ``body`` (character span of the main text) set the article's dominant country.
    Mentions outside ``body`` are reported too.
    """
    linker = link(doc, published=published, memory=memory, dateline_place=dateline_place, body=body)
    text = linker.doc_text
    mentions = []
    refs = resolve(linker)
    owners = _owners(linker, refs)
    for ref in refs:
        start, end = linker.chars(ref.start, ref.end)
        mentions.append(
            Mention(
                text=text[start:end],
                span=(start, end),
                actor=ref.actor,
                # a place ("in Michoacan", the dateline) or a nationality word ("American
                # lives") names where or whose, not an actor: its country without a code
                code=None
                if ref.form in ("place", "modifier") or id(ref) in owners
                else (ref.code or None),
                country=ref.country,
                sector=ref.sector,
                role=ref.role,
                kind=ref.kind,  # type: ignore[arg-type]
            )
        )
    return _former(mentions, text)


def _owners(linker: Linker, refs: list[Ref]) -> set[int]:
    """Countries named only to say whose or which something is: "Colombia's National Narcotics
    Directorate", "the US Drug Enforcement Administration" (the body acts, not the country),
    "a US extradition order", "Honduras Police", "President of the United States" (blind
    audit, rounds 2 and 3: such words were coded as the country acting)."""
    t = linker.t
    at = {i: ref for ref in refs if ref.code for i in range(ref.start, ref.end)}
    owned = set()
    for ref in refs:
        last = ref.end - 1
        bare = ref.form == "description" or (ref.form == "name" and not ref.sector)
        if ref.kind == "country" and bare and _territory(t, ref):
            owned.add(id(ref))  # "violence in the country", "entered El Salvador": where
            continue
        if ref.kind == "country" and ref.form == "description":
            continue
        if ref.kind != "country" or ref.form != "name":
            continue
        dep, head = t.dep[last], t.head[last]
        body = at.get(head)
        if dep in ("compound", "amod", "nmod") and head != last and body is not ref:
            owned.add(id(ref))  # a modifier: "US" in "a US extradition order"
        elif dep == "poss" and body is not None and body is not ref and body.kind != "country":
            owned.add(id(ref))
        elif dep == "pobj" and t.lower[head] == "of" and head != last:
            named = t.head[head]
            if linker.role_cover[named] >= 0 and (body := at.get(named)) is not ref:
                owned.add(id(ref))  # "President of the United States"
    return owned


def _aimed(t: Tokens, head: int) -> bool:
    """The "at" phrase hangs on a word of aiming ("fired at", "a swipe at", "took a swipe at")."""
    if t.lemma[head] in AT_TARGETS:
        return True
    return any(t.head[i] == head and t.dep[i] == "dobj" and t.lemma[i] in AT_TARGETS
               for i in range(head + 1, min(len(t.dep), head + 6)))  # fmt: skip


def _territory(t: Tokens, ref: Ref) -> bool:
    """A country named as territory: after a locative ("in the country", "outside of
    Colombia", "at the Vatican", "smuggled into Mexico"), the object of a verb of crossing
    ("entered El Salvador", "borders Bolivia and Brazil"), the owner of a part of its land
    ("Panama's Pacific coast", "the nation's largest state"), the first half of
    "Colombia-based", or the end of a route ("routes to Brazil")."""
    last = ref.end - 1
    k = last
    while t.dep[k] == "conj" and t.head[k] < k:
        k = t.head[k]  # "borders Bolivia and Brazil": Brazil stands where Bolivia does
    j = ref.start - 1
    while j >= 0 and t.lower[j] in COMPASS:
        j -= 1  # "in remote western Colombia"
    if j >= 0 and t.lower[j] in ("the", "remote"):
        j -= 1
    if j >= 1 and t.lower[j] == "of":
        part = t.lower[j - 1]
        if part in ("outside", "out") or part in TERRITORY_PARTS or part in PLACE_WORDS:
            return True  # "outside of Colombia", "the north of the country", "parts of Brazil"
    for prep in {j, t.head[k] if t.dep[k] == "pobj" else -1}:
        if prep < 0 or t.dep[prep] != "prep":
            continue
        if t.lower[prep] in COUNTRY_LOCATIVE:
            return True
        if t.lower[prep] == "to" and t.lower[t.head[prep]] in ROUTE_NOUNS:
            return True
        if t.lower[prep] == "of" and (
            t.lower[t.head[prep]] in TERRITORY_PARTS or t.lower[t.head[prep]] in PLACE_WORDS
        ):
            return True  # "remote parts of Brazil and western Colombia"
        if t.lower[prep] == "at" and not _aimed(t, t.head[prep]):
            return True  # "at the Vatican"
        if t.lower[prep] == "into" and t.lemma[t.head[prep]] in INTO_MOTIONS:
            return True  # "smuggled into Mexico"
    if t.dep[k] == "dobj" and t.lemma[t.head[k]] in TERRITORY_VERBS:
        return True
    n = len(t.lower)
    if last + 2 < n and t.lower[last + 1] == "-" and t.lower[last + 2] == "based":
        return True
    if last + 1 < n and t.lower[last + 1] in ("'s", "’s") and t.dep[last] == "poss":
        owned = t.lower[t.head[last]]
        return owned in TERRITORY_PARTS or owned in PLACE_WORDS
    return False


# sectors of office: a former holder is one of the country's elites (CAMEO's ELI)
_OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
_FORMER = ("former ", "ex-", "ex ", "onetime ", "one-time ", "retired ")


def _former(mentions: list[Mention], text: str) -> list[Mention]:
    """ "former Vermont governor Howard Dean", "the ex-mayor": a person the text calls a former
    office-holder is coded as the country's elite (ELI), in every mention of them (blind audit:
    former officials coded as serving government)."""
    formers = set()
    for m in mentions:
        if m.kind != "person" or m.sector not in _OFFICE_SECTORS:
            continue
        before = text[max(0, m.span[0] - 12) : m.span[0]].lower()
        phrase = m.text.lower()
        if phrase.startswith(_FORMER) or before.rstrip().endswith(
            tuple(f.strip() for f in _FORMER)
        ):
            formers.add(m.actor)
    if not formers:
        return mentions
    for m in mentions:
        if m.actor in formers and m.sector in _OFFICE_SECTORS and m.country:
            m.sector, m.code = "ELI", f"{m.country}ELI"
    return mentions
