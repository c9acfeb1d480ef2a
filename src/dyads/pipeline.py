"""The pipeline: one document in, one analysed Article out (a plain function of its input).

``article -> nlp -> actors -> quotes -> events``. The CLI, the HTTP API, the process pool and
the Ray runner are shells around ``Pipeline.build`` and ``Pipeline.analyse_many``.

Speed without loss. Every stage reads the parse of every sentence: the actors stage links and
resolves mentions in all of them (NER, tags, the ``amod``/``compound``/``expl`` and subject
labels, the parser's sentence boundaries feed pronoun look-back), and quotes and events read
lemmas, tags and dependencies. So the analysis keeps the whole statistical model over the whole
text and removes only work whose result the stages do not miss:

* the model comes from :func:`dyads.nlp.load_fast_model` (``fast=True``, the default): the
  attribute ruler and the lemmatizer, per-token Python, are replaced by a vectorised component
  that writes the same values, and the entity recogniser runs only on windows of tokens that
  can stand in an entity (``Settings.ner_window``; see :mod:`dyads.nlp.entities`);
* articles are parsed in batches with ``nlp.pipe`` (``analyse_many``), cut by characters so
  peak memory stays flat; the stages then run article by article in input order, so actor
  memory evolves exactly as one at a time.

``fast=False`` gives the model as shipped, one ``nlp(text)`` per article: the reference that
``tests/test_scale_selective.py`` and ``benchmarks/throughput.py`` compare against. The stages
see one ``Doc`` over ``analysis_text(article)``, whose character offsets equal the article's.

Languages: every article is built (text, structure, date, language); the language stages run
only on the languages the installed models serve (``Settings.languages``). Any other article
keeps ``analysed=False`` and the reason, and can be analysed in place later
(``dyads reanalyse --language xx``) when a model serves it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from functools import cached_property
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyads.actors import add_actor_ruler, find_mentions
from dyads.actors.memory import ActorMemory
from dyads.article import analysis_text, build_article, plain_spaces
from dyads.config import Settings, load_settings
from dyads.events.coder import find_events
from dyads.nlp import load_fast_model, load_model
from dyads.quotes import find_quotes
from dyads.records import Article, Quote, RawDocument, spoken

# Characters per nlp.pipe batch (see Pipeline.parse_many): measured on PolNeAR, 40k chars
# peaked at 0.42 GB and ran fastest; whole 200-article batches peaked at 2.5 GB.
PARSE_CHARS = 40_000


def analysis_doc(nlp: Language, article: Article) -> Doc:
    """The tokens of ``analysis_text(article)`` (same offsets as ``article.text``), with a
    sentence starting where the body does: the text before it is blanked structure (header,
    dateline), so the body's first sentence is parsed as a sentence of its own."""
    doc = nlp.make_doc(analysis_text(article))
    start = article.body[0]
    if start > 0:
        for token in doc:
            if token.idx >= start and not token.is_space:
                token.is_sent_start = True
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if after is not None and after.is_lower and after.is_alpha:
                    # "- Kyrgyz and Tajik border troops exchanged …": the blanked dateline
                    # before made the parser end a one-word sentence at "Kyrgyz" (a new user's
                    # trial, session 30: the subject's first conjunct and the quotation lost it)
                    after.is_sent_start = False
                break
    for token in doc[1:]:
        if _opens_line(doc, token):
            token.is_sent_start = True
        elif _tag_after_cry(doc, token):
            token.is_sent_start = False
    return doc


def _as_written(quotes: list[Quote], text: str) -> None:
    """The quotations' words as the article writes them, no-break spaces and all: the stages
    read those spaces as plain ones (``analysis_text``), but what was said is quoted from the
    text."""
    for quote in quotes:
        quote.content = spoken(text, quote.span, quote.gap)
        if quote.speaker is not None:
            quote.speaker.text = text[quote.speaker.span[0] : quote.speaker.span[1]]
        if quote.cue is not None:
            quote.cue.text = text[quote.cue.span[0] : quote.cue.span[1]]


def _tag_after_cry(doc: Doc, token: Token) -> bool:
    """ "“Choke!” blared the front page of The Boston Herald": a lower-case word right after a
    quotation ending in "!" or "?" goes on the quotation's sentence (blind audit, round 56: the
    parser split there and the cry went to the previous speaker)."""
    if token.i < 3 or not token.is_lower or not token.is_alpha:
        return False
    mark, cry = doc[token.i - 1], doc[token.i - 2]
    return mark.text in ("”", "''", '"') and cry.text in ("!", "?") and mark.whitespace_ != ""


def _opens_line(doc: Doc, token: Token) -> bool:
    """A line that opens with a capital or a quotation mark after a line break starts a
    sentence: a lead or a heading without a full stop ("… not ready to bow out just yet" then
    "Speaking in an interview …") was parsed into the next paragraph's sentence (blind audit,
    round 22: the speaker of that paragraph was lost). Lines of hard-wrapped prose, which go on
    in lower case, are left to the parser."""
    prev = doc[token.i - 1]
    if token.is_space or not prev.is_space or "\n" not in prev.text:
        return False
    if token.i > 1 and doc[token.i - 2].text == ":":
        return False  # "From Chancellor Olaf Scholz:" then the quotation: one lead-in
    return token.text[:1].isupper() or token.is_quote


