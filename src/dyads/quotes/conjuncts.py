"""A second clause of the same report that the parser hung on the cue: "said the former top
diplomat couldn't recall the dinner, but he did remember telling Clinton …", "admitted that
they know extortion has increased, but that they are not sure …"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.context import Context, Span

_JOINERS = frozenset({"and", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# the writer and the reader: "…, but we could not confirm it" is no one's report but the article's
_FIRST_SECOND = frozenset({"i", "we", "you"})
_PAST_AUX = frozenset({"did", "had", "was", "were", "could", "would", "might", "should"})


def with_shared_conjunct(ctx: Context, cue: Token, comp: Token, span: Span) -> Span:
    """``span`` run on over a clause conjoined to the cue that goes on with what ``comp``
    reports (blind audit, round 83: "said …, but he did remember …", "…, but that they are not
    sure …", "…, and thus he could not rule out …" were cut at the first conjunct). Another
    speech act, a clause without a subject of its own (the speaker's next act) and the writer's
    narration ("said he would win, but he lost") are not run on over."""
    doc = ctx.doc
    last = comp.right_edge
    while last.i > comp.i and last.is_punct:
        last = doc[last.i - 1]
    if comp.i < cue.i or span[1] < last.idx + len(last):
        return span  # a clause before its cue, or one already cut short: not a whole report
    conj = next((c for c in cue.children if c.dep_ == "conj" and c.i > last.i), None)
    if conj is None or not _joined(doc[last.i + 1 : conj.left_edge.i]):
        return span
    if not _continues(ctx, cue, conj):
        return span
    end = conj.right_edge
    while end.i > conj.i and (end.is_punct or end.is_space):
        end = doc[end.i - 1]
    para = ctx.para_at(cue.idx)
    if end.idx >= para[1] or any(ctx.quoted[t.i] for t in doc[last.i + 1 : end.i + 1]):
        return span
    return ctx.trim(span[0], end.idx + len(end)) or span


def _joined(between: SpacySpan) -> bool:
    """Only a comma and "and"/"but" between the two clauses."""
    words = [t for t in between if not t.is_punct]
    return len(words) == 1 and words[0].lower_ in _JOINERS and words[0].dep_ == "cc"


def _continues(ctx: Context, cue: Token, conj: Token) -> bool:
    """The conjoined clause is more of the report: a "that" clause of its own, a conclusion
    ("and thus he could not …"), or what someone thought, felt or remembered, told in the
    report's tense, by a pronoun or a definite description ("he", "the senator")."""
    if conj.pos_ not in ("VERB", "AUX"):
        return False
    own = any(c.dep_ == "ccomp" for c in conj.children)
    sequel = conj.lemma_.lower() in ctx.lex.report_sequels
    if ctx.is_cue(conj, belief=False) and (own or not sequel):
        return False  # a second speech act has its own content; "he did recall meeting X" no
    subject = next((c for c in conj.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ in _FIRST_SECOND:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" and c.i < subject.i for c in conj.children):
        return True
    lex = ctx.lex
    if any(c.dep_ == "advmod" and c.lower_ in lex.inference_adverbs for c in conj.children):
        return True
    if not sequel:
        return False
    definite = subject.tag_ == "PRP" or (
        subject.tag_ in ("NN", "NNS")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        and not any(c.dep_ in ("poss", "compound") for c in subject.children)
    )
    return definite and _same_tense(cue, conj)


def _same_tense(cue: Token, conj: Token) -> bool:
    """A past report goes on in the past ("said …, but he did remember"); a present one in the
    present."""
    auxes = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
    past = conj.tag_ == "VBD" or any(a.lower_ in _PAST_AUX for a in auxes)
    return past if cue.tag_ in ("VBD", "VBN") else not past
