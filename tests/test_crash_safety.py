"""Crash-safe ingest: SIGKILL the ``dyads ingest`` process mid-batch, rerun, lose nothing.

Each article is written in one transaction (article, mentions, quotes, events, learned
actors), so a kill at any point leaves every article either fully stored or absent, and a
rerun of the same batch completes it. The test checks that after every kill (no partial
article) and at the end (every article exactly once, with the same extractions as a run
that was never killed). ``news_articles`` (generated news texts with quotes and actors) is
shared with ``benchmarks/api_load.py``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dyads.actors.memory import ActorMemory
from dyads.records import Mention
from dyads.store import open_store

ARTICLES = 200
KILLS = 3
SEED = int(os.environ.get("DYADS_CRASH_SEED", "20240102"))  # another seed, other kill points
PUBLISHED = "2024-01-02"
# How long a run may take to show its first write (model load included) before the test fails.
STARTUP_TIMEOUT = 90.0
LOG = "ingest-stderr.txt"

PAIRS = [
    ("Armenia", "Russia", "Yerevan", "Moscow", "Prime Minister", "Nikol Pashinyan",
     "Foreign Minister", "Sergei Lavrov"),
    ("Ukraine", "Poland", "Kyiv", "Warsaw", "Foreign Minister", "Dmytro Kuleba",
     "Foreign Minister", "Radoslaw Sikorski"),
    ("Japan", "China", "Tokyo", "Beijing", "Foreign Minister", "Yoko Kamikawa",
     "Foreign Minister", "Wang Yi"),
    ("Germany", "France", "Berlin", "Paris", "Chancellor", "Olaf Scholz",
     "President", "Emmanuel Macron"),
    ("India", "Pakistan", "New Delhi", "Islamabad", "Foreign Minister",
     "Subrahmanyam Jaishankar", "Foreign Minister", "Ishaq Dar"),
    ("Turkey", "Greece", "Ankara", "Athens", "President", "Recep Tayyip Erdogan",
     "Prime Minister", "Kyriakos Mitsotakis"),
    ("Egypt", "Israel", "Cairo", "Jerusalem", "Foreign Minister", "Sameh Shoukry",
     "Foreign Minister", "Israel Katz"),
    ("Brazil", "Argentina", "Brasilia", "Buenos Aires", "President",
     "Luiz Inacio Lula da Silva", "President", "Javier Milei"),
]  # fmt: skip
# Every minister is named with their country ("Russia's Foreign Minister Sergei Lavrov"): a bare
# title gets the article's country, and one person learned under two codes does not survive the
# store (see test_actor_memory_survives_the_store). Every paragraph carries the article's own
# numbers: a paragraph repeated in three files of a batch would be dropped as boilerplate.
TEMPLATES = [
    "{A} Accuses {B} Over Border Incident No. {n}\n\n"
    "{CAPA} — {A}'s {ta} {sa} accused {B} on Tuesday of violating the ceasefire near "
    "checkpoint {n}.\n\n"
    "“{B} has broken its promises {m} times this year and we will not stay silent,” {la} "
    "told reporters in {capa}.\n\n"
    "{B} denied the accusation and said its forces had fired only warning shots from {n} "
    "meters away.\n\n"
    "Officials in {capb} said they would meet envoys from {A} to discuss incident No. {n}.\n",
    "{A} and {B} Sign Trade Deal Worth ${n} Million\n\n"
    "{CAPA} — {A} signed an agreement with {B} on Monday to expand trade by ${n} million, "
    "officials said.\n\n"
    "“This agreement opens a new chapter between our nations,” {B}'s {tb} {sb} said after meeting "
    "{m} business leaders in {capa}.\n\n"
    "{sa} praised {B} for its support and promised to visit {capb} with {m} ministers.\n",
    "{B} Threatens Sanctions Against {A} After {n} Arrests\n\n"
    "{CAPB} — {B} threatened on Wednesday to impose sanctions on {A} after police in "
    "{capa} arrested {n} protesters.\n\n"
    "“We condemn the detention of {n} peaceful demonstrators,” {B}'s {tb} {sb} said in a "
    "statement.\n\n"
    "{A} rejected the criticism, and {sa} said {m} of those detained had attacked officers.\n",
    "{A} Sends {n} Tonnes of Aid to {B}\n\n"
    "{CAPA} — {A} sent {n} tonnes of humanitarian aid to {B} on Friday, its government "
    "said.\n\n"
    "“We stand with the people of {B} in these difficult days,” {A}'s {ta} {sa} said as {m} "
    "trucks left {capa}.\n\n"
    "{sb} thanked {A} and said {capb} would distribute the {n} tonnes within a week.\n",
    "{sa} Meets {sb} for Talks on {n} Disputed Issues\n\n"
    "{CAPB} — {A}'s {ta} {sa} met {B}'s {tb} {sb} in {capb} on Thursday to discuss "
    "{n} disputed issues.\n\n"
    "“Dialogue is the only way forward, and today we settled {m} of them,” {sa} said after "
    "the talks.\n\n"
    "{B} invited {A} to hold round No. {n} of the negotiations in {capb} next month.\n",
]


def news_articles(count: int, start: int = 0) -> list[tuple[str, str]]:
    """``count`` short news articles as ``(file name, text)``, each with quotes and actors;
    different ``start`` values give different articles (and ids)."""
    out = []
    for i in range(start, start + count):
        a, b, capa, capb, ta, sa, tb, sb = PAIRS[i % len(PAIRS)]
        template = TEMPLATES[(i // len(PAIRS)) % len(TEMPLATES)]
        text = template.format(
            A=a, B=b, capa=capa, capb=capb, CAPA=capa.upper(), CAPB=capb.upper(),
            ta=ta, sa=sa, tb=tb, sb=sb, la=sa.split()[-1], n=101 + 37 * i, m=2 + i % 17,
        )  # fmt: skip
        out.append((f"news-{i:04d}.txt", text))
    return out


def write_news(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in news_articles(count, start):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingest_process(folder: Path, url: str, cwd: Path) -> subprocess.Popen[bytes]:
    """``dyads ingest`` in a process of its own, away from any DYADS_* setting or config;
    its messages go to ``cwd / LOG``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DYADS_")}
    command = [sys.executable, "-c", "from dyads.cli import app; app()",
               "ingest", str(folder), "--db", url, "--published", PUBLISHED]  # fmt: skip
    with (cwd / LOG).open("ab") as log:
        return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=log)


