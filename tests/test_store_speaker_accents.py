"""``db.quotes(speaker=...)`` folds accents on both sides (blind audit, round 99: "Radoslaw"
did not find "Radosław"): the store's own spellings that fold to the name are matched
(:mod:`dyads.spellings`), on DuckDB and PostgreSQL alike (the PostgreSQL run skips without
``DYADS_TEST_POSTGRES``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dyads.database import Database
from dyads.records import Article, Cue, Quote, Speaker
from dyads.store import open_store

TEXT = (
    "WARSAW — “We will not be blackmailed,” said Radosław Sikorski on Monday.\n\n"
    "“Solidarity won,” Lech Wałęsa told reporters.\n\n"
    "“Peace is possible,” Jose Mujica said.\n"
)


def _quote(content: str, speaker: str) -> Quote:
    start = TEXT.index(content)
    at = TEXT.index(speaker)
    return Quote(
        "direct",
        content,
        (start, start + len(content)),
        Speaker(speaker, (at, at + len(speaker)), speaker, None),
        Cue("said", (at - 5, at - 1)),
    )


@pytest.fixture
def db(store_url: str) -> Iterator[Database]:
    article = Article(
        id="warsaw",
        source="warsaw.txt",
        text=TEXT,
        body=(0, len(TEXT)),
        headline="Warsaw",
        published="2016-01-05",
        language="en",
        quotes=[
            _quote("We will not be blackmailed,", "Radosław Sikorski"),
            _quote("Solidarity won,", "Lech Wałęsa"),
            _quote("Peace is possible,", "Jose Mujica"),
        ],
    )
    with open_store(store_url) as store:
        store.save_article(article)
    with Database(store_url) as database:
        yield database


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Radoslaw Sikorski", "Radosław Sikorski"),
        ("radoslaw  sikorski", "Radosław Sikorski"),
        ("Lech Walesa", "Lech Wałęsa"),
        ("José Mujica", "Jose Mujica"),
    ],
)
def test_a_speaker_is_found_without_or_with_accents(db: Database, typed: str, stored: str) -> None:
    found = db.quotes(speaker=typed)
    assert list(found["speaker_text"]) == [stored]


def test_an_other_name_is_not_found(db: Database) -> None:
    """Guard: folding drops accents, not letters ("Sikorsky" is someone else)."""
    assert db.quotes(speaker="Radoslaw Sikorsky").empty
