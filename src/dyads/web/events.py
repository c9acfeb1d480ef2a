"""Events as the dashboard shows them: a sorted page, the timeline, the network, one event's
reports, all under one :class:`~dyads.web.filters.ViewFilter`.

Every view starts from :func:`view_sql`, which does in SQL what
:func:`dyads.analytics.events_frame` does in pandas (so the counts agree with ``/dyads`` and
``dyads dyad``): negated events left out, an event cluster reported by several articles
counted once, split where its reports' dates do not overlap, the earliest report kept.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any, Literal

from dyads.database import Database, highlights
from dyads.web.common import QUAD_NAMES, cameo_name, code_label, day, plain
from dyads.web.filters import OUTLET_SQL, ViewFilter, direction_sql, event_conditions

Freq = Literal["day", "week", "month", "year"]
SORTS: dict[str, str] = {
    "date": "event_date",
    "source": "lower(COALESCE(source_actor, source_code, ''))",
    "target": "lower(COALESCE(target_actor, target_code, ''))",
    "cameo": "cameo",
    "goldstein": "goldstein",
    "confidence": "confidence",
    "reports": "reports",
    "article": "lower(COALESCE(headline, article_id))",
}
# Most edges the network draws: beyond about 40 a circle of 420 px has no room for labels.
NETWORK_EDGES = 40
_FIELDS = (
    "e.article_id, e.idx, COALESCE(e.date_start, a.published) AS event_date, "
    "COALESCE(e.date_end, e.date_start, a.published) AS event_end, e.source_actor, "
    "e.source_code, e.source_country, e.target_actor, e.target_code, e.target_country, e.cameo, "
    "e.root, e.quad_class, e.goldstein, e.plover, e.confidence, e.evidence, e.evidence_start, "
    "a.published, a.headline, a.url, a.source AS article_source, a.ingested_at, "
    f"{OUTLET_SQL} AS outlet"
)
_ORDER = "event_date, article_id, idx"


def view_sql(f: ViewFilter) -> tuple[str, list[Any]]:
    """``WITH ... v AS (...)``: every report in the view with ``event_key`` (one per
    real-world event), ``nth`` (1 for the report that stands for it), ``reports`` (how many
    articles in the view report it) and ``direction`` (one of ``f.directions``)."""
    where, where_params = event_conditions(f)
    direction, direction_params = direction_sql(f)
    sql = (
        f"WITH f AS (SELECT {_FIELDS}, {direction} AS direction, "
        "COALESCE(e.cluster, e.article_id || ':' || CAST(e.idx AS TEXT)) AS ckey "
        "FROM events e JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join(where) + "), "
        "r AS (SELECT f.*, max(event_end) OVER (PARTITION BY ckey ORDER BY "
        + _ORDER
        + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach FROM f), "
        "g AS (SELECT r.*, sum(CASE WHEN event_date > reach THEN 1 ELSE 0 END) OVER "
        "(PARTITION BY ckey ORDER BY " + _ORDER + " ROWS UNBOUNDED PRECEDING) AS grp FROM r), "
        "v AS (SELECT g.*, ckey || '#' || CAST(grp AS TEXT) AS event_key, row_number() OVER "
        "(PARTITION BY ckey, grp ORDER BY event_date, published, article_id, idx) AS nth, "
        "count(*) OVER (PARTITION BY ckey, grp) AS reports FROM g) "
    )
    return sql, direction_params + where_params


def _side(row: dict[str, Any], side: str, record: dict[str, Any] | None) -> dict[str, Any]:
    words = ((record or {}).get(side) or {}).get("text")
    return {
        "name": row[f"{side}_actor"] or words,
        "code": row[f"{side}_code"],
        "label": code_label(row[f"{side}_code"]),
        "country": row.get(f"{side}_country"),
        "text": words,
    }


def event_item(row: dict[str, Any], record: dict[str, Any] | None = None) -> dict[str, Any]:
    """One event as JSON: its sides (name and code), CAMEO code and name, scores, the
    evidence sentence with the sides highlighted (offsets into ``sentence``), its article."""
    spans = [(side, ((record or {}).get(side) or {}).get("span")) for side in ("source", "target")]
    sentence = row["evidence"]
    return {
        "article_id": row["article_id"],
        "idx": int(row["idx"]),
        "event_key": row.get("event_key"),
        "date": day(row["event_date"]),
        "source": _side(row, "source", record),
        "target": _side(row, "target", record),
        "cameo": row["cameo"],
        "cameo_name": cameo_name(row["cameo"]),
        "root": row["root"],
        "root_name": cameo_name(row["root"]),
        "quad_class": int(row["quad_class"]),
        "quad_name": QUAD_NAMES.get(int(row["quad_class"])),
        "goldstein": plain(row["goldstein"]),
        "plover": row["plover"],
        "confidence": plain(row["confidence"]),
        "reports": int(row.get("reports") or 1),
        "direction": row.get("direction"),
        "sentence": sentence,
        "highlights": highlights(sentence, int(row["evidence_start"]), spans),
        "article": {
            "id": row["article_id"],
            "headline": row["headline"],
            "published": day(row["published"]),
            "url": row["url"],
            "outlet": row["outlet"],
        },
    }


def page_rows(
    db: Database, f: ViewFilter, sort: str, order: str, limit: int, offset: int
) -> list[dict[str, Any]]:
    """Rows of the view (one per event) in the given order, with each event's stored JSON
    ``record`` and the view's ``total``."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    direction = "DESC" if order == "desc" else "ASC"
    sql, params = view_sql(f)
    ordering = f"{SORTS[sort]} {direction} NULLS LAST, {_ORDER}"
    outer = f"p.sort_key {direction} NULLS LAST, p.event_date, p.article_id, p.idx"
    return db.read(
        sql + f"SELECT p.*, e.record FROM (SELECT v.*, {SORTS[sort]} AS sort_key, "
        f"count(*) OVER () AS total FROM v WHERE nth = 1 ORDER BY {ordering} LIMIT ? OFFSET ?) p "
        f"JOIN events e ON e.article_id = p.article_id AND e.idx = p.idx ORDER BY {outer}",
        [*params, limit, offset],
    )


