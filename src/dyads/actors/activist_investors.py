"""In a story that names activist investors ("the activist investors table", "activist
shareholders"), a bare "activists" are those investors, business people, not the country's
political opposition that Phoenix's "activists" (OPP) make them (blind audit, round 110: "The
activists won", of Nelson Peltz and Daniel Loeb, coded USAOPP). Used by
:func:`dyads.actors.find_mentions` after coding.
"""

from __future__ import annotations

import re

from dyads.records import Mention

__all__ = ["activist_investors"]

_INVESTORS = re.compile(
    r"(?i)\bactivist\s+(?:investors?|shareholders?|hedge\s+funds?|funds?|stakeholders?)\b"
)
_BARE = frozenset({"activist", "activists", "the activists", "the activist"})


def activist_investors(mentions: list[Mention], text: str) -> None:
    """Recode bare "activists" as business (``<country>BUS``) when the text names activist
    investors; with no country, leave them uncoded."""
    if not _INVESTORS.search(text):
        return
    for m in mentions:
        if m.text.lower() not in _BARE or m.sector != "OPP":
            continue
        m.sector = "BUS"
        m.code = f"{m.country}BUS" if m.country else None
        m.actor = m.actor.replace("activists", "activist investors") if m.actor else m.actor
