"""The store: migrations, and articles stored with everything extracted, atomically."""

from __future__ import annotations

import pytest

from dyads.ingest import date_in_name
from dyads.records import (
    Article,
    Cue,
    DateSpan,
    Event,
    Evidence,
    Mention,
    Quote,
    Side,
    Speaker,
    to_dict,
)
from dyads.store import SaveResult, open_store
from dyads.store.base import migrations

TEXT = "Russia criticised Armenia. “We are concerned,” Lavrov said."


def _article() -> Article:
    lavrov = Speaker("Lavrov", (47, 53), "Sergei Lavrov", "RUSGOV")
    day = DateSpan("2023-12-28", "2023-12-28", "day", None, "published")
    return Article(
        id="a1",
        source="a1.txt",
        text=TEXT,
        body=(0, len(TEXT)),
        published="2023-12-28",
        mentions=[
            Mention("Russia", (0, 6), "Russia", "RUS", "RUS", None, None, "country"),
            Mention("Armenia", (17, 24), "Armenia", "ARM", "ARM", None, None, "country"),
        ],
        quotes=[
            Quote("direct", "We are concerned,", (28, 45), lavrov, Cue("said", (54, 58)), date=day)
        ],
        events=[
            Event(
                source=Side("Russia", (0, 6), "Russia", "RUS", "RUS", None),
                target=Side("Armenia", (17, 24), "Armenia", "ARM", "ARM", None),
                cameo="111",
                root="11",
                quad_class=3,
                goldstein=-2.0,
                plover="DISAPPROVE",
                date=day,
                negated=False,
                evidence=Evidence("Russia criticised Armenia.", (0, 26)),
            )
        ],
    )


def test_migrations_are_numbered_and_applied_once(store_url: str) -> None:
    versions = [version for version, _, _ in migrations()]
    assert versions == sorted(set(versions)) and versions[0] == 1
    for _ in range(2):
        store = open_store(store_url)
        assert store.schema_version() == versions[-1]
        store.close()


def test_article_round_trips_in_the_record_contract(store_url: str) -> None:
    store = open_store(store_url)
    try:
        article = _article()
        assert store.save_article(article) is SaveResult.STORED
        found = store.article("a1")
        expected = to_dict(article)
        for key in ("mentions", "quotes", "events", "body", "dateline", "published", "text"):
            assert found[key] == expected[key], key
        quote = found["quotes"][0]
        assert TEXT[quote["span"][0] : quote["span"][1]] == quote["content"]
        assert [store.count(t) for t in ("mentions", "quotes", "events")] == [2, 1, 1]
    finally:
        store.close()


def test_a_second_source_of_the_same_article_is_recorded_not_duplicated(store_url: str) -> None:
    store = open_store(store_url)
    try:
        first = _article()
        reprint = _article()
        reprint.source = "reprint.txt"
        assert store.save_article(first) is SaveResult.STORED
        assert store.save_article(reprint) is SaveResult.UNCHANGED
        assert store.article("a1")["sources"] == ["a1.txt", "reprint.txt"]
        assert store.count("events") == 1
    finally:
        store.close()


def test_a_failed_write_leaves_no_partial_article(store_url: str) -> None:
    store = open_store(store_url)
    try:
        broken = _article()
        broken.events[0].cameo = None  # type: ignore[assignment]  # violates NOT NULL
        with pytest.raises(Exception):  # noqa: B017 - any database error
            store.save_article(broken)
        assert not store.has_article("a1")
        assert store.count("mentions") == 0
    finally:
        store.close()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("armenia-lavrov-2023-12-28.txt", "2023-12-28"),
        ("/feeds/2024-02-30-story.txt", None),
        ("story-20231228.txt", None),
        ("feed.jsonl:3", None),
    ],
)
def test_date_in_file_name(name: str, expected: str | None) -> None:
    assert date_in_name(name) == expected
