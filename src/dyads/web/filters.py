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
from typing import Annotated

from fastapi import Query

from dyads.actor_specs import ActorSpec, resolve_actor
from dyads.events.ontology import plover_categories

_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]{0,12}")
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
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
        """The direction labels events fall in: ``A→B`` and ``B→A``, ``A→others`` and
        ``others→A``, or ``all``."""
        first, second = self.actors
        if first and second:
            return (f"{first.label}→{second.label}", f"{second.label}→{first.label}")
        if first:
            return (f"{first.label}→others", f"others→{first.label}")
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


def is_code(value: str) -> bool:
    """Whether ``value`` is written as a CAMEO actor code or prefix (``RUS``, ``IGOWSTNAT``)."""
    return bool(_CODE.fullmatch(value))
