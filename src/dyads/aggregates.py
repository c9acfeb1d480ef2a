"""Reads the API repeats under load, computed in the store rather than in pandas.

:func:`deduped_events` picks, in SQL, the events :func:`dyads.analytics.events_frame` keeps
with ``dedupe=True`` (one row per real-world event: its first report in the frame's order),
with only the columns asked for: window functions give each report its event key as
:func:`dyads.analytics.event_keys` does (the cluster, split where its reports' dates do not
overlap). :func:`network` aggregates those rows into the actor network. The answers are the
ones the pandas code gave (``tests/test_aggregates.py`` compares them on DuckDB and
PostgreSQL); the time is not (``docs/BENCHMARKS.md``, API under load: 0.8-1 s of one core for
the network of 11,000 events, most of it reading every event's JSON record into pandas).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from dyads.actor_specs import Actor, as_spec
from dyads.analytics import EVENT_DAY, event_filters, per_period, period_code
from dyads.store.sql import SqlStore

# What dyads.analytics.per_period reads of an event.
DYAD_COLUMNS = {"article_id": "e.article_id", "idx": "e.idx", "event_date": EVENT_DAY,
                "date_end": "e.date_end", "quad_class": "e.quad_class",
                "goldstein": "e.goldstein"}  # fmt: skip
NETWORK_COLUMNS = ["source", "target", "source_actor", "target_actor", "events", "goldstein_mean"]

# Per cluster, in the frame's order (events_frame's ORDER BY, which sorts by date first with
# missing dates last, as pandas sorts a cluster's reports): how far the dates of the reports
# before reach. A report is the first of its event when it is the cluster's first, or starts
# after that reach (pandas: a new event key, of which drop_duplicates keeps the first).
_ORDER = "dedupe_day, dedupe_published, dedupe_article, dedupe_idx"
_DEDUPED = """
WITH reports AS (
    SELECT {columns}, {day} AS dedupe_day, COALESCE(e.date_end, {day}) AS dedupe_end,
        a.published AS dedupe_published, e.article_id AS dedupe_article, e.idx AS dedupe_idx,
        COALESCE(e.cluster, e.article_id || ':' || CAST(e.idx AS TEXT)) AS dedupe_cluster
    FROM events e JOIN articles a ON a.id = e.article_id {where}
), marked AS (
    SELECT *,
        row_number() OVER (PARTITION BY dedupe_cluster ORDER BY {order}) AS dedupe_nth,
        max(dedupe_end) OVER (PARTITION BY dedupe_cluster ORDER BY {order}
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS dedupe_reach
    FROM reports
), firsts AS (
    SELECT * FROM marked WHERE dedupe_nth = 1 OR dedupe_day > dedupe_reach
)
"""


def deduped_events(
    store: SqlStore, columns: dict[str, str], where: list[str], params: list[Any]
) -> list[dict[str, Any]]:
    """The events ``events_frame(dedupe=True)`` keeps, in its order, as rows of ``columns``.

    ``columns`` maps each name to give to an expression over ``events e JOIN articles a``
    (trusted SQL, e.g. ``{"goldstein": "e.goldstein"}``); ``where`` and ``params`` are
    conditions as :func:`dyads.analytics.event_filters` makes them. Events whose date and
    article date are both missing come last, as in pandas.
    """
    sql = _with_firsts(columns, where) + (
        f"SELECT {', '.join(columns)} FROM firsts ORDER BY {_ORDER}"
    )
    return store.query(sql, params)


def _with_firsts(columns: dict[str, str], where: list[str]) -> str:
    """The ``WITH`` clause whose table ``firsts`` holds the reports kept (with ``columns``
    and the ``dedupe_*`` ones; ``_ORDER`` orders them as the frame)."""
    return _DEDUPED.format(
        columns=", ".join(f"{expr} AS {name}" for name, expr in columns.items()),
        day=EVENT_DAY,
        where=("WHERE " + " AND ".join(where)) if where else "",
        order=_ORDER,
    )


# Per edge, its events' scores and actor names in the frame's order (arrays: DuckDB's
# array_agg is its list aggregate), so that the mean is summed as pandas sums it, in Python,
# from 64 rows rather than 10,000.
_EDGES = f"""
SELECT source_code, target_code, array_agg(goldstein ORDER BY {_ORDER}) AS scores,
    array_agg(source_actor ORDER BY {_ORDER}) AS source_actors,
    array_agg(target_actor ORDER BY {_ORDER}) AS target_actors
FROM firsts WHERE source_code IS NOT NULL AND target_code IS NOT NULL
GROUP BY source_code, target_code
"""


def network_edges(
    store: SqlStore, *, since: str | date | None = None, until: str | date | None = None
) -> list[dict[str, Any]]:
    """Who acts on whom, as JSON-ready rows: one per (source code, target code) with the
    most common actor names, the event count and the mean Goldstein score; most events
    first, then by source and target. Events (negated ones left out, each counted once) are
    those dated from ``since`` to ``until`` (``YYYY-MM-DD`` or dates; ``ValueError`` else)."""
    where, params = event_filters(since=since, until=until)
    columns = {"source_code": "e.source_code", "target_code": "e.target_code",
               "source_actor": "e.source_actor", "target_actor": "e.target_actor",
               "goldstein": "e.goldstein"}  # fmt: skip
    rows = [
        {
            "source": row["source_code"],
            "target": row["target_code"],
            "source_actor": most_common(row["source_actors"]),
            "target_actor": most_common(row["target_actors"]),
            "events": len(row["scores"]),
            "goldstein_mean": mean(row["scores"]),
        }
        for row in store.query(_with_firsts(columns, where) + _EDGES, params)
    ]
    rows.sort(key=lambda r: (-r["events"], r["source"], r["target"]))
    return rows


def mean(values: list[float]) -> float:
    """The mean of ``values`` as pandas' groupby mean gives it: summed in order with Kahan's
    compensation (so the last digit is pandas', not that of a plain or exact sum)."""
    total = compensation = 0.0
    for value in values:
        y = float(value) - compensation
        t = total + y
        compensation = t - total - y
        if compensation != compensation:  # an infinite value: as pandas
            compensation = 0.0
        total = t
    return total / len(values)


def most_common(names: list[str | None]) -> str | None:
    """The name given most often (None when there is none); of equals, the first given, as
    pandas' ``value_counts`` has it."""
    counts: dict[str, int] = {}
    for name in names:
        if name is not None:
            counts[name] = counts.get(name, 0) + 1
    best: str | None = None
    for name, count in counts.items():  # in the order first given
        if best is None or count > counts[best]:
            best = name
    return best


def network(
    store: SqlStore, *, since: str | date | None = None, until: str | date | None = None
) -> pd.DataFrame:
    """:func:`network_edges` as a DataFrame (columns ``NETWORK_COLUMNS``)."""
    return pd.DataFrame(network_edges(store, since=since, until=until), columns=NETWORK_COLUMNS)


def dyad_events(store: SqlStore, a: Actor, b: Actor) -> pd.DataFrame:
    """The events between ``a`` and ``b`` in both directions, with a ``direction`` column
    (``A→B``, ``B→A``): each direction deduplicated on its own as ``events_frame`` does, an
    event in both kept once, ordered by date and article; only the columns a per-period
    count reads (``DYAD_COLUMNS``)."""
    first, second = as_spec(a), as_spec(b)
    parts = []
    for source, target in ((first, second), (second, first)):
        where, params = event_filters(source=source, target=target)
        rows = deduped_events(store, DYAD_COLUMNS, where, params)
        part = pd.DataFrame(rows, columns=list(DYAD_COLUMNS))
        part["direction"] = f"{source.label}→{target.label}"
        parts.append(part)
    both = pd.concat(parts, ignore_index=True)
    both["event_date"] = pd.to_datetime(both["event_date"])
    both["date_end"] = pd.to_datetime(both["date_end"])
    both["goldstein"] = both["goldstein"].astype(float)
    both["quad_class"] = both["quad_class"].astype(int)
    both = both.drop_duplicates(["article_id", "idx"]).sort_values(["event_date", "article_id"])
    return both.reset_index(drop=True)


def dyad(store: SqlStore, a: Actor, b: Actor, freq: str = "month") -> pd.DataFrame:
    """Events between ``a`` and ``b`` per period: ``direction`` is ``A→B``, ``B→A`` or ``both``
    (:func:`dyads.periods.per_period`: events dated only to a span longer than a period are in
    no row; ``left_out(frame)`` counts them per direction and ``totals(frame)`` includes them)."""
    period_code(freq)
    first, second = as_spec(a), as_spec(b)
    there, back = f"{first.label}→{second.label}", f"{second.label}→{first.label}"
    events = dyad_events(store, first, second)
    return per_period(events, freq, "direction", [there, back], total="both")
