"""Event nouns and verbs used as figures of speech: no force is used ("a trade war with China",
"held his fire on Ben Carson")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.lexicon import Lexicon

__all__ = ["figurative"]


def figurative(lex: Lexicon, noun: Token, code: str) -> bool:
    """A force noun (roots 18-20) qualified as a figure of speech: "his political battles with
    Congress", "a trade war with China", "the court battle" use no force (blind audit, round
    79: 190 both ways). Words: ``modality.figurative_modifiers``."""
    words = lex.modality.figurative_modifiers
    if code[:2] not in ("18", "19", "20"):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HELD and noun.lemma_.lower() == "fire":
        return True  # "held his fire on Ben Carson": no attack (round 88 review: coded 111)
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in words for c in noun.children
    )


_HELD = frozenset({"hold", "withhold", "cease"})
