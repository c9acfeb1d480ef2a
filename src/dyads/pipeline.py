"""The pipeline: one document in, one analysed Article out (a plain function of its input).

``article -> nlp -> actors -> quotes -> events``. The CLI, the HTTP API and the Ray runner
are shells around ``Pipeline.process``.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property

from spacy.language import Language

from dyads.article import build_article
from dyads.config import Settings, load_settings
from dyads.nlp import load_model
from dyads.records import Article, RawDocument


class Pipeline:
    """Holds what is loaded once (settings, the spaCy model) and processes documents."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()

    @cached_property
    def nlp(self) -> Language:
        return load_model(self.settings.spacy_model)

    def build(
        self,
        raw: RawDocument,
        *,
        published: str | date | None = None,
        repeated: frozenset[str] = frozenset(),
    ) -> Article:
        """The article stage alone: text, structure, date and language."""
        return build_article(
            raw,
            published=published,
            repeated=repeated,
            languages=self.settings.languages,
            max_bytes=self.settings.max_text_bytes,
        )

    def analyse(self, article: Article) -> Article:
        """Run the language stages over a built article, filling its mentions, quotes, events."""
        return article

    def process(
        self,
        raw: RawDocument,
        *,
        published: str | date | None = None,
        repeated: frozenset[str] = frozenset(),
    ) -> Article:
        return self.analyse(self.build(raw, published=published, repeated=repeated))


def process(
    text: str,
    *,
    published: str | date | None = None,
    html: bool = False,
    source: str = "<text>",
    pipeline: Pipeline | None = None,
) -> Article:
    """Process one article given as a string (plain text, or HTML with ``html=True``)."""
    raw = RawDocument(source=source, content=text, kind="html" if html else "text")
    return (pipeline or _default_pipeline()).process(raw, published=published)


_DEFAULT: list[Pipeline] = []


def _default_pipeline() -> Pipeline:
    if not _DEFAULT:
        _DEFAULT.append(Pipeline())
    return _DEFAULT[0]
