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


def among_places(lk: Linker, start: int, end: int) -> bool:
    """The name at ``start``-``end`` is a member of a list of places (a place named right
    before or after it across a comma, "and" or "or"), or follows "the department of",
    "the states of" … (:data:`dyads.actors.refs.PLACE_WORDS`)."""
    t = lk.t
    n = len(t.text)
    head = t.head[end - 1]
    if t.dep[end - 1] == "appos" and head < start and _place_noun(t.lower[head]):
        return True  # "the state with the most beheadings, Guerrero," (round 101)
    before = start - 1
    if before >= 1 and t.lower[before] == "of" and _place_noun(t.lower[before - 1]):
        return True
    if before >= 2 and t.lower[before] in ("and", "or") and t.lower[before - 1] == ",":
        before -= 1  # the serial comma: "Meta, and Vichada"
    if before >= 1 and t.lower[before] in _SEPARATORS:
        prev = _before_brackets(t.lower, before - 1)
        if _place_at(lk, prev):
            return True
    after = _after_brackets(t.lower, end)
    if after + 1 < n and t.lower[after] == "," and t.lower[after + 1] in ("and", "or"):
        after += 1
    return after + 1 < n and t.lower[after] in _SEPARATORS and _place_at(lk, after + 1)


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
