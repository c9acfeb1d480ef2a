"""A capital's name used as a person's nickname or inside a slogan is no place and no government.

"Feel the Bern" (Bernie Sanders's slogan) and "Grandpa Bern" name a man, not Switzerland's
capital standing for its government (blind audit, round 95: CHEGOV in stories with no foreign
context). Two forms are read as such a name:

* "the <city>" closing its noun phrase: a city takes no article ("the Bern", "felt the Bern
  in Iowa"); with a noun after it the article is the noun's ("the Beijing government"), and a
  name that owns its article is matched with it ("The Hague");
* a familiar kinship title right before the city ("Grandpa Bern", "Uncle Paris").
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry

# familiar titles a nickname follows ("Grandpa Bern"); formal kinship words stay out
FAMILIAR = frozenset({
    "grandpa", "grandma", "granny", "gramps", "grandad", "granddad", "nana", "papa", "mama",
    "uncle", "aunt", "auntie", "aunty", "cousin",
})  # fmt: skip
# what may follow "the <city>" with the city still closing its noun phrase
_CLOSERS = frozenset({"PUNCT", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "ADV", "PART"})


def nickname_city(lk: Linker, entry: Entry, start: int, end: int) -> bool:
    """The one-word capital ``entry`` at ``start:end`` is a nickname or a slogan's word, not the
    place."""
    t = lk.t
    if end - start != 1 or start == 0 or not entry.capital:
        return False  # another city is only ever a place, coded no government
    if entry.key.lower().split(":")[-1].startswith("the "):
        return False  # "The Hague" owns its article
    before = t.lower[start - 1]
    if before in FAMILIAR and t.title[start - 1]:
        return True
    if before != "the":
        return False
    # "the Beijing government", "the Moscow-based group": the article is the noun's
    noun_after = end < len(t.text) and (
        t.pos[end] not in _CLOSERS or t.lower[end] in ("'s", "’s", "-")
    )
    # "the Washington, D.C.-based institute": a town and its state
    town_state = end + 1 < len(t.text) and t.text[end] == "," and t.text[end + 1][:1].isupper()
    return not (noun_after or town_state)  # "the Bern", "the Paris of South America"
