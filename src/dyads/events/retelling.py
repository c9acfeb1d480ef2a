"""A deed the lead tells without a date and the next sentence tells again with its day.

News leads often report "Authorities in Mexico have arrested …" and date the arrest only in the
sentence after; :func:`retold` finds that retelling for :func:`dyads.events.dates.event_date`.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.clauses import in_clause
from dyads.events.lexicon import codes_of
from dyads.events.tense import DatedText
from dyads.records import DateSpan

__all__ = ["retold"]


def retold(doc_dates: DatedText, trigger: Token) -> DateSpan | None:
    """A deed told in the present perfect with no date ("Authorities in Mexico have arrested
    one of the last main leaders of the Knights Templar") and told again in the next sentence
    with its day ("Ignacio Renteria Andrade … was arrested … on June 21") takes that day (blind
    audit, round 64: the publication day). The retelling is the same verb or one of the same
    code ("have captured" then "arrested … on October 31": round 70), in the passive with a named
    subject, in the active with a named object, or with the same subject, in a clause that dates
    it."""
    if trigger.pos_ != "VERB" or not any(
        c.dep_ == "aux" and c.lower_ in ("have", "has") for c in trigger.children
    ):
        return None
    doc, end = trigger.doc, trigger.sent.end
    if end >= len(doc):
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    codes = codes_of(trigger.lemma_)
    for tok in doc[end].sent:
        if _retold_as_noun(tok, codes):
            # "announced the detention of seven soldiers": dated by the clause it is told in
            found = in_clause(doc_dates, tok.head)
            if found is not None and found.basis == "text" and found.precision == "day":
                return found
        if tok.tag_ not in ("VBD", "VBN"):
            continue
        if tok.lemma_ != trigger.lemma_ and not codes & codes_of(tok.lemma_):
            continue
        told = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if told is None:
            continue
        # "Ignacio Renteria Andrade, alias "El Cenizo," was arrested" ("alias" the subject);
        # "SENAD arrested the cell's leader Jair Jose dos Santos"
        if told.dep_ == "nsubjpass":
            named = any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in told.subtree)
        else:  # the parser may hang a foreign name anywhere after the verb ("dos Santos")
            named = any(t.ent_type_ == "PERSON" and t.i > tok.i for t in tok.subtree)
        same = subject is not None and told.dep_ == "nsubj" and told.lemma_ == subject.lemma_
        found = in_clause(doc_dates, tok) if named or same else None
        if found is not None and found.basis == "text" and found.precision == "day":
            return found
    return None


def _retold_as_noun(tok: Token, codes: frozenset[str]) -> bool:
    """ "the detention of seven soldiers" as what a verb of the retelling acts on, with the
    trigger's code."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return tok.head.pos_ == "VERB" and bool(codes & codes_of(tok.lemma_, noun=True))
