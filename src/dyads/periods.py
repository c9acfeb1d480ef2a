"""Events counted per period (day, week, month, year), and over the whole range.

An event counts in the period of its span (``event_date`` .. ``date_end``, a missing end
being the start). An event the text dates only to a span that crosses a period boundary at
the requested grain (a year in a monthly series, a month in a weekly one, a range of months)
is put in no single period: the first month of its year is not when it happened, and a
monthly series that put it there would show a January spike. Such events are counted apart:
:func:`per_period` records them in the frame's ``attrs`` (:func:`left_out` reads them), and
:func:`totals` adds them back, so the events between A and B do not shrink when the grain
gets finer.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

Freq = Literal["day", "week", "month", "year"]
FREQS: dict[str, str] = {"day": "D", "week": "W", "month": "M", "year": "Y"}
QUADS: dict[int, str] = {
    1: "verbal_cooperation",
    2: "material_cooperation",
    3: "verbal_conflict",
    4: "material_conflict",
}
# What a left-out event adds to a label's totals (the columns totals sums).
COUNTS = ["events", *QUADS.values(), "goldstein_sum"]
# frame.attrs keys: {label: events left out}, {label: {count column: value}}.
COARSER = "coarser"
COARSER_COUNTS = "coarser_counts"


def period_code(freq: str) -> str:
    """The pandas period code of ``freq`` (``ValueError`` for an unknown one)."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    return FREQS[freq]


def crosses_periods(events: pd.DataFrame, freq: str) -> pd.Series:
    """Whether each event's span (``event_date`` .. ``date_end``, a missing or earlier end
    being the start) crosses a period boundary at ``freq``: a bool Series on ``events``'
    index (False for an undated event, or a frame without ``date_end``)."""
    code = period_code(freq)
    start = pd.to_datetime(events["event_date"])
    if "date_end" not in events:
        return pd.Series(False, index=events.index)
    end = pd.to_datetime(events["date_end"]).fillna(start)
    end = end.where(end > start, start)
    dated = start.notna()
    crossing = pd.Series(False, index=events.index)
    crossing[dated] = start[dated].dt.to_period(code) != end[dated].dt.to_period(code)
    return crossing


def per_period(
    events: pd.DataFrame, freq: str, key: str, labels: list[str], total: str | None = None
) -> pd.DataFrame:
    """Counts by quad class and Goldstein sum and mean per period for each ``key`` label
    (plus all events as ``total``), every label over the same run of periods.

    ``events``: one row per event with ``event_date``, ``date_end`` (optional),
    ``quad_class``, ``goldstein``, ``idx`` and ``key``. Returns columns ``period``, ``key``,
    ``events``, the four quad classes, ``goldstein_sum``, ``goldstein_mean``: one row per
    (label, period) from the first event's period to the last's. Events whose span crosses a
    period boundary (:func:`crosses_periods`) are in no row; ``attrs["coarser"]`` holds how
    many per label (``{label: int}``, every label present) and ``attrs["coarser_counts"]``
    their count columns (``{label: {"events": ..., "goldstein_sum": ...}}``) for
    :func:`totals`.
    """
    code = period_code(freq)
    dated = events[events["event_date"].notna()].copy()
    columns = ["period", key, "events", *QUADS.values(), "goldstein_sum", "goldstein_mean"]
    if dated.empty:
        return _with_coarser(pd.DataFrame(columns=columns), dated, key, labels, total)
    for quad, name in QUADS.items():
        dated[name] = (dated["quad_class"] == quad).astype(int)
    crossing = crosses_periods(dated, freq)
    coarse, dated = dated[crossing], dated[~crossing].copy()
    # The run of periods still spans every event's start, so a series ending in a year-dated
    # event keeps its (empty) months rather than stopping short.
    starts = pd.concat([dated["event_date"], coarse["event_date"]])
    dated["period"] = dated["event_date"].dt.to_period(code).dt.start_time
    periods = pd.period_range(starts.min(), starts.max(), freq=code).start_time
    groups = [(label, dated[dated[key] == label]) for label in labels]
    if total is not None:
        groups.append((total, dated))
    parts = []
    for label, part in groups:
        counts = {name: (name, "sum") for name in QUADS.values()}
        agg = part.groupby("period").agg(
            events=("idx", "size"),
            **counts,
            goldstein_sum=("goldstein", "sum"),
            goldstein_mean=("goldstein", "mean"),
        )
        agg = agg.reindex(periods)
        filled = ["events", *QUADS.values(), "goldstein_sum"]
        agg[filled] = agg[filled].fillna(0)
        agg[["events", *QUADS.values()]] = agg[["events", *QUADS.values()]].astype(int)
        agg.index.name = "period"
        agg = agg.reset_index()
        agg.insert(1, key, label)
        parts.append(agg)
    frame = pd.concat(parts, ignore_index=True)[columns]
    return _with_coarser(frame, coarse, key, labels, total)


def _with_coarser(
    frame: pd.DataFrame, coarse: pd.DataFrame, key: str, labels: list[str], total: str | None
) -> pd.DataFrame:
    left: dict[str, int] = {}
    sums: dict[str, dict[str, float]] = {}
    for label in [*labels, *([total] if total is not None else [])]:
        part = coarse if label == total or coarse.empty else coarse[coarse[key] == label]
        left[label] = len(part)
        sums[label] = {"events": float(len(part)), "goldstein_sum": float(part["goldstein"].sum())}
        for name in QUADS.values():
            sums[label][name] = float(part[name].sum()) if name in part else 0.0
    frame.attrs[COARSER] = left
    frame.attrs[COARSER_COUNTS] = sums
    return frame


def left_out(frame: pd.DataFrame) -> dict[str, int]:
    """Per label, the events :func:`per_period` put in no period of ``frame`` (their span
    crosses a period boundary at its grain); empty for a frame it did not make."""
    return dict(frame.attrs.get(COARSER) or {})


def totals(frame: pd.DataFrame, key: str = "direction") -> pd.DataFrame:
    """Whole-range totals of a per-period frame: events, quad counts, Goldstein sum and mean
    (the mean over events, not over periods), one row per label, counting the events left out
    of the periods (:func:`left_out`) too: the same at every grain."""
    extra = frame.attrs.get(COARSER_COUNTS) or {}
    if frame.empty and not any(one["events"] for one in extra.values()):
        return pd.DataFrame(columns=[key, *COUNTS, "goldstein_mean"])
    out = frame.groupby(key, sort=False)[COUNTS].sum()
    if extra:
        added = pd.DataFrame.from_dict(extra, orient="index").reindex(columns=COUNTS)
        order = list(dict.fromkeys([*out.index, *added.index]))
        out = out.reindex(order).fillna(0).add(added.reindex(order).fillna(0))
    out[COUNTS[:-1]] = out[COUNTS[:-1]].astype(int)
    out = out.rename_axis(key).reset_index()
    out["goldstein_mean"] = (out["goldstein_sum"] / out["events"]).where(out["events"] > 0)
    return out
