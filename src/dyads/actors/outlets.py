"""A company's or outlet's name as no actor of its own, and papers of one name in several
countries: "his Twitter account", "removed from Facebook" (a platform), "killed in a
McDonalds" (one of its shops), "the Wells Fargo Center" (a building), "El Universal" in a
story about Venezuela (Caracas's paper); a place's name before a newspaper's last word ("the
New York Post", "the Orlando Sentinel") is that place's paper. Used by
:mod:`dyads.actors.places` (moved from it in round 85, when the last three were added).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry, word_lists

# what a platform holds (blind audit, round 64: "his Twitter account" coded USABUS)
_PLATFORM_THINGS = frozenset({"account", "accounts", "page", "pages", "feed", "feeds", "post",
                              "posts", "profile", "timeline", "video", "videos", "handle",
                              "livestream", "story", "stories", "status", "group",
                              # its people: "Twitter users posted" (round 79: USABUS)
                              "user", "users", "follower", "followers"})  # fmt: skip
_TAKE_OFF = frozenset({"remove", "delete", "ban", "block", "suspend", "purge", "erase", "pull",
                       "scrub", "disappear", "vanish"})  # fmt: skip
# verbs of putting something on a platform: "posted the clip to YouTube" (round 92: USABUS)
_PUT_UP = frozenset({"post", "upload", "repost", "publish", "share", "stream", "livestream",
                     "broadcast", "tweet", "put"})  # fmt: skip


def platform(lk: Linker, start: int) -> bool:
    """A company's name as the platform its users write on: "his Twitter account", "a Facebook
    post", "removed from Facebook" (blind audit, round 64: each coded USABUS), "posted the
    clip to YouTube" (round 92)."""
    t = lk.t
    if start + 1 < len(t.text) and t.lower[start + 1] in _PLATFORM_THINGS:
        return True
    if start > 0 and t.lower[start - 1] in ("to", "onto"):
        head = t.head[start - 1]
        if t.dep[head] == "dobj":  # "posted the clip to YouTube", hung on the clip
            head = t.head[head]
        return t.lemma[head] in _PUT_UP
    if start > 0 and t.lower[start - 1] == "from" and t.lemma[t.head[start - 1]] in _TAKE_OFF:
        return True
    return _audience_across(lk, start)


# people a platform's audience is counted in: "14 million people between Instagram and …"
_AUDIENCES = frozenset({"people", "follower", "user", "fan", "subscriber", "viewer", "view",
                        "reader", "like"})  # fmt: skip


def _audience_across(lk: Linker, start: int) -> bool:
    """A platform (or a list of them) an audience is spread over: "I have almost 14 million
    people between Instagram and Facebook and Twitter", "followers across Facebook and
    YouTube" (blind audit, round 110: Instagram coded USABUS). "A deal between Facebook and
    Google" names two companies that act."""
    t = lk.t
    k, seen = start, 0
    while t.dep[k] == "conj" and t.head[k] < k and seen < 6:
        k, seen = t.head[k], seen + 1
    prep = t.head[k]
    if t.dep[k] != "pobj" or t.lower[prep] not in ("between", "across"):
        return False
    head = t.head[prep]
    if t.pos[head] in ("VERB", "AUX"):  # "has two million followers across …", hung on "has"
        objects = [j for j in range(head + 1, prep) if t.head[j] == head and t.dep[j] == "dobj"]
        head = objects[0] if objects else head
    return t.lemma[head].lower() in _AUDIENCES


def best_seller_list(lk: Linker, end: int) -> bool:
    """An outlet's name before "bestselling" names its list, not the outlet acting: "New York
    Times bestselling author Mitchell Zuckoff" (blind audit, round 92: USAMED)."""
    t = lk.t
    if end >= len(t.text):
        return False
    word = t.lower[end].replace("-", "")
    if word.startswith("bestsell"):
        return True  # "bestselling", "bestseller list"
    after = t.lower[end + 1] if end + 1 < len(t.text) else ""
    return word == "best" and after in ("-", "selling")  # "best-selling", "best selling"


_INSIDE = frozenset({"in", "at", "near", "outside", "inside", "into", "behind"})


