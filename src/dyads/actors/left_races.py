"""A candidate the text says left the race is still the party's figure (CAMEO's PTY), as
"former Republican presidential candidate Carly Fiorina" already is by her title.

Blind audit, round 111: "Fiorina, the former Hewlett-Packard CEO who dropped her own
presidential bid in early February, made a surprise appearance at Cruz's rally" (2016-03-09)
left her uncoded, and her endorsement of Cruz with no source: the office-holder table's
candidate row for her had ended on 2016-02-10, and outside a term a name is only a name. The
text's own words ("who dropped her … bid", "withdrew from the race", "suspended his campaign")
say the person ran; the table's candidate row that had ended by the publication day gives the
country. Both are needed: a name the table does not list as a candidate stays a name. Only
mentions no rule coded take the code. Used by :func:`dyads.actors.find_mentions`.
"""

from __future__ import annotations

import re
from datetime import date

from dyads.actors.officeholders import terms
from dyads.records import Mention

__all__ = ["left_races"]

# right after a mention of the person: "…, the former Hewlett-Packard CEO who dropped her own
# presidential bid", "…, who dropped out of the presidential race", "… suspended his campaign"
_LEFT = re.compile(
    r"(?i)^(?:,\s+(?:(?:the|a|an)\s+(?:[\w.'’&-]+\s+){0,5}?)?who)?\s+(?:had\s+|has\s+)?"
    r"(?:dropped|ended|suspended|quit|abandoned|withdrew|exited)\s+(?:out\s+of\s+|from\s+)?"
    r"(?:his|her|their|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:bid|race|campaign|candidacy|run)\b"
)
_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def left_races(mentions: list[Mention], text: str, published: str | None) -> None:
    """Code as the party's (``PTY``) the uncoded mentions of a person the text says left a
    race and the table lists as a candidate whose campaign ended by ``published``."""
    try:
        on = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return
    if on is None:
        return
    left = {
        m.actor for m in mentions
        if m.kind == "person" and m.actor and " " in m.actor.strip()
        and _LEFT.match(text[m.span[1] : m.span[1] + 120])
    }  # fmt: skip
    for name in left:
        ended = [
            h for h in terms(name)
            if h.office == "candidate" and h.country and h.end is not None and h.end <= on
        ]  # fmt: skip
        if not ended:
            continue
        country = max(ended, key=lambda h: h.end or on).country
        surname = name.split()[-1]
        for m in mentions:
            if m.actor != name or m.code or m.kind != "person":
                continue
            if m.text in (name, surname) or m.text.lower() in _PRONOUNS:
                m.country, m.sector, m.code = country, "PTY", f"{country}PTY"
