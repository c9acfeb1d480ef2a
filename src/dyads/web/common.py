"""Small pieces the dashboard's views share: JSON-ready values, CAMEO names, the backend's
regex syntax, and a cache that lives as long as the store is unchanged."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, Generic, TypeVar

from dyads.analytics import QUADS
from dyads.database import Database
from dyads.events.ontology import all_codes

T = TypeVar("T")
QUAD_NAMES = {quad: name.replace("_", " ") for quad, name in QUADS.items()}


def plain(value: Any) -> Any:
    """A database value as JSON: dates as YYYY-MM-DD, decimals as floats."""
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else (value.isoformat(timespec="seconds"))
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def cameo_name(code: str | None) -> str | None:
    """The CAMEO name of an event code (``"111"`` -> ``"Criticize or denounce"``); roots,
    written in capitals in the codebook, in sentence case."""
    found = all_codes().get(code) if code else None
    if found is None:
        return None
    return found.name.capitalize() if found.name.isupper() else found.name


@cache
def _organisations() -> Mapping[str, str]:
    from dyads.actors.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    found: dict[str, str] = {}
    for entry in gaz.entries.values():
        if entry.code and entry.code.startswith(("IGO", "NGO")) and entry.actor:
            found.setdefault(entry.code, entry.actor)
    return found


@cache
def code_label(code: str | None) -> str | None:
    """What a CAMEO actor code stands for, in words (``ARMGOV`` -> ``Armenia government``,
    ``IGOWSTNAT`` -> ``NATO``), from the gazetteer's countries, sectors and organisations;
    ``None`` for a code it cannot read."""
    if not code:
        return None
    from dyads.actors.gazetteer import load_gazetteer

    if code in _organisations():
        return _organisations()[code]
    gaz = load_gazetteer()
    country = gaz.country_name(code[:3])
    if country is None:
        return None
    parts = [gaz.sectors.get(code[i : i + 3]) for i in range(3, len(code), 3)]
    if not all(parts):
        return country
    return " ".join([country, *(p for p in parts if p)])


def day(value: Any) -> str | None:
    """A date or timestamp as YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


class StoreCache:
    """Values computed from the whole store, kept until an article is added or removed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._values: dict[str, Any] = {}

    def get(self, db: Database, key: str, compute: Callable[[], T]) -> T:
        rows = db.read("SELECT count(*) AS n, max(ingested_at) AS t FROM articles")
        version = (rows[0]["n"], rows[0]["t"]) if rows else None
        with self._lock:
            if version != self._version:
                self._version, self._values = version, {}
            if key in self._values:
                return self._values[key]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            if version == self._version:
                self._values[key] = value
        return value


def store_version(db: Database) -> tuple[Any, ...]:
    """What changes when an article is stored: the article count and the latest ingest time."""
    rows = db.read("SELECT count(*) AS n, max(ingested_at) AS t FROM articles")
    return (rows[0]["n"], rows[0]["t"])


class Snapshot(Generic[T]):
    """A value built from the whole store (``build(db)``), rebuilt in the background when the
    store changes: until the new one is ready, readers get the previous one (a store being
    written to, as under ``dyads serve --watch``, never makes a reader wait for a rebuild);
    only the first build is waited for."""

    def __init__(self, build: Callable[[Database], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._first = threading.Lock()
        self._value: T | None = None
        self._version: tuple[Any, ...] | None = None
        self._building = False

    def get(self, db: Database) -> T:
        version = store_version(db)
        with self._lock:
            value, stale = self._value, version != self._version
            if value is not None and stale and not self._building:
                self._building = True
                threading.Thread(target=self._rebuild, args=(db,), daemon=True).start()
        if value is not None:
            return value
        with self._first:  # one first build, however many readers wait for it
            if self._value is None:
                self._store(version, self._build(db))
        return self._value  # type: ignore[return-value]

    def _store(self, version: tuple[Any, ...], value: T) -> None:
        with self._lock:
            self._value, self._version = value, version

    def _rebuild(self, db: Database) -> None:
        try:
            version = store_version(db)
            self._store(version, self._build(db))
        except Exception:  # the store closed meanwhile: keep the previous value
            pass
        finally:
            with self._lock:
                self._building = False
