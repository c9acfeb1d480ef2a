"""RSS and Atom feeds to documents, parsed by feedparser from bytes dyads fetched itself.

feedparser is never given a URL or a path (it would fetch or open it): only a ``BytesIO``.
Before parsing, a document type or entity declaration is refused outright, which rules out
entity-expansion attacks ("billion laughs") whatever the XML parser underneath does.

An entry becomes a ``RawDocument`` with the entry's link as URL, its title, its date as
YYYY-MM-DD and its content (or summary) as text; when the text is short (a teaser) or when
asked, the linked page is fetched instead and read as HTML. A feed that cannot be read
becomes one ``Failure`` with the reason.
"""

from __future__ import annotations

import codecs
import io
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import feedparser
from lxml import etree
from lxml import html as lxml_html

from dyads.errors import InputError
from dyads.records import Failure, RawDocument
from dyads.sources.responses import decode_body, page_kind
from dyads.sources.urls import Fetcher, FetchError

__all__ = [
    "FeedEntry",
    "PageMode",
    "entry_document",
    "entry_source",
    "feed_documents",
    "parse_feed",
]

PageMode = Literal["never", "auto", "always"]
# A summary shorter than this is a teaser, not the article: read the linked page instead.
MIN_SUMMARY_CHARS = 600
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


@dataclass(slots=True)
class FeedEntry:
    """One feed entry: ``key`` identifies it across polls (its id, else its link)."""

    key: str
    link: str | None
    title: str | None
    published: str | None
    text: str


def _prolog_text(data: bytes) -> bytes:
    """The start of the document as ASCII-compatible bytes, whatever its UTF encoding."""
    head = data[:65_536]
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore").encode("ascii", "ignore")
    if head[:2] in (b"\x00<", b"<\x00"):  # UTF-16 without a byte order mark
        codec = "utf-16-be" if head[0] == 0 else "utf-16-le"
        return head.decode(codec, errors="ignore").encode("ascii", "ignore")
    return head


def refuse_declarations(data: bytes) -> None:
    """Raise ``InputError`` if the XML declares a document type or entities.

    Feeds have no need for either, and entity declarations are how XML bombs expand.
    """
    head = _prolog_text(data)
    first = _FIRST_ELEMENT.search(head)
    prolog = head[: first.start()] if first else head
    # A DOCTYPE can only come before the root element; an HTML page quoted in a CDATA
    # section further on may carry its own, which is harmless text.
    if _DECLARATION.search(prolog) or _ENTITY.search(data) or _ENTITY.search(head):
        raise InputError(
            "the feed declares a DOCTYPE or ENTITY, which dyads refuses to parse "
            "(entity expansion can exhaust memory)",
            stage="feed",
        )


def _entry_date(entry: Any) -> str | None:
    from dyads.article import normalise_date

    # The written date keeps the publisher's own day; feedparser's parsed form is in UTC.
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str):
            found = normalise_date(raw)
            if found:
                return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for node in root.iter("script", "style"):
        node.drop_tree()
    parts: list[str] = []
    for node in root.iter():
        if node.tag in _BLOCKS:
            parts.append("\n\n")
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        if node is not root and node.tail:
            parts.append(node.tail)
    text = "".join(parts)
    paragraphs = (" ".join(block.split()) for block in text.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_text(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    summary = entry.get("summary", "") or ""
    return html_to_text(best if len(best) >= len(summary) else summary)


def parse_feed(data: bytes, *, url: str, content_type: str | None = None) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed; ``InputError`` (stage ``feed``) if it is unusable."""
    refuse_declarations(data)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    found: list[FeedEntry] = []
    for entry in parsed.get("entries", []):
        link = entry.get("link") or None
        key = entry.get("id") or link or entry.get("title")
        if not key:
            continue  # nothing identifies it, so it could never be told apart from the next
        found.append(
            FeedEntry(
                key=str(key),
                link=link,
                title=(entry.get("title") or "").strip() or None,
                published=_entry_date(entry),
                text=_entry_text(entry),
            )
        )
    if not found:
        # feedparser flags many harmless quirks as "bozo": only fatal with nothing usable
        problem = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        if not parsed.get("version"):
            raise InputError(f"{url} is not an RSS or Atom feed{problem}", stage="feed")
        if problem:
            raise InputError(f"the feed at {url} is malformed{problem}", stage="feed")
    return found


def entry_source(entry: FeedEntry, feed_url: str) -> str:
    """The ``source`` of an entry's document: its link, else the feed URL and entry id."""
    return entry.link or f"{feed_url}#{entry.key}"


def entry_document(
    entry: FeedEntry,
    *,
    feed_url: str,
    fetcher: Fetcher | None = None,
    pages: PageMode = "auto",
    min_summary_chars: int = MIN_SUMMARY_CHARS,
) -> RawDocument:
    """The document for one entry: its own text, or its linked page (fetched) as HTML.

    The page is read with ``pages="always"``, or with ``"auto"`` when the entry's text is
    shorter than ``min_summary_chars`` (a teaser). Raises ``FetchError`` when the page cannot
    be fetched and ``InputError`` when there is nothing to read.
    """
    source = entry_source(entry, feed_url)
    wants_page = pages == "always" or (pages == "auto" and len(entry.text) < min_summary_chars)
    if wants_page and entry.link and fetcher is not None:
        response = fetcher.fetch(entry.link)
        kind = page_kind(response)
        if kind in ("html", "text") and response.content.strip():
            return RawDocument(
                source=source,
                content=decode_body(response),
                kind="html" if kind == "html" else "text",
                url=response.url,
                title=entry.title,
                published=entry.published,
            )
        if not entry.text:
            raise FetchError(f"{entry.link} is not an HTML page")
    if not entry.text:
        raise InputError("the feed entry has no text and no page to read", stage="feed")
    return RawDocument(
        source=source,
        content=entry.text,
        kind="text",
        url=entry.link,
        title=entry.title,
        published=entry.published,
    )


def feed_documents(
    data: bytes,
    *,
    url: str,
    content_type: str | None = None,
    fetcher: Fetcher | None = None,
    pages: PageMode = "auto",
) -> Iterator[RawDocument | Failure]:
    """Every entry of the feed in ``data`` as a document, or one Failure for a bad feed."""
    try:
        entries = parse_feed(data, url=url, content_type=content_type)
    except InputError as exc:
        yield Failure(url, exc.stage, str(exc))
        return
    for entry in entries:
        try:
            yield entry_document(entry, feed_url=url, fetcher=fetcher, pages=pages)
        except InputError as exc:
            yield Failure(entry_source(entry, url), exc.stage, str(exc))
