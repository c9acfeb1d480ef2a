"""Offices and events named as scenes, not actors: a seat of office won or sought ("win the
White House", "a White House bid"), a post sought ("a contender for the vice president's
position"), and a meeting named as when or where ("at the Democratic National Convention").
Used by :mod:`dyads.actors.places` and :mod:`dyads.actors.groups`; each rule from a
blind-audit round (``docs/AUDITS.md``). Split from :mod:`dyads.actors.scenes` in round 79.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.scenes import word_before

# winning, losing or seeking an office: "win the White House", "the race for the White House"
_OFFICE_VERBS = {"win", "lose", "take", "retake", "recapture", "capture", "seek", "keep",
                 "hold", "occupy", "regain", "reclaim"}  # fmt: skip
_OFFICE_RACES = {"race", "bid", "run", "campaign", "fight", "battle", "contest", "quest"}


def office_won(lk: Linker, start: int, end: int) -> bool:
    """ "wanted Trump to win the White House", "the race for the White House": the seat of
    an office named as the office itself, a prize, not the government acting (blind audit,
    round 74: USAGOV)."""
    t = lk.t
    last = end - 1
    head = t.head[last]
    if t.dep[last] == "dobj" and t.lemma[head] in _OFFICE_VERBS:
        return True
    if _bid_for(lk, start, end):
        return True
    j = word_before(lk, start)
    if j < 1 or t.lower[j] != "for":
        return False
    # "the constitutional standard for the presidency", "eligible for the presidency" (blind
    # audit, round 84: USAGOV)
    return t.lemma[t.head[j]].lower() in _OFFICE_RACES | _SEEKERS | _QUALIFYING


# what a seat of office names as a prize before it: "a White House bid"; not "campaign" or
# "fight" ("a White House campaign against smoking" is the government's)
_OFFICE_BIDS = {"bid", "run", "race", "hopeful", "hopefuls", "ambitions", "aspirations"}


def _bid_for(lk: Linker, start: int, end: int) -> bool:
    """ "I'd consider a future White House bid", "his White House run": the office sought
    (blind audit, round 76: USAGOV). By the word after the name (the parser may take "bid" for
    a verb) and a determiner that is not "the" ("the White House bid to pass the bill" is the
    government's)."""
    t = lk.t
    if end >= len(t.text) or t.lower[end] not in _OFFICE_BIDS:
        return False
    j = start - 1
    while j >= 0 and (t.pos[j] in ("ADJ", "NUM") or t.tag[j] == "POS"):
        j -= 1
    return j >= 0 and (t.lower[j] in ("a", "an") or t.tag[j] in ("PRP$", "POS"))


# an event, not a body: "at the Democratic National Convention"
_EVENT_HEADS = {"convention", "conference", "summit"}
_DURING = {"at", "in", "during", "throughout", "before", "after", "since"}
# verbs of a meeting taking place: what kicks off or wraps up is the event, not the body
_UNFOLDING = frozenset({"kick", "open", "begin", "start", "close", "end", "conclude", "wrap",
                        "convene", "unfold", "resume", "adjourn", "commence"})  # fmt: skip


def event_held(lk: Linker, start: int, end: int) -> bool:
    """ "spoke at the Democratic National Convention in Philadelphia": a meeting named as
    when or where something happens is an event, not the party or body holding it (blind
    audit, round 74: USAPTY). "The convention nominated Clinton" stays an actor. What is
    attended or sat through is the meeting, also by a short form ("attending the DNC", "sit
    through the DNC": round 90)."""
    t = lk.t
    if attended(lk, start, end):
        return True
    if t.lower[end - 1] not in _EVENT_HEADS or not t.title[end - 1]:
        return False
    if t.dep[end - 1] in ("nsubj", "nsubjpass") and t.lemma[t.head[end - 1]] in _UNFOLDING:
        return True  # "as the Republican National Convention kicked off" (round 98: USAPTY)
    j = word_before(lk, start)
    if j >= 1 and t.lower[j] == "of" and t.lower[t.head[j]] in _EVENT_TIMES:
        return True  # "the opening night of the Republican National Convention" (round 76)
    return j >= 0 and t.lower[j] in _DURING


# verbs of being present at a meeting; a body is not attended ("attending the DNC" is the
# convention, "the DNC said" the committee)
_ATTEND = frozenset({"attend", "skip", "boycott"})
# verbs whose "through" phrase is a stretch of time: "sit through the DNC"
_THROUGH = frozenset({"sit", "sleep"})


def attended(lk: Linker, start: int, end: int) -> bool:
    """The name at ``start``-``end`` is the object of a verb of attending ("attending the
    Democratic National Convention", "skipped the RNC") or of "sit through"."""
    t = lk.t
    last = end - 1
    if t.dep[last] == "dobj" and t.lemma[t.head[last]] in _ATTEND:
        return True
    # by the words before, as the parser may join a name ending a sentence to the next one
    j = word_before(lk, start)
    if j >= 0 and t.lemma[j] in _ATTEND:
        return True
    return j >= 1 and t.lower[j] == "through" and t.lemma[j - 1] in _THROUGH


# a part of an event's time: "on the opening night of the … Convention"
_EVENT_TIMES = {"night", "nights", "day", "days", "session", "sessions", "eve", "morning",
                "afternoon", "evening", "week", "opening", "close", "end", "start", "final",
                "sidelines"}  # fmt: skip


# what an office asks of those who seek it: "the constitutional standard for the presidency"
_QUALIFYING = frozenset({"standard", "qualification", "requirement", "criterion", "test",
                         "eligible", "eligibility", "ineligible", "qualified", "fit", "unfit",
                         "bar", "threshold", "path", "road", "nomination", "ticket"})  # fmt: skip


# a post named by its holder's title: "the vice president's position", "the governor's seat"
_POSTS = frozenset({"position", "post", "job", "seat", "slot", "spot", "role", "chair"})
# who or what seeks a post "for" it: "a contender for the vice president's position"
_SEEKERS = frozenset({"contender", "candidate", "frontrunner", "front-runner", "favorite",
                      "favourite", "pick", "choice", "shortlist", "finalist", "hopeful",
                      "vie", "compete", "apply", "nominate", "consider", "tap", "eye"}
                     | _OFFICE_RACES)  # fmt: skip


def post_sought(lk: Linker, last: int) -> bool:
    """ "a primary contender for the vice president's position", "to win the governor's seat":
    a title in the possessive before a post noun names the post sought or won, not its holder
    acting (blind audit, round 79: USAGOV). "The vice president's position on the deal" (a
    stance) and "the vice president's office said" (a body) stay the holder's."""
    t = lk.t
    n = len(t.text)
    if last + 2 >= n or t.tag[last + 1] != "POS" or t.lower[last + 2] not in _POSTS:
        return False
    post = last + 2
    head = t.head[post]
    if t.dep[post] == "dobj":
        return t.lemma[head] in _OFFICE_VERBS
    if t.dep[post] != "pobj" or t.lower[head] != "for":
        return False
    return t.lemma[t.head[head]].lower() in _SEEKERS


# what a legislature's name before it makes the seat sought: "the Senate race", "his House seat"
_SEAT_RACES = frozenset({"race", "races", "campaign", "campaigns", "bid", "run", "contest",
                         "primary", "primaries", "seat", "seats", "election", "elections",
                         "nomination", "candidacy", "hopeful", "hopefuls"})  # fmt: skip


def seat_race(lk: Linker, end: int) -> bool:
    """ "a central focus of the Senate campaign", "Florida's heated Senate race": a
    legislature's name (a role word of sector LEG ending at ``end``) right before a race noun
    names the seat sought, not the body acting (blind audit, round 88: USALEG)."""
    t = lk.t
    if end >= len(t.text) or end == 0 or t.lower[end] not in _SEAT_RACES:
        return False
    cover = lk.role_cover[end - 1]
    if cover < 0:
        return False
    role = lk.role_at[cover][1]
    return role.sector == "LEG" and role.kind == "org"


_PERSONAL = frozenset({"his", "her", "my", "your"})


def term_of(lk: Linker, start: int) -> bool:
    """ "too early in Lopez Obrador's presidency", "early in his presidency", "the Calderon
    presidency": an office a person owns is their term in it, a span of time, not the body
    acting (blind audit, round 95: MEXGOV). A country's ("Mexico's presidency") or a bare one
    ("the presidency said") stays the body."""
    t = lk.t
    j = start - 1
    while j >= 0 and t.pos[j] in ("ADJ", "NUM"):
        j -= 1  # "his first presidency", "his second term"
    if j < 0:
        return False
    if t.lower[j] in _PERSONAL:
        return True
    if t.tag[j] == "POS":
        j -= 1
    if j < 0 or t.pos[j] != "PROPN":
        return False
    if any(a <= j < b for a, b in lk.people) or t.text[j] in lk.surnames:
        return True
    k = j
    while k > 0 and t.pos[k - 1] == "PROPN":
        k -= 1
    known = lk.known(lk.text(k, j + 1))
    if known is not None:
        return known.kind == "person"
    # "the Calderon presidency": a name no gazetteer entry has, as the office's modifier
    return j == start - 1 and lk.entry_at[j] is None and k > 0 and t.lower[k - 1] == "the"


# a race for an office: "while he was running for governor", "a candidate for president"
_RACING = frozenset({"run", "campaign", "bid", "race", "candidate", "candidacy", "contender",
                     "hopeful", "stand"})  # fmt: skip


def run_for(lk: Linker, start: int, last: int) -> bool:
    """ "while he was running for governor of Arkansas": a bare title right after "for" that a
    race's verb or noun governs is the office sought, no one (blind audit, round 111:
    "governor" coded USAGOV). "campaigned for the governor" (a person) keeps its article."""
    t = lk.t
    if start < 2 or t.lower[start - 1] != "for" or t.dep[last] != "pobj":
        return False
    return t.head[last] == start - 1 and t.lemma[t.head[start - 1]].lower() in _RACING


# what makes a copular clause a question or a supposition, not a statement of who someone is
_SUPPOSING_MARKS = frozenset({"whether", "if"})
_SUPPOSING_MODALS = frozenset({"would", "could", "might", "may", "should", "'d", "’d"})
# "wants to be Clinton's running mate": a role wished for
_WISHING = frozenset({"want", "hope", "wish", "aspire", "seek", "dream", "aim", "yearn"})


def supposed_role(lk: Linker, last: int) -> bool:
    """ "pressed Warren on whether or not she would be Clinton's running mate": a title that is
    the predicate of a "be" a question or a supposition governs ("whether", "if", "would",
    "might") or a wish ("wants to be") is a role the subject might take, no one else (blind
    audit, round 114: "running mate" coded USAPTY). "Kaine is Clinton's running mate" states
    who he is and stays."""
    t = lk.t
    if t.dep[last] != "attr" or t.lemma[t.head[last]] != "be":
        return False
    verb = t.head[last]
    if t.dep[verb] == "xcomp" and t.lemma[t.head[verb]] in _WISHING:
        return True
    near = range(max(0, verb - 8), verb)
    return any(
        t.head[k] == verb
        and (
            (t.dep[k] == "mark" and t.lower[k] in _SUPPOSING_MARKS)
            or (t.dep[k] == "aux" and t.lower[k] in _SUPPOSING_MODALS)
        )
        for k in near
    )
