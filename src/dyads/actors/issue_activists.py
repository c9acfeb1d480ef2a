"""Campaigners for a cause are no political opposition: "abortion opponents", "anti-war
activists", "opponents of gun control" are private citizens (CVL), while "opposition
activists" and "critics of the regime" stay OPP. The causes are
``dyads/data/actors/issues.yaml`` (blind audit, round 99: "abortion opponents" USAOPP).
"""

from __future__ import annotations

import re
from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists

_OF_REACH = 4  # words after "of" that may name the cause ("opponents of tighter gun laws")


@cache
def _causes() -> frozenset[str]:
    return word_lists("issues.yaml")["words"]


def _joined(words: list[str]) -> list[str]:
    """The words with hyphens glued back ("gun", "-", "rights" -> "gun-rights") and each part."""
    out: list[str] = []
    text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    for word in text.split():
        out.append(word)
        out.extend(part for part in re.split(r"-", word) if part)
    return out


def campaigners(lk: Linker, begin: int, start: int, end: int) -> bool:
    """Whether the group ``begin:end`` (head at ``start``) campaigns for a cause: a cause word
    modifies the head ("Abortion opponents") or follows it after "of" ("opponents of abortion")."""
    t = lk.t
    while begin >= 2 and t.text[begin - 1] == "-":
        begin -= 2  # "Gun-control activists": the phrase may open after the hyphen
    before = [t.lower[k] for k in range(begin, start)]
    after: list[str] = []
    if end < len(t.text) and t.lower[end] == "of":
        for k in range(end + 1, min(end + 1 + _OF_REACH, len(t.text))):
            if not (t.text[k].isalpha() or t.text[k] == "-"):
                break
            after.append(t.lower[k])
    causes = _causes()
    return any(word in causes for word in _joined(before) + _joined(after))
