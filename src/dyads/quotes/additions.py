"""The writer's own words at the end of a reported clause, whatever pass found the clause: the
speaker's act narrated after the quoted words ("said she was “going to …,” while trying to
explain her plan"), the writer's inference ("…, supporting the theory that …"), a sentence's
own predicate after a dash aside ("-Mrs. Clinton said she would sign it-is a likely
flashpoint"), the other member of "between her claim that … and Comey's testimony", the
context of a proposal ("proposing to raise the quota while Bolivia receives millions"), and a
subordinate clause left without its verb ("…, when Mr. Buchanan") (blind audit, round 98: each
stored as what was said), the setting after ", amid" (round 103), and (round 105) another
source's report that dates the clause ("announced they were separated after the New York Post
revealed …"), the writer's name for the speaker's own means ("promised to put it into play with
his appeal to …") and the one the speaker told, hung on the clause's verb ("affirmed that he
likes Cruz to the radio talk show host")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.nlp import doc_tokens
from dyads.quotes.context import Context, Span
from dyads.quotes.syntax import has_mark

_NARRATING_MARKS = ("while", "when", "as", "after", "before")
_TIME_MARKS = frozenset({"after", "before", "when", "as", "since", "until", "once"})
_OWNERS = frozenset({"his", "her", "their", "its"})
_SUBORDINATORS = frozenset({"when", "where", "while", "because", "whereas"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_DASHES = frozenset({"-", "--", "—", "–"})


def without_writers_tail(ctx: Context, span: Span, cue: Token | None) -> Span:
    """``span`` cut before the writer's own words that close it (see the module's doc)."""
    doc = ctx.doc
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or len(toks) < 3:
        return span
    cut = len(doc)
    for tok in doc_tokens(doc)[toks.start + 1 : toks.end]:
        if ctx.quoted[tok.i]:
            continue
        if _narrated_act(ctx, tok) or _inference(ctx, tok) or _predicate_after_dash(tok, span[0]):
            cut = min(cut, tok.i)
            break
        if _closing(ctx, tok, toks.end) and (
            _another_report(ctx, tok) or _own_means(ctx, tok) or _addressee(ctx, tok, cue)
        ):
            cut = min(cut, tok.i)  # round 105
            break
        if tok.lower_ == "amid" and doc[tok.i - 1].text == "," and not _quoted_after(ctx, tok):
            # ", amid systematic overcrowding and frequent cases of corruption": the writer's
            # setting of the announcement (blind audit, round 103)
            cut = min(cut, tok.i)
            break
    if cue is not None:
        cut = min(cut, _between_pair(cue, toks.start, toks.end), _proposal_context(cue, toks.end))
    cut = min(cut, _dangling_clause(ctx, toks.start, min(cut, toks.end)))
    if cut >= toks.end or cut <= toks.start + 2:
        return span
    return ctx.trim(span[0], doc[cut].idx) or span


def _quoted_after(ctx: Context, tok: Token) -> bool:
    """Quoted words follow ``tok`` in its sentence: the speaker's own, not the writer's."""
    return any(ctx.quoted[t.i] for t in tok.doc[tok.i : tok.sent.end])


def _narrated_act(ctx: Context, mark: Token) -> bool:
    """ "while" opening a participle of the speaker's act ("while trying to explain her plan",
    ``narrating_participles`` in ``data/quote_cues.yaml``): what the speaker was doing, told
    by the writer."""
    verb = mark.head
    if mark.dep_ != "mark" or mark.lower_ not in _NARRATING_MARKS or verb.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    # "while testifying before the committee" is the reported event's own time (PolNeAR
    # train, tune half); "while trying to explain her plan", "while adding …" the speaker's act
    chain = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() in ctx.lex.narrating_participles for v in chain)


def _inference(ctx: Context, tok: Token) -> bool:
    """ ", supporting the theory that …", ", lending weight to the idea that …": a participle
    that draws the writer's conclusion from the report (``inference_participles`` and
    ``inferred_nouns`` in ``data/quote_cues.yaml``)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return False
    if tok.lemma_.lower() not in ctx.lex.inference_participles:
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].text not in (",", "—", "–", "--"):
        return False
    near = tok.doc[tok.i + 1 : min(tok.i + 7, tok.right_edge.i + 1)]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in ctx.lex.inferred_nouns for t in near)