def events_page(
    db: Database,
    f: ViewFilter,
    sort: str = "date",
    order: str = "asc",
    page: int = 1,
    size: int = 25,
) -> dict[str, Any]:
    """One page of the view's events, sorted on the server (``sort`` a key of ``SORTS``,
    ``order`` asc or desc, ``page`` from 1): ``{total, page, size, sort, order, rows}``."""
    rows = page_rows(db, f, sort, order, size, (page - 1) * size)
    total = int(rows[0]["total"]) if rows else _count(db, f) if page > 1 else 0
    items = [event_item(r, json.loads(r["record"])) for r in rows]
    return {
        "total": total,
        "page": page,
        "size": size,
        "sort": sort,
        "order": "desc" if order == "desc" else "asc",
        "rows": items,
    }


def _count(db: Database, f: ViewFilter) -> int:
    sql, params = view_sql(f)
    return int(db.read(sql + "SELECT count(*) AS n FROM v WHERE nth = 1", params)[0]["n"])


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


def timeline(db: Database, f: ViewFilter, freq: Freq = "month") -> dict[str, Any]:
    """Events per period and direction (both directions of a dyad, or of one actor), with
    counts per quad class and the mean Goldstein score; totals per direction and overall.
    Periods without events are left out (the chart's axis is a date axis)."""
    sql, params = view_sql(f)
    quads = ", ".join(
        f"sum(CASE WHEN quad_class = {q} THEN 1 ELSE 0 END) AS q{q}" for q in QUAD_NAMES
    )
    rows = db.read(
        sql + f"SELECT date_trunc('{freq}', event_date) AS period, direction, count(*) AS events, "
        f"sum(goldstein) AS goldstein_sum, {quads} FROM v WHERE nth = 1 AND event_date IS NOT NULL "
        "GROUP BY 1, 2 ORDER BY 1, 2",
        params,
    )
    periods = []
    for row in rows:
        start = date.fromisoformat(day(row["period"]) or "")
        events, total = int(row["events"]), float(row["goldstein_sum"])
        periods.append(
            {
                "period": start.isoformat(),
                "period_end": period_end(start, freq).isoformat(),
                "direction": row["direction"],
                "events": events,
                "goldstein_mean": total / events,
                "goldstein_sum": total,
                "quads": {q: int(row[f"q{q}"]) for q in QUAD_NAMES},
            }
        )
    totals = []
    for label in (*f.directions, "both") if len(f.directions) > 1 else f.directions:
        part = [p for p in periods if label == "both" or p["direction"] == label]
        events = sum(p["events"] for p in part)
        total = sum(p["goldstein_sum"] for p in part)
        totals.append(
            {
                "direction": label,
                "events": events,
                "goldstein_mean": total / events if events else None,
            }
        )
    return {"freq": freq, "directions": list(f.directions), "periods": periods, "totals": totals}


