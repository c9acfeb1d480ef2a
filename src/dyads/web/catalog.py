"""What the dashboard's filters offer: the actors the store knows (for the name search), the
CAMEO roots, quad classes and PLOVER categories with their names, the outlets and the date
range. Computed from the whole store and cached until the store changes."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dyads.database import Database
from dyads.events.ontology import plover_categories
from dyads.web.common import QUAD_NAMES, StoreCache, cameo_name, code_label, day
from dyads.web.filters import ROOTS, SPEAKER_SQL
from dyads.web.reader import outlet

_ACTOR_SQL = (
    "SELECT name, code, sum(n) AS n, max(speaker) AS speaker FROM ("
    "SELECT source_actor AS name, source_code AS code, count(*) AS n, 0 AS speaker FROM events "
    "WHERE NOT negated GROUP BY 1, 2 UNION ALL "
    "SELECT target_actor, target_code, count(*), 0 FROM events WHERE NOT negated GROUP BY 1, 2 "
    f"UNION ALL SELECT {SPEAKER_SQL.replace('q.', '')}, speaker_code, count(*), 1 FROM quotes "
    "GROUP BY 1, 2 UNION ALL "
    "SELECT actor, code, count(*), 0 FROM mentions WHERE actor IS NOT NULL GROUP BY 1, 2"
    ") t GROUP BY 1, 2"
)


def actor_index(db: Database) -> list[dict[str, Any]]:
    """Every actor the store knows, as the filters take them: names (``value`` the name) and
    codes with every country and code prefix in use (``value`` the code), each with what it
    stands for (``label``: the code read through the gazetteer, else the name most often coded
    so), how often it occurs (``count``), and whether it is the speaker of any quote
    (``speaker``); most frequent first."""
    names: dict[str, dict[str, Any]] = {}
    codes: dict[str, dict[str, Any]] = {}
    for row in db.read(_ACTOR_SQL):
        count, code, name = int(row["n"]), row["code"], row["name"]
        if name:
            entry = names.setdefault(
                name, {"value": name, "kind": "name", "count": 0, "codes": {}, "speaker": False}
            )
            entry["count"] += count
            entry["speaker"] = entry["speaker"] or bool(row["speaker"])
            if code:
                entry["codes"][code] = entry["codes"].get(code, 0) + count
        if code:
            for prefix in {code, code[:3]} if not code.startswith(("IGO", "NGO")) else {code}:
                entry = codes.setdefault(
                    prefix,
                    {"value": prefix, "kind": "code", "count": 0, "speaker": False, "names": {}},
                )
                entry["count"] += count
                entry["speaker"] = entry["speaker"] or bool(row["speaker"])
                if name and prefix == code:
                    entry["names"][name] = entry["names"].get(name, 0) + count
    found = []
    for entry in names.values():
        ranked = sorted(entry.pop("codes").items(), key=lambda kv: (-kv[1], kv[0]))
        entry["code"] = ranked[0][0] if ranked else None
        entry["label"] = code_label(entry["code"])
        found.append(entry)
    for entry in codes.values():
        names = sorted(entry.pop("names").items(), key=lambda kv: (-kv[1], kv[0]))
        entry["code"] = entry["value"]
        entry["label"] = code_label(entry["value"]) or (names[0][0] if names else None)
        found.append(entry)
    found.sort(key=lambda e: (-e["count"], e["value"]))
    return found


def search_actors(
    db: Database, cache: StoreCache, q: str, limit: int = 12, speakers: bool = False
) -> list[dict[str, Any]]:
    """Actors whose name, code or code's meaning contains ``q`` (case-insensitive), those
    starting with it first, then the most frequent; ``speakers`` keeps quote speakers."""
    query = " ".join(q.split()).lower()
    ranked = []
    for entry in cache.get(db, "actors", lambda: actor_index(db)):
        if speakers and not entry["speaker"]:
            continue
        fields = [entry["value"].lower(), (entry["label"] or "").lower()]
        if query and not any(query in field for field in fields):
            continue
        starts = any(field.startswith(query) for field in fields)
        ranked.append((not starts, -entry["count"], entry["value"], entry))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked[:limit]]


def options(db: Database) -> dict[str, Any]:
    """The choices the filters offer: CAMEO roots (code, name, events in the store), quad
    classes, PLOVER categories, outlets (with articles), the events' date range, counts."""
    roots = {
        row["root"]: int(row["n"])
        for row in db.read("SELECT root, count(*) AS n FROM events WHERE NOT negated GROUP BY 1")
    }
    outlets = Counter(
        outlet(row["url"], row["dateline_agency"])
        for row in db.read("SELECT url, dateline_agency FROM articles WHERE status = 'processed'")
    )
    dates = db.read(
        "SELECT min(COALESCE(e.date_start, a.published)) AS first, "
        "max(COALESCE(e.date_start, a.published)) AS last, count(*) AS reports "
        "FROM events e JOIN articles a ON a.id = e.article_id WHERE NOT e.negated"
    )[0]
    counts = db.read(
        "SELECT (SELECT count(*) FROM articles WHERE status = 'processed') AS articles, "
        "(SELECT count(*) FROM quotes) AS quotes"
    )[0]
    return {
        "roots": [{"code": r, "name": cameo_name(r), "events": roots.get(r, 0)} for r in ROOTS],
        "quads": [{"quad": q, "name": name} for q, name in QUAD_NAMES.items()],
        "plover": [
            {"name": c.name, "quad_class": c.quad_class, "description": c.description}
            for c in plover_categories().values()
        ],
        "outlets": [
            {"outlet": name, "articles": n}
            for name, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0] or ""))
            if name
        ],
        "dates": {"first": day(dates["first"]), "last": day(dates["last"])},
        "counts": {
            "articles": int(counts["articles"]),
            "reports": int(dates["reports"]),
            "quotes": int(counts["quotes"]),
        },
    }
