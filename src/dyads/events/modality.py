"""Negation, modality and hypotheticals around an event trigger, read off the dependency parse.

Owns one question: is the event a trigger signals asserted as having happened (or happening),
negated ("did not prevent", "no plans to", "is not considering"), only intended or offered
("plans to meet", "will send"), threatened ("threatened to strike"), or hypothetical ("would",
"may", "hopes", "if")? The words come from the ``modality`` section of the event lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from dyads.events.lexicon import Lexicon

__all__ = ["Mood", "assess", "forms", "reported_speech"]

Kind = Literal["asserted", "intent", "threat", "hypothetical"]

# Links along which the governing word's modality reaches the trigger: infinitival and gerund
# complements, clausal modifiers of nouns ("plans to pull out"), coordinated verbs sharing a
# subject, and prepositional complements ("accused of planning to").
_CHAIN = {"xcomp", "acl", "conj", "pcomp", "advcl", "dobj", "pobj", "prep", "acomp", "attr"}
_MAX_HOPS = 5


@dataclass(frozen=True, slots=True)
class Mood:
    negated: bool = False
    kind: Kind = "asserted"


def _negated_here(tok: Token, mod: Lexicon) -> bool:
    neg = mod.modality.negators
    for child in tok.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "det" and child.lower_ in neg:
            return True
        if child.dep_ == "advmod" and child.lower_ in ("never", "no"):
            return True
    return False


def _aux_kind(tok: Token, mod: Lexicon) -> Kind | None:
    for child in tok.children:
        if child.dep_ not in ("aux", "auxpass"):
            continue
        word = child.lower_
        if word in ("would", "'d") and _reported(tok, mod):
            return "intent"  # "said it would allow": the future of reported speech
        if word in mod.modality.hypothetical_aux:
            return "hypothetical"
        if word in mod.modality.future_aux:
            return "intent"
    return None


def reported_speech(tok: Token, mod: Lexicon) -> bool:
    """The clause is the content of a past speech verb ("Iraq said it would ...")."""
    return _reported(tok, mod)


def _reported(tok: Token, mod: Lexicon) -> bool:
    """The clause is the content of a past speech verb ("Iraq said it would ...")."""
    if tok.dep_ != "ccomp" or _conditional(tok, mod):
        return False
    head = tok.head
    return head.lemma_.lower() in mod.speech and head.tag_ in ("VBD", "VBN", "VBG")


def forms(tok: Token) -> set[str]:
    """The lemma and the surface form with a regular inflection stripped (the small model's
    lemmatizer sometimes errs: "hopes" -> "hop")."""
    word = tok.lower_
    out = {tok.lemma_.lower(), word}
    for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[: -len(suffix)] + repl)
    return out


def _governor_kind(tok: Token, mod: Lexicon) -> Kind | None:
    m = mod.modality
    words = forms(tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        if words & m.intent_nouns:
            return "intent"
        if words & m.hypothetical_nouns:
            return "hypothetical"
        return None
    if tok.lemma_.lower() == "be":
        # "is ready to", "is unwilling to": the predicate adjective carries the modality
        for child in tok.children:
            if child.dep_ in ("acomp", "attr"):
                return _governor_kind(child, mod)
        return None
    if words & m.threat_verbs:
        return "threat"
    if words & m.intent_verbs:
        return "intent"
    if words & m.hypothetical_verbs:
        return "hypothetical"
    return None


def _conditional(tok: Token, mod: Lexicon) -> bool:
    return any(
        child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether")
        for child in tok.children
    )


def _has_subject(tok: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in tok.children)


def assess(
    trigger: Token, lexicon: Lexicon, *, nominal: bool = False, presupposed: bool = False
) -> Mood:
    """The mood of the event signalled by ``trigger``.

    A nominal trigger with a possessor ("Azerbaijan's offensive") presupposes its event, so a
    negated verb governing it ("did not stop Azerbaijan's offensive") does not negate it; it
    still takes the modality of a light verb ("held no talks", "plans to launch an offensive").
    """
    negated = _negated_here(trigger, lexicon)
    kind: Kind = _aux_kind(trigger, lexicon) or "asserted"
    if _conditional(trigger, lexicon):
        kind = "hypothetical"
    presupposed = presupposed or (nominal and any(c.dep_ == "poss" for c in trigger.children))
    tok = trigger
    for _ in range(_MAX_HOPS):
        dep = tok.dep_
        head = tok.head
        if head is tok or dep not in _CHAIN:
            break
        if dep == "conj":
            if _has_subject(tok):
                break
            # "did not prevent or stop": the second verb shares the first one's auxiliaries.
            head_neg = _negated_here(head, lexicon)
            negated = negated or head_neg
            kind = kind if kind != "asserted" else (_aux_kind(head, lexicon) or kind)
            tok = head
            continue
        infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        if dep == "advcl" and not (_conditional(tok, lexicon) or tok.tag_ == "VBG" or infinitive):
            break
        if dep in ("dobj", "pobj", "prep") and presupposed:
            break
        if dep in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX") and not nominal:
            break  # a verb's own object clause is not governed by it
        if _conditional(tok, lexicon):
            kind = "hypothetical"
        gov_kind = _governor_kind(head, lexicon)
        if forms(head) & lexicon.modality.negating_verbs and dep in ("xcomp", "dobj"):
            negated = True
        if _negated_here(head, lexicon):
            negated = True
        if gov_kind is not None and kind == "asserted":
            kind = gov_kind
        aux = _aux_kind(head, lexicon)
        if aux is not None and (kind == "asserted" or (kind, aux) == ("intent", "hypothetical")):
            kind = aux  # "must be ready to mediate": an obligation, not an offer
        tok = head
    return Mood(negated=negated, kind=kind)
