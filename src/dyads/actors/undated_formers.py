"""Office-holders the text itself shows out of office: the dead, and in an undated article
those whose every term ended before a head the text calls current took office (blind audit,
round 108x).

* "the decision of Hugo Chavez, who died in March", "their now deceased commander-in-chief,
  Hugo Chavez": a head of state the text says died is no government at the article's time;
  every mention of him is coded as the country's elite (CAMEO's ELI), as a former holder is.
* "current President Michel Temer" in an undated article: the article is no older than
  Temer's first head term, so "Dilma Rousseff", whose terms had all ended, is a former
  president (BRAELI, not BRAGOV).

A term the text gives ("Chavez's government") stays his government's
(:func:`dyads.actors.terms.terms_owned`, run after this one).
"""

from __future__ import annotations

import re
from datetime import date

from dyads.actors.officeholders import holders
from dyads.records import Mention

__all__ = ["undated_formers"]

_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
_HEADS = frozenset({"head of state", "head of government"})
_DIED_AFTER = re.compile(r"^,?\s+who\s+(?:had\s+)?(?:died|passed\s+away)\b")
_DEAD_BEFORE = re.compile(
    r"(?i)\b(?:the\s+late|now[\s-]+deceased|deceased|now[\s-]+dead|slain)\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]*,?\s*$"
)
_CURRENT = re.compile(r"(?i)\bcurrent\s+$")
_CURRENT_IN = re.compile(r"(?i)\bcurrent\s")  # "Brazil's current President Michel Temer"


def undated_formers(mentions: list[Mention], text: str, published: str | None) -> None:
    """Code as ``ELI`` the office mentions of a person the text says died, and, when
    ``published`` is None, of a person the table shows out of office once a head the text
    calls current took office (see the module docstring)."""
    people = [m for m in mentions if m.kind == "person" and m.actor and m.code]
    formers = {m.actor for m in people if _dead(m, text)}
    if published is None:
        formers |= _before_current(people, text)
    for m in mentions:
        office = m.kind == "person" and m.sector in _OFFICE_SECTORS
        if m.actor in formers and office and m.country and m.code == f"{m.country}{m.sector}":
            m.sector, m.code = "ELI", f"{m.country}ELI"


def _dead(m: Mention, text: str) -> bool:
    """The text says the person of ``m`` died, right at this mention."""
    if m.sector not in _OFFICE_SECTORS or " " not in (m.actor or "").strip():
        return False
    start, end = m.span
    return bool(_DIED_AFTER.match(text[end : end + 40]) or _DEAD_BEFORE.search(text[:start][-60:]))


def _before_current(people: list[Mention], text: str) -> set[str]:
    """The people whose every term started before and ended during or before the head term of
    a head the text calls current: two heads of one country may overlap in the table (an
    acting president while the other is suspended), but the text says which one is current."""
    current: dict[str, tuple[str, date, date]] = {}
    for m in people:
        start = m.span[0]
        called = _CURRENT.search(text[max(0, start - 12) : start])
        if not m.country or not (called or _CURRENT_IN.search(m.text)):
            continue
        heads = [h for h in holders(m.actor or "", None) if h.office in _HEADS]
        if heads and all(h.country == m.country for h in heads):
            # the earliest start and last end: a return to office only widens the span
            first = min(h.start for h in heads)
            last = max((h.end or date.max) for h in heads)
            current[m.country] = (m.actor or "", first, last)
    out = set()
    for m in people:
        name = m.actor or ""
        if m.country not in current or m.sector not in _OFFICE_SECTORS or " " not in name.strip():
            continue
        head, first, last = current[m.country]
        terms = holders(name, None)
        if name == head or not terms or any(h.country != m.country for h in terms):
            continue
        if all(h.start < first and h.end is not None and h.end <= last for h in terms):
            out.add(name)
    return out
