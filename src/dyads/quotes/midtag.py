"""An attribution set after the subject of what it reports: "Any “cleareyed” interpretation of
Mr. Kerry's actions, said Michael Kofman, an expert on Russia at the Wilson Center, would read
this as a public admission …" is Kofman's claim, whose subject comes before the tag. The parser
made the fronted phrase the cue's subject and the name the claim's (blind audit, round 98:
the speaker was "Any cleareyed interpretation", the content held Kofman's name)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft
from dyads.quotes.syntax import phrase_span

_SUBJECTS = ("nsubj", "nsubjpass")


def mid_tag(ctx: Context, draft: Draft) -> None:
    """Give ``draft`` the name after the cue as speaker, and as content the fronted subject
    and the predicate after the name's apposition, the tag between them its gap."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None or draft.gap is not None or cue.i < 2:
        return
    doc = ctx.doc
    fronted = next((c for c in cue.children if c.dep_ in _SUBJECTS and c.i < cue.i), None)
    if fronted is None or fronted.pos_ not in ("NOUN", "PRON") or doc[cue.i - 1].text != ",":
        return
    if fronted.right_edge.i not in (cue.i - 2, cue.i - 1):
        return
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if comp is None and cue.dep_ == "parataxis" and cue.head.i > cue.i:
        comp = cue.head  # "The real problem, said Maria Lopez, …, is that …"
    if comp is None:
        return
    name = next((c for c in comp.children if c.dep_ in _SUBJECTS and c.i < comp.i), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != cue.i + 1:
        return
    close = name.right_edge.i  # the comma that closes the apposition, if the parser hung it
    close = close if doc[close].text == "," else close + 1
    if close >= len(doc) or doc[close].text != "," or ctx.quoted[name.i]:
        return
    start = doc[fronted.left_edge.i].idx
    if draft.span[1] <= doc[close].idx:
        return
    draft.gap = (doc[cue.i - 1].idx, doc[close].idx + 1)
    draft.span = (start, draft.span[1])
    draft.speaker_head = name
    draft.speaker = phrase_span(name)


_INDEFINITE = frozenset({"a", "an", "one", "two", "three", "several", "some"})


def described_teller(cue: Token, head: Token) -> Token | None:
    """ "Clinton, a top aide said, “is very confident …”": the parser hangs the description
    between commas on the name as an apposition, but with no comma before the cue it is the
    cue's subject, and the name the subject of what is said (blind audit, round 104: the
    aide's words about Clinton given to Clinton)."""
    if head.dep_ != "nsubj" or head.head != cue or head.i > cue.i:
        return None
    for appos in head.children:
        if appos.dep_ != "appos" or appos.right_edge.i != cue.i - 1:
            continue
        if appos.left_edge.i < 1 or cue.doc[appos.left_edge.i - 1].text != ",":
            continue
        if appos.left_edge.lower_ in _INDEFINITE and appos.pos_ == "NOUN":
            return appos
    return None


_PRONOUNS = frozenset({"he", "she", "they"})


def own_aside_tag(ctx: Context, draft: Draft) -> None:
    """ "Mrs. Schlafly replied … that she was pleased Ms. Friedan had said that because, she
    said, the comment had made it plain …": a tag set off by commas inside the content, with a
    pronoun subject of its own, is the content's cue; the verb the parser gave it was another's
    (blind audit, round 108x: Schlafly's reply given to Friedan). A lead of marks only
    ("because,") goes; words before the tag stay, the tag their gap."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None or draft.gap is not None:
        return
    doc = ctx.doc
    span = doc.char_span(*draft.span, alignment_mode="expand")
    if span is None:
        return
    for tag in span:
        if tag.dep_ != "parataxis" or tag == cue or ctx.act(tag) != "speech" or ctx.quoted[tag.i]:
            continue
        who = next((c for c in tag.children if c.dep_ == "nsubj"), None)
        if who is None or who.lower_ not in _PRONOUNS or who.i != tag.i - 1:
            continue
        if doc[who.i - 1].text != "," or tag.i + 1 >= span.end or doc[tag.i + 1].text != ",":
            continue
        lead = [t for t in doc[span.start : who.i - 1] if not (t.is_punct or t.dep_ == "mark")]
        after = doc[tag.i + 2].idx
        if lead:
            draft.gap = (doc[who.i - 1].idx, after)
        else:
            draft.span = (after, draft.span[1])
        draft.cue, draft.cue_token = (tag.idx, tag.idx + len(tag)), tag
        draft.speaker_head, draft.speaker = who, phrase_span(who)
        draft.relative = None
        return
