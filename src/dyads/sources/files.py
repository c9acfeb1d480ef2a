"""Files and streams to RawDocuments: text, HTML (also gzip), JSON Lines and WARC by suffix,
PDF by its signature; an image fails with a reason naming its format, and any other binary
file (a ``.docx``, a ``.zip``) or, in a folder, a file of a type dyads does not read fails as
an unsupported file type (:func:`unsupported_type`)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dyads.errors import InputError
from dyads.records import Failure, RawDocument
from dyads.sources.decode import (
    GZIP_MAGIC,
    decode_text,
    gunzip_capped,
    image_kind,
    looks_binary,
    read_capped,
)
from dyads.sources.jsonl import parse_lines
from dyads.sources.pdf import is_pdf, pdf_text
from dyads.sources.warc import WARC_SUFFIXES, is_warc, read_warc

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PDF_SUFFIXES = {".pdf"}
DOCUMENT_SUFFIXES = (
    TEXT_SUFFIXES
    | HTML_SUFFIXES
    | JSONL_SUFFIXES
    | PDF_SUFFIXES
    | {s + ".gz" for s in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES}
    | set(WARC_SUFFIXES)
)
# What an unsupported file's reason says dyads reads instead.
READABLE = "dyads reads .txt, .html, .htm, .jsonl, .pdf and .warc files (also gzipped)"
# Raw HTML carries markup around the text; allow it more room than the text limit.
HTML_MARKUP_FACTOR = 4


def unsupported_type(path: Path, why: str = "") -> str:
    """The reason a file of a type dyads does not read fails: its type, what dyads reads, and
    what to do (``unsupported file type .docx: dyads reads .txt, …``)."""
    suffix = path.suffix.lower()
    if suffix:
        return f"unsupported file type {suffix}{why}: {READABLE}; convert it or leave it out"
    return (
        f"unsupported file type: no extension{why}: {READABLE}; give it the extension of its "
        "format (.txt for text)"
    )


def is_document_name(name: str) -> bool:
    """Whether a file name ends in a suffix dyads reads (``.txt``, ``.html.gz``, ``.warc``…)."""
    path = Path(name.lower())
    return bool({path.suffix, "".join(path.suffixes[-2:])} & DOCUMENT_SUFFIXES)


def _kind_of(name: str, content: str) -> str:
    suffix = Path(name.removesuffix(".gz")).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = content.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    return "text"


def _documents(
    data: bytes, source: str, name: str, max_bytes: int
) -> Iterator[RawDocument | Failure]:
    try:
        if data.startswith(GZIP_MAGIC):
            data = gunzip_capped(data, max_bytes * HTML_MARKUP_FACTOR)
        if is_pdf(data):
            yield RawDocument(source=source, content=pdf_text(data, max_chars=max_bytes))
            return
        if kind := image_kind(data):
            raise InputError(
                f"the file is a {kind} image (binary), not text: dyads reads text, HTML and "
                "PDF with a text layer; run OCR on the image first"
            )
        if name and not is_document_name(name) and looks_binary(data):  # a .docx is a zip
            raise InputError(unsupported_type(Path(name), ", binary (not text or HTML)"))
        content = decode_text(data)
        kind = _kind_of(name, content)
        if kind == "jsonl":
            yield from parse_lines(io.StringIO(content), source, max_bytes)
            return
        limit = max_bytes * (HTML_MARKUP_FACTOR if kind == "html" else 1)
        if len(data) > limit:
            raise InputError(
                f"the file is {len(data) / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit; "
                "raise it with --max-bytes or DYADS_MAX_TEXT_BYTES"
            )
        yield RawDocument(source=source, content=content, kind=kind)  # type: ignore[arg-type]
    except InputError as exc:
        yield Failure(source, exc.stage, str(exc))


def read_file(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Read one file; JSONL files yield one document per line, WARC files one per page."""
    source = str(path)
    name = path.name.lower()
    if is_warc(name):
        yield from read_warc(path, max_bytes=max_bytes)
        return
    try:
        if name.removesuffix(".gz").endswith(tuple(JSONL_SUFFIXES)) and not name.endswith(".gz"):
            with path.open("r", encoding="utf-8", errors="replace") as handle:
                yield from parse_lines(handle, source, max_bytes)
            return
        with path.open("rb") as handle:
            data = read_capped(handle, max_bytes * HTML_MARKUP_FACTOR, what="the file")
    except InputError as exc:
        yield Failure(source, exc.stage, str(exc))
        return
    except OSError as exc:
        yield Failure(source, "read", f"cannot read the file ({exc.strerror or exc})")
        return
    yield from _documents(data, source, name, max_bytes)


def read_stream(
    stream: BinaryIO, *, source: str, max_bytes: int
) -> Iterator[RawDocument | Failure]:
    """Read standard input: JSONL (streamed) if it starts with ``{``, else one document."""
    head = stream.peek(4096) if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        lines = io.TextIOWrapper(stream, encoding="utf-8", errors="replace")
        yield from parse_lines(lines, source, max_bytes)
        return
    try:
        data = read_capped(stream, max_bytes * HTML_MARKUP_FACTOR, what="standard input")
    except InputError as exc:
        yield Failure(source, exc.stage, str(exc))
        return
    yield from _documents(data, source, "", max_bytes)
