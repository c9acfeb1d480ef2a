"""Reads that hold load: answers kept per store version (after a write the kept answer is
served at once while the new one is computed in the background), and events read only as far
as a limit needs, with the same result as reading them all."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from dyads.api import create_app
from dyads.api_cache import Answers
from dyads.database import Database
from dyads.store import open_store
from test_analytics import fill, seed_like_articles


def eventually(check: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


def test_an_answer_is_kept_until_the_store_changes_then_refreshed() -> None:
    version = [0]
    calls: list[int] = []
    answers = Answers(lambda: version[0], every=0)

    def compute() -> dict[str, int]:
        calls.append(version[0])
        return {"v": version[0]}

    assert answers.get("k", compute) == b'{"v": 0}'
    assert answers.get("k", compute) == b'{"v": 0}' and calls == [0]
    version[0] = 1
    assert answers.get("k", compute) == b'{"v": 0}', "the kept answer, at once"
    assert eventually(lambda: answers.get("k", compute) == b'{"v": 1}')
    assert calls == [0, 1], "computed again once"


def test_requests_never_wait_for_a_refresh() -> None:
    version = [0]
    answers = Answers(lambda: version[0], every=0)
    answers.get("k", lambda: "old")
    version[0] = 1
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(10)
        return "new"

    began = time.monotonic()
    assert answers.get("k", slow) == b'"old"'
    assert started.wait(10)
    assert answers.get("k", lambda: "never") == b'"old"'
    assert time.monotonic() - began < 1, "did not wait for the computation"
    release.set()
    assert eventually(lambda: answers.get("k", lambda: "never") == b'"new"')


def test_the_first_request_for_a_question_waits_for_its_answer() -> None:
    answers = Answers(lambda: 0)
    results: list[bytes] = []
    go = threading.Event()

    def slow() -> str:
        go.wait(10)
        return "only"

    threads = [threading.Thread(target=lambda: results.append(answers.get("k", slow)))
               for _ in range(3)]  # fmt: skip
    for thread in threads:
        thread.start()
    go.set()
    for thread in threads:
        thread.join(10)
    assert results == [b'"only"'] * 3


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
        both = {first.id, second.id}
        assert eventually(lambda: {a["id"] for a in client.get("/articles").json()} == both)


@pytest.mark.parametrize("reports", [False, True])
def test_events_with_a_limit_are_the_first_of_all(store_url: str, reports: bool) -> None:
    fill(store_url)
    with Database(store_url) as db:
        everything = db.events(dedupe=not reports)
        for limit in (1, 2, 3, 50):
            cut = db.events(dedupe=not reports, limit=limit)
            assert cut.to_dict("records") == everything.head(limit).to_dict("records")


def test_an_answer_is_computed_again_at_most_once_per_interval() -> None:
    version = [0]
    calls: list[int] = []
    answers = Answers(lambda: version[0], every=60)

    def compute() -> int:
        calls.append(version[0])
        return version[0]

    answers.get("k", compute)
    for step in range(1, 4):  # a write a moment, answers asked in between
        version[0] = step
        assert answers.get("k", compute) == b"0"
    assert calls == [0], "no computation before the interval is over"


def test_a_kept_answer_is_sent_as_the_route_sent_it(store_url: str) -> None:
    fill(store_url)
    with open_store(store_url) as store, TestClient(create_app(store)) as client:
        first = client.get("/events?limit=3&either=false")
        again = client.get("/events?either=false&limit=3")  # same question, another order
        assert again.status_code == 200 and again.content == first.content
        for name in ("content-type", "content-length", "content-security-policy",
                     "x-content-type-options", "referrer-policy"):  # fmt: skip
            assert again.headers[name] == first.headers[name]
        assert client.get("/events?limit=2").json() == first.json()[:2]
        for _ in range(2):  # an error is never kept
            assert client.get("/articles/no-such-id").status_code == 404
            assert client.get("/events?limit=0").status_code == 422
