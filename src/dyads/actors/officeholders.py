"""Dated office-holders: who held which office on a given day, as coded actors.

Data: ``data/actors/office_holders.csv`` (curated from public record: heads of state and of
government, foreign and defence ministers, main government spokespeople of every country, heads
of the main IGOs; US justices, prominent legislators, governors and party chairs) and
``data/actors/office_holders_phoenix.csv`` (converted from the Phoenix
dictionaries, MIT, by :mod:`dyads.actors.build_officeholders`); sources, columns and
conventions in ``data/actors/README.md``. Both are read once per process, with their name
index (:mod:`dyads.actors.holder_index`).

``holders("Blinken", date(2023, 5, 1))`` -> the USAGOV foreign minister holding;
``holders("Blinken", date(2026, 1, 1))`` -> ``[]``: outside a term a name is only a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from dyads.actors.given_names import common_surname
from dyads.actors.holder_index import (
    CURATED,
    DATA_DIR,
    PHOENIX,
    Row,
    Tables,
    build_tables,
    first_last,
    fold,
    stored_tables,
    table_rows,
)
from dyads.actors.memory import KnownActor

__all__ = ["CURATED", "DATA_DIR", "PHOENIX", "Holding", "ever_held", "fold", "holders", "holdings",
           "known_holder", "terms"]  # fmt: skip
COLUMNS = [
    "name", "aliases", "surname", "country", "code", "office", "start", "end", "precision",
    "verified_through", "source",
]  # fmt: skip
OFFICES = frozenset(
    {
        "head of state",
        "head of government",
        "foreign minister",
        "defence minister",
        "spokesperson",
        "IGO head",
        "candidate",  # a campaign for head of state or government, coded PTY
        "official",  # another post (named in ``source``), or one the source does not name
    }
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame"})


@dataclass(frozen=True, slots=True)
class Holding:
    """One term of one person in one office.

    ``code`` is a CAMEO-style actor code (``USAGOV``; defence ministers ``USAMIL``, as in
    ``roles.csv``; IGO codes as in ``igos.yaml``), ``country`` its ISO3 (None for an IGO),
    ``office`` one of :data:`OFFICES`, ``end`` None while the holder is in office at the table's
    last update, ``source`` where the row comes from.
    """

    name: str
    country: str | None
    code: str
    office: str
    start: date
    end: date | None
    source: str

    def holds_on(self, day: date) -> bool:
        """True when ``day`` is inside the term (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


class _Index:
    """The name index (:mod:`dyads.actors.holder_index`) over the table's rows; a row's
    :class:`Holding` is made when a lookup first reaches it."""

    def __init__(self, rows: list[Row], tables: Tables) -> None:
        self.rows = rows
        self.tables = tables
        self._made: dict[int, Holding] = {}

    def holding(self, i: int) -> Holding:
        made = self._made.get(i)
        if made is None:
            name, country, code, office, start, end, source = self.rows[i][:7]
            day = date.fromisoformat
            made = Holding(name, country or None, code, office, day(start),
                           day(end) if end else None, source)  # fmt: skip
            self._made[i] = made
        return made

    def find(self, table: str, key: str) -> tuple[Holding, ...]:
        """The holdings under ``key`` in ``table`` (names, short or surnames), in row order."""
        return tuple(self.holding(i) for i in self.tables[table].get(key, ()))

    def has(self, table: str, key: str) -> bool:
        return key in self.tables[table]


@cache
def _index() -> _Index:
    """The index of both tables, read from the index file when it fits them, else built."""
    rows, digest = table_rows()
    return _Index(rows, stored_tables(digest) or build_tables(rows))


def holdings() -> tuple[Holding, ...]:
    """Every row of the table (curated first, then Phoenix), loaded once per process."""
    index = _index()
    return tuple(index.holding(i) for i in range(len(index.rows)))


def holders(name: str, on: date | None) -> list[Holding]:
    """The holdings of the person called ``name`` in office on ``on``.

    ``name`` is a full name or alias (case-insensitive, accents folded, "Mr"/"Dr" and a
    possessive "'s" dropped, middle names optional when the first and last word match), or a
    bare surname when exactly one person (name and country) with that surname is in office on
    ``on``; a one-word name ("Lula", "Salman") counts as a surname, since one word is as
    ambiguous as one. A term includes both of its ends; an open end means still in office at
    the table's last update. With ``on=None`` all of the name's holdings are returned when they
    share one code, else ``[]``. Returns ``[]`` for an unknown name or a date outside every
    term: outside a term a name is only a name.
    """
    return list(_holders(name, on))


@lru_cache(maxsize=65536)
def _holders(name: str, on: date | None) -> tuple[Holding, ...]:
    hits, surname = _lookup(name)
    if on is None:
        return hits if len({h.code for h in hits}) == 1 else ()
    live = tuple(h for h in hits if h.holds_on(on))
    if surname and len({(h.name, h.country or "IGO") for h in live}) > 1:
        return ()
    return live


def _lookup(name: str) -> tuple[tuple[Holding, ...], bool]:
    """All the holdings of ``name`` whatever the day, and whether they matched a surname."""
    index = _index()
    words = fold(re.sub(r"[’']s$", "", name.strip())).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    key = " ".join(words)
    if len(words) == 1:  # a single word is as ambiguous as a surname, whatever it names
        both = index.find("names", key) + index.find("surnames", key)
        return tuple(dict.fromkeys(both)), True
    hits, surname = index.find("names", key) or index.find("short", key), False
    if not hits and (short := first_last(key)):
        hits = index.find("names", short) or index.find("short", short)
    if not hits:
        hits, surname = index.find("surnames", key), True
    return hits, surname


def terms(name: str, *, shared: bool = False) -> tuple[Holding, ...]:
    """Every term of the person called ``name`` whatever the day and code (a bare surname
    only when one person bears it, or, with ``shared``, of everyone who bears it)."""
    hits, surname = _lookup(name)
    return () if surname and not shared and len({h.name for h in hits}) > 1 else hits


def ever_held(name: str) -> bool:
    """Whether the table lists the person called ``name`` (a full name or alias, not a bare
    surname) in any office on any day."""
    hits, surname = _lookup(name)
    return bool(hits) and not surname


@lru_cache(maxsize=65536)  # a pure test of the static table, asked for every name ref
def _distinctive(name: str) -> bool:
    """A name the linker may take on the table's word alone: a full name or alias as listed,
    or a surname (or a name with its middle name left out) that belongs to one person in the
    whole table ("Blinken", not "Smith" or "Kim": a common name in the text is often someone
    else)."""
    index = _index()
    words = fold(re.sub(r"[’']s$", "", name.strip())).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    key = " ".join(words)
    if len(words) > 1 and index.has("names", key):
        return True
    last = words[-1] if words else ""
    people = {h.name for h in index.find("surnames", last)}
    return len(people) == 1


def _looked_up_on(name: str, published: str | None) -> tuple[bool, date | None]:
    """Whether ``name`` may be looked up (a distinctive name, a readable date) and the day."""
    try:
        on = date.fromisoformat(published) if published else None
    except ValueError:
        return False, None
    return _distinctive(name), on


def known_holder(name: str, published: str | None) -> KnownActor | None:
    """What the table knows of ``name`` on the publication day (YYYY-MM-DD; None: undated): the
    actor in office, as :class:`~dyads.actors.memory.KnownActor` (``source="officeholders"``),
    or None when the name holds no office then or holds offices under different codes, unless
    one of them is a campaign (:func:`_running`): outside a term a name is only a name."""
    ok, on = _looked_up_on(name, published)
    if not ok:
        return None
    if on is None and " " not in name.strip() and common_surname(name.strip()):
        # undated, a common surname alone could be anyone of any decade: "a man known as
        # Alonso" was a Spanish defence minister, "Yanez" an Ecuadorian official (blind
        # audit, round 13); "Lavrov" still answers
        return None
    found = _running(_holders(name, on))
    if not found or len({h.code for h in found}) != 1:
        return None
    held = found[0]
    country = held.country
    sector = held.code[3:6] if country and len(held.code) > 3 else None
    return KnownActor(
        name=held.name,
        code=held.code,
        country=country,
        sector=sector,
        role=None,  # the title the text gives wins; the office is in the table
        kind="person",
        first_seen=held.start.isoformat(),
        last_seen=held.end.isoformat() if held.end else None,
        source="officeholders",
    )


def _running(found: tuple[Holding, ...]) -> tuple[Holding, ...]:
    """A campaign wins over the person's other office that day: a senator running for
    president is reported as the candidate ("Sanders" in 2016 is ``USAPTY``, not ``USALEG``)."""
    if len({h.code for h in found}) < 2:
        return found
    return tuple(h for h in found if h.office == "candidate")


def former_country(name: str, published: str | None) -> str | None:
    """The country of a person the text calls a former office-holder ("former president Felipe
    Calderón" in 2016): the one country of all the name's terms in the table that had ended by
    the publication day (every term when undated). None for a name that is not distinctive, is
    in office that day, or held offices of several countries or an IGO's."""
    ok, on = _looked_up_on(name, published)
    if not ok:
        return None
    hits, _ = _lookup(name)
    if on is not None and any(h.holds_on(on) for h in hits):
        return None  # in office that day: the text's "former" is another office
    past = {h.country for h in hits if on is None or (h.end is not None and h.end < on)}
    return next(iter(past)) if len(past) == 1 and None not in past else None


_HEADS = frozenset({"head of state", "head of government"})


def heads_country(surname: str) -> str | None:
    """The one country whose heads of state or government (any day in the table) bear
    ``surname``: "Bush" is a US president's, so "the Bush administration" is the US
    government even when the bare name is no one person. None when no head or several
    countries' heads bear it."""
    hits, _ = _lookup(surname)
    countries = {h.country for h in hits if h.office in _HEADS}
    return next(iter(countries)) if len(countries) == 1 and None not in countries else None
