"""Dated office-holders: who held which office on a given day, as coded actors.

Data: ``data/actors/office_holders.csv`` (curated from public record: heads of state and of
government, foreign and defence ministers, main government spokespeople of every country, heads
of the main IGOs) and ``data/actors/office_holders_phoenix.csv`` (converted from the Phoenix
dictionaries, MIT, by :mod:`dyads.actors.build_officeholders`); sources, columns and
conventions in ``data/actors/README.md``. Both are read once per process.

``holders("Blinken", date(2023, 5, 1))`` -> the USAGOV foreign minister holding;
``holders("Blinken", date(2026, 1, 1))`` -> ``[]``: outside a term a name is only a name.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from dyads.actors.memory import KnownActor

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
CURATED = DATA_DIR / "office_holders.csv"
PHOENIX = DATA_DIR / "office_holders_phoenix.csv"
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
# Countries whose people news calls by the first word of the name: family name first
# ("Xi Jinping" -> "Xi", "Yoon Suk Yeol" -> "Yoon") or the given name ("Prayut Chan-o-cha" ->
# "Prayut", "Anwar Ibrahim" -> "Anwar"). The ``surname`` column overrides it ("Joseph Wu").
FIRST_WORD = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "THA", "MYS"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "x"})
PARTICLES = frozenset({
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le",
    "al", "el", "bin", "ibn", "ben", "du", "ter", "zu",
})  # fmt: skip
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame"})
_PUNCTUATION = re.compile(r"[\W_]+")
_LETTERS = str.maketrans({
    "ß": "ss", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ʻ": "", "ʼ": "",
    "’": "", "‘": "",
})  # fmt: skip


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


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lower case, accents and apostrophes removed, other punctuation to spaces, initials
    joined: ``"Recep Tayyip Erdoğan"`` -> ``"recep tayyip erdogan"``, ``"J. D. Vance"`` ->
    ``"jd vance"``."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("'", "").replace("`", "")
    out: list[str] = []
    single = False
    for word in _PUNCTUATION.sub(" ", text).split():
        if single and len(word) == 1:
            out[-1] += word
        else:
            out.append(word)
            single = len(word) == 1
    return " ".join(out)


def surnames(name: str, country: str | None, given: str = "") -> set[str]:
    """Folded bare-surname keys of a canonical name: ``given`` (``|``-separated) when set, else
    the last word with the particles before it ("von der Leyen", "al-Sharaa" and "Sharaa";
    "Jr.", "III" skipped), or the first word for :data:`FIRST_WORD` countries."""
    if given:
        return {fold(s) for s in given.split("|") if s.strip()}
    words = fold(name).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()  # "Marcos Jr.", "Charles III" (a lone regnal name is no surname)
    if len(words) < 2:
        return set()
    if country in FIRST_WORD:
        return {words[0]}
    keys = {words[-1]}
    i = len(words) - 1
    while i > 1 and words[i - 1] in PARTICLES:
        i -= 1
        keys.add(" ".join(words[i:]))
    return keys


def _first_last(key: str) -> str | None:
    words = key.split()
    return f"{words[0]} {words[-1]}" if len(words) >= 3 else None


@dataclass(frozen=True, slots=True)
class _Index:
    holdings: tuple[Holding, ...]
    names: dict[str, tuple[Holding, ...]]  # folded full name or alias
    short: dict[str, tuple[Holding, ...]]  # first + last word of a longer name or alias
    surnames: dict[str, tuple[Holding, ...]]


def _read(path: Path) -> list[tuple[Holding, list[str], str]]:
    rows: list[tuple[Holding, list[str], str]] = []
    if not path.exists():
        return rows
    day = date.fromisoformat
    with path.open(encoding="utf-8", newline="") as handle:
        lines = csv.reader(handle)
        at = {column: i for i, column in enumerate(next(lines, []))}
        # plain rows by position: csv.DictReader made a dict per row (most of the read)
        name, country, code, office = at["name"], at["country"], at["code"], at["office"]
        start, end, source, aliases = at["start"], at["end"], at["source"], at["aliases"]
        surname = at.get("surname")
        for row in lines:
            ends = day(row[start]), day(row[end]) if row[end] else None
            holding = Holding(row[name], row[country] or None, row[code], row[office], *ends,
                              row[source])  # fmt: skip
            also = [a for a in row[aliases].split("|") if a.strip()]
            rows.append((holding, also, (row[surname] if surname is not None else "") or ""))
    return rows


def _keys(
    name: str, country: str | None, aliases: tuple[str, ...], surname: str
) -> tuple[set[str], set[str]]:
    """A person's folded name keys and bare-surname keys (from aliases too, except where the
    name order is not Western or the surname is given)."""
    keys = {fold(name), *(fold(a) for a in aliases)}
    last = surnames(name, country, surname)
    if not surname and country not in FIRST_WORD:
        for alias in aliases:
            last |= surnames(alias, country)
    return keys, last


@cache
def _index() -> _Index:
    names: dict[str, list[Holding]] = {}
    short: dict[str, list[Holding]] = {}
    last: dict[str, list[Holding]] = {}
    holdings = []
    person_keys: dict[tuple[str, str | None, tuple[str, ...], str], tuple[set[str], set[str]]] = {}
    for holding, aliases, surname in _read(CURATED) + _read(PHOENIX):
        holdings.append(holding)
        person = (holding.name, holding.country, tuple(aliases), surname)
        if person not in person_keys:
            person_keys[person] = _keys(*person)
        keys, last_keys = person_keys[person]
        for key in keys:
            names.setdefault(key, []).append(holding)
            first_last = _first_last(key)
            if first_last and first_last not in keys:
                short.setdefault(first_last, []).append(holding)
        for key in last_keys:
            last.setdefault(key, []).append(holding)

    def freeze(table: dict[str, list[Holding]]) -> dict[str, tuple[Holding, ...]]:
        return {key: tuple(value) for key, value in table.items()}

    return _Index(tuple(holdings), freeze(names), freeze(short), freeze(last))


def holdings() -> tuple[Holding, ...]:
    """Every row of the table (curated first, then Phoenix), loaded once per process."""
    return _index().holdings


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
    index = _index()
    words = fold(re.sub(r"[’']s$", "", name.strip())).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    key = " ".join(words)
    if len(words) == 1:  # a single word is as ambiguous as a surname, whatever it names
        both = index.names.get(key, ()) + index.surnames.get(key, ())
        hits, surname = tuple(dict.fromkeys(both)), True
    else:
        hits, surname = index.names.get(key) or index.short.get(key) or (), False
        if not hits and (first_last := _first_last(key)):
            hits = index.names.get(first_last) or index.short.get(first_last) or ()
        if not hits:
            hits, surname = index.surnames.get(key, ()), True
    if on is None:
        return hits if len({h.code for h in hits}) == 1 else ()
    live = tuple(h for h in hits if h.holds_on(on))
    if surname and len({(h.name, h.country or "IGO") for h in live}) > 1:
        return ()
    return live


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
    if len(words) > 1 and key in index.names:
        return True
    last = words[-1] if words else ""
    people = {h.name for h in index.surnames.get(last, ())}
    return len(people) == 1


def known_holder(name: str, published: str | None) -> KnownActor | None:
    """What the table knows of ``name`` on the publication day (YYYY-MM-DD; None: undated): the
    actor in office, as :class:`~dyads.actors.memory.KnownActor` (``source="officeholders"``),
    or None when the name holds no office then or holds offices under different codes: outside
    a term a name is only a name."""
    try:
        on = date.fromisoformat(published) if published else None
    except ValueError:
        return None
    if not _distinctive(name):
        return None
    found = _holders(name, on)
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
