"""The Ray Data runner stores the same events and quotes as the single-process run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def _both_engines(
    tmp_path: Path, local_inputs: list[str], ray_inputs: list[str], **options: Any
) -> tuple[Summary, Summary]:
    """The local engine's summary (into ``one.duckdb``) and Ray's (``ray.duckdb``)."""
    from dyads.scale import ray as on_ray

    summaries = []
    for runner, inputs, db in ((run, local_inputs, "one.duckdb"),
                               (on_ray.run, ray_inputs, "ray.duckdb")):  # fmt: skip
        summary = Summary()
        with open_store(str(tmp_path / db)) as store:
            for outcome in runner(
                inputs, pipeline=Pipeline(load_settings()), store=store, **options
            ):
                summary.add(outcome)
        summaries.append(summary)
    return summaries[0], summaries[1]


def test_ray_reads_warc_files_and_urls_like_the_local_engine(
    tmp_path: Path, local_ray: None
) -> None:
    from dyads.sources import FetchPolicy
    from test_sources_web import STORY, Route, local_server, page, sample_warc

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.warc.gz").write_bytes(sample_warc(True))
    policy = FetchPolicy(allow_private=True, timeout=5.0, total_timeout=10.0)
    with local_server() as web:
        web.routes["/page"] = Route(page("Warsaw talks", STORY.replace("Vienna", "Warsaw")))
        web.routes["/broken"] = Route(b"Internal error", status=500)
        inputs = [str(tmp_path / "in"), web.url("/page"), web.url("/broken"), "-"]
        local, on_cluster = _both_engines(tmp_path, inputs[:3], inputs, fetch_policy=policy)
    assert local.counts == {"read": 4, "stored": 3, "failed": 1}
    # the same, plus standard input, which this engine leaves to the local one
    assert on_cluster.counts == {"read": 5, "stored": 3, "failed": 2}
    reasons = {f.source: f.reason for f in on_cluster.failures}
    assert "HTTP 500" in reasons[web.url("/broken")] and "standard input" in reasons["-"]
    expected, got = _content(str(tmp_path / "one.duckdb")), _content(str(tmp_path / "ray.duckdb"))
    assert [f for f in got.pop("failures") if "standard input" not in f] == expected.pop("failures")
    assert expected["events"] and got == expected


def test_ray_accounts_for_every_file_of_a_folder_like_the_local_engine(
    tmp_path: Path, local_ray: None
) -> None:
    """New user's trial (session 24): a folder's .jpg and .docx were left out of the counts; the
    local engine now fails them, named, and skips the folder's README, and so does Ray."""
    from test_cli_trial import JPEG, ZIP, _folder

    folder = _folder(tmp_path, {"photo.jpg": JPEG, "memo.docx": ZIP, "README.md": b"# notes\n"})
    inputs = [str(folder)]
    local, on_cluster = _both_engines(tmp_path, inputs, inputs, published="2024-05-07")
    assert local.counts == {"read": 5, "stored": 2, "skipped": 1, "failed": 2}
    assert on_cluster.counts == local.counts
    reasons = sorted(f.reason.split(":")[0] for f in on_cluster.failures)
    assert reasons == ["unsupported file type .docx", "unsupported file type .jpg"]
