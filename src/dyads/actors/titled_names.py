"""A title the recogniser left outside a person's name: "criticized Pope Francis as ''a
political person''" tags "Francis" alone (round 104: uncoded, so no 111 event). The title
word joins the name when the two together are a name or alias the article's known actors
hold ("Pope Francis"); the role words of ``roles.csv`` ("President Obama") join through
:mod:`dyads.actors.phrase` already.
"""

from __future__ import annotations

from typing import Protocol

from dyads.actors.memory import KnownActor
from dyads.actors.tokens import Tokens

__all__ = ["titled_start"]


class _Linker(Protocol):
    """What of :class:`dyads.actors.context.Linker` the rule reads (context calls it)."""

    t: Tokens

    def known(self, name: str) -> KnownActor | None: ...

    def text(self, start: int, end: int) -> str: ...


def titled_start(lk: _Linker, start: int, end: int) -> int:
    """The first token of the PERSON name at ``start``-``end``: ``start - 1`` when that token is
    a capitalised word outside any entity and the two together are a name or alias of the
    office-holder table or the user's actors file, else ``start``."""
    t, k = lk.t, start - 1
    if k < 0 or t.sent[k] != t.sent[start] or t.pos[k] != "PROPN" or not t.title[k]:
        return start
    if t.ent[k] or not t.text[k].isalpha():
        return start
    held = lk.known(lk.text(k, end))
    # the table and the user's file hold exact names and aliases; memory may guess
    return k if held is not None and held.source in ("officeholders", "user") else start
