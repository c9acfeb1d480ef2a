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
from dyads.actors.given_names import is_given_name

__all__ = ["inner_nicknames", "quoted_nicknames"]

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


def inner_nicknames(lk: Linker) -> None:
    """'Hector "El Gato" Valdez Ruelas': a full name with a quoted nickname inside it is one
    person from the given name on. The recogniser tagged only the last word ("Ruelas"), so the
    surname used alone after it ("Valdez was arrested …") was never a mention (a new user's
    trial, session 30: the story's central actor lost)."""
    t = lk.t
    spans = sorted(lk.people)
    for index, (start, end) in enumerate(spans):
        begin = start
        while begin > 0 and _name_word(lk, begin - 1):
            begin -= 1
        close = begin - 1
        if close < 3 or t.text[close] not in _CLOSE:
            continue
        opening = next(
            (j for j in range(close - 1, max(0, close - 4), -1) if t.text[j] in _OPEN), None
        )
        if opening is None or opening < 1 or opening == close - 1:
            continue
        nickname = range(opening + 1, close)
        if not all(t.title[k] and t.text[k].isalpha() and not lk.entry_at[k] for k in nickname):
            continue
        first = opening - 1
        if not _name_word(lk, first) or not is_given_name(t.text[first]):
            continue
        spans[index] = (first, end)
        lk.unknown = [u for u in lk.unknown if not first <= u[0] < end]  # '"El Mayo"' an ORG
        for k in range(opening, close + 1):
            t.quote[k] = -1  # a nickname in a name is nobody's words
    grown = [s for s in spans if s not in lk.people]
    lk.people[:] = [
        s for s in spans if s in grown or not any(g[0] < s[1] and s[0] < g[1] for g in grown)
    ]


def _name_word(lk: Linker, k: int) -> bool:
    t = lk.t
    return (
        t.title[k]
        and t.text[k].isalpha()
        and t.ent[k] in ("", "PERSON")
        and lk.entry_at[k] is None
        and lk.role_cover[k] < 0
    )
