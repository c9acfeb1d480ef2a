"""Source readers: turn paths, directories, URLs and standard input into RawDocuments.

Each reader yields ``RawDocument`` or, for an input it cannot read, a ``Failure`` with a
reason; it never raises for bad input, so a batch always goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyads.records import Failure, RawDocument
from dyads.sources.files import (
    DOCUMENT_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    read_file,
    read_stream,
)
from dyads.sources.pages import read_url
from dyads.sources.urls import Fetcher, FetchPolicy, is_url

__all__ = [
    "DOCUMENT_SUFFIXES",
    "FetchPolicy",
    "Fetcher",
    "iter_documents",
    "local_text_files",
    "walk_documents",
]


def _is_document(path: Path, directory: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(directory).parts)
    suffixes = {path.suffix.lower(), "".join(path.suffixes[-2:]).lower()}
    return path.is_file() and not hidden and bool(suffixes & DOCUMENT_SUFFIXES)


def walk_documents(directory: Path) -> Iterator[Path]:
    """Every document file below ``directory`` (recursive, sorted, hidden files skipped)."""
    for path in sorted(directory.rglob("*")):
        if _is_document(path, directory):
            yield path


def local_text_files(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """The plain-text and JSONL files among ``inputs`` (no URLs, HTML, archives or stdin)."""
    for item in inputs:
        if str(item) == "-" or (isinstance(item, str) and is_url(item)):
            continue
        path = Path(item)
        for file in walk_documents(path) if path.is_dir() else [path] if path.is_file() else []:
            name = file.name.lower().removesuffix(".gz")
            if name.endswith((*TEXT_SUFFIXES, *JSONL_SUFFIXES)):
                yield file


def iter_documents(
    inputs: Iterable[str | Path],
    *,
    max_bytes: int = 5_000_000,
    fetcher: Fetcher | None = None,
    fetch_policy: FetchPolicy | None = None,
) -> Iterator[RawDocument | Failure]:
    """Yield every document found in ``inputs``: files, directories (recursive), ``-`` and
    ``http(s)://`` URLs (a page, or a feed's entries).

    URLs are fetched with ``fetcher``, else with one made from ``fetch_policy`` (default: the
    SSRF guard on, robots.txt honoured) and closed at the end.
    """
    own: Fetcher | None = None
    try:
        for item in inputs:
            if isinstance(item, str) and is_url(item):
                if fetcher is None:
                    own = fetcher = Fetcher(fetch_policy or FetchPolicy())
                yield from read_url(item, fetcher=fetcher, max_bytes=max_bytes)
            else:
                yield from _local(item, max_bytes)
    finally:
        if own is not None:
            own.close()


def _local(item: str | Path, max_bytes: int) -> Iterator[RawDocument | Failure]:
    if str(item) == "-":
        yield from read_stream(sys.stdin.buffer, source="<stdin>", max_bytes=max_bytes)
        return
    path = Path(item)
    if path.is_dir():
        for file in walk_documents(path):
            yield from read_file(file, max_bytes=max_bytes)
    elif path.is_file():
        yield from read_file(path, max_bytes=max_bytes)
    else:
        yield Failure(str(path), "read", "no such file or directory")
