"""The dated office-holder table: who held which office on a day, as coded actors."""

from __future__ import annotations

import csv
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from dyads.actors import build_officeholders as build
from dyads.actors import holder_index, officeholders
from dyads.actors.officeholders import (
    COLUMNS,
    CURATED,
    DATA_DIR,
    OFFICES,
    PHOENIX,
    fold,
    holders,
    holdings,
)

# (name as a reporter writes it, day, expected code, expected office) -- None: no holding.
PEOPLE = [
    ("Antony Blinken", date(2023, 5, 1), "USAGOV", "foreign minister"),
    ("Tony Blinken", date(2021, 3, 1), "USAGOV", "foreign minister"),
    ("Antony Blinken", date(2026, 1, 1), None, None),
    ("Lloyd Austin", date(2022, 2, 24), "USAMIL", "defence minister"),
    ("Lloyd Austin", date(2025, 6, 1), None, None),
    ("Karine Jean-Pierre", date(2023, 1, 10), "USAGOV", "spokesperson"),
    ("Sergei Lavrov", date(2008, 8, 8), "RUSGOV", "foreign minister"),
    ("Sergei Shoigu", date(2022, 3, 1), "RUSMIL", "defence minister"),
    ("Sergei Shoigu", date(2024, 6, 1), None, None),
    ("Maria Zakharova", date(2023, 7, 1), "RUSGOV", "spokesperson"),
    ("Qin Gang", date(2023, 3, 1), "CHNGOV", "foreign minister"),
    ("Qin Gang", date(2023, 9, 1), None, None),
    ("Li Keqiang", date(2020, 5, 22), "CHNGOV", "head of government"),
    ("Liz Truss", date(2022, 10, 1), "GBRGOV", "head of government"),
    ("Liz Truss", date(2022, 11, 1), None, None),
    ("Ben Wallace", date(2022, 6, 1), "GBRMIL", "defence minister"),
    ("Angela Merkel", date(2015, 9, 5), "DEUGOV", "head of government"),
    ("Angela Merkel", date(2022, 1, 1), None, None),
    ("Olaf Scholz", date(2024, 7, 1), "DEUGOV", "head of government"),
    ("Dmytro Kuleba", date(2022, 3, 1), "UKRGOV", "foreign minister"),
    ("Dmytro Kuleba", date(2025, 1, 1), None, None),
    ("Jair Bolsonaro", date(2020, 6, 1), "BRAGOV", "head of state"),
    ("Jair Bolsonaro", date(2023, 6, 1), None, None),
    ("Yoav Gallant", date(2023, 10, 9), "ISRMIL", "defence minister"),
    ("Yoav Gallant", date(2025, 1, 1), None, None),
    ("Ebrahim Raisi", date(2022, 9, 1), "IRNGOV", "head of government"),
    ("Ebrahim Raisi", date(2024, 6, 1), None, None),
    ("Subrahmanyam Jaishankar", date(2023, 9, 9), "INDGOV", "foreign minister"),
    ("Fumio Kishida", date(2023, 5, 19), "JPNGOV", "head of government"),
    ("Fumio Kishida", date(2025, 1, 1), None, None),
    ("Muhammadu Buhari", date(2019, 1, 1), "NGAGOV", "head of state"),
    ("Muhammadu Buhari", date(2024, 1, 1), None, None),
    ("Cyril Ramaphosa", date(2023, 8, 22), "ZAFGOV", "head of state"),
    ("Nicolás Maduro", date(2019, 1, 23), "VENGOV", "head of state"),
    ("Anthony Albanese", date(2023, 3, 14), "AUSGOV", "head of government"),
    ("Nikol Pashinyan", date(2020, 10, 1), "ARMGOV", "head of government"),
    ("Ilham Aliyev", date(2023, 9, 20), "AZEGOV", "head of state"),
    ("António Guterres", date(2022, 4, 26), "IGOUNO", "IGO head"),
    ("Ban Ki-moon", date(2015, 9, 1), "IGOUNO", "IGO head"),
    ("Ban Ki-moon", date(2018, 1, 1), None, None),
    ("Jens Stoltenberg", date(2022, 6, 29), "IGOWSTNAT", "IGO head"),
    ("Jens Stoltenberg", date(2025, 2, 1), None, None),
    ("Mark Rutte", date(2025, 6, 24), "IGOWSTNAT", "IGO head"),
    ("Mark Rutte", date(2020, 1, 1), "NLDGOV", "head of government"),
    ("Ursula von der Leyen", date(2023, 1, 1), "IGOEUREEC", "IGO head"),
    ("Ursula von der Leyen", date(2017, 1, 1), "DEUMIL", "defence minister"),
    ("Kristalina Georgieva", date(2024, 4, 1), "IGOBUSIMF", "IGO head"),
    ("David Malpass", date(2021, 1, 1), "IGOBUSWBK", "IGO head"),
    ("David Malpass", date(2024, 1, 1), None, None),
    ("Moussa Faki Mahamat", date(2020, 2, 9), "IGOAFRAFU", "IGO head"),
    ("Helga Schmid", date(2022, 2, 1), "IGOEUROSC", "IGO head"),
    ("Stanislav Zas", date(2021, 6, 1), "IGOCASCST", "IGO head"),
    ("Roberto Azevêdo", date(2016, 1, 1), "IGOBUSWTO", "IGO head"),
]


