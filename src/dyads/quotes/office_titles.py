"""A description by office and place, "The Independent Vermont senator", "the senator from
Florida", or a bare "the senator" right after a named subject, resolved through the table of
office-holders to the person the article names who holds that office there (blind audit, round
95: left as "American senator" although the article names Sanders, and Rubio)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from dyads.actors.officeholders import holdings
from dyads.quotes.context import Context
from dyads.records import Mention

__all__ = ["held_elsewhere", "holds_elsewhere", "office_holder", "offices_of"]

# the table's wording of a US office -> the title word a description uses
_OFFICES = (
    (re.compile(r"United States Senator \((?P<place>[^)]+)\)"), "senator"),
    (re.compile(r"\(a US senator\)"), "senator"),
    (re.compile(r"US House of Representatives \((?P<place>[^)]+)\)"), "representative"),
    (re.compile(r"\bGovernor of (?P<place>[A-Z][A-Za-z ]+)"), "governor"),
)
_TITLES = {"senator": "senator", "representative": "representative",
           "congressman": "representative", "congresswoman": "representative",
           "governor": "governor"}  # fmt: skip
LOOKBACK_CHARS = 3000  # as far back as "the host" looks for the host named


@cache
def _offices() -> dict[str, frozenset[tuple[str, str | None]]]:
    """Person -> the (title, place) pairs the table's sources give them, any term."""
    found: dict[str, set[tuple[str, str | None]]] = {}
    for holding in holdings():
        for pattern, title in _OFFICES:
            hit = pattern.search(holding.source)
            if hit is not None:
                place = hit.groupdict().get("place")
                found.setdefault(holding.name, set()).add((title, place.lower() if place else None))
    return {name: frozenset(pairs) for name, pairs in found.items()}


def offices_of(name: str) -> frozenset[tuple[str, str | None]]:
    """The (title, place) pairs the office-holders table gives ``name``, any term."""
    return _offices().get(name, frozenset())


def _place_words(noun: Token) -> str:
    """The words that could name a place in the description: "Vermont" of "The Independent
    Vermont senator", "New Hampshire" of "the New Hampshire governor", "Florida" of "the
    senator from Florida"."""
    words = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
        words += [g for c in prep.children if c.dep_ == "pobj" for g in c.subtree]
    spread = sorted({t for w in words for t in w.subtree}, key=lambda t: t.i)
    # a place is named with capitals: "The former governor" names none (blind audit, round
    # 110: "former" read as the place, so Perry, governor of Texas, held the office elsewhere)
    return " ".join(t.text for t in spread if t.text[:1].isupper())


def office_holder(
    ctx: Context, noun: Token, mentions: Sequence[Mention], titled: Mention | None
) -> Mention | None:
    """The person named before ``noun`` whom the table gives the office the description names:
    in the place it names, when it names one ("The Independent Vermont senator" after "Bernie
    Sanders"), else the named subject of the sentence before or of ``noun``'s own ("Rubio sought
    … . Walking into the office …, the senator said"). Two such people, or none: None; and None
    when ``titled``, the person the title was last given to, is a name ("the senator" after
    "Sen. Ted Cruz"), not another description ("The senator from Florida")."""
    title = _TITLES.get(noun.lemma_.lower())
    if title is None or noun.tag_ != "NN":
        return None
    place = _place_words(noun).lower()
    if titled is not None and _a_name(ctx, titled) and not holds_elsewhere(noun, titled):
        return None
    subject = None if place else _last_subject(ctx, noun, mentions)
    people: dict[str, Mention] = {}
    for m in reversed(mentions):
        if m.span[1] > noun.idx or ctx.in_quotes(m.span[0]) or not m.actor or m.kind != "person":
            continue
        if noun.idx - m.span[0] > LOOKBACK_CHARS:
            break
        held = _offices().get(m.actor, frozenset())
        if place:
            if any(t == title and p and re.search(rf"\b{re.escape(p)}\b", place) for t, p in held):
                people.setdefault(m.actor, m)
        elif any(t == title for t, _ in held) and subject is not None and m is subject:
            people.setdefault(m.actor, m)
    return next(iter(people.values())) if len(people) == 1 else None


SUBJECT_SENTENCES = 4  # sentences back a bare "the senator" looks for the one it follows


def _last_subject(ctx: Context, noun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The person last named as a clause's subject before ``noun``, within
    ``SUBJECT_SENTENCES`` sentences, outside quotation marks: whom a bare title follows."""
    start = noun.sent.start
    for _ in range(SUBJECT_SENTENCES - 1):
        if start > 0:
            start = ctx.doc[start - 1].sent.start
    for m in reversed(mentions):
        if m.span[1] > noun.idx or ctx.in_quotes(m.span[0]):
            continue
        name = ctx.doc.char_span(*m.span, alignment_mode="expand")
        if name is None or name.start < start:
            if name is not None:
                return None
            continue
        if m.kind == "person" and m.actor and name.root.dep_ in ("nsubj", "nsubjpass"):
            return m
    return None


def _a_name(ctx: Context, m: Mention) -> bool:
    words = ctx.doc.char_span(*m.span, alignment_mode="expand")
    return words is not None and any(t.pos_ == "PROPN" for t in words)


def holds_elsewhere(noun: Token, titled: Mention | None) -> bool:
    """``titled`` holds the description's office only for another place than the one it names:
    "The Florida senator" is not Joni Ernst, the senator for Iowa named just before (blind
    audit, round 108x: Rubio's words given to Ernst)."""
    return titled is not None and held_elsewhere(noun, titled.actor)


def held_elsewhere(noun: Token, actor: str | None) -> bool:
    """:func:`holds_elsewhere` for an actor's name: "The Wisconsin governor" is not Rick Perry,
    governor of Texas (blind audit, round 110)."""
    title = _TITLES.get(noun.lemma_.lower())
    if title is None or not actor:
        return False
    place = _place_words(noun).lower()
    places = [p for t, p in _offices().get(actor, frozenset()) if t == title and p]
    if not place or not places:
        return False
    return not any(re.search(rf"\b{re.escape(p)}\b", place) for p in places)
