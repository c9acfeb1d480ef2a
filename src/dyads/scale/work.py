"""What a worker does with one chunk of documents, in any engine (process pool or Ray).

A worker holds a :class:`~dyads.pipeline.Pipeline` (model loaded once per process) and gets,
with each chunk, a snapshot of the writer's actor memory. It builds every document, parses the
chunk in one ``nlp.pipe`` batch and runs the stages article by article, learning into its copy
of the memory as a single process would. Each article carries the answers its analysis got from
the memory (:class:`RecordingMemory`); the writer replays them against the true memory and
re-analyses the rare article whose answers changed (:func:`dyads.batch.finish`).
"""

from __future__ import annotations

import resource
from typing import Any

from spacy.tokens import Doc

from dyads.actors.memory import ActorMemory, KnownActor
from dyads.batch import WINDOW, Item, Options, build_item, failed, seen_view
from dyads.pipeline import Pipeline
from dyads.records import Failure, RawDocument


class RecordingMemory(ActorMemory):
    """Actor memory that notes every question the stages ask and the answer they got."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: dict[tuple[Any, ...], Any] = {}

    @classmethod
    def of(cls, memory: ActorMemory) -> RecordingMemory:
        """A recording memory that takes over ``memory``'s contents (not a copy)."""
        recording = cls()
        recording.__dict__.update(memory.__dict__)
        recording.asked = {}
        return recording

    def lookup(self, name: str, on: str | None = None) -> KnownActor | None:
        found = super().lookup(name, on)
        self.asked.setdefault(("lookup", name, on), seen_view(found))
        return found

    def known(self, name: str, on: str | None, held: KnownActor | None) -> KnownActor | None:
        found = super().known(name, on, held)
        # ``held`` does not depend on memory: the writer asks again with it (see ``agrees``)
        self.asked.setdefault(("known", name, on), (held, seen_view(found)))
        return found

    def names_starting(self, token: str) -> list[tuple[str, ...]]:
        found = super().names_starting(token)
        self.asked.setdefault(("names", token), tuple(found))
        return found

    def take(self, doc: Doc | None = None) -> dict[tuple[Any, ...], Any]:
        """The questions asked since the last ``take``; with ``doc``, each ``names`` answer
        also carries the token windows where the name could match (see :func:`agrees`)."""
        asked, self.asked = self.asked, {}
        if doc is None:
            return asked
        texts = [t.text for t in doc]
        out = {}
        for key, value in asked.items():
            if key[0] == "names":
                token = key[1]
                windows = tuple(
                    tuple(texts[i : i + WINDOW]) for i, t in enumerate(texts) if t == token
                )
                value = (value, windows)
            out[key] = value
        return out


def analyse_chunk(
    pipeline: Pipeline,
    docs: list[RawDocument | Failure],
    options: Options,
    *,
    keep_docs: bool = False,
) -> list[Item]:
    """Build and analyse ``docs``, learning into ``pipeline.memory``; one Item per document
    (what a Ray actor does; the process pool builds in the parent and calls
    :func:`analyse_built`)."""
    items = [build_item(pipeline, doc, options) for doc in docs]
    todo = [item for item in items if item.outcome is None and item.article is not None]
    analyse_built(pipeline, todo, keep_docs=keep_docs)
    return items


def analyse_built(pipeline: Pipeline, items: list[Item], *, keep_docs: bool = False) -> list[Item]:
    """Analyse built ``items`` (in place, and returned), parsed in one ``nlp.pipe`` batch.

    With ``keep_docs`` each analysed item carries its serialised parse, so the writer can redo
    only the stages if its memory disagrees. Nothing here raises for a document: errors become
    failed outcomes (with the reason formatted here, where the traceback is).
    """
    recording = pipeline.memory
    if not isinstance(recording, RecordingMemory):
        recording = pipeline.memory = RecordingMemory.of(recording)
    parses = pipeline.parse_many([item.article for item in items])  # type: ignore[misc]
    for item, doc in zip(items, parses, strict=True):
        recording.take()
        try:
            if isinstance(doc, Exception):
                raise doc
            item.article = pipeline.analyse_doc(item.article, doc)  # type: ignore[arg-type]
        except Exception as exc:  # becomes a failure row, not a failed job
            item.outcome = failed(item.source, exc)
            continue
        item.analysed = True
        item.lookups = recording.take(doc)  # type: ignore[arg-type]
        if keep_docs:
            item.doc = doc.to_bytes(exclude=["tensor", "user_data"])  # type: ignore[union-attr]
    return items


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
