"""A bare surname that speaks of its own parent is the relative, not the parent (blind audit,
round 108x: after "Eric Trump called.", the quotation "''My father has given me and my
foundation hundreds of thousands of dollars …,'' Trump said" went to Donald Trump, and so did
the next sentence's "His foundation").

A bare surname shared by several people is the one the article's bare surnames have mostly
stood for (:mod:`dyads.actors.namesakes`), its main figure, often the parent; but a surname
that says a quotation just before it whose own words speak of "my father", "my dad", "my
mother" or "my mom" is not that parent: it is the namesake named last.
"""

from __future__ import annotations

import re

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["kin_speaker"]

_SAYING = frozenset({"say", "add", "tell", "write", "explain", "recall", "insist"})
_PARENT = re.compile(r"(?i)\bmy\s+(?:father|dad|mother|mom|mum|parents)\b")
_QUOTES = ("''", '"', "”", "“", "``")
_REACH = 400  # characters of the quotation looked at


def kin_speaker(linker: Linker, ref: Ref, namesakes: list[Ref]) -> Ref | None:
    """The namesake named last (``namesakes`` run nearest first) when the bare surname ``ref``
    says a quotation just before it that speaks of the speaker's parent and the namesakes are
    several people; else None."""
    if len({c.actor for c in namesakes}) < 2:
        return None
    t = linker.t
    last = ref.end - 1
    if t.dep[last] != "nsubj" or t.lemma[t.head[last]].lower() not in _SAYING:
        return None
    k = ref.start - 1
    while k >= 0 and t.pos[k] == "PUNCT" and t.lower[k] not in _QUOTES:
        k -= 1
    if k < 0 or t.lower[k] not in _QUOTES:
        return None
    end = t.idx[k]
    quoted = linker.doc_text[max(0, end - _REACH) : end]
    for mark in _QUOTES:
        quoted = quoted.rsplit(mark, 1)[-1]
    if not _PARENT.search(quoted):
        return None
    return namesakes[0]
