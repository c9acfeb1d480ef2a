"""Reads that hold load: answers kept per store version (after a write the kept answer is
served at once while the new one is computed in the background), and events read only as far
as a limit needs, with the same result as reading them all."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dyads.api import create_app
from dyads.api_cache import Answers
from dyads.database import Database
from dyads.store import is_postgres, open_store
from dyads.store.sql import ReadView
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
        assert sorted(again.headers.multi_items()) == sorted(first.headers.multi_items())
        for name in ("content-type", "content-length", "content-security-policy",
                     "x-content-type-options", "referrer-policy"):  # fmt: skip
            assert again.headers[name] == first.headers[name]
        assert client.get("/events?limit=2").json() == first.json()[:2]
        for _ in range(2):  # an error is never kept
            assert client.get("/articles/no-such-id").status_code == 404
            assert client.get("/events?limit=0").status_code == 422


def test_a_get_with_a_body_goes_to_the_app(store_url: str) -> None:
    """The kept answers sit in front of the app's size limit: a GET that sends a body is the
    app's to answer (413 when it is too large), kept answer or not."""
    fill(store_url)
    with open_store(store_url) as store, TestClient(create_app(store, max_body_bytes=10)) as c:
        assert c.get("/events?limit=3").status_code == 200
        too_big = c.request("GET", "/events?limit=3", content=b"x" * 100)
        assert too_big.status_code == 413


def test_an_article_stays_kept_until_a_write_changes_it(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A single article's answer outlives writes of other articles, and is refreshed after a
    write that changes it (here, another source of the same article)."""
    first, second = seed_like_articles()
    fill(store_url, [first])
    calls: list[str] = []
    article = ReadView.article

    def counted(view: ReadView, article_id: str) -> dict[str, Any] | None:
        calls.append(article_id)
        return article(view, article_id)

    monkeypatch.setattr(ReadView, "article", counted)
    with open_store(store_url) as store, TestClient(create_app(store)) as client:
        path = f"/articles/{first.id}"
        assert client.get(path).json()["sources"] == [first.source]
        store.save_article(second)  # another article: the first stays as kept
        for _ in range(3):
            assert client.get(path).json()["sources"] == [first.source]
        if not is_postgres(store_url):  # there, other processes may write: trusted for TTL s
            assert calls == [first.id], "computed once, not again after another's write"
        first.source = "reprint:elsewhere"
        store.save_article(first)  # the same article from another source: changed
        assert eventually(lambda: len(client.get(path).json()["sources"]) == 2)


def test_an_article_version_moves_only_when_its_write_commits(store_url: str) -> None:
    first, second = seed_like_articles()
    with open_store(store_url) as store:
        assert store.article_version(first.id) == 0
        store.save_article(first)
        stored = store.article_version(first.id)
        assert stored == store.generation
        with pytest.raises(RuntimeError), store.transaction():
            store.changed_article(first.id)
            raise RuntimeError("rolled back")
        assert store.article_version(first.id) == stored, "a rollback changes nothing"
        store.save_article(second)
        assert store.article_version(first.id) == stored
