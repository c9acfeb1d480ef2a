"""Days a clause borrows from a time it is about: the time noun it hangs on ("a day in which
…", "the same year that …") and the past day told in a request's infinitive ("ordered the
ambassador to leave … on Wednesday"). Used by :func:`dyads.events.dates.event_date` when the
event's own clause names no date.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from dyads.events.clauses import in_clause, requested_act
from dyads.events.tense import DatedText
from dyads.records import DateSpan

__all__ = [
    "after_the_last",
    "also_then",
    "at_the_time_of",
    "just_before",
    "marked_at_the_time",
    "on_that_time",
    "past_day_of_a_request",
    "points_back",
    "responds",
]

_TIME_NOUNS = frozenset({"day", "night", "morning", "afternoon", "evening", "week", "month",
                         "year"})  # fmt: skip


def _time_noun(top: Token) -> Token | None:
    """The time noun a clause is relative to: its head ("a day in which …"), or the noun just
    before its "that" when the parser hung the clause elsewhere ("in the same year that …")."""
    while top.dep_ in ("pcomp", "prep", "conj") and top.head is not top:
        top = top.head  # "a day in which she criticized X before also ripping Y"
    if top.dep_ == "relcl":
        noun = top.head
    else:
        # an adverbial "that" (a complement's is a "mark": "said Thursday night that …")
        marks = [c for c in top.children if c.lower_ == "that" and c.dep_ == "advmod"]
        if top.dep_ != "ccomp" or not marks or marks[0].i == 0:
            return None
        noun = top.doc[marks[0].i - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in _TIME_NOUNS else None


def on_that_time(doc_dates: DatedText, top: Token) -> DateSpan | None:
    """A relative clause on a time noun happens at that time, dated by the noun's own phrase
    or by the clause the noun is a time of: "told a crowd on Tuesday night, … following a day
    in which she … criticized the Republican", "ended in 2005, when she was dismissed in the
    same year that the government expelled the DEA agents" (blind audit, round 85: both were
    given the publication day or none)."""
    noun = _time_noun(top)
    if noun is None:
        return None
    for (start, end), when in doc_dates:
        if start <= noun.idx < end and when.basis == "text" and when.precision != "range":
            return when  # "the day, March 15, that …" is parsed into the date itself
    verb = noun.head
    for _ in range(4):  # up through "following a day", "after Arizona was called"
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        found = in_clause(doc_dates, verb) if verb.pos_ in ("VERB", "AUX") else None
        if found is not None or verb.dep_ not in ("advcl", "prep", "pcomp", "relcl"):
            return found
        verb = verb.head
    return None


_AT_THE_TIME = frozenset({"when", "while", "as"})


def marked_at_the_time(clause: Token) -> bool:
    """The clause opens with "when", "while" or "as"."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _AT_THE_TIME for c in clause.children)


def at_the_time_of(doc_dates: DatedText, top: Token) -> DateSpan | None:
    """A past clause with no date of its own happens at the time of its dated "when"/"while"
    clause: "Rubio defended Trump's remarks when the billionaire came under attack earlier this
    year" (blind audit, round 87: dated by the story's Thursday). ``top``: the head of the
    event's own clause."""
    verb = top if top.pos_ in ("VERB", "AUX") else top.head
    if verb.tag_ not in ("VBD", "VBN") or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "’ll") for c in verb.children
    ):
        return None
    for clause in verb.children:
        later = clause.dep_ == "advcl" and clause.i > verb.i
        if later and _past(clause) and marked_at_the_time(clause):
            return in_clause(doc_dates, clause)
    return None


_STEPS = {"day": "day", "month": "month"}
_NEXT = frozenset({"following", "next"})


def _step(head: Token) -> str | None:
    """ "The following month", "the next day", "a day later" hanging on the clause head."""
    for tok in head.children:
        if tok.dep_ != "npadvmod" and not (tok.dep_ == "advmod" and tok.lower_ == "later"):
            continue
        noun = (
            tok
            if tok.dep_ == "npadvmod"
            else next((c for c in tok.children if c.dep_ == "npadvmod"), None)
        )
        if noun is None or noun.lemma_.lower() not in _STEPS:
            continue
        words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det")}
        if words & _NEXT or (tok.lower_ == "later" and words & {"a", "one"}):
            return _STEPS[noun.lemma_.lower()]
    return None


def after_the_last(doc_dates: DatedText, top: Token, body_start: int) -> DateSpan | None:
    """A day or month told as the one after the last date the text named: "On May 8, … The
    following month, Venezuelan authorities captured Diego Rastrojo" is June (blind audit,
    round 88: no date). Only a text date of that precision or finer in the sentence just before
    counts (a chain of such steps is not followed); ``top`` is the head of the event's own
    clause."""
    step = _step(top)
    if step is None:
        return None
    sent = top.sent
    since = _sentence_before(top, body_start)  # the sentence just before names the date
    if since is None:
        return None
    before = [
        when for (start, _), when in doc_dates
        if since <= start < sent.start_char and when.basis == "text"
        and when.precision in (("day",) if step == "day" else ("day", "month"))
        and not when.start.startswith("--")
    ]  # fmt: skip
    if not before:
        return None
    last = date.fromisoformat(before[-1].start)
    if step == "day":
        day = (last + timedelta(days=1)).isoformat()
        return DateSpan(start=day, end=day, precision="day", text=None, basis="text")
    first = date(last.year + last.month // 12, last.month % 12 + 1, 1)
    end = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
    return DateSpan(start=first.isoformat(), end=end.isoformat(), precision="month", text=None,
                    basis="text")  # fmt: skip


def _pointing_back(top: Token) -> bool:
    """ "At the time", "at that time", "back then", "at that point" on the clause head."""
    for tok in top.children:
        if (
            tok.dep_ == "advmod"
            and tok.lower_ == "then"
            and any(c.lower_ == "back" for c in (*tok.children, top.doc[max(tok.i - 1, 0)]))
        ):
            return True
        if tok.dep_ != "prep" or tok.lower_ != "at":
            continue
        for noun in tok.children:
            dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
            own = any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children)
            if noun.lemma_.lower() in ("time", "point") and dets & {"the", "that"} and not own:
                return True
    return False


