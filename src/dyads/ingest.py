"""Batches: run the pipeline over many inputs, into a store or not, counting every outcome.

Every input ends in exactly one outcome (stored, unchanged, skipped, failed), so
``read == stored + unchanged + skipped + failed`` and nothing is lost silently.

Inputs are read lazily and handled in chunks of ``settings.batch_size`` documents: each chunk is
built, parsed with one ``nlp.pipe`` call and analysed in order, then written. ``workers > 1``
hands chunks to a process pool (:mod:`dyads.scale.pool`); this process stays the single writer
and writes in input order, so the store ends up exactly as with one worker (see
:func:`finish` for how actor memory is kept exact).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyads.batch import (
    REDONE,
    Item,
    Options,
    Outcome,
    build_item,
    chunks,
    date_in_name,
    failed,
    finish,
    repeated_in,
    to_analyse,
)
from dyads.errors import Skipped
from dyads.pipeline import Pipeline
from dyads.records import Article, Failure, RawDocument
from dyads.sources import FetchPolicy, iter_documents
from dyads.store import SaveResult, Store

__all__ = [
    "REDONE",
    "Item",
    "Options",
    "Outcome",
    "Summary",
    "analyse_items",
    "build_item",
    "chunks",
    "date_in_name",
    "failed",
    "finish",
    "process_document",
    "repeated_in",
    "run",
    "to_analyse",
]


@dataclass(slots=True)
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # stored (or extracted) articles the language stages did not run on, by language
    not_analysed: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.counts["read"] += 1
        self.counts[outcome.status] += 1
        if outcome.failure is not None:
            self.failures.append(outcome.failure)
        if outcome.status == "skipped":
            self.skipped.append((outcome.source, outcome.reason or ""))
        article = outcome.article
        if outcome.status in ("stored", "extracted") and article and not article.analysed:
            self.not_analysed[article.language or "unknown"] += 1

    def not_analysed_line(self) -> str | None:
        """``"stored, not analysed: 3 ru, 2 de"`` (``extracted`` without a store), or None."""
        if not self.not_analysed:
            return None
        verb = "stored" if self.counts.get("stored") else "extracted"
        counts = ", ".join(f"{n} {code}" for code, n in self.not_analysed.most_common())
        return f"{verb}, not analysed: {counts}"


def process_document(
    pipeline: Pipeline,
    raw: RawDocument,
    store: Store | None = None,
    published: str | date | None = None,
    repeated: frozenset[str] = frozenset(),
    date_from_name: bool = False,
) -> Outcome:
    """Process one document into ``store`` (or not); every error becomes the Outcome."""
    if date_from_name and raw.published is None:
        published = date_in_name(raw.source) or published
    try:
        article = pipeline.build(raw, published=published, repeated=repeated)
        if store is not None and store.has_article(article.id):
            store.save_article(article)  # records the additional source only
            return Outcome("unchanged", raw.source, article)
        article = pipeline.analyse(article)
    except Skipped as exc:
        if store is not None and exc.article is not None:
            store.save_article(exc.article, status="skipped", reason=str(exc))
        return Outcome("skipped", raw.source, exc.article, reason=str(exc))
    except Exception as exc:  # a bug must not stop the batch: record it and go on
        return failed(raw.source, exc)
    if store is None:
        return Outcome("extracted", raw.source, article)
    result = store.save_article(article, actors=pipeline.learned_rows(article))
    status = "stored" if result is SaveResult.STORED else "unchanged"
    return Outcome(status, raw.source, article)


def analyse_items(pipeline: Pipeline, items: list[Item], store: Store | None) -> None:
    """Analyse, in one batch, the built items that are not already in ``store``."""
    todo = to_analyse(items, store)
    many = getattr(pipeline, "analyse_many", None)
    articles = [item.article for item in todo]
    results = many(articles) if many else [_analyse_one(pipeline, a) for a in articles]
    for item, result in zip(todo, results, strict=True):
        if isinstance(result, Exception):
            item.outcome = failed(item.source, result)
        else:
            item.article, item.analysed = result, True


def _analyse_one(pipeline: Pipeline, article: Article) -> Article | Exception:
    try:
        return pipeline.analyse(article)
    except Exception as exc:
        return exc


def run(
    inputs: Iterable[str | Path],
    *,
    pipeline: Pipeline,
    store: Store | None = None,
    published: str | date | None = None,
    date_from_name: bool = False,
    fetch_policy: FetchPolicy | None = None,
    workers: int = 1,
) -> Iterator[Outcome]:
    """Process every document in ``inputs``; yield one Outcome per document, in input order.

    ``published`` is the date of documents that carry none; with ``date_from_name`` a
    ``YYYY-MM-DD`` in a document's file name comes first. ``fetch_policy`` governs URL
    inputs (timeouts, size cap, the private-address guard). ``workers > 1`` analyses in that
    many processes (each loads the model once); the store content is the same as with one.
    """
    inputs = list(inputs)
    max_bytes = pipeline.settings.max_text_bytes
    options = Options(published, repeated_in(inputs, max_bytes), date_from_name)
    if store is not None:
        pipeline.remember(store.actor_rows())
    documents = iter_documents(inputs, max_bytes=max_bytes, fetch_policy=fetch_policy)
    size = getattr(pipeline.settings, "batch_size", 32)
    if workers > 1:
        from dyads.scale.pool import CHUNK, analysed_chunks

        parts = chunks(documents, min(size, CHUNK))
        batches = analysed_chunks(pipeline, parts, options, workers, store=store)
    else:
        batches = (
            _local_chunk(pipeline, chunk, options, store) for chunk in chunks(documents, size)
        )
    for items in batches:
        for item in items:
            outcome = finish(pipeline, store, item)
            if outcome.failure is not None and store is not None:
                store.save_failure(outcome.failure)
            yield outcome


def _local_chunk(
    pipeline: Pipeline, chunk: list[RawDocument | Failure], options: Options, store: Store | None
) -> list[Item]:
    items = [build_item(pipeline, doc, options) for doc in chunk]
    analyse_items(pipeline, items, store)
    return items
