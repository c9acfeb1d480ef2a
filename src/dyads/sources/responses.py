"""What a fetched response is and holds: its final URL, status, headers and body, the kind of
page it is (HTML, plain text, a feed) and its text (:mod:`dyads.sources.urls` fetches it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import httpx

__all__ = ["PageKind", "Response", "decode_body", "page_kind"]


@dataclass(slots=True)
class Response:
    """A fetched response: the final URL after redirects, status, headers and body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


PageKind = Literal["html", "text", "feed"]
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
}


def page_kind(response: Response) -> PageKind | None:
    """What a response holds: an HTML page, plain text, a feed, or None (something else)."""
    kind = response.content_type
    head = response.content[:1024].lstrip().lower()
    if kind in _FEED_TYPES:
        return "feed"
    if kind in ("application/xml", "text/xml") or not kind:
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if not kind and (b"<html" in head or b"<!doctype html" in head):
            return "html"
        return "feed" if kind else None
    if kind in ("text/html", "application/xhtml+xml"):
        return "html"
    if kind == "text/plain":
        return "text"
    return None


def decode_body(response: Response) -> str:
    """A text response's body as str: the declared charset if it decodes, else detected."""
    from dyads.article.html import decode_html

    if response.charset:
        try:
            return response.content.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_html(response.content)
