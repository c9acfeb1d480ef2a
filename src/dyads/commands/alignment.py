"""`dyads alignment ACTOR PARTNER...`: an actor's cooperation minus conflict toward each partner,
in totals and per period, in the terminal (what ``Database.alignment`` returns)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from dyads.actor_specs import as_spec, resolve_actor, same_actor
from dyads.analytics import FREQS, alignment
from dyads.commands.dyad import coarser_note, period_label, tone_bar
from dyads.periods import left_out
from dyads.store.base import redact
from dyads.store.sql import SqlStore


def alignment_view(
    store: SqlStore, actor: str, partners: list[str], freq: str = "month", both: bool = False
) -> Group:
    """Totals per partner (events, cooperation, conflict, net, mean Goldstein) and, per period
    with any event, the net toward each partner; a line on events dated too coarsely for a row
    (:func:`dyads.commands.dyad.coarser_note`); "no events" naming the store when there are
    none."""
    frame = alignment(store, actor, partners, freq, "both" if both else "out")
    me = as_spec(actor).label
    labels = [as_spec(p).label for p in partners]
    arrow = "↔" if both else "→"
    title = f"{me} {arrow} {', '.join(labels)} by {freq}"
    if frame.empty or not frame["events"].sum():
        said = f"{title}: no events in the store {redact(store.url)}"
        coarse = sum(left_out(frame).values()) if not frame.empty else 0
        note = coarser_note(coarse, freq)
        return Group(Text(said, style="yellow"), *([Text(note)] if note else []))
    sums = Table(title=title, title_justify="left")
    for column in ("partner", "events", "cooperation", "conflict", "net", "G mean", "tone"):
        sums.add_column(column, justify="left" if column in ("partner", "tone") else "right")
    for label in labels:
        rows = frame[frame["partner"] == label]
        events = int(rows["events"].sum())
        mean = rows["goldstein_sum"].sum() / events if events else None
        sums.add_row(
            Text(label), str(events), str(int(rows["cooperation"].sum())),
            str(int(rows["conflict"].sum())), f"{int(rows['net'].sum()):+d}" if events else "0",
            "" if mean is None else f"{mean:+.2f}", tone_bar(mean),
        )  # fmt: skip
    nets = frame.pivot_table(index="period", columns="partner", values="net", aggfunc="sum")
    counts = frame.pivot_table(index="period", columns="partner", values="events", aggfunc="sum")
    timeline = Table(caption="net = cooperation - conflict events", caption_justify="left")
    timeline.add_column("period")
    for label in labels:
        timeline.add_column(label, justify="right")
    for period in nets.index:
        if not counts.loc[period].sum():
            continue
        cells = [
            f"{int(nets.loc[period, label]):+d}" if counts.loc[period, label] else ""
            for label in labels
        ]
        timeline.add_row(period_label(period, freq), *cells)
    parts: list[Table | Text] = [sums, timeline]
    if note := coarser_note(sum(left_out(frame).values()), freq):
        parts.append(Text(note))
    return Group(*parts)


def alignment_command(
    actor: Annotated[str, typer.Argument(help="The actor: ARM, ARMGOV, NATO, a name...")],
    partners: Annotated[list[str], typer.Argument(help="One or more partners: RUS USA EU ...")],
    db: Annotated[
        str | None, typer.Option("--db", help="DuckDB file or postgresql:// URL.")
    ] = None,
    freq: Annotated[str, typer.Option("--freq", help="day, week, month or year.")] = "month",
    both: Annotated[
        bool, typer.Option("--both", help="Count the partners' events toward the actor too.")
    ] = False,
) -> None:
    """An actor's cooperation minus conflict toward each partner, in totals and per period.

    Cooperation counts events of quad classes 1-2, conflict 3-4. A partner that is the actor
    itself, or an actor neither the store nor the gazetteer knows, is an error (exit 2) naming
    the nearest known codes.
    """
    from dyads.commands.actors import unknown_actor
    from dyads.commands.common import for_reading
    from dyads.commands.group import EXIT_ERROR, say_error

    if freq not in FREQS:
        raise typer.BadParameter(f"choose one of {', '.join(FREQS)}", param_hint="--freq")
    for partner in partners:
        if (same := same_actor(actor, partner)) is not None:
            say_error(same)
            raise typer.Exit(EXIT_ERROR)
    store = for_reading(db)
    try:
        checked = (
            unknown_actor(store, a, resolve_actor(a)) for a in dict.fromkeys([actor, *partners])
        )
        unknown = [reason for reason in checked if reason]
        if unknown:
            say_error("; ".join(unknown))
            raise typer.Exit(EXIT_ERROR)
        view = alignment_view(store, actor, partners, freq, both)
    finally:
        store.close()
    Console().print(view)
