"""Exports of the dashboard's current view, streamed: the filtered events as CSV, Parquet or
GDELT 2.0 TSV, the filtered quotes as CSV.

The rows are the view's, in the table's order: one per real-world event (the report the
table shows), with the same columns the table shows plus ids. Rows are read from the store
``BATCH`` at a time and sent as they are encoded, so an export of the whole store never
holds it in memory as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyads.database import Database
from dyads.export import GDELT_COLUMNS, gdelt_event_rows, global_event_id, lead_ends
from dyads.web import base
from dyads.web.base import Columns
from dyads.web.events import event_item, rows_at, sorted_events
from dyads.web.filters import ViewFilter
from dyads.web.quotes import QuoteColumns, iter_quotes

BATCH = 5000
GDELT_LINES = 500  # GDELT rows are built one event at a time: send them in small batches
EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.uint64()),
        ("event_key", pa.string()),
        ("date", pa.date32()),
        ("source_name", pa.string()),
        ("source_code", pa.string()),
        ("target_name", pa.string()),
        ("target_code", pa.string()),
        ("cameo", pa.string()),
        ("cameo_name", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        ("plover", pa.string()),
        ("confidence", pa.float64()),
        ("reports", pa.int32()),
        ("evidence", pa.string()),
        ("article_id", pa.string()),
        ("idx", pa.int32()),
        ("headline", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
        ("outlet", pa.string()),
    ]
)
EVENT_COLUMNS = EVENT_SCHEMA.names
QUOTE_COLUMNS = [
    "date",
    "speaker",
    "speaker_text",
    "speaker_code",
    "cue",
    "kind",
    "content",
    "medium",
    "confidence",
    "article_id",
    "idx",
    "headline",
    "published",
    "url",
    "outlet",
]


def event_batches(
    db: Database, c: Columns, f: ViewFilter, sort: str = "date", order: str = "asc"
) -> Iterator[list[dict[str, Any]]]:
    """The view's events as flat rows (``EVENT_COLUMNS``) in the table's order, ``BATCH`` at
    a time."""
    positions, _, counts = sorted_events(c, f, sort, order)
    for at in range(0, len(positions), BATCH):
        cut = slice(at, at + BATCH)
        yield [_flat(event_item(r)) for r in rows_at(c, positions[cut], reports=counts[cut])]


def _flat(item: dict[str, Any]) -> dict[str, Any]:
    article = item["article"]
    return {
        "event_id": global_event_id(item["event_key"]),
        "event_key": item["event_key"],
        "date": item["date"],
        "source_name": item["source"]["name"],
        "source_code": item["source"]["code"],
        "target_name": item["target"]["name"],
        "target_code": item["target"]["code"],
        "cameo": item["cameo"],
        "cameo_name": item["cameo_name"],
        "quad_class": item["quad_class"],
        "goldstein": item["goldstein"],
        "plover": item["plover"],
        "confidence": item["confidence"],
        "reports": item["reports"],
        "evidence": item["sentence"],
        "article_id": item["article_id"],
        "idx": item["idx"],
        "headline": article["headline"],
        "published": article["published"],
        "url": article["url"],
        "outlet": article["outlet"],
    }


def csv_chunks(batches: Iterator[list[dict[str, Any]]], columns: list[str]) -> Iterator[str]:
    """A header, then each batch of rows as CSV text (RFC 4180 quoting, ``\\r\\n`` lines)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    yield buffer.getvalue()
    for batch in batches:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(batch)
        yield buffer.getvalue()


class _Pieces(io.RawIOBase):
    """A write-only file that hands over what was written so far (for streaming Parquet)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.parts.append(chunk)
        self.size += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.size

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def parquet_chunks(batches: Iterator[list[dict[str, Any]]], schema: pa.Schema) -> Iterator[bytes]:
    """A Parquet file, one row group per batch, sent as each group is written."""
    sink = _Pieces()
    with pq.ParquetWriter(sink, schema) as writer:
        wrote = False
        for batch in batches:
            for row in batch:
                for name in ("date", "published"):
                    row[name] = date.fromisoformat(row[name]) if row[name] else None
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            wrote = True
            yield sink.take()
        if not wrote:
            writer.write_table(schema.empty_table())
    yield sink.take()


def _in_chunks(db: Database, sql: str, ids: list[str]) -> list[dict[str, Any]]:
    rows = []
    for at in range(0, len(ids), 1000):
        chunk = ids[at : at + 1000]
        rows += db.read(sql.format(marks=", ".join("?" for _ in chunk)), chunk)
    return rows


def gdelt_chunks(db: Database, c: Columns, f: ViewFilter, header: bool = False) -> Iterator[str]:
    """The view's events as GDELT 2.0 event rows (61 tab-separated columns, no header unless
    ``header``): one per event, its mention, source and article counts over the reports of it
    in the view (:func:`dyads.export.gdelt_event_rows`)."""
    if header:
        yield "\t".join(GDELT_COLUMNS) + "\n"
    positions, _ = base.reports(c, f)
    if not len(positions):
        return
    frame = c.frame.iloc[positions]
    ids = sorted(set(frame["article_id"]))
    article_sql = "SELECT id, source, ingested_at FROM articles WHERE id IN ({marks})"
    articles = {r["id"]: r for r in _in_chunks(db, article_sql, ids)}
    frame = frame.assign(
        article_source=[articles[a]["source"] for a in frame["article_id"]],
        ingested_at=[articles[a]["ingested_at"] for a in frame["article_id"]],
    )
    leads = lead_ends(db.read, ids)
    lines: list[str] = []
    for row in gdelt_event_rows(frame, leads):
        lines.append("\t".join(row) + "\n")
        if len(lines) >= GDELT_LINES:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def quote_batches(
    c: QuoteColumns, f: ViewFilter, speaker: str | None = None, text: str | None = None
) -> Iterator[list[dict[str, Any]]]:
    """The view's quotes as flat rows (``QUOTE_COLUMNS``), newest first, in batches."""
    for batch in iter_quotes(c, f, speaker, text, BATCH):
        yield [
            {**{k: q[k] for k in QUOTE_COLUMNS if k in q},
             **{k: q["article"][k] for k in ("headline", "published", "url", "outlet")}}
            for q in batch
        ]  # fmt: skip
