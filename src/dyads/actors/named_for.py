"""A person's name that modifies a noun of a time or of a body called after the person:
"the Clinton years", "the Reagan era", "The Clinton Foundation received … payments". The name
says which time or which body, not that the person acts: the mention keeps no code.

Blind audit, round 107: "the chief villain of the Clinton years" coded as Bill Clinton
(USAGOV), "The Clinton Foundation “received as much as $26.4 million”" as Hillary Clinton
(USAPTY). The word lists are ``dyads/data/actors/named_for.yaml``; used by
:func:`dyads.actors.find_mentions`.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref

__all__ = ["named_for"]


@cache
def _nouns() -> frozenset[str]:
    words = word_lists("named_for.yaml")
    return words["periods"] | words["namesakes"]


def named_for(linker: Linker, refs: list[Ref]) -> set[int]:
    """The person refs (by ``id``) whose name modifies a noun of a time or of a namesake body
    (see the module docstring)."""
    t = linker.t
    nouns = _nouns()
    found = set()
    for ref in refs:
        if ref.kind != "person" or ref.form not in ("name", "surname"):
            continue
        last = ref.end - 1
        head = t.head[last]
        if t.dep[last] != "compound" or head < ref.end or head - last > 2:
            continue  # "the late Clinton years": the adjective stands before the name
        if t.lower[head] in nouns and all(t.dep[k] == "compound" for k in range(last, head)):
            found.add(id(ref))
    return found
