"""Named people the text knows only as someone's relative: private citizens (CVL).

"Tracy Martin, Trayvon's father,", "Khizr Khan, the father of a slain U.S. soldier", "the Gold
Star parents", "husband Marc Mezvinsky", "his first wife, Ivana Trump": a name with no title
that a kinship word introduces is a private person, coded as the project codes untitled
civilians elsewhere ("Mexicans" CVL, "a lawyer for Mr. Trump" USACVL): the country its own
words give ("a slain U.S. soldier"), else the article's clearly dominant one, else none
(blind audit, round 88: such people went uncoded); not in a story about organised crime, where
kin are as often the clan's members. What the office-holder table or the actor
memory knows of the person still wins (:func:`dyads.actors.coref._named`), and a title in the
phrase or in a "who" clause after it ("her husband, Jared Kushner, who had been serving as the
de facto campaign manager") leaves the person to the other rules. Used by
:mod:`dyads.actors.people`.
"""

from __future__ import annotations

from dyads.actors.appositions import KIN
from dyads.actors.context import Linker
from dyads.actors.officeholders import ever_held
from dyads.actors.places import crime_story
from dyads.actors.refs import PersonInfo

# kinship words beyond the apposition stop list's: "the Gold Star parents", "his fiancee"
_KIN = KIN | {"parents", "parent", "fiance", "fiancé", "fiancee", "fiancée", "stepfather",
              "stepmother", "sons", "daughters", "grandchild", "granddaughter", "grandson",
              "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law"}  # fmt: skip
# how far a kinship word may stand from the name, past "the", "his", "Trayvon's", "first"
_REACH = 5
# what ends the phrase of a kinship word after the name
_PHRASE_STOP = frozenset({",", ";", ".", "—", "–", "(", ")", ":", "“", "”", '"'})
_THEIR = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


def _kin_after(lk: Linker, end: int) -> tuple[int, int, int] | None:
    """The phrase of ", Trayvon's father," or ", 35, the daughter of …" right after a name
    ending at ``end`` (a comma, an age, then up to :data:`_REACH` words before the kinship
    word): its first token, its kinship word and its end, or None."""
    t, n = lk.t, len(lk.t.text)
    if end >= n or t.text[end] != ",":
        return None
    k = end + 1
    if k + 1 < n and t.text[k].isdigit() and t.text[k + 1] == ",":
        k += 2  # "Clinton, 35, the daughter of …"
    first = k
    while k < n and k - first < _REACH and t.sent[k] == t.sent[end]:
        word = t.lower[k]
        if word in _KIN:
            stop = k + 1
            while stop < n and t.text[stop] not in _PHRASE_STOP and stop - k < 12:
                stop += 1
            return first, k, stop
        if t.pos[k] in ("VERB", "AUX") or word in _PHRASE_STOP:
            return None
        if lk.role_cover[k] >= 0 and _possessive_after(lk, k) is None:
            return None  # "his son, Army Capt. Humayun Khan"; not "Senator Ted Cruz's wife"
        k += 1
    return None


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _possessive_after(lk: Linker, k: int) -> int | None:
    """The possessive mark after the name a title at ``k`` belongs to, right before a kinship
    word (", Senator Ted Cruz's wife": the senator's title, not the wife's), else None."""
    t, n = lk.t, len(lk.t.text)
    for j in range(k + 1, min(n, k + _REACH)):
        if t.lower[j] in _POSSESSIVES:
            return j if j + 1 < n and t.lower[j + 1] in _KIN else None
        if t.lower[j] in _PHRASE_STOP or t.pos[j] in ("VERB", "AUX"):
            return None
    return None


def kin_of_titled(lk: Linker, end: int) -> bool:
    """The name ending at ``end`` is followed by ", <title> <name>'s <kinship word>" ("Heidi
    Cruz, Senator Ted Cruz's wife"): the title is the relative's, not the person's (blind
    audit, round 108x: Heidi Cruz coded USALEG)."""
    after = _kin_after(lk, end)
    if after is None:
        return False
    first, kin, _ = after
    return any(lk.role_cover[k] >= 0 and _possessive_after(lk, k) == kin - 1
               for k in range(first, kin))  # fmt: skip


