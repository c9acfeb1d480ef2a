"""A deed dated by a part of a head's term: "in Obama's first year", "during his second term".

"Congress, which acted quickly in Obama's first year to bar him from moving Gitmo detainees"
happened in 2009, not on the publication day (blind audit, round 113). A clause of the event
whose "in"/"during" phrase names an ordinal part of a term, owned by a person the office-holder
table lists as one country's head of state or government, is dated by that part of the term
(precision ``range``, basis ``text``): the first or last year of it; the first or second term of
a US president (four years each, by the constitution's fixed term); the first N days, weeks or
months. Data: ``data/actors/office_holders*.csv`` through :mod:`dyads.actors.officeholders`.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from dyads.actors.officeholders import terms
from dyads.events.clauses import clause_heads
from dyads.events.index import MentionIndex
from dyads.records import DateSpan

__all__ = ["in_a_term"]

_HEADS = frozenset({"head of state", "head of government"})
_PREPS = frozenset({"in", "during", "throughout"})
_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_FIRST = frozenset({"first", "early", "opening"})
_LAST = frozenset({"last", "final", "closing"})


def in_a_term(
    index: MentionIndex, trigger: Token, when: DateSpan | None, published: str | None
) -> DateSpan | None:
    """``when``, or the part of a head's term the event's own clause names (module docstring)
    when ``when`` only fell back on publication (``basis: published``) or is None."""
    if when is not None and when.basis != "published":
        return when
    for head in clause_heads(trigger):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                found = _part(index, noun, published)
                if found is not None:
                    return found
    return when


def _part(index: MentionIndex, noun: Token, published: str | None) -> DateSpan | None:
    lemma = noun.lemma_.lower()
    if lemma not in _UNITS and lemma != "term":
        return None
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "advmod")}
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or not mods & (_FIRST | _LAST | {"second"}):
        return None
    mention = index[owners[0].i]
    if mention is None or not mention.actor:
        return None
    held = [t for t in terms(mention.actor) if t.office in _HEADS]
    spans = {(t.start, t.end, t.country) for t in held}
    if len(spans) != 1:
        return None  # no head's term, or several: which one, the text says not
    ((start, end, country),) = spans
    count = next((int(c.text) for c in noun.children if c.dep_ == "nummod" and c.text.isdigit()), 1)
    part: tuple[date, date] | None = None
    if lemma == "term" and country == "USA":
        nth = 1 if mods & _FIRST else 2 if "second" in mods else 0
        after = start + relativedelta(years=4 * nth) - timedelta(days=1)
        part = (start + relativedelta(years=4 * (nth - 1)), after) if nth else None
    elif lemma in _UNITS and mods & _FIRST:
        part = (start, start + relativedelta(**{_UNITS[lemma]: count}) - timedelta(days=1))
    elif lemma in _UNITS and mods & _LAST and end is not None:
        part = (end - relativedelta(**{_UNITS[lemma]: count}) + timedelta(days=1), end)
    if part is None or (published and part[0].isoformat() > published[:10]):
        return None
    if published and part[1].isoformat() > published[:10]:
        part = (part[0], date.fromisoformat(published[:10]))  # a deed told is done by then
    words = noun.doc[owners[0].left_edge.i : noun.i + 1].text
    return DateSpan(part[0].isoformat(), part[1].isoformat(), "range", words, "text")
