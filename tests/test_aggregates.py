"""The reads made cheap for the API under load give the answers the slow ones gave.

Each new query path (the network and the dyad's events deduplicated in SQL, quotes about an
actor filtered in the store, an article's facts in one statement) is compared, on DuckDB and
PostgreSQL, with the code it replaced, kept here as the reference, on a store of copies of
the seed-like articles whose dates overlap, part, repeat and go missing.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pandas as pd
import pytest

from dyads import analytics
from dyads.api_io import records
from dyads.database import Database
from dyads.records import Article
from dyads.store import open_store
from dyads.store.sql import SqlStore
from test_analytics import seed_like_articles


def _moved(day: str | None, days: int) -> str | None:
    return None if day is None else (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def copies() -> list[Article]:
    """The seed-like articles and copies of them: some on the same days (one event, several
    reports), some days or weeks later (overlapping or separate events), one without dates
    (its events dated by nothing: last in every order), one with a speaker's name changed, and
    one first in the frame's order with its events in reverse and scored otherwise (so which
    report of an event is kept shows)."""
    out = seed_like_articles()
    for number, days in enumerate([0, 0, 1, 3, 30, 30, 61, None, 2, 0]):
        for original in seed_like_articles():
            twin = copy.deepcopy(original)
            twin.id, twin.source = f"{original.id}-{number}", f"copy:{number}:{original.id}"
            shift = days or 0
            twin.published = None if days is None else _moved(original.published, shift)
            for fact in (*twin.events, *twin.quotes):
                if fact.date is not None:
                    if days is None:
                        fact.date = None
                    else:
                        fact.date.start = _moved(fact.date.start, shift) or fact.date.start
                        fact.date.end = _moved(fact.date.end, shift + number % 2) or fact.date.end
            if number == 8:
                for event in twin.events:
                    event.source.actor = f"{event.source.actor} (copy)"
            if number == 9:
                twin.id = f"a-{twin.id}"
                twin.events.reverse()
                for event in twin.events:
                    event.goldstein += 0.5
            out.append(twin)
    return out


@pytest.fixture
def db(store_url: str) -> Iterator[Database]:
    with open_store(store_url) as store:
        for article in copies():
            store.save_article(article)
    with Database(store_url) as database:
        yield database


# the code replaced, as it was ---------------------------------------------------------------
def old_network(store: SqlStore, since: str | None, until: str | None) -> pd.DataFrame:
    events = analytics.events_frame(store, since=since, until=until)
    events = events[events["source_code"].notna() & events["target_code"].notna()]
    columns = ["source", "target", "source_actor", "target_actor", "events", "goldstein_mean"]
    if events.empty:
        return pd.DataFrame(columns=columns)

    def most_common(values: pd.Series) -> str | None:
        counts = values.dropna().value_counts()
        return str(counts.index[0]) if len(counts) else None

    edges = (
        events.groupby(["source_code", "target_code"])
        .agg(
            source_actor=("source_actor", most_common),
            target_actor=("target_actor", most_common),
            events=("idx", "size"),
            goldstein_mean=("goldstein", "mean"),
        )
        .reset_index()
        .rename(columns={"source_code": "source", "target_code": "target"})
    )
    order = edges.sort_values(["events", "source", "target"], ascending=[False, True, True])
    return order[columns].reset_index(drop=True)


def old_dyad(store: SqlStore, a: str, b: str, freq: str) -> pd.DataFrame:
    first, second = analytics.as_spec(a), analytics.as_spec(b)
    labels = [f"{first.label}→{second.label}", f"{second.label}→{first.label}"]
    there = analytics.events_frame(store, source=first, target=second)
    there["direction"] = labels[0]
    back = analytics.events_frame(store, source=second, target=first)
    back["direction"] = labels[1]
    events = pd.concat([there, back], ignore_index=True)
    events = events.drop_duplicates(["article_id", "idx"]).sort_values(["event_date", "article_id"])
    return analytics.per_period(events, freq, "direction", labels, total="both")


def old_quotes(store: SqlStore, about: str, speaker: str | None) -> pd.DataFrame:
    """quotes_frame before the store filtered by ``about``: every quote, then pandas."""
    spec = analytics.as_spec(about)
    sql, about_params = spec.condition("m.code", "m.actor", "m.country")
    where, params = "", []
    if speaker is not None:
        cond, p = analytics.as_spec(speaker).condition("q.speaker_code", "q.speaker_actor")
        where = f" WHERE ({cond} OR lower(q.speaker_text) = ?)"
        params = [*p, " ".join(analytics.as_spec(speaker).label.split()).lower()]
    rows = store.query(
        "SELECT q.article_id, q.idx, q.kind, q.content, q.span_start, q.span_end, "
        "q.speaker_text, q.speaker_actor, q.speaker_code, q.cue, q.medium, q.addressee, "
        "COALESCE(q.date_start, a.published) AS quote_date, q.confidence, a.published, "
        "a.headline, a.url, EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id "
        f"AND m.span_start >= q.span_start AND m.span_end <= q.span_end AND {sql}) "
        "AS about_mention FROM quotes q JOIN articles a ON a.id = q.article_id" + where
        + " ORDER BY quote_date DESC, a.published DESC, q.article_id, q.idx",
        about_params + params,
    )  # fmt: skip
    frame = pd.DataFrame(rows, columns=analytics.QUOTE_COLUMNS)
    pattern = spec.pattern()
    named = frame["content"].map(lambda c: bool(pattern and pattern.search(c)))
    frame = frame[frame["about_mention"].astype(bool) | named.astype(bool)]
    who = frame["speaker_actor"].fillna(frame["speaker_text"]).fillna("")
    frame = frame.loc[~pd.DataFrame({"w": who, "c": frame["content"]}).duplicated()]
    frame = frame.drop(columns="about_mention")
    frame["quote_date"] = pd.to_datetime(frame["quote_date"])
    frame["published"] = pd.to_datetime(frame["published"])
    return frame.reset_index(drop=True)


def old_article(store: SqlStore, article_id: str) -> dict[str, Any] | None:
    from dyads.store.rows import article_record

    rows = store.query("SELECT * FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    by_id = [article_id]
    return article_record(
        rows[0],
        sources=store.query(
            "SELECT source FROM article_sources WHERE article_id = ? ORDER BY seen_at, source",
            by_id,
        ),
        mentions=store.query("SELECT * FROM mentions WHERE article_id = ? ORDER BY idx", by_id),
        quotes=store.query("SELECT record FROM quotes WHERE article_id = ? ORDER BY idx", by_id),
        events=store.query("SELECT record FROM events WHERE article_id = ? ORDER BY idx", by_id),
    )


def same(new: pd.DataFrame | list[dict[str, Any]], old: pd.DataFrame) -> None:
    """Equal as the API sends them (JSON text, so floats to the last digit)."""
    rows = new if isinstance(new, list) else records(new)
    assert json.dumps(rows, default=str) == json.dumps(records(old), default=str)


# the comparisons ----------------------------------------------------------------------------
WINDOWS = [(None, None), ("2023-12-27", None), (None, "2024-01-31"), ("2024-01-20", "2024-03-01")]


@pytest.mark.parametrize(("since", "until"), WINDOWS)
def test_the_network_is_the_one_pandas_computed(
    db: Database, since: str | None, until: str | None
) -> None:
    with db.store.reader() as store:
        old = old_network(store, since, until)
    assert len(old) > 0
    same(db.network(since, until), old)
    same(db.network_edges(since, until), old)


def test_the_network_of_an_empty_range_is_empty(db: Database) -> None:
    assert db.network("2030-01-01").empty
    assert db.network_edges("2030-01-01") == []
    assert list(db.network("2030-01-01").columns) == list(old_network(db.store, "2030-01-01", None))


@pytest.mark.parametrize(("a", "b"), [("ARM", "RUS"), ("RUS", "ARM"), ("NATO", "ARM")])
@pytest.mark.parametrize("freq", ["day", "week", "month", "year"])
def test_the_dyad_is_the_one_from_every_column(db: Database, a: str, b: str, freq: str) -> None:
    with db.store.reader() as store:
        old = old_dyad(store, a, b, freq)
    assert old["events"].sum() > 0
    new = db.dyad(a, b, freq)
    same(new, old)
    same(analytics.totals(new), analytics.totals(old))


@pytest.mark.parametrize(
    ("about", "speaker"),
    [("ARM", None), ("RUS", None), ("NATO", None), ("Sergei Lavrov", None), ("RUS", "ARM"),
     ("ARM", "RUS"), ("Nobody Known", None)],
)  # fmt: skip
def test_quotes_about_an_actor_are_the_ones_pandas_kept(
    db: Database, about: str, speaker: str | None
) -> None:
    with db.store.reader() as store:
        old = old_quotes(store, about, speaker)
    same(db.quotes(speaker=speaker, about=about), old)


def test_an_article_read_in_one_statement_is_the_one_read_in_five(db: Database) -> None:
    with db.store.reader() as store:
        ids = [row["id"] for row in store.query("SELECT id FROM articles ORDER BY id")]
        again = copies()[0]
        again.source = "elsewhere.txt"  # the same article seen again: a second source
        db.save(again)
        for article_id in [*ids, "no-such-id"]:
            assert db.article(article_id) == old_article(store, article_id)
    assert db.article("seed-like")["sources"] == ["seed-like.txt", "elsewhere.txt"]