def _predicate_after_dash(tok: Token, start: int) -> bool:
    """A dash glued or set before a finite verb with no subject of its own: the sentence's
    predicate resumes after an aside the report sat in ("…by Congress-is a likely
    flashpoint")."""
    if tok.text not in _DASHES or tok.i + 1 >= len(tok.doc):
        return False
    if any(t.text in _DASHES for t in tok.doc[tok.sent.start : tok.i] if t.idx >= start):
        return False  # "superdelegates -- party leaders -- are factored in": a closing dash
    verb = tok.doc[tok.i + 1]
    if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _between_pair(cue: Token, start: int, end: int) -> int:
    """ "inconsistencies between her claim that she “never sent …” on her server and Comey's
    testimony": the statement noun is the first of the pair "between" joins; the claim stops
    at the "and" before the second."""
    if cue.pos_ != "NOUN" or cue.dep_ != "pobj" or cue.head.lower_ != "between":
        return end
    doc = cue.doc
    for tok in reversed(doc[start:end]):
        if tok.lower_ == "and" and tok.dep_ == "cc":
            nxt = doc[tok.i + 1] if tok.i + 1 < end else None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "DET"):
                return tok.i
    return end


def _proposal_context(cue: Token, end: int) -> int:
    """ "proposing to increase the quota to 20,000 hectares while Bolivia receives millions in
    aid": a "while" clause with a named subject of its own on what is proposed is the
    writer's context, not part of the proposal."""
    for xcomp in (c for c in cue.children if c.dep_ == "xcomp"):
        for tok in xcomp.subtree:
            if tok.dep_ != "advcl" or not has_mark(tok, ("while", "whereas")) or tok.i >= end:
                continue
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ == "PROPN" and tok.tag_ in _FINITE:
                return tok.left_edge.i
    return end


def _dangling_clause(ctx: Context, start: int, end: int) -> int:
    """A content that ends on a subordinator and a noun phrase with no verb (", when Mr.
    Buchanan", cut where a relative clause inside began) ends before that comma."""
    doc = ctx.doc
    toks = doc_tokens(doc)
    last = end - 1
    while last > start and (toks[last].is_punct or toks[last].is_space):
        last -= 1
    comma = next((k for k in range(last, start, -1) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= last:
        return end
    tail = toks[comma + 1 : last + 1]
    if tail[0].lower_ not in _SUBORDINATORS or any(ctx.quoted[t.i] for t in tail):
        return end
    if any(t.pos_ in ("VERB", "AUX") for t in tail[1:]):
        return end
    if not any(t.pos_ in ("PROPN", "PRON") for t in tail[1:]):
        return end  # "…, while in office": a phrase, no clause cut short
    # the sentence goes on past the content: the cut fell inside the clause
    after = end
    while after < len(doc) and doc[after].is_space:
        after += 1
    return comma if after < len(doc) and doc[after].text == "," else end


def _closing(ctx: Context, tok: Token, end: int) -> bool:
    """The phrase ``tok`` opens runs to the end of the content (``end`` a token index)."""
    toks = doc_tokens(ctx.doc)
    last = end - 1
    while last > tok.i and (toks[last].is_punct or toks[last].is_space):
        last -= 1
    return (tok.head.i < tok.i and tok.right_edge.i >= last) or (
        tok.dep_ == "mark" and tok.head.right_edge.i >= last and tok.head.left_edge.i == tok.i
    )


def _another_report(ctx: Context, mark: Token) -> bool:
    """ "announced they were separated after the New York Post revealed Weiner had been …": a
    time clause whose verb reports what a named source said is the writer's dating of the
    announcement (a record of its own), not the speaker's words (notes of session 26)."""
    verb = mark.head
    if mark.dep_ != "mark" or mark.lower_ not in _TIME_MARKS or verb.dep_ != "advcl":
        return False
    if not ctx.is_cue(verb, belief=False, manner=False) or verb.tag_ not in _FINITE:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("PROPN", "NOUN")


def _own_means(ctx: Context, prep: Token) -> bool:
    """ "promised to put it into play with his appeal to blue collar … men": the speaker's own
    pitch named by the writer (``pitch_nouns`` in ``data/quote_cues.yaml``) is how the writer
    explains the promise, not part of it (notes of session 26)."""
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in ctx.lex.pitch_nouns:
        return False
    return any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in noun.children)


def _addressee(ctx: Context, prep: Token, cue: Token | None) -> bool:
    """ "Trump affirmed that he likes Cruz to the radio talk show host": the one the speaker
    spoke to (``audience_nouns`` in ``data/quote_cues.yaml``), hung by the parser on the
    reported clause's verb, belongs to the cue; not when that verb is itself one of saying
    ("said he would explain the plan to reporters") or the cue has its own addressee."""
    if cue is None or prep.lower_ != "to" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or ctx.is_cue(verb) or verb == cue:
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in ctx.lex.audience_nouns:
        return False
    return not any(c.dep_ in ("dative", "prep") and c.lower_ == "to" for c in cue.children)
