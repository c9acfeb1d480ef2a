"""Recogniser entities that name no actor: a lower-case word ("… as biodiesel row deepens"
tagged a place in a headline) and a place word that names a criminal or armed group ("the
Sinaloa cartel", "a Gulf cartel cell": the group, not the state of Sinaloa). Both were kept
as uncoded country mentions (a new user's trial, session 30).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.headlines import headline_sentences

# sectors of groups named after a place ("Sinaloa cartel", "Gulf clan", "Tren de Aragua gang")
_GROUP_SECTORS = frozenset({"CRM", "REB", "INS"})


def no_actor(lk: Linker, start: int, end: int) -> bool:
    """True when the unknown entity ``start:end`` names no actor (see the module docstring)."""
    name = lk.text(start, end)
    if not any(ch.isupper() for ch in name):
        return True  # a name has a capital; "deepens" is a verb the recogniser misread
    return group_place(lk, end)


def group_place(lk: Linker, end: int) -> bool:
    """True when the place word ending at ``end`` opens a criminal or armed group's role word
    ("Sinaloa cartel"): the group's name."""
    t = lk.t
    if end >= len(t.text) or lk.role_cover[end] != end:
        return False
    stop, role = lk.role_at[end]
    return (role.sector or "").lstrip("*") in _GROUP_SECTORS and t.pos[stop - 1] == "NOUN"


def headline_words(lk: Linker, start: int, stop: int) -> bool:
    """A capitalised run in a title-case headline that the article never writes again: words
    of the headline, not a name ("Bolivia Uses G77 Post to Put Coca Legalization on
    International Agenda"; blind audit, round 74: an outlet coded BOLMED)."""
    if lk.t.sent[start] not in headline_sentences(lk):
        return False
    return lk.doc_text.count(lk.text(start, stop)) < 2