def _kin_before(lk: Linker, start: int) -> tuple[int, int] | None:
    """The phrase of "husband Marc Mezvinsky", "his wife, Jane", "Trump's daughter Ivanka"
    right before a name starting at ``start``: its span, or None."""
    t = lk.t
    k = start - 1
    if k >= 0 and t.text[k] == ",":
        k -= 1
    if k < 0 or t.lower[k] not in _KIN or t.sent[k] != t.sent[start]:
        return None
    if not t.text[k].islower():
        return None  # "Father Michael Pfleger", "Sister Simone Campbell": a religious title
    first = k
    while first > 0 and start - first < _REACH and (
        t.lower[first - 1] in _THEIR or t.tag[first - 1] == "POS" or t.pos[first - 1] == "ADJ"
        or (t.pos[first - 1] == "PROPN" and first >= 2 and t.tag[first] == "POS")
    ):  # fmt: skip
        first -= 1
    return first, k + 1


def _titled_after(lk: Linker, end: int) -> bool:
    """A "who" clause after the name gives the person a title: ", who had been serving as the
    de facto campaign manager"."""
    t, n = lk.t, len(lk.t.text)
    k = end
    while k < n and t.text[k] == ",":
        k += 1
    if k >= n or t.lower[k] != "who":
        return False
    for j in range(k + 1, min(n, k + 15)):
        if t.text[j] in _PHRASE_STOP:
            return False
        if _title_at(lk, j):
            return True
    return False


def private_person(
    lk: Linker, name: str, span: tuple[int, int], gender: str | None
) -> PersonInfo | None:
    """The person named at ``span`` as a private citizen, when a kinship word introduces the
    name and no title describes the person; None otherwise."""
    start, end = span
    if crime_story(lk):
        return None  # "Led by Arturo's brother Hector, the Beltran Leyvas": kin of a clan
    if ever_held(name):
        # "Clinton's husband, Bill Clinton": a past office-holder is no private citizen (round
        # 88 review, seed 65: USACVL, and so his later "former President Bill Clinton")
        return None
    if " " not in name.strip() and any(ever_held(f"{name} {s}") for s in lk.surnames):
        # "her husband, Bill,": a given name that with the family's surname is a past
        # office-holder (blind audit, round 92: USACVL)
        return None
    after = _kin_after(lk, end)
    if after is not None:
        first, kin, stop = after
        own = range(first, kin)  # the words about the person, before the kinship word
        if kin >= 1 and lk.t.lower[kin - 1] in _POSSESSIVES:
            own = range(kin, kin)  # "Senator Ted Cruz's wife": the words are the senator's
        if _titled_after(lk, stop):
            return None
    else:
        before = _kin_before(lk, start)
        if before is None:
            return None
        first, stop = before
        own = range(first, stop)
    if _titled_after(lk, end) or any(_title_at(lk, k) for k in own):
        return None  # "his son, Army Capt. Humayun Khan": a title says more
    return PersonInfo(
        name,
        sector="CVL",
        gender=gender,
        explicit=True,
        needs_country=True,
        home=_country_in(lk, first, stop),
    )


def _title_at(lk: Linker, k: int) -> bool:
    cover = lk.role_cover[k]
    return cover >= 0 and lk.role_at[cover][1].kind == "title"


def _country_in(lk: Linker, first: int, stop: int) -> str | None:
    """A country the kinship phrase names by its name ("a slain U.S. soldier"); a nationality
    word is the relative's, not the person's ("the son of Mexican immigrants")."""
    for k in range(first, stop):
        entry = lk.entry_at[k]
        if entry is not None and entry.kind == "country" and entry.country:
            return entry.country
    return None


# words that make "the <word> Clinton" a member of the family, not the Clinton named before
_NEW_MEMBER = frozenset({"newest", "youngest", "eldest", "oldest", "latest", "new", "next",
                         "future", "baby"})  # fmt: skip


def family_member(lk: Linker, i: int) -> bool:
    """ "The birth of the newest Clinton", "the youngest Kennedy": a surname after "the" and a
    word of age or arrival names an unnamed member of the family, not the person the article
    named with it (blind audit, round 88: a grandchild coded as Hillary Clinton)."""
    t = lk.t
    return i >= 2 and t.lower[i - 1] in _NEW_MEMBER and t.lower[i - 2] in ("the", "a", "another")
