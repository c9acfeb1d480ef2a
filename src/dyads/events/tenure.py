"""Event sides as they stood on the event's own date: the office a person held then.

The office-holder table codes a person as of the publication day; an event the text dates
years before is coded with the office held on its date (:func:`at_event_date`). Data:
``data/actors/office_holders*.csv`` through :mod:`dyads.actors.officeholders`.
"""

from __future__ import annotations

from dataclasses import replace

from dyads.actors.officeholders import known_holder
from dyads.events.sides import Arg
from dyads.records import DateSpan

__all__ = ["at_event_date"]


def at_event_date(arg: Arg, when: DateSpan | None, published: str | None) -> Arg | None:
    """The side as it stood on the event's own date, for a person coded by the office-holder
    table as of the publication day: the office held then ("in 2008, Clinton slammed Obama":
    two candidates, USAPTY, not the US government), or None when the table gives none then
    (blind audit, round 2: four events coded with an office held only later); a former holder
    (ELI) in the office held then, publication day or not. A side coded from the text's own
    words, or dated in the publication year, is kept as it is. Data:
    ``data/actors/office_holders*.csv``."""
    side = arg.side
    if not arg.person or when is None or when.basis != "text" or not side.actor:
        return arg
    if published and when.end[:4] >= published[:4]:
        return arg
    now = known_holder(side.actor, published[:10]) if published else None
    # a former office-holder ("former President Hugo Chavez": ELI) acted in the office held on
    # the event's date: "Chavez expelled the DEA in 2005" is the president's act, with or
    # without a publication day (blind audit, rounds 39-40: coded VENELI)
    former = now is None and side.sector == "ELI"
    if not former and (now is None or now.code != side.code):
        return arg  # the code came from the text's own words, not from the table
    # within the clause's time, the office held at its end, else at its start ("in 2008":
    # a candidate until June)
    then = known_holder(side.actor, when.end[:10]) or known_holder(side.actor, when.start[:10])
    if former and (then is None or then.code is None):
        return arg
    if then is None or then.code is None:
        return None
    if then.code == side.code:
        return arg
    recoded = replace(side, code=then.code, country=then.country, sector=then.sector)
    return replace(arg, side=recoded)
