"""Proper names that are things, not actors of the place they name: a sports team ("the New
Jersey Generals" are no US generals), the title of a work ("the film “Obama's America”" is
no act of the United States), a body's name on the debt it issues ("U.S. Treasury bonds") and
a company's name on a thing ("the Petrobras scandal").
Their mentions keep no code; the word lists are ``dyads/data/actors/names_of_things.yaml``
(blind audit, round 13).
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens

_OPENING = {"“", '"', "‘", "'", "«"}
_CLOSING = {"”", '"', "’", "'", "»"}
# teams are named for cities and states; "the US Marines" is a country's force
_PLACE_KINDS = {"city", "division"}
_TITLE_JOINERS = {"'s", "’s", "of", "the", "and", "a", "an", "in", "for", "to"}
_TITLE_REACH = 12  # a title longer than this many tokens is not looked for


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists("names_of_things.yaml")


def work_nouns() -> frozenset[str]:
    """The nouns that name a work ("book", "film", "memoir"): ``work_nouns`` of
    ``names_of_things.yaml``, read once."""
    return _words()["work_nouns"]


def condition_words() -> frozenset[str]:
    """The words that end a condition's name ("Stockholm Syndrome"): ``conditions`` of
    ``names_of_things.yaml``, read once."""
    return _words()["conditions"]


def things(linker: Linker, refs: list[Ref]) -> set[int]:
    """The refs (by ``id``) that are part of a work's title, of a team's name in or beside
    a sentence about sport, or a body's name on its debt ("Treasury bonds")."""
    t = linker.t
    sports = _words()["sports_words"]
    instruments = _words()["instruments"]
    sporting = {t.sent[i] for i, word in enumerate(t.lower) if word in sports}
    found = set()
    for ref in refs:
        near = {t.sent[ref.start] - 1, t.sent[ref.start], t.sent[ref.start] + 1}
        named = ref.form not in ("pronoun", "surname")
        if (
            _in_title(linker, ref)
            or (near & sporting and _team(linker, ref))
            or (named and _on_instrument(t, ref, instruments))
            or (named and _company_thing(linker, ref))
        ):
            found.add(id(ref))
    return found


def _on_instrument(t: Tokens, ref: Ref, instruments: frozenset[str]) -> bool:
    """A capitalised name that modifies a noun of debt or prices right after it: "U.S.
    Treasury bonds", "Treasury yields" (the body's paper, not the body)."""
    last = ref.end - 1
    return (
        ref.end < len(t.text)
        and t.lower[ref.end] in instruments
        and t.title[last]
        and t.dep[last] in ("compound", "nmod", "amod")
    )


def _company_thing(linker: Linker, ref: Ref) -> bool:
    """A company's name that modifies a common noun no role word covers: "the Petrobras
    corruption scandal", "the Petrobras probe" name a thing about the company, not the company
    acting (round 85: coded BRABUS)."""
    t = linker.t
    last = ref.end - 1
    if ref.sector != "BUS" or ref.kind != "organisation" or t.dep[last] != "compound":
        return False
    head = t.head[last]
    if head <= last or linker.role_cover[head] >= 0:
        return False
    # a capitalised head outside any name is a headline's common noun ("Petrobras Scandal")
    return t.pos[head] == "NOUN" or (t.pos[head] == "PROPN" and linker.ent_span[head] is None)


def _team(linker: Linker, ref: Ref) -> bool:
    """A capitalised plural title or group right after a place inside one name, not first in
    its sentence: "the New Jersey Generals", "the Ottawa Senators"."""
    t = linker.t
    last = ref.end - 1
    cover = linker.role_cover[last]
    if cover < 0 or cover == 0 or t.sent[cover - 1] != t.sent[cover]:
        return False
    role = linker.role_at[cover][1]
    plural = role.number == "pl" or t.tag[last] in ("NNS", "NNPS") or t.lower[last].endswith("s")
    if not plural or not all(t.title[k] for k in range(cover, ref.end)):
        return False
    entry = linker.entry_at[cover - 1]
    return entry is not None and entry.kind in _PLACE_KINDS


def _in_title(linker: Linker, ref: Ref) -> bool:
    """The ref lies in the title of a work: in quotation marks right after a work noun ("the
    documentary “Obama's America”"), or in a run of capitalised words right after one ("the
    film Obama's America")."""
    t = linker.t
    nouns = work_nouns()
    sent = t.sent[ref.start]
    k = ref.start - 1
    while k >= 0 and ref.start - k <= _TITLE_REACH and t.sent[k] == sent:
        if t.text[k] in _CLOSING and t.text[k] not in _OPENING:
            return False
        if t.text[k] in _OPENING:
            closed = any(
                t.text[j] in _CLOSING
                for j in range(ref.end, min(len(t.text), ref.end + _TITLE_REACH))
                if t.sent[j] == sent
            )
            return closed and k > 0 and t.lower[k - 1] in nouns
        if not (t.title[k] or t.lower[k] in _TITLE_JOINERS):
            # a run of capitalised words after a work noun, longer than the name alone ("the
            # film Obama's America"; "a book Mexico banned" names Mexico acting)
            return (
                t.lower[k] in nouns
                and t.title[k + 1]
                and _run_end(t, k + 1) - k - 1 > (ref.end - ref.start)
            )
        k -= 1
    return False


def _run_end(t: Tokens, i: int) -> int:
    """The end of the run of capitalised words (and "'s", "of" …) that starts at ``i``."""
    n = len(t.text)
    while i < n and (t.title[i] or t.lower[i] in _TITLE_JOINERS) and t.sent[i] == t.sent[i - 1]:
        i += 1
    while i > 0 and t.lower[i - 1] in _TITLE_JOINERS:
        i -= 1  # "the film Obama's America and": the run ends at its last capitalised word
    return i
