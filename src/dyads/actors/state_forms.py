"""A role's sector or title must fit the form of the state it is coded to.

Blind audit, round 104: "Panamanian security forces" were coded PANMIL, but Panama has had no
army since 1990 (its security forces are the National Police, SENAN and SENAFRONT): in a state
without armed forces a force is the police (COP). And "the king" of the Biblical Nineveh was
coded IRQGOV through the modern Iraqi province: a monarch's title coded as the government of a
state that had no monarch on the day is no actor of it. The tables are
``dyads/data/actors/state_forms.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dyads.actors.gazetteer import read_yaml
from dyads.records import Mention

__all__ = ["alias_title", "fit_state_forms"]


@cache
def _forms() -> dict[str, Any]:
    data = read_yaml("state_forms.yaml")
    words = {key: re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, data[key])) + r")\b")
             for key in ("monarch_titles", "army_words")}  # fmt: skip
    titles = frozenset(str(w).lower() for w in data["alias_titles"])
    return {"no_army": data["no_army"], "monarchies": data["monarchies"], "titles": titles, **words}


def alias_title(word: str) -> bool:
    """``word`` is a title the office-holder table keeps in a ruler's alias ("Pope")."""
    return word.lower() in _forms()["titles"]


def _holds(spans: dict[str, Any], country: str | None, day: str | None) -> bool:
    """The state ``country`` is listed in ``spans`` on ``day`` (any day when ``day`` is
    unknown)."""
    span = spans.get(country or "")
    if span is None:
        return False
    since, until = str(span.get("since") or ""), str(span.get("until") or "")
    if not day:
        return True
    return (not since or since <= day) and (not until or day < until)


def fit_state_forms(mentions: list[Mention], published: str | None) -> None:
    """Recode in place the mentions whose sector or title the form of their state rules out:
    a force of a state without an army is its police; a serving monarch of a state without a
    monarch is no actor of it."""
    forms = _forms()
    day = (published or "")[:10] or None
    for m in mentions:
        if m.code is None or m.country is None:
            continue
        words = f"{m.text} {m.role or ''}"
        armless = m.sector == "MIL" and _holds(forms["no_army"], m.country, day)
        if armless and not forms["army_words"].search(words):
            m.sector, m.code = "COP", f"{m.country}COP"
            m.actor = (m.actor or "").replace("military", "police") or m.actor
        monarch = m.sector == "GOV" and forms["monarch_titles"].search(m.role or "")
        if monarch and not _holds(forms["monarchies"], m.country, day):
            m.code = m.country = m.sector = None
            m.actor = m.role or m.text  # "Iraqi king" named a state it is not of
