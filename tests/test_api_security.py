"""API security: credentials, body limits, hostile parameters, leaks, CORS, the bound address.

Complements ``test_api.py`` (which checks the ordinary paths) with hostile inputs: every read
filter gets SQL-injection and wildcard strings, errors are provoked everywhere and checked for
internals (paths, tracebacks, driver names), and the tables must be intact afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dyads.api import create_app
from dyads.store import open_store
from test_analytics import fill
from test_api import TOKEN, FakePipeline

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 2000
TABLES = ("articles", "article_sources", "mentions", "quotes", "events", "actors", "failures")
INJECTIONS = [
    "' OR 1=1 --",
    "'; DROP TABLE events; --",
    '"; DROP TABLE events; --',
    "ARM' OR '1'='1",
    "%",
    "_",
    "ARM%",
    "AR_",
    "\\",
    "\\'",
    "\x00",
    "ARM\x00RUS",
    "x" * 5000,
    "Ω≈ç√∫ 🇦🇲 \u202e\ufeff\uffff",
    "${jndi:ldap://x}",
    "../../etc/passwd",
]
# Every read endpoint and its parameters; the values make the other parameters valid.
READS: dict[str, dict[str, str]] = {
    "/articles": {"limit": "5", "offset": "0"},
    "/quotes": {"speaker": "RUS", "about": "ARM", "text": "yerevan", "limit": "5"},
    "/events": {"source": "RUS", "target": "ARM", "either": "true", "since": "2023-01-01",
                "until": "2024-01-01", "cameo_root": "11", "reports": "true", "limit": "5"},
    "/actors": {"limit": "5"},
    "/network": {"since": "2023-01-01", "until": "2024-01-01"},
    "/dyads": {"a": "ARM", "b": "RUS", "freq": "month", "quotes": "3"},
    "/alignment": {"actor": "ARM", "partners": "RUS,NATO", "freq": "month", "direction": "out"},
    "/": {"a": "ARM", "b": "RUS", "freq": "month"},
}  # fmt: skip
PATHS = [
    "/articles/{}", "/dyads/{}/RUS", "/dyads/ARM/{}", "/evidence/events/{}/0",
    "/evidence/quotes/{}/0", "/evidence/events/seed-like/{}", "/evidence/quotes/seed-like/{}",
]  # fmt: skip
# Filters that select rows: an injection string must select none (not all).
SELECTING = {"/quotes": ("speaker", "about", "text"), "/events": ("source", "target")}


def table_counts(url: str) -> dict[str, int]:
    with open_store(url) as store:
        return {table: store.count(table) for table in TABLES}


@contextmanager
def serving(url: str, **options: Any) -> Iterator[TestClient]:
    options = {"token": TOKEN, "max_body_bytes": LIMIT, "pipeline": FakePipeline()} | options
    with TestClient(create_app(url, **options), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def filled(store_url: str) -> str:
    fill(store_url)
    return store_url


def assert_no_internals(response: httpx.Response, url: str) -> None:
    body = response.text
    for secret in (
        "/work/",
        str(ROOT),
        url,
        "Traceback",
        ".py",
        "duckdb",
        "psycopg",
        "site-packages",
    ):
        assert secret not in body, f"{response.request.url} leaks {secret!r}: {body[:300]}"
    assert response.headers["x-content-type-options"] == "nosniff"


def assert_json_error(response: httpx.Response, url: str) -> None:
    assert 400 <= response.status_code < 500, (response.request.url, response.status_code)
    error = response.json()["error"]
    assert isinstance(error, str) and error
    assert_no_internals(response, url)


# writes ---------------------------------------------------------------------------------------
def test_write_refuses_every_wrong_credential(filled: str) -> None:
    body = {"text": "Armenia and Russia met.", "id": "intruder", "published": "2024-01-02"}
    before = table_counts(filled)
    wrong = [{}, {"Authorization": ""}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "},
             {"Authorization": f"Basic {TOKEN}"}, {"Authorization": TOKEN},
             {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
             {"Authorization": f"Bearer {TOKEN.upper()}"}, {"Authorization": f"Bearer {TOKEN} x"},
             {"Authorization": "Bearer ' OR 1=1 --"}, {"X-Api-Token": TOKEN},
             {"Cookie": f"token={TOKEN}"}]  # fmt: skip
    with serving(filled) as client:
        for headers in wrong:
            response = client.post("/articles", json=body, headers=headers)
            assert response.status_code == 401, headers
            assert response.headers["www-authenticate"] == "Bearer"
            assert_json_error(response, filled)
        in_query = client.post("/articles", json=body, params={"token": TOKEN})
        assert in_query.status_code == 401
        assert client.get("/articles/intruder").status_code == 404
    assert table_counts(filled) == before


def test_body_limit_is_exact_and_comes_before_the_token(filled: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}

    def body(size: int) -> bytes:
        head = b'{"id": "edge", "text": "'
        return head + b"a" * (size - len(head) - 2) + b'"}'

    with serving(filled) as client:
        over = client.post("/articles", content=body(LIMIT + 1), headers=auth)
        assert over.status_code == 413
        assert_json_error(over, filled)
        anonymous = client.post("/articles", content=body(50 * LIMIT))
        assert anonymous.status_code == 413, "a big body is refused before it is read"
        at_limit = client.post("/articles", content=body(LIMIT), headers=auth)
        assert at_limit.status_code == 201 and at_limit.json()["id"] == "edge"


@pytest.mark.parametrize(
    "content",
    [b"", b"null", b"[]", b'"text"', b"{", b'{"text": "a",}', b"{'text': 'a'}", b'{"text": 1}',
     b'{"text": "a", "admin": true}', b'{"text": "a", "published": "2024-13-45"}',
     b'{"text": "a\\u0000b"}', b'{"text": "a", "id": "x\\u0000"}', b"\xff\xfe{\x00}",
     b'{"text": "\xc3\x28"}', b"[" * 900 + b"]" * 900, b'{"text": ' * 150 + b"1" + b"}" * 150],
    ids=lambda c: repr(c[:24]),
)  # fmt: skip
def test_malformed_bodies_get_422_with_a_message(filled: str, content: bytes) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    with serving(filled) as client:
        response = client.post("/articles", content=content, headers=auth)
    assert response.status_code == 422
    assert_json_error(response, filled)


# reads ----------------------------------------------------------------------------------------
def test_read_errors_are_json_without_internals(filled: str) -> None:
    huge = "9" * 40
    bad = [
        "/articles/no-such-id", "/articles/" + quote("../../../etc/passwd", safe=""),
        "/evidence/events/seed-like/99", "/evidence/quotes/no-such-id/0",
        "/evidence/events/seed-like/-1", "/evidence/quotes/seed-like/x",
        f"/evidence/events/seed-like/{huge}",
        "/events?since=yesterday", "/events?until=2024-02-30", "/events?since=0000-00-00",
        "/network?since=2024-13-01", "/events?cameo_root=x1", "/events?either=perhaps",
        "/dyads/ARM/RUS?freq=fortnight", "/dyads?a=ARM", "/alignment?actor=ARM",
        "/alignment?actor=ARM&partners=" + ",".join(f"P{i}" for i in range(30)),
        "/alignment?actor=ARM&partners=RUS&direction=sideways",
        "/articles?limit=0", "/articles?limit=-1", f"/articles?limit={huge}",
        f"/articles?offset={huge}", "/articles?offset=-5", "/articles?limit=1e3",
        f"/events?limit={huge}", f"/quotes?limit={huge}", f"/actors?limit={huge}",
        "/quotes?text=" + "x" * 600, "/events?source=" + "x" * 300,
        "/articles/%00", "/events?source=%00", "/quotes?speaker=RUS%00ARM",
        "/dyads/%F0%9F%87%A6%F0%9F%87%B2/%00", "/events?%00=1",
        "/nowhere", "/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml",
    ]  # fmt: skip
    with serving(filled) as client:
        for url in bad:
            assert_json_error(client.get(url), filled)
        for method in ("PUT", "DELETE", "PATCH"):
            assert_json_error(client.request(method, "/articles"), filled)
        # unknown ids and garbage that is not an error still leak nothing
        for url in ("/dyads/%E2%80%AE%EF%BF%BF/RUS", "/quotes?about=%C3%A9%CC%81", "/?a=%00"):
            assert_no_internals(client.get(url), filled)


@pytest.mark.parametrize("value", INJECTIONS, ids=lambda v: repr(v[:16]))
def test_injection_strings_in_every_filter_change_nothing(filled: str, value: str) -> None:
    before = table_counts(filled)
    with serving(filled) as client:
        for path, params in READS.items():
            for name in params:
                response = client.get(path, params={**params, name: value})
                assert response.status_code < 500, (path, name, response.text[:200])
                assert_no_internals(response, filled)
                if path == "/":
                    continue  # the dashboard page (its escaping is test_dashboard's)
                found = response.json()
                if response.status_code >= 400:
                    assert found["error"]
                elif name in SELECTING.get(path, ()):
                    assert found == [], f"{path}?{name}={value!r} selected rows"
                elif path == "/dyads" and name in ("a", "b"):
                    assert found["periods"] == [] and found["quotes"] == []
        for template in PATHS:
            response = client.get(template.format(quote(value, safe="")))
            assert response.status_code < 500, (template, response.text[:200])
            assert_no_internals(response, filled)
            json.loads(response.text)
        assert len(client.get("/events", params={"reports": "true"}).json()) > 0
    assert table_counts(filled) == before


# CORS and the bound address -------------------------------------------------------------------
def test_cors_is_closed_by_default(filled: str) -> None:
    evil = {"Origin": "https://evil.example"}
    asks = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization",
    }
    preflight = evil | asks
    with serving(filled) as client:
        for path in ("/articles", "/events", "/dyads/ARM/RUS", "/"):
            response = client.get(path, headers=evil)
            assert response.status_code == 200
            assert not any(h.startswith("access-control-") for h in response.headers)
        refused = client.options("/articles", headers=preflight)
        assert refused.status_code >= 400
        assert not any(h.startswith("access-control-") for h in refused.headers)
        post = client.post("/articles", json={"text": "a"}, headers=evil)
        assert post.status_code == 401 and "access-control-allow-origin" not in post.headers


def test_opened_cors_allows_only_the_listed_origins_and_reads(filled: str) -> None:
    friend = {"Origin": "https://dash.example"}
    with serving(filled, cors_origins=["https://dash.example"]) as client:
        allowed = client.get("/events", headers=friend)
        assert allowed.headers["access-control-allow-origin"] == "https://dash.example"
        other = client.get("/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        write = client.options(
            "/articles", headers=friend | {"Access-Control-Request-Method": "POST"}
        )
        assert write.status_code == 400 and "POST" not in write.headers.get(
            "access-control-allow-methods", ""
        )


def test_serve_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch, filled: str) -> None:
    import uvicorn

    from dyads.cli import app

    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda asgi, **kwargs: served.update(kwargs, app=asgi))
    monkeypatch.delenv("DYADS_API_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", filled])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1"
    with TestClient(served["app"]) as client:  # no token in the environment: writes are off
        assert client.post("/articles", json={"text": "a"}).status_code == 403
