"""A deed a past head did in office: dated by the term the text's title points at.

"President Ronald Reagan … traded arms with Iran to secure their release", in a 2016 story,
happened while Reagan was president, not on the publication day (blind audit, round 110: dated
by publication and coded as a former head, USAELI). A deed told in the simple past with no date
of its own, by a person the sentence titles with a head's office ("President", "Prime
Minister", "Chancellor", not "former"), whom the office-holder table lists in that office only
before publication, is dated by that term (precision ``range``, basis ``text``); the coder then
codes the side with the office held then (:func:`dyads.events.tenure.at_event_date`). Data:
``data/actors/office_holders*.csv`` through :mod:`dyads.actors.officeholders`.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from dyads.actors.officeholders import known_holder, terms
from dyads.events.sides import Arg
from dyads.records import DateSpan

__all__ = ["in_office_then"]

_HEADS = frozenset({"head of state", "head of government"})
_TITLE = r"(?:President|Prime Minister|Premier|Chancellor)"


def in_office_then(
    arg: Arg, when: DateSpan | None, trigger: Token, published: str | None
) -> DateSpan | None:
    """``when``, or, for a deed of a past head titled by the office (module docstring), the
    term: ``DateSpan(start, end, "range", "President Ronald Reagan", "text")``. Only a date that
    fell back on publication (``basis: published``) is replaced; None stays None."""
    side = arg.side
    if when is None or when.basis != "published" or not published or not arg.person:
        return when
    if trigger.tag_ != "VBD" or not side.actor or side.sector != "ELI":
        return when
    if known_holder(side.actor, published[:10]) is not None:
        return when
    title = _titled(side.actor, trigger.sent.text)
    if title is None:
        return when
    held = [t for t in terms(side.actor) if t.office in _HEADS and t.end is not None]
    spans = {(t.start, t.end) for t in held}
    if len(spans) != 1:
        return when  # no head's term, or several: which one the deed was in, the text says not
    ((start, end),) = spans
    if end >= date.fromisoformat(published[:10]):
        return when
    return DateSpan(start.isoformat(), end.isoformat(), "range", title, "text")


def _titled(actor: str, sentence: str) -> str | None:
    """The words "President Ronald Reagan" (or "President Reagan") in ``sentence``, not after
    "former", "ex-" or "late"; else None."""
    surname = actor.split()[-1]
    names = "|".join(re.escape(n) for n in dict.fromkeys((actor, surname)))
    for found in re.finditer(rf"(?<![\w-]){_TITLE} (?:{names})\b", sentence):
        before = sentence[: found.start()].rstrip().lower()
        if not before.endswith(("former", "ex-", "ex", "late")):
            return found.group(0)
    return None
