"""A nickname in quotation marks that does something is a person: 'On the afternoon of
February 12, "Godo" left to sell avocadoes on foot, accompanied by his friend. It was his
second trip that day.' The recogniser left "Godo" untagged (a tagged one stood inside the
"quotation", out of the narration's pronouns' reach), so "his" went to the mayor named three
paragraphs before (blind audit, round 111: SLVGOV). Read as a person of the narration, the
nickname is the nearest antecedent of the pronouns after it; by the words, as the parser
misreads such sentences ("Godo" a noun at the root).
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists

__all__ = ["quoted_nicknames"]

_OPEN = frozenset({'"', "“", "``"})
_CLOSE = frozenset({'"', "”", "''"})
# what the nickname does: a verb in the past or present, never a noun it names ("“Narcos”
# series")
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN"})


@cache
def _avowals() -> frozenset[str]:
    return word_lists("not_acting.yaml")["avowals"]


def quoted_nicknames(lk: Linker) -> None:
    """Add to the linker's people every one- or two-word capitalised name in quotation marks,
    no gazetteer entry nor other entity than a person, right before a verb, and take it out of
    the quotations (see the module docstring)."""
    t = lk.t
    n = len(t.text)
    taken = {i for start, end in lk.people for i in range(start, end)}
    for i in range(n - 3):
        if t.text[i] not in _OPEN:
            continue
        close = next((j for j in range(i + 2, min(n - 1, i + 4)) if t.text[j] in _CLOSE), None)
        if close is None or t.tag[close + 1] not in _VERB_TAGS:
            continue
        if t.lemma[close + 1].lower() in _avowals():
            continue  # '"Never," said Ruano', '"Enough" said the mayor': words said
        words = range(i + 1, close)
        if any(
            not t.title[k] or not t.text[k].isalpha() or t.ent[k] not in ("", "PERSON")
            or lk.entry_at[k] is not None or lk.role_cover[k] >= 0
            for k in words
        ):  # fmt: skip
            continue
        if not any(k in taken for k in words):
            lk.people.append((i + 1, close))
        for k in range(i, close + 1):
            t.quote[k] = -1  # a name in quotation marks is nobody's words ("Flaco" returned)
