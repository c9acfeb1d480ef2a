"""`dyads dyad A B`: events between two actors per period in the terminal (counts by quad
class, Goldstein bars, a sparkline) and their top quotes."""

from __future__ import annotations

from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from dyads.actor_specs import as_spec, resolve_actor, same_actor
from dyads.aggregates import dyad
from dyads.analytics import FREQS, QUADS, left_out, top_quotes, totals
from dyads.store.base import redact
from dyads.store.sql import SqlStore

# terminal view ------------------------------------------------------------------------------
SPARKS = "▁▂▃▄▅▆▇█"
SPARK_PERIODS = 80  # widest sparkline that fits a terminal line


def sparkline(values: list[float]) -> str:
    """Counts as a one-line chart of block characters."""
    top = max(values, default=0)
    if top <= 0:
        return SPARKS[0] * len(values)
    return "".join(SPARKS[round(v / top * (len(SPARKS) - 1))] for v in values)


def tone_bar(mean: float | None, scale: float = 10.0, width: int = 10) -> Text:
    """A bar as long as the mean Goldstein score: green for cooperation, red for conflict."""
    if mean is None or pd.isna(mean):
        return Text("")
    if mean == 0:
        return Text("·", style="dim")
    cells = max(1, round(abs(mean) / scale * width))
    return Text("█" * cells, style="green" if mean > 0 else "red" if mean < 0 else "dim")


def dyad_view(
    store: SqlStore,
    a: str,
    b: str,
    freq: str = "month",
    quotes: int = 3,
    notes: tuple[str, ...] = (),
) -> Group:
    """The dyad as Rich renderables: totals, a per-period table with bars, a line on the events
    dated too coarsely for a row (:func:`coarser_note`), top quotes; with no events, that line
    and the ``notes`` on why (an actor known only as an uncoded name)."""
    frame = dyad(store, a, b, freq)
    first, second = as_spec(a), as_spec(b)
    title = f"{first.label} ↔ {second.label} by {freq}"
    if frame.empty:
        # which store was read: without --db it is the default one (a new user's trial,
        # session 29, read the demo store and could not tell)
        where = redact(store.url)
        said = Text(f"{title}: no events between them in the store {where}", style="yellow")
        return Group(said, *(Text(note) for note in notes))
    parts: list[Any] = []
    sums = Table(title=title, title_justify="left")
    sums.add_column("direction", no_wrap=True)
    for column in ("events", "verb coop", "mat coop", "verb confl", "mat confl", "G sum", "G mean"):
        sums.add_column(column, justify="right")
    for row in totals(frame).itertuples(index=False):
        mean = row.goldstein_mean
        sums.add_row(
            Text(str(row.direction)), str(row.events),
            *(str(getattr(row, name)) for name in QUADS.values()),
            f"{row.goldstein_sum:+.1f}", "" if pd.isna(mean) else f"{mean:+.2f}",
        )  # fmt: skip
    parts.append(sums)
    both = frame[frame["direction"] == "both"]
    there = frame[frame["direction"] == f"{first.label}→{second.label}"]["events"].tolist()
    back = frame[frame["direction"] == f"{second.label}→{first.label}"]["events"].tolist()
    counts = both["events"].tolist()
    empty = sum(1 for n in counts if n == 0)
    caption = f"events per {freq}: {sparkline(counts)}" if len(counts) <= SPARK_PERIODS else ""
    if empty:  # a sparse dyad by day would print hundreds of empty rows
        periods = freq if empty == 1 else f"{freq}s"  # "1 day", not "1 days"
        caption += f"{'; ' if caption else ''}{empty} {periods} without events not shown"
    timeline = Table(caption=caption or None)
    for column in ("period", f"{first.label}→{second.label}", f"{second.label}→{first.label}",
                   "mean Goldstein", "tone"):  # fmt: skip
        timeline.add_column(column, justify="left" if column in ("period", "tone") else "right")
    for i, row in enumerate(both.itertuples(index=False)):
        if not row.events:
            continue
        mean = row.goldstein_mean
        timeline.add_row(
            period_label(row.period, freq), str(there[i]), str(back[i]),
            "" if pd.isna(mean) else f"{mean:+.2f}", tone_bar(mean),
        )  # fmt: skip
    parts.append(timeline)
    if note := coarser_note(left_out(frame).get("both", 0), freq):
        parts.append(Text(note))
    said = top_quotes(store, first, second, limit=quotes)
    if not said.empty:
        table = Table("side", "speaker", "quote", "date", title="top quotes", title_justify="left")
        for row in said.itertuples(index=False):
            speaker = row.speaker_actor or row.speaker_text or "?"
            day = "" if pd.isna(row.quote_date) else row.quote_date.date().isoformat()
            table.add_row(Text(row.side), Text(speaker), Text(_clip(row.content, 100)), day)
        parts.append(table)
    return Group(*parts)


def coarser_note(count: int, freq: str) -> str:
    """The line saying how many events are in no row of a ``freq`` series (their dates span
    more than one period; ``dyads.periods``), or "" when none is."""
    if not count:
        return ""
    span = "dated only to a longer span (a year, a month)"
    one = count == 1
    which = f"event {span} is" if one else f"events {span} are"
    where = f"; {'it counts' if one else 'they count'} in the totals above"
    if freq != "year":
        where += f" and {'is' if one else 'are'} in the yearly view"
    rows = {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly"}[freq]
    return f"{count} {which} not in the {rows} rows{where}"


def period_label(period: pd.Timestamp, freq: str) -> str:
    """A period as the tables print it: "2024", "2024-03", or the first day of a week or day."""
    formats = {"year": "%Y", "month": "%Y-%m"}
    return period.strftime(formats[freq]) if freq in formats else period.date().isoformat()


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def dyad_command(
    a: Annotated[str, typer.Argument(help="First actor: ARM, ARMGOV, NATO, EU, a name...")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    db: Annotated[
        str | None, typer.Option("--db", help="DuckDB file or postgresql:// URL.")
    ] = None,
    freq: Annotated[str, typer.Option("--freq", help="day, week, month or year.")] = "month",
    quotes: Annotated[int, typer.Option("--quotes", help="Top quotes per side.")] = 3,
) -> None:
    """Events between two actors per period (counts by quad class, Goldstein) and top quotes.

    The same actor on both sides is an error (exit 2). An actor the store and the gazetteer do
    not know, on either side, is an error (exit 2)
    naming the nearest known codes; one the store knows only as an uncoded name gets "no
    events" with a note saying so. Periods without events are left out of the table.
    """
    from dyads.commands.actors import uncoded_note, unknown_actor
    from dyads.commands.common import for_reading
    from dyads.commands.group import EXIT_ERROR, say_error

    if freq not in FREQS:
        raise typer.BadParameter(f"choose one of {', '.join(FREQS)}", param_hint="--freq")
    if (same := same_actor(a, b)) is not None:
        say_error(same)  # a new user's trial (session 25): every event was counted twice
        raise typer.Exit(EXIT_ERROR)
    store = for_reading(db)
    try:
        checked = (unknown_actor(store, actor, resolve_actor(actor)) for actor in (a, b))
        unknown = [reason for reason in checked if reason]
        if unknown:
            say_error("; ".join(unknown))
            raise typer.Exit(EXIT_ERROR)
        notes = tuple(
            note
            for actor in dict.fromkeys((a, b))
            if (note := uncoded_note(store, actor, resolve_actor(actor)))
        )
        try:
            view = dyad_view(store, a, b, freq, quotes, notes)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    finally:
        store.close()
    Console().print(view)
