"""Shared fixtures: the evaluation folder (skipped when absent) and the spaCy model."""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from dyads.records import spoken

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
# Base URL of a PostgreSQL database the tests may create schemas in (set by .ci/run).
POSTGRES_URL = os.environ.get("DYADS_TEST_POSTGRES")
BACKENDS = ["duckdb", "postgres"]
SEED_TEXT = SHARED / "corpus" / "seed" / "armenia-lavrov-2023-12-28.txt"
SEED_GOLD = SHARED / "eval" / "seed" / "armenia-lavrov-2023-12-28.gold.json"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: evaluation data not available")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED_TEXT.is_file():
        pytest.skip("seed article not available")
    return SEED_TEXT


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_TEXT.is_file():
        pytest.skip("seed article not available")
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    if not SEED_GOLD.is_file():
        pytest.skip("seed gold annotation not available")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    from dyads.config import load_settings
    from dyads.nlp import load_model

    return load_model(load_settings().spacy_model)


@pytest.fixture(scope="session")
def mentions_of():
    """Actor mentions of a text, as the actors stage finds them (published 2016-07-27 unless
    given)."""
    from dyads.actors import find_mentions
    from dyads.events.sentences import load_nlp

    model = load_nlp()

    def run(text: str, published: str = "2016-07-27") -> list[Any]:
        return find_mentions(model(text), published=published)

    return run


@pytest.fixture(scope="session")
def events_at():
    """The events the actors, quotes and events stages find in a text published on a day, with
    the pipeline's own model (entity windows, actor ruler)."""
    from dyads.actors import find_mentions
    from dyads.events import find_events
    from dyads.events.sentences import load_nlp
    from dyads.quotes import find_quotes

    model = load_nlp()

    def run(text: str, published: str) -> list[Any]:
        doc = model(text)
        mentions = find_mentions(doc, published=published)
        quotes = find_quotes(doc, mentions, published=published)
        return find_events(doc, mentions, quotes, published=published)

    return run


@pytest.fixture(scope="session")
def pipeline():
    from dyads.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def quotes_in(pipeline):
    """The quotes the whole pipeline stores for a text (actors resolve the speakers, on the
    ``published`` day when given); each quotation's content is its span of the text."""
    from dyads.records import RawDocument

    def run(text: str, published: str | None = None) -> list[Any]:
        article = pipeline.process(RawDocument(source="test", content=text, published=published))
        for found in article.quotes:
            assert found.content == spoken(text, found.span, found.gap)
        return article.quotes

    return run


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store: a DuckDB file, then a PostgreSQL schema of its own."""
    if request.param == "duckdb":
        yield str(tmp_path / "store.duckdb")
        return
    if not POSTGRES_URL:
        pytest.skip("DYADS_TEST_POSTGRES is not set (.ci/run sets it)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def skip_causes(reports: list[Any]) -> list[tuple[int, str]]:
    """Skipped tests grouped by their reason, most frequent first: ``(count, reason)``."""
    causes: Counter[str] = Counter()
    for report in reports:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        causes[reason.removeprefix("Skipped: ")] += 1
    return [(count, reason) for reason, count in causes.most_common()]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line per cause of skipping, instead of one per skipped test (``-rs``)."""
    causes = skip_causes(terminalreporter.stats.get("skipped", []))
    if causes:
        terminalreporter.write_sep("-", "skipped, by cause")
        for count, reason in causes:
            terminalreporter.write_line(f"{count:5d}  {reason}")