def finish(proc: subprocess.Popen[bytes], cwd: Path) -> None:
    """Wait for an ingest to end by itself, successfully."""
    proc.wait(timeout=600)
    assert proc.returncode == 0, (cwd / LOG).read_text(errors="replace")


def per_article(url: str) -> dict[str, tuple[Any, ...]]:
    """Per stored article: status, and the number of sources, mentions, quotes, events and
    minhash rows, then what its quotes say and its events code (in order)."""
    store = open_store(url)
    try:
        rows = store.query(
            "SELECT a.id, a.status, "
            "(SELECT count(*) FROM article_sources s WHERE s.article_id = a.id) AS sources, "
            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions, "
            "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
            "(SELECT count(*) FROM article_minhash h WHERE h.article_id = a.id) AS minhash "
            "FROM articles a"
        )
        quotes = store.query("SELECT article_id, idx, content FROM quotes ORDER BY article_id, idx")
        events = store.query(
            "SELECT article_id, idx, cameo, source_code, target_code FROM events "
            "ORDER BY article_id, idx"
        )
        orphans = sum(
            store.count(table) - int(store.query(
                f"SELECT count(*) AS n FROM {table} t JOIN articles a ON a.id = t.article_id"
            )[0]["n"])
            for table in ("mentions", "quotes", "events", "article_sources", "article_minhash")
        )  # fmt: skip
        failures = store.count("failures")
    finally:
        store.close()
    assert orphans == 0, "extractions stored without their article"
    assert failures == 0
    said: dict[str, list[tuple[Any, ...]]] = {}
    for q in quotes:
        said.setdefault(q["article_id"], []).append((q["idx"], q["content"]))
    done: dict[str, list[tuple[Any, ...]]] = {}
    for e in events:
        done.setdefault(e["article_id"], []).append(
            (e["idx"], e["cameo"], e["source_code"], e["target_code"])
        )
    return {
        row["id"]: (
            row["status"], int(row["sources"]), int(row["mentions"]), int(row["quotes"]),
            int(row["events"]), int(row["minhash"]),
            tuple(said.get(row["id"], [])), tuple(done.get(row["id"], [])),
        )
        for row in rows
    }  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_news(tmp_path_factory.mktemp("batch") / "news", ARTICLES)


