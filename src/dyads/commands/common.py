"""What the commands share: options, opening the store for reading or writing, dates, and the
end-of-batch report (counts, skipped inputs one line per cause, failures one line each)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from dyads.ingest import Summary
    from dyads.store import SqlStore

Db = Annotated[
    str | None,
    typer.Option(
        "--db", help="DuckDB file or postgresql:// URL (default: DYADS_DB or dyads.duckdb)."
    ),
]
Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Date of inputs that carry none of their own: YYYY-MM-DD (or 9 May 2024).",
    ),
]


class PlainUsageError(typer.BadParameter):
    """A usage error whose message is the whole line (``--min-confidence must be between 0
    and 1, got 2``), without click's ``Invalid value for …:`` or the validator's wording."""

    def format_message(self) -> str:
        return self.message


def confidence(value: str) -> float:
    """The value of ``--min-confidence``: a number from 0 to 1, else one plain usage line."""
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not 0.0 <= number <= 1.0:  # also NaN, which compares false
        raise PlainUsageError(f"--min-confidence must be between 0 and 1, got {value}")
    return number


MinConfidence = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        parser=confidence,
        metavar="0-1",
        help="Leave out events scoring under this (0-1); default: the trained threshold.",
    ),
]
# Failures listed one by one at the end of a batch; the rest are counted (all are in the
# store's failures table, shown by ``dyads summary``).
MAX_FAILURES_SHOWN = 20
# Inputs named per cause of skipping.
NAMES_PER_CAUSE = 3


def store_url(db: str | None) -> str:
    if db:
        return db
    from dyads.config import load_settings

    return load_settings().db


def for_reading(db: str | None) -> SqlStore:
    """The store, opened read-only: never created, shared with other readers (StoreError,
    printed as one line by the group, when it cannot be)."""
    from dyads.store import open_store

    return open_store(store_url(db), read_only=True)


def for_writing(db: str | None, *, create: bool = True) -> SqlStore:
    from dyads.store import open_store

    return open_store(store_url(db), create=create)


def require_inputs(paths: Sequence[str]) -> None:
    """Stop with one line and exit 2 when no path given exists, before any store is opened:
    nothing could be read, so nothing is done (``no such file or directory: nosuchdir/``).
    A missing path among others that exist is a failed input of the batch instead."""
    from dyads.commands.group import EXIT_ERROR, say_error
    from dyads.sources import missing_paths

    missing = missing_paths(paths)
    if paths and len(missing) == len(paths):
        say_error(f"no such file or directory: {', '.join(missing)}")
        raise typer.Exit(EXIT_ERROR)


def published_date(value: str | None, option: str = "--published") -> str | None:
    """``YYYY-MM-DD`` of an option's date (the one date reader, :mod:`dyads.dates`)."""
    from dyads.dates import DateError, to_iso

    try:
        return to_iso(value)
    except DateError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


def echo(text: str) -> None:
    """One line on standard error, as is (no markup)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


_PROBABILITY = re.compile(r"\s*\(p=[\d.]+\)")


def cause(reason: str) -> str:
    """A skip reason without its per-input figures, so that inputs skipped for the same cause
    group together (``language is 'fr' (p=0.99), …`` -> ``language is 'fr', …``)."""
    return _PROBABILITY.sub("", reason)


def report(summary: Summary, title: str, store: str | None = None) -> None:
    """Counts, then skipped inputs one line per cause, then failures one line each."""
    counts = summary.counts
    shown = ["read", "stored", "unchanged", "extracted", "skipped", "failed"]
    # with a store, how many were stored is said even when none was (a new user's trial)
    always = ("read", "stored", "skipped", "failed") if store else ("read", "skipped", "failed")
    parts = [f"{key} {counts.get(key, 0)}" for key in shown if key in always or counts.get(key)]
    if store:
        from dyads.store.base import redact

        parts.append(f"store {redact(store)}")
    echo(f"{title}: " + ", ".join(parts))
    if line := summary.not_analysed_line():
        echo(line)
    by_cause: dict[str, list[str]] = defaultdict(list)
    for source, reason in summary.skipped:
        by_cause[cause(reason)].append(source)
    for why, sources in sorted(by_cause.items(), key=lambda item: -len(item[1])):
        names = ", ".join(sources[:NAMES_PER_CAUSE])
        more = (
            f" and {len(sources) - NAMES_PER_CAUSE} more" if len(sources) > NAMES_PER_CAUSE else ""
        )
        echo(f"skipped {len(sources)}: {why} ({names}{more})")
    for failure in summary.failures[:MAX_FAILURES_SHOWN]:
        echo(f"failed {failure.source} ({failure.stage}): {failure.reason}")
    rest = len(summary.failures) - MAX_FAILURES_SHOWN
    if rest > 0:
        echo(f"… and {rest} more failures (dyads summary lists them all)")


def exit_for(summary: Summary) -> None:
    """Exit 1 when any input failed (0 otherwise, by returning)."""
    from dyads.commands.group import EXIT_FAILED

    if summary.counts.get("failed") or summary.failures:
        raise typer.Exit(EXIT_FAILED)


def short(value: Any, limit: int) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
