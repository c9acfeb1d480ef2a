"""Country names that are part of an organisation's name, not the country: "Right to Rise
USA", "the National Democratic Party of Germany" (:func:`in_body_name`, used by
:mod:`dyads.actors.places`, moved from it in blind-audit round 84), "president of Students For
Life of America" (:func:`closes_org_name`, used by :mod:`dyads.actors.appositions`).
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import COMPASS

# the head nouns of a party's or movement's name: "the National Democratic Party of Germany"
_BODY_HEADS = frozenset({"party", "front", "movement", "alliance", "league", "union", "congress",
                         "coalition", "federation", "council"})  # fmt: skip


def in_body_name(lk: Linker, start: int) -> bool:
    """A country name that goes on an organisation's name: "Right to Rise USA", "Priorities USA
    Action" are political committees, not the United States (blind audit, round 24)."""
    t = lk.t
    if start >= 2 and t.lower[start - 1] == "of" and t.lower[start - 2] in _BODY_HEADS:
        # "the National Democratic Party of Germany": the party, not Germany (round 64)
        return t.text[start - 2][:1].isupper()
    if _cause_name(lk, start):
        return True  # "Campaign for an Independent and Neutral Switzerland" (round 114: CHE)
    if start == 0 or t.lower[start - 1] == "of" or not t.text[start - 1][:1].isupper():
        return False  # "Bank of Japan" is Japan's
    if _programme_name(lk, start):
        return True  # "Plan Secure El Salvador", "Plan Colombia" (blind audit, round 111: SLV)
    return any(end == start and label == "ORG" for _, end, label in lk.unknown) or _named_before(
        lk, start
    )


def _named_before(lk: Linker, start: int) -> bool:
    """A capitalised noun the recogniser left unnamed forms a compound name with the country
    after it, mid-sentence: "Priorities USA", "Transparency Venezuela" (blind audit, round 89:
    coded USA and VEN). A word it names ("Communist China": NORP), a compass word ("Southern
    Mexico") or a sentence's first word does not."""
    t = lk.t
    j = start - 1
    if j < 1 or t.pos[j] != "PROPN" or t.dep[j] != "compound" or t.ent[j] or lk.used[j]:
        return False
    if t.lower[j] in COMPASS or not t.text[j][1:].islower():
        return False
    return t.text[j - 1] not in (".", "!", "?", "\n", ":", '"', "“") and not t.text[j - 1].isspace()


def closes_org_name(lk: Linker, start: int) -> bool:
    """The country at ``start`` ends a name the recogniser took for an organisation up to the
    "of" before it ("Students For Life of" + "America", "Boy Scouts of" + "America"): the
    organisation's name goes on through the country, which is no actor of its own and not the
    country of a person who heads the body (blind audit, round 84: Kristan Hawkins, "president
    of Students For Life of America", coded USAGOV)."""
    t = lk.t
    if start < 2 or t.lower[start - 1] != "of":
        return False
    return any(
        end == start and label == "ORG" and begin < start - 1 for begin, end, label in lk.unknown
    )


@cache
def _programmes() -> frozenset[str]:
    return word_lists("not_acting.yaml")["programmes"]


def _programme_name(lk: Linker, start: int) -> bool:
    """The country at ``start`` ends a capitalised run of up to three words that opens with a
    programme's head word ("Plan Secure El Salvador", "Plan Colombia", "Operation Iraqi
    Freedom" for "Iraqi"): the programme's name, not the country."""
    t = lk.t
    for j in range(start - 1, max(-1, start - 4), -1):
        if not t.text[j][:1].isupper() or (t.text[j].isupper() and len(t.text[j]) > 1):
            return False
        if t.lower[j] in _programmes():
            return j == 0 or not t.text[j - 1][:1].isupper()
    return False


# the head words of a body named for its cause ("Campaign for a Free Cuba")
_CAUSE_HEADS = _BODY_HEADS | {"campaign", "committee", "foundation", "fund", "society",
                              "association", "friends", "network", "center", "centre"}  # fmt: skip
_CAUSE_WORDS = frozenset({"a", "an", "the", "and", "of"})


def _cause_name(lk: Linker, start: int) -> bool:
    """The country at ``start`` ends the name of a body named for a cause: a capitalised head
    word, "for", and capitalised words up to the country ("The advocacy group Campaign for an
    Independent and Neutral Switzerland, or AUNS": the group, not Switzerland; blind audit,
    round 114: CHE)."""
    t = lk.t
    j = start - 1
    while j >= 1 and (t.lower[j] in _CAUSE_WORDS or (t.title[j] and lk.entry_at[j] is None)):
        j -= 1
    if j < 1 or t.lower[j] != "for":
        return False
    return t.text[j - 1][:1].isupper() and t.lower[j - 1] in _CAUSE_HEADS
