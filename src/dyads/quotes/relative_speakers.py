"""Speakers a relative clause gives: the named subject behind a free relative ("condemned what
he called ..."), the subject of a relative clause set off before a participle cue, and the name
a relative on a predicate noun speaks for (helpers of :mod:`dyads.quotes.speakers`)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["free_relative_owner", "predicated_of", "relative_before"]


def free_relative_owner(cue: Token, head: Token) -> Token | None:
    """ "Ban Ki-moon condemned what he called a “brazen breach”": the "he" of a free relative
    on the main verb is that verb's named subject (PolNeAR dev: the speaker given as "he")."""
    if head.lower_ not in ("he", "she") or cue.head == cue:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in cue.children):
        return None
    subject = next((c for c in cue.head.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def relative_before(cue: Token) -> Token | None:
    """ "…, a charge that Colorado Republican leaders strongly denied, noting that …": a
    participle right after a relative clause with a subject of its own is that subject's, not
    the main clause's (blind audit, round 76: given to the GOP front-runner)."""
    if cue.tag_ != "VBG" or cue.i < 2 or cue.doc[cue.i - 1].text != ",":
        return None
    last = cue.doc[cue.i - 2]
    for rel in (last, *last.ancestors):
        if rel.dep_ in ("relcl", "acl") and rel.right_edge.i == cue.i - 2 and _set_off(rel):
            own = next((c for c in rel.children if c.dep_ == "nsubj"), None)
            return own if own is not None and own.tag_ not in ("WP", "WDT") else None
    return None


def _set_off(rel: Token) -> bool:
    """The relative clause, or the noun it sums up the clause before with, is set off by a
    comma or dash: "…, a charge that …", "…, when Sanders protesters interrupted her speech,
    shouting …"; not a relative inside an object of the main clause ("accused Armenia of
    undermining the security alliance it shares with Moscow, saying …": new-user trial, round
    85, the speaker was "it")."""
    doc = rel.doc
    return any(
        start > 0 and doc[start - 1].text in (",", "—", "–", "--")
        for start in (rel.left_edge.i, rel.head.left_edge.i)
    )


def predicated_of(cue: Token, head: Token) -> Token | None:
    """ "Donald Trump … is a serial liar, rampant xenophobe … who has repeatedly pledged to ban
    all Muslims": a relative on a name's predicate noun speaks for the name (blind audit, round
    74: the speaker given as "rampant xenophobe"), also when the parser hung the relative on
    the sentence's head ("Editor's note: Donald Trump is a demagogue, … and birther who has
    often vowed …")."""
    if cue.dep_ != "relcl" or cue.head != head or head.ent_type_:
        return None
    node = _noun_before_who(cue) or head
    while node.dep_ in ("conj", "appos") and node.head != node:
        node = node.head  # "a serial liar, rampant xenophobe … who"
    verb = node.head
    if node.dep_ != "attr" or verb.lemma_ != "be":
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Trump incites violence and is a serial liar …"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.ent_type_ == "PERSON" else None


def _noun_before_who(cue: Token) -> Token | None:
    """The noun right before the relative's "who", when the parser hung the relative on another
    word: "who" takes up the person-noun it follows."""
    who = next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    if who is None or who.i == 0:
        return None
    noun = who.doc[who.i - 1]
    return noun if noun.pos_ == "NOUN" and noun != cue.head else None
