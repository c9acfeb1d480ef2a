"""The Ray Data runner for ``dyads ingest --engine ray [--address ray://…]``.

Ray Data does the distribution (no scheduler of our own):

1. read: the inputs (files, with folders expanded in the driver, and URLs) become a dataset
   (``from_items``); each is read where it lands with the same reader the local engine uses
   (:func:`dyads.sources.iter_documents`: text, HTML, JSONL shards, gzip, WARC, URLs with the
   fetch policy), one row per document (``flat_map``), tagged with its place in the input;
2. analyse: ``map_batches`` with an actor class that loads the pipeline and its spaCy model once
   and runs :func:`dyads.scale.work.analyse_chunk` (build, one ``nlp.pipe`` per batch, stages,
   actor memory recorded) against the writer's latest actor memory (:class:`MemoryBoard`); a
   document that fails becomes a failure row, never a failed job;
3. write and load: :func:`run` streams the analysed blocks to the driver in input order,
   writes each as a Parquet partition (one row per document: flat columns to inspect plus the
   pickled result) and writes its items into the store with the single-writer step every
   engine uses (:func:`dyads.batch.finish`), while the actors go on with the next blocks.
   :func:`analyse` (``write_parquet`` on the cluster) and :func:`load` split the same into an
   analysis job and a later load.

The store ends up as a one-process run would leave it. Files must be at the same path on
every node (a shared mount). Standard input is not read by this engine (use the local one):
it becomes a failure row.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq
import ray
import ray.data

from dyads.batch import Item, Options, Outcome, finish, repeated_in
from dyads.config import Settings
from dyads.pipeline import Pipeline
from dyads.records import Failure
from dyads.scale.work import RecordingMemory, analyse_chunk, peak_rss_mb
from dyads.sources import (
    FetchPolicy,
    NotAnArticle,
    folder_note,
    is_store_file,
    iter_documents,
    walk_files,
)
from dyads.sources.files import is_document_name, unsupported_type
from dyads.sources.urls import is_url
from dyads.store import Store

BATCH = 8  # documents per actor call (one nlp.pipe batch)
IO_TASKS = 2  # concurrent read / split / write tasks
BLOCK_BYTES = 4 * 1024 * 1024  # small blocks spread a big JSONL shard over the actors


def start(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect to the cluster at ``address`` (``ray://host:10001``, ``auto``) or start a local
    Ray with ``num_cpus`` (no dashboard, no usage statistics)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", message=".*concurrent actors.*", category=UserWarning)
    if ray.is_initialized():
        return
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # partitions hold runs of the input
    context.enable_progress_bars = False
    context.target_max_block_size = BLOCK_BYTES


def _inputs(inputs: Iterable[str | Path]) -> tuple[list[str], list[Failure]]:
    """Inputs as the local engine names them (a folder becomes its files), and failures for
    what this engine does not read."""
    items: list[str] = []
    skipped: list[Failure] = []
    for item in inputs:
        text = str(item)
        if text == "-":
            skipped.append(Failure(text, "read", "the ray engine does not read standard input"))
        elif is_url(text) or not Path(item).is_dir():
            items.append(text)  # a missing file fails where it is read, as it does locally
        else:
            # every file accounted for, as the local engine does (sources._local)
            for file in walk_files(Path(item)):
                if note := folder_note(file):
                    skipped.append(NotAnArticle(str(file), "read", note))
                elif is_document_name(file.name):
                    items.append(str(file))
                elif not is_store_file(file):
                    skipped.append(Failure(str(file), "read", unsupported_type(file)))
    return items, skipped


class _Expand:
    """An input -> its documents (the local engine's reader), in order."""

    def __init__(self, max_bytes: int, fetch_policy: FetchPolicy | None) -> None:
        self.max_bytes = max_bytes
        self.fetch_policy = fetch_policy

    def __call__(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        docs = iter_documents(
            [row["input"]], max_bytes=self.max_bytes, fetch_policy=self.fetch_policy
        )
        return [{"file": row["file"], "n": n, "doc": pickle.dumps(d)} for n, d in enumerate(docs)]


@ray.remote(num_cpus=0)
class MemoryBoard:
    """The writer's actor memory as it grows (pickled), for the analysing actors to catch up
    with before each batch, as the process pool's workers get a fresh snapshot per chunk."""

    def __init__(self, memory: bytes) -> None:
        self.version, self.memory = 0, memory

    def put(self, memory: bytes) -> None:
        self.version, self.memory = self.version + 1, memory

    def since(self, version: int) -> tuple[int, bytes | None]:
        return self.version, (self.memory if self.version > version else None)


class _Analyser:
    """A Ray actor: the pipeline loaded once; before each batch its actor memory catches up
    with the writer's (the board), and it learns from the batch as it goes."""

    def __init__(self, settings: Settings, options: Options, board: Any, keep: bool) -> None:
        self.pipeline = Pipeline(settings)
        self.pipeline.nlp  # noqa: B018 - load the model once, in the constructor
        self.board, self.version = board, -1
        self.options = options
        self.keep = keep

    def _catch_up(self) -> None:
        version, memory = ray.get(self.board.since.remote(self.version))
        if memory is not None:
            self.pipeline.memory = RecordingMemory.of(pickle.loads(memory))
            self.version = version

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, Any]:
        self._catch_up()
        docs = [pickle.loads(b) for b in batch["doc"]]
        items = analyse_chunk(self.pipeline, docs, self.options, keep_docs=self.keep)
        outcome = [i.outcome for i in items]
        return {
            "file": batch["file"],
            "n": batch["n"],
            "source": [i.source for i in items],
            "status": [o.status if o else "analysed" for o in outcome],
            "article_id": [i.article.id if i.article else None for i in items],
            "quotes": [len(i.article.quotes) if i.article else 0 for i in items],
            "events": [len(i.article.events) if i.article else 0 for i in items],
            "reason": [
                (o.failure.reason if o.failure else o.reason) if o else None for o in outcome
            ],
            "item": [pickle.dumps(i) for i in items],
            "pid": [os.getpid()] * len(items),
            "peak_rss_mb": [peak_rss_mb()] * len(items),
        }


def _reason(outcome: Outcome | None) -> str | None:
    if outcome is None:
        return None
    return outcome.failure.reason if outcome.failure is not None else outcome.reason


def analysed(
    inputs: Iterable[str | Path],
    *,
    pipeline: Pipeline,
    options: Options,
    actors: int | None = None,
    keep_docs: bool = True,
    fetch_policy: FetchPolicy | None = None,
    board: Any = None,
) -> tuple[ray.data.Dataset | None, list[Failure]]:
    """Steps 1-2 as a lazy Ray dataset (one row per document, in input order), and the
    inputs this engine could not read. ``actors``: analysing actors (default: the CPUs);
    ``board``: a :class:`MemoryBoard` the caller keeps up to date (default: one holding
    ``pipeline.memory`` as it is now)."""
    items, skipped = _inputs(inputs)
    if not items:
        return None, skipped
    cpus = int(ray.cluster_resources().get("CPU", 1))
    # Reading and splitting take no CPU slot, so the analysing actors can hold one each (on
    # 2 CPUs a read task waiting for a slot taken by an actor would never run); a fixed
    # concurrency keeps Ray from starting a worker process per zero-CPU task. About BATCH
    # inputs per block, so every actor gets work; a JSONL shard's lines are cut into small
    # blocks by the block size limit set in ``start``.
    blocks = max(1, -(-len(items) // BATCH))
    rows = [{"file": number, "input": item} for number, item in enumerate(items)]
    docs = ray.data.from_items(rows, override_num_blocks=blocks).flat_map(
        _Expand(pipeline.settings.max_text_bytes, fetch_policy),
        num_cpus=0,
        concurrency=IO_TASKS,
    )
    board = board or MemoryBoard.remote(pickle.dumps(pipeline.memory))
    dataset = docs.map_batches(
        _Analyser,
        fn_constructor_args=(pipeline.settings, options, board, keep_docs),
        batch_size=BATCH,
        compute=ray.data.ActorPoolStrategy(size=actors or cpus),
        num_cpus=1,
    )
    return dataset, skipped


def analyse(
    inputs: Iterable[str | Path],
    *,
    pipeline: Pipeline,
    output: str | Path,
    options: Options,
    actors: int | None = None,
    keep_docs: bool = True,
) -> list[Failure]:
    """Steps 1-3 as one Ray job (``write_parquet``), for analysing now and loading later with
    :func:`load`. Returns the inputs this engine could not read."""
    dataset, skipped = analysed(
        inputs, pipeline=pipeline, options=options, actors=actors, keep_docs=keep_docs
    )
    if dataset is not None:
        dataset.write_parquet(str(output), ray_remote_args={"num_cpus": 0}, concurrency=IO_TASKS)
    return skipped


def _stream(dataset: ray.data.Dataset, output: Path) -> Iterator[dict[str, Any]]:
    """The rows of ``dataset`` as they are produced, in input order; each block is also
    written as a Parquet partition under ``output`` (``part-000000.parquet``, …)."""
    output.mkdir(parents=True, exist_ok=True)
    blocks = dataset.iter_batches(batch_size=None, batch_format="pyarrow")
    for number, block in enumerate(blocks):
        pq.write_table(block, output / f"part-{number:06d}.parquet")
        yield from block.select(["item", "pid", "peak_rss_mb"]).to_pylist()


def _in_order(output: Path) -> Iterator[dict[str, Any]]:
    """The rows of the Parquet partitions in input order, one file at a time.

    With ``preserve_order`` every partition holds a contiguous run of the input, so the files
    are put in order by their first key; if runs ever overlap, Ray sorts them instead.
    """
    runs = []
    for path in sorted(output.rglob("*.parquet")):
        keys = pq.read_table(path, columns=["file", "n"]).to_pydict()
        pairs = list(zip(keys["file"], keys["n"], strict=True))
        if pairs:
            runs.append((pairs[0], pairs[-1], pairs == sorted(pairs), path))
    runs.sort()
    contiguous = all(r[2] for r in runs) and all(a[1] < b[0] for a, b in pairwise(runs))
    if not contiguous:
        ordered = ray.data.read_parquet(str(output)).sort(["file", "n"])
        yield from ordered.iter_rows()
        return
    for *_, path in runs:
        for batch in pq.ParquetFile(path).iter_batches(
            batch_size=64, columns=["item", "pid", "peak_rss_mb"]
        ):
            yield from batch.to_pylist()


def _finish_rows(
    rows: Iterable[dict[str, Any]], pipeline: Pipeline, store: Store | None
) -> Iterator[tuple[Outcome, dict[str, Any]]]:
    for row in rows:
        item: Item = pickle.loads(row["item"])
        meta = {"pid": int(row["pid"]), "peak_rss_mb": float(row["peak_rss_mb"])}
        yield finish(pipeline, store, item), meta


def load(
    output: str | Path, *, pipeline: Pipeline, store: Store | None
) -> Iterator[tuple[Outcome, dict[str, Any]]]:
    """Write the Parquet partitions of :func:`analyse` into ``store`` in input order (this
    process is the only writer, reading one partition at a time); yield each outcome with the
    row's pid and peak RSS."""
    yield from _finish_rows(_in_order(Path(output)), pipeline, store)


# Peak RSS (MB) reported by each Ray actor process, by pid (read by benchmarks/throughput.py).
ACTOR_PEAKS: dict[int, float] = {}


def run(
    inputs: Iterable[str | Path],
    *,
    pipeline: Pipeline,
    store: Store | None = None,
    published: str | date | None = None,
    date_from_name: bool = False,
    address: str | None = None,
    num_cpus: int | None = None,
    output: str | Path | None = None,
    keep_docs: bool = True,
    fetch_policy: FetchPolicy | None = None,
) -> Iterator[Outcome]:
    """``dyads.ingest.run`` on Ray: one Outcome per document, in input order.

    ``output`` keeps the Parquet partitions (default: a temporary folder, removed after);
    ``fetch_policy`` governs URL inputs, fetched by the Ray tasks that read them.
    """
    inputs = list(inputs)
    options = Options(
        published, repeated_in(inputs, pipeline.settings.max_text_bytes), date_from_name
    )
    if store is not None:
        pipeline.remember(store.actor_rows())
    start(address, num_cpus)
    board = MemoryBoard.remote(pickle.dumps(pipeline.memory))
    dataset, skipped = analysed(
        inputs,
        pipeline=pipeline,
        options=options,
        keep_docs=keep_docs,
        fetch_policy=fetch_policy,
        board=board,
    )
    for failure in skipped:
        if isinstance(failure, NotAnArticle):  # a folder's README: skipped on purpose
            yield Outcome("skipped", failure.source, reason=failure.reason)
            continue
        if store is not None:
            store.save_failure(failure)
        yield Outcome("failed", failure.source, failure=failure)
    if dataset is None:
        return
    with tempfile.TemporaryDirectory(prefix="dyads-ray-") as scratch:
        folder = Path(output) if output is not None else Path(scratch) / "analysed"
        for number, (outcome, meta) in enumerate(
            _finish_rows(_stream(dataset, folder), pipeline, store), start=1
        ):
            if number % BATCH == 0:  # the actors' next batches start from what was learned
                board.put.remote(pickle.dumps(pipeline.memory))
            ACTOR_PEAKS[meta["pid"]] = max(meta["peak_rss_mb"], ACTOR_PEAKS.get(meta["pid"], 0))
            if outcome.failure is not None and store is not None:
                store.save_failure(outcome.failure)
            yield outcome


__all__ = ["ACTOR_PEAKS", "MemoryBoard", "analyse", "analysed", "load", "run", "start"]