@pytest.mark.parametrize(("name", "day", "code", "office"), PEOPLE)
def test_person_on_a_day(name: str, day: date, code: str | None, office: str | None) -> None:
    found = holders(name, day)
    if code is None:
        assert found == [], (name, day, found)
    else:
        assert (code, office) in {(h.code, h.office) for h in found}, (name, day, found)
        assert all(h.start <= day and (h.end is None or day <= h.end) for h in found)


def test_the_test_table_spans_people_countries_and_igos() -> None:
    assert len({name for name, *_ in PEOPLE}) >= 30
    codes = {code for *_, code, _ in PEOPLE if code}
    assert len({c[:3] for c in codes if not c.startswith("IGO")}) >= 15
    assert len({c for c in codes if c.startswith("IGO")}) >= 8
    assert {o for *_, o in PEOPLE if o} >= {
        "head of state", "head of government", "foreign minister", "defence minister",
        "spokesperson", "IGO head",
    }  # fmt: skip


def test_the_issue_example() -> None:
    assert [(h.code, h.office) for h in holders("Blinken", date(2023, 5, 1))] == [
        ("USAGOV", "foreign minister")
    ]
    assert holders("Blinken", date(2026, 1, 1)) == []


def test_bare_surname_when_one_holder_has_it() -> None:
    assert {h.name for h in holders("Zelenskyy", date(2023, 1, 1))} == {"Volodymyr Zelenskyy"}
    assert {h.code for h in holders("Lavrov", date(2016, 1, 1))} == {"RUSGOV"}
    assert {h.code for h in holders("Erdogan", date(2021, 1, 1))} == {"TURGOV"}
    # family name first: the first word is the surname ("Xi Jinping" -> "Xi")
    assert {h.name for h in holders("Xi", date(2020, 1, 1))} == {"Xi Jinping"}
    # the surname column overrides that ("Joseph Wu" -> "Wu")
    assert {h.code for h in holders("Wu", date(2020, 1, 1))} == {"TWNGOV"}
    # particles belong to the surname, and the bare last word works too
    assert {h.code for h in holders("von der Leyen", date(2022, 1, 1))} == {"IGOEUREEC"}
    assert {h.code for h in holders("al-Sharaa", date(2025, 3, 1))} == {"SYRGOV"}
    assert {h.code for h in holders("Sharaa", date(2025, 3, 1))} == {"SYRGOV"}


def test_surname_shared_by_holders_in_office_is_no_answer() -> None:
    assert holders("Kim", date(2020, 1, 1)) == []  # Kim Jong Un and Kim Tok-hun
    # two people called Pedro Sánchez in office in 2025: the full name gives both, honestly
    both = holders("Pedro Sanchez", date(2025, 6, 1))
    assert {h.code for h in both} == {"ESPGOV", "COLMIL"}
    assert holders("Sánchez", date(2025, 6, 1)) == []
    # one word names nobody in particular: King Salman and his son Mohammed bin Salman
    assert holders("Salman", date(2023, 1, 1)) == []
    assert {h.name for h in holders("Lula", date(2024, 1, 1))} == {"Luiz Inácio Lula da Silva"}


def test_accents_case_and_punctuation_are_folded() -> None:
    assert fold("Recep Tayyip Erdoğan") == fold("recep tayyip erdogan")
    assert fold("Sébastien Lecornu") == "sebastien lecornu"
    assert fold("J. D. Vance") == fold("JD Vance") == "jd vance"
    assert fold("Þórdís Kolbrún") == "thordis kolbrun"
    assert fold("Fiamē Naomi Mataʻafa") == "fiame naomi mataafa"
    day = date(2020, 1, 1)
    assert holders("Recep Tayyip Erdogan", day) == holders("RECEP TAYYIP ERDOĞAN", day)
    assert holders("Recep Tayyip Erdogan", day)
    assert {h.code for h in holders("Zoran Milanovic", date(2021, 1, 1))} == {"HRVGOV"}
    assert {h.code for h in holders("Mr Lavrov's", date(2021, 1, 1))} == {"RUSGOV"}


