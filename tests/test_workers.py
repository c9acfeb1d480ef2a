"""``--workers N``: a process pool with one writer leaves the store exactly as one worker does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import dyads.ingest
import dyads.scale.pool
from dyads.config import load_settings
from dyads.ingest import Summary, run
from dyads.pipeline import Pipeline
from dyads.store import open_store

TIMES = {"ingested_at", "seen_at", "time", "applied_at"}
TABLES = ["articles", "article_sources", "failures", "mentions", "quotes", "events", "actors"]

STORIES = {
    "a-2024-01-10.txt": "Talks in Geneva\n\nGENEVA (Dyads Wire) — Russian Foreign Minister Sergei "
    "Lavrov met U.S. Secretary of State Antony Blinken on Wednesday. “We will keep talking,” "
    "Lavrov told reporters. Blinken said Washington condemned the attack on Kyiv. Russian "
    "Deputy Foreign Minister Oleg Varnavin attended.\n",
    # Varnavin is known from memory alone (the office-holder table answers for Lavrov)
    "b-2024-01-11.txt": "Talks Stall\n\nMOSCOW (Dyads Wire) — Lavrov said on Thursday that the "
    "talks had stalled and blamed Blinken for the delay. Ukraine accused Russia of shelling "
    "Kharkiv. Varnavin warned that the talks could collapse.\n",
    "c-2024-01-12.txt": "Protest\n\nPARIS — Police fired tear gas at protesters in Paris on "
    "Friday. “This is unacceptable,” the French interior minister said. Germany urged calm.\n",
    "d-2024-01-12.txt": "Ceasefire\n\nIsrael and Hamas agreed to a ceasefire on Friday, Egyptian "
    "officials said. Lavrov welcomed the deal; Blinken praised Egypt.\n",
    "empty.txt": "   \n",
}


def _corpus(folder: Path, seed: Path | None = None) -> list[str]:
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if seed is not None:
        (folder / "0-seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "copy-2024-01-13.txt").write_text(STORIES["d-2024-01-12.txt"], encoding="utf-8")
    return [str(folder)]


def _ingest(inputs: list[str], db: str, workers: int) -> tuple[Summary, list[str]]:
    summary = Summary()
    sources = []
    with open_store(db) as store:
        pipeline = Pipeline(load_settings())
        for outcome in run(
            inputs, pipeline=pipeline, store=store, workers=workers, date_from_name=True
        ):
            summary.add(outcome)
            sources.append(Path(outcome.source).name)
    return summary, sources


def _content(db: str) -> dict[str, list[str]]:
    with open_store(db) as store:
        return {
            table: sorted(
                repr(sorted((k, v) for k, v in row.items() if k not in TIMES))
                for row in store.query(f"SELECT * FROM {table}")
            )
            for table in TABLES
        }


@pytest.mark.parametrize("chunk", [1, 8])
def test_two_workers_store_what_one_stores(
    tmp_path: Path, seed_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chunk=1: every article in its own task, so workers see stale actor memory and the
    # writer must catch it (surnames learned from an article still in flight)
    monkeypatch.setattr(dyads.scale.pool, "CHUNK", chunk)
    inputs = _corpus(tmp_path / "in", seed_path)
    one, order_one = _ingest(inputs, str(tmp_path / "one.duckdb"), workers=1)
    before = dyads.ingest.REDONE[0]
    two, order_two = _ingest(inputs, str(tmp_path / "two.duckdb"), workers=2)
    assert one.counts == two.counts
    assert one.counts["stored"] == 5 and one.counts["unchanged"] == 1
    assert one.counts["failed"] == 1  # the empty file: a failure row, not a failed batch
    assert order_one == order_two
    if chunk == 1:
        assert dyads.ingest.REDONE[0] > before, "stale memory was never exercised"
    content = _content(str(tmp_path / "one.duckdb"))
    assert content == _content(str(tmp_path / "two.duckdb"))
    lavrov = [r for r in content["mentions"] if "'Lavrov'" in r and "RUSGOV" in r]
    assert len(lavrov) >= 3, "surnames coded from the table"
    varnavin = [r for r in content["mentions"] if "'Varnavin'" in r and "RUSGOV" in r]
    assert varnavin, "a surname coded from memory learned in an earlier article"


def test_worker_errors_become_failure_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _corpus(tmp_path / "in")
    summary, _ = _ingest(inputs, str(tmp_path / "s.duckdb"), workers=2)
    assert summary.counts["read"] == 6
    with open_store(str(tmp_path / "s.duckdb")) as store:
        assert {Path(f["source"]).name for f in store.failures()} == {"empty.txt"}

    def broken(*args: Any) -> Any:
        raise RuntimeError("worker exploded")

    # a task that cannot reach its worker (here: not picklable) fails its documents only
    monkeypatch.setattr(dyads.scale.pool, "_work", broken)
    summary, _ = _ingest(inputs, str(tmp_path / "t.duckdb"), workers=2)
    assert summary.counts["read"] == 6 and summary.counts["failed"] == 5
    reasons = {Path(f.source).name: f.reason for f in summary.failures}
    assert all("worker" in reason for name, reason in reasons.items() if name != "empty.txt")
    # of two files with the same text in one chunk only the first is sent; when its worker
    # failed, the writer analyses the second itself
    twins = {"copy-2024-01-13.txt", "d-2024-01-12.txt"}
    assert len(twins - set(reasons)) == 1 and summary.counts["stored"] == 1


def test_a_rerun_sends_nothing_already_stored_to_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _corpus(tmp_path / "in")
    db = str(tmp_path / "s.duckdb")
    sent: list[str] = []
    real = dyads.scale.pool.WorkerPool.submit

    def counting(self: Any, items: list[Any], memory: Any) -> Any:
        sent.extend(Path(item.source).name for item in items)
        return real(self, items, memory)

    monkeypatch.setattr(dyads.scale.pool.WorkerPool, "submit", counting)
    first, _ = _ingest(inputs, db, workers=2)
    assert first.counts["stored"] == 4 and "empty.txt" not in sent
    assert len({"copy-2024-01-13.txt", "d-2024-01-12.txt"} & set(sent)) == 1  # same text
    sent.clear()
    again, _ = _ingest(inputs, db, workers=2)
    assert sent == []
    assert again.counts["unchanged"] == 5 and again.counts["failed"] == 1
