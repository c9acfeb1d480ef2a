"""The seed and a reprint of it under another id: one event set, both sources recorded."""

from __future__ import annotations

from pathlib import Path

from dyads.config import load_settings
from dyads.database import Database
from dyads.ingest import run
from dyads.pipeline import Pipeline
from dyads.store import open_store


def _ingest(paths: list[Path], url: str) -> None:
    store = open_store(url)
    try:
        outcomes = list(run(paths, pipeline=Pipeline(load_settings()), store=store,
                            published="2023-12-28"))  # fmt: skip
    finally:
        store.close()
    assert {o.status for o in outcomes} == {"stored"}


def test_reprint_yields_one_event_set_with_both_sources(
    seed_text: str, tmp_path: Path, store_url: str
) -> None:
    original = tmp_path / "azatutyun.txt"
    original.write_text(seed_text, encoding="utf-8")
    reprint = tmp_path / "mirror-spectator.txt"
    reprint.write_text(seed_text + "\n\n(Reprinted from Azatutyun.)\n", encoding="utf-8")
    alone_url = f"{tmp_path / 'alone.duckdb'}"
    _ingest([original], alone_url)
    _ingest([original, reprint], store_url)

    store = open_store(store_url)
    try:
        articles = store.query("SELECT id, source, duplicate_of FROM articles ORDER BY source")
        per_cluster = store.query(
            "SELECT cluster, count(DISTINCT article_id) AS articles, count(*) AS reports "
            "FROM events GROUP BY cluster"
        )
        first_events = store.count("events") // 2
    finally:
        store.close()
    first, second = articles
    assert first["id"] != second["id"]
    assert first["duplicate_of"] is None and second["duplicate_of"] == first["id"]
    assert len(per_cluster) == first_events > 0  # one event set...
    assert all(c["articles"] == 2 and c["reports"] == 2 for c in per_cluster)  # ...two sources

    with Database(alone_url) as alone, Database(store_url) as both:
        for pair in (("ARM", "RUS"), ("ARM", "NATO")):
            assert both.dyad_totals(*pair).equals(alone.dyad_totals(*pair)), pair
