"""Progress of long work, on standard error (standard output stays the command's result).

In a terminal: a live line with the count of inputs done, the input being analysed and its
stage (parse, actors, quotes, events). Elsewhere (a log, a pipe): a count every
``EVERY_SECONDS``, and a line per stage for an article long enough to take a while (over
``LONG_ARTICLE_CHARS`` characters, a few seconds of parsing on one core), so a batch is never
silent for long and a short one prints nothing extra.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from types import TracebackType
from typing import Any

# About 2 s of parsing with the small English model on one core (benchmarks/throughput.py:
# 8.95 articles/s of about 5,000 characters).
LONG_ARTICLE_CHARS = 50_000
EVERY_SECONDS = 10.0


class BatchProgress:
    """Report inputs as they finish (:meth:`done`) and stages as they start (:meth:`stage`,
    given to the pipeline as its ``progress`` hook)."""

    def __init__(self, title: str, *, stream: Any = None, live: bool | None = None) -> None:
        self.title = title
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.counts: Counter[str] = Counter()
        self.started = self.last = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> BatchProgress:
        if self.live:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            console = Console(file=self.stream)
            self._bar = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                console=console, transient=True,
            )  # fmt: skip
            self._bar.__enter__()
            self._task = self._bar.add_task(self.title, total=None)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, exc, tb)

    def _counts(self) -> str:
        done = sum(v for k, v in self.counts.items() if k != "read")
        detail = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()) if k != "read")
        return f"{done} done" + (f" ({detail})" if detail else "")

    def _show(self, doing: str) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=f"{self.title}: {self._counts()} · {doing}")

    def _line(self, text: str) -> None:
        self.stream.write(f"{self.title}: {text}\n")
        self.stream.flush()

    def done(self, status: str, source: str) -> None:
        """An input has its outcome."""
        self.counts[status] += 1
        self._show(f"last: {_name(source)}")
        now = time.monotonic()
        if not self.live and now - self.last >= EVERY_SECONDS:
            self.last = now
            self._line(f"{self._counts()} in {now - self.started:.0f} s")

    def stage(self, stage: str, article: Any) -> None:
        """The pipeline starts ``stage`` on ``article`` (the pipeline's progress hook)."""
        size = len(getattr(article, "text", "") or "")
        what = f"{_name(getattr(article, 'source', '?'))} ({size / 1000:.0f} k chars): {stage}"
        self._show(what)
        if not self.live and size >= LONG_ARTICLE_CHARS:
            self._line(what)


def _name(source: str, limit: int = 48) -> str:
    text = source.rsplit("/", 1)[-1] or source
    return text if len(text) <= limit else "…" + text[-(limit - 1) :]
