"""Acronyms spelt out: an all-capitals name the article's own words abbreviate is theirs."""

from __future__ import annotations

import re
from collections.abc import Callable

from dyads.actors.gazetteer import Entry

__all__ = ["spelt_out"]

_NAME_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?[A-Z][\w'-]*){1,5}")
_SMALL = {"of", "the", "for", "and"}


def spelt_out(
    text: str, lookup: Callable[[str], Entry | None], entry: Entry, name: str
) -> str | None:
    """The name ``text`` spells the acronym ``name`` out as, when that is another body than the
    gazetteer's ``entry`` for it: "RSF commander" in a story of "the paramilitary Rapid Support
    Forces" is not Reporters Without Borders (new user's trial, session 23); None otherwise.
    ``lookup`` is the gazetteer's; the caller looks the spelt-out name up in turn (the same
    trial: the later "RSF commander" stayed uncoded though "Rapid Support Forces" was known)."""
    if entry.mention_kind not in ("media", "organisation"):
        return None
    if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
        return None
    for run in _NAME_RUN.finditer(text):
        words = [w for w in run.group().split() if w.lower() not in _SMALL]
        if "".join(w[0] for w in words) == name and lookup(run.group()) is not entry:
            return None if run.group().lower() == (entry.actor or "").lower() else run.group()
    return None
