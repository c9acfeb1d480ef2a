"""Titles read against the office-holder table's dates (blind audit, round 101).

* :func:`undated_title`: in an article with no date, the table's one code for a person is any
  of their terms, not the one of the day; a title of another sector the text gives them wins
  ("Jair Bolsonaro, currently the frontrunner in the presidential race" is BRAPTY, not the
  president he became).
* :func:`former_holder`: "the former secretary of state" is the person named just before whom
  the table lists in that office in a term ended by the publication day (Hillary Clinton in
  April 2016, a candidate), not a generic "American secretary of state" (USAELI);
* :func:`served_under_past_head`: "William J. Bennett, a Reagan education secretary" held the
  office under a head of state whose terms had all ended by the publication day: a former
  office-holder, an elite (ELI), not the government of 2016 (USAGOV).
"""

from __future__ import annotations

from datetime import date

from dyads.actors.context import Linker
from dyads.actors.memory import KnownActor
from dyads.actors.officeholders import terms
from dyads.actors.refs import PersonInfo, Ref

__all__ = ["former_holder", "served_under_past_head", "undated_title"]

_TRADES = frozenset({"BUS", "EDU", "CVL"})  # a trade never outranks the table
_FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time"})
_REACH = 3  # sentences back to the person a "former" description points at


def undated_title(linker: Linker, info: PersonInfo | None, known: KnownActor | None) -> bool:
    """The article has no date and gives the person a title of another sector than the
    office-holder table's one code for every term, of the table's country or of none."""
    if linker.published or info is None or known is None or known.source != "officeholders":
        return False
    if not info.explicit or info.sector is None or info.sector == known.sector:
        return False
    same_country = info.country is None or info.country == known.country
    return same_country and known.country is not None and info.sector not in _TRADES


def former_holder(linker: Linker, ref: Ref, history: list[Ref]) -> Ref | None:
    """The person a definite "the former <title>" describes: the nearest one named in the
    sentences just before whose term in an office of that title the table has ended before the
    publication day; None when the article is undated or no such person was named."""
    if ref.kind != "person" or ref.number != "sg" or not ref.role or not linker.published:
        return None
    words = set(linker.t.lower[max(0, ref.start - 1) : ref.end])
    if not words & _FORMER:
        return None
    try:
        day = date.fromisoformat(linker.published)
    except ValueError:
        return None
    title = ref.role.lower()
    for other in reversed(history):
        if other.sent < ref.sent - _REACH:
            return None
        if other.kind != "person" or other.form not in ("name", "surname") or not other.actor:
            continue
        if other.country not in (None, ref.country) and ref.country:
            continue
        if _held_before(other.actor, title, day):
            return other
    return None


def _held_before(name: str, title: str, day: date) -> bool:
    """The table has ``name`` in an office called ``title`` in a term ended before ``day``."""
    for held in terms(name):
        ended = held.end is not None and held.end < day
        if ended and (title == held.office or title in held.source.lower()):
            return True
    return False


_HEADS = frozenset({"head of state", "head of government"})


def served_under_past_head(role: str | None, published: str | None) -> bool:
    """The title ``role`` opens with the surname of a head of state or government whose terms,
    every one of them with that surname, had ended by the ``published`` day ("Reagan
    education secretary", "Bush administration official")."""
    words = (role or "").split()
    if len(words) < 2 or not words[0][:1].isupper() or not published:
        return False
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return False
    heads = [h for h in terms(words[0], shared=True) if h.office in _HEADS]
    return bool(heads) and all(h.end is not None and h.end < day for h in heads)
