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

import re
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyads.article.boilerplate import repeated_lines
from dyads.errors import DyadsError, Skipped
from dyads.pipeline import Pipeline
from dyads.records import Article, Failure, RawDocument
from dyads.sources import FetchPolicy, iter_documents, local_text_files
from dyads.store import SaveResult, Store

if TYPE_CHECKING:
    from dyads.actors.memory import ActorMemory

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


def repeated_in(inputs: Sequence[str | Path], max_bytes: int) -> frozenset[str]:
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


def failed(source: str, exc: Exception) -> Outcome:
    """The failure outcome for an exception raised while processing ``source``."""
    if isinstance(exc, DyadsError):
        return Outcome("failed", source, failure=Failure(source, exc.stage, str(exc)))
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    reason = f"internal error {type(exc).__name__}: {exc}{where}; please report it with this input"
    return Outcome("failed", source, failure=Failure(source, "pipeline", reason))


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


@dataclass(slots=True)
class Item:
    """One input on its way through a chunk: built (``article``) or already decided
    (``outcome``); ``lookups`` are the actor-memory answers a worker's analysis relied on."""

    source: str
    article: Article | None = None
    outcome: Outcome | None = None
    analysed: bool = False
    lookups: dict[tuple[Any, ...], Any] | None = None
    doc: bytes | None = None  # the worker's parse (``Doc.to_bytes``), to redo the stages cheaply


@dataclass(frozen=True, slots=True)
class Options:
    """What every document of a batch is built with."""

    published: str | date | None = None
    repeated: frozenset[str] = frozenset()
    date_from_name: bool = False


def build_item(pipeline: Pipeline, doc: RawDocument | Failure, options: Options) -> Item:
    """The article stage for one input; an unreadable, skipped or failed input is decided."""
    if isinstance(doc, Failure):
        return Item(doc.source, outcome=Outcome("failed", doc.source, failure=doc))
    published = options.published
    if options.date_from_name and doc.published is None:
        published = date_in_name(doc.source) or published
    try:
        article = pipeline.build(doc, published=published, repeated=options.repeated)
    except Skipped as exc:
        outcome = Outcome("skipped", doc.source, exc.article, reason=str(exc))
        return Item(doc.source, article=exc.article, outcome=outcome)
    except Exception as exc:  # a bug must not stop the batch
        return Item(doc.source, outcome=failed(doc.source, exc))
    return Item(doc.source, article=article)


def to_analyse(items: list[Item], store: Store | None) -> list[Item]:
    """The built items that need the language stages: not decided, not already in ``store``
    (nor a repeat of one earlier in ``items``; ``finish`` records their sources)."""
    seen: set[str] = set()
    todo = []
    for item in items:
        if item.outcome is not None or item.article is None:
            continue
        if store is not None and (item.article.id in seen or store.has_article(item.article.id)):
            continue
        seen.add(item.article.id)
        todo.append(item)
    return todo


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


def replay(memory: ActorMemory, lookups: dict[tuple[Any, ...], Any]) -> bool:
    """Whether ``memory`` answers every recorded look-up as the worker's snapshot did."""
    from dyads.scale.work import agrees  # the recording side lives with the workers

    return agrees(memory, lookups)


def finish(pipeline: Pipeline, store: Store | None, item: Item) -> Outcome:
    """Store one item (this process is the only writer) and give its outcome.

    Called in input order. An article analysed in a worker used a snapshot of actor memory;
    its recorded look-ups are replayed against this process's memory (the source of truth),
    and if any answer differs the article is analysed again here, so the result is what a
    single process would have produced.
    """
    if item.outcome is not None:
        outcome = item.outcome
        if outcome.status == "skipped" and store is not None and outcome.article is not None:
            store.save_article(outcome.article, status="skipped", reason=outcome.reason)
        return outcome
    article = item.article
    assert article is not None
    try:
        if store is not None and store.has_article(article.id):
            store.save_article(article)  # records the additional source only
            return Outcome("unchanged", item.source, article)
        if not item.analysed:  # a repeat within its chunk whose first copy failed
            article = pipeline.analyse(article)
        elif item.lookups is not None:
            if replay(pipeline.memory, item.lookups):
                pipeline.memory.learn(article.mentions, article.published)
            else:
                REDONE[0] += 1
                article = _redo(pipeline, article, item.doc)
    except Exception as exc:
        return failed(item.source, exc)
    if store is None:
        return Outcome("extracted", item.source, article)
    result = store.save_article(article, actors=pipeline.learned_rows(article))
    status = "stored" if result is SaveResult.STORED else "unchanged"
    return Outcome(status, item.source, article)


# Articles a worker analysed against stale actor memory and this process analysed again.
REDONE = [0]


def _redo(pipeline: Pipeline, article: Article, doc: bytes | None) -> Article:
    """Analyse again with this process's memory: only the stages when the worker sent its
    parse (the parse does not depend on memory), else from the text (loads the model)."""
    if doc is None:
        return pipeline.analyse(article)
    from spacy.tokens import Doc

    from dyads.scale.work import blank_vocab

    return pipeline.analyse_doc(article, Doc(blank_vocab()).from_bytes(doc))


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


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
