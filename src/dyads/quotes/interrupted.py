"""A clause the parser broke at a participle set off by commas: "the first few days after Adam
Lanza, wearing earplugs and carrying a Bushmaster semiautomatic, entered Sandy Hook" reads
"entered" as a second verb of the sentence, and the content stopped at "Lanza" (blind audit,
round 92: the clause garbled)."""

from __future__ import annotations

from spacy.tokens import Token

_PARTICIPLES = frozenset({"VBG", "VBN"})


def after_participle_aside(verb: Token) -> bool:
    """``verb`` is a subjectless conjunct joined by a comma alone, right after a participle
    clause set off by commas that follows a noun: that noun is ``verb``'s subject and the
    participle an aside about it, so the clause goes on."""
    doc = verb.doc
    first = verb.left_edge.i
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or first < 2 or doc[first - 1].text != ",":
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children):
        return False
    for aside in doc[verb.sent.start : first - 1]:
        if aside.tag_ not in _PARTICIPLES or aside.dep_ not in ("advcl", "acl"):
            continue
        start = aside.left_edge.i
        if aside.right_edge.i != first - 2 or start < 2 or doc[start - 1].text != ",":
            continue
        if doc[start - 2].pos_ in ("NOUN", "PROPN"):
            return True
    return False


def resumed_end(comp: Token, end: int) -> int:
    """``end`` carried past the verb the clause goes on with after such an aside."""
    doc = comp.doc
    if end + 1 >= len(doc) or doc[end].text != "," or not after_participle_aside(doc[end + 1]):
        return end
    return doc[end + 1].right_edge.i + 1


_DASHES = frozenset({"—", "–", "--"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def past_dash_aside(comp: Token, end: int) -> int:
    """``end`` carried over a noun phrase set off by dashes when the clause goes on after it:
    "pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering
    the U.S." (blind audit, round 107: the parser hung "from entering the U.S." outside the
    clause and the content stopped at "Muslims"). Only an aside with no finite verb, then a
    lower-case preposition or particle the parser hung outside the clause."""
    doc = comp.doc
    sent_end = comp.sent.end
    if end >= sent_end or doc[end].text not in _DASHES:
        return end
    close = next((t.i for t in doc[end + 1 : sent_end] if t.text in _DASHES), None)
    if close is None or close + 1 >= sent_end or close - end < 2:
        return end
    if any(t.tag_ in _FINITE or t.is_quote for t in doc[end + 1 : close]):
        return end
    after = doc[close + 1]
    if after.tag_ not in ("IN", "RP", "TO") or not after.is_lower or comp.is_ancestor(after):
        return end
    return max(end, after.right_edge.i + 1)
