"""Scaling out: the same pipeline over many cores (a process pool) or a Ray cluster.

* :mod:`.work` is what a worker does with a chunk of documents (build, parse in one batch,
  analyse against a snapshot of actor memory while recording what the memory answered);
* :mod:`.pool` runs chunks in local worker processes (``dyads ingest --workers N``);
* :mod:`.ray` runs them as Ray Data actors (``dyads ingest --engine ray``), writes Parquet
  partitions and loads them into the store.

In every engine the calling process is the single writer: it writes results in input order and
checks each worker result against its own actor memory (:func:`dyads.batch.finish`), so the
store holds exactly what a one-process run would have written. See ``docs/SCALING.md``.
"""

from __future__ import annotations

__all__ = ["pool", "ray", "work"]
