"""Dyad analytics over the store: who did what to whom per period, and who said what about whom.

Owns actor specs (:mod:`dyads.actor_specs`: ``ARM``, ``NATO``, ``Sergei Lavrov``) turned into SQL
conditions, the event frame every view starts from (negated events skipped, an event cluster
reported by several articles counted once), dyad timelines, alignment, the actor network and
top quotes, all as pandas DataFrames. Counting per period is :mod:`dyads.periods` (re-exported
here); the terminal view of a dyad is in ``dyad_view``.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any, Literal

import pandas as pd

from dyads.actor_specs import Actor, ActorSpec, as_spec
from dyads.periods import FREQS as FREQS  # re-exported: callers read them from here
from dyads.periods import QUADS as QUADS
from dyads.periods import Freq as Freq
from dyads.periods import left_out as left_out
from dyads.periods import per_period, period_code
from dyads.periods import totals as totals
from dyads.spellings import speaker_spellings
from dyads.store.sql import SqlStore

_CAMEO_ROOT = re.compile(r"\d{1,2}")
KIND_RANK = {"direct": 0, "partial": 1, "indirect": 2}
# An event's date: its own start, else its article's publication date.
EVENT_DAY = "COALESCE(e.date_start, a.published)"

EVENT_COLUMNS = [
    "article_id", "idx", "cluster", "event_date", "date_end", "date_precision",
    "source_actor", "source_code", "source_country", "target_actor", "target_code",
    "target_country", "cameo", "root", "quad_class", "goldstein", "plover", "negated",
    "evidence", "evidence_start", "evidence_end", "confidence", "record", "published",
    "headline", "url", "article_source", "ingested_at",
]  # fmt: skip
# events_frame adds: event_key (one per real-world event) and the sides' text and spans.
QUOTE_COLUMNS = [
    "article_id", "idx", "kind", "content", "span_start", "span_end", "speaker_text",
    "speaker_actor", "speaker_code", "cue", "medium", "addressee", "quote_date", "confidence",
    "published", "headline", "url", "about_mention",
]  # fmt: skip


def _date(value: str | date | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be a date in the form YYYY-MM-DD, not {value!r}") from None


# events ------------------------------------------------------------------------------------
def events_frame(
    store: SqlStore,
    *,
    source: Actor | None = None,
    target: Actor | None = None,
    either: bool = False,
    since: str | date | None = None,
    until: str | date | None = None,
    cameo_root: str | None = None,
    include_negated: bool = False,
    dedupe: bool = True,
    rows: int | None = None,
) -> pd.DataFrame:
    """Events with their article, one row per event (per cluster when ``dedupe``).

    ``either`` also matches the reverse direction (``target`` acting on ``source``). Negated
    events are skipped unless ``include_negated``. An event's date is its own start date, else
    the article's publication date. ``rows`` reads only the first so many event rows (in the
    frame's order; an event's key depends only on the rows before it, so the first events of a
    cut are those of the whole).
    """
    where, params = event_filters(
        source=source, target=target, either=either, since=since, until=until,
        cameo_root=cameo_root, include_negated=include_negated,
    )  # fmt: skip
    day = EVENT_DAY
    sql = (
        "SELECT e.article_id, e.idx, e.cluster, " + day + " AS event_date, e.date_end, "
        "e.date_precision, e.source_actor, e.source_code, e.source_country, e.target_actor, "
        "e.target_code, e.target_country, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, "
        "e.negated, e.evidence, e.evidence_start, e.evidence_end, e.confidence, e.record, "
        "a.published, a.headline, a.url, a.source AS article_source, a.ingested_at "
        "FROM events e JOIN articles a ON a.id = e.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY event_date, a.published, e.article_id, e.idx"
        + (f" LIMIT {int(rows)}" if rows is not None else "")
    )
    frame = pd.DataFrame(store.query(sql, params), columns=EVENT_COLUMNS)
    return _tidy_events(frame, dedupe)


def event_filters(
    *,
    source: Actor | None = None,
    target: Actor | None = None,
    either: bool = False,
    since: str | date | None = None,
    until: str | date | None = None,
    cameo_root: str | None = None,
    include_negated: bool = False,
) -> tuple[list[str], list[Any]]:
    """SQL conditions over ``events e JOIN articles a`` for :func:`events_frame`'s filters,
    and their parameters in order (``ValueError`` for a bad date or CAMEO root)."""
    where: list[str] = []
    params: list[Any] = []
    src = as_spec(source) if source is not None else None
    tgt = as_spec(target) if target is not None else None
    forward, forward_params = _direction(src, tgt)
    if forward:
        if either:
            back, back_params = _direction(tgt, src)
            where.append(f"(({forward}) OR ({back}))")
            params += forward_params + back_params
        else:
            where.append(forward)
            params += forward_params
    if (start := _date(since, "since")) is not None:
        where.append(f"{EVENT_DAY} >= ?")
        params.append(start)
    if (end := _date(until, "until")) is not None:
        where.append(f"{EVENT_DAY} <= ?")
        params.append(end)
    if cameo_root:
        if not _CAMEO_ROOT.fullmatch(cameo_root):
            raise ValueError(f"cameo_root must be a CAMEO root such as 11, not {cameo_root!r}")
        where.append("e.root = ?")
        params.append(cameo_root.zfill(2))
    if not include_negated:
        where.append("NOT e.negated")
    return where, params


def _direction(src: ActorSpec | None, tgt: ActorSpec | None) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if src is not None:
        sql, p = src.condition("e.source_code", "e.source_actor", "e.source_country")
        parts.append(sql)
        params += p
    if tgt is not None:
        sql, p = tgt.condition("e.target_code", "e.target_actor", "e.target_country")
        parts.append(sql)
        params += p
    return " AND ".join(parts), params


def _tidy_events(frame: pd.DataFrame, dedupe: bool) -> pd.DataFrame:
    frame["event_date"] = pd.to_datetime(frame["event_date"])
    frame["published"] = pd.to_datetime(frame["published"])
    frame["goldstein"] = frame["goldstein"].astype(float)
    frame["quad_class"] = frame["quad_class"].astype(int)
    fallback = frame["article_id"].astype(str) + ":" + frame["idx"].astype(str)
    frame["cluster"] = frame["cluster"].where(frame["cluster"].notna(), fallback)
    frame["event_key"] = _event_keys(frame)
    if dedupe:
        frame = frame.drop_duplicates("event_key", keep="first")
    sides = [_sides(record) for record in frame["record"]]
    for i, column in enumerate(
        ("source_text", "source_start", "source_end", "target_text", "target_start", "target_end")
    ):
        frame[column] = [side[i] for side in sides]
    return frame.drop(columns="record").reset_index(drop=True)


def _event_keys(frame: pd.DataFrame) -> pd.Series:
    """One key per real-world event: the cluster, split where its reports' dates do not
    overlap (the store gives events of one article with the same code and dyad one cluster
    whatever their dates)."""
    if frame.empty:
        return pd.Series(index=frame.index, dtype=object)
    ordered = frame.sort_values(["cluster", "event_date"])
    start = ordered["event_date"]
    end = pd.to_datetime(ordered["date_end"]).fillna(start)
    by_cluster = ordered["cluster"]
    reach = end.groupby(by_cluster).cummax().groupby(by_cluster).shift()
    group = (start > reach).astype(int).groupby(by_cluster).cumsum()
    keys = by_cluster + "#" + group.astype(str)
    return keys.reindex(frame.index)


# Public: the dashboard keys the store's events in memory by the same rule.
event_keys = _event_keys


def _sides(record: str) -> tuple[Any, ...]:
    data = json.loads(record)
    src, tgt = data.get("source") or {}, data.get("target") or {}
    s_span, t_span = src.get("span") or [None, None], tgt.get("span") or [None, None]
    return (src.get("text"), s_span[0], s_span[1], tgt.get("text"), t_span[0], t_span[1])


# alignment ---------------------------------------------------------------------------------
def alignment(
    store: SqlStore,
    actor: Actor,
    partners: list[Actor],
    freq: str = "month",
    direction: Literal["out", "both"] = "out",
) -> pd.DataFrame:
    """``actor``'s cooperation minus conflict toward each partner per period.

    ``cooperation`` and ``conflict`` count events of quad classes 1-2 and 3-4, ``net`` is their
    difference; with ``direction="both"`` the partner's events toward ``actor`` count too.
    An event dated only to a span that crosses a period boundary at ``freq`` (a year in a
    monthly series) is in no period: ``left_out(frame)`` gives how many per partner.
    """
    period_code(freq)
    if direction not in ("out", "both"):
        raise ValueError("direction must be 'out' or 'both'")
    me = as_spec(actor)
    parts = []
    for partner in partners:
        spec = as_spec(partner)
        found = events_frame(store, source=me, target=spec, either=direction == "both")
        found["partner"] = spec.label
        parts.append(found)
    labels = [as_spec(p).label for p in partners]
    events = pd.concat(parts, ignore_index=True) if parts else events_frame(store).iloc[:0]
    if "partner" not in events:
        events["partner"] = pd.Series(dtype=str)
    frame = per_period(events, freq, "partner", labels)
    frame.insert(3, "cooperation", frame["verbal_cooperation"] + frame["material_cooperation"])
    frame.insert(4, "conflict", frame["verbal_conflict"] + frame["material_conflict"])
    frame.insert(5, "net", frame["cooperation"] - frame["conflict"])
    return frame


# quotes -------------------------------------------------------------------------------------
def quotes_frame(
    store: SqlStore,
    *,
    speaker: Actor | None = None,
    about: Actor | None = None,
    text: str | None = None,
    dedupe: bool = True,
) -> pd.DataFrame:
    """Quotes with their article, newest first.

    ``speaker`` matches the speaker's code or name; ``about`` keeps quotes that mention an
    actor: a stored mention inside the quote's span, or one of its names in the quote's words;
    ``text`` is a case-insensitive substring of the quote. A quote repeated word for word by
    the same speaker (a reprint) is kept once.
    """
    where: list[str] = []
    params: list[Any] = []
    about_sql = "FALSE"
    about_params: list[Any] = []
    if speaker is not None:
        spec = as_spec(speaker)
        sql, p = spec.condition("q.speaker_code", "q.speaker_actor")
        label = " ".join(spec.label.split()).lower()
        # "Radoslaw" finds "Radosław": the store's spellings that fold to the name
        spelt = speaker_spellings(store, [label, *(one.name or "" for one in spec.readings())])
        marks = ", ".join(["?"] * len(spelt))
        folded = f" OR lower(q.speaker_actor) IN ({marks}) OR lower(q.speaker_text) IN ({marks})"
        where.append(f"({sql} OR lower(q.speaker_text) = ?{folded if spelt else ''})")
        params += [*p, label, *(spelt * 2 if spelt else [])]
    if about is not None:
        sql, about_params = as_spec(about).condition("m.code", "m.actor", "m.country")
        about_sql = (
            "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id "
            f"AND m.span_start >= q.span_start AND m.span_end <= q.span_end AND {sql})"
        )
        # Only quotes with such a mention or one of the names in them (the pattern below
        # decides which of those is a word): not every quote of the store into pandas.
        names = as_spec(about).names()
        where.append(
            "(" + " OR ".join([about_sql, *["strpos(q.content, ?) > 0"] * len(names)]) + ")"
        )
        params += [*about_params, *names]
    if text:
        where.append("strpos(lower(q.content), ?) > 0")
        params.append(text.lower())
    sql = (
        "SELECT q.article_id, q.idx, q.kind, q.content, q.span_start, q.span_end, "
        "q.speaker_text, q.speaker_actor, q.speaker_code, q.cue, q.medium, q.addressee, "
        "COALESCE(q.date_start, a.published) AS quote_date, q.confidence, a.published, "
        f"a.headline, a.url, {about_sql} AS about_mention "
        "FROM quotes q JOIN articles a ON a.id = q.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY quote_date DESC, a.published DESC, q.article_id, q.idx"
    )
    frame = pd.DataFrame(store.query(sql, about_params + params), columns=QUOTE_COLUMNS)
    if about is not None:
        pattern = as_spec(about).pattern()
        named = frame["content"].map(lambda c: bool(pattern and pattern.search(c)))
        frame = frame[frame["about_mention"].astype(bool) | named.astype(bool)]
    if dedupe:
        who = frame["speaker_actor"].fillna(frame["speaker_text"]).fillna("")
        frame = frame.loc[~pd.DataFrame({"w": who, "c": frame["content"]}).duplicated()]
    frame = frame.drop(columns="about_mention")
    frame["quote_date"] = pd.to_datetime(frame["quote_date"])
    frame["published"] = pd.to_datetime(frame["published"])
    return frame.reset_index(drop=True)


def top_quotes(store: SqlStore, a: Actor, b: Actor, limit: int = 5) -> pd.DataFrame:
    """The strongest quotes by each side about the other (direct before partial before
    indirect, then confidence, then length), ``limit`` per side, with a ``side`` column."""
    first, second = as_spec(a), as_spec(b)
    parts = []
    for speaker, about in ((first, second), (second, first)):
        found = quotes_frame(store, speaker=speaker, about=about)
        found["side"] = f"{speaker.label} on {about.label}"
        found["_rank"] = found["kind"].map(KIND_RANK).fillna(3)
        found["_length"] = -found["content"].str.len()
        found = found.sort_values(["_rank", "confidence", "_length"], ascending=[True, False, True])
        parts.append(found.head(limit))
    frame = pd.concat(parts, ignore_index=True)
    return frame.drop(columns=["_rank", "_length"])


def actors_frame(store: SqlStore) -> pd.DataFrame:
    """Actors mentioned in the store: name, code, country, kind, mentions and articles."""
    rows = store.query(
        "SELECT actor, code, country, kind, count(*) AS mentions, "
        "count(DISTINCT article_id) AS articles FROM mentions WHERE actor IS NOT NULL "
        "GROUP BY actor, code, country, kind ORDER BY mentions DESC, actor"
    )
    return pd.DataFrame(rows, columns=["actor", "code", "country", "kind", "mentions", "articles"])
