"""Reported clauses that are only the rest of a relative clause, whose antecedent lies outside
what the cue reports (blind audit, round 108x):

* "the kind of tone he said he was going to set early on": "said" sits in a relative clause on
  "tone", and "he was going to set early on" lacks its object, the tone;
* "Trump was placed on the short list because of the “impact,” Jacobs said, that he's had on
  the news this year": the tag interrupts one sentence, and what follows it continues "impact".

Neither fragment is what was said; the claims whose subject the relative pronoun is ("a man who
said he'd never run a negative ad") and the clauses after a time ("the day he said the war was
over") stay."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft

_RELATIVE_SUBJECTS = frozenset({"who", "that", "which", "whom", "whose"})
# "the day he said …", "the reason she said …": the antecedent is no part of the claim
_ADVERBIAL = frozenset({"time", "day", "moment", "year", "week", "month", "night", "morning",
                        "evening", "hour", "point", "reason", "way", "date", "weekend",
                        "afternoon", "era", "period", "occasion", "place"})  # fmt: skip


def relative_fragment(ctx: Context, draft: Draft) -> bool:
    """``draft`` reports only the remnant of a relative clause (see the module)."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None:
        return False
    return _gapped_relative(cue) or _continued_past_tag(ctx, draft, cue)


def _gapped_relative(cue: Token) -> bool:
    """The cue is a relative clause's verb, and its subject is no relative pronoun: the
    antecedent fills a gap inside the reported clause ("the tone he said he would set")."""
    if cue.dep_ != "relcl" or cue.head.lemma_.lower() in _ADVERBIAL:
        return False
    if any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "where", "why") for c in cue.children
    ):
        return False
    if any(_wh_inside(c) for c in cue.children if c.dep_ not in ("ccomp", "xcomp")):
        return False  # "the report in which the authorities reported that …"
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ in _RELATIVE_SUBJECTS for s in subjects):
        return False
    return not any(
        c.dep_ in ("dobj", "pobj") and c.lower_ in _RELATIVE_SUBJECTS for c in cue.children
    )


def _continued_past_tag(ctx: Context, draft: Draft, cue: Token) -> bool:
    """ "…, Jacobs said, that he's had …": a tag set between commas inside a clause it reports
    (a complement before it), then "that": the rest of the fronted clause, no new claim."""
    doc = ctx.doc
    if draft.span[0] <= cue.idx or cue.i + 2 >= len(doc):
        return False
    if doc[cue.i + 1].text != "," or doc[cue.i + 2].lower_ != "that":
        return False
    fronted = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if fronted is None or any(c.dep_ == "expl" or c.lower_ == "it" for c in fronted.children):
        return False  # "It is now clear, officials said, that …": an extraposed claim
    before = next(
        (t for t in reversed(doc[fronted.left_edge.i : fronted.right_edge.i + 1]) if t.is_alpha),
        None,
    )
    return before is not None and before.pos_ == "NOUN"  # "the “impact,” Jacobs said, that"


def _wh_inside(tok: Token) -> bool:
    """A relative word inside ``tok``'s phrase ("in which", "whose aides")."""
    return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in tok.subtree)


def without_cue_conjunct(ctx: Context, draft: Draft) -> None:
    """ "Martinelli complained that the narconovelas “exalt” drug runners and corrupt values,
    and alluded to the possibility of new laws": the parser read "exalt" as an adjective and made
    "alluded", the complainer's next act, the clause's verb (blind audit, round 108x: the
    allusion stored as what he complained). A past verb right after ", and" closing the clause's
    subject, in the cue's own tense, is the cue's conjunct: the content ends before it."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None or cue.tag_ != "VBD":
        return
    doc = ctx.doc
    for verb in (c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i + 2):
        if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        joint, comma = doc[verb.i - 1], doc[verb.i - 2]
        if subject is None or joint.lower_ != "and" or joint.head != subject or comma.text != ",":
            continue
        if draft.span[0] < comma.idx < draft.span[1]:
            draft.span = (draft.span[0], ctx.doc[comma.i - 1].idx + len(ctx.doc[comma.i - 1]))


_PLURAL_FORMS = frozenset({"have", "are", "were", "do"})


def with_agreeing_conjunct(ctx: Context, draft: Draft) -> None:
    """ "Rand Paul told Fox News that polls could be “way off,” and have been unreliable in past
    races": the parser hung "have been unreliable" on "told", but its plural verb agrees with
    the claim's subject, not the singular speaker: the claim goes on through it (blind audit,
    round 108x: cut at "way off")."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None or draft.span[0] <= cue.idx:
        return
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if speaker is None or speaker.tag_ not in ("NNP", "NN") or comp is None:
        return
    subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return
    for conj in (c for c in cue.children if c.dep_ == "conj" and c.i > comp.i):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        first = conj.left_edge
        if first.lower_ not in _PLURAL_FORMS or first.tag_ != "VBP":
            continue
        if draft.span[1] <= first.idx and ctx.para_at(first.idx) == ctx.para_at(draft.span[0]):
            last = conj.right_edge
            while last.is_punct and last.i > first.i:
                last = ctx.doc[last.i - 1]
            draft.span = (draft.span[0], last.idx + len(last))
            return


def with_present_conjunct(ctx: Context, draft: Draft) -> None:
    """ "Hannity says Mr. Gingrich is a very close friend and it's his business what favors he
    does for him, though …": the parser hung "it's his business …" on "says", but a present
    "it is" clause after "and", under a present cue whose claim is itself a present "is", goes
    on with the claim, not with the speaker's acts (blind audit, round 110: the second half
    dropped). The writer's "though …" after it stays out."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None or cue.tag_ != "VBZ" or draft.span[0] <= cue.idx:
        return
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if comp is None or comp.lemma_ != "be" or comp.tag_ != "VBZ":
        return
    for conj in (c for c in cue.children if c.dep_ == "conj" and c.i > comp.i):
        subject = next((c for c in conj.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ != "it" or conj.lemma_ != "be" or conj.tag_ != "VBZ":
            continue
        if ctx.doc[subject.i - 1].lower_ != "and" or draft.span[1] > subject.idx:
            continue
        if ctx.para_at(subject.idx) != ctx.para_at(draft.span[0]) or ctx.quoted[subject.i]:
            continue
        kept = [t for t in conj.subtree if not _writers(t, conj)]
        last = max(kept, key=lambda t: t.i)
        while last.is_punct and last.i > subject.i:
            last = ctx.doc[last.i - 1]
        draft.span = (draft.span[0], last.idx + len(last))
        return


_CONCESSIVE = frozenset({"though", "although", "while", "even", "but"})


def _writers(tok: Token, conj: Token) -> bool:
    """``tok`` stands in a concessive clause on ``conj`` ("though he left open …")."""
    for anc in [tok, *tok.ancestors]:
        if anc == conj:
            return False
        if anc.head == conj and anc.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in anc.children)
    return False
