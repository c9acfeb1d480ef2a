"""Days a clause borrows from a time it is about: the time noun it hangs on ("a day in which
…", "the same year that …") and the past day told in a request's infinitive ("ordered the
ambassador to leave … on Wednesday"). Used by :func:`dyads.events.dates.event_date` when the
event's own clause names no date.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.clauses import in_clause, requested_act
from dyads.events.tense import DatedText
from dyads.records import DateSpan

__all__ = ["on_that_time", "past_day_of_a_request"]

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
