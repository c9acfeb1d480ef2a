"""The API's read answers, kept until the store changes.

A dashboard asks the same few questions again and again (a dyad, the latest events, the
network), and most answers are a scan of the store: each is computed once per version of the
store and kept as JSON bytes (least recently used first out, ``SIZE`` answers at most).

The version is the store's count of committed writes in this process, which is exact for
DuckDB (while this process writes, no other may), and for PostgreSQL, where other processes
may write too, that count and a ``TTL``-second clock.

After a write, the first request for an answer computes it again; requests for the same
answer that come meanwhile get the previous one rather than queue behind it (an answer is at
most one computation old; a request with no previous answer waits for the first).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

SIZE = 512
TTL = 2.0  # seconds an answer from a PostgreSQL store is trusted without a write of ours


@dataclass(slots=True)
class _Answer:
    version: Hashable
    body: bytes


def to_json(value: Any) -> bytes:
    """JSON bytes as the API sends them (UTF-8, no NaN: rows carry null for a missing value)."""
    return json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")


class Answers:
    """Answers by key (the request's path and query) for the store version ``version()``."""

    def __init__(self, version: Callable[[], Hashable], size: int = SIZE) -> None:
        self.version, self.size = version, size
        self._answers: OrderedDict[str, _Answer] = OrderedDict()
        self._computing: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: str, compute: Callable[[], Any]) -> bytes:
        """The answer for ``key`` as JSON bytes; ``compute()`` gives it as plain data."""
        while True:
            now = self.version()
            with self._lock:
                found = self._answers.get(key)
                if found is not None and found.version == now:
                    self._answers.move_to_end(key)
                    return found.body
                running = self._computing.get(key)
                if running is None:
                    running = self._computing[key] = threading.Event()
                    break
            if found is not None:
                return found.body  # being computed again: the previous answer meanwhile
            running.wait()  # no previous answer: wait for the one being computed
        try:
            body = to_json(compute())
            with self._lock:
                self._answers[key] = _Answer(now, body)
                self._answers.move_to_end(key)
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
            return body
        finally:
            with self._lock:
                del self._computing[key]
            running.set()
