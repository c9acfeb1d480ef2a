"""Counsel of a possessor: "his lawyers", "Valdez's lawyer, Rodrigo Ochoa".

A lawyer acts for a client by trade; the possessor is the client, so the lawyer takes neither
its country nor its sector (a new user's trial, session 30: "an appeal by his lawyers" coded
MEXCVL, "Valdez's lawyer" MEXCRM). Words: ``counsel`` of ``dyads/data/actors/possessions.yaml``.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.gazetteer import word_lists


@cache
def _counsel() -> frozenset[str]:
    return word_lists("possessions.yaml")["counsel"]


def is_counsel(words: str | None) -> bool:
    """True when ``words`` (a role or a mention's text) end in a word for counsel."""
    if not words:
        return False
    lower = " ".join(words.lower().split())
    return any(lower == w or lower.endswith(" " + w) for w in _counsel())
