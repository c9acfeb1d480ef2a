"""Clauses that share the time of the clause they hang off.

A "when"/"while"/"as" clause, a "where" clause on an occasion or a place reached, and a
relative clause told by the same doer happen at the time of what they hang off; a "when" clause
on a time the text does not date happens then, on no day the story gives.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.borrowed import marked_at_the_time
from dyads.events.clauses import in_clause
from dyads.events.tense import DatedText
from dyads.records import DateSpan

__all__ = ["at_an_undated_time", "same_doer", "simultaneous"]

# occasions a "where" clause happens at, on the occasion's day
_OCCASIONS = {"rally", "meeting", "summit", "conference", "ceremony", "speech", "event", "hearing",
              "debate", "forum", "session", "gathering", "dinner", "luncheon", "briefing",
              "convention", "interview", "visit", "talks", "fundraiser"}  # fmt: skip


def simultaneous(doc_dates: DatedText, top: Token) -> DateSpan | None:
    """A "when"/"while" clause without a date of its own happens at the time of the clause or
    the date it hangs off: "They met again in July 2008, when Obama was visiting Jerusalem";
    "relations soured during the 2012 race, when Romney traveled to Jerusalem" (blind audit,
    round 2: such events took the publication date)."""
    while top.dep_ == "conj" and top.head != top:
        top = top.head  # "when Obama had secured the nomination and was visiting Jerusalem"
    if top.dep_ not in ("advcl", "relcl") or top.head == top:
        return None
    where = (
        top.dep_ == "relcl"
        and (top.head.lemma_.lower() in _OCCASIONS or _reached_place(top))
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in top.children)
    )
    if where:
        # "On Sunday, he appeared at a Trump rally where he officially pledged his support":
        # the occasion's clause dates what happened there (blind audit, round 28)
        verb = top.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return in_clause(doc_dates, verb)
    if not marked_at_the_time(top):
        return None
    head = top.head
    for (start, end), when in doc_dates:
        if start <= head.idx < end:
            return when  # "in July 2008, when …"
    return in_clause(doc_dates, head)


_PERSONAL = frozenset({"he", "she", "they", "we", "i"})


def same_doer(doc_dates: DatedText, top: Token) -> DateSpan | None:
    """A simple-past relative clause whose subject pronoun is the doer of the clause it hangs
    off tells the same occasion: "he used his State of the Union address this year to call
    out the GOP field, who he accused of preying on anxieties" (blind audit, round 98: the
    accusation took the story's Friday)."""
    if top.dep_ != "relcl" or top.tag_ != "VBD":
        return None
    subject = next((c for c in top.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _PERSONAL:
        return None
    verb = top.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for _ in range(4):
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None:
            if doer.pos_ == "PRON" and doer.lower_ != subject.lower_:
                return None
            return in_clause(doc_dates, verb)
        found = in_clause(doc_dates, verb)
        if found is not None or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
            return found
        verb = verb.head
    return None


def _reached_place(top: Token) -> bool:
    """A simple-past "where" clause on a place a dated clause went to or was in: "Those
    negotiations moved on Sunday to China, where Kerry met Lavrov" (blind audit, round 95: dated
    by publication). A time word of its own ("where he later met") keeps it apart."""
    place = top.head
    if place.ent_type_ not in ("GPE", "LOC", "FAC") or place.dep_ != "pobj":
        return False
    if top.tag_ != "VBD" or any(c.dep_ == "aux" for c in top.children):
        return False
    return not any(c.dep_ in ("advmod", "npadvmod") and c.lower_ != "where" for c in top.children)


def at_an_undated_time(doc_dates: DatedText, top: Token) -> bool:
    """A "when" clause on a noun of a time the text does not date: "the start of the Armenian
    genocide, when Ottoman Turks killed 1.5 million Armenians" happened then, not on the
    publication day (blind audits, rounds 79 and 80); a named occasion ("the rally, when …") is
    still the story's."""
    head = top.head
    if _past_under_a_present(doc_dates, top):
        return True
    if top.dep_ != "relcl" or top.tag_ != "VBD" or head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in top.children):
        return False
    if head.lemma_.lower() in _OCCASIONS:
        return False
    inside = any(start <= head.idx < end for (start, end), _ in doc_dates)
    return not inside and in_clause(doc_dates, head) is None


def _past_under_a_present(doc_dates: DatedText, top: Token) -> bool:
    """A simple-past "as"/"when"/"while" clause under a clause in the present, with no date in
    either: "The back-and-forth is reminiscent of the months leading up to Clinton's testimony,
    as Democrats regularly attacked Republicans" happened then, not on the publication day (own
    reading, seed 100)."""
    head = top.head
    if top.dep_ != "advcl" or top.tag_ != "VBD" or not marked_at_the_time(top):
        return False
    if head.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in top.children):
        return False
    return in_clause(doc_dates, head) is None and in_clause(doc_dates, top) is None
