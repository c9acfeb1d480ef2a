"""Whether an article is about a candidate's past term in office rather than the race
(``dyads/data/actors/races.yaml``): a candidate the text calls a former office-holder of the
state is an elite there, and known by the campaign elsewhere (blind audit, round 114: "former
secretary of state Hillary Clinton" in a story about her State Department emails "while she was
in office", which never names the race, coded USAPTY).
"""

from __future__ import annotations

import re
from functools import cache

from dyads.actors.gazetteer import word_lists
from dyads.records import Mention

__all__ = ["term_story"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lists = word_lists("races.yaml")

    def pattern(words: frozenset[str]) -> re.Pattern[str]:
        ordered = sorted(words, key=len, reverse=True)
        return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in ordered) + r")\b")

    return pattern(lists["words"]), pattern(lists["in_office"])


def term_story(text: str, mentions: list[Mention], names: set[str]) -> bool:
    """``text``, an article, speaks of a term in office ("while she was in office", "then-") and
    of no election race: no word of one ("campaign", "primary", "voters") and no party person
    among its ``mentions`` other than the ``names`` asked about ("Sen. Bernie Sanders has
    criticized Clinton" makes a story of the race)."""
    race, term = _patterns()
    if term.search(text) is None or race.search(text) is not None:
        return False
    return not any(
        m.kind == "person" and m.sector == "PTY" and m.actor not in names for m in mentions
    )
