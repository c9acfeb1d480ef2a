"""Maintainer tool: convert the Phoenix actor dictionaries into ``office_holders_phoenix.csv``.

Source: the PETRARCH-2 / Phoenix dictionaries of the Open Event Data Alliance (MIT licence,
notice in ``data/actors/README.md``), ``Phoenix.Countries.actors.txt`` and
``Phoenix.International.actors.txt``: a name line, ``+`` alias lines, then ``[CODE YYMMDD-YYMMDD]``
terms (``>YYMMDD`` = from that date on, eight digits = YYYYMMDD). Run
``python -m dyads.actors.build_officeholders [PHOENIX_DIR]`` (default
``../shared/eval/reference/phoenix``); the dictionaries are not needed at run time. It rewrites
the name index ``office_holders_index.json`` too (:mod:`dyads.actors.holder_index`), which
``python -m dyads.actors.build_officeholders index`` rewrites alone after an edit of either
table.

What is kept: people (not bodies) with a dated term whose code is a country's government
(``CYPGOV``), defence ministry (``GOVMIL`` -> ``CYPMIL``), military or intelligence, or an IGO;
portfolio ministers (``GOVBUS``, ``GOVEDU`` ...) are left out. ``ELI`` (elite, out of office)
and undated codes are dropped: outside a term a name is only a name. Terms still open in the
source are closed at the source's last known date (:data:`AS_OF`, or the term's start if
later), with that date in ``verified_through``: the source says nothing after it. The source
names no office, so ``office`` is ``official``. Terms of people the curated
``office_holders.csv`` already has (same name or alias, same country, overlapping dates) are
left out, and one person's back-to-back terms under one code are joined.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dyads.actors.holder_index import INDEX
from dyads.actors.holder_index import write as write_index
from dyads.actors.officeholders import COLUMNS, CURATED, DATA_DIR, fold

# the shared evaluation data sits beside the repository (``../shared`` from its root)
PHOENIX_DIR = Path(__file__).resolve().parents[3].parent / "shared/eval/reference/phoenix"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
OUT = DATA_DIR / "office_holders_phoenix.csv"
# CountryInfo.140130.txt, the source of nearly all dated entries, was compiled on 2014-01-30.
AS_OF = date(2014, 1, 30)
# Kept sectors: the government as such (heads, foreign and interior ministers ... carry bare GOV
# in the source), defence ministers (GOVMIL, coded MIL as in roles.csv), the military and the
# intelligence services. Portfolio ministers (GOVBUS, GOVEDU, GOVHLH ...) are left out.
SECTORS = {"GOV": "GOV", "GOVMIL": "MIL", "MIL": "MIL", "SPY": "SPY"}
# Phoenix IGO codes that igos.yaml spells differently.
IGO_CODES = {"IGOUNODEVWBK": "IGOBUSWBK"}
# Words that start a name line or alias but are not part of the name.
TITLES = {
    "MR", "MRS", "MS", "DR", "SIR", "DAME", "LADY", "LORD", "BARON", "BARONESS", "JONKHEER",
    "PRESIDENT", "PRESIDENT-ELECT", "VICE", "VICE-PRESIDENT", "PRIME", "MINISTER", "PREMIER",
    "CHANCELLOR", "SENATOR", "GOVERNOR", "GOV", "SECRETARY", "SECRETARY-GENERAL", "GENERAL",
    "GEN", "KING", "QUEEN", "PRINCE", "PRINCESS", "SHEIKH", "SHEIK", "SHAIKH", "EMIR", "AMIR",
    "SULTAN", "AMBASSADOR", "COLONEL", "COL", "MARSHAL", "FIELD", "ADMIRAL", "CHAIRMAN", "LEADER",
    "DEPUTY", "FOREIGN", "DEFENSE", "DEFENCE", "US", "U.S", "UN", "U.N", "AMERICAN", "SOVIET",
    "COMMUNIST", "UNITED", "NATIONS", "STATES", "FORMER", "THE", "HIS", "HER", "MAJESTY",
    "HIGHNESS", "CROWN", "ACTING", "INTERIM", "EX", "EX-PRESIDENT", "MAJOR", "CAPTAIN", "LT",
}  # fmt: skip
# Words that make a name line a body, a title or a country, not a person.
NOT_PERSON = {
    "ADMINISTRATION", "GOVERNMENT", "REGIME", "ASSEMBLY", "AUTHORITY", "ISLANDS", "PARTY",
    "COUNCIL", "MINISTRY", "REPUBLIC", "COMMITTEE", "PARLIAMENT", "ARMY", "FORCES", "FORCE",
    "FRONT", "MOVEMENT", "UNION", "KINGDOM", "COURT", "AGENCY", "BANK", "OFFICE", "CABINET",
    "COMMISSION", "SECRETARIAT", "ORGANIZATION", "ORGANISATION", "FEDERATION", "CONGRESS",
    "SENATE", "JUNTA", "DIRECTORATE", "POLICE", "GUARD", "BRIGADE", "VOLKSKAMMER", "PRESIDENCY",
    "DEPARTMENT", "EMBASSY", "OF", "PRESIDENT", "MINISTER", "SECRETARY", "CHANCELLOR", "PREMIER",
}  # fmt: skip
PARTICLES = {"de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den",
             "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e", "du", "ter", "zu"}  # fmt: skip
TERM = re.compile(r"\[\s*([A-Z]{3,})\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*\]")


@dataclass
class Group:
    """One dictionary entry: its name lines, ``+`` aliases and ``[CODE dates]`` terms."""

    names: list[str] = field(default_factory=list)
    terms: list[tuple[str, str, str, str, str]] = field(default_factory=list)


def parse_date(text: str) -> date | None:
    """``YYMMDD`` (years below 30 are 20xx) or ``YYYYMMDD`` -> date; anything else -> None."""
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            return date(year + (2000 if year < 30 else 1900), int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def read_groups(path: Path) -> Iterator[Group]:
    """The entries of one Phoenix/TABARI ``.actors`` file, in file order."""
    group = Group()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("+"):
            group.names.append(line[1:].split("[", 1)[0].strip())
        elif not line.startswith("["):
            if group.terms:
                yield group
                group = Group()
            group.names.append(line.split("[", 1)[0].strip())
        group.terms.extend(TERM.findall(line))
    if group.names:
        yield group


def clean_name(raw: str) -> tuple[str, bool]:
    """A Phoenix name (``MR._BARACK_OBAMA_``) without titles, in title case, and whether a
    title was removed; ``""`` when it names a body rather than a person."""
    words = [w for w in re.split(r"[_\s]+", raw.strip().upper().replace("\t", " ")) if w]
    stripped = False
    while words and words[0].rstrip(".") in TITLES:
        words.pop(0)
        stripped = True
    if not words or any(w.rstrip(".,") in NOT_PERSON for w in words):
        return "", stripped
    if not all(re.fullmatch(r"[A-ZÀ-ÞĀ-ſ.'\-]+", w) for w in words):
        return "", stripped
    return " ".join(_case(w, i) for i, w in enumerate(words)), stripped


def _case(word: str, index: int) -> str:
    low = word.lower()
    if index and low in PARTICLES:
        return low
    if "." in low:
        return word  # initials: "A.R."
    parts = [p[:1].upper() + p[1:] for p in low.split("-")]
    out = "-".join(parts)
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    return out


def convert(group: Group, filename: str) -> list[dict[str, str]]:
    """The CSV rows for one entry: one per kept dated term."""
    names: list[str] = []
    for raw in group.names:
        name, stripped = clean_name(raw)
        if not name:
            continue
        if stripped and " " not in name and names:
            continue  # "PRESIDENT_OBAMA" -> "Obama": the surname index covers it
        names.append(name)
    names = [n for n in names if len(n) > 1]
    if not names or " " not in names[0]:
        return []
    canonical = names[0]
    aliases = [a for a in dict.fromkeys(names[1:]) if fold(a) != fold(canonical)]
    if any(fold(a) == fold(canonical.split()[-1]) for a in aliases):
        aliases = [a for a in aliases if fold(a) != fold(canonical.split()[-1])]
    rows = []
    for code, mark, single, start_s, end_s in group.terms:
        if code.startswith("IGO"):
            code = IGO_CODES.get(code, code)
            country = ""
        elif code[3:] in SECTORS:
            code, country = code[:3] + SECTORS[code[3:]], code[:3]
        else:
            continue
        if mark == "<" or not (single or start_s):
            continue
        start = parse_date(single or start_s)
        end = parse_date(end_s) if end_s else None
        if start is None or (end_s and (end is None or end < start)):
            continue
        verified = ""
        if end is None:
            end = max(AS_OF, start)
            verified = end.isoformat()
        rows.append(
            {
                "name": canonical,
                "aliases": "|".join(aliases),
                "surname": "",
                "country": country,
                "code": code,
                "office": "official",
                "start": start.isoformat(),
                "end": end.isoformat(),
                "precision": "month" if _month_span(start, end) else "day",
                "verified_through": verified,
                "source": f"phoenix:{filename}",
            }
        )
    return rows


def _month_span(start: date, end: date) -> bool:
    """True when a term runs from a month's first day to a month's last (CountryInfo's
    monthly snapshots), so only the months are known."""
    return start.day == 1 and (end + timedelta(days=1)).day == 1


def merge(terms: list[dict[str, str]]) -> list[dict[str, str]]:
    """One person's terms under one code with overlapping or back-to-back terms joined (the
    source lists a minister once per portfolio, and portfolios fold into one sector)."""
    out: list[dict[str, str]] = []
    for row in sorted(terms, key=lambda r: (r["start"], r["end"])):
        if out:
            last = out[-1]
            gap = date.fromisoformat(row["start"]) - date.fromisoformat(last["end"])
            if gap <= timedelta(days=1):
                if row["end"] > last["end"]:
                    last["end"], last["verified_through"] = row["end"], row["verified_through"]
                if row["precision"] != "day":
                    last["precision"] = row["precision"]
                if len(row["aliases"]) > len(last["aliases"]):
                    last["aliases"] = row["aliases"]
                continue
        out.append(dict(row))
    return out


def curated_spans() -> dict[tuple[str, str], list[tuple[date, date]]]:
    """(folded name or alias, country or code) -> terms in the curated table."""
    spans: dict[tuple[str, str], list[tuple[date, date]]] = {}
    if not CURATED.exists():
        return spans
    with CURATED.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            start = date.fromisoformat(row["start"])
            end = date.fromisoformat(row["end"]) if row["end"] else date.max
            where = row["country"] or row["code"]
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                spans.setdefault((fold(name), where), []).append((start, end))
    return spans


def build(source: Path = PHOENIX_DIR, out: Path = OUT) -> tuple[int, int]:
    """Write ``out``; returns (rows written, rows left out because the curated table has them)."""
    spans = curated_spans()
    rows: dict[tuple[str, str], list[dict[str, str]]] = {}
    covered = 0
    for filename in FILES:
        for group in read_groups(source / filename):
            for row in convert(group, filename):
                where = row["country"] or row["code"]
                start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
                names = [row["name"], *filter(None, row["aliases"].split("|"))]
                if any(
                    s <= end and start <= e
                    for n in names
                    for s, e in spans.get((fold(n), where), ())
                ):
                    covered += 1
                    continue
                rows.setdefault((fold(row["name"]), row["code"]), []).append(row)
    merged = [row for terms in rows.values() for row in merge(terms)]
    ordered = sorted(merged, key=lambda r: (r["country"] or "~", r["code"], r["name"], r["start"]))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(ordered)
    return len(ordered), covered


if __name__ == "__main__":
    if sys.argv[1:] != ["index"]:
        written, skipped = build(Path(sys.argv[1]) if len(sys.argv) > 1 else PHOENIX_DIR)
        print(f"wrote {written} rows to {OUT} ({skipped} terms left to the curated table)")
    print(f"wrote {write_index()} keys to {INDEX}")
