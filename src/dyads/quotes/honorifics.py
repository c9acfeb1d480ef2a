"""A speaker named by courtesy title and surname is of the title's gender: "Mrs. Abedini wrote"
after "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, …" is the wife, not the
husband the actors stage gave the surname to (blind audit, round 110)."""

from __future__ import annotations

from collections.abc import Sequence

from dyads.quotes.pronoun_fit import name_gender
from dyads.records import Mention

_TITLES = {"mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "mr.": "m", "mr": "m"}
_BEFORE = 6  # characters before a mention where its courtesy title stands ("Mrs. ")


def titled_person(
    text: str,
    span: tuple[int, int],
    actor: str | None,
    code: str | None,
    mentions: Sequence[Mention],
) -> tuple[str | None, str | None]:
    """``(actor, code)`` for the speaker phrase at ``span``, such as "Mrs. Abedini": when
    ``actor`` is of the other gender (by given name, or by the title the article gives them
    elsewhere: "Mr. Abedini"), the one other person of that surname the article names, else
    nobody; else ``(actor, code)`` unchanged."""
    words = text[span[0] : span[1]].split()
    mentions = [m for m in mentions if not (m.span[0] < span[1] and span[0] < m.span[1])]
    if len(words) != 2 or actor is None:
        return actor, code
    gender = _TITLES.get(words[0].lower())
    if gender is None or gender in _genders(text, actor, mentions):
        return actor, code
    surname = words[1]
    others = {
        m.actor: m
        for m in mentions
        if m.actor
        and m.actor != actor
        and len(m.actor.split()) > 1
        and m.actor.split()[-1] == surname
        and _genders(text, m.actor, mentions) & {gender, "?"}
    }
    if not _genders(text, actor, mentions) - {"?"}:
        return actor, code  # nothing tells the actor's gender
    if len(others) != 1:
        return None, None
    found = next(iter(others.values()))
    return found.actor, found.code


def _genders(text: str, actor: str, mentions: Sequence[Mention]) -> set[str]:
    """The genders the article gives ``actor``: by given name and by the courtesy titles before
    its mentions; {"?"} when none."""
    found = {g for g in [name_gender(actor)] if g is not None}
    for m in mentions:
        if m.actor != actor:
            continue
        before = text[max(0, m.span[0] - _BEFORE) : m.span[0]].split()
        if before and before[-1].lower() in _TITLES:
            found.add(_TITLES[before[-1].lower()])
    return found or {"?"}
