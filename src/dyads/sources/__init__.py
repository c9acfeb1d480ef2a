"""Source readers: turn paths, directories, URLs and standard input into RawDocuments.

Each reader yields ``RawDocument`` or, for an input it cannot read, a ``Failure`` with a
reason; it never raises for bad input, so a batch always goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from dyads.records import Failure, RawDocument
from dyads.sources.files import (
    DOCUMENT_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    is_document_name,
    read_file,
    read_stream,
    unsupported_type,
)
from dyads.sources.pages import read_url
from dyads.sources.urls import Fetcher, FetchPolicy, is_url

__all__ = [
    "DOCUMENT_SUFFIXES",
    "FetchPolicy",
    "Fetcher",
    "NotAnArticle",
    "folder_note",
    "is_store_file",
    "iter_documents",
    "local_text_files",
    "missing_paths",
    "walk_documents",
    "walk_files",
]


@dataclass(slots=True)
class NotAnArticle(Failure):
    """A file a batch leaves out on purpose, counted as skipped with its reason (a folder's
    README): no failure, nothing stored."""


@cache
def _folder_notes() -> tuple[frozenset[str], str]:
    text = resources.files("dyads.data").joinpath("folder_notes.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return frozenset(name.lower() for name in data["names"]), str(data["reason"])


def folder_note(path: Path) -> str | None:
    """Why ``path``, found in a folder, is no article (its README, its licence), or None."""
    names, reason = _folder_notes()
    return reason if path.name.lower().split(".")[0] in names else None


def walk_files(directory: Path) -> Iterator[Path]:
    """Every file below ``directory`` (recursive, sorted), hidden files and folders left out
    (``.DS_Store``, ``.git/``: no one means them as articles)."""
    for path in sorted(directory.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(directory).parts)
        if not hidden and path.is_file():
            yield path


def is_store_file(path: Path) -> bool:
    """A DuckDB store or its write-ahead log (``news.duckdb.wal``): the store a batch writes
    may sit in the folder it reads, and is no article (DuckDB writes ``DUCK`` at byte 8)."""
    if path.suffix.lower() == ".wal":
        path = path.with_suffix("")
    try:
        with path.open("rb") as handle:
            return handle.read(12)[8:] == b"DUCK"
    except OSError:
        return False


def walk_documents(directory: Path) -> Iterator[Path]:
    """Every document file below ``directory``: :func:`walk_files` of a type dyads reads,
    the folder's notes (:func:`folder_note`) left out."""
    for path in walk_files(directory):
        if is_document_name(path.name) and folder_note(path) is None:
            yield path


def missing_paths(inputs: Iterable[str | Path]) -> list[str]:
    """The local paths among ``inputs`` that do not exist, as given (URLs and ``-`` exist)."""
    return [
        str(item)
        for item in inputs
        if str(item) != "-"
        and not (isinstance(item, str) and is_url(item))
        and not Path(item).exists()
    ]


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
        # every file is accounted for: one of a type dyads does not read fails, saying so
        for file in walk_files(path):
            if note := folder_note(file):
                yield NotAnArticle(str(file), "read", note)
            elif is_document_name(file.name):
                yield from read_file(file, max_bytes=max_bytes)
            elif not is_store_file(file):
                yield Failure(str(file), "read", unsupported_type(file))
    elif path.is_file():
        yield from read_file(path, max_bytes=max_bytes)
    else:
        yield Failure(str(path), "read", "no such file or directory")
