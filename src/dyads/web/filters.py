"""The dashboard's filters: one typed value read from the query string, turned into SQL.

Every panel (timeline, event table, network, quotes, exports) takes the same
:class:`ViewFilter`, so what one panel shows is what the others count. Actors are read with
:func:`dyads.analytics.resolve_actor` (a code or code prefix, a name the gazetteer knows, or an
actor's canonical name), exactly as the rest of the API reads them. The SQL is portable
(DuckDB and PostgreSQL) and uses ``?`` placeholders only; column names are never taken from
the request.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from dyads.analytics import ActorSpec, resolve_actor
from dyads.events.ontology import plover_categories

_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]{0,12}")
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
# The outlet of an article: its URL's host (without "www."), else its dateline's agency.
_HOST = "lower(split_part(substr(a.url, strpos(a.url, '://') + 3), '/', 1))"
OUTLET_SQL = (
    f"COALESCE(CASE WHEN strpos(a.url, '://') > 0 THEN CASE WHEN {_HOST} LIKE 'www.%' "
    f"THEN substr({_HOST}, 5) ELSE {_HOST} END END, a.dateline_agency)"
)
# The speaker a quote is shown under: the actor it was linked to, else the words in the text.
SPEAKER_SQL = "COALESCE(q.speaker_actor, q.speaker_text)"


@dataclass(frozen=True, slots=True)
class ViewFilter:
    """What an analyst has narrowed the view to; ``None`` is "any".

    ``a``/``b``: actors (events between them in both directions; with ``a`` alone, every
    event ``a`` takes part in); ``since``/``until``: the event's date, inclusive; ``root``:
    CAMEO root (``"01"``-``"20"``); ``quad``: quad class 1-4; ``plover``: a PLOVER category;
    ``conf``: minimum confidence (0-1; facts without one are left out once it is set);
    ``outlet``: the article's outlet (its URL's host, else its dateline's agency).
    """

    a: str | None = None
    b: str | None = None
    since: date | None = None
    until: date | None = None
    root: str | None = None
    quad: int | None = None
    plover: str | None = None
    conf: float | None = None
    outlet: str | None = None

    def params(self) -> dict[str, str]:
        """The filter as query-string parameters (what the page keeps in its URL)."""
        return {k: str(v) for k, v in asdict(self).items() if v is not None}

    @property
    def actors(self) -> tuple[ActorSpec | None, ActorSpec | None]:
        return (
            resolve_actor(self.a) if self.a else None,
            resolve_actor(self.b) if self.b else None,
        )

    @property
    def directions(self) -> tuple[str, ...]:
        """The direction labels events fall in: ``A→B`` and ``B→A``, ``A→`` and ``→A``, or
        ``all``."""
        first, second = self.actors
        if first and second:
            return (f"{first.label}→{second.label}", f"{second.label}→{first.label}")
        if first:
            return (f"{first.label}→", f"→{first.label}")
        return ("all",)


def view_filter(
    a: Annotated[str | None, Query(max_length=200, description="Actor A.")] = None,
    b: Annotated[str | None, Query(max_length=200, description="Actor B.")] = None,
    since: Annotated[date | None, Query(description="From this date, YYYY-MM-DD.")] = None,
    until: Annotated[date | None, Query(description="To this date, inclusive.")] = None,
    root: Annotated[str | None, Query(max_length=2, description="CAMEO root, 01-20.")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4.")] = None,
    plover: Annotated[str | None, Query(max_length=40, description="PLOVER category.")] = None,
    conf: Annotated[float | None, Query(ge=0, le=1, description="Minimum confidence.")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Source outlet.")] = None,
) -> ViewFilter:
    """The filter of a request (FastAPI dependency); empty strings count as absent."""
    a, b = _blank(a), _blank(b)
    if b and not a:
        a, b = b, None
    root = _blank(root)
    if root is not None:
        root = root.zfill(2)
        if root not in ROOTS:
            raise ValueError(f"root must be a CAMEO root from 01 to 20, not {root!r}")
    plover = _blank(plover)
    if plover is not None:
        plover = plover.upper()
        if plover not in plover_categories():
            raise ValueError(f"plover must be one of {', '.join(plover_categories())}")
    for name in (a, b):
        if name is not None:
            resolve_actor(name)  # ValueError (400) for a name no actor can have
    return ViewFilter(a, b, since, until, root, quad, plover, conf, _blank(outlet))


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


# quotes ------------------------------------------------------------------------------------
def speaker_condition(spec: ActorSpec, exact: bool = False) -> tuple[str, list[Any]]:
    """Quotes whose speaker is ``spec``: the speaker's code under a code prefix (``RUSGOV``,
    a country), or the name the quote is shown under (``SPEAKER_SQL``). With ``exact`` (a
    speaker picked by name) only that name: "NATO" is NATO, not every NATO official, and a
    quote whose words say "Mao Ning" but whose speaker was linked to someone else is that
    other person's, never listed under "Mao Ning"."""
    if exact:
        return f"lower({SPEAKER_SQL}) = ?", [spec.label.lower()]
    parts, params = [], []
    if spec.prefix:
        parts.append("q.speaker_code LIKE ?")
        params.append(spec.prefix + "%")
    if spec.name:
        parts.append(f"lower({SPEAKER_SQL}) = ?")
        params.append(spec.name.lower())
    return "(" + " OR ".join(parts) + ")", params


