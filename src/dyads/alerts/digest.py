"""Digests: what is new for every watch, found in the store.

For every watch a digest collects the events and quotations that match and were not in an
earlier digest (remembered in the store's ``sent_alerts``), each with its evidence sentence and
article, and for dyad watches a *shift*: the mean Goldstein score of the dyad's events over the
last window moved by more than the threshold compared with the window before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from dyads.alerts.config import AlertConfig, Watch
from dyads.store.watch_state import WatchState

if TYPE_CHECKING:
    from dyads.store import Store

__all__ = ["Digest", "DigestItem", "build_digest", "dyad_means", "mark_sent"]

ItemKind = Literal["event", "quote", "shift"]
# A first digest over a large store would be unreadable: the rest waits for the next one.
MAX_ITEMS_PER_WATCH = 50


@dataclass(slots=True)
class DigestItem:
    """One thing to tell: an event, a quotation or a shift, with its evidence."""

    watch: str
    kind: ItemKind
    key: str
    title: str
    evidence: str | None = None
    article_id: str | None = None
    headline: str | None = None
    url: str | None = None
    published: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Digest:
    """Everything new for every watch, as of a day."""

    created: datetime
    as_of: date
    items: list[DigestItem] = field(default_factory=list)
    watches: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()  # where ``write_digest`` put it

    @property
    def name(self) -> str:
        return "digest-" + self.created.strftime("%Y%m%dT%H%M%S")


def _side(prefix: str, code: str) -> tuple[str, list[Any]]:
    return f"({prefix}_code LIKE ? OR {prefix}_country = ?)", [code + "%", code]


def _event_filter(watch: Watch) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if watch.dyad:
        a, b = watch.dyad
        src_a, p1 = _side("e.source", a)
        tgt_b, p2 = _side("e.target", b)
        forward = f"({src_a} AND {tgt_b})"
        if watch.directed:
            clauses.append(forward)
            params += p1 + p2
        else:
            src_b, p3 = _side("e.source", b)
            tgt_a, p4 = _side("e.target", a)
            clauses.append(f"({forward} OR ({src_b} AND {tgt_a}))")
            params += p1 + p2 + p3 + p4
    if watch.actor:
        src, p1 = _side("e.source", watch.actor)
        tgt, p2 = _side("e.target", watch.actor)
        clauses.append(f"({src} OR {tgt})")
        params += p1 + p2
    if watch.speaker:
        clauses.append("lower(e.source_actor) LIKE ?")
        params.append(f"%{watch.speaker.lower()}%")
    if watch.cameo:
        clauses.append("e.cameo LIKE ?")
        params.append(watch.cameo + "%")
    return " AND ".join(clauses) or "1 = 1", params


def _mention_of(code: str) -> tuple[str, list[Any]]:
    return (
        "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id "
        "AND m.span_start >= q.span_start AND m.span_end <= q.span_end "
        "AND (m.code LIKE ? OR m.country = ?))",
        [code + "%", code],
    )


def _quote_filter(watch: Watch) -> tuple[str, list[Any]] | None:
    if watch.cameo:
        return None  # quotations carry no CAMEO code
    clauses: list[str] = []
    params: list[Any] = []
    if watch.dyad:
        a, b = watch.dyad
        about_b, p1 = _mention_of(b)
        forward = f"(q.speaker_code LIKE ? AND {about_b})"
        if watch.directed:
            clauses.append(forward)
            params += [a + "%", *p1]
        else:
            about_a, p2 = _mention_of(a)
            clauses.append(f"({forward} OR (q.speaker_code LIKE ? AND {about_a}))")
            params += [a + "%", *p1, b + "%", *p2]
    if watch.actor:
        clauses.append("q.speaker_code LIKE ?")
        params.append(watch.actor + "%")
    if watch.speaker:
        clauses.append("(lower(q.speaker_actor) LIKE ? OR lower(q.speaker_text) LIKE ?)")
        params += [f"%{watch.speaker.lower()}%"] * 2
    return " AND ".join(clauses) or "1 = 1", params


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _event_name(code: str) -> str:
    from dyads.events.ontology import cameo

    try:
        return str(cameo(code).name)
    except (KeyError, ValueError):
        return ""


def _events(store: Store, watch: Watch, sent: set[str]) -> list[DigestItem]:
    where, params = _event_filter(watch)
    rows = store.query(
        "SELECT e.article_id, e.idx, e.source_code, e.source_actor, e.target_code, "
        "e.target_actor, e.cameo, e.goldstein, e.quad_class, e.negated, e.date_start, "
        "e.evidence, a.headline, a.url, a.published FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE {where} "
        "ORDER BY a.published, e.article_id, e.idx",
        params,
    )
    items = []
    for row in rows:
        key = f"{row['article_id']}:{row['idx']}"
        if key in sent:
            continue
        source = row["source_actor"] or row["source_code"] or "?"
        target = row["target_actor"] or row["target_code"] or "?"
        name = _event_name(row["cameo"])
        verb = f"{'NOT ' if row['negated'] else ''}{name or 'CAMEO ' + row['cameo']}"
        items.append(
            DigestItem(
                watch=watch.name,
                kind="event",
                key=key,
                title=f"{source} → {target}: {verb}",
                evidence=row["evidence"],
                article_id=row["article_id"],
                headline=row["headline"],
                url=row["url"],
                published=_iso(row["date_start"] or row["published"]),
                details={
                    "source": row["source_code"],
                    "target": row["target_code"],
                    "cameo": row["cameo"],
                    "goldstein": float(row["goldstein"]),
                    "quad_class": row["quad_class"],
                    "negated": bool(row["negated"]),
                },
            )
        )
    return items


def _quotes(store: Store, watch: Watch, sent: set[str]) -> list[DigestItem]:
    found = _quote_filter(watch)
    if found is None:
        return []
    where, params = found
    rows = store.query(
        "SELECT q.article_id, q.idx, q.kind, q.content, q.speaker_text, q.speaker_actor, "
        "q.speaker_code, q.cue, q.date_start, a.headline, a.url, a.published, a.text, "
        "q.span_start, q.span_end FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"WHERE {where} ORDER BY a.published, q.article_id, q.idx",
        params,
    )
    items = []
    for row in rows:
        key = f"{row['article_id']}:{row['idx']}"
        if key in sent:
            continue
        speaker = row["speaker_actor"] or row["speaker_text"] or "unknown speaker"
        items.append(
            DigestItem(
                watch=watch.name,
                kind="quote",
                key=key,
                title=f"{speaker} ({row['kind']}{', ' + row['cue'] if row['cue'] else ''})",
                evidence=row["text"][row["span_start"] : row["span_end"]] or row["content"],
                article_id=row["article_id"],
                headline=row["headline"],
                url=row["url"],
                published=_iso(row["date_start"] or row["published"]),
                details={"speaker_code": row["speaker_code"], "content": row["content"]},
            )
        )
    return items


def dyad_means(
    store: Store, watch: Watch, as_of: date, window_days: int
) -> tuple[tuple[float | None, int], tuple[float | None, int]]:
    """``((mean, n) of the last window, (mean, n) of the window before)``, negations left out.

    The last window is the ``window_days`` days ending on ``as_of`` (inclusive).
    """
    where, params = _event_filter(Watch(watch.name, dyad=watch.dyad, directed=watch.directed))
    start = as_of - timedelta(days=2 * window_days)
    rows = store.query(
        "SELECT coalesce(e.date_start, a.published) AS day, e.goldstein FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE {where} AND NOT e.negated "
        "AND coalesce(e.date_start, a.published) > ? AND coalesce(e.date_start, a.published) <= ?",
        [*params, start, as_of],
    )
    middle = as_of - timedelta(days=window_days)
    last = [float(r["goldstein"]) for r in rows if r["day"] > middle]
    before = [float(r["goldstein"]) for r in rows if r["day"] <= middle]

    def mean(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    return (mean(last), len(last)), (mean(before), len(before))


def _shift(store: Store, watch: Watch, config: AlertConfig, as_of: date) -> DigestItem | None:
    if watch.dyad is None:
        return None
    window = watch.window_days or config.window_days
    threshold = watch.threshold if watch.threshold is not None else config.threshold
    (last, n_last), (before, n_before) = dyad_means(store, watch, as_of, window)
    if last is None or before is None or min(n_last, n_before) < config.min_events:
        return None
    change = last - before
    if abs(change) <= threshold:
        return None
    a, b = watch.dyad
    way = "warmer (more cooperative)" if change > 0 else "colder (more conflictual)"
    return DigestItem(
        watch=watch.name,
        kind="shift",
        key=f"{a}-{b}:{as_of.isoformat()}:{window}d",
        title=f"{a}–{b} turned {way}: mean Goldstein {before:+.1f} → {last:+.1f} "
        f"({change:+.1f}) over the last {window} days",
        published=as_of.isoformat(),
        details={
            "previous_mean": before,
            "last_mean": last,
            "change": change,
            "previous_events": n_before,
            "last_events": n_last,
            "window_days": window,
        },
    )


def build_digest(
    store: Store,
    config: AlertConfig,
    *,
    as_of: date | None = None,
    include_sent: bool = False,
) -> Digest:
    """Collect what is new for every watch (not yet sent, unless ``include_sent``)."""
    as_of = as_of or datetime.now(UTC).date()
    state = WatchState(store)
    digest = Digest(
        created=datetime.now(UTC).replace(tzinfo=None),
        as_of=as_of,
        watches=tuple(w.name for w in config.watches),
    )
    for watch in config.watches:
        found: list[DigestItem] = []
        shift = _shift(store, watch, config, as_of)
        for kind, collect in (("event", _events), ("quote", _quotes)):
            sent = set() if include_sent else state.sent_keys(watch.name, kind)
            found.extend(collect(store, watch, sent))
        found = found[:MAX_ITEMS_PER_WATCH]
        if shift is not None and (
            include_sent or shift.key not in state.sent_keys(watch.name, "shift")
        ):
            found.insert(0, shift)
        digest.items.extend(found)
    return digest


def mark_sent(store: Store, digest: Digest) -> None:
    """Remember every item of ``digest`` so that later digests leave it out."""
    WatchState(store).record_sent(
        ((item.watch, item.kind, item.key) for item in digest.items), digest=digest.name
    )
