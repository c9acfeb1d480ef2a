"""A tag verb the parser hung on its own subject: "“…?” the presumptive nominee, Donald Trump,
tweeted Sunday" parsed with "tweeted" a modifier of "nominee" is the nominee's tweet, no
passive participle."""

from __future__ import annotations

from spacy.tokens import Token


def tag_hung_on_subject(cue: Token) -> bool:
    """A tag after a closing mark whose verb the parser hung on its own subject as a modifier,
    the subject made the root or a word of the quotation: "“…?” the presumptive nominee, Donald
    Trump, tweeted Sunday" (PolNeAR train, tune half: taken for a passive, the tweet was left
    without its speaker)."""
    noun = cue.head
    if cue.dep_ != "acl" or noun.i > cue.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if cue.lemma_.lower() == "ask":
        return False  # "the minister, asked about the deal": asked, not asking
    if noun.dep_ == "ROOT":
        return True
    doc = cue.doc
    return noun.head.i < noun.i and any(t.is_quote for t in doc[noun.head.i + 1 : noun.left_edge.i])
