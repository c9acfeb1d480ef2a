"""The dashboard's endpoints (``/view/...``) without a browser, on DuckDB and PostgreSQL:
filters agree with the Python API, the table sorts and pages on the server, exports parse
back to the table's rows, the speaker filter keeps one speaker, bad input is a JSON error."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from dyads.api import create_app
from dyads.database import Database
from dyads.export import GDELT_COLUMNS, global_event_id
from dyads.records import Article, Cue, Quote, Speaker
from test_analytics import fill, seed_like_articles
from test_dashboard_synthetic import synthetic_articles


def speakers_article() -> Article:
    """Quotes by two Chinese spokespeople and a Philippine official; one quote's words name
    "Mao Ning" but its speaker was linked to Lin Jian."""
    lines = [
        ("Mao Ning", "Mao Ning", "CHNGOV", "The Philippines must stop its provocations"),
        ("Lin Jian", "Lin Jian", "CHNGOV", "China's position on the shoal is consistent"),
        ("Eduardo Año", "Eduardo Año", "PHLGOV", "We will defend our waters"),
        ("Mao Ning", "Lin Jian", "CHNGOV", "Dialogue remains the right way forward"),
    ]
    text, quotes = "Spokespeople trade words\n\n", []
    for words, actor, code, content in lines:
        start = len(text) + 1
        text += f"“{content},” {words} said.\n\n"
        at = start + len(content) + 3
        quotes.append(
            Quote(
                "direct",
                content,
                (start, start + len(content)),
                Speaker(words, (at, at + len(words)), actor, code),
                Cue("said", (at + len(words) + 1, at + len(words) + 5)),
            )
        )
    return Article(
        id="spokespeople",
        source="spokes.txt",
        text=text,
        body=(26, len(text)),
        headline="Spokespeople trade words",
        published="2024-06-20",
        quotes=quotes,
    )


@pytest.fixture
def client(store_url: str) -> Iterator[TestClient]:
    fill(store_url, [*seed_like_articles(), *synthetic_articles(30), speakers_article()])
    with TestClient(create_app(store_url), raise_server_exceptions=False) as test_client:
        yield test_client


def all_events(client: TestClient, **params: str) -> list[dict]:
    rows, page = [], 1
    while True:
        found = client.get("/view/events", params={**params, "page": page, "size": 200}).json()
        rows += found["rows"]
        if len(rows) >= found["total"]:
            return rows
        page += 1


def test_filters_agree_with_the_python_api(client: TestClient, store_url: str) -> None:
    with Database(store_url) as db:
        for params, expected in [
            ({}, db.events()),
            ({"a": "ARM", "b": "RUS"}, db.events("ARM", "RUS", either=True)),
            ({"a": "RUR"}, db.events("RUR", "RUR", either=True).iloc[:0]),  # filled below
            ({"root": "11"}, db.events(cameo_root="11")),
            (
                {"since": "2023-01-01", "until": "2023-06-30"},
                db.events(since="2023-01-01", until="2023-06-30"),
            ),
        ]:
            rows = all_events(client, **params)
            if params == {"a": "RUR"}:
                frame = db.events()
                involved = frame["source_code"].str.startswith("RUR") | frame[
                    "target_code"
                ].str.startswith("RUR")
                expected = frame[involved.fillna(False)]
            assert {(r["article_id"], r["idx"]) for r in rows} == set(
                zip(expected["article_id"], expected["idx"], strict=True)
            ), params
    timeline = client.get("/view/timeline", params={"a": "ARM", "b": "RUS"}).json()
    totals = {t["direction"]: t for t in timeline["totals"]}
    assert totals["both"]["events"] == 3 and totals["both"]["goldstein_mean"] < 0
    assert totals["ARM→RUS"]["events"] == 1 and totals["RUS→ARM"]["events"] == 2
    for key, value, check in [
        ("quad", "4", lambda r: r["quad_class"] == 4),
        ("plover", "AID", lambda r: r["plover"] == "AID"),
        ("conf", "0.8", lambda r: r["confidence"] >= 0.8),
        ("outlet", "herald.example", lambda r: r["article"]["outlet"] == "herald.example"),
    ]:
        rows = all_events(client, **{key: value})
        assert rows and all(check(r) for r in rows), key
        assert client.get("/view/timeline", params={key: value}).json()["totals"][0][
            "events"
        ] == len(rows)
        edges = client.get("/view/network", params={key: value}).json()["edges"]
        assert sum(e["events"] for e in edges) <= len(rows)


def test_table_sorts_and_pages_on_the_server(client: TestClient) -> None:
    first = client.get(
        "/view/events", params={"sort": "goldstein", "order": "desc", "size": 25}
    ).json()
    second = client.get(
        "/view/events", params={"sort": "goldstein", "order": "desc", "size": 25, "page": 2}
    ).json()
    assert first["total"] > 50 and len(first["rows"]) == 25
    scores = [r["goldstein"] for r in first["rows"] + second["rows"]]
    assert scores == sorted(scores, reverse=True)
    keys = {(r["article_id"], r["idx"]) for r in first["rows"]}
    assert keys.isdisjoint((r["article_id"], r["idx"]) for r in second["rows"])
    row = first["rows"][0]
    assert row["cameo_name"] and row["source"]["name"] and row["source"]["code"]
    marked = {h["label"]: row["sentence"][h["start"] : h["end"]] for h in row["highlights"]}
    assert marked["source"] == row["source"]["text"] and marked["target"] == row["target"]["text"]
    by_source = all_events(client, sort="source")
    names = [(r["source"]["name"] or "").lower() for r in by_source]
    assert names == sorted(names)
    assert client.get("/view/events", params={"sort": "nonsense"}).status_code == 422


def test_exports_parse_back_to_the_tables_rows(client: TestClient) -> None:
    params = {"a": "RUR", "sort": "goldstein", "order": "desc"}
    rows = all_events(client, **params)
    assert rows
    expected = [(r["article_id"], r["idx"], r["cameo"], r["goldstein"]) for r in rows]
    text = client.get("/view/export/events.csv", params=params).text
    found = list(csv.DictReader(io.StringIO(text)))
    assert [
        (f["article_id"], int(f["idx"]), f["cameo"], float(f["goldstein"])) for f in found
    ] == expected
    assert [f["evidence"] for f in found] == [r["sentence"] for r in rows]
    table = pq.read_table(
        io.BytesIO(client.get("/view/export/events.parquet", params=params).content)
    )
    assert (
        list(
            zip(
                table["article_id"].to_pylist(),
                table["idx"].to_pylist(),
                table["cameo"].to_pylist(),
                table["goldstein"].to_pylist(),
                strict=True,
            )
        )
        == expected
    )
    tsv = client.get("/view/export/events.tsv", params=params).text.splitlines()
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in tsv)
    ids = {int(line.split("\t")[0]) for line in tsv}
    assert ids == {global_event_id(r["event_key"]) for r in rows}
    quotes = client.get("/view/quotes", params={"a": "RUR", "size": 200}).json()
    found = list(
        csv.DictReader(io.StringIO(client.get("/view/export/quotes.csv", params={"a": "RUR"}).text))
    )
    assert [(f["article_id"], int(f["idx"])) for f in found] == [
        (q["article_id"], q["idx"]) for q in quotes["rows"]
    ]
    empty = client.get("/view/export/events.csv", params={"a": "ZZZ"}).text.splitlines()
    assert len(empty) == 1 and empty[0].startswith("event_id,")


def test_speaker_filter_keeps_only_that_speaker(client: TestClient) -> None:
    found = client.get("/view/quotes", params={"speaker": "Mao Ning"}).json()["rows"]
    assert [q["content"] for q in found] == ["The Philippines must stop its provocations"]
    linked = client.get("/view/quotes", params={"speaker": "Lin Jian"}).json()["rows"]
    assert {q["speaker"] for q in linked} == {"Lin Jian"} and len(linked) == 2
    # with the dyad filter too, and by code: every CHNGOV speaker, no one else
    both = client.get("/view/quotes", params={"a": "CHN", "speaker": "Mao Ning"}).json()["rows"]
    assert {q["speaker"] for q in both} == {"Mao Ning"}
    coded = client.get("/view/quotes", params={"speaker": "CHNGOV"}).json()["rows"]
    assert {q["speaker"] for q in coded} == {"Mao Ning", "Lin Jian"}
    names = [
        a["value"]
        for a in client.get("/view/actors", params={"q": "mao", "speakers": "true"}).json()
    ]
    assert names == ["Mao Ning"]


def test_reader_and_evidence(client: TestClient) -> None:
    article = client.get("/view/articles/seed-like").json()
    text = article["text"]
    assert len(article["events"]) == 6 and len(article["quotes"]) == 3
    for event in article["events"]:
        start, end = event["span"]
        assert text[start:end] == event["sentence"] and event["cameo_name"]
    quote = article["quotes"][0]
    assert text[quote["span"][0] : quote["span"][1]] == quote["content"]
    assert text[quote["cue_span"][0] : quote["cue_span"][1]] == "told"
    detail = client.get("/view/events/seed-like/0").json()
    assert detail["event"]["cameo_name"] == "Criticize or denounce"
    assert [r["article_id"] for r in detail["reports"]] == ["reprint"]
    assert client.get("/view/events/seed-like/99").json() == {"error": "no such event"}
    assert client.get("/view/articles/nope").status_code == 404


HOSTILE = [
    "'; DROP TABLE events; --",
    "%",
    "_",
    "\\",
    "ARM' OR '1'='1",
    "(",
    "[[:alpha:]]",
    "*",
    "a" * 200,
]


def test_hostile_filter_values_select_nothing_and_never_fail(client: TestClient) -> None:
    paths = (
        "/view/events",
        "/view/timeline",
        "/view/network",
        "/view/quotes",
        "/view/export/events.csv",
        "/view/export/quotes.csv",
        "/view/actors",
    )
    for path, name, value in (
        (p, n, v)
        for p in paths
        for n in ("a", "b", "outlet", "speaker", "text", "q")
        for v in HOSTILE
    ):
        response = client.get(path, params={name: value})
        assert response.status_code < 500, (path, name, response.text[:200])
        if response.status_code >= 400:
            assert response.json()["error"]
        elif path == "/view/events" and name in ("a", "outlet"):
            assert response.json()["total"] == 0, (name, value)
    assert client.get("/view/events").json()["total"] > 0


def test_bad_parameters_are_json_errors(client: TestClient) -> None:
    for path, params in [
        ("/view/events", {"root": "99"}),
        ("/view/events", {"quad": "7"}),
        ("/view/events", {"plover": "PARTY"}),
        ("/view/events", {"conf": "2"}),
        ("/view/events", {"since": "yesterday"}),
        ("/view/events", {"page": "0"}),
        ("/view/timeline", {"freq": "fortnight"}),
        ("/view/events", {"order": "sideways"}),
    ]:
        response = client.get(path, params=params)
        assert 400 <= response.status_code < 500 and response.json()["error"], (path, params)


def test_a_stored_article_reaches_the_view_without_making_readers_wait(store_url: str) -> None:
    from dyads.web.base import EventBase

    seed, reprint = seed_like_articles()
    fill(store_url, [seed])
    events = EventBase()
    with Database(store_url) as db:
        before = events.columns(db)
        assert events.columns(db) is before
        db.save(reprint)
        assert events.columns(db) is before  # the previous copy answers while the new is read
        deadline = time.monotonic() + 30
        while (after := events.columns(db)) is before:
            assert time.monotonic() < deadline, "the store's change never reached the view"
            time.sleep(0.05)
    assert len(after) == len(before) + 1
    assert "reprint" in set(after.frame["article_id"])
