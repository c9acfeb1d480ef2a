"""The API's read answers, kept until the store changes and then refreshed behind the scenes.

A dashboard asks the same few questions again and again (a dyad, the latest events, the
network), and most answers are a scan of the store. Each answer is computed once per version
of the store and kept as JSON bytes (least recently used first out, ``SIZE`` answers at most).

The version is the store's count of committed writes in this process: exact for DuckDB
(while this process writes, no other may); for PostgreSQL, where other processes may write
too, that count and a ``TTL``-second clock. A key may have a version of its own instead
(``version_of``): the API gives each single article the count of the writes that changed
that article, so a write of another article leaves it kept.

When the store has changed, a request still gets the answer kept, at once, and the answer is
computed again in a background thread, at most once per ``EVERY`` seconds; later requests get
the new one. So a request never waits for a scan it did not cause, and a feed loop writing
every second does not keep the server busy recomputing: an answer is at most ``EVERY``
seconds plus one computation old (``docs/BENCHMARKS.md``, API under load). Only the first
request for a question waits for its answer.

:class:`KeptAnswers` sends a kept answer straight from a plain ASGI layer in front of the
routes, keyed by :func:`answer_key` as the routes key what they keep.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("dyads.api")

# Answers kept at most, by count and by bytes: every article of the 5,000-article store of
# docs/BENCHMARKS.md (API under load) is 27 MB as JSON, 5.5 kB each, and an event list 250 kB.
SIZE = 20_000
MAX_BYTES = 64_000_000
TTL = 2.0  # seconds an answer from a PostgreSQL store is trusted without a write of ours
EVERY = 5.0  # seconds between two computations of one answer
REFRESHERS = 1  # threads computing answers again: one leaves the rest of the process to requests


@dataclass(slots=True)
class _Answer:
    version: Hashable
    body: bytes
    at: float  # when its computation started (time.monotonic)
    compute: Callable[[], Any]  # computes it again once the store has changed


def to_json(value: Any) -> bytes:
    """JSON bytes as the API sends them (UTF-8; rows carry null for a missing value)."""
    return json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")


class Answers:
    """Answers by key (a request's path and query) for the store version ``version()``."""

    def __init__(
        self,
        version: Callable[[], Hashable],
        size: int = SIZE,
        every: float = EVERY,
        *,
        max_bytes: int = MAX_BYTES,
        version_of: Callable[[str], Hashable | None] | None = None,
    ) -> None:
        """``version()`` is the store's version; ``version_of(key)``, when given and not None,
        is the version of that key's answer instead."""
        self.size, self.every, self.max_bytes = size, every, max_bytes
        self._version, self._version_of = version, version_of
        self._bytes = 0
        self._answers: OrderedDict[str, _Answer] = OrderedDict()
        self._computing: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self._refresh = ThreadPoolExecutor(REFRESHERS, thread_name_prefix="dyads-refresh")

    def kept(self, key: str, compute: Callable[[], Any] | None = None) -> bytes | None:
        """The answer kept for ``key``, without waiting (None when there is none yet); if the
        store has changed since, ``compute`` (by default the one that computed it) is started
        in the background for later requests."""
        now = self.version(key)
        with self._lock:
            found = self._answers.get(key)
            if found is None:
                return None
            self._answers.move_to_end(key)
            due = time.monotonic() - found.at >= self.every
            if found.version != now and due and key not in self._computing:
                self._computing[key] = threading.Event()
                self._refresh.submit(self._quietly, key, compute or found.compute, now)
            return found.body

    def get(self, key: str, compute: Callable[[], Any]) -> bytes:
        """The answer for ``key`` as JSON bytes, computing it here if there is none yet;
        ``compute()`` gives it as plain data."""
        while True:
            body = self.kept(key, compute)
            if body is not None:
                return body
            with self._lock:
                running = self._computing.get(key)
                if running is None:
                    running = self._computing[key] = threading.Event()
                    break
            running.wait()  # someone is computing the first answer: take theirs
        return self._compute(key, compute, self.version(key), running)

    def version(self, key: str) -> Hashable:
        """The version of the store an answer for ``key`` is valid for."""
        if self._version_of is not None:
            own = self._version_of(key)
            if own is not None:
                return own
        return self._version()

    def _compute(
        self, key: str, compute: Callable[[], Any], version: Hashable,
        running: threading.Event | None = None,
    ) -> bytes:  # fmt: skip
        started = time.monotonic()
        try:
            body = to_json(compute())
            with self._lock:
                replaced = self._answers.pop(key, None)
                self._bytes += len(body) - (len(replaced.body) if replaced else 0)
                self._answers[key] = _Answer(version, body, started, compute)
                while len(self._answers) > self.size or (
                    self._bytes > self.max_bytes and len(self._answers) > 1
                ):
                    self._bytes -= len(self._answers.popitem(last=False)[1].body)
            return body
        finally:
            with self._lock:
                done = self._computing.pop(key, running)
            if done is not None:
                done.set()

    def _quietly(self, key: str, compute: Callable[[], Any], version: Hashable) -> None:
        try:
            self._compute(key, compute, version)
        except Exception:  # the kept answer stays; the next request tries again
            log.exception("refreshing %s failed", key)

    def close(self) -> None:
        self._refresh.shutdown(wait=False, cancel_futures=True)


def answer_key(scope: Scope) -> str:
    """A request's key among the answers: its path and its query parameters in order."""
    query = scope.get("query_string", b"").decode("latin-1")
    return scope["path"] + "?" + str(sorted(parse_qsl(query, keep_blank_values=True)))


class KeptAnswers:
    """Plain ASGI in front of the whole app: a GET without a body whose answer is kept is sent
    from here, as the bytes kept, with the app's security headers (``headers``), without the
    app's middleware, routing, validation or a Request object (those cost about 6 ms of one
    core per kept answer through FastAPI: ``docs/BENCHMARKS.md``, API under load). Only
    answers the app computed are kept, so what is sent here is what the route sent for the
    same path and query (a request the app refuses, such as one with a NUL, is never kept);
    anything else goes on to the app."""

    def __init__(
        self, app: ASGIApp, answers: Answers, headers: list[tuple[bytes, bytes]] = ()
    ) -> None:
        self.app, self.answers = app, answers
        self.headers = [(b"content-type", b"application/json"), *headers]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and not _has_body(scope):
            body = self.answers.kept(answer_key(scope))
            if body is not None:
                length = (b"content-length", str(len(body)).encode())
                await send({"type": "http.response.start", "status": 200,
                            "headers": [length, *self.headers]})  # fmt: skip
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def _has_body(scope: Scope) -> bool:
    """Whether the request says it sends a body (the app's size limit must see it)."""
    for name, value in scope["headers"]:
        if name == b"transfer-encoding" or (name == b"content-length" and value != b"0"):
            return True
    return False
