"""The dashboard's routes (an APIRouter): the page at ``/`` and the ``/view/...`` JSON and
export endpoints its panels read, every one taking the same filter parameters
(:func:`dyads.web.filters.view_filter`).

``dashboard_router(db)`` builds it over a :class:`~dyads.database.Database`; ``dyads.api``
includes it. The page's own assets are the files under ``web/static`` (mounted by the API)
and Plotly's bundled JS from the installed ``plotly`` package.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, StreamingResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException

from dyads.database import Database
from dyads.web import catalog, events, exports, quotes, reader
from dyads.web.base import EventBase
from dyads.web.common import StoreCache
from dyads.web.filters import ViewFilter, view_filter

log = logging.getLogger("dyads.web")
WEB = Path(__file__).resolve().parent
Filter = Annotated[ViewFilter, Depends(view_filter)]
Sort = Annotated[Literal[events.SORTS], Query(description="Column to sort on.")]  # type: ignore[valid-type]
Order = Annotated[Literal["asc", "desc"], Query()]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")]
Index = Annotated[int, PathParam(ge=0, le=1_000_000_000, description="Position in its article.")]
Text = Annotated[str | None, Query(max_length=500)]
Name = Annotated[str | None, Query(max_length=200)]
EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "tsv": "text/tab-separated-values; charset=utf-8",
}


def _stream(chunks: Iterator[Any], name: str, kind: str) -> StreamingResponse:
    return StreamingResponse(
        chunks,
        media_type=EXPORT_TYPES[kind],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


def dashboard_router(db: Database) -> APIRouter:
    """The dashboard page and its endpoints over ``db``."""
    router = APIRouter()
    cache = StoreCache()
    store_events, store_quotes = EventBase(), quotes.QuoteBase()

    def warm() -> None:  # read the store into memory now, not on the first visitor's request
        try:
            store_events.columns(db)
            store_quotes.columns(db)
        except Exception:  # the store was closed first (a short-lived app); read it on demand
            log.debug("dashboard warm-up stopped", exc_info=True)

    threading.Thread(target=warm, daemon=True).start()
    templates = Environment(
        loader=FileSystemLoader(WEB / "templates"), autoescape=select_autoescape(default=True)
    )

    def choices() -> dict[str, Any]:
        return cache.get(db, "options", lambda: catalog.options(db))

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> str:
        """The page; the view itself is read from the URL by the page's script."""
        return templates.get_template("index.html").render(options=choices())

    @router.get("/view/options", tags=["dashboard"])
    def view_options() -> dict[str, Any]:
        """What the filters offer: CAMEO roots with names and event counts, quad classes,
        PLOVER categories, outlets, the events' date range, store counts."""
        return choices()

    @router.get("/view/actors", tags=["dashboard"])
    def view_actors(
        q: Annotated[str, Query(max_length=200, description="Part of a name or code.")] = "",
        speakers: Annotated[bool, Query(description="Only speakers of quotes.")] = False,
        limit: Annotated[int, Query(ge=1, le=100)] = 12,
    ) -> list[dict[str, Any]]:
        """Actors the store knows whose name, code or code's meaning contains ``q``: ``value``
        (what the filters take), ``kind`` (name or code), ``code``, ``label``, ``count``."""
        return catalog.search_actors(db, cache, q, limit, speakers)

    @router.get("/view/timeline", tags=["dashboard"])
    def view_timeline(
        f: Filter, freq: Literal["day", "week", "month", "year"] = "month"
    ) -> dict[str, Any]:
        """Events per period in each direction, with quad-class counts and mean Goldstein."""
        return events.timeline(store_events.columns(db), f, freq)

    @router.get("/view/events", tags=["dashboard"])
    def view_events(
        f: Filter,
        sort: Sort = "date",
        order: Order = "asc",
        page: Page = 1,
        size: Annotated[int, Query(ge=1, le=200)] = 25,
    ) -> dict[str, Any]:
        """A page of the view's events, sorted: date, sides (name and code), CAMEO code and
        name, Goldstein, confidence, reports, the evidence sentence with the sides
        highlighted, the article."""
        return events.events_page(db, store_events.columns(db), f, sort, order, page, size)

    @router.get("/view/events/{article_id}/{idx}", tags=["dashboard"])
    def view_event(article_id: str, idx: Index) -> dict[str, Any]:
        """One event with its evidence, and every other report of it with theirs."""
        found = events.event_detail(db, store_events.columns(db), article_id, idx)
        if found is None:
            raise HTTPException(404, "no such event")
        return found

    @router.get("/view/network", tags=["dashboard"])
    def view_network(
        f: Filter, limit: Annotated[int, Query(ge=1, le=200)] = events.NETWORK_EDGES
    ) -> dict[str, Any]:
        """Who acts on whom in the view: the heaviest edges and their named nodes."""
        return events.network(store_events.columns(db), f, limit)

    @router.get("/view/quotes", tags=["dashboard"])
    def view_quotes(
        f: Filter,
        speaker: Name = None,
        text: Text = None,
        page: Page = 1,
        size: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> dict[str, Any]:
        """A page of the view's quotes, newest first; ``speaker`` keeps one speaker's (a name
        as shown, or a code prefix), ``text`` those containing it."""
        return quotes.quotes_page(
            store_quotes.columns(db), f, _blank(speaker), _blank(text), page, size
        )

    @router.get("/view/quotes/{article_id}/{idx}", tags=["dashboard"])
    def view_quote(article_id: str, idx: Index) -> dict[str, Any]:
        """A quote in its paragraph, the quotation, speaker and cue highlighted."""
        found = db.quote_evidence(article_id, idx)
        if found is None:
            raise HTTPException(404, "no such quote")
        return found

    @router.get("/view/articles/{article_id}", tags=["dashboard"])
    def view_article(article_id: str) -> dict[str, Any]:
        """An article's text with its mentions, quotes and events as spans into it."""
        found = reader.article_view(db, article_id)
        if found is None:
            raise HTTPException(404, "no article with that id")
        return found

    @router.get("/view/export/events.{kind}", tags=["dashboard"])
    def export_events(
        f: Filter,
        kind: Literal["csv", "parquet", "tsv"],
        sort: Sort = "date",
        order: Order = "asc",
    ) -> StreamingResponse:
        """The view's events, streamed: ``csv`` and ``parquet`` with the table's columns in
        its order, ``tsv`` as GDELT 2.0 event rows (61 columns, no header)."""
        columns = store_events.columns(db)
        if kind == "tsv":
            return _stream(exports.gdelt_chunks(db, columns, f), "dyads-events.tsv", kind)
        batches = exports.event_batches(db, columns, f, sort, order)
        if kind == "parquet":
            chunks = exports.parquet_chunks(batches, exports.EVENT_SCHEMA)
            return _stream(chunks, "dyads-events.parquet", kind)
        return _stream(exports.csv_chunks(batches, exports.EVENT_COLUMNS), "dyads-events.csv", kind)

    @router.get("/view/export/quotes.csv", tags=["dashboard"])
    def export_quotes(f: Filter, speaker: Name = None, text: Text = None) -> StreamingResponse:
        """The view's quotes as CSV, newest first, streamed."""
        batches = exports.quote_batches(store_quotes.columns(db), f, _blank(speaker), _blank(text))
        return _stream(
            exports.csv_chunks(batches, exports.QUOTE_COLUMNS), "dyads-quotes.csv", "csv"
        )

    return router


def _blank(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None
