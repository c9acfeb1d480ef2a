"""Names set among places: a word in a list of places ("the departments of Guaviare, Guainia,
Meta, Vichada and Arauca") or after "the department of" is a place too, even when the
gazetteer leaves it out (common words and given names: ``subdivision_names.csv`` skips "Meta")
and an office-holder bears it as a surname ("Meta" is no Ilir Meta; blind audit, round 88:
ALBGOV in a Colombian story). Used by :mod:`dyads.actors.places`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import PLACE_WORDS

# what joins the names of a list
_SEPARATORS = frozenset({",", "and", "or", "&"})
# gazetteer entries that are places as well as actors
_PLACE_KINDS = frozenset({"city", "division", "country", "place"})


def _place_at(lk: Linker, i: int) -> bool:
    """Token ``i`` is in a name the gazetteer holds as a place (a town, division, country)."""
    entry = lk.entry_at[i] if 0 <= i < len(lk.entry_at) else None
    return entry is not None and entry.kind in _PLACE_KINDS


def among_places(lk: Linker, start: int, end: int, *, strict: bool = False) -> bool:
    """The name at ``start``-``end`` is a member of a list of places (a place named right
    before or after it across a comma, "and" or "or"), or follows "the department of",
    "the states of" … (:data:`dyads.actors.refs.PLACE_WORDS`). ``strict`` (for the surname
    of a person the article names): places on both sides, or a list's figure in brackets
    after it ("Guerrero (149), Tamaulipas"); "in Iowa, Clinton said" is no list."""
    if strict:
        figures = _after_brackets(lk.t.lower, end) > end
        before, after = _listed_before(lk, start), _listed_after(lk, end)
        return (before and after) or (figures and (before or after)) or _of_places(lk, start)
    return _of_places(lk, start) or _listed_before(lk, start) or _listed_after(lk, end)


def _of_places(lk: Linker, start: int) -> bool:
    """After "the department of", "the states of" … (:data:`dyads.actors.refs.PLACE_WORDS`)."""
    t = lk.t
    before = start - 1
    return before >= 1 and t.lower[before] == "of" and _place_noun(t.lower[before - 1])


def _listed_after(lk: Linker, end: int) -> bool:
    """A place of the list stands right after the name (past its bracket), across a separator
    ("Meta, and Vichada")."""
    words = lk.t.lower
    n = len(words)
    after = _after_brackets(words, end)
    if after + 1 < n and words[after] == "," and words[after + 1] in ("and", "or"):
        after += 1
    return after + 1 < n and words[after] in _SEPARATORS and _place_at(lk, after + 1)


_BRACKETED = 5  # tokens a bracket after a name may hold: "Guerrero (149), Tamaulipas (119)"


def _after_brackets(words: list[str], i: int) -> int:
    """The token after a short bracket that opens at ``i`` ("Guerrero (149), …": a list's
    figures; blind audit, round 101), else ``i``."""
    if i < len(words) and words[i] == "(":
        for j in range(i + 1, min(len(words), i + _BRACKETED)):
            if words[j] == ")":
                return j + 1
    return i


def _before_brackets(words: list[str], i: int) -> int:
    """The token before a short bracket that closes at ``i``, else ``i``."""
    if i >= 0 and words[i] == ")":
        for j in range(i - 1, max(-1, i - _BRACKETED), -1):
            if words[j] == "(":
                return j - 1
    return i


def _place_noun(word: str) -> bool:
    """A place noun, singular or plural ("the department of", "the departments of")."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in PLACE_WORDS or singular in PLACE_WORDS


def _listed_before(lk: Linker, start: int) -> bool:
    """A place of the list stands right before the name (past its bracket), across a
    separator (the serial comma: "Meta, and Vichada")."""
    words = lk.t.lower
    before = start - 1
    if before >= 2 and words[before] in ("and", "or") and words[before - 1] == ",":
        before -= 1
    if before < 1 or words[before] not in _SEPARATORS:
        return False
    return _place_at(lk, _before_brackets(words, before - 1))