def test_middle_names_are_optional() -> None:
    assert {h.code for h in holders("Joseph Robinette Biden", date(2022, 1, 1))} == {"USAGOV"}
    assert {h.code for h in holders("Sergey Viktorovich Lavrov", date(2022, 1, 1))} == {"RUSGOV"}


def test_without_a_date_only_a_single_code_answers() -> None:
    assert {h.code for h in holders("Lavrov", None)} == {"RUSGOV"}
    assert len(holders("Vladimir Putin", None)) >= 4  # two presidencies, two premierships
    assert holders("Jean-Yves Le Drian", None) == []  # defence (FRAMIL), then foreign (FRAGOV)
    assert holders("Josep Borrell", None) == []  # Spain, then the EU
    assert holders("Nobody Atall", None) == []


def test_converted_phoenix_rows_answer_inside_their_terms_only() -> None:
    # Phoenix alone knows him: closed at the dictionary's date, since it says nothing after
    found = holders("Romain Schneider", date(2012, 1, 1))
    assert {(h.code, h.office) for h in found} == {("LUXGOV", "official")}
    assert found[0].source == "phoenix:Phoenix.Countries.actors.txt"
    assert holders("Romain Schneider", date(2016, 1, 1)) == []


def test_covers_190_countries_with_current_heads() -> None:
    iso3 = {row["iso3"] for row in csv.DictReader((DATA_DIR / "countries.csv").open())}
    curated = [h for h in holdings() if h.source.startswith("public record")]
    heads = {"head of state", "head of government"}
    countries = {h.country for h in curated if h.country and h.office in heads}
    assert len(countries & iso3) >= 190
    day = date(2025, 6, 30)
    current = {h.country for h in curated if h.office in heads and h.holds_on(day)}
    assert len(current & iso3) >= 190
    assert len({h.country for h in curated if h.office == "foreign minister"}) >= 120


IGO_HEADS = {
    "IGOUNO": ["UN Secretary-General"],
    "IGOEUREEC": [
        "President of the European Commission",
        "President of the European Council",
        "President of the European Parliament",
        "EU High Representative",
    ],
    "IGOWSTNAT": ["NATO Secretary General"],
    "IGOAFRAFU": ["African Union Commission"],
    "IGOSEAASN": ["ASEAN Secretary-General"],
    "IGOEUROSC": ["OSCE Secretary General"],
    "IGOCASCST": ["CSTO Secretary General"],
    "IGOBUSWTO": ["WTO Director-General"],
    "IGOBUSIMF": ["IMF Managing Director"],
    "IGOBUSWBK": ["World Bank President"],
}


@pytest.mark.parametrize("code", sorted(IGO_HEADS))
def test_igo_heads_through_november_2026(code: str) -> None:
    igo_codes = {entry["code"] for entry in yaml.safe_load((DATA_DIR / "igos.yaml").read_text())}
    assert code in igo_codes
    for post in IGO_HEADS[code]:
        for month in range(1, 12):
            day = date(2026, month, 1 if month < 11 else 30)
            live = [
                h
                for h in holdings()
                if h.code == code and h.office == "IGO head" and post in h.source
            ]
            assert any(h.holds_on(day) for h in live), (code, post, day)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@pytest.mark.parametrize("path", [CURATED, PHOENIX], ids=["curated", "phoenix"])
def test_rows_are_well_formed(path: Path) -> None:
    sectors = {row["sector"] for row in csv.DictReader((DATA_DIR / "sectors.csv").open())}
    igo_codes = {entry["code"] for entry in yaml.safe_load((DATA_DIR / "igos.yaml").read_text())}
    for row in read_rows(path):
        assert row["name"].strip() and row["office"] in OFFICES, row
        start = date.fromisoformat(row["start"])
        end = date.fromisoformat(row["end"]) if row["end"] else None
        assert end is None or start <= end, row
        assert row["precision"] in {"day", "month", "year"}, row
        assert row["source"].startswith(("public record: ", "phoenix:Phoenix.")), row
        if end is None:
            assert row["verified_through"], row  # an open term says how far it was checked
        if row["country"]:
            assert row["code"][:3] == row["country"] and row["code"][3:] in sectors, row
        elif path == CURATED:
            assert row["code"] in igo_codes, row
    assert sum(p.stat().st_size for p in (CURATED, PHOENIX)) < 2_000_000


