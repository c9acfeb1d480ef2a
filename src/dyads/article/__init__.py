"""The article stage: RawDocument -> Article (text, structure, publication date, language).

Every article goes through this stage whatever its language; ``languages`` (the languages the
installed models serve) only decides whether the language stages will run on it
(``Article.analysed``; the reason is kept in ``Article.analysis_note``).
"""

from __future__ import annotations

import hashlib
from datetime import date
from itertools import islice

from dyads.article.language import MIN_PROBABILITY, detect_language
from dyads.article.plain import structure_text
from dyads.dates import DateError, to_iso
from dyads.errors import InputError
from dyads.records import Article, RawDocument, Span

__all__ = [
    "analysis_text",
    "build_article",
    "content_id",
    "given_date",
    "main_text",
    "normalise_date",
    "plain_spaces",
]


# Fewer letters than this is not an article (a stub page, an error message, debris).
MIN_LETTERS = 20


def content_id(text: str) -> str:
    """A stable id for an article's text: 16 hex digits of its BLAKE2b hash."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def normalise_date(value: str | date | None) -> str | None:
    """``YYYY-MM-DD`` for a date :func:`dyads.dates.parse_date` reads, else None (for dates
    found on a page or in a feed, where another field may still give one)."""
    try:
        return to_iso(value)
    except DateError:
        return None


def given_date(value: str | date | None, field: str) -> str | None:
    """``YYYY-MM-DD`` for a date a user gave (``InputError`` naming ``field`` when it is not
    one: reported, never dropped)."""
    try:
        return to_iso(value)
    except DateError as exc:
        raise InputError(f"{field}: {exc}", stage="article") from None


def build_article(
    raw: RawDocument,
    *,
    published: str | date | None = None,
    repeated: frozenset[str] = frozenset(),
    languages: tuple[str, ...] = ("en",),
    max_bytes: int = 5_000_000,
    max_chars: int = 250_000,
) -> Article:
    """Structure one document; ``published`` applies only when the document has no date.

    Raises ``InputError`` for unusable content. An article in a language not in
    ``languages`` (identified with probability >= ``MIN_PROBABILITY``) is returned with
    ``analysed=False`` and the reason in ``analysis_note``.
    """
    title, date_found, url = raw.title, given_date(raw.published, "published"), raw.url
    if raw.kind == "html":
        from dyads.article.html import HtmlError, extract_html

        try:
            page = extract_html(raw.content, url=raw.url)
        except HtmlError as exc:
            raise InputError(str(exc), stage="article") from exc
        text = page.text
        title = title or page.headline
        date_found = date_found or page.published
        url = url or page.url
        caption, byline = page.caption, page.byline
    else:
        caption = byline = None
        text = raw.content
    letters = sum(1 for _ in islice(filter(str.isalpha, text), MIN_LETTERS))
    if letters < MIN_LETTERS:
        raise InputError(
            f"the document has too little text to be an article ({letters} letters)",
            stage="article",
        )
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(
            f"the article text is over the {max_bytes / 1e6:.1f} MB limit; raise it with "
            "--max-bytes or DYADS_MAX_TEXT_BYTES",
            stage="article",
        )
    if len(text) > max_chars:
        # The parser's memory grows with the text (about 1.2 GB for 300,000 characters).
        raise InputError(
            f"the article is {len(text):,} characters, over the {max_chars:,}-character analysis "
            "limit; split it, or raise DYADS_MAX_ANALYSIS_CHARS",
            stage="article",
        )
    parts = structure_text(text, title=title, repeated=repeated)
    if raw.kind == "html" and title:
        parts.headline = title
    body_text = text[parts.body[0] : parts.body[1]]
    language, probability = detect_language(body_text, served=languages)
    article = Article(
        id=raw.id or content_id(text),
        source=raw.source,
        text=text,
        body=parts.body,
        url=url,
        headline=parts.headline,
        caption=caption or parts.caption,
        byline=byline or parts.byline,
        dateline=parts.dateline,
        # the document's own date, then its dateline's, then the caller's (new-user trial: a
        # wire story's "JEDDAH, Saudi Arabia, 14 May 2024 (AP) -" left the day unknown)
        published=normalise_date(date_found)
        or parts.dateline_day
        or given_date(published, "published"),
        language=language,
        boilerplate=parts.boilerplate,
    )
    if language is not None and language not in languages and probability >= MIN_PROBABILITY:
        article.analysed = False
        article.analysis_note = (
            f"language is {language!r} (p={probability:.2f}); the installed models serve "
            f"{', '.join(languages)}"
        )
    return article


# no-break and typographic spaces, one character each: the same length and offsets as spaces
_PLAIN_SPACES = {ord(c): " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                 "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}  # fmt: skip


def plain_spaces(text: str) -> str:
    """``text`` with each no-break or typographic space made a plain one (same offsets)."""
    return text.translate(_PLAIN_SPACES)


def _blanked(text: str, spans: list[Span]) -> str:
    pieces, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if start >= end:
            continue
        pieces += [text[at:start], " " * (end - start - 1) + "\n"]
        at = max(at, end)
    pieces.append(text[at:])
    return "".join(pieces)


def analysis_text(article: Article) -> str:
    """The text the language stages read: ``article.text`` with the structure that is not
    prose blanked, so it has the same length and offsets. A blank is spaces ending in one line
    break: the break keeps the parser and the entity recogniser from running the text before
    a blank into the text after it (a headline's last name into the body), and spaces keep it
    from reading a run of empty lines (measured on the seed and the tests' datelines; runs of
    line breaks split the first sentence after a dateline).

    Blanked: every ``boilerplate`` span (furniture, in-body captions, credits, link lists) and
    everything before the body (caption, byline, dateline) except the headline line. A no-break
    or other typographic space reads as a plain one: the tokenizer makes each a token of its
    own, and the parser then misreads the sentence ("announced they were\xa0separated after
    the New York Post\xa0revealed …" hung the report on "separated": blind audit, round 114).
    """
    text, start = plain_spaces(article.text), article.body[0]
    spans: list[Span] = [item.span for item in article.boilerplate]
    headline = article.headline.strip() if article.headline else ""
    at = text.rfind(headline, 0, start) if headline else -1
    if at >= 0:
        spans += [(0, at), (at + len(headline), start)]
    else:
        spans.append((0, start))
    return _blanked(text, spans)


def main_text(article: Article) -> str:
    """The article's main text as analysed: the body of ``analysis_text`` (blanks kept)."""
    start, end = article.body
    return analysis_text(article)[start:end]
