"""The Python API over a store: ``dyads.open(url)`` gives a :class:`Database` of DataFrames.

Owns the read API users and the HTTP API share (events, quotes, articles, dyads, alignment,
the actor network) and the evidence behind a fact: its sentence, with the spans that matter
(the event's sides, the quotation, its speaker and cue) as offsets into that sentence.

A Database may be shared between threads: every read runs on a cursor (DuckDB) or pooled
connection (PostgreSQL) of its own (``store.reader()``), so reads run side by side, and
writes go through the store one at a time. ``dyads.open`` opens a store read-only unless
``write=True`` (on DuckDB several processes may then read one file together); a
``Database(url)`` made directly opens it for writing, as the API server needs.

>>> import dyads
>>> with dyads.open("dyads.duckdb") as db:
...     db.dyad("ARM", "RUS", freq="month")
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Literal

import pandas as pd

from dyads import aggregates, analytics
from dyads.errors import StoreError
from dyads.records import Article
from dyads.store import SaveResult, open_store
from dyads.store.base import redact
from dyads.store.sql import SqlStore

# Context shown around a quotation when its paragraph is long, each side, in characters.
CONTEXT = 300


class Database:
    """A store seen as pandas DataFrames. Use as a context manager, or call :meth:`close`.

    Actors are given as CAMEO codes or code prefixes (``"ARM"``, ``"ARMGOV"``,
    ``"IGOWSTNAT"``), or names the gazetteer knows (``"NATO"``, ``"EU"``, ``"Russia"``), or an
    actor's canonical name (``"Sergei Lavrov"``). Dates are ``YYYY-MM-DD`` strings or dates.
    """

    def __init__(self, store: SqlStore | str, *, write: bool = True) -> None:
        if isinstance(store, str):
            store = open_store(store, read_only=not write)
        self.store = store

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # tables -------------------------------------------------------------------------------
    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        cameo_root: str | None = None,
        *,
        either: bool = False,
        include_negated: bool = False,
        dedupe: bool = True,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Events, one row each, oldest first, with their article's headline, url and date.

        ``source``/``target`` filter the acting and acted-on actor (``either=True`` also takes
        the reverse direction); ``cameo_root`` a CAMEO root such as ``"11"``. Negated events
        ("did not attack") are left out unless ``include_negated``. With ``dedupe`` an event
        reported by several articles (one ``cluster``) appears once; ``dedupe=False`` gives
        every report with its own evidence sentence. ``limit`` gives the first so many
        events only, reading no more of the store than it takes.
        """
        options = {"source": source, "target": target, "either": either, "since": since,
                   "until": until, "cameo_root": cameo_root, "include_negated": include_negated,
                   "dedupe": dedupe}  # fmt: skip
        with self.store.reader() as store:
            if limit is None:
                return analytics.events_frame(store, **options)
            rows = 2 * limit
            while True:  # reports of one event are cut out: read more until there are enough
                frame = analytics.events_frame(store, rows=rows, **options)
                if len(frame) >= limit or rows > store.count("events"):
                    return frame.head(limit)
                rows *= 4

    def quotes(
        self, speaker: str | None = None, about: str | None = None, text: str | None = None
    ) -> pd.DataFrame:
        """Quotes, newest first: by ``speaker``, mentioning ``about`` (a mention inside the
        quote or one of the actor's names in it), containing ``text`` (case-insensitive)."""
        with self.store.reader() as store:
            return analytics.quotes_frame(store, speaker=speaker, about=about, text=text)

    def read(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """The rows of one read-only query (portable SQL, ``?`` placeholders) as dicts; safe to
        call from several threads (the dashboard's views use it)."""
        with self.store.reader() as store:
            return store.query(sql, params)

    def articles(self, limit: int | None = None, offset: int = 0) -> pd.DataFrame:
        """Stored articles (without their text), newest first."""
        sql = (
            "SELECT id, source, url, headline, published, language, status, reason, "
            "duplicate_of, ingested_at FROM articles "
            "ORDER BY published DESC NULLS LAST, ingested_at DESC, id"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [int(limit), int(offset)]
        with self.store.reader() as store:
            rows = store.query(sql, params)
        columns = ["id", "source", "url", "headline", "published", "language", "status",
                   "reason", "duplicate_of", "ingested_at"]  # fmt: skip
        frame = pd.DataFrame(rows, columns=columns)
        frame["published"] = pd.to_datetime(frame["published"])
        return frame

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article in the record contract's form (with mentions, quotes, events)."""
        with self.store.reader() as store:
            return store.article(article_id)

    def actors(self) -> pd.DataFrame:
        """Actors mentioned in the store, most mentioned first."""
        with self.store.reader() as store:
            return analytics.actors_frame(store)

    # views --------------------------------------------------------------------------------
    def dyad(self, a: str, b: str, freq: str = "month") -> pd.DataFrame:
        """Events between ``a`` and ``b`` per period (``freq``: day, week, month, year).

        One row per period and ``direction`` (``"A→B"``, ``"B→A"`` and ``"both"``): event
        count, counts per quad class (verbal/material cooperation/conflict), Goldstein sum and
        mean. An event dated only to a span crossing a period boundary (a year-dated event
        by month) is in no period: :func:`dyads.periods.left_out` counts them per direction,
        and :func:`dyads.analytics.totals` sums the whole range, those events included.
        """
        with self.store.reader() as store:
            return aggregates.dyad(store, a, b, freq)

    def dyad_totals(self, a: str, b: str) -> pd.DataFrame:
        """The dyad over the whole range: one row per direction and ``both``."""
        return analytics.totals(self.dyad(a, b, "year"))

    def alignment(
        self,
        actor: str,
        partners: list[str],
        freq: str = "month",
        direction: Literal["out", "both"] = "out",
    ) -> pd.DataFrame:
        """``actor``'s cooperation minus conflict toward each partner per period: columns
        ``cooperation`` (quad classes 1-2), ``conflict`` (3-4), ``net``, Goldstein sum and mean.
        ``direction="both"`` counts the partner's events toward ``actor`` as well. Events dated
        only to a span longer than a period are in no period (:func:`dyads.periods.left_out`)."""
        with self.store.reader() as store:
            return analytics.alignment(store, actor, partners, freq, direction)

    def top_quotes(self, a: str, b: str, limit: int = 5) -> pd.DataFrame:
        """The strongest quotes by each side about the other, ``limit`` per side."""
        with self.store.reader() as store:
            return analytics.top_quotes(store, a, b, limit)

    def network(
        self, since: str | date | None = None, until: str | date | None = None
    ) -> pd.DataFrame:
        """Who acts on whom: one row per (source, target) code with event count and mean
        Goldstein (the tone of the edge)."""
        with self.store.reader() as store:
            return aggregates.network(store, since=since, until=until)

    def network_edges(
        self, since: str | date | None = None, until: str | date | None = None
    ) -> list[dict[str, Any]]:
        """:meth:`network` as JSON-ready rows (dicts), without pandas: what the API sends."""
        with self.store.reader() as store:
            return aggregates.network_edges(store, since=since, until=until)

    def top_dyad(self) -> tuple[str, str] | None:
        """The pair of countries (or organisations) with the most events between them."""
        edges = self.network()
        if edges.empty:
            return None
        edges["a"] = edges["source"].map(_party)
        edges["b"] = edges["target"].map(_party)
        edges = edges[edges["a"] != edges["b"]]
        if edges.empty:
            return None
        pairs = edges.assign(
            pair=[tuple(sorted(p)) for p in zip(edges["a"], edges["b"], strict=True)]
        )
        best = pairs.groupby("pair")["events"].sum().sort_values(ascending=False).index[0]
        return best[0], best[1]

    # evidence -----------------------------------------------------------------------------
    def event_evidence(self, article_id: str, idx: int) -> dict[str, Any] | None:
        """An event's sentence, its sides highlighted, and its article."""
        with self.store.reader() as store:
            rows = store.query(
                "SELECT e.record, e.evidence, e.evidence_start, a.headline, a.published, a.url "
                "FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE e.article_id = ? AND e.idx = ?",
                [article_id, idx],
            )
        if not rows:
            return None
        row = rows[0]
        record = json.loads(row["record"])
        sides = [
            (side, record[side].get("span")) for side in ("source", "target") if record.get(side)
        ]
        return {
            "kind": "event",
            **_article_fields(article_id, row),
            "event": record,
            "sentence": row["evidence"],
            "highlights": highlights(row["evidence"], row["evidence_start"], sides),
        }

    def quote_evidence(self, article_id: str, idx: int) -> dict[str, Any] | None:
        """A quote's paragraph, the quotation, speaker and cue highlighted, and its article."""
        with self.store.reader() as store:
            rows = store.query(
                "SELECT q.record, q.span_start, q.span_end, a.text, a.headline, a.published, "
                "a.url FROM quotes q JOIN articles a ON a.id = q.article_id "
                "WHERE q.article_id = ? AND q.idx = ?",
                [article_id, idx],
            )
        if not rows:
            return None
        row = rows[0]
        record = json.loads(row["record"])
        start, end = context(row["text"], row["span_start"], row["span_end"])
        spans = [("quote", [row["span_start"], row["span_end"]])]
        spans += [(part, (record.get(part) or {}).get("span")) for part in ("speaker", "cue")]
        sentence = row["text"][start:end]
        return {
            "kind": "quote",
            **_article_fields(article_id, row),
            "quote": record,
            "sentence": sentence,
            "highlights": highlights(sentence, start, spans),
        }

    # writes -------------------------------------------------------------------------------
    def save(self, article: Article) -> SaveResult:
        """Store an analysed article (an id already stored is left as it is)."""
        return self._writable().save_article(article)

    def save_skipped(self, article: Article, reason: str) -> SaveResult:
        return self._writable().save_article(article, status="skipped", reason=reason)

    def _writable(self) -> SqlStore:
        if self.store.read_only:
            raise StoreError(
                f"the store at {redact(self.store.url)} is open read-only: "
                "dyads.open(url, write=True)"
            )
        return self.store


def open(url: str | None = None, *, write: bool = False) -> Database:
    """Open the store at ``url`` (a DuckDB file or a ``postgresql://`` URL; default: the
    configured store, ``DYADS_DB`` or ``dyads.duckdb``) as a :class:`Database`.

    Read-only unless ``write``: the store must exist (``StoreError`` naming the path), and
    other processes may read the same DuckDB file meanwhile.
    """
    if url is None:
        from dyads.config import load_settings

        url = load_settings().db
    return Database(url, write=write)


def _party(code: str) -> str:
    """The country (first three letters) of a code, or an organisation's whole IGO code."""
    return code if code.startswith(("IGO", "NGO")) else code[:3]


def _article_fields(article_id: str, row: dict[str, Any]) -> dict[str, Any]:
    published = row["published"]
    return {
        "article_id": article_id,
        "headline": row["headline"],
        "published": published.isoformat() if published is not None else None,
        "url": row["url"],
    }


def highlights(sentence: str, offset: int, spans: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    """Article spans as ``{start, end, label}`` offsets into ``sentence`` (which starts at
    article offset ``offset``), clipped to it, sorted, overlaps dropped."""
    found: list[dict[str, Any]] = []
    for label, span in spans:
        if not span or span[0] is None:
            continue
        start = max(0, int(span[0]) - offset)
        end = min(len(sentence), int(span[1]) - offset)
        if start < end:
            found.append({"start": start, "end": end, "label": label})
    found.sort(key=lambda h: (h["start"], -h["end"]))
    kept: list[dict[str, Any]] = []
    for item in found:
        if kept and item["start"] < kept[-1]["end"]:
            if item["end"] <= kept[-1]["end"]:
                continue
            item = {**item, "start": kept[-1]["end"]}
        kept.append(item)
    return kept


def context(text: str, start: int, end: int, margin: int = CONTEXT) -> tuple[int, int]:
    """The paragraph around ``[start, end)``, at most ``margin`` characters either side."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    left, right = max(left, start - margin), min(right, end + margin)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right
