"""The pipeline: one document in, one analysed Article out (a plain function of its input).

``article -> nlp -> actors -> quotes -> events``. The CLI, the HTTP API and the Ray runner
are shells around ``Pipeline.process``.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Any

from spacy.language import Language

from dyads.actors import add_actor_ruler, find_mentions
from dyads.actors.memory import ActorMemory
from dyads.article import build_article
from dyads.config import Settings, load_settings
from dyads.events.coder import find_events
from dyads.nlp import load_model
from dyads.quotes import find_quotes
from dyads.records import Article, RawDocument


def analysis_text(article: Article) -> str:
    """The article's text with boilerplate blanked by spaces: same length, same offsets."""
    text = article.text
    for item in article.boilerplate:
        start, end = item.span
        text = text[:start] + " " * (end - start) + text[end:]
    return text


class Pipeline:
    """What is loaded once (settings, spaCy model, actor memory); processes documents."""

    def __init__(self, settings: Settings | None = None, memory: ActorMemory | None = None) -> None:
        self.settings = settings or load_settings()
        self.memory = self._with_user_actors(memory if memory is not None else ActorMemory())

    def _with_user_actors(self, memory: ActorMemory) -> ActorMemory:
        if self.settings.actors_file:
            memory.add_user_actors(self.settings.actors_file)
        return memory

    def remember(self, rows: list[dict[str, Any]]) -> None:
        """Start from actors learned earlier (store rows); the user's file still wins."""
        self.memory = self._with_user_actors(ActorMemory.from_rows(rows))

    def learned_rows(self, article: Article) -> list[dict[str, Any]]:
        """Actor-memory rows for the people this article taught or confirmed."""
        names = {m.actor for m in article.mentions if m.kind == "person" and m.actor}
        return [
            row for row in self.memory.rows() if row["source"] == "learned" and row["name"] in names
        ]

    @cached_property
    def nlp(self) -> Language:
        nlp = load_model(self.settings.spacy_model)
        add_actor_ruler(nlp)
        return nlp

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
        doc = self.nlp(analysis_text(article))
        mentions = find_mentions(
            doc,
            published=article.published,
            memory=self.memory,
            dateline_place=article.dateline.place,
            body=article.body,
        )
        quotes = find_quotes(doc, mentions, published=article.published, body=article.body)
        events = find_events(doc, mentions, quotes, published=article.published, body=article.body)
        article.mentions = mentions
        article.quotes = quotes
        article.events = events
        self.memory.learn(mentions, article.published)
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