# capitalised words that make a company's name a building's or a ground's ("Wells Fargo Center")
_SITES = frozenset({"center", "centre", "arena", "stadium", "field", "tower", "towers",
                    "plaza", "park", "hall", "building", "theater", "theatre", "dome",
                    "garden"})  # fmt: skip


def outlet_of(lk: Linker, start: int, end: int) -> bool:
    """ "killed in a McDonalds", "outside a Walmart": a company's name after a locative and
    "a" names one of its shops; "the Wells Fargo Center" a building named after it: a place."""
    t = lk.t
    if end < len(t.text) and t.title[end] and t.lower[end] in _SITES:
        return True
    return start >= 2 and t.lower[start - 1] in ("a", "an") and t.lower[start - 2] in _INSIDE


def namesake_outlet(lk: Linker, entry: Entry) -> Entry:
    """ "El Universal" in a story about Venezuela is Caracas's paper, not Mexico City's: a name
    papers of several countries bear is the article's main country's when it is one of them
    (round 85: coded MEXMED)."""
    countries = lk.gaz.outlets.get(entry.key)
    if not countries or lk.dominant not in countries or lk.dominant == entry.country:
        return entry
    country = lk.dominant
    return replace(entry, code=f"{country}MED", country=country)


@cache
def _mastheads() -> dict[str, frozenset[str]]:
    return word_lists("mastheads.yaml")


MASTHEAD_WORDS = 3  # at most this many words between a place and the paper's last word


def masthead_end(lk: Linker, end: int) -> int | None:
    """The end of a newspaper's name that a place ending at token ``end`` opens: a title-case
    run of at most :data:`MASTHEAD_WORDS` words, none of them the gazetteer's, closing on a
    masthead word ("New York| Post", "Tampa| Bay Times", "Dallas| Morning News"; blind audit,
    round 95). None when the place opens no such name."""
    t, n = lk.t, len(lk.t.text)
    words = _mastheads()
    heads = words["alone"] | words["after_place"]
    k = end
    while k < n and k - end < MASTHEAD_WORDS and t.title[k] and lk.entry_at[k] is None:
        k += 1
        if t.lower[k - 1] in heads and (k == n or not t.title[k] or lk.entry_at[k] is not None):
            return k
    return None


def masthead_name(lk: Linker, start: int, end: int) -> bool:
    """An unknown two- to four-word name closing on a word only papers end on ("Orlando
    Sentinel"), or on a paper's word after a place the gazetteer knows ("Arizona Republic"): a
    newspaper's, whatever the recogniser labelled it. Its country is that of the place it opens
    with, else the article's clearly dominant one. True when the media ref is made."""
    paper = _masthead(lk, start, end)
    if paper is None:
        return False
    country = paper or lk.clear_dominant
    code = f"{country}MED" if country else None
    lk.new_ref(
        start, end, kind="media", actor=lk.text(start, end), code=code, country=country,
        sector="MED", form="name",
    )  # fmt: skip
    return True


def papers_from_people(lk: Linker) -> None:
    """The recogniser's PERSON spans that are newspapers' names ("the Orlando Sentinel
    reported") become unknown organisations, for :func:`masthead_name` (round 95: a person)."""
    kept = []
    for start, end in lk.people:
        if _masthead(lk, start, end) is None:
            kept.append((start, end))
        else:
            lk.unknown.append((start, end, "ORG"))
    lk.people = kept


def _masthead(lk: Linker, start: int, end: int) -> str | None:
    """The country ("" when none is known) of the paper the name ``start:end`` is; None when
    it is no paper's name."""
    if not 2 <= end - start <= MASTHEAD_WORDS + 1:
        return None
    words = _mastheads()
    last = lk.t.lower[end - 1]
    place = None
    for stop in range(end - 1, start, -1):
        place = lk.gaz.lookup(lk.text(start, stop))
        if place is not None:
            break
    placed = place is not None and place.kind in ("city", "division", "country")
    if placed and place is not None and last in words["alone"] | words["after_place"]:
        return place.country or ""
    # no place known ("Orlando"): a paper takes an article ("the Orlando Sentinel"), a man
    # with a paper's word for a surname none ("Ted Times")
    if last in words["alone"] and start > 0 and lk.t.lower[start - 1] in ("the", "a", "an"):
        return ""
    return None
