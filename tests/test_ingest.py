"""Batches: bad input becomes failure rows with reasons; re-ingesting changes nothing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.cli import app
from dyads.config import load_settings
from dyads.ingest import Summary, run
from dyads.pipeline import Pipeline
from dyads.store import open_store

GOOD = (
    "Leaders Meet in Vienna\n\nVIENNA (Dyads Wire) — The foreign ministers of Austria and "
    "Hungary met in Vienna on Tuesday to discuss energy supplies.\n\n“We agreed on a lot,” "
    "the Austrian minister said.\n"
)


def _ingest(paths: list[Path], db: str, **settings: int) -> Summary:
    summary = Summary()
    store = open_store(str(db))
    try:
        pipeline = Pipeline(load_settings(**settings))
        for outcome in run(paths, pipeline=pipeline, store=store):
            summary.add(outcome)
    finally:
        store.close()
    return summary


def _failures(db: str) -> dict[str, str]:
    store = open_store(str(db))
    try:
        return {Path(row["source"]).name: row["reason"] for row in store.failures()}
    finally:
        store.close()


def _one_failure(tmp_path: Path, db: str, name: str, content: bytes, **settings: int) -> str:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    summary = _ingest([good, bad], db, **settings)
    assert summary.counts["read"] == 2
    assert summary.counts["stored"] == 1, "the batch goes on past a bad input"
    assert summary.counts["failed"] == 1
    reasons = _failures(db)
    assert list(reasons) == [name]
    return reasons[name]


def test_empty_file(tmp_path: Path, store_url: str) -> None:
    assert "empty" in _one_failure(tmp_path, store_url, "empty.txt", b"  \n\n ")


def test_binary_file(tmp_path: Path, store_url: str) -> None:
    assert "binary" in _one_failure(
        tmp_path, store_url, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20
    )


def test_file_over_size_limit(tmp_path: Path, store_url: str) -> None:
    reason = _one_failure(tmp_path, store_url, "huge.txt", b"word " * 400, max_text_bytes=1000)
    assert "limit" in reason and "--max-bytes" in reason


def test_malformed_html(tmp_path: Path, store_url: str) -> None:
    reason = _one_failure(
        tmp_path, store_url, "broken.html", b"<html><body><div><p>\x3c/span\x3e<<<>>"
    )
    assert any(words in reason for words in ("HTML", "main text", "too little text"))


def test_corrupt_gzip(tmp_path: Path, store_url: str) -> None:
    data = gzip.compress(b"<html><body><p>text</p></body></html>")[:-12]
    assert "gzip" in _one_failure(tmp_path, store_url, "page.html.gz", data)


def test_undecodable_bytes_are_decoded_not_crashed(tmp_path: Path, store_url: str) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        GOOD.replace("—", "-").replace("“", '"').replace("”", '"').encode("cp1252")
        + "Café au lait in Wien, naïve résumé.".encode("cp1252")
    )
    summary = _ingest([legacy], store_url)
    assert summary.counts["stored"] == 1
    store = open_store(store_url)
    try:
        (row,) = store.latest_articles(1)
        assert "Café" in store.article(row["id"])["text"]
    finally:
        store.close()


def test_jsonl_bad_lines(tmp_path: Path, store_url: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                json.dumps({"id": "a1", "text": GOOD, "published": "2024-01-05"}),
                "{not json",
                json.dumps({"id": "a2", "title": "no text here"}),
                json.dumps(["a", "list"]),
                "",
            ]
        ),
        encoding="utf-8",
    )
    summary = _ingest([feed], store_url)
    assert summary.counts["read"] == 4
    assert summary.counts["stored"] == 1 and summary.counts["failed"] == 3
    reasons = _failures(store_url)
    assert "not valid JSON" in reasons["feed.jsonl:2"]
    assert "no text" in reasons["feed.jsonl:3"]
    assert "JSON object" in reasons["feed.jsonl:4"]
    store = open_store(store_url)
    try:
        assert str(store.article("a1")["published"]) == "2024-01-05"
    finally:
        store.close()


def test_missing_path_is_a_failure(tmp_path: Path, store_url: str) -> None:
    summary = _ingest([tmp_path / "nope.txt"], store_url)
    assert summary.counts["failed"] == 1
    assert "no such file" in summary.failures[0].reason


def test_reingesting_a_directory_is_idempotent(tmp_path: Path, store_url: str) -> None:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    (folder / "one.txt").write_text(GOOD, encoding="utf-8")
    (folder / "nested" / "two.txt").write_text(GOOD.replace("Vienna", "Graz"), encoding="utf-8")
    (folder / "nested" / "bad.txt").write_bytes(b"")
    db = store_url
    first = _ingest([folder], db)
    assert (first.counts["stored"], first.counts["failed"]) == (2, 1)

    def snapshot() -> tuple:
        store = open_store(str(db))
        try:
            tables = ("articles", "article_sources", "failures", "schema_migrations")
            return tuple(store.count(table) for table in tables)
        finally:
            store.close()

    before = snapshot()
    second = _ingest([folder], db)
    assert (second.counts["stored"], second.counts["unchanged"], second.counts["failed"]) == (
        0,
        2,
        1,
    )
    assert snapshot() == before


def test_cli_ingest_summary_and_show(tmp_path: Path, store_url: str) -> None:
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    db = store_url
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--published", "2024-02-03"])
    assert result.exit_code == 1, "one input failed"
    assert "stored 1" in result.stderr and "empty" in result.stderr
    assert "dyads:dyads@" not in result.stderr, "a password is never printed"
    store = open_store(db)
    try:
        (row,) = store.latest_articles(5)
    finally:
        store.close()
    shown = runner.invoke(app, ["show", row["id"], "--db", db, "--format", "json"])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["headline"] == "Leaders Meet in Vienna"
    readable = runner.invoke(app, ["show", row["id"][:6], "--db", db])
    assert readable.exit_code == 0
    assert readable.stdout.startswith(f"{row['id']}  Leaders Meet in Vienna")
    assert "published 2024-02-03" in readable.stdout
    missing = runner.invoke(app, ["show", "nope", "--db", db])
    assert missing.exit_code == 2, "not found: nothing done (as dyad's unknown actor)"
    assert missing.stderr == "error: no article with an id starting 'nope' in the store\n"


def test_cli_rejects_a_bad_published_date(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    # no order of day and month reads it (28/12/2023 now reads as 28 December)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--published", "28/13/2023"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


@pytest.mark.parametrize("payload", ["text", "jsonl"])
def test_extract_reads_standard_input(payload: str) -> None:
    data = GOOD if payload == "text" else json.dumps({"id": "s1", "text": GOOD}) + "\n"
    result = CliRunner().invoke(app, ["extract", "-"], input=data)
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)["articles"]
    assert article["dateline"]["place"] == "VIENNA"
    assert article["text"] == GOOD


def test_show_and_summary_give_the_datelines_region(tmp_path: Path, store_url: str) -> None:
    """The new user's trial (session 23): "MANCHESTER, N.H." was shown as "MANCHESTER"."""
    (tmp_path / "nh.txt").write_text(
        "MANCHESTER, N.H. (AP) — Senator Marco Rubio criticized Donald Trump on Monday.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(tmp_path), "--db", store_url, "--published", "2016-02-09"])
    store = open_store(store_url)
    try:
        (row,) = store.latest_articles(5)
    finally:
        store.close()
    shown = runner.invoke(app, ["show", row["id"], "--db", store_url])
    assert "MANCHESTER, N.H. (AP)" in shown.stdout
    summary = runner.invoke(app, ["summary", "--db", store_url])
    assert "MANCHESTER, N.H." in summary.stdout
