"""A company's or outlet's name as no actor of its own, and papers of one name in several
countries: "his Twitter account", "removed from Facebook" (a platform), "killed in a
McDonalds" (one of its shops), "the Wells Fargo Center" (a building), "El Universal" in a
story about Venezuela (Caracas's paper). Used by :mod:`dyads.actors.places` (moved from it in
round 85, when the last three were added).
"""

from __future__ import annotations

from dataclasses import replace

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry

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
    return start > 0 and t.lower[start - 1] == "from" and t.lemma[t.head[start - 1]] in _TAKE_OFF


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