def network(db: Database, f: ViewFilter, limit: int = NETWORK_EDGES) -> dict[str, Any]:
    """Who acts on whom in the view: the ``limit`` heaviest edges (source code, target code,
    events, mean Goldstein) and their nodes: code, what the code stands for (``label``, else
    the name most often coded so) and the three names most often coded so."""
    sql, params = view_sql(f)
    rows = db.read(
        sql + "SELECT source_code, source_actor, target_code, target_actor, count(*) AS events, "
        "sum(goldstein) AS goldstein_sum FROM v WHERE nth = 1 AND source_code IS NOT NULL "
        "AND target_code IS NOT NULL GROUP BY 1, 2, 3, 4",
        params,
    )
    edges: dict[tuple[str, str], list[float]] = {}
    names: dict[str, dict[str, int]] = {}
    for row in rows:
        key = (row["source_code"], row["target_code"])
        count, total = int(row["events"]), float(row["goldstein_sum"])
        edge = edges.setdefault(key, [0, 0.0])
        edge[0] += count
        edge[1] += total
        for side in ("source", "target"):
            if row[f"{side}_actor"]:
                known = names.setdefault(row[f"{side}_code"], {})
                known[row[f"{side}_actor"]] = known.get(row[f"{side}_actor"], 0) + count
    ranked = sorted(edges.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    codes = sorted({code for (s, t), _ in ranked for code in (s, t)})
    weight = {code: sum(v[0] for (s, t), v in ranked if code in (s, t)) for code in codes}
    nodes = [
        {
            "code": code,
            "label": code_label(code) or _top_names(names.get(code), 1)[0],
            "names": _top_names(names.get(code), 3),
            "events": weight[code],
        }
        for code in codes
    ]
    return {
        "edges": [
            {"source": s, "target": t, "events": int(v[0]), "goldstein_mean": v[1] / v[0]}
            for (s, t), v in ranked
        ],
        "nodes": nodes,
        "more": max(0, len(edges) - len(ranked)),
    }


def _top_names(counts: dict[str, int] | None, n: int) -> list[str | None]:
    """The ``n`` names most often coded so, most frequent first."""
    if not counts:
        return [None]
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def event_detail(db: Database, article_id: str, idx: int) -> dict[str, Any] | None:
    """One event with its evidence, and every report of the same event (its cluster) with
    theirs: ``{event, reports}``."""
    one = db.read(
        f"SELECT {_FIELDS}, e.cluster, e.negated, e.record FROM events e "
        "JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? AND e.idx = ?",
        [article_id, idx],
    )
    if not one:
        return None
    row = one[0]
    item = event_item(row, json.loads(row["record"]))
    item["negated"] = bool(row["negated"])
    reports = []
    if row["cluster"] is not None:
        found = db.read(
            f"SELECT {_FIELDS}, e.record FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.cluster = ? AND NOT e.negated AND NOT (e.article_id = ? AND e.idx = ?) "
            f"ORDER BY {_ORDER}",
            [row["cluster"], article_id, idx],
        )
        reports = [event_item(r, json.loads(r["record"])) for r in found]
    item["reports"] = 1 + len(reports)
    return {"event": item, "reports": reports}
