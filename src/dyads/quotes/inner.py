"""A report of someone else's report: "the Statistics Section of the Judiciary reported making
1,100 complaints …, reported La Nacion" (blind audit, round 90: the inner frame stored as the
outlet's words)."""

from __future__ import annotations

from dyads.quotes.context import Context, Draft

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reports_a_report(ctx: Context, draft: Draft) -> bool:
    """A reported clause given before its cue ("…, reported La Nacion") whose own main verb is
    a speech act with its subject inside the clause and a clause of its own to report: the
    outlet tells of what someone else said, a stance record in PolNeAR's sense (as "According
    to X, …, reported La Nacion"), not the outlet's words; the inner report, where one is
    found, is the quotation."""
    cue = draft.cue_token
    if draft.kind != "indirect" or draft.stance or cue is None or draft.span[1] > cue.idx:
        return False
    start, end = draft.span
    comp = next(
        (c for c in cue.children if c.dep_ == "ccomp" and start <= c.idx < end and c.i < cue.i),
        None,
    )
    if comp is None or ctx.quoted[comp.i] or not ctx.is_cue(comp, belief=False, manner=False):
        return False
    if comp.lemma_.lower() in ctx.lex.directive:
        return False  # "Trump was urging a government to spy, critics said": the critics' claim
    # what the inner act reports is a clause ("said that …", "reported making …"); "announced
    # the launch of a plan, reported Panorama" tells of an act, the outlet's report (round 74)
    content = any(
        c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in comp.children
    )
    subject = next((c for c in comp.children if c.dep_ in _SUBJECTS), None)
    return content and subject is not None and start <= subject.idx and subject.pos_ != "PRON"
