"""Quotes as the dashboard shows them: the view's quotes, newest first, a page at a time.

A quotation repeated word for word under the same speaker (a reprint) is listed once, as in
:func:`dyads.analytics.quotes_frame`. Each quote is shown under its speaker as linked
(``speaker_actor``), else as written; the speaker filter matches that same name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dyads.database import Database
from dyads.web.common import code_label, day, plain, regex_template
from dyads.web.filters import OUTLET_SQL, SPEAKER_SQL, ViewFilter, quote_conditions

_DAY = "COALESCE(q.date_start, a.published)"
_ORDER = "quote_date DESC NULLS LAST, published DESC NULLS LAST, article_id, idx"


def view_sql(
    db: Database, f: ViewFilter, speaker: str | None = None, text: str | None = None
) -> tuple[str, list[Any]]:
    """``WITH qv AS (...)``: the view's quotes with ``nth`` (1 for the newest of a repeated
    quotation)."""
    where, params = quote_conditions(f, regex_template(db), speaker, text)
    sql = (
        "WITH qv AS (SELECT q.article_id, q.idx, q.kind, q.content, q.span_start, q.span_end, "
        "q.speaker_text, q.speaker_actor, q.speaker_code, q.cue, q.medium, q.confidence, "
        f"{_DAY} AS quote_date, a.published, a.headline, a.url, {OUTLET_SQL} AS outlet, "
        f"{SPEAKER_SQL} AS speaker, row_number() OVER (PARTITION BY "
        f"COALESCE({SPEAKER_SQL}, ''), q.content ORDER BY {_DAY} DESC NULLS LAST, "
        "a.published DESC NULLS LAST, q.article_id, q.idx) AS nth "
        "FROM quotes q JOIN articles a ON a.id = q.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + ") "
    )
    return sql, params


def quote_item(row: dict[str, Any]) -> dict[str, Any]:
    """One quote as JSON: speaker (as shown, and as written), code and what it stands for,
    cue, kind, the quotation, its date and article."""
    return {
        "article_id": row["article_id"],
        "idx": int(row["idx"]),
        "kind": row["kind"],
        "content": row["content"],
        "speaker": row["speaker"],
        "speaker_text": row["speaker_text"],
        "speaker_code": row["speaker_code"],
        "speaker_label": code_label(row["speaker_code"]),
        "cue": row["cue"],
        "medium": row["medium"],
        "confidence": plain(row["confidence"]),
        "date": day(row["quote_date"]),
        "article": {
            "id": row["article_id"],
            "headline": row["headline"],
            "published": day(row["published"]),
            "url": row["url"],
            "outlet": row["outlet"],
        },
    }


def quotes_page(
    db: Database,
    f: ViewFilter,
    speaker: str | None = None,
    text: str | None = None,
    page: int = 1,
    size: int = 20,
) -> dict[str, Any]:
    """One page of the view's quotes, newest first: ``{total, page, size, rows}``."""
    sql, params = view_sql(db, f, speaker, text)
    rows = db.read(
        sql + f"SELECT qv.*, count(*) OVER () AS total FROM qv WHERE nth = 1 ORDER BY {_ORDER} "
        "LIMIT ? OFFSET ?",
        [*params, size, (page - 1) * size],
    )
    if rows:
        total = int(rows[0]["total"])
    else:
        total = int(db.read(sql + "SELECT count(*) AS n FROM qv WHERE nth = 1", params)[0]["n"])
    return {"total": total, "page": page, "size": size, "rows": [quote_item(r) for r in rows]}


def iter_quotes(
    db: Database,
    f: ViewFilter,
    speaker: str | None = None,
    text: str | None = None,
    batch: int = 5000,
) -> Iterator[list[dict[str, Any]]]:
    """Every quote of the view, newest first, ``batch`` rows at a time."""
    sql, params = view_sql(db, f, speaker, text)
    offset = 0
    while True:
        rows = db.read(
            sql + f"SELECT qv.* FROM qv WHERE nth = 1 ORDER BY {_ORDER} LIMIT ? OFFSET ?",
            [*params, batch, offset],
        )
        if rows:
            yield [quote_item(r) for r in rows]
        if len(rows) < batch:
            return
        offset += batch