def test_one_office_has_one_holder_at_a_time_unless_the_source_says_why() -> None:
    explained = ("acting", "suspended", "member", "co-president", "interim", "de facto",
                 "military", "council", "transitional", "caretaker")  # fmt: skip
    by_post: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for row in read_rows(CURATED):
        if row["office"] in {"spokesperson", "official", "candidate"} or row["precision"] != "day":
            continue
        post = row["source"].split(" (")[0]
        by_post.setdefault((row["country"] or row["code"], row["office"], post), []).append(row)
    clashes = []
    for rows in by_post.values():
        rows.sort(key=lambda r: r["start"])
        for a, b in pairwise(rows):
            a_end = date.fromisoformat(a["end"]) if a["end"] else date.max
            overlap = (a_end - date.fromisoformat(b["start"])).days
            why = (a["source"] + b["source"]).lower()
            if overlap > 7 and a["name"] != b["name"] and not any(w in why for w in explained):
                clashes.append((a["name"], a["start"], a["end"], b["name"], b["start"]))
    assert clashes == []


PHOENIX_SNIPPET = """\
# an entry written for this test, in the dictionaries' format
JANE_Q._ROE_  # CountryInfo.txt
+MINISTER_JANE_ROE_
+J._Q._ROE_
\t[XYZELI 19600101-030101]
\t[XYZGOV 030101-051231]
\t[XYZGOVBUS 060101-071231]
\t[XYZGOVMIL >080101]
XYZ_NATIONAL_ASSEMBLY_ [XYZLEG 900101-991231]
PRESIDENT_JOHN_DOE_
+JOHN_DOE_
\t[XYZGOV 900101-941231]
\t[XYZGOV 950101-981231]
"""


def test_phoenix_entries_become_dated_rows(tmp_path: Path) -> None:
    source = tmp_path / "sample.actors.txt"
    source.write_text(PHOENIX_SNIPPET, encoding="utf-8")
    rows = [row for group in build.read_groups(source) for row in build.convert(group, "x.txt")]
    roe = [r for r in rows if r["name"] == "Jane Q. Roe"]
    # ELI (out of office) and a portfolio ministry (GOVBUS) are dropped; GOVMIL is the MIL sector
    assert [(r["code"], r["start"], r["end"]) for r in roe] == [
        ("XYZGOV", "2003-01-01", "2005-12-31"),
        ("XYZMIL", "2008-01-01", build.AS_OF.isoformat()),
    ]
    assert roe[0]["precision"] == "month" and roe[0]["verified_through"] == ""
    assert roe[1]["verified_through"] == build.AS_OF.isoformat()  # open term, closed at its date
    assert "J. Q. Roe" in roe[0]["aliases"].split("|")
    assert not any("Assembly" in r["name"] for r in rows)  # a body, not a person
    doe = build.merge([r for r in rows if r["name"] == "John Doe"])
    assert [(r["start"], r["end"]) for r in doe] == [("1990-01-01", "1998-12-31")]


def test_phoenix_dates_and_names() -> None:
    assert build.parse_date("090120") == date(2009, 1, 20)
    assert build.parse_date("780101") == date(1978, 1, 1)
    assert build.parse_date("19060101") == date(1906, 1, 1)
    assert build.parse_date("2004017") is None
    assert build.clean_name("MR._BARACK_OBAMA_") == ("Barack Obama", True)
    assert build.clean_name("KOSOVO_ASSEMBLY")[0] == ""


@pytest.mark.skipif(not build.PHOENIX_DIR.exists(), reason="Phoenix dictionaries not present")
def test_committed_phoenix_table_is_what_the_script_builds(tmp_path: Path) -> None:
    out = tmp_path / "phoenix.csv"
    build.build(build.PHOENIX_DIR, out)
    assert out.read_text(encoding="utf-8") == PHOENIX.read_text(encoding="utf-8")


def test_committed_name_index_is_the_tables_index() -> None:
    rows, digest = holder_index.table_rows()
    assert holder_index.stored_tables(digest) == holder_index.build_tables(rows), (
        "stale: run python -m dyads.actors.build_officeholders index"
    )


def test_tables_the_index_file_does_not_fit_are_indexed_at_run_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stored = officeholders._index()
    expected = [holders(name, day) for name, day, _, _ in PEOPLE]
    digest = holder_index.table_rows()[1]
    assert holder_index.stored_tables("an edited table") is None
    monkeypatch.setattr(holder_index, "INDEX", Path("no such index.json"))
    assert holder_index.stored_tables(digest) is None
    officeholders._index.cache_clear()
    officeholders._holders.cache_clear()
    try:
        built = officeholders._index()
        assert built is not stored and built.tables == stored.tables
        assert [holders(name, day) for name, day, _, _ in PEOPLE] == expected
    finally:
        officeholders._index.cache_clear()
        officeholders._holders.cache_clear()
