"""Events as the dashboard shows them: a sorted page, the timeline, the network, one event's
reports, all under one :class:`~dyads.web.filters.ViewFilter`, from the store's events in
memory (:mod:`dyads.web.base`): negated events left out, an event reported by several
articles counted once, as in :func:`dyads.analytics.events_frame`. The text of the rows a page
shows (evidence, the sides' words and spans) is read from the store.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any, Literal

import numpy as np
import pandas as pd

from dyads.database import Database, highlights
from dyads.web import base
from dyads.web.base import Columns
from dyads.web.common import QUAD_NAMES, cameo_name, code_label, day, plain
from dyads.web.filters import ViewFilter
from dyads.web.reader import outlet

Freq = Literal["day", "week", "month", "year"]
SORTS = ("date", "source", "target", "cameo", "goldstein", "confidence", "reports", "article")
# Most edges the network draws: beyond about 40 a circle of 420 px has no room for labels.
NETWORK_EDGES = 40
_TEXT = (
    "SELECT e.article_id, e.idx, e.evidence, e.evidence_start, e.record, a.url, "
    "a.dateline_agency FROM events e JOIN articles a ON a.id = e.article_id WHERE "
)


def _value(row: dict[str, Any], key: str) -> Any:
    value = row.get(key)
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def _side(row: dict[str, Any], side: str) -> dict[str, Any]:
    code = _value(row, f"{side}_code")
    return {
        "name": _value(row, f"{side}_actor") or _value(row, f"{side}_text"),
        "code": code,
        "label": code_label(code),
        "country": _value(row, f"{side}_country"),
        "text": _value(row, f"{side}_text"),
    }


def event_item(row: dict[str, Any]) -> dict[str, Any]:
    """One event (a row of :func:`dyads.analytics.events_frame`) as JSON: its sides (name and
    code), CAMEO code and name, scores, the evidence sentence with the sides highlighted
    (offsets into ``sentence``), its article."""
    spans = [
        (side, [_value(row, f"{side}_start"), _value(row, f"{side}_end")])
        for side in ("source", "target")
    ]
    sentence = row["evidence"]
    quad = int(row["quad_class"])
    return {
        "article_id": row["article_id"],
        "idx": int(row["idx"]),
        "event_key": row.get("event_key"),
        "date": day(_value(row, "event_date")),
        "source": _side(row, "source"),
        "target": _side(row, "target"),
        "cameo": row["cameo"],
        "cameo_name": cameo_name(row["cameo"]),
        "root": row["root"],
        "root_name": cameo_name(row["root"]),
        "quad_class": quad,
        "quad_name": QUAD_NAMES.get(quad),
        "goldstein": plain(row["goldstein"]),
        "plover": _value(row, "plover"),
        "confidence": plain(_value(row, "confidence")),
        "reports": int(row.get("reports") or 1),
        "direction": row.get("direction"),
        "sentence": sentence,
        "highlights": highlights(sentence, int(row["evidence_start"]), spans),
        "article": {
            "id": row["article_id"],
            "headline": _value(row, "headline"),
            "published": day(_value(row, "published")),
            "url": _value(row, "url"),
            "outlet": _value(row, "outlet"),
        },
    }


def rows_at(c: Columns, positions: np.ndarray, **extra: np.ndarray) -> list[dict[str, Any]]:
    """The reports at ``positions`` as rows (``extra``: more values per position)."""
    rows = c.frame.iloc[positions].to_dict(orient="records")
    for i, row in enumerate(rows):
        row.update({name: values[i] for name, values in extra.items()})
    return rows


def _sort_values(c: Columns, positions: np.ndarray, counts: np.ndarray, sort: str) -> np.ndarray:
    a = c.arrays
    if sort == "date":
        dates = a["date"][positions]
        values = dates.astype("int64").astype(float)
        values[np.isnat(dates)] = np.nan
        return values
    if sort == "reports":
        return counts.astype(float)
    if sort in ("goldstein", "confidence"):
        return a[sort][positions].astype(float)
    return a[{"source": "source_sort", "target": "target_sort", "cameo": "cameo",
              "article": "article_sort"}[sort]][positions].astype(float)  # fmt: skip


def sorted_events(
    c: Columns, f: ViewFilter, sort: str = "date", order: str = "asc"
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The view's events sorted on ``sort`` (one of ``SORTS``), missing values last, ties in
    the columns' order: positions, directions (first or not) and report counts."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    positions, there, counts = base.events(c, f)
    values = _sort_values(c, positions, counts, sort)
    if order == "desc":
        values = -values
    values[np.isnan(values)] = np.inf
    ranked = np.lexsort((positions, values))
    return positions[ranked], there[ranked], counts[ranked]


def events_page(
    db: Database, c: Columns, f: ViewFilter, sort: str = "date", order: str = "asc",
    page: int = 1, size: int = 25,
) -> dict[str, Any]:  # fmt: skip
    """One page of the view's events, sorted on the server (``sort`` one of ``SORTS``,
    ``order`` asc or desc, ``page`` from 1): ``{total, page, size, sort, order, rows}``."""
    positions, there, counts = sorted_events(c, f, sort, order)
    cut = slice((page - 1) * size, page * size)
    rows = rows_at(c, positions[cut], reports=counts[cut],
                   direction=base.direction_labels(f, there[cut]))  # fmt: skip
    return {"total": len(positions), "page": page, "size": size, "sort": sort,
            "order": "desc" if order == "desc" else "asc",
            "rows": [event_item(r) for r in rows]}  # fmt: skip


def period_end(start: date, freq: str) -> date:
    """The last day of the period starting on ``start``."""
    if freq == "day":
        return start
    if freq == "week":
        return start + timedelta(days=6)
    if freq == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(start.year, 12, 31)


def _period_starts(dates: np.ndarray, freq: str) -> np.ndarray:
    """The first day of each date's period (weeks start on Monday, as pandas' ``W``)."""
    days = dates.astype("datetime64[D]")
    if freq == "week":
        return days - ((days.astype("int64") - 4) % 7).astype("timedelta64[D]")
    unit = {"day": "D", "month": "M", "year": "Y"}[freq]
    return days.astype(f"datetime64[{unit}]").astype("datetime64[D]")


def timeline(c: Columns, f: ViewFilter, freq: Freq = "month") -> dict[str, Any]:
    """Events per period and direction (both directions of a dyad, or of one actor), with
    counts per quad class and the mean Goldstein score; totals per direction and overall.
    Periods without events are left out (the chart's axis is a time axis). An event dated
    only to a span crossing a period boundary (a year-dated event by month) is in no period,
    as :func:`dyads.periods.per_period` has it: ``coarser`` counts those per direction (and
    ``"both"``), and the totals include them."""
    positions, there, _ = base.events(c, f)
    dates = c.arrays["date"][positions]
    dated = ~np.isnat(dates)
    positions, there, dates = positions[dated], there[dated], dates[dated]
    ends = np.maximum(c.arrays["date_end"][positions], dates)
    coarse = _period_starts(dates, freq) != _period_starts(ends, freq)
    labels = f.directions
    every = np.ones_like(there)
    sides = {labels[0]: there, labels[-1]: ~there, "both": every} if len(labels) > 1 else {
        labels[0]: every}  # fmt: skip
    goldstein = c.arrays["goldstein"][positions]
    left = {label: int(np.sum(coarse & side)) for label, side in sides.items()}
    left_sum = {label: float(goldstein[coarse & side].sum()) for label, side in sides.items()}
    positions, there, dates = positions[~coarse], there[~coarse], dates[~coarse]
    starts, which = np.unique(_period_starts(dates, freq), return_inverse=True)
    group = which * 2 + (~there).astype(int)
    size = 2 * len(starts)
    counts = np.bincount(group, minlength=size)
    sums = np.bincount(group, weights=c.arrays["goldstein"][positions], minlength=size)
    quad = c.arrays["quad"][positions]
    quads = {q: np.bincount(group, weights=quad == q, minlength=size) for q in QUAD_NAMES}
    periods = []
    for g in np.flatnonzero(counts):
        first = starts[g // 2].astype(object)
        events, total = int(counts[g]), float(sums[g])
        periods.append({
            "period": first.isoformat(), "period_end": period_end(first, freq).isoformat(),
            "direction": labels[min(g % 2, len(labels) - 1)], "events": events,
            "goldstein_mean": total / events, "goldstein_sum": total,
            "quads": {q: int(quads[q][g]) for q in QUAD_NAMES},
        })  # fmt: skip
    totals = []
    for label in (*labels, "both") if len(labels) > 1 else labels:
        part = [p for p in periods if label == "both" or p["direction"] == label]
        events = sum(p["events"] for p in part) + left[label]
        total = sum(p["goldstein_sum"] for p in part) + left_sum[label]
        totals.append({"direction": label, "events": events,
                       "goldstein_mean": total / events if events else None})  # fmt: skip
    return {"freq": freq, "directions": list(labels), "periods": periods, "totals": totals,
            "coarser": left}  # fmt: skip


def network(c: Columns, f: ViewFilter, limit: int = NETWORK_EDGES) -> dict[str, Any]:
    """Who acts on whom in the view: the ``limit`` heaviest edges (source code, target code,
    events, mean Goldstein) and their nodes: code, what the code stands for (``label``, else
    the name most often coded so) and the three names most often coded so in the store."""
    positions, _, _ = base.events(c, f)
    a = c.arrays
    codes = a["code_vocabulary"]
    coded = positions[(a["source_code"][positions] != "") & (a["target_code"][positions] != "")]
    pairs = a["source_code_id"][coded] * len(codes) + a["target_code_id"][coded]
    unique, which, sizes = np.unique(pairs, return_inverse=True, return_counts=True)
    sums = np.bincount(which, weights=a["goldstein"][coded], minlength=len(unique))
    edges = [(int(n), str(codes[p // len(codes)]), str(codes[p % len(codes)]), float(g / n))
             for p, n, g in zip(unique, sizes, sums, strict=True)]  # fmt: skip
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    kept = edges[:limit]
    weight: dict[str, int] = {}
    for n, s, t, _ in kept:
        for code in {s, t}:
            weight[code] = weight.get(code, 0) + n
    names = c.names
    return {
        "edges": [{"source": s, "target": t, "events": n, "goldstein_mean": g}
                  for n, s, t, g in kept],
        "nodes": [{"code": code, "label": code_label(code) or (names.get(code) or [None])[0],
                   "names": names.get(code) or [], "events": weight[code]}
                  for code in sorted(weight)],
        "more": max(0, len(edges) - len(kept)),
    }  # fmt: skip


def event_detail(db: Database, c: Columns, article_id: str, idx: int) -> dict[str, Any] | None:
    """One event with its evidence, and every other report of the same event with theirs:
    ``{event, reports}`` (a negated event is shown too, marked so, without reports)."""
    here = c.at.get((article_id, idx))
    if here is None:  # negated, or not there at all
        rows = db.read(
            "SELECT e.*, a.published, a.headline, a.url, a.dateline_agency, "
            "COALESCE(e.date_start, a.published) AS event_date FROM events e "
            "JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? AND e.idx = ?",
            [article_id, idx],
        )
        if not rows:
            return None
        row = rows[0]
        record = json.loads(row["record"])
        for side in ("source", "target"):
            part = record.get(side) or {}
            span = part.get("span") or [None, None]
            row.update({f"{side}_text": part.get("text"), f"{side}_start": span[0],
                        f"{side}_end": span[1]})  # fmt: skip
        row["outlet"] = outlet(row["url"], row["dateline_agency"])
        item = event_item(row)
        item.update(negated=bool(row["negated"]), reports=1)
        return {"event": item, "reports": []}
    item = event_item(rows_at(c, np.array([here]))[0])
    others = np.flatnonzero(c.arrays["key"] == c.arrays["key"][here])
    reports = [event_item(r) for r in rows_at(c, others[others != here])]
    item.update(negated=False, reports=1 + len(reports))
    return {"event": item, "reports": reports}
