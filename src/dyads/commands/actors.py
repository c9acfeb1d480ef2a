"""Is an actor a user typed known at all? ``dyads dyad XXX YYY`` should not answer "no events
between them" when neither code exists: it names the unknown one and the nearest known codes.

Known means: a code in the store (events, mentions, quotation speakers), a code or country the
gazetteer holds, or an actor name the store or the gazetteer knows. Nearest is by string
similarity (``difflib``), with the store's most frequent codes as a fallback.

A name the store knows only from uncoded mentions (``M23`` in "M23 rebels", before anyone
gave it a code) is known, so its dyad answers "no events"; :func:`uncoded_note` says why
(new-user trial, 2026-12-07: ``dyad M23 COD`` said "no events", ``dyad QQQ COD`` an error,
with nothing telling the two apart).
"""

from __future__ import annotations

from difflib import get_close_matches
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dyads.store import SqlStore

# How many near codes an error names.
NEAREST = 5
# Similarity below which a code is not offered as "nearest" (difflib ratio).
CUTOFF = 0.5


def store_codes(store: SqlStore) -> dict[str, int]:
    """Every actor code in the store with how often it occurs."""
    rows = store.query(
        "SELECT code, count(*) AS n FROM ("
        "SELECT source_code AS code FROM events UNION ALL SELECT target_code FROM events "
        "UNION ALL SELECT code FROM mentions UNION ALL SELECT speaker_code FROM quotes"
        ") AS codes WHERE code IS NOT NULL AND code <> '' GROUP BY code"
    )
    return {str(row["code"]): int(row["n"]) for row in rows}


def _gazetteer() -> Any:
    from dyads.actors.gazetteer import load_gazetteer

    return load_gazetteer()


def _gazetteer_codes() -> set[str]:
    gaz = _gazetteer()
    codes = set(gaz.countries)
    codes.update(entry.code for entry in gaz.entries.values() if getattr(entry, "code", None))
    return codes


def _known_name(store: SqlStore, text: str, name: str | None) -> bool:
    if _gazetteer().lookup(text) is not None:
        return True
    if name is None:
        return False
    rows = store.query(
        "SELECT 1 AS found FROM mentions WHERE lower(actor) = ? LIMIT 1", [name.lower()]
    )
    return bool(rows)


def unknown_actor(store: SqlStore, text: str, spec: Any) -> str | None:
    """None when ``text`` (resolved to ``spec``, an ``analytics.ActorSpec``) names a known
    actor; else a one-line reason with the nearest known codes."""
    if spec.country is not None:
        return None
    codes = store_codes(store)
    known = set(codes) | _gazetteer_codes()
    if spec.prefix and any(code.startswith(spec.prefix) for code in known):
        return None
    if _known_name(store, text, spec.name):
        return None
    candidates = sorted(known)
    near = get_close_matches(text.upper(), candidates, n=NEAREST, cutoff=CUTOFF)
    if not near:
        near = [code for code, _ in sorted(codes.items(), key=lambda kv: -kv[1])[:NEAREST]]
    what = "actor code" if spec.prefix else "actor"
    hint = f"; nearest known codes: {', '.join(near)}" if near else ""
    return f"{text!r} is not an {what} in the store or the gazetteer{hint}"


def uncoded_note(store: SqlStore, text: str, spec: Any) -> str | None:
    """For an actor the store knows only as a name that no mention codes (and the gazetteer
    does not know): a note saying so, shown with "no events"; else None."""
    if spec.country is not None or spec.name is None or _gazetteer().lookup(text) is not None:
        return None
    if spec.prefix and any(code.startswith(spec.prefix) for code in store_codes(store)):
        return None
    (row,) = store.query(
        "SELECT count(*) AS n, count(code) AS coded FROM mentions WHERE lower(actor) = ?",
        [spec.name.lower()],
    )
    mentions, coded = int(row["n"]), int(row["coded"])
    if not mentions or coded:
        return None
    (row,) = store.query(
        "SELECT count(*) AS n FROM events WHERE lower(source_actor) = ? OR lower(target_actor) = ?",
        [spec.name.lower()] * 2,
    )
    events = int(row["n"])
    said = (
        "no event names it"
        if not events
        else f"its {events} event{'s are' if events > 1 else ' is'} with other actors"
    )
    times = "mention" if mentions == 1 else "mentions"
    return (
        f"note: the store knows {text!r} only as a name without an actor code "
        f"({mentions} {times}), and {said}"
    )
