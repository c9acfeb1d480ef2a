"""The HTTP API and web dashboard (FastAPI): read the store, ingest one article with a token.

``create_app(db, token=...)`` builds the app: JSON read endpoints (articles, quotes, events,
actors, network, dyads, alignment, evidence), ``POST /articles`` (bearer token; disabled with
403 when no token is configured), a request size limit (413), errors as ``{"error": message}``
without internals, CORS closed unless origins are given, the dashboard at ``/`` (templates and
static files under ``web/``, Plotly's own bundled JS served from the installed package) and
the API documentation at ``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), whose scripts come
from the ``fastapi-offline`` package, never a CDN.

Requests run side by side: every read takes its own cursor (DuckDB) or pooled connection
(PostgreSQL) through :class:`dyads.database.Database`; writes go through the store one at a
time. ``dyads serve`` (:mod:`dyads.commands.serve`) runs it with uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import pandas as pd
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp

from dyads.actor_specs import same_actor
from dyads.analytics import left_out, period_code, totals
from dyads.api_cache import TTL, Answers, KeptAnswers, answer_key
from dyads.api_io import (
    BodyLimit,
    Guard,
    IngestRequest,
    event_items,
    records,
    security_headers,
    validation_message,
)
from dyads.database import Database
from dyads.errors import DyadsError, Skipped
from dyads.records import RawDocument
from dyads.store import SqlStore, is_postgres
from dyads.web.routes import dashboard_router

log = logging.getLogger("dyads.api")
WEB = Path(__file__).resolve().parent / "web"
MAX_BODY_BYTES = 2_000_000
TOKEN_ENV = "DYADS_API_TOKEN"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
# Swagger UI and ReDoc start from an inline script; everything they load is still this server.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
DOCS_STATIC = "/static-docs"
ARTICLE_PATH = "/articles/"  # a single article's path, with its id after
Freq = Literal["day", "week", "month", "year"]
# Beyond any store's size, and inside every backend's 64-bit integers.
MAX_OFFSET = 1_000_000_000
Index = Annotated[int, PathParam(ge=0, le=MAX_OFFSET, description="Position in its article.")]


def found(value: Any, what: str) -> Any:
    """``value``, or a 404 saying there is no such ``what``."""
    if value is None:
        raise HTTPException(404, f"no {what}" if what.startswith("article") else f"no such {what}")
    return value


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _period_end(start: str, freq: str) -> str:
    return pd.Period(start, freq=period_code(freq)).end_time.strftime("%Y-%m-%d")


def _kept_in_front(app: FastAPI, answers: Answers) -> None:
    """Send ``app``'s kept answers from in front of its whole middleware stack (Starlette
    builds the stack on the first request; ``fastapi_offline`` gives no class to extend)."""
    build = app.build_middleware_stack
    headers = security_headers(CSP.encode())  # what Guard adds to an API answer

    def stack() -> ASGIApp:
        return KeptAnswers(build(), answers, headers)

    app.build_middleware_stack = stack  # type: ignore[method-assign]


def create_app(
    db: str | SqlStore | Database,
    token: str | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    *,
    cors_origins: list[str] | None = None,
    pipeline: Any = None,
) -> FastAPI:
    """The API and dashboard over the store ``db`` (a URL, an open store or a Database).

    A URL is opened (for writing, as ``Database(url)`` does) and closed when the app stops;
    an open store stays its caller's (``dyads serve`` passes one opened read-only when it has
    neither ``--watch`` nor a token). ``token`` enables ``POST /articles`` for requests carrying
    ``Authorization: Bearer <token>``; ``cors_origins`` lists the origins allowed cross-site
    reads (none by default); ``pipeline`` replaces the default
    :class:`dyads.pipeline.Pipeline` (tests).
    """
    state: dict[str, Any] = {"pipeline": pipeline}
    pipeline_lock = threading.Lock()
    owned = isinstance(db, str)
    database = db if isinstance(db, Database) else Database(db)

    store = database.store
    shared = is_postgres(store.url)  # other processes may write: trust an answer for TTL s

    def clock() -> int:
        return int(time.monotonic() // TTL) if shared else 0

    def article_version(key: str) -> tuple[str, int, int] | None:
        """A single article's answer lasts until a write changes that article."""
        if not key.startswith(ARTICLE_PATH):
            return None
        return ("article", store.article_version(key[len(ARTICLE_PATH) : key.find("?")]), clock())

    answers = Answers(lambda: (store.generation, clock()), version_of=article_version)

    async def answer(request: Request, compute: Callable[[], Any]) -> Response:
        """The kept answer at once, else computed in a worker thread (store reads block)."""
        key = answer_key(request.scope)
        body = answers.kept(key, compute)
        if body is None:
            body = await run_in_threadpool(answers.get, key, compute)
        return Response(body, media_type="application/json")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        answers.close()
        if owned:
            database.close()

    app = FastAPIOffline(
        title="dyads",
        summary="Who said what, who did what to whom, when: events and quotes from news.",
        version="0.1.0",
        lifespan=lifespan,
        static_url=DOCS_STATIC,
    )
    _kept_in_front(app, answers)
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"])

    app.add_middleware(Guard, csp=CSP, docs_csp=DOCS_CSP, docs=("/docs", "/redoc", DOCS_STATIC))

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, validation_message(exc.errors()))

    @app.exception_handler(ValueError)
    async def bad_value(_: Request, exc: ValueError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        log.exception("request failed", exc_info=exc)
        return _error(500, "internal error")

    # dashboard ------------------------------------------------------------------------
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    app.include_router(dashboard_router(database))

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        path = resources.files("plotly").joinpath("package_data", "plotly.min.js")
        return FileResponse(str(path), media_type="text/javascript")

    # reads ----------------------------------------------------------------------------
    @app.get("/articles", tags=["articles"], response_model=list[dict[str, Any]])
    async def list_articles(
        request: Request,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ) -> Response:
        """Stored articles without their text, newest first."""
        return await answer(request, lambda: records(database.articles(limit=limit, offset=offset)))

    @app.get("/articles/{article_id}", tags=["articles"], response_model=dict[str, Any])
    async def one_article(request: Request, article_id: str) -> Response:
        """One article in the record contract, with mentions, quotes and events."""
        return await answer(
            request, lambda: found(database.article(article_id), "article with that id")
        )

    @app.get("/quotes", tags=["quotes"], response_model=list[dict[str, Any]])
    async def list_quotes(
        request: Request,
        speaker: str | None = None,
        about: str | None = None,
        text: Annotated[str | None, Query(max_length=500)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    ) -> Response:
        """Quotes by ``speaker``, about ``about``, containing ``text``; newest first."""
        select = database.quotes
        return await answer(
            request,
            lambda: records(
                select(speaker=speaker or None, about=about or None, text=text).head(limit)
            ),
        )

    @app.get("/events", tags=["events"], response_model=list[dict[str, Any]])
    async def list_events(
        request: Request,
        source: str | None = None,
        target: str | None = None,
        either: bool = False,
        since: date | None = None,
        until: date | None = None,
        cameo_root: str | None = None,
        reports: Annotated[
            bool, Query(description="Every article's report of an event, not one per event.")
        ] = False,
        limit: Annotated[int, Query(ge=1, le=5000)] = 200,
    ) -> Response:
        """Events (negated ones left out), oldest first, with the evidence sentence and the
        source and target highlighted in it (``highlights``: offsets into ``sentence``)."""
        return await answer(request, lambda: event_items(database.events(
            source or None, target or None, since, until, cameo_root or None, either=either,
            dedupe=not reports, limit=limit)))  # fmt: skip

    @app.get("/actors", tags=["actors"], response_model=list[dict[str, Any]])
    async def list_actors(
        request: Request, limit: Annotated[int, Query(ge=1, le=5000)] = 500
    ) -> Response:
        """Actors mentioned in the store, most mentioned first."""
        return await answer(request, lambda: records(database.actors().head(limit)))

    @app.get("/network", tags=["events"], response_model=dict[str, Any])
    async def actor_network(
        request: Request, since: date | None = None, until: date | None = None
    ) -> Response:
        """Who acts on whom: edges with event counts and mean Goldstein score (tone)."""
        return await answer(request, lambda: {"edges": database.network_edges(since, until)})

    @app.get("/dyads/{a}/{b}", tags=["dyads"], response_model=dict[str, Any])
    async def dyad(
        request: Request, a: str, b: str, freq: Freq = "month", quotes: int = 5
    ) -> Response:
        """Events between ``a`` and ``b`` per period and direction (counts by quad class,
        Goldstein sum and mean), totals per direction, and top quotes by each about the other.
        ``coarser`` gives, per direction, the events dated only to a span crossing a period
        boundary (a year-dated event by month): in no period, but counted in ``totals``."""
        return await answer(request, lambda: dyad_body(a, b, freq, quotes))

    @app.get("/dyads", tags=["dyads"], response_model=dict[str, Any])
    async def dyad_query(
        request: Request, a: str, b: str, freq: Freq = "month", quotes: int = 5
    ) -> Response:
        """The same as ``/dyads/{a}/{b}``, for actor names that contain a slash."""
        return await answer(request, lambda: dyad_body(a, b, freq, quotes))

    def dyad_body(a: str, b: str, freq: str, quotes: int) -> dict[str, Any]:
        if (same := same_actor(a, b)) is not None:
            raise ValueError(same)
        frame = database.dyad(a, b, freq)
        periods = records(frame)
        for row in periods:
            row["period_end"] = _period_end(row["period"], freq)
        return {
            "a": a,
            "b": b,
            "freq": freq,
            "periods": periods,
            "totals": records(totals(frame)),
            "coarser": left_out(frame),
            "quotes": records(database.top_quotes(a, b, limit=max(0, min(quotes, 50)))),
        }

    @app.get("/alignment", tags=["dyads"], response_model=dict[str, Any])
    async def alignment(
        request: Request,
        actor: str,
        partners: Annotated[list[str], Query(description="Repeat, or comma-separated.")],
        freq: Freq = "month",
        direction: Literal["out", "both"] = "out",
    ) -> Response:
        """``actor``'s cooperation minus conflict toward each partner per period; ``coarser``
        gives, per partner, the events dated only to a span crossing a period boundary (a
        year-dated event by month), which are in no period."""
        names = [p.strip() for item in partners for p in item.split(",") if p.strip()]
        if not names or len(names) > 20:
            raise ValueError("give between 1 and 20 partners")

        def body() -> dict[str, Any]:
            frame = database.alignment(actor, names, freq, direction)
            return {"actor": actor, "partners": names, "freq": freq,
                    "periods": records(frame), "coarser": left_out(frame)}  # fmt: skip

        return await answer(request, body)

    @app.get(
        "/evidence/events/{article_id}/{idx}", tags=["evidence"], response_model=dict[str, Any]
    )
    async def event_evidence(request: Request, article_id: str, idx: Index) -> Response:
        """An event's sentence with its source and target highlighted."""
        return await answer(
            request, lambda: found(database.event_evidence(article_id, idx), "event")
        )

    @app.get(
        "/evidence/quotes/{article_id}/{idx}", tags=["evidence"], response_model=dict[str, Any]
    )
    async def quote_evidence(request: Request, article_id: str, idx: Index) -> Response:
        """A quote in its paragraph, with the quotation, speaker and cue highlighted."""
        return await answer(
            request, lambda: found(database.quote_evidence(article_id, idx), "quote")
        )

    # ingest ---------------------------------------------------------------------------
    @app.post(
        "/articles",
        tags=["articles"],
        status_code=201,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": IngestRequest.model_json_schema()}},
            },
            "security": [{"bearer": []}],
        },
        responses={
            401: {"description": "missing or wrong token"},
            403: {"description": "ingestion disabled (no token configured)"},
            413: {"description": "body too large"},
            422: {"description": "malformed JSON or article"},
        },
    )
    async def ingest(request: Request) -> JSONResponse:
        """Analyse one article (``text`` or ``html``) and store it. Needs ``Authorization:
        Bearer <token>``. Answers 201 with the article id, or 200 when it was skipped."""
        if token is None:
            return _error(403, "ingestion is disabled: the server has no API token")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8"), token.encode("utf-8")
        ):
            return _error(401, "missing or wrong bearer token", {"WWW-Authenticate": "Bearer"})
        try:
            payload = IngestRequest.model_validate_json(await request.body())
        except ValidationError as exc:
            return _error(422, validation_message(exc.errors()))
        return await run_in_threadpool(_ingest, payload.raw())

    def _ingest(raw: RawDocument) -> JSONResponse:
        with pipeline_lock:
            if state["pipeline"] is None:
                from dyads.pipeline import Pipeline

                state["pipeline"] = Pipeline()
            try:
                article = state["pipeline"].process(raw)
            except Skipped as exc:
                if exc.article is not None:
                    database.save_skipped(exc.article, str(exc))
                ident = exc.article.id if exc.article is not None else None
                return JSONResponse({"id": ident, "status": "skipped", "reason": str(exc)})
            except DyadsError as exc:
                return _error(422, str(exc))
        result = database.save(article)
        body = {"id": article.id, "status": result.value, "quotes": len(article.quotes),
                "events": len(article.events)}  # fmt: skip
        return JSONResponse(body, status_code=201)

    return app
