"""Event nouns and verbs used as figures of speech: no force is used ("a trade war with China",
"held his fire on Ben Carson")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.lexicon import Lexicon

__all__ = ["figurative", "figurative_deed"]


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


def figurative_deed(lex: Lexicon, verb: Token, code: str) -> bool:
    """A verb's deed told as a figure of speech: force on a thing online ("hijacked The
    Associated Press' Twitter account": ``modality.virtual_objects``), or a push to be better at
    a role, no demand ("has pushed the former secretary of state to be a 'stronger' candidate":
    ``modality.shaping_verbs`` with "to be"/"to become" and a predicate noun or adjective).
    Blind audit, round 111."""
    m = lex.modality
    if code[:2] in ("18", "19", "20"):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lower_ in m.virtual_objects for o in objects):
            return True
    if verb.lemma_.lower() not in m.shaping_verbs:
        return False
    return any(
        comp.dep_ in ("xcomp", "advcl")  # the parser reads "to be" either way
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
        and comp.lemma_.lower() in ("be", "become")
        and any(c.dep_ in ("attr", "acomp") for c in comp.children)
        for comp in verb.children
    )
