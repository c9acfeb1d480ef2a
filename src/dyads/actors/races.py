"""Whether an article speaks of an election race (``dyads/data/actors/races.yaml``): a
candidate the text calls a former office-holder of the state is known by the campaign only
where it does, or names another party man (blind audit, round 114: "former secretary of state
Hillary Clinton" in a story about her State Department emails, which never names the race,
coded USAPTY).
"""

from __future__ import annotations

import re
from functools import cache

from dyads.actors.gazetteer import word_lists
from dyads.records import Mention

__all__ = ["race_told"]


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(word_lists("races.yaml")["words"], key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def race_told(text: str, mentions: list[Mention], names: set[str]) -> bool:
    """``text``, an article, has a word of an election race ("campaign", "primary", "voters"),
    or its ``mentions`` code a party person other than the ``names`` asked about ("Sen. Bernie
    Sanders has criticized Clinton"): a story of the race."""
    if _pattern().search(text) is not None:
        return True
    return any(m.kind == "person" and m.sector == "PTY" and m.actor not in names for m in mentions)
