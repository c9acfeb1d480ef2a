"""How a deed is told: in the simple past, as done on the story's occasion, on a path of
simple-past clauses up to its sentence's root, outside quotation marks, not as a trend or in a
time frame of other occasions. Helper of :mod:`dyads.events.occasion`.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.tense import PERFECT, some_time_before
from dyads.nlp import doc_text

__all__ = ["quoted", "told_in_past", "verb_up"]


def verb_up(tok: Token) -> list[Token]:
    """The verb ``tok`` hangs off, then the verbs an infinitive or gerund complement hangs off:
    "began making their final pitches Monday" is told in the past (blind audit, round 108x: the
    lead's Monday was not read, and "Trump continued to question Cruz's temperament" took the
    publication day)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    verbs = [tok]
    while tok.dep_ == "xcomp" and tok.tag_ in ("VB", "VBG") and tok.head != tok:
        tok = tok.head
        verbs.append(tok)
    return verbs


def told_in_past(trigger: Token, heads: list[Token]) -> bool:
    """The deed is told as done, in the simple past, by clauses each in the simple past up to
    the sentence's root ("Sanders said Clinton was too friendly with Wall Street"): not a
    perfect ("has criticized"), a modal, a relative clause's background or words in quotes."""
    if quoted(trigger):
        return False
    if _trend(trigger) or any(_framed_by_other_times(head) for head in (trigger, *heads)):
        return False
    tok = heads[-1]
    while True:
        if _gerund_of_its_head(tok):
            pass  # "he spoke of his friendship before savaging Mrs. Clinton": its head's time
        elif tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            simple = tok.tag_ == "VBD" or any(a.tag_ == "VBD" and a.lower_ == "did" for a in aux)
            if not simple or any(a.lower_ in PERFECT or a.tag_ == "MD" for a in aux):
                return False
            if some_time_before(tok):
                return False
            if trigger.pos_ == "NOUN" and tok.lemma_ == "be":
                # "absent from the talk was any mention of the FBI's probe": a deed named in
                # what is said to be, not one done that day (own reading, seed 86)
                return False
        if tok.dep_ == "relcl":
            return False
        if tok.head == tok:
            return True
        tok = tok.head


# verbs that make a deed a trend over time: "over time, … again began to imprison journalists and
# critics" (blind audit, round 106: dated by the lead's Monday); going on is one only when a span
# or a repetition says so: "Trump continued to question Cruz's temperament" goes on on the
# occasion (round 108x: it took the publication day, the reviewer the lead's Monday)
_ASPECTUAL = frozenset({"begin", "start", "continue", "keep", "resume"})
_OVER_TIME = frozenset({"again", "gradually", "increasingly", "steadily", "slowly", "time",
                        "years", "months", "decades", "since"})  # fmt: skip


def _trend(trigger: Token) -> bool:
    """The deed is the complement of a verb of beginning, or of going on over a span of time: a
    trend, not a deed of the occasion."""
    tok = trigger.head if trigger.dep_ == "dobj" else trigger
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in _ASPECTUAL:
        return False
    verb = tok.head
    if verb.lemma_.lower() not in ("continue", "keep"):
        return True  # "began to imprison", "resumed detaining": a practice taken up
    words = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")}
    words |= {o.lower_ for c in verb.children if c.dep_ == "prep" for o in c.children}
    return bool(words & _OVER_TIME)


# a time frame of several or earlier occasions: "shunned Jimmy Carter during his recent trips to
# Israel" happened on those trips, not on the lead's Wednesday (blind audit, round 107)
_FRAME_PREPS = frozenset({"during", "throughout", "on", "in"})
_OTHER_TIMES = frozenset({"recent", "previous", "past", "earlier", "prior", "former", "last"})


def _framed_by_other_times(tok: Token) -> bool:
    """``tok`` has a time frame of its own that is no single day of the story: "during his
    recent trips", "throughout his previous visits", "on earlier occasions"."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FRAME_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "NOUN":
                continue
            earlier = any(c.lower_ in _OTHER_TIMES for c in obj.children if c.dep_ == "amod")
            if earlier and (obj.tag_ == "NNS" or prep.lower_ != "in"):
                return True
            if prep.lower_ in ("during", "throughout") and obj.tag_ == "NNS":
                return True
    return False


def _gerund_of_its_head(tok: Token) -> bool:
    """A bare gerund under a preposition or as an adverbial clause ("before savaging Mrs.
    Clinton", "citing statistics"): told in its head's tense (blind audit, round 104: Christie's
    speech took the publication day)."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("pcomp", "advcl")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children)
    )


def quoted(tok: Token) -> bool:
    """Inside quotation marks opened earlier in its paragraph (a quotation runs on across
    sentences: '"He would attack me," she said. "Sanders criticized me before.'...)."""
    text = doc_text(tok.doc)
    before = text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx]
    opened = before.count("\u201c") - before.count("\u201d")
    return opened > 0 or before.count('"') % 2 == 1
