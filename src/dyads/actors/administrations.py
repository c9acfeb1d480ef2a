"""A head's surname the recogniser tagged as an organisation, before his government's noun.

"the Trump administration announced …" (the model tags "Trump" ORG, after the Trump
Organization) was one organisation's name, "Trump administration", with no code (blind audit,
round 107: the speaker left as a generic "government"); "the Obama administration" was USAGOV.
A one-word ORG entity that heads of state or government bear (the office-holders table) right
before "administration", "government" or "presidency" is the person, whose regime the phrase is.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.officeholders import heads_country

__all__ = ["leaders_of_governments"]

_GOVERNMENTS = frozenset({"administration", "government", "presidency", "administration's"})


def leaders_of_governments(lk: Linker) -> None:
    """Make each such ORG entity a person (in place, on ``lk.unknown`` and ``lk.people``)."""
    keep = []
    t = lk.t
    for start, end, label in lk.unknown:
        after = t.lower[end] if end < len(t.lower) else ""
        single = end - start == 1 and label == "ORG" and t.title[start]
        if single and after in _GOVERNMENTS and heads_country(t.text[start]) is not None:
            lk.ent_span[start] = None
            lk.people.append((start, end))
            continue
        keep.append((start, end, label))
    lk.unknown = keep
