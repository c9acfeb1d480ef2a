"""The Ray Data runner stores the same events and quotes as the single-process run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyads.config import load_settings
from dyads.ingest import Summary, run
from dyads.pipeline import Pipeline
from dyads.store import open_store
from test_workers import _content, _corpus

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    from dyads.scale import ray as on_ray

    try:
        on_ray.start(num_cpus=2)
    except Exception as exc:  # no shared memory, no free port...: nothing to test here
        pytest.skip(f"a local Ray could not start: {type(exc).__name__}: {exc}")
    yield
    ray.shutdown()


def test_ray_runner_equals_the_single_process_run(
    tmp_path: Path, seed_path: Path, local_ray: None
) -> None:
    from dyads.scale import ray as on_ray

    inputs = _corpus(tmp_path / "in", seed_path)
    jsonl = tmp_path / "in" / "feed.jsonl"
    jsonl.write_text(
        '{"id": "j1", "text": "Ceasefire\\n\\nQatar and Egypt urged Israel to end the war, '
        'officials said on Friday.", "published": "2024-01-12"}\n'
        "not json\n",
        encoding="utf-8",
    )
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "ray.duckdb")
    local, on_cluster = Summary(), Summary()
    with open_store(one) as store:
        for outcome in run(inputs, pipeline=Pipeline(load_settings()), store=store):
            local.add(outcome)
    parquet = tmp_path / "parquet"
    with open_store(two) as store:
        for outcome in on_ray.run(
            inputs, pipeline=Pipeline(load_settings()), store=store, output=parquet
        ):
            on_cluster.add(outcome)
    assert local.counts == on_cluster.counts
    assert local.counts["failed"] == 2  # the empty file and the bad JSONL line: failure rows
    assert list(parquet.rglob("*.parquet")), "partitions are kept when an output is given"
    expected, got = _content(one), _content(two)
    assert expected["events"] and expected["quotes"]
    assert got["events"] == expected["events"]
    assert got["quotes"] == expected["quotes"]
    assert got == expected
