"""Events dated only to a span longer than a period are in no period of a finer series.

A new user's trial (session 28): a dyad's monthly trend put every event the text dates only to
a year ("in 2014": 2014-01-01 to 2014-12-31) in January, a false January spike. The rule: an
event whose span crosses a period boundary at the series' grain (a year by month; a month by
week; a range of days across two months by month) is put in no period, counted apart
(``left_out``), and still counted in the totals, which are the same at every grain. Checked
on the Python API (``dyad``, ``alignment``), the ``dyad`` CLI, the HTTP API and the
dashboard's timeline.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dyads.analytics import left_out, totals
from dyads.api import create_app
from dyads.cli import app
from dyads.database import Database
from dyads.records import Article, DateSpan, Event, Evidence, Side
from test_analytics import fill

TEXT = (
    "Armenia and Russia, a Year in Review\n\n"
    "In 2014 Armenia criticised Russia.\n\n"
    "On January 15, 2014 Armenia praised Russia.\n\n"
    "In March 2014 Russia thanked Armenia.\n\n"
    "From May 20 to June 5, 2014 Armenia blamed Russia.\n\n"
    "On June 10, 2014 Russia attacked Armenia.\n\n"
    "On June 11, 2014 Armenia aided Russia.\n"
)
ARM_RUS, RUS_ARM = "ARM→RUS", "RUS→ARM"
# (cue, source, target, cameo, quad class, Goldstein, start, end, precision)
EVENTS = [
    ("criticised", "Armenia", "Russia", "111", 3, -2.0, "2014-01-01", "2014-12-31", "year"),
    ("praised", "Armenia", "Russia", "051", 1, 1.0, "2014-01-15", "2014-01-15", "day"),
    ("thanked", "Russia", "Armenia", "043", 1, 3.0, "2014-03-01", "2014-03-31", "month"),
    ("blamed", "Armenia", "Russia", "112", 3, -4.0, "2014-05-20", "2014-06-05", "range"),
    ("attacked", "Russia", "Armenia", "190", 4, -10.0, "2014-06-10", "2014-06-10", "day"),
    ("aided", "Armenia", "Russia", "070", 2, 7.0, "2014-06-11", "2014-06-11", "day"),
]
# Per grain: events in no period, per direction. By month the year-dated event and the range
# from May into June are left out; by week (and day) the month-dated one too; by year none.
LEFT_OUT = {
    "day": {ARM_RUS: 2, RUS_ARM: 1, "both": 3},
    "week": {ARM_RUS: 2, RUS_ARM: 1, "both": 3},
    "month": {ARM_RUS: 2, RUS_ARM: 0, "both": 2},
    "year": {ARM_RUS: 0, RUS_ARM: 0, "both": 0},
}
CODES = {"Armenia": ("ARM", "ARM"), "Russia": ("RUS", "RUS")}
runner = CliRunner()


def _article() -> Article:
    t = TEXT
    events = []
    for cue, source, target, cameo, quad, goldstein, start, end, precision in EVENTS:
        at = t.index(cue)
        left = t.rfind("\n", 0, at) + 1
        right = t.index("\n", at)
        sides = []
        for name, after in ((source, left), (target, at)):
            begin = t.index(name, after)
            code, country = CODES[name]
            sides.append(Side(name, (begin, begin + len(name)), name, code, country, None))
        when = DateSpan(start, end, precision, t[left:at].strip())  # type: ignore[arg-type]
        events.append(Event(sides[0], sides[1], cameo, cameo[:2], quad, goldstein, None, when,
                            False, Evidence(t[left:right], (left, right))))  # fmt: skip
    return Article(id="review-2014", source="review.txt", text=t, body=(t.index("In 2014"), len(t)),
                   headline="Armenia and Russia, a Year in Review", published="2014-12-30",
                   language="en", events=events)  # fmt: skip


@pytest.fixture
def store(store_url: str) -> str:
    fill(store_url, [_article()])
    return store_url


@pytest.fixture
def db(store: str) -> Iterator[Database]:
    with Database(store) as database:
        yield database


def _row(frame: pd.DataFrame, period: str, label: str, key: str = "direction") -> pd.Series:
    found = frame[(frame["period"] == pd.Timestamp(period)) & (frame[key] == label)]
    assert len(found) == 1, (period, label)
    return found.iloc[0]


def test_a_year_dated_event_is_no_january_spike(db: Database) -> None:
    monthly = db.dyad("ARM", "RUS", freq="month")
    january = _row(monthly, "2014-01-01", ARM_RUS)
    assert january["events"] == 1 and january["verbal_cooperation"] == 1  # only January 15
    assert january["verbal_conflict"] == 0  # "in 2014" is not January's
    # the range from May 20 to June 5 is neither May's nor June's
    assert _row(monthly, "2014-05-01", "both")["events"] == 0
    june = _row(monthly, "2014-06-01", "both")
    assert june["events"] == 2 and june["goldstein_sum"] == pytest.approx(-3.0)
    assert _row(monthly, "2014-03-01", RUS_ARM)["events"] == 1  # a month is one month
    assert int(monthly[monthly["direction"] == "both"]["events"].sum()) == 4


@pytest.mark.parametrize("freq", ["day", "week", "month", "year"])
def test_left_out_counts_per_direction_and_totals_count_all(db: Database, freq: str) -> None:
    frame = db.dyad("ARM", "RUS", freq=freq)
    assert left_out(frame) == LEFT_OUT[freq]
    in_rows = frame.groupby("direction")["events"].sum().to_dict()
    for label, left in LEFT_OUT[freq].items():
        assert in_rows[label] + left == {ARM_RUS: 4, RUS_ARM: 2, "both": 6}[label]
    whole = totals(frame).set_index("direction")
    assert whole.loc["both", "events"] == 6  # the same at every grain
    assert whole.loc[ARM_RUS, "events"] == 4 and whole.loc[RUS_ARM, "events"] == 2
    assert whole.loc["both", "goldstein_sum"] == pytest.approx(-5.0)
    assert whole.loc["both", "verbal_conflict"] == 2
    assert whole.loc["both", "goldstein_mean"] == pytest.approx(-5.0 / 6)
    assert db.dyad_totals("ARM", "RUS").set_index("direction").loc["both", "events"] == 6


def test_the_yearly_rows_hold_every_event(db: Database) -> None:
    yearly = db.dyad("ARM", "RUS", freq="year")
    assert _row(yearly, "2014-01-01", "both")["events"] == 6
    assert _row(yearly, "2014-01-01", ARM_RUS)["verbal_conflict"] == 2


@pytest.mark.parametrize(
    ("freq", "direction", "left", "january_net"),
    [("month", "out", 2, 1), ("week", "both", 3, 0), ("year", "out", 0, -1)],
)
def test_alignment_leaves_them_out_too(
    db: Database, freq: str, direction: str, left: int, january_net: int
) -> None:
    frame = db.alignment("ARM", ["RUS"], freq=freq, direction=direction)  # type: ignore[arg-type]
    assert left_out(frame) == {"RUS": left}
    if freq == "month":  # January 15's praise, not 2014's criticism
        assert _row(frame, "2014-01-01", "RUS", "partner")["net"] == january_net
    if freq == "year":  # every event of Armenia's toward Russia: 2 cooperations, 2 conflicts
        assert _row(frame, "2014-01-01", "RUS", "partner")["net"] == 0


@pytest.mark.parametrize(
    ("freq", "note"),
    [
        ("month", "2 events dated only to a longer span (a year, a month) are not in the "
                  "monthly rows; they count in the totals above and are in the yearly view"),
        ("week", "3 events dated only to a longer span (a year, a month) are not in the "
                 "weekly rows"),
        ("year", None),
    ],
)  # fmt: skip
def test_the_cli_says_how_many_are_left_out(store: str, freq: str, note: str | None) -> None:
    result = runner.invoke(
        app, ["dyad", "ARM", "RUS", "--db", store, "--freq", freq], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 0, result.output
    if note is None:
        assert "dated only to a longer span" not in result.stdout
    else:
        assert note in result.stdout
    both = next(line for line in result.stdout.splitlines() if line.strip("│ ").startswith("both"))
    assert both.split("│")[2].strip() == "6"  # the totals table counts every event


@pytest.fixture
def client(store: str) -> Iterator[TestClient]:
    with TestClient(create_app(store), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize("freq", ["week", "month", "year"])
def test_the_http_api_gives_the_count(client: TestClient, freq: str) -> None:
    dyad = client.get("/dyads/ARM/RUS", params={"freq": freq, "quotes": 0}).json()
    assert dyad["coarser"] == LEFT_OUT[freq]
    assert {t["direction"]: t["events"] for t in dyad["totals"]}["both"] == 6
    aligned = client.get("/alignment", params={"actor": "ARM", "partners": "RUS", "freq": freq})
    assert aligned.json()["coarser"] == {"RUS": LEFT_OUT[freq][ARM_RUS]}


@pytest.mark.parametrize("freq", ["week", "month", "year"])
def test_the_dashboard_timeline_leaves_them_out_and_counts_them(
    client: TestClient, freq: str
) -> None:
    found = client.get("/view/timeline", params={"a": "ARM", "b": "RUS", "freq": freq}).json()
    assert found["coarser"] == LEFT_OUT[freq]
    assert {t["direction"]: t["events"] for t in found["totals"]} == {
        ARM_RUS: 4, RUS_ARM: 2, "both": 6}  # fmt: skip
    both = next(t for t in found["totals"] if t["direction"] == "both")
    assert both["goldstein_mean"] == pytest.approx(-5.0 / 6)
    assert sum(p["events"] for p in found["periods"]) == 6 - LEFT_OUT[freq]["both"]
    if freq == "month":
        january = [p for p in found["periods"] if p["period"] == "2014-01-01"]
        assert [(p["direction"], p["events"]) for p in january] == [(ARM_RUS, 1)]


def test_one_empty_period_is_named_in_the_singular(store_url: str) -> None:
    """A new user's trial (session 29) read "1 days without events not shown"."""
    t = (
        "Two Days\n\nOn June 10, 2014 Russia attacked Armenia.\n\n"
        "On June 12, 2014 Armenia aided Russia.\n"
    )
    events = []
    for cue, source, target, cameo, quad, goldstein, day in (
        ("attacked", "Russia", "Armenia", "190", 4, -10.0, "2014-06-10"),
        ("aided", "Armenia", "Russia", "070", 2, 7.0, "2014-06-12"),
    ):
        at = t.index(cue)
        left, right = t.rfind("\n", 0, at) + 1, t.index("\n", at)
        sides = []
        for name, after in ((source, left), (target, at)):
            begin = t.index(name, after)
            code, country = CODES[name]
            sides.append(Side(name, (begin, begin + len(name)), name, code, country, None))
        when = DateSpan(day, day, "day", t[left:at].strip())
        events.append(Event(sides[0], sides[1], cameo, cameo[:2], quad, goldstein, None, when,
                            False, Evidence(t[left:right], (left, right))))  # fmt: skip
    fill(store_url, [Article(id="two-days", source="two.txt", text=t, body=(10, len(t)),
                             headline="Two Days", published="2014-06-13", language="en",
                             events=events)])  # fmt: skip
    result = runner.invoke(
        app, ["dyad", "ARM", "RUS", "--db", store_url, "--freq", "day"], env={"COLUMNS": "250"}
    )
    said = " ".join(result.stdout.split())
    assert "1 day without events not shown" in said, result.stdout
