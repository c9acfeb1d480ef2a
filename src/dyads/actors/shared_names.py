"""Names two actors bear, or that name an actor only in some stories, read by the article.

``shared_names.yaml`` lists each name with the entry it stands for (``first``), the entry it
stands for instead when the article names one of its cues (``second``), and the cues: "Congo"
is the Democratic Republic unless the article names Brazzaville or the Republic of the Congo
(new user's trial: "Congo's government" COGGOV in a Goma story); "RSF" is Reporters Without
Borders unless the story is Sudan's war and its own sentence is not about the press; "ADF",
"SDF", "Wagner" and "M23" are armed groups only in their wars' stories. An article that
spells out ``first``'s own name keeps ``first``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dyads.actors.context import Linker
from dyads.actors.gazetteer import read_yaml

__all__ = ["entry_spans", "readings", "resolve_shared_names"]


@cache
def _table() -> dict[str, dict[str, Any]]:
    return dict(read_yaml("shared_names.yaml"))


def readings(name: str) -> tuple[str, ...]:
    """Every gazetteer key the shared ``name`` may stand for (``first`` and ``second``), in
    that order; () for a name the table does not list."""
    spec = _table().get(name)
    if spec is None:
        return ()
    return tuple(k for k in (spec.get("first"), spec.get("second")) if k)


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    # a lower-case cue ("mercenaries") in any case; a name as written
    parts = [f"(?i:{re.escape(c)})" if c.islower() else re.escape(c) for c in cues]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def _reading(lk: Linker, name: str, spec: dict[str, Any]) -> str | None:
    """The entry key ``name`` stands for in this article."""
    first = spec.get("first")
    text = lk.doc_text
    if first:
        own = sorted(
            (f for f, key in lk.gaz.names.items() if key == first and f != name and len(f) > 3),
            key=len,
            reverse=True,
        )
        for form in own:
            if form in text:
                return first  # "Democratic Republic of Congo" named: its Congo
        for form in own:
            text = text.replace(form, " ")
    if _cue_pattern(tuple(spec.get("cues", ()))).search(text):
        return spec["second"]
    return first


def entry_spans(lk: Linker) -> list[tuple[int, int]]:
    """The token spans of the entities the gazetteer gave an entry, in text order."""
    spans = []
    i, n, ent_span, entry_at = 0, len(lk.t.text), lk.ent_span, lk.entry_at
    while i < n:
        span = ent_span[i]
        if span is None or entry_at[i] is None:
            i += 1
            continue
        spans.append(span)
        i = span[1]
    return spans


def resolve_shared_names(lk: Linker) -> None:
    """Give each shared name in the article the entry :func:`_reading` chooses."""
    table = _table()
    chosen: dict[str, str | None] = {}

    def _named(lk: Linker, start: int, end: int) -> bool:
        words = lk.text(start, end)
        return words in table or words.title() in table

    def key_of(start: int, end: int) -> str | None:
        words = lk.text(start, end)
        name = words if words in table else words.title() if words.title() in table else None
        if name is None:
            return None
        own = table[name].get("first_cues")
        if own and _cue_pattern(tuple(own)).search(_sentence(lk, start)):
            return table[name].get("first")  # "RSF said the journalist was detained"
        if name not in chosen:
            chosen[name] = _reading(lk, name, table[name])
        return chosen[name]

    for span in entry_spans(lk):
        key = key_of(*span)
        if key is not None and key in lk.gaz.entries:
            lk.set_entry(span[0], span[1], lk.gaz.entries[key])
        elif key is None and _named(lk, *span):
            lk.set_entry(span[0], span[1], None)  # "the M23 motorway": no group, no cue
    kept = []
    for start, end, label in lk.unknown:
        key = key_of(start, end) if label in ("ORG", "NORP", "GPE") else None
        if key is not None and key in lk.gaz.entries:
            lk.set_entry(start, end, lk.gaz.entries[key])
        else:
            kept.append((start, end, label))
    lk.unknown = kept


def _sentence(lk: Linker, i: int) -> str:
    """The text of the sentence token ``i`` stands in."""
    t = lk.t
    start = end = i
    while start > 0 and t.sent[start - 1] == t.sent[i]:
        start -= 1
    while end + 1 < len(t.text) and t.sent[end + 1] == t.sent[i]:
        end += 1
    return lk.text(start, end + 1)
