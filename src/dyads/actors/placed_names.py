"""Names the recogniser took for people that a place preposition or place word shows to be
places ("detained in Molenbeek"), and the people after such a preposition who stay people
("Then he cut into Jeb Bush": blind audit, round 95), and names of conditions ("Stockholm
Syndrome") that are no one. Moved from :mod:`dyads.actors.names` in
round 95, when that module grew past its size; run by :func:`dyads.actors.names.correct`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.given_names import is_given_name
from dyads.actors.refs import PLACE_WORDS
from dyads.actors.things import condition_words

# prepositions after which a name is a place, never a person ("detained in Molenbeek")
PLACE_PREPOSITIONS = {"in", "near", "outside", "inside", "throughout", "across", "into", "within"}


def places_are_not_people(lk: Linker) -> None:
    """A PERSON span after a place preposition ("detained in Molenbeek") or before a place
    word is an unknown place: no record, and no surname later; unless :func:`_person_after`.
    One that ends in a condition's word ("Stockholm Syndrome") is no one either."""
    t = lk.t
    keep = []
    conditions = condition_words()
    for start, end in lk.people:
        if end - start > 1 and t.lower[end - 1] in conditions:
            for i in range(start, end):
                lk.used[i] = True  # "the pastor had Stockholm Syndrome" (round 95: a person)
            continue
        before = t.lower[start - 1] if start > 0 else ""
        after = t.lower[end] if end < len(t.text) else ""
        possessive = end < len(t.text) and t.tag[end] == "POS"
        place_word = after in PLACE_WORDS or (
            start >= 2 and before == "of" and t.lower[start - 2] in PLACE_WORDS
        )
        if before in PLACE_PREPOSITIONS and not place_word and _person_after(lk, start, end):
            keep.append((start, end))  # "Then he cut into Jeb Bush" (blind audit, round 95)
            continue
        if (before in PLACE_PREPOSITIONS and not possessive) or place_word:
            for i in range(start, end):
                lk.used[i] = True  # an unknown place: no record, and no surname later
            continue
        keep.append((start, end))
    lk.people = keep


def _person_after(lk: Linker, start: int, end: int) -> bool:
    """A name after a place preposition is still a person's when the office-holder table
    knows it as one, or when "into" hangs on a verb and a given name opens it ("tore into Jeb
    Bush", "ran into Mary Ortiz") or it is the surname of a person named in full ("Then he cut
    into Bush"): no town is entered that way."""
    known = lk.known(lk.text(start, end))
    if end - start > 1 and known is not None and known.kind == "person":
        return True
    t = lk.t
    word = t.text[end - 1]
    named = end - start == 1 and any(b - a > 1 and t.text[b - 1] == word for a, b in lk.people)
    given = end - start > 1 and is_given_name(t.text[start])
    return (given or named) and t.lower[start - 1] == "into" and t.pos[t.head[start - 1]] == "VERB"
