"""Source readers: turn paths, directories and standard input into RawDocuments.

Each reader yields ``RawDocument`` or, for an input it cannot read, a ``Failure`` with a
reason; it never raises for bad input, so a batch always goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyads.records import Failure, RawDocument
from dyads.sources.files import DOCUMENT_SUFFIXES, read_file, read_stream

__all__ = ["DOCUMENT_SUFFIXES", "iter_documents"]


def _is_document(path: Path, directory: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(directory).parts)
    suffixes = {path.suffix.lower(), "".join(path.suffixes[-2:]).lower()}
    return path.is_file() and not hidden and bool(suffixes & DOCUMENT_SUFFIXES)


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if _is_document(path, directory):
            yield path


def iter_documents(
    inputs: Iterable[str | Path], *, max_bytes: int = 5_000_000
) -> Iterator[RawDocument | Failure]:
    """Yield every document found in ``inputs``: files, directories (recursive) and ``-``."""
    for item in inputs:
        if str(item) == "-":
            yield from read_stream(sys.stdin.buffer, source="<stdin>", max_bytes=max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, max_bytes=max_bytes)
        elif path.is_file():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield Failure(str(path), "read", "no such file or directory")
