"""The shapes of the HTTP API's requests and answers: the article to ingest, JSON rows from
DataFrames (dates as ``YYYY-MM-DD``, missing values as null), events with their evidence
highlighted, validation errors as one message, and the request size limit (413)."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import parse_qsl

import pandas as pd
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyads.database import highlights
from dyads.records import RawDocument

NUL_MESSAGE = "NUL characters are not allowed"


class IngestRequest(BaseModel):
    """One article to analyse and store: ``text`` or ``html``, and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="HTML of the article page.")
    id: str | None = Field(None, max_length=200, description="Id to store it under.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(
        None, max_length=100, description="Publication date: YYYY-MM-DD (or 9 May 2024)."
    )

    @field_validator("published")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        from dyads.dates import DateError, to_iso

        try:
            return to_iso(value)
        except DateError as exc:
            raise ValueError(str(exc)) from None

    @model_validator(mode="after")
    def _one_body(self) -> IngestRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        if any("\x00" in value for value in self.model_dump().values() if isinstance(value, str)):
            raise ValueError(NUL_MESSAGE)  # PostgreSQL cannot store them; no article has them
        return self

    def raw(self) -> RawDocument:
        source = self.url or (f"api:{self.id}" if self.id else "api")
        return RawDocument(
            source=source,
            content=self.text if self.text is not None else self.html or "",
            kind="text" if self.text is not None else "html",
            id=self.id,
            url=self.url,
            title=self.title,
            published=self.published,
        )


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes (413), declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"request body larger than {self.limit} bytes"
        await JSONResponse({"error": message}, status_code=413)(scope, receive, send)


def security_headers(policy: bytes) -> list[tuple[bytes, bytes]]:
    """The headers :class:`Guard` adds to every answer, with ``policy`` as the CSP."""
    return [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"content-security-policy", policy),
    ]


class Guard:
    """Every answer gets the security headers (``csp``, or ``docs_csp`` under the ``docs``
    paths); a NUL in the path or a query parameter is refused with 400 (never meaningful, and
    PostgreSQL refuses it). Plain ASGI: Starlette's decorator middlewares cost a task and a
    copy of the response per request."""

    def __init__(self, app: ASGIApp, csp: str, docs_csp: str, docs: tuple[str, ...]) -> None:
        self.app, self.csp, self.docs_csp, self.docs = app, csp, docs_csp, docs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = (self.docs_csp if scope["path"].startswith(self.docs) else self.csp).encode()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *security_headers(policy)]
            await send(message)

        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        if "\x00" in scope["path"] or any("\x00" in key + value for key, value in query):
            refusal = JSONResponse({"error": f"{NUL_MESSAGE} in the path or the query"}, 400)
            await refusal(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame as JSON-ready rows: dates as YYYY-MM-DD, missing values as null."""
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    frame = frame.astype(object).where(frame.notna(), None)
    return [
        {key: _plain(value) for key, value in row.items()}
        for row in frame.to_dict(orient="records")
    ]


def _plain(value: Any) -> Any:
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    if isinstance(value, date):
        return value.isoformat()
    return value


def event_items(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Event rows with their evidence sentence and the sides highlighted in it."""
    items = records(frame)
    for item in items:
        offset = item["evidence_start"]
        spans = [
            ("source", [item["source_start"], item["source_end"]]),
            ("target", [item["target_start"], item["target_end"]]),
        ]
        item["sentence"] = item["evidence"]
        item["highlights"] = highlights(item["evidence"], offset, spans)
    return items


def validation_message(errors: Any) -> str:
    parts = []
    for error in list(errors)[:5]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        message = str(error.get("msg", "invalid"))
        if error.get("type") == "json_invalid":
            message = "malformed JSON: " + str(error.get("ctx", {}).get("error", "cannot parse"))
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts) or "invalid request"
