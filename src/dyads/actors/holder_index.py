"""The office-holder table's rows and its name index: folded full names, aliases, first + last
words and bare surnames -> row numbers (:mod:`dyads.actors.officeholders` looks names up in it).

Folding and splitting the 14,840 rows' names took about a third of a second of every
process's start (``benchmarks/startup.py``). ``data/actors/office_holders_index.json``, written
by ``python -m dyads.actors.build_officeholders index``, holds the index for the tables as they
are (a SHA-256 digest of both CSV files); a process reads it and makes a row's
:class:`~dyads.actors.officeholders.Holding` only when a lookup reaches it. When the tables
differ from the digest (edited without running the script) the index is built from them at
run time, as before; ``tests/test_officeholders.py`` fails meanwhile.

Source: ``data/actors/office_holders.csv`` (curated) and ``office_holders_phoenix.csv``
(Phoenix, MIT), in that order; row numbers count data rows from 0 across both.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
CURATED = DATA_DIR / "office_holders.csv"
PHOENIX = DATA_DIR / "office_holders_phoenix.csv"
INDEX = DATA_DIR / "office_holders_index.json"
TABLES = ("names", "short", "surnames")
# Countries whose people news calls by the first word of the name: family name first
# ("Xi Jinping" -> "Xi", "Yoon Suk Yeol" -> "Yoon") or the given name ("Prayut Chan-o-cha" ->
# "Prayut", "Anwar Ibrahim" -> "Anwar"). The ``surname`` column overrides it ("Joseph Wu").
FIRST_WORD = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "THA", "MYS"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "x"})
PARTICLES = frozenset({
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le",
    "al", "el", "bin", "ibn", "ben", "du", "ter", "zu",
})  # fmt: skip
_PUNCTUATION = re.compile(r"[\W_]+")
_LETTERS = str.maketrans({
    "ß": "ss", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ʻ": "", "ʼ": "",
    "’": "", "‘": "",
})  # fmt: skip
# a row: name, country, code, office, start, end, source, aliases, surname (CSV text)
Row = tuple[str, str, str, str, str, str, str, str, str]
Tables = dict[str, dict[str, list[int]]]  # table -> folded key -> row numbers, in row order


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


def first_last(key: str) -> str | None:
    """The first and last words of a folded name of three words or more, else None."""
    words = key.split()
    return f"{words[0]} {words[-1]}" if len(words) >= 3 else None


def aliases(row: Row) -> tuple[str, ...]:
    """A row's aliases (the ``|``-separated column, blanks dropped)."""
    return tuple(a for a in row[7].split("|") if a.strip())


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


def _parse(data: bytes) -> list[Row]:
    """The rows of one CSV file's bytes, columns as in :data:`Row` (``surname`` empty when the
    file has no such column)."""
    lines = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    at = {column: i for i, column in enumerate(next(lines, []))}
    pick = itemgetter(*(at[c] for c in ("name", "country", "code", "office", "start", "end",
                                         "source", "aliases")))  # fmt: skip
    surname = at.get("surname")
    if surname is None:
        return [(*pick(row), "") for row in lines]
    return [(*pick(row), row[surname]) for row in lines]


@cache
def table_rows() -> tuple[list[Row], str]:
    """The rows of both tables (curated first; a missing file has none) and the SHA-256 digest
    of the two files' bytes."""
    digest = hashlib.sha256()
    rows: list[Row] = []
    for path in (CURATED, PHOENIX):
        data = path.read_bytes() if path.exists() else b""
        digest.update(hashlib.sha256(data).digest())
        rows += _parse(data) if data else []
    return rows, digest.hexdigest()


def build_tables(rows: list[Row]) -> Tables:
    """The name index of ``rows``: ``names`` (folded full names and aliases), ``short`` (first
    + last word of a longer name or alias, where that is not itself one of the person's names)
    and ``surnames`` (bare surnames)."""
    tables: Tables = {table: {} for table in TABLES}
    names, short, last = (tables[t] for t in TABLES)
    person_keys: dict[tuple[str, str | None, tuple[str, ...], str], tuple[set[str], set[str]]] = {}
    for i, row in enumerate(rows):
        person = (row[0], row[1] or None, aliases(row), row[8])
        if person not in person_keys:
            person_keys[person] = _keys(*person)
        keys, last_keys = person_keys[person]
        for key in keys:
            names.setdefault(key, []).append(i)
            short_key = first_last(key)
            if short_key and short_key not in keys:
                short.setdefault(short_key, []).append(i)
        for key in last_keys:
            last.setdefault(key, []).append(i)
    return tables


def stored_tables(digest: str) -> Tables | None:
    """The index file's tables when it was written for tables with ``digest``, else None."""
    try:
        data = json.loads(INDEX.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("sources") != digest:
        return None
    return {table: data[table] for table in TABLES}


def write(path: Path = INDEX) -> int:
    """Write the index file for the tables as they are; returns the number of keys."""
    rows, digest = table_rows()
    tables = build_tables(rows)
    about = (
        "Written by `python -m dyads.actors.build_officeholders index` from office_holders.csv "
        "and office_holders_phoenix.csv (sources: SHA-256 of both): folded name -> row numbers."
    )
    parts = [f' "about": {json.dumps(about)},\n "sources": "{digest}"']
    for table in TABLES:
        body = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}"
                          for k, v in sorted(tables[table].items()))  # fmt: skip
        parts.append(f' "{table}": {{\n{body}\n }}')
    path.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")
    return sum(len(t) for t in tables.values())