class Pipeline:
    """What is loaded once (settings, spaCy model, actor memory); processes documents."""

    def __init__(
        self,
        settings: Settings | None = None,
        memory: ActorMemory | None = None,
        *,
        fast: bool = True,
    ) -> None:
        self.settings = settings or load_settings()
        self.fast = fast
        # Told each stage as it starts on an article: ``progress(stage, article)``; the CLI
        # shows it for long articles (``dyads.commands.progress``).
        self.progress: Callable[[str, Article], None] | None = None
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
        return [row for row in self.memory.rows(names) if row["source"] == "learned"]

    @cached_property
    def nlp(self) -> Language:
        if self.fast:
            nlp = load_fast_model(self.settings.spacy_model, self.settings.ner_window)
        else:
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
            max_chars=self.settings.max_analysis_chars,
        )

    def serves(self, article: Article) -> bool:
        """Whether the language stages run on ``article``: the article stage found its
        language served (``Article.analysed``); a language the settings list since then is
        served too (``dyads reanalyse``)."""
        return article.analysed or article.language in self.settings.languages

    def analyse(self, article: Article) -> Article:
        """Run the language stages over a built article, filling its mentions, quotes, events.

        An article in a language no installed model serves is returned as it is
        (``analysed=False``, the reason in ``analysis_note``)."""
        if not self.serves(article):
            return article
        self._stage("parse", article)
        return self.analyse_doc(article, self.nlp(analysis_doc(self.nlp, article)))

    def _stage(self, stage: str, article: Article) -> None:
        if self.progress is not None:
            self.progress(stage, article)

    def analyse_doc(self, article: Article, doc: Doc) -> Article:
        """The stages over ``doc`` (the parse of ``analysis_text(article)``); memory learns."""
        if not self.serves(article):
            return article
        article.analysed, article.analysis_note = True, None
        self._stage("actors", article)
        mentions = find_mentions(
            doc,
            published=article.published,
            memory=self.memory,
            dateline_place=", ".join(
                filter(None, (article.dateline.place, article.dateline.region))
            )
            or None,
            body=article.body,
        )
        self._stage("quotes", article)
        quotes = find_quotes(doc, mentions, published=article.published, body=article.body)
        if plain_spaces(article.text) != article.text:
            _as_written(quotes, article.text)
        self._stage("events", article)
        events = find_events(
            doc, mentions, quotes, published=article.published, body=article.body,
            min_confidence=self.settings.min_confidence,
        )  # fmt: skip
        article.mentions = mentions
        article.quotes = quotes
        article.events = events
        self.memory.learn(mentions, article.published)
        return article

    def analyse_many(self, articles: Sequence[Article]) -> list[Article | Exception]:
        """``analyse`` over many articles, parsed in one ``nlp.pipe`` batch; in input order.

        An article whose parse or stages raise gets the exception in its place; the others
        go on. The result equals calling ``analyse`` on each in turn.
        """
        if not self.fast:
            return [_attempt(self.analyse, article) for article in articles]
        out: list[Article | Exception] = []
        for article, doc in zip(articles, self.parse_many(articles), strict=True):
            out.append(
                doc if isinstance(doc, Exception) else _attempt(self.analyse_doc, article, doc)
            )
        return out

    def parse_many(self, articles: Sequence[Article]) -> list[Doc | Exception]:
        """The parses of ``analysis_text`` of ``articles``, batched with ``nlp.pipe``.

        Batches are cut at about ``PARSE_CHARS`` characters rather than a number of documents:
        the parser's and NER's working memory grows with the tokens of a batch, so this keeps
        peak memory flat whatever the article lengths (and is a little faster too).
        """
        nlp = self.nlp  # a missing model stops the batch (ModelNotInstalled), not one article
        out: list[Doc | Exception] = []
        docs = (analysis_doc(nlp, a) if self.serves(a) else nlp.make_doc("") for a in articles)
        done = 0
        for group in _by_size(docs, PARSE_CHARS):
            self._stage("parse", articles[done])
            done += len(group)
            try:
                out.extend(nlp.pipe(group, batch_size=len(group)))
            except Exception:  # one bad text must not fail its batch: parse them one by one
                out.extend(_attempt(nlp, doc) for doc in group)
        return out

    def process(
        self,
        raw: RawDocument,
        *,
        published: str | date | None = None,
        repeated: frozenset[str] = frozenset(),
    ) -> Article:
        return self.analyse(self.build(raw, published=published, repeated=repeated))


def _by_size(items: Iterable[Any], limit: int) -> Iterator[list[Any]]:
    """Consecutive groups of ``items`` (texts or Docs) of at most ``limit`` characters (or
    one item)."""
    group: list[Any] = []
    size = 0
    for item in items:
        chars = len(item.text) if isinstance(item, Doc) else len(item)
        if group and size + chars > limit:
            yield group
            group, size = [], 0
        group.append(item)
        size += chars
    if group:
        yield group


def _attempt(func: Any, *args: Any) -> Any:
    try:
        return func(*args)
    except Exception as exc:  # the caller turns it into a failure row
        return exc


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
