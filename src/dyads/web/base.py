"""Every event report of the store in memory as numpy columns, so each dashboard request
filters, dedupes, sorts and counts in milliseconds instead of re-running the event-cluster
windows in SQL.

The rows are the store's non-negated event reports in the order of
:func:`dyads.analytics.events_frame` (date, publication, article, position), each with its
``event_key`` computed by the same rule over all reports (:func:`dyads.analytics.event_keys`),
its article's outlet, its evidence and the sides' words and spans (read from the JSON record
once), and integer ranks to sort on. The columns are rebuilt in the background when the store
changes (another article count or a later ``ingested_at``; readers get the previous columns
until then): 13.6 s at 50,000 events on the 2-core test machine under a load of 11. A view
keeps, for each event, its first report in that order, as ``events_frame(dedupe=True)``
does; keys are computed before filtering, so an event whose reports a filter splits stays
one event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from dyads.actor_specs import ActorSpec
from dyads.analytics import event_keys
from dyads.database import Database
from dyads.web.common import Snapshot
from dyads.web.filters import ViewFilter
from dyads.web.reader import outlet

_SQL = (
    "SELECT e.article_id, e.idx, e.cluster, COALESCE(e.date_start, a.published) AS event_date, "
    "e.date_end, e.source_actor, e.source_code, e.source_country, e.target_actor, e.target_code, "
    "e.target_country, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.confidence, "
    "e.evidence, e.evidence_start, e.record, a.headline, a.published, a.url, a.dateline_agency "
    "FROM events e JOIN articles a ON a.id = e.article_id "
    "WHERE NOT e.negated ORDER BY event_date, a.published, e.article_id, e.idx"
)
SIDES = ("source_text", "source_start", "source_end", "target_text", "target_start", "target_end")
TEXT = ("source_country", "source_code", "source_lc", "target_country", "target_code",
        "target_lc", "root", "plover", "outlet_lc")  # fmt: skip
RANKED = ("source_sort", "target_sort", "cameo", "article_sort")


@dataclass
class Columns:
    """The store's event reports as arrays (one entry per report, in the frame's order)."""

    frame: pd.DataFrame
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)  # code -> top names
    at: dict[tuple[str, int], int] = field(default_factory=dict)  # (article, idx) -> position

    def __len__(self) -> int:
        return len(self.frame)


def build(db: Database) -> Columns:
    """Read the store's event reports into :class:`Columns`."""
    frame = pd.DataFrame(db.read(_SQL), columns=_SQL_COLUMNS)
    frame["event_date"] = pd.to_datetime(frame["event_date"])
    fallback = frame["article_id"].astype(str) + ":" + frame["idx"].astype(str)
    frame["cluster"] = frame["cluster"].where(frame["cluster"].notna(), fallback)
    frame["event_key"] = event_keys(frame)
    frame["outlet"] = [outlet(u, g) for u, g in zip(frame["url"], frame["dateline_agency"],
                                                     strict=True)]  # fmt: skip
    sides = [_sides(record) for record in frame.pop("record")]
    for i, column in enumerate(SIDES):
        frame[column] = [side[i] for side in sides]
    frame["outlet_lc"] = frame["outlet"].str.lower()
    for side in ("source", "target"):
        frame[f"{side}_lc"] = frame[f"{side}_actor"].str.lower()
        name = frame[f"{side}_actor"].fillna(frame[f"{side}_code"])
        frame[f"{side}_sort"] = name.fillna("").str.lower()
    frame["article_sort"] = frame["headline"].fillna(frame["article_id"]).str.lower()
    arrays = {name: frame[name].fillna("").astype(str).to_numpy(dtype=str) for name in TEXT}
    for name in RANKED:  # strings as their rank in sorted order, to sort both ways
        arrays[name] = np.unique(frame[name].fillna("").astype(str), return_inverse=True)[1]
    arrays["key"] = pd.factorize(frame["event_key"])[0]
    arrays["date"] = frame["event_date"].to_numpy(dtype="datetime64[ns]")
    # a missing end is the start: the event's span is its one day
    end = pd.to_datetime(frame["date_end"]).fillna(frame["event_date"])
    arrays["date_end"] = end.to_numpy(dtype="datetime64[ns]")
    arrays["quad"] = frame["quad_class"].to_numpy(dtype=np.int64)
    arrays["goldstein"] = frame["goldstein"].to_numpy(dtype=float)
    arrays["confidence"] = pd.to_numeric(frame["confidence"]).to_numpy(dtype=float)
    vocabulary = pd.Index(sorted(set(arrays["source_code"]) | set(arrays["target_code"])))
    for side in ("source", "target"):
        arrays[f"{side}_code_id"] = vocabulary.get_indexer(arrays[f"{side}_code"])
    arrays["code_vocabulary"] = vocabulary.to_numpy(dtype=object)
    at = {(a, int(i)): n for n, (a, i) in enumerate(zip(frame["article_id"], frame["idx"],
                                                       strict=True))}  # fmt: skip
    return Columns(frame, arrays, _top_names(frame), at)


