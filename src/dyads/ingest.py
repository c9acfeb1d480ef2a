"""Batches: run the pipeline over many inputs, into a store or not, counting every outcome.

Every input ends in exactly one outcome (stored, unchanged, skipped, failed), so
``read == stored + unchanged + skipped + failed`` and nothing is lost silently.
"""

from __future__ import annotations

import re
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyads.article.boilerplate import repeated_lines
from dyads.errors import DyadsError, Skipped
from dyads.pipeline import Pipeline
from dyads.records import Article, Failure, RawDocument
from dyads.sources import FetchPolicy, iter_documents, local_text_files
from dyads.store import SaveResult, Store

# Repeated-line detection needs a batch to count over.
MIN_BATCH_FOR_REPEATS = 3


@dataclass(slots=True)
class Outcome:
    status: str  # stored | unchanged | skipped | failed | extracted
    source: str
    article: Article | None = None
    failure: Failure | None = None
    reason: str | None = None


@dataclass(slots=True)
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.counts["read"] += 1
        self.counts[outcome.status] += 1
        if outcome.failure is not None:
            self.failures.append(outcome.failure)
        if outcome.status == "skipped":
            self.skipped.append((outcome.source, outcome.reason or ""))


def _repeats(inputs: Sequence[str | Path], max_bytes: int) -> frozenset[str]:
    """Lines repeated across the batch's local text files (a cheap pre-pass; no fetching)."""
    texts = (
        doc.content
        for doc in iter_documents(list(local_text_files(inputs)), max_bytes=max_bytes)
        if isinstance(doc, RawDocument) and doc.kind == "text"
    )
    return repeated_lines(texts, min_documents=MIN_BATCH_FOR_REPEATS)


_NAME_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def date_in_name(source: str) -> str | None:
    """A ``YYYY-MM-DD`` date written in a file name (``story-2023-12-28.txt``), if valid."""
    found = _NAME_DATE.search(Path(source.split(":")[0]).name)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1)).isoformat()
    except ValueError:
        return None


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
    except DyadsError as exc:
        return Outcome("failed", raw.source, failure=Failure(raw.source, exc.stage, str(exc)))
    except Exception as exc:  # a bug must not stop the batch: record it and go on
        where = traceback.extract_tb(exc.__traceback__)[-1]
        reason = (
            f"internal error {type(exc).__name__}: {exc} (at {Path(where.filename).name}:"
            f"{where.lineno}); please report it with this input"
        )
        return Outcome("failed", raw.source, failure=Failure(raw.source, "pipeline", reason))
    if store is None:
        return Outcome("extracted", raw.source, article)
    result = store.save_article(article, actors=pipeline.learned_rows(article))
    status = "stored" if result is SaveResult.STORED else "unchanged"
    return Outcome(status, raw.source, article)


def run(
    inputs: Iterable[str | Path],
    *,
    pipeline: Pipeline,
    store: Store | None = None,
    published: str | date | None = None,
    date_from_name: bool = False,
    fetch_policy: FetchPolicy | None = None,
) -> Iterator[Outcome]:
    """Process every document in ``inputs``; yield one Outcome per document.

    ``published`` is the date of documents that carry none; with ``date_from_name`` a
    ``YYYY-MM-DD`` in a document's file name comes first. ``fetch_policy`` governs URL
    inputs (timeouts, size cap, the private-address guard).
    """
    inputs = list(inputs)
    max_bytes = pipeline.settings.max_text_bytes
    repeated = _repeats(inputs, max_bytes)
    if store is not None:
        pipeline.remember(store.actor_rows())
    for item in iter_documents(inputs, max_bytes=max_bytes, fetch_policy=fetch_policy):
        if isinstance(item, Failure):
            outcome = Outcome("failed", item.source, failure=item)
        else:
            outcome = process_document(pipeline, item, store, published, repeated, date_from_name)
        if outcome.failure is not None and store is not None:
            store.save_failure(outcome.failure)
        yield outcome
