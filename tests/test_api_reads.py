"""Reads that hold load: answers kept per store version (a write makes the next request
compute again; meanwhile others get the previous answer instead of queueing), and events
read only as far as a limit needs, with the same result as reading them all."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from dyads.api import create_app
from dyads.api_cache import Answers
from dyads.database import Database
from dyads.store import open_store
from test_analytics import fill, seed_like_articles


def test_an_answer_is_kept_until_the_store_changes() -> None:
    version = [0]
    calls: list[int] = []
    answers = Answers(lambda: version[0])

    def compute() -> dict[str, int]:
        calls.append(version[0])
        return {"v": version[0]}

    assert answers.get("k", compute) == b'{"v": 0}'
    assert answers.get("k", compute) == b'{"v": 0}' and calls == [0]
    version[0] = 1
    assert answers.get("k", compute) == b'{"v": 1}' and calls == [0, 1]


def test_others_get_the_previous_answer_while_one_computes_the_new() -> None:
    version = [0]
    answers = Answers(lambda: version[0])
    answers.get("k", lambda: "old")
    version[0] = 1
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(10)
        return "new"

    first = threading.Thread(target=answers.get, args=("k", slow))
    first.start()
    assert started.wait(10)
    began = time.monotonic()
    assert answers.get("k", lambda: "never") == b'"old"'
    assert time.monotonic() - began < 1, "did not queue behind the computation"
    release.set()
    first.join(10)
    assert answers.get("k", lambda: "never") == b'"new"'


def test_a_failed_computation_is_not_kept() -> None:
    answers = Answers(lambda: 0)

    def broken() -> str:
        raise ValueError("no")

    with pytest.raises(ValueError):
        answers.get("k", broken)
    assert answers.get("k", lambda: "fine") == b'"fine"'


def test_the_api_answers_new_facts_after_a_write(store_url: str) -> None:
    first, second = seed_like_articles()
    fill(store_url, [first])
    with open_store(store_url) as store, TestClient(create_app(store)) as client:
        assert [a["id"] for a in client.get("/articles").json()] == [first.id]
        store.save_article(second)
        assert {a["id"] for a in client.get("/articles").json()} == {first.id, second.id}


@pytest.mark.parametrize("reports", [False, True])
def test_events_with_a_limit_are_the_first_of_all(store_url: str, reports: bool) -> None:
    fill(store_url)
    with Database(store_url) as db:
        everything = db.events(dedupe=not reports)
        for limit in (1, 2, 3, 50):
            cut = db.events(dedupe=not reports, limit=limit)
            assert cut.to_dict("records") == everything.head(limit).to_dict("records")
