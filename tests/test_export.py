"""Exports: JSONL in the record contract, Parquet tables, GDELT 2.0 event TSV (61 columns)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dyads.export import GDELT_COLUMNS, export_command, write_gdelt, write_jsonl, write_parquet
from dyads.store import open_store
from test_analytics import fill


@pytest.fixture
def url(store_url: str) -> str:
    fill(store_url)
    return store_url


def test_jsonl_holds_every_article_in_the_record_contract(url: str, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    with open_store(url) as store:
        assert write_jsonl(store, out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    seed = next(line for line in lines if line["id"] == "seed-like")
    assert seed["published"] == "2023-12-28"
    assert len(seed["events"]) == 6 and len(seed["quotes"]) == 3
    event = seed["events"][0]
    start, end = event["evidence"]["span"]
    assert seed["text"][start:end] == event["evidence"]["sentence"]
    assert event["source"]["code"] == "RUSGOV"


def test_parquet_tables_keep_types(url: str, tmp_path: Path) -> None:
    with open_store(url) as store:
        counts = write_parquet(store, tmp_path / "pq")
    assert counts == {"articles": 2, "mentions": 3, "quotes": 3, "events": 7}
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pandas()
    assert str(events["date_start"].iloc[0]) >= "2023-09-01"
    assert events["goldstein"].dtype == "float64"
    assert events["negated"].sum() == 1
    quotes = pq.read_table(tmp_path / "pq" / "quotes.parquet")
    assert "Sergei Lavrov" in quotes.column("speaker_actor").to_pylist()


def test_gdelt_rows_have_61_columns_one_per_event_cluster(url: str, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    with open_store(url) as store:
        # 7 reports: one negated, two of the same event -> 5 events
        assert write_gdelt(store, out) == 5
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(len(row) == 61 for row in rows)
    by = [dict(zip(GDELT_COLUMNS, row, strict=True)) for row in rows]
    lavrov = next(r for r in by if r["SQLDATE"] == "20231228" and r["Actor1Code"] == "RUSGOV")
    assert lavrov["Actor1CountryCode"] == "RUS" and lavrov["Actor1Type1Code"] == "GOV"
    assert lavrov["Actor2Code"] == "ARMGOV" and lavrov["Actor2Name"] == "ARMENIA"
    assert (lavrov["EventCode"], lavrov["EventBaseCode"], lavrov["EventRootCode"]) == (
        "111", "111", "11",
    )  # fmt: skip
    assert lavrov["QuadClass"] == "3" and float(lavrov["GoldsteinScale"]) == -2.0
    assert (lavrov["NumMentions"], lavrov["NumArticles"], lavrov["NumSources"]) == ("2", "2", "2")
    assert lavrov["IsRootEvent"] == "1"
    assert lavrov["SOURCEURL"] == "https://example.org/armenia-lavrov"
    assert len(lavrov["DATEADDED"]) == 14 and lavrov["Actor1Geo_Type"] == ""
    nato = next(r for r in by if r["Actor1Code"] == "IGOWSTNAT")
    assert nato["Actor1CountryCode"] == "" and nato["Actor1KnownGroupCode"] == "NAT"
    assert nato["IsRootEvent"] == "0" and nato["QuadClass"] == "1"
    ids = [r["GLOBALEVENTID"] for r in by]
    assert len(set(ids)) == 5 and all(i.isdigit() for i in ids)
    # stable: the same store exports the same ids
    again = tmp_path / "again.tsv"
    with open_store(url) as store:
        write_gdelt(store, again, header=True)
    lines = again.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == GDELT_COLUMNS
    assert [line.split("\t")[0] for line in lines[1:]] == ids


def test_export_command_writes_each_format(url: str, tmp_path: Path) -> None:
    import typer

    app = typer.Typer()
    app.command()(export_command)
    runner = CliRunner()
    result = runner.invoke(app, ["gdelt", str(tmp_path / "e.tsv"), "--db", url])
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "e.tsv").read_text().splitlines()) == 5
    result = runner.invoke(app, ["parquet", str(tmp_path / "pq"), "--db", url])
    assert result.exit_code == 0 and (tmp_path / "pq" / "events.parquet").is_file()
    result = runner.invoke(app, ["csv", str(tmp_path / "x"), "--db", url])
    assert result.exit_code == 2


def test_gdelt_export_says_what_it_leaves_out(store_url: str, tmp_path: Path) -> None:
    """New-user trial: two undated events of six went missing from the GDELT file without a
    word. A GDELT row needs a day, so they stay out, and the command says how many."""
    import dataclasses

    import typer

    from test_analytics import seed_like_articles

    articles = seed_like_articles()
    first = articles[0]
    undated = dataclasses.replace(first.events[0], date=None)
    articles[0] = dataclasses.replace(first, published=None, events=[undated, *first.events[1:]])
    fill(store_url, articles)
    app = typer.Typer()
    app.command()(export_command)
    result = CliRunner().invoke(app, ["gdelt", str(tmp_path / "e.tsv"), "--db", store_url])
    assert result.exit_code == 0, result.output
    rows = len((tmp_path / "e.tsv").read_text().splitlines())
    assert f"wrote {rows} events (1 without a date left out" in result.output.replace("\n", " ")
