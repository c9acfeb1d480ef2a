"""Quotes as the dashboard shows them: the view's quotes, newest first, a page at a time,
from the store's quotes in memory (rebuilt in the background when the store changes, like
the events).

A quotation repeated word for word under the same speaker (a reprint) is listed once, as in
:func:`dyads.analytics.quotes_frame`. Each quote is shown under its speaker as linked
(``speaker_actor``), else as written, and the speaker filter matches that same name: a quote
whose words say "Mao Ning" but whose speaker was linked to someone else is that other
person's, never listed under "Mao Ning". With actors A and B the view holds quotes by A about
B and by B about A ("about": a mention of the actor inside the quotation, or one of its names
in it, as ``quotes_frame(about=...)`` has it); with A alone, quotes by A. CAMEO and PLOVER
filters are about events and leave quotes alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from dyads.actor_specs import ActorSpec, resolve_actor
from dyads.database import Database
from dyads.web.common import Snapshot, code_label, day, plain
from dyads.web.filters import ViewFilter, is_code
from dyads.web.reader import outlet

_SQL = (
    "SELECT q.article_id, q.idx, q.kind, q.content, q.span_start, q.span_end, q.speaker_text, "
    "q.speaker_actor, q.speaker_code, q.cue, q.medium, q.confidence, "
    "COALESCE(q.date_start, a.published) AS quote_date, a.published, a.headline, a.url, "
    "a.dateline_agency FROM quotes q JOIN articles a ON a.id = q.article_id "
    "ORDER BY quote_date DESC NULLS LAST, a.published DESC NULLS LAST, q.article_id, q.idx"
)
_MENTIONS = (
    "SELECT q.article_id, q.idx, m.code, m.actor, m.country FROM quotes q JOIN mentions m "
    "ON m.article_id = q.article_id AND m.span_start >= q.span_start "
    "AND m.span_end <= q.span_end"
)


@dataclass
class QuoteColumns:
    """The store's quotes, newest first, with arrays to filter on, and the mentions inside
    each quotation (``mentions``: position, code, lower-cased actor, country)."""

    frame: pd.DataFrame
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    mentions: pd.DataFrame = field(default_factory=pd.DataFrame)

    def __len__(self) -> int:
        return len(self.frame)


def build(db: Database) -> QuoteColumns:
    frame = pd.DataFrame(db.read(_SQL))
    if frame.empty:
        frame = pd.DataFrame(columns=["article_id", "idx", "kind", "content", "speaker_text",
                                      "speaker_actor", "speaker_code", "cue", "medium",
                                      "confidence", "quote_date", "published", "headline",
                                      "url", "dateline_agency"])  # fmt: skip
    frame["speaker"] = frame["speaker_actor"].where(frame["speaker_actor"].notna(),
                                                    frame["speaker_text"])  # fmt: skip
    frame["outlet"] = [outlet(u, g) for u, g in zip(frame["url"], frame["dateline_agency"],
                                                     strict=True)]  # fmt: skip
    text = lambda name: frame[name].fillna("").astype(str).to_numpy(dtype=str)  # noqa: E731
    arrays = {
        "speaker_lc": np.char.lower(text("speaker")),
        "speaker_code": text("speaker_code"),
        "outlet_lc": np.char.lower(text("outlet")),
        "date": pd.to_datetime(frame["quote_date"]).to_numpy(dtype="datetime64[ns]"),
        "confidence": pd.to_numeric(frame["confidence"]).to_numpy(dtype=float),
        "key": pd.factorize(frame["speaker"].fillna("") + "\x00" + frame["content"])[0],
    }
    position = {(a, int(i)): n for n, (a, i) in enumerate(zip(frame["article_id"], frame["idx"],
                                                             strict=True))}  # fmt: skip
    mentions = pd.DataFrame(db.read(_MENTIONS), columns=["article_id", "idx", "code", "actor",
                                                         "country"])  # fmt: skip
    keys = zip(mentions["article_id"], mentions["idx"], strict=True)
    mentions["position"] = [position[a, int(i)] for a, i in keys]
    mentions["actor_lc"] = mentions["actor"].str.lower()
    return QuoteColumns(frame, arrays, mentions)


class QuoteBase:
    """The quotes of one store in memory (a :class:`~dyads.web.common.Snapshot`)."""

    def __init__(self) -> None:
        self._snapshot: Snapshot[QuoteColumns] = Snapshot(build)

    def columns(self, db: Database) -> QuoteColumns:
        return self._snapshot.get(db)


def speaker_mask(c: QuoteColumns, spec: ActorSpec, exact: bool = False) -> np.ndarray:
    """Quotes whose speaker is ``spec``: the speaker's code under a code prefix (``RUSGOV``,
    a country), or the name the quote is shown under; with ``exact`` (a speaker picked by
    name) only that name ("NATO" is NATO, not every NATO official)."""
    a = c.arrays
    if exact:
        return a["speaker_lc"] == spec.label.lower()
    mask = np.zeros(len(c), dtype=bool)
    for one in spec.readings():  # "RSF": either actor the name stands for
        if one.prefix:
            mask |= np.char.startswith(a["speaker_code"], one.prefix)
        if one.name:
            mask |= a["speaker_lc"] == one.name.lower()
    return mask


def about_mask(c: QuoteColumns, spec: ActorSpec, among: np.ndarray) -> np.ndarray:
    """Of the quotes in ``among`` (a mask), those about ``spec``: a mention of it inside the
    quotation, or one of its names in the quotation's words (:meth:`ActorSpec.pattern`)."""
    m = c.mentions
    hit = pd.Series(False, index=m.index)
    for one in spec.readings():
        if one.country:
            hit |= m["country"] == one.country
        if one.prefix:
            hit |= m["code"].str.startswith(one.prefix, na=False).astype(bool)
        if one.name:
            hit |= m["actor_lc"] == one.name.lower()
    mask = np.zeros(len(c), dtype=bool)
    mask[m.loc[hit.to_numpy(), "position"].to_numpy(dtype=int)] = True
    pattern = spec.pattern()
    if pattern is not None:
        content = c.frame["content"]
        for n in np.flatnonzero(among & ~mask):
            mask[n] = bool(pattern.search(content.iat[n]))
    return mask & among


