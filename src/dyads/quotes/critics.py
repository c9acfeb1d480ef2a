"""Unnamed critics are no opposition party: "Critics said the image harked back to …" and
"Critics say the Gendarmerie has more to do with politics" were given to "American opposition"
(USAOPP) and "Mexican opposition" (MEXOPP), which the text does not support (blind audit, round
108x). Critics of a named side ("critics of the regime", "Clinton's critics", "opposition
critics") keep what the actors stage found."""

from __future__ import annotations

from spacy.tokens import Token

_CRITICS = frozenset({"critic", "detractor", "skeptic", "sceptic"})
# what names whose critics they are: "his critics", "critics of the regime", "GOP critics"
_NAMING = frozenset({"poss", "prep", "compound", "amod", "nmod", "appos", "acl", "relcl"})


def unnamed_critics(
    head: Token | None, actor: str | None, code: str | None
) -> tuple[str | None, str | None]:
    """``(actor, code)``, without the opposition label (coded or a bare sector label) the actors
    stage put on bare critics."""
    if head is None or head.lemma_.lower() not in _CRITICS or head.tag_ != "NNS":
        return actor, code
    if actor is None or "opposition" not in actor.lower():
        return actor, code
    if any(c.dep_ in _NAMING for c in head.children):
        return actor, code
    return None, None
