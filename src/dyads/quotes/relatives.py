"""Names and relative clauses that belong to what was said, though a comma sets them off: the
name a source goes by ("a source of aid, known as “challenge grants,” that will complement
…"), and a relative clause the parser made a second reported clause ("that will complement …")
(blind audit, round 98: each cut off as the writer's, half of what was said lost)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from dyads.quotes.context import Context, Span
from dyads.quotes.lexicon import cue_lexicon

_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "'ll", "’ll"})
_RELATIVES = frozenset({"which", "that"})


def said_with_it(clause: Token) -> bool:
    """``clause``, set off after a reported clause, is still the speaker's:
    a naming participle ("known as …"). A modal relative stays the writer's: "would “take a
    look” at such legislation, which would give law enforcement more time …" describes the
    bill (PolNeAR train, tune half: 2 of 3 such relatives the writer's)."""
    if clause.dep_ == "acl" and clause.tag_ == "VBN":
        return clause.lemma_.lower() in cue_lexicon().naming_participles and _as_name(clause)
    return _of_new_thing(clause)


_FUTURE = frozenset({"will", "would", "'ll", "’ll"})
_INDEFINITE = frozenset({"a", "an"})


def _of_new_thing(clause: Token) -> bool:
    """A present "which" relative on what the reported clause says will be made: "said
    authorities will also create a special unit to attend to victims, which includes a 24-hour
    hotline" (blind audit, round 104: cut off as the writer's). What is yet to be made only the
    speaker can describe; a thing that is there already the writer can ("such legislation,
    which would give …")."""
    if clause.dep_ != "relcl" or clause.tag_ not in ("VBZ", "VBP") or _modal(clause):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in clause.children):
        return False
    tok = clause.head
    while tok.dep_ in _WITHIN_OBJECT and tok.head is not tok:
        tok = tok.head
    new = any(
        c.dep_ == "dobj" and any(d.lower_ in _INDEFINITE for d in c.children) for c in tok.children
    )
    return new and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children)


# how a noun hangs inside the object it describes, up to the reported clause's verb ("create a
# unit to attend to victims", "set up a new agency to track outbreaks")
_WITHIN_OBJECT = frozenset(
    {"dobj", "pobj", "prep", "relcl", "acl", "compound", "amod", "conj", "xcomp"}
)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _as_name(participle: Token) -> bool:
    """ "known as “challenge grants”", "dubbed “X”": the participle gives a name, quoted or
    after "as", not an event ("called off")."""
    for child in participle.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
        if child.dep_ in ("oprd", "attr", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def relative_sequel(cue: Token, comp: Token, end: int) -> int:
    """``end`` carried over a relative clause the parser made a second clause of the cue: "said
    the U.S. plans to create a source of aid, known as “challenge grants,” that will complement
    the $200 million …" reads "that will complement" as a report of its own."""
    doc = comp.doc
    for sib in cue.children:
        if sib.dep_ != "ccomp" or sib.i <= comp.i or not _modal(sib):
            continue
        subject = next((c for c in sib.children if c.dep_ == "nsubj" and c.i < sib.i), None)
        if subject is None or subject.tag_ != "WDT" or subject.lower_ not in _RELATIVES:
            continue
        between = doc[end : sib.left_edge.i]
        if len(between) <= 3 and all(t.is_punct or t.is_space for t in between):
            return sib.right_edge.i + 1
    return end


def relative_sequel_of(cue: Token, comp: Token) -> bool:
    """``comp`` is the relative clause :func:`relative_sequel` takes into an earlier clause."""
    subject = next((c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i), None)
    if subject is None or subject.tag_ != "WDT" or subject.lower_ not in _RELATIVES:
        return False
    return _modal(comp) and any(
        c.dep_ == "ccomp" and c.i < comp.i and relative_sequel(cue, c, c.right_edge.i + 1) > c.i
        and relative_sequel(cue, c, c.right_edge.i + 1) == comp.right_edge.i + 1
        for c in cue.children
    )  # fmt: skip


_PURPOSE = ("so that ", "so ", "in order ", "to ")
_CLOSING = set(" \t.!?")


def with_quoted_purpose(ctx: Context, span: Span) -> Span:
    """``span`` carried over the quoted purpose clause that closes its sentence right after it:
    "called on lawmakers … to support military involvement in internal security “so that
    Honduras may find peace and tranquility.”" (blind audit, round 98: the quoted half, hung
    by the parser on the writer's main verb, was left out)."""
    text = ctx.text
    at = span[1]
    while at < len(text) and text[at] in " \t":
        at += 1
    i = bisect_left(ctx.seg_starts, at)
    if i >= len(ctx.segs) or ctx.segs[i].open_mark != at or ctx.segs[i].close_mark is None:
        return span
    seg = ctx.segs[i]
    if not text[seg.start : seg.end].lower().startswith(_PURPOSE):
        return span
    line = text[seg.close_end : ctx.para_at(at)[1]].split("\n")[0]
    if not set(line) <= _CLOSING:
        return span  # the sentence goes on: no closing purpose
    return span[0], seg.close_end
