"""The staff of a former office-holder are not the government: "the former vice president's
spokeswoman" in 2016 is no USAGOV (blind audit, round 110), though a bare spokeswoman's title
defaults to the government's. The person named by title only keeps no code; which sector a
former official's staff are, no rule can say. Named staff are handled when their principal is
linked (:func:`dyads.actors.principals.follow`).
"""

from __future__ import annotations

import re

from dyads.actors.officeholders import known_holder
from dyads.actors.principals import staff_title
from dyads.records import Mention

_POSSESSIVE = ("'s", "’s")
# "former congressional staffer": a junior staff post, no office; a president's former
# adviser or spokesman stays an elite (blind audit, round 61)
_FORMER_STAFF = re.compile(
    r"(?i)\b(?:former|ex-|onetime|one-time)\s*(?:[\w.'-]+\s+){0,2}?"
    r"(?:staffer|staff member|intern)\b"
)


def formers_staff(mentions: list[Mention], text: str) -> None:
    """Each staff title ("spokeswoman", "the congressman's longtime political adviser") whose
    possessor is the mention right before its possessive mark: uncoded when that is a former
    office-holder (ELI) or a named person no rule codes ("Bill Clinton's spokesman" in 2016),
    the possessor's code when it is a coded person (a congressman's adviser is the
    legislature's, not the government's; blind audit, round 110: USAGOV)."""
    by_end = {m.span[1]: m for m in mentions}
    for m in mentions:
        if m.kind != "person" or m.sector != "GOV" or not m.role:
            continue
        if not m.text.endswith(m.role) or not staff_title(m.role):
            continue
        j = len(text[: m.span[0]].rstrip())
        if text[j - 2 : j] not in _POSSESSIVE:
            continue
        owner = by_end.get(j - 2)
        if owner is None or owner.kind != "person":
            continue
        if owner.sector == "ELI" or (owner.code is None and owner.role is None):
            m.code = m.sector = None  # a former's, or a named person's no rule codes
        elif owner.code and owner.country and owner.sector:
            m.code, m.country, m.sector = owner.code, owner.country, owner.sector


def former_staffers(mentions: list[Mention], published: str | None) -> None:
    """A person the text calls a former staffer or aide ("former congressional staffer,
    Susannah Randolph") held no office: not the country's elite (ELI) the ``former`` rule
    makes of former office-holders, nor the body they once served; which sector they are now,
    no rule can say (blind audit, round 110: USAELI). One the office-holder table has in
    office that day keeps that office ("Rahm Emanuel, a former Obama aide" in 2014). Runs
    before the ``former`` rule."""
    staffers = {
        m.actor
        for m in mentions
        if m.kind == "person" and m.actor and m.role and _FORMER_STAFF.search(m.role)
        and not (published and known_holder(m.actor, published))
    }  # fmt: skip
    for m in mentions:
        if m.actor in staffers and m.kind == "person" and m.sector != "PTY":
            m.code = m.sector = None