def about_condition(spec: ActorSpec, regex: str) -> tuple[str, list[Any]]:
    """Quotes about ``spec``: a mention of it inside the quotation, or one of its names as a
    whole word in it (``regex`` is the backend's regex-match template, ``{text} ~ {pattern}``)."""
    mention, params = spec.condition("m.code", "m.actor", "m.country")
    sql = (
        "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id "
        f"AND m.span_start >= q.span_start AND m.span_end <= q.span_end AND {mention})"
    )
    words = spec.words or ((spec.name,) if spec.name else ())
    if words:
        alternatives = "|".join(_escape(w) for w in sorted(set(words), key=len, reverse=True))
        pattern = f"(^|[^[:alnum:]_])({alternatives})($|[^[:alnum:]_])"
        sql = f"({sql} OR {regex.format(text='q.content', pattern='?')})"
        params = [*params, pattern]
    return sql, params


def _escape(word: str) -> str:
    return re.sub(r"([\\.^$|?*+()\[\]{}-])", r"\\\1", word)


def quote_conditions(
    f: ViewFilter, regex: str, speaker: str | None = None, text: str | None = None
) -> tuple[list[str], list[Any]]:
    """WHERE conditions over ``quotes q JOIN articles a``: the view's actors (by A, or by A
    about B and by B about A), dates, confidence and outlet; the quote panel's own
    ``speaker`` and ``text`` (case-insensitive substring). CAMEO and PLOVER filters are about
    events and leave quotes alone."""
    where: list[str] = []
    params: list[Any] = []
    first, second = f.actors
    if first is not None and second is None:
        sql, p = speaker_condition(first)
        where.append(sql)
        params += p
    elif first is not None and second is not None:
        by_a, p_by_a = speaker_condition(first)
        on_b, p_on_b = about_condition(second, regex)
        by_b, p_by_b = speaker_condition(second)
        on_a, p_on_a = about_condition(first, regex)
        where.append(f"(({by_a} AND {on_b}) OR ({by_b} AND {on_a}))")
        params += p_by_a + p_on_b + p_by_b + p_on_a
    if speaker:
        sql, p = speaker_condition(resolve_actor(speaker), exact=not is_code(speaker))
        where.append(sql)
        params += p
    if text:
        where.append("strpos(lower(q.content), ?) > 0")
        params.append(text.lower())
    day = "COALESCE(q.date_start, a.published)"
    if f.since is not None:
        where.append(f"{day} >= ?")
        params.append(f.since)
    if f.until is not None:
        where.append(f"{day} <= ?")
        params.append(f.until)
    if f.conf is not None:
        where.append("q.confidence >= ?")
        params.append(f.conf)
    if f.outlet is not None:
        where.append(f"lower({OUTLET_SQL}) = ?")
        params.append(f.outlet.lower())
    return where, params


def is_code(value: str) -> bool:
    """Whether ``value`` is written as a CAMEO actor code or prefix (``RUS``, ``IGOWSTNAT``)."""
    return bool(_CODE.fullmatch(value))