def points_back(top: Token) -> bool:
    """The clause points back to a time the text just named: "At the time, Sanders sided with
    Republicans" after a sentence about the 2007 bill (own reading, seed 69: dated by the
    story's Wednesday); :func:`just_before` gives that time."""
    return _pointing_back(top)


_RESPONSES = frozenset({"response", "reply", "retaliation", "return"})


def responds(top: Token) -> bool:
    """The clause answers what the sentence before told: "In response, the governor shot back
    at Garotinho" after "In a September 2 debate, Pezao came under fire from Garotinho" (blind
    audit, round 92: no date). An answer to a thing it names ("in response to the attack") is
    not read so."""
    for prep in top.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > top.i:
            continue
        for noun in prep.children:
            own = any(c.dep_ in ("prep", "relcl", "acl", "poss") for c in noun.children)
            if noun.lemma_.lower() in _RESPONSES and noun.dep_ == "pobj" and not own:
                return True
    return False


def _sentence_before(top: Token, body_start: int) -> int | None:
    """The character offset where the sentence just before ``top``'s starts (not before the
    body), or None at the text's first sentence."""
    sent = top.sent
    if sent.start == 0:
        return None
    prev = top.doc[sent.start - 1]
    while prev.is_space and prev.i > 0:
        prev = top.doc[prev.i - 1]
    return max(body_start, prev.sent.start_char)


def just_before(doc_dates: DatedText, top: Token, body_start: int) -> DateSpan | None:
    """The last date the text gives in the sentence just before ``top``'s, or None."""
    since = _sentence_before(top, body_start)
    end = top.sent.start_char
    before = [w for (start, _), w in doc_dates if since is not None and since <= start < end
              and w.basis == "text"]  # fmt: skip
    return before[-1] if before else None


def also_then(doc_dates: DatedText, top: Token, body_start: int) -> DateSpan | None:
    """A deed told as one more of the same time ("also", simple past, no date of its own) right
    after a sentence of the same paragraph whose main clause, in the simple past, the text dates:
    "In December 2014, it traded three Cuban spies for a Cuban who had worked as an American
    agent. Cuba also released Alan Gross, …" (blind audit, round 110: the publication day)."""
    if top.dep_ != "ROOT" or top.tag_ != "VBD" or top.sent.start == 0:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in top.children):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in top.children):
        return None
    doc = top.doc
    prev = doc[top.sent.start - 1].sent
    if prev.start_char < body_start or "\n" in doc.text[prev.start_char : top.sent.start_char]:
        return None  # the sentence before, in the same paragraph
    root = prev.root
    if root.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    found = in_clause(doc_dates, root)
    return found if found is not None and found.basis == "text" else None


def _past(verb: Token) -> bool:
    """Told in the past: "came", "was campaigning", "was attacked"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" if not aux else aux[0].lower_ in ("was", "were")


_DEADLINES = frozenset({"by", "until", "till", "before", "after", "within"})


def _timed(act: Token) -> bool:
    """The act has its own time: "within 72 hours", "by Friday", "immediately"."""
    return any(
        (c.dep_ == "prep" and c.lower_ in _DEADLINES) or c.lower_ in ("immediately", "forthwith")
        for c in act.children
    )


def past_day_of_a_request(
    doc_dates: DatedText, heads: list[Token], published: str | None
) -> DateSpan | None:
    """A day already past in the infinitive of a request told in the past dates the request
    when the infinitive has its own time already: "ordered the French ambassador to leave the
    country within 72 hours on Wednesday" (a new user's trial of the samples: dated by the
    publication day). Without one the day is the act's ("invited Lavrov to meet in Geneva on
    Monday": round 72), and so is a deadline ("to leave by Wednesday"). ``heads``: the
    trigger's clause heads, so that "…, accusing him of hostile remarks" is dated with the
    order it comes with."""
    if not published:
        return None
    comps = [
        c
        for head in heads
        if head.tag_ == "VBD" and requested_act(head)
        for c in head.children
        if c.dep_ == "xcomp" and _timed(c)
    ]
    for comp in comps:
        doc = comp.doc
        found = in_clause(doc_dates, comp)
        if found is None or found.basis != "text" or found.end > published:
            continue
        span = next(
            (doc.char_span(a, b, alignment_mode="expand") for (a, b), w in doc_dates if w is found),
            None,
        )
        if span is not None and span[0].head.lower_ not in _DEADLINES:
            return found
    return None