@pytest.fixture(scope="module")
def reference(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    """The batch ingested once, never killed, into a fresh DuckDB file."""
    where = tmp_path_factory.mktemp("reference")
    finish(ingest_process(batch, str(where / "reference.duckdb"), where), where)
    stored = per_article(str(where / "reference.duckdb"))
    assert len(stored) == ARTICLES
    assert all(row[0] == "processed" and row[2] > 0 and row[3] > 0 for row in stored.values())
    assert sum(row[4] > 0 for row in stored.values()) > ARTICLES // 2, "events to lose"
    return stored


def progress_probe(url: str) -> tuple[Callable[[], bool], Callable[[], None]]:
    """A check that the running ingest has written something since the probe was made, and
    a way to release the probe. DuckDB locks its file against other processes, so there the
    sign is its write-ahead log growing; PostgreSQL is asked for its article count."""
    if url.startswith("postgresql://"):
        store = open_store(url)
        before = store.count("articles")
        return (lambda: store.count("articles") > before), store.close
    wal = Path(url + ".wal")
    size = wal.stat().st_size if wal.exists() else 0
    return (lambda: wal.exists() and wal.stat().st_size > size), lambda: None


def kill_mid_batch(folder: Path, url: str, cwd: Path, rng: random.Random) -> bool:
    """Start an ingest, wait for its first write, let it run a random while, SIGKILL it.
    False when it finished before the kill."""
    wrote, release = progress_probe(url)
    proc = ingest_process(folder, url, cwd)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not wrote():
            assert proc.poll() is None or wrote(), (cwd / LOG).read_text(errors="replace")
            assert time.monotonic() < deadline, "the ingest wrote nothing in time"
            time.sleep(0.02)
    finally:
        release()
    # Writes come in bursts (a chunk of articles is parsed, then stored one by one): a short
    # delay lands among the writes of the first chunk, a longer one anywhere.
    time.sleep(rng.uniform(0.0, 0.25) if rng.random() < 0.5 else rng.uniform(0.0, 1.5))
    finished = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return not finished


def test_sigkill_mid_batch_then_rerun_stores_every_article_once_and_whole(
    store_url: str, batch: Path, reference: dict[str, tuple], tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    open_store(store_url).close()  # the schema exists before the first probe
    stored_after_kill = []
    for _ in range(KILLS):
        killed = kill_mid_batch(batch, store_url, tmp_path, rng)
        stored = per_article(store_url)
        assert set(stored) <= set(reference)
        partial = {key: (row, reference[key]) for key, row in stored.items()
                   if row != reference[key]}  # fmt: skip
        assert not partial, f"articles differ from the reference after a kill: {partial}"
        if killed:
            stored_after_kill.append(len(stored))
    print(f"articles stored after each kill: {stored_after_kill}")
    assert any(0 < n < ARTICLES for n in stored_after_kill), (
        f"no kill landed mid-batch (articles stored after each kill: {stored_after_kill})"
    )
    finish(ingest_process(batch, store_url, tmp_path), tmp_path)
    stored = per_article(store_url)
    assert len(stored) == ARTICLES
    assert stored == reference


def test_actor_memory_survives_the_store(store_url: str) -> None:
    """What a rerun starts from (``Pipeline.remember(store.actor_rows())``) is what the killed
    run had learned."""
    memory = ActorMemory()
    lavrov = "Sergei Lavrov"
    memory.learn([Mention(lavrov, (0, 13), lavrov, "RUSGOV", "RUS", "GOV", "Foreign Minister")],
                 "2023-12-28")  # fmt: skip
    # "Foreign Minister Sergei Lavrov" in a Yerevan story, coded with the article's country
    memory.learn([Mention(lavrov, (0, 13), lavrov, "ARMGOV", "ARM", "GOV", "Foreign Minister")],
                 "2024-01-02")  # fmt: skip
    store = open_store(store_url)
    try:
        store.save_actors(memory.rows())
        restored = ActorMemory.from_rows(store.actor_rows())
    finally:
        store.close()
    key = lambda row: (row["name"], row["code"] or "")  # noqa: E731
    assert sorted(restored.rows(), key=key) == sorted(memory.rows(), key=key)
