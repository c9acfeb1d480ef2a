"""Where seized goods come from is not whom they were seized from.

"Paraguay has seized 25 metric tons of Venezuelan currency" names Venezuela only as the
currency's origin; the seizure acts on its holders, whom the sentence does not name (blind
audits: "seized Venezuelan currency" in round 16's list of faults left as found, judged
partly right again in round 35). Duties and bans on "Canadian canola" still act on Canada:
only the seizure codes are concerned.
"""

from __future__ import annotations

from dyads.events.sides import Arg, people_noun

_SEIZURE_CODES = ("171",)


def origin_of_goods(code: str, target: Arg) -> bool:
    """True when ``target`` of a seizure (CAMEO 171x) was read from a nationality adjective on
    a thing seized ("Venezuelan currency"), not from its holder ("Colombian traffickers'
    assets") or a named body."""
    if not code.startswith(_SEIZURE_CODES) or target.path != "dobj":
        return False
    doc = target.token.doc
    words = doc.char_span(*target.side.span, alignment_mode="expand")
    if words is None or len(words) != 1:
        return False
    word = words[0]
    return word.dep_ == "amod" and word.head.pos_ == "NOUN" and not people_noun(word.head)
