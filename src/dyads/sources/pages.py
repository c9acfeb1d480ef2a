"""A URL into documents: an HTML or text page becomes one ``RawDocument``, a feed its entries
(``dyads.sources.feeds``), a WARC archive its pages, a PDF its text; anything that goes wrong
becomes a ``Failure`` with a reason, never an exception. Fetching itself is
``dyads.sources.urls.Fetcher``.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from dyads.records import Failure, RawDocument
from dyads.sources.pdf import is_pdf, pdf_document
from dyads.sources.responses import Response, decode_body, page_kind
from dyads.sources.urls import Fetcher, FetchError

__all__ = ["read_url"]

_WARC_TYPES = {"application/warc", "application/x-warc", "application/warc+gzip"}


def _is_warc_response(response: Response) -> bool:
    from dyads.sources.warc import is_warc

    return response.content_type in _WARC_TYPES or is_warc(urlsplit(response.url).path)


def _read_warc_bytes(response: Response, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """A fetched WARC archive, read from a temporary file (fastwarc reads files)."""
    import tempfile
    from pathlib import Path

    from dyads.sources.warc import read_warc

    with tempfile.TemporaryDirectory(prefix="dyads-warc-") as folder:
        path = Path(folder) / "fetched.warc"
        path.write_bytes(response.content)
        for item in read_warc(path, max_bytes=max_bytes):
            where = str(path)
            item.source = response.url + item.source.removeprefix(where)
            yield item


def read_url(
    url: str, *, fetcher: Fetcher, max_bytes: int = 5_000_000
) -> Iterator[RawDocument | Failure]:
    """Fetch ``url``: a page becomes one document, a feed its entries; failures, not raises."""
    try:
        response = fetcher.fetch(url)
    except FetchError as exc:
        yield Failure(url, exc.stage, str(exc))
        return
    kind = page_kind(response)
    if kind == "feed":  # feedparser and lxml imported only for a feed
        from dyads.sources.feeds import feed_documents

        yield from feed_documents(
            response.content,
            url=response.url,
            content_type=response.headers.get("content-type"),
            fetcher=fetcher,
        )
        return
    if kind is None and _is_warc_response(response):
        yield from _read_warc_bytes(response, max_bytes)
        return
    if kind is None and is_pdf(response.content):
        yield from pdf_document(response.content, source=url, url=response.url, max_chars=max_bytes)
        return
    if kind is None:
        yield Failure(
            url,
            "fetch",
            f"{url} is {response.content_type or 'of unknown type'}, not HTML, text or a feed",
        )
        return
    if not response.content.strip():
        yield Failure(url, "fetch", f"{url} returned an empty page")
        return
    yield RawDocument(source=url, content=decode_body(response), kind=kind, url=response.url)
