"""Actors learned from one article code a later article, across runs, through the store."""

from __future__ import annotations

from pathlib import Path

from dyads.config import load_settings
from dyads.ingest import run
from dyads.pipeline import Pipeline
from dyads.store import open_store

SECOND = (
    "Talks Stall\n\nBRUSSELS (Dyads Wire) — Mr. Colomina said on Friday that the talks had stalled "
    "and blamed the other side for the delay.\n"
)


def _ingest(paths: list[Path], db: str, **settings: str) -> list:
    store = open_store(db)
    try:
        pipeline = Pipeline(load_settings(**settings))
        return list(run(paths, pipeline=pipeline, store=store, published="2024-01-12"))
    finally:
        store.close()


def _colomina(db: str, article_id: str) -> dict:
    store = open_store(db)
    try:
        mentions = store.article(article_id)["mentions"]
    finally:
        store.close()
    return next(m for m in mentions if m["text"] == "Mr. Colomina")


def test_surname_alone_is_coded_from_the_store_after_the_seed(
    seed_path: Path, tmp_path: Path, store_url: str
) -> None:
    second = tmp_path / "second.txt"
    second.write_text(SECOND, encoding="utf-8")
    (alone,) = _ingest([second], str(tmp_path / "fresh.duckdb"))
    # Colomina holds none of the offices of the dated table: without memory the surname alone
    # says nothing
    unknown = next(m for m in alone.article.mentions if m.text == "Mr. Colomina")
    assert unknown.code is None

    (seed_outcome,) = _ingest([seed_path], store_url)
    assert seed_outcome.status == "stored"
    store = open_store(store_url)
    try:
        learned = {row["name"]: row for row in store.actor_rows()}
    finally:
        store.close()
    assert learned["Javier Colomina"]["code"] == "IGOWSTNAT"

    (outcome,) = _ingest([second], store_url)  # a new run: memory comes from the store
    colomina = _colomina(store_url, outcome.article.id)
    assert (colomina["actor"], colomina["code"]) == ("Javier Colomina", "IGOWSTNAT")

    # a user's own dictionary wins over what was learned
    users = tmp_path / "actors.yaml"
    users.write_text(
        "actors:\n  - name: Javier Colomina\n    code: ESPGOV\n    role: diplomat\n",
        encoding="utf-8",
    )
    third = tmp_path / "third.txt"
    third.write_text(SECOND.replace("Friday", "Saturday"), encoding="utf-8")
    (outcome,) = _ingest([third], store_url, actors_file=str(users))
    colomina = _colomina(store_url, outcome.article.id)
    assert colomina["code"] == "ESPGOV"
