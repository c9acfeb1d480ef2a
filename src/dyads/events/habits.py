"""Clauses that tell what is done as a rule or a held attitude, not an act on an occasion:
"The Israeli leader frequently meets with members of Congress" (blind audit, round 107: 040
both ways on the publication day), "they were only leaning toward Cruz, or simply opposed to
Trump" (round 107: 120).
:func:`dyads.events.describing.generic` reads these; the events get the mood "generic".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["by_habit", "held_attitude"]

# adverbs of frequency: a verb they modify in the simple present tells a habit
_FREQUENCY = frozenset(
    {"frequently", "often", "regularly", "routinely", "usually", "typically", "habitually",
     "always", "generally", "sometimes", "occasionally", "rarely", "seldom", "normally",
     "customarily", "repeatedly", "constantly", "commonly"}
)  # fmt: skip
# participles that name an attitude when they take "to" and no agent: "opposed to Trump"
_ATTITUDES = frozenset({"oppose", "opposed"})


def by_habit(verb: Token) -> bool:
    """A simple present (no auxiliary) modified by an adverb of frequency: "frequently meets
    with", "often criticizes", "regularly visits". A past with such an adverb ("often met")
    is left to :mod:`dyads.events.recounted`, which keeps it undated."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY for c in verb.children)


def held_attitude(verb: Token) -> bool:
    """A participle of attitude offered as one of alternatives: "told POLITICO they were only
    leaning toward Cruz, or simply opposed to Trump" says where some stand, no one's act
    (blind audit, round 107: 120). Told of its subject alone, "Many Republicans were strongly
    opposed to Ted Cruz" stays a rejection (round 81)."""
    if verb.tag_ not in ("VBN", "JJ") or verb.lemma_.lower() not in _ATTITUDES:
        return False
    if verb.dep_ != "conj" or not any(c.lower_ == "or" for c in verb.head.children):
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"agent", "dobj"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
