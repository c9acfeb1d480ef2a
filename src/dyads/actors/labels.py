"""A label someone coined, in quotation marks: words named, not an actor mentioned.

"He has coined a new phrase, “undocumented Democrats,” to describe those in the country
illegally" names Cruz's label for immigrants, not the Democratic Party (blind audit, round 84:
USAPTY). A role word is such a label when it stands, with at most a few modifiers, alone inside
quotation marks right after a word that names or coins a term ("phrase", "coined", "dubbed",
"so-called", "calls"). Used by :mod:`dyads.actors.groups`.
"""

from __future__ import annotations

from dyads.actors.tokens import Tokens

_OPENING = frozenset({"“", '"', "‘", "'", "``"})
_CLOSING = frozenset({"”", '"', "’", "'", "''"})
# words that say the quoted words are a name or term someone gave (lemmas and forms)
_NAMING = frozenset({"phrase", "term", "label", "moniker", "nickname", "slogan", "epithet",
                     "coin", "dub", "brand", "call", "so-called", "christen", "expression",
                     "catchphrase", "buzzword"})  # fmt: skip
_REACH = 3  # words between the quotation mark and the role word, and after it to the close
_NAMING_REACH = 6  # words before the quotation mark that may name it a term


def coined_label(t: Tokens, start: int, end: int) -> bool:
    """The role word at ``start``-``end`` is a short quoted label after a naming word."""
    n = len(t.text)
    opening = start - 1
    while opening >= max(0, start - 1 - _REACH) and t.text[opening] not in _OPENING:
        if t.pos[opening] not in ("ADJ", "NOUN", "PROPN", "DET"):
            return False
        opening -= 1
    if opening < 0 or t.text[opening] not in _OPENING:
        return False
    closing = end
    while closing < min(n, end + _REACH) and t.text[closing] not in _CLOSING:
        if t.pos[closing] not in ("PUNCT", "NOUN", "PROPN"):
            return False
        closing += 1
    if closing >= n or t.text[closing] not in _CLOSING:
        return False
    before = range(max(0, opening - _NAMING_REACH), opening)
    return any(t.lemma[k].lower() in _NAMING or t.lower[k] in _NAMING for k in before)
