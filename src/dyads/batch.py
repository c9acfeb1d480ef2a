"""What every batch engine shares, below all of them: outcomes, items and the writer's step.

An input ends in exactly one :class:`Outcome`. On its way it is an :class:`Item`: built (the
article stage, :func:`build_item`), analysed (here, in a worker process or on a Ray actor) and
finally stored by the single writer (:func:`finish`), in input order. ``dyads.ingest`` (the
local engine), ``dyads.scale.pool`` and ``dyads.scale.ray`` import this module; it imports
none of them.

An article analysed elsewhere used a snapshot of actor memory. The worker records the
questions its analysis asked the memory and the answers it got (``RecordingMemory`` in
:mod:`dyads.scale.work`); :func:`agrees` replays them against the writer's memory, and
:func:`finish` analyses the article again when an answer differs.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyads.actors.memory import ActorMemory, KnownActor
from dyads.errors import DyadsError, Skipped
from dyads.records import Article, Failure, RawDocument

if TYPE_CHECKING:
    from spacy.vocab import Vocab

    from dyads.pipeline import Pipeline
    from dyads.store import Store

__all__ = [
    "REDONE",
    "Item",
    "Options",
    "Outcome",
    "agrees",
    "build_item",
    "chunks",
    "date_in_name",
    "failed",
    "finish",
    "repeated_in",
    "to_analyse",
]

# Repeated-line detection needs a batch to count over.
MIN_BATCH_FOR_REPEATS = 3
# Longest name (in tokens) compared by where it could match; longer ones are compared as lists.
WINDOW = 12
# What the stages read of a looked-up actor (coref and linker); dates only pick the entry.
SEEN_FIELDS = ("name", "code", "country", "sector", "role", "kind", "source", "aliases")
# Articles a worker analysed against stale actor memory and the writer analysed again.
REDONE = [0]

Names = tuple[tuple[str, ...], ...]


@dataclass(slots=True)
class Outcome:
    status: str  # stored | unchanged | skipped | failed | extracted (watch: retry)
    source: str
    article: Article | None = None
    failure: Failure | None = None
    reason: str | None = None


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


def repeated_in(inputs: Sequence[str | Path], max_bytes: int) -> frozenset[str]:
    """Lines repeated across the batch's local text files (a cheap pre-pass; no fetching)."""
    from dyads.article.boilerplate import repeated_lines
    from dyads.sources import iter_documents, local_text_files

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


def build_item(pipeline: Pipeline, doc: RawDocument | Failure, options: Options) -> Item:
    """The article stage for one input; an unreadable, skipped or failed input is decided."""
    from dyads.sources import NotAnArticle

    if isinstance(doc, NotAnArticle):  # a folder's README: skipped on purpose, no failure
        return Item(doc.source, outcome=Outcome("skipped", doc.source, reason=doc.reason))
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


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


# replaying a worker's actor-memory answers ---------------------------------------------------
def seen_view(actor: KnownActor | None) -> tuple[Any, ...] | None:
    """The part of a looked-up actor the stages act on."""
    return None if actor is None else tuple(getattr(actor, f) for f in SEEN_FIELDS)


def _effective(names: Names, windows: tuple[tuple[str, ...], ...]) -> tuple[Names, ...]:
    """For each place the token occurs, the candidate names that match the tokens there, in
    order: all the linker can act on (it tries candidates in order against the tokens)."""
    return tuple(tuple(c for c in names if window[: len(c)] == c) for window in windows)


def agrees(memory: ActorMemory, asked: dict[tuple[Any, ...], Any]) -> bool:
    """Whether ``memory`` gives every recorded question the answer the analysis acted on.

    ``("known", name, on)`` is asked again with the answer the worker had from the sources
    that learn nothing (the office-holder table), and compared on the fields the stages read:
    a learned role that the table's answer overrode changes nothing. ``("lookup", name, on)``
    is compared on those fields; ``("names", token)`` by the candidates that can match where
    the token occurs in the article, so a name learned elsewhere that does not occur here
    changes nothing.
    """
    for key, value in asked.items():
        if key[0] == "known":
            held, seen = value
            if seen_view(ActorMemory.known(memory, key[1], key[2], held)) != seen:
                return False
            continue
        if key[0] == "lookup":
            if seen_view(ActorMemory.lookup(memory, key[1], key[2])) != value:
                return False
            continue
        names, windows = value
        now = tuple(ActorMemory.names_starting(memory, key[1]))
        if now == names:
            continue
        if any(len(c) > WINDOW for c in (*now, *names)):
            return False
        if _effective(now, windows) != _effective(names, windows):
            return False
    return True


@lru_cache(maxsize=1)
def blank_vocab(lang: str = "en") -> Vocab:
    """A vocabulary to read back a worker's ``Doc`` without loading the model (the bytes
    carry their strings; lexical attributes come from the language defaults)."""
    import spacy

    return spacy.blank(lang).vocab


def _redo(pipeline: Pipeline, article: Article, doc: bytes | None) -> Article:
    """Analyse again with the writer's memory: only the stages when the worker sent its parse
    (the parse does not depend on memory), else from the text (loads the model)."""
    if doc is None:
        return pipeline.analyse(article)
    from spacy.tokens import Doc

    return pipeline.analyse_doc(article, Doc(blank_vocab()).from_bytes(doc))


# the writer's step ----------------------------------------------------------------------------
def finish(pipeline: Pipeline, store: Store | None, item: Item) -> Outcome:
    """Store one item (the calling process is the only writer) and give its outcome.

    Called in input order. An article analysed in a worker used a snapshot of actor memory;
    its recorded look-ups are replayed against this process's memory (the source of truth),
    and if any answer differs the article is analysed again here, so the result is what a
    single process would have produced.
    """
    from dyads.store import SaveResult

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
            if agrees(pipeline.memory, item.lookups):
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
