"""The HTTP API: read endpoints, token-protected ingestion, size limit, errors as JSON."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from dyads.api import create_app
from dyads.errors import InputError
from dyads.records import Article, RawDocument
from test_analytics import fill

TOKEN = "s3cret-token"


class FakePipeline:
    """Builds an article without language analysis, like Pipeline.process before analyse."""

    def process(self, raw: RawDocument) -> Article:
        if not raw.content.strip():
            raise InputError("the article is empty")
        return Article(id=raw.id or "generated", source=raw.source, text=raw.content,
                       body=(0, len(raw.content)), url=raw.url, headline=raw.title,
                       published=raw.published)  # fmt: skip


@pytest.fixture
def client(store_url: str) -> Iterator[TestClient]:
    fill(store_url)
    app = create_app(store_url, token=TOKEN, max_body_bytes=2000, pipeline=FakePipeline())
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_read_endpoints(client: TestClient) -> None:
    articles = client.get("/articles").json()
    assert [a["id"] for a in articles] == ["reprint", "seed-like"]
    seed = client.get("/articles/seed-like").json()
    assert seed["events"][0]["cameo"] == "111"
    assert client.get("/articles/missing").json() == {"error": "no article with that id"}
    dyad = client.get("/dyads/ARM/RUS", params={"freq": "month"}).json()
    both = next(t for t in dyad["totals"] if t["direction"] == "both")
    assert both["events"] == 3 and both["goldstein_mean"] < 0
    assert {p["period"] for p in dyad["periods"]} >= {"2023-09-01", "2023-12-01"}
    assert dyad["periods"][0]["period_end"] == "2023-09-30"
    nato = client.get("/dyads/ARM/NATO").json()
    assert next(t for t in nato["totals"] if t["direction"] == "both")["goldstein_mean"] > 0
    events = client.get("/events", params={"source": "NATO", "target": "ARM"}).json()
    assert len(events) == 1
    marked = {h["label"]: events[0]["sentence"][h["start"] : h["end"]]
              for h in events[0]["highlights"]}  # fmt: skip
    assert marked == {"source": "NATO", "target": "Armenia"}
    quotes = client.get("/quotes", params={"speaker": "Sergei Lavrov", "about": "ARM"}).json()
    assert [q["kind"] for q in quotes] == ["direct"]
    alignment = client.get("/alignment", params={"actor": "ARM", "partners": "RUS,NATO"}).json()
    assert {p["partner"] for p in alignment["periods"]} == {"RUS", "NATO"}
    assert client.get("/network").json()["edges"][0]["events"] == 2
    assert client.get("/evidence/quotes/seed-like/0").json()["highlights"][0]["label"] == "quote"
    assert client.get("/evidence/events/seed-like/99").status_code == 404
    assert "openapi" in client.get("/openapi.json").json()


def test_bad_parameters_are_json_errors(client: TestClient) -> None:
    response = client.get("/dyads/ARM/RUS", params={"freq": "fortnight"})
    assert response.status_code == 422 and "freq" in response.json()["error"]
    response = client.get("/events", params={"since": "yesterday"})
    assert response.status_code == 422 and "since" in response.json()["error"]
    response = client.get("/events", params={"cameo_root": "x1"})
    assert response.status_code == 400 and "cameo_root" in response.json()["error"]
    assert client.get("/nowhere").json() == {"error": "Not Found"}


def test_post_needs_the_bearer_token(client: TestClient) -> None:
    body = {"text": "Armenia and Russia met.", "id": "new-1", "published": "2024-01-02"}
    assert client.post("/articles", json=body).status_code == 401
    wrong = client.post("/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    ok = client.post("/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201
    assert ok.json() == {"id": "new-1", "status": "stored", "quotes": 0, "events": 0}
    assert client.get("/articles/new-1").json()["published"] == "2024-01-02"
    again = client.post("/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["status"] == "unchanged"


def test_post_rejects_malformed_oversized_and_invalid_bodies(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    bad = client.post("/articles", content=b'{"text": "unterminated', headers=auth)
    assert bad.status_code == 422 and bad.json()["error"].startswith("malformed JSON")
    both = client.post("/articles", json={"text": "a", "html": "<p>a</p>"}, headers=auth)
    assert both.status_code == 422 and "exactly one" in both.json()["error"]
    date = client.post("/articles", json={"text": "a", "published": "soon"}, headers=auth)
    assert date.status_code == 422 and "published" in date.json()["error"]
    empty = client.post("/articles", json={"text": "   "}, headers=auth)
    assert empty.json() == {"error": "the article is empty"}
    big = client.post("/articles", json={"text": "x" * 5000}, headers=auth)
    assert big.status_code == 413 and "larger than 2000 bytes" in big.json()["error"]

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield b"y" * 500
        yield b'"}'

    streamed = client.post("/articles", content=chunks(), headers=auth)
    assert streamed.status_code == 413


def test_post_is_disabled_without_a_token_and_errors_hide_internals(store_url: str) -> None:
    fill(store_url)
    app = create_app(store_url, pipeline=FakePipeline())

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError(f"secret path {store_url}")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/articles", json={"text": "a"}, headers={"Authorization": "x"})
        assert response.status_code == 403 and "disabled" in response.json()["error"]
        crash = client.get("/boom")
        assert crash.status_code == 500 and crash.json() == {"error": "internal error"}
        # CORS is closed: no allow-origin header for a cross-site request.
        page = client.get("/articles", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in page.headers
        assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


def test_the_same_actor_on_both_sides_is_a_plain_400(client: TestClient) -> None:
    """A second new user's trial (session 25): "dyad KEN KEN" counted every event twice."""
    for path in ("/dyads/ARM/ARM", "/dyads/Armenia/ARM"):
        response = client.get(path)
        assert response.status_code == 400
        assert "are the same actor: a dyad needs two" in response.json()["error"]
    assert client.get("/dyads/ARMGOV/ARMOPP").status_code == 200