def _sides(record: str) -> tuple[Any, ...]:
    data = json.loads(record)
    src, tgt = data.get("source") or {}, data.get("target") or {}
    s_span, t_span = src.get("span") or [None, None], tgt.get("span") or [None, None]
    return (src.get("text"), s_span[0], s_span[1], tgt.get("text"), t_span[0], t_span[1])


def _top_names(frame: pd.DataFrame) -> dict[str, list[str]]:
    """For each actor code, its three names most often coded so across the store."""
    pairs = pd.concat([
        frame[[f"{side}_code", f"{side}_actor"]].set_axis(["code", "name"], axis=1)
        for side in ("source", "target")
    ]).dropna()  # fmt: skip
    counts = pairs.value_counts().reset_index()
    counts = counts.sort_values(["code", "count", "name"], ascending=[True, False, True])
    return {code: list(part["name"].head(3)) for code, part in counts.groupby("code", sort=False)}


_SQL_COLUMNS = [
    "article_id", "idx", "cluster", "event_date", "date_end", "source_actor", "source_code",
    "source_country", "target_actor", "target_code", "target_country", "cameo", "root",
    "quad_class", "goldstein", "plover", "confidence", "evidence", "evidence_start", "record",
    "headline", "published", "url", "dateline_agency",
]  # fmt: skip


class EventBase:
    """The events of one store in memory (a :class:`~dyads.web.common.Snapshot`)."""

    def __init__(self) -> None:
        self._snapshot: Snapshot[Columns] = Snapshot(build)

    def columns(self, db: Database) -> Columns:
        return self._snapshot.get(db)


def side_mask(c: Columns, spec: ActorSpec, side: str) -> np.ndarray:
    """Reports whose ``side`` is ``spec``: as :meth:`ActorSpec.condition` says in SQL (the
    country, a code prefix, or the actor's name, case-insensitive)."""
    a = c.arrays
    mask = np.zeros(len(c), dtype=bool)
    for one in spec.readings():  # "RSF": either actor the name stands for
        if one.country:
            mask |= a[f"{side}_country"] == one.country
        if one.prefix:
            mask |= np.char.startswith(a[f"{side}_code"], one.prefix)
        if one.name:
            mask |= a[f"{side}_lc"] == one.name.lower()
    return mask


def reports(c: Columns, f: ViewFilter) -> tuple[np.ndarray, np.ndarray]:
    """Positions of every report in the view (ascending), and whether each goes in the first
    direction of ``f.directions`` (A→B, or A acting)."""
    a = c.arrays
    mask = np.ones(len(c), dtype=bool)
    first, second = f.actors
    there = np.ones(len(c), dtype=bool)
    if first is not None:
        src_a, tgt_a = side_mask(c, first, "source"), side_mask(c, first, "target")
        if second is None:
            mask &= src_a | tgt_a
            there = src_a
        else:
            src_b, tgt_b = side_mask(c, second, "source"), side_mask(c, second, "target")
            there = src_a & tgt_b
            mask &= there | (src_b & tgt_a)
    if f.since is not None:
        mask &= a["date"] >= np.datetime64(f.since, "ns")
    if f.until is not None:
        mask &= a["date"] <= np.datetime64(f.until, "ns")
    for name, value in (("root", f.root), ("plover", f.plover)):
        if value is not None:
            mask &= a[name] == value
    if f.quad is not None:
        mask &= a["quad"] == f.quad
    if f.conf is not None:
        mask &= a["confidence"] >= f.conf
    if f.outlet is not None:
        mask &= a["outlet_lc"] == f.outlet.lower()
    found = np.flatnonzero(mask)
    return found, there[found]


def events(c: Columns, f: ViewFilter) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One entry per event in the view: the position of its first report, whether it goes
    in the first direction, and how many of its reports the view holds."""
    found, there = reports(c, f)
    keys = c.arrays["key"][found]
    _, first, counts = np.unique(keys, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    first, counts = first[order], counts[order]
    return found[first], there[first], counts


def direction_labels(f: ViewFilter, there: np.ndarray) -> np.ndarray:
    labels = f.directions
    return np.where(there, labels[0], labels[-1]).astype(object)
