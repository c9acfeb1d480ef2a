"""A report of someone else's report: "the Statistics Section of the Judiciary reported making
1,100 complaints …, reported La Nacion" (blind audit, round 90: the inner frame stored as the
outlet's words)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reports_a_report(ctx: Context, draft: Draft) -> bool:
    """A reported clause given before its cue ("…, reported La Nacion") whose own main verb is
    a speech act with its subject inside the clause and a clause of its own to report: the
    outlet tells of what someone else said, a stance record in PolNeAR's sense (as "According
    to X, …, reported La Nacion"), not the outlet's words; the inner report, where one is
    found, is the quotation. So is "As InSight Crime reported, Cotto told local media that …"
    (blind audit, round 95: Cotto's frame stored as the outlet's words, his claim lost)."""
    cue = draft.cue_token
    if draft.kind != "indirect" or draft.stance or cue is None:
        return False
    start, end = draft.span
    comp = _framed(cue, draft)
    if comp is None and end <= cue.idx:
        comp = next(
            (c for c in cue.children if c.dep_ == "ccomp" and start <= c.idx < end and c.i < cue.i),
            None,
        )
    if comp is None or ctx.quoted[comp.i] or not ctx.is_cue(comp, belief=False, manner=False):
        return False
    told = any(c.dep_ == "ccomp" for c in comp.children)  # "told local media that …"
    if comp.lemma_.lower() in ctx.lex.directive and not told:
        return False  # "Trump was urging a government to spy, critics said": the critics' claim
    # what the inner act reports is a clause ("said that …", "reported making …"); "announced
    # the launch of a plan, reported Panorama" tells of an act, the outlet's report (round 74)
    content = any(
        c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in comp.children
    )
    # or its own quoted words, which an outlet reports: 'X criticized the situation as a
    # waste of “…,” reports Eju' (once such a clause was read at all: blind audit, round 101);
    # 'Her friends have mocked the campaign, calling Trump “…,” Susan said' is Susan's (r61)
    quoted = any(ctx.quoted[t.i] for t in comp.subtree if t.i > comp.i)
    content = content or (quoted and cue.lemma_.lower() == "report")
    subject = next((c for c in comp.children if c.dep_ in _SUBJECTS), None)
    return content and subject is not None and start <= subject.idx and subject.pos_ != "PRON"


def _framed(cue: Token, draft: Draft) -> Token | None:
    """The main verb an "As X reported," clause frames, when it stands in the draft's content."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    head = cue.head
    return head if draft.span[0] <= head.idx < draft.span[1] else None
