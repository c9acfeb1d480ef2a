"""A pipeline slot for a component made after the model is loaded, from the model's own parts.

spaCy builds components from factories before it loads their weights, so the components that
wrap loaded parts (:class:`~dyads.nlp.attributes.FastAttributes` wraps the attribute ruler and
the lemmatizer, :class:`~dyads.nlp.entities.EntityWindows` the recogniser) are registered as a
``Slot`` and handed their implementation with :meth:`Slot.configure`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.tokens import Doc


class Slot:
    """Calls the configured implementation (a ``Doc -> Doc`` callable, with ``pipe`` if any)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.impl: Callable[[Doc], Doc] | None = None

    def configure(self, impl: Callable[[Doc], Doc]) -> None:
        self.impl = impl

    def _configured(self) -> Any:
        if self.impl is None:
            raise RuntimeError(f"pipeline component {self.name!r} was never configured")
        return self.impl

    def __call__(self, doc: Doc) -> Doc:
        return self._configured()(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        impl = self._configured()
        if hasattr(impl, "pipe"):
            return impl.pipe(docs, batch_size=batch_size)
        return (impl(doc) for doc in docs)
