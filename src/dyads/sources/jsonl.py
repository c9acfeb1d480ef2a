"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dyads.records import Failure, RawDocument

FIELDS = "`text` or `html`, optional `id`, `url`, `title`, `published`"


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return None if value is None else str(value)


def parse_record(line: str, source: str, max_bytes: int) -> RawDocument | Failure | None:
    """One line of a JSONL file: a document, a failure, or None for a blank line."""
    if not line.strip():
        return None
    if len(line.encode("utf-8", "surrogatepass")) > max_bytes:
        return Failure(source, "read", f"line is larger than the {max_bytes:,}-byte limit")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        what = exc.msg.removesuffix(" at").lower()  # "Invalid control character at"
        return Failure(source, "read", f"not valid JSON: {what} at column {exc.colno}")
    if not isinstance(record, dict):
        return Failure(source, "read", f"a JSON object is expected, got {type(record).__name__}")
    body = record.get("text")
    kind = "text"
    if not (isinstance(body, str) and body.strip()):
        body, kind = record.get("html"), "html"
    if not (isinstance(body, str) and body.strip()):
        return Failure(source, "read", f"the record has no text; give {FIELDS}")
    return RawDocument(
        source=source,
        content=body,
        kind=kind,
        id=_optional_str(record, "id"),
        url=_optional_str(record, "url"),
        title=_optional_str(record, "title"),
        published=_optional_str(record, "published"),
    )


def parse_lines(
    lines: Iterable[str], source: str, max_bytes: int
) -> Iterator[RawDocument | Failure]:
    for number, line in enumerate(lines, start=1):
        result = parse_record(line, f"{source}:{number}", max_bytes)
        if result is not None:
            yield result
