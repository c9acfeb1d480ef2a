"""A second clause of the same report that the parser hung on the cue: "said the former top
diplomat couldn't recall the dinner, but he did remember telling Clinton …", "admitted that
they know extortion has increased, but that they are not sure …"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.context import Context, Span
from dyads.quotes.lists import with_list_tail

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
    if conj is None:
        conj = _after_participle(cue, last)
        if conj is None:
            return with_list_tail(ctx, cue, last, span)  # "…, the police and the BACRIM"
        if not _joined(doc[last.i + 1 : conj.left_edge.i]):
            return span
    elif not _joined(doc[last.i + 1 : conj.left_edge.i]) or not _continues(ctx, cue, conj):
        return span
    end = conj.right_edge
    while end.i > conj.i and (end.is_punct or end.is_space):
        end = doc[end.i - 1]
    para = ctx.para_at(cue.idx)
    if end.idx >= para[1] or any(
        ctx.quoted[t.i] and not t.is_quote for t in doc[last.i + 1 : conj.left_edge.i]
    ):
        return span
    # quoted words inside a second "that" clause are partial quotations of the same report:
    # '… and that the price has decreased “tremendously” since 2008' (blind audit, round 84)
    own = any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
    inside = doc[conj.left_edge.i : end.i + 1]
    if any(ctx.quoted[t.i] for t in inside) and (not own or ctx.quoted[conj.left_edge.i]):
        return span
    return ctx.trim(span[0], end.idx + len(end)) or span


_HE_SHE = frozenset({"he", "she"})


def _after_participle(cue: Token, last: Token) -> Token | None:
    """ "Police offer a different version of events, saying that Sebastian ordered Gomelo to
    hand over control …, and he refused": the parser hung the clause after the report on the
    main verb; its "he" cannot be the speaker, a plural, so it stands for someone the report
    names and goes on with it (blind audit, round 90: "and he refused" cut off). Only after a
    participle cue ("saying", "claiming") whose sentence's subject is plural."""
    main = cue.head
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or main.i > cue.i:
        return None
    conj = next((c for c in main.children if c.dep_ == "conj" and c.i > last.i), None)
    if conj is None or conj.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in conj.children if c.dep_ in _SUBJECTS), None)
    speaker = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _HE_SHE or subject.i < conj.left_edge.i:
        return None
    if speaker is None or speaker.tag_ not in ("NNS", "NNPS"):
        return None  # "The mayor gave a speech, saying …, and he left": "he" may be the mayor
    if any(c.dep_ in ("ccomp", "xcomp") for c in conj.children):
        return None  # "…, and he said …": an act of its own
    return conj


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


_CLOSING_MARKS = frozenset({"”", '"', "’", "'"})
_SMALL = frozenset({"the", "of", "and", "a", "an", "on", "in", "with", "for"})


def past_closing_mark(ctx: Context, span: Span) -> Span:
    """A reported clause that ends on a closing quotation mark, whose quoted words the parser
    split into sentences, run on over the writer's "and" clause that goes on with the report:
    'stated that the debate was a “more Rubio-style” and the candidate “did well, because it
    was a substantive debate. It was more uplifting” and Rubio was hurt by going “personally,
    just in the gutter” against Donald Trump' (blind audit, round 84: the third conjunct cut
    off). Only a clause with a subject of its own that is no speech act, in the paragraph; a
    closing "on Friday's “PBS NewsHour”" is where the words were said, not what."""
    doc, text = ctx.doc, ctx.text
    start, end = span
    closing = end
    while closing > start and text[closing - 1] in _CLOSING_MARKS:
        closing -= 1  # "''a good thing for him.''": two marks close it
    if closing == end or text[closing - 1] in ".!?":
        return span  # the quoted words end the writer's sentence
    after = doc.char_span(end, min(len(text), end + 30), alignment_mode="expand")
    if after is None or not len(after) or after[0].idx < end:
        return span
    joiner = after[0]
    if joiner.text not in _JOINERS or joiner.dep_ != "cc" or ctx.quoted[joiner.i]:
        return span
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    root = joiner.head
    if first is None or root.sent.start <= first[0].sent.start or root.idx < start:
        return span  # the parser made no sentence of the quoted words: the parse is whole
    conj = next((c for c in root.children if c.dep_ == "conj" and c.i > joiner.i), None)
    if conj is None or conj.pos_ not in ("VERB", "AUX") or ctx.is_cue(conj, belief=False):
        return span
    subject = next((c for c in conj.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ in _FIRST_SECOND or subject.i < joiner.i:
        return span
    last = _before_medium(ctx, conj, conj.right_edge.i)
    while last > conj.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    para = ctx.para_at(start)
    if doc[last].idx >= para[1]:
        return span
    return ctx.trim(start, doc[last].idx + len(doc[last])) or span


def _before_medium(ctx: Context, verb: Token, last: int) -> int:
    """``last`` brought back before a closing "on <medium>" in ``verb``'s clause: a show (a
    work's title) or a medium's name, which says where the words were said. The parser may
    split the phrase ("on Friday's" and "“PBS NewsHour”"), so it is read off the words."""
    doc = ctx.doc
    for on in reversed(doc[verb.i + 1 : last + 1]):
        if on.lower_ != "on" or on.dep_ != "prep" or ctx.quoted[on.i]:
            continue
        words = doc[on.i + 1 : last + 1]
        if any(t.pos_ in ("VERB", "AUX") and not ctx.quoted[t.i] for t in words):
            return last
        if any(t.ent_type_ == "WORK_OF_ART" or ctx.lex.is_media_name(t.text) for t in words):
            return on.i - 1
        titled = [t for t in words if ctx.quoted[t.i] and t.is_alpha]
        if titled and all(t.text[:1].isupper() or t.lower_ in _SMALL for t in titled):
            return on.i - 1  # 'on Sunday's “Meet the Press”': a show's title
        return last
    return last
