"""WARC archives (``.warc``, ``.warc.gz``) to documents, read with fastwarc.

HTML ``response`` (and ``resource``) records with a 2xx status become
``RawDocument(kind="html")`` with the record's ``WARC-Target-URI`` as URL; every other record
is skipped and counted by reason in ``WarcStats``. A page with no date of its own gets the
capture day (``WARC-Date``) as its publication date, a fallback only: a page's own date wins.

A truncated archive becomes a ``Failure`` with the reason, after the records read before the
damage have been yielded.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from dyads.errors import InputError
from dyads.records import Failure, RawDocument
from dyads.sources.decode import gunzip_capped

__all__ = ["WARC_SUFFIXES", "WarcStats", "is_warc", "read_warc"]

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
# Raw HTML carries markup around the text: the same allowance as for HTML files.
HTML_MARKUP_FACTOR = 4
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CONTENT_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(slots=True)
class WarcStats:
    """What a WARC held: records read, documents yielded, records skipped (by reason)."""

    records: int = 0
    documents: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def is_warc(name: str) -> bool:
    """True for a ``.warc`` or ``.warc.gz`` file name."""
    return name.lower().endswith(WARC_SUFFIXES)


class _Truncated(InputError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"the WARC file is truncated or damaged: {reason}", stage="read")


def _dechunk(data: bytes) -> bytes:
    """Undo HTTP chunked transfer coding (kept as sent by some WARC writers)."""
    out = bytearray()
    position = 0
    while True:
        end = data.find(b"\r\n", position)
        if end < 0:
            raise InputError("broken chunked transfer coding in the record")
        size_text = data[position:end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise InputError("broken chunked transfer coding in the record") from None
        if size == 0:
            return bytes(out)
        out.extend(data[end + 2 : end + 2 + size])
        position = end + 2 + size + 2


def _payload(record: WarcRecord, raw: bytes, limit: int) -> bytes:
    headers = record.http_headers
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        raw = _dechunk(raw)
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return gunzip_capped(raw, limit)
    if encoding == "deflate":
        decompressor = zlib.decompressobj()
        try:
            data = decompressor.decompress(raw, limit + 1)
        except zlib.error:
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, limit + 1)
        if len(data) > limit:
            raise InputError("the decompressed page is over the size limit")
        return data
    if encoding not in ("identity", ""):
        raise InputError(f"unsupported content encoding {encoding!r}")
    return raw


def _fallback_date(html: str, url: str | None) -> str | None:
    """None when the page has a date of its own; the article stage will find that one."""
    from lxml import etree
    from lxml import html as lxml_html

    from dyads.article.html import find_published

    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8", errors="replace"))
    except (etree.LxmlError, ValueError):
        return None
    return find_published(tree, url)


def _decode(record: WarcRecord, payload: bytes) -> str:
    from dyads.article.html import decode_html

    charset = record.http_charset
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_html(payload)


def _document(
    record: WarcRecord, path: Path, max_bytes: int, stats: WarcStats
) -> RawDocument | Failure | None:
    """The record as a document, a Failure, or None (skipped and counted)."""
    kind = record.record_type
    if kind not in (WarcRecordType.response, WarcRecordType.resource):
        stats.skipped[record.headers.get("WARC-Type") or "unknown"] += 1
        return None
    uri = record.headers.get("WARC-Target-URI") or None
    source = f"{path}:{uri or record.record_id}"
    if kind == WarcRecordType.response:
        if not record.is_http:
            stats.skipped["not HTTP"] += 1
            return None
        status = record.http_headers.status_code or 0
        if not 200 <= status < 300:
            stats.skipped[f"HTTP {status}"] += 1
            return None
        content_type = (record.http_content_type or "").lower()
    else:
        content_type = (record.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if not content_type.startswith(_HTML_TYPES):
        stats.skipped["not HTML"] += 1
        return None
    limit = max_bytes * HTML_MARKUP_FACTOR
    if record.content_length > limit:
        record.reader.consume()
        return Failure(source, "read", f"the page is over the {limit / 1e6:.1f} MB limit")
    raw = record.reader.read()
    if len(raw) < record.content_length:
        raise _Truncated(
            f"the record for {uri} ends after {len(raw):,} of its {record.content_length:,} bytes"
        )
    try:
        html = _decode(record, _payload(record, raw, limit))
    except InputError as exc:
        return Failure(source, "read", str(exc))
    if not html.strip():
        stats.skipped["empty"] += 1
        return None
    captured = record.record_date.date().isoformat() if record.record_date else None
    published = None if _fallback_date(html, uri) else captured
    stats.documents += 1
    return RawDocument(source=source, content=html, kind="html", url=uri, published=published)


def _gzip_intact(handle: BinaryIO, start: int) -> bool:
    """Whether every gzip member from ``start`` to the end of the file is complete.

    Streams through the data (output discarded, memory bounded); only whitespace may follow
    the last member.
    """
    handle.seek(start)
    chunk = 1 << 20
    decompressor = zlib.decompressobj(wbits=31)
    pending = b""
    in_member = False
    while True:
        if not pending:
            pending = handle.read(chunk)
            if not pending:
                return not in_member
        if not in_member:
            pending = pending.lstrip(b"\x00\r\n \t")
            if not pending:
                continue
            if not pending.startswith(b"\x1f\x8b"):
                return False
            in_member = True
        try:
            decompressor.decompress(pending, chunk)
        except zlib.error:
            return False
        pending = decompressor.unconsumed_tail
        if decompressor.eof:
            pending = decompressor.unused_data + pending
            decompressor = zlib.decompressobj(wbits=31)
            in_member = False


def _plain_end(handle: BinaryIO, position: int) -> int | None:
    """Where the uncompressed record starting at ``position`` ends, if its header says."""
    handle.seek(position)
    head = handle.read(65_536)
    split = head.find(b"\r\n\r\n")
    found = _CONTENT_LENGTH.search(head[:split]) if split >= 0 else None
    if found is None:
        return None
    return position + split + 4 + int(found.group(1)) + 4


def _check_tail(handle: BinaryIO, last: int | None, size: int, compressed: bool) -> None:
    """Raise ``_Truncated`` if the archive does not end cleanly after the last record read."""
    if last is None:
        if size > 0:
            raise _Truncated("no complete WARC record could be read")
        return
    if compressed:
        handle.seek(last)
        # Record-per-member archives (the norm) are checked from the last record on; a
        # whole-file gzip stream has no record offsets, so it is checked from the start.
        start = last if handle.read(2) == b"\x1f\x8b" else 0
        if not _gzip_intact(handle, start):
            raise _Truncated("the gzip stream ends in the middle of a record")
        return
    end = _plain_end(handle, last)
    if end is None:
        raise _Truncated("the last record's header is incomplete")
    handle.seek(min(end, size))
    rest = handle.read(65_536)
    if end > size + 4 or rest.strip(b"\x00\r\n \t"):
        raise _Truncated(f"{size - min(end, size):,} bytes after the last complete record")


def read_warc(
    path: Path, *, max_bytes: int = 5_000_000, stats: WarcStats | None = None
) -> Iterator[RawDocument | Failure]:
    """Yield the HTML pages archived in ``path``; skipped records are counted in ``stats``."""
    stats = stats if stats is not None else WarcStats()
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(source, "read", f"cannot read the file ({exc.strerror or exc})")
        return
    with handle:
        compressed = handle.read(2) == b"\x1f\x8b"
        size = handle.seek(0, 2)
        handle.seek(0)
        last: int | None = None
        try:
            # fastwarc reads ahead; a separate handle keeps our own seeks out of its way
            with path.open("rb") as stream:
                for record in ArchiveIterator(stream, parse_http=True):
                    if record.record_id is None or not record.headers.get("WARC-Type"):
                        raise _Truncated("a record header is incomplete")
                    stats.records += 1
                    item = _document(record, path, max_bytes, stats)
                    last = record.stream_pos
                    if item is not None:
                        yield item
            _check_tail(handle, last, size, compressed)
        except InputError as exc:
            yield Failure(source, exc.stage, str(exc))
        except (OSError, ValueError) as exc:
            yield Failure(source, "read", f"the WARC file cannot be read ({exc})")
        except Exception as exc:  # a reader bug must not stop the batch
            yield Failure(
                source,
                "read",
                f"internal error reading the WARC file ({type(exc).__name__}: "
                f"{exc}); please report it with this input",
            )
    log.info(
        "%s: %d records, %d documents, skipped %s",
        source,
        stats.records,
        stats.documents,
        dict(stats.skipped) or "none",
    )
