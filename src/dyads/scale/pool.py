"""Local worker processes for ``dyads ingest --workers N``.

A ``ProcessPoolExecutor`` (spawn start method: workers import nothing from the parent's state)
whose initializer loads the pipeline and its spaCy model once per worker. The parent reads and
builds each chunk (the article stage, cheap), leaves out what the store already holds, and
submits the rest with a snapshot of its actor memory; workers parse and run the stages. At most
``2 * workers`` chunks are in flight, so input is read only as fast as it is analysed and memory
stays flat. Results come back in submission order. A chunk whose worker died becomes one
failure row per document.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from dyads.actors.memory import ActorMemory
from dyads.batch import Item, Options, Outcome, build_item, to_analyse
from dyads.config import Settings
from dyads.pipeline import Pipeline
from dyads.records import Failure, RawDocument
from dyads.scale.work import RecordingMemory, analyse_built, peak_rss_mb
from dyads.store import Store

# Documents per task: small, so the memory snapshot a chunk is analysed against is recent
# (fewer redone articles); still enough for nlp.pipe to batch well on article-length texts.
CHUNK = 8

# Peak RSS (MB) reported by each worker process, by pid (read by benchmarks/throughput.py).
WORKER_PEAKS: dict[int, float] = {}

_WORKER: list[Pipeline] = []


def _start(settings: Settings, fast: bool) -> None:
    pipeline = Pipeline(settings, fast=fast)
    pipeline.nlp  # load the model once, before the first chunk  # noqa: B018
    _WORKER.append(pipeline)


def _work(items: list[Item], memory: bytes) -> tuple[list[Item], int, float]:
    pipeline = _WORKER[0]
    pipeline.memory = RecordingMemory.of(pickle.loads(memory))
    return analyse_built(pipeline, items, keep_docs=True), os.getpid(), peak_rss_mb()


def _lost(items: list[Item], reason: str) -> None:
    for item in items:
        item.outcome = Outcome(
            "failed", item.source, failure=Failure(item.source, "pipeline", reason)
        )


class WorkerPool:
    """``workers`` processes, each with the pipeline loaded once."""

    def __init__(self, settings: Settings, workers: int, *, fast: bool = True) -> None:
        self.settings, self.workers, self.fast = settings, workers, fast
        self.executor = self._executor()

    def _executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(self.settings, self.fast),
        )

    def warm(self) -> None:
        """Start every worker and load its model now (not on the first chunk)."""
        for future in [self.executor.submit(_noop) for _ in range(self.workers * 2)]:
            future.result()

    def submit(self, items: list[Item], memory: ActorMemory) -> Future:
        """Analyse built ``items`` in a worker against ``memory`` as it is now (pickled here:
        the parent goes on learning while the chunk waits)."""
        return self.executor.submit(_work, items, pickle.dumps(memory))

    def analyse(self, items: list[Item], memory: ActorMemory) -> list[Item]:
        """Analyse built ``items`` in a worker now and wait for them (``dyads serve --watch``
        does this for each new feed entry, so the server process never parses)."""
        return _result(self, items, list(items), self.submit(items, memory))

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._executor()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _noop() -> int:
    return len(_WORKER)


def analysed_chunks(
    pipeline: Pipeline,
    chunks: Iterable[list[RawDocument | Failure]],
    options: Options,
    workers: int,
    pool: WorkerPool | None = None,
    store: Store | None = None,
) -> Iterator[list[Item]]:
    """Items of every chunk, built here and analysed in ``workers`` processes, in input order.
    Articles already in ``store`` are not sent (``finish`` records their new source)."""
    own = pool is None
    pool = pool or WorkerPool(pipeline.settings, workers, fast=getattr(pipeline, "fast", True))
    flight: deque[tuple[list[Item], list[Item], Future | None]] = deque()
    try:
        for chunk in chunks:
            items = [build_item(pipeline, doc, options) for doc in chunk]
            todo = to_analyse(items, store)
            flight.append((items, todo, pool.submit(todo, pipeline.memory) if todo else None))
            if len(flight) >= 2 * workers:
                yield _result(pool, *flight.popleft())
        while flight:
            yield _result(pool, *flight.popleft())
    finally:
        if own:
            pool.close()


def _result(
    pool: WorkerPool, items: list[Item], todo: list[Item], future: Future | None
) -> list[Item]:
    """``items`` with the analysed ``todo`` put back in their places."""
    if future is None:
        return items
    try:
        done, pid, peak = future.result()
    except BrokenProcessPool as exc:
        pool.restart()
        _lost(todo, f"a worker process died ({exc}); the chunk was not analysed")
        return items
    except Exception as exc:  # e.g. a result that could not be sent back
        _lost(todo, f"worker error {type(exc).__name__}: {exc}")
        return items
    WORKER_PEAKS[pid] = max(peak, WORKER_PEAKS.get(pid, 0.0))
    places = {id(item): n for n, item in enumerate(items)}
    for sent, back in zip(todo, done, strict=True):
        items[places[id(sent)]] = back
    return items
