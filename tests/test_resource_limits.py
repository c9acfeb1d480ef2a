"""Hostile inputs are refused with a recorded reason, within bounded time and memory.

The whole batch runs in a child process under an address-space limit and a time limit (the
bounds stated in docs/RELIABILITY.md): exceeding either fails the test.
"""

from __future__ import annotations

import gzip
import resource
import subprocess
import sys
from pathlib import Path

from dyads.store import open_store

MEMORY_BOUND = 3 * 1024**3  # bytes of address space for the whole ingest process
TIME_BOUND = 240  # seconds for the whole batch, model load included

NORMAL = (
    "Ministers Meet\n\nVIENNA (Dyads Wire) — Austria and Hungary agreed on Tuesday to "
    "cooperate on energy, the Austrian foreign minister said.\n"
)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))


def _write_hostile_batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "normal.txt").write_text(NORMAL, encoding="utf-8")
    # a 50 MB HTML page
    with (folder / "huge.html").open("w", encoding="utf-8") as handle:
        handle.write("<html><body>")
        paragraph = "<p>" + "Words of a page that never ends. " * 30 + "</p>\n"
        while handle.tell() < 50 * 1024**2:
            handle.write(paragraph * 100)
        handle.write("</body></html>")
    # a 1 MB single paragraph
    sentence = "The delegates said that the talks would go on and that Russia criticized Armenia. "
    (folder / "paragraph.txt").write_text(sentence * (1_000_000 // len(sentence)), encoding="utf-8")
    # 10,000 quotation marks in a row, inside real text
    marks = "Lavrov said " + "“" * 5_000 + "”" * 5_000 + " and left the room.\n\nHe told TASS."
    (folder / "marks.txt").write_text(marks, encoding="utf-8")
    # a zip bomb: 200 MB of spaces in about 200 KB
    (folder / "bomb.html.gz").write_bytes(gzip.compress(b" " * (200 * 1024**2), compresslevel=9))


def test_hostile_inputs_are_refused_within_bounds(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    _write_hostile_batch(folder)
    db = str(tmp_path / "store.duckdb")
    command = [sys.executable, "-c", "from dyads.cli import app; app()", "ingest", str(folder),
               "--db", db, "--published", "2024-01-02"]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=TIME_BOUND, preexec_fn=_limit_memory
    )
    assert done.returncode == 1, done.stderr[-2000:]  # three inputs failed, and it says so
    store = open_store(db)
    try:
        reasons = {Path(row["source"]).name: row["reason"] for row in store.failures()}
        stored = {Path(row["source"]).name for row in store.query("SELECT source FROM articles")}
        marks = store.query(
            "SELECT text, body_start FROM articles WHERE source LIKE ?", ["%marks.txt"]
        )
        quotes = store.query("SELECT content, span_start, span_end FROM quotes")
    finally:
        store.close()
    assert "limit" in reasons["huge.html"]
    assert "analysis limit" in reasons["paragraph.txt"]
    assert "decompressed content" in reasons["bomb.html.gz"]
    assert stored == {"normal.txt", "marks.txt"}
    text = marks[0]["text"]
    for quote in quotes:  # no runaway span: every quotation is the text at its span
        if quote["span_end"] <= len(text):
            assert len(quote["content"]) == quote["span_end"] - quote["span_start"]
