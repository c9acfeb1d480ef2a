"""Actors learned from one article code a later article, across runs, through the store."""

from __future__ import annotations

from pathlib import Path

from dyads.config import load_settings
from dyads.ingest import run
from dyads.pipeline import Pipeline
from dyads.store import open_store

SECOND = (
    "Talks Stall\n\nMOSCOW (Dyads Wire) — Lavrov said on Friday that the talks had stalled "
    "and blamed the other side for the delay.\n"
)


def _ingest(paths: list[Path], db: str, **settings: str) -> list:
    store = open_store(db)
    try:
        pipeline = Pipeline(load_settings(**settings))
        return list(run(paths, pipeline=pipeline, store=store, published="2024-01-12"))
    finally:
        store.close()


def _lavrov(db: str, article_id: str) -> dict:
    store = open_store(db)
    try:
        mentions = store.article(article_id)["mentions"]
    finally:
        store.close()
    return next(m for m in mentions if m["text"] == "Lavrov")


def test_surname_alone_is_coded_from_the_store_after_the_seed(
    seed_path: Path, tmp_path: Path, store_url: str
) -> None:
    second = tmp_path / "second.txt"
    second.write_text(SECOND, encoding="utf-8")
    (alone,) = _ingest([second], str(tmp_path / "fresh.duckdb"))
    unknown = next(m for m in alone.article.mentions if m.text == "Lavrov")
    assert unknown.code is None  # without memory the surname alone says nothing

    (seed_outcome,) = _ingest([seed_path], store_url)
    assert seed_outcome.status == "stored"
    store = open_store(store_url)
    try:
        learned = {row["name"]: row for row in store.actor_rows()}
    finally:
        store.close()
    assert learned["Sergei Lavrov"]["code"] == "RUSGOV"

    (outcome,) = _ingest([second], store_url)  # a new run: memory comes from the store
    lavrov = _lavrov(store_url, outcome.article.id)
    assert (lavrov["actor"], lavrov["code"]) == ("Sergei Lavrov", "RUSGOV")

    # a user's own dictionary wins over what was learned
    users = tmp_path / "actors.yaml"
    users.write_text(
        "actors:\n  - name: Sergei Lavrov\n    code: RUSOPP\n    role: dissident\n",
        encoding="utf-8",
    )
    third = tmp_path / "third.txt"
    third.write_text(SECOND.replace("Friday", "Saturday"), encoding="utf-8")
    (outcome,) = _ingest([third], store_url, actors_file=str(users))
    lavrov = _lavrov(store_url, outcome.article.id)
    assert lavrov["code"] == "RUSOPP"