def selected(
    c: QuoteColumns, f: ViewFilter, speaker: str | None = None, text: str | None = None
) -> np.ndarray:
    """Positions (newest first) of the view's quotes, one per repeated quotation."""
    a = c.arrays
    mask = np.ones(len(c), dtype=bool)
    if speaker:
        mask &= speaker_mask(c, resolve_actor(speaker), exact=not is_code(speaker))
    if f.since is not None:
        mask &= a["date"] >= np.datetime64(f.since, "ns")
    if f.until is not None:
        mask &= a["date"] <= np.datetime64(f.until, "ns")
    if f.conf is not None:
        mask &= a["confidence"] >= f.conf
    if f.outlet is not None:
        mask &= a["outlet_lc"] == f.outlet.lower()
    if text:
        content = c.frame["content"].str.lower().str.contains(text.lower(), regex=False)
        mask &= content.to_numpy(dtype=bool)
    first, second = f.actors
    if first is not None and second is None:
        mask &= speaker_mask(c, first)
    elif first is not None and second is not None:
        by_a, by_b = mask & speaker_mask(c, first), mask & speaker_mask(c, second)
        mask = about_mask(c, second, by_a) | about_mask(c, first, by_b)
    found = np.flatnonzero(mask)
    _, keep = np.unique(a["key"][found], return_index=True)
    return found[np.sort(keep)]


def quote_item(row: dict[str, Any]) -> dict[str, Any]:
    """One quote as JSON: speaker (as shown, and as written), code and what it stands for,
    cue, kind, the quotation, its date and article."""
    value = lambda key: None if pd.isna(row[key]) else row[key]  # noqa: E731
    return {
        "article_id": row["article_id"],
        "idx": int(row["idx"]),
        "kind": row["kind"],
        "content": row["content"],
        "speaker": value("speaker"),
        "speaker_text": value("speaker_text"),
        "speaker_code": value("speaker_code"),
        "speaker_label": code_label(value("speaker_code")),
        "cue": value("cue"),
        "medium": value("medium"),
        "confidence": plain(value("confidence")),
        "date": day(value("quote_date")),
        "article": {
            "id": row["article_id"],
            "headline": value("headline"),
            "published": day(value("published")),
            "url": value("url"),
            "outlet": value("outlet"),
        },
    }


def quotes_page(
    c: QuoteColumns, f: ViewFilter, speaker: str | None = None, text: str | None = None,
    page: int = 1, size: int = 20,
) -> dict[str, Any]:  # fmt: skip
    """One page of the view's quotes, newest first: ``{total, page, size, rows}``."""
    found = selected(c, f, speaker, text)
    rows = c.frame.iloc[found[(page - 1) * size : page * size]].to_dict(orient="records")
    return {"total": len(found), "page": page, "size": size, "rows": [quote_item(r) for r in rows]}


def iter_quotes(
    c: QuoteColumns, f: ViewFilter, speaker: str | None = None, text: str | None = None,
    batch: int = 5000,
) -> Iterator[list[dict[str, Any]]]:  # fmt: skip
    """Every quote of the view, newest first, ``batch`` at a time."""
    found = selected(c, f, speaker, text)
    for at in range(0, len(found), batch):
        rows = c.frame.iloc[found[at : at + batch]].to_dict(orient="records")
        yield [quote_item(r) for r in rows]
