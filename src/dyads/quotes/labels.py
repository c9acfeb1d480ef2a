"""Quoted labels and objects that report no statement (blind audit, round 111): the term a
free relative gives ("what he calls the “immoral” “lie” of the moment"), one quoted noun that
heads the cue's object and names a thing after it ("denouncing the “perversion” of corporate
tax avoidance"), and a cue's object run on into the subject's next deed ("has touted her
husband's economic record … and promised to put him in charge").

A name put on someone ("called him a “liar”", ``name_calling``) stays a quotation."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft

__all__ = ["label_only", "object_and_deed"]

_NAME_DEPS = frozenset({"oprd", "attr", "xcomp", "ccomp", "dobj", "acomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def label_only(ctx: Context, draft: Draft) -> bool:
    """``draft``, a partial quotation of one word, is a label: the name in "what he calls the
    “lie”" (or a quoted word on it), or the quoted head noun of the cue's object that an "of"
    phrase goes on to name ("denouncing the “perversion” of tax avoidance")."""
    cue = draft.cue_token
    if draft.kind != "partial" or cue is None:
        return False
    words = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    toks = [t for t in words or () if not t.is_punct]
    if len(toks) != 1:
        return False
    word = toks[0]
    noun = word.head if word.dep_ == "amod" else word
    if noun.head == cue and _what_called(ctx, cue) and noun.dep_ in _NAME_DEPS:
        return True  # "what he calls the “immoral” “lie” of …"
    if word is not noun or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head != cue:
        return False
    named = any(c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i for c in noun.children)
    return named and any(c.dep_ == "det" for c in noun.children)


def _what_called(ctx: Context, cue: Token) -> bool:
    """``cue`` is a naming verb whose object is the free relative "what"."""
    if cue.lemma_.lower() not in ctx.lex.naming:
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < cue.i for c in cue.children)


def object_and_deed(ctx: Context, draft: Draft) -> bool:
    """``draft``, an indirect quotation under a verb of stance ("touted", "praised"), opens
    with the cue's noun object and runs on into a verb with no subject of its own: "has touted
    her husband's record … and promised to put him in charge", the praise of a thing and
    another deed, no reported clause."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None:
        return False
    lemma = cue.lemma_.lower()
    if lemma not in ctx.lex.object_verbs or lemma in ctx.lex.naming:
        # "said their networks …, almost all men, were now …": a verb of saying's object is
        # the misparsed subject of what was said (round 83's guard)
        return False
    lo, hi = draft.span
    obj = next((c for c in cue.children if c.dep_ == "dobj" and lo <= c.idx < hi), None)
    if obj is None or obj.left_edge.idx > lo + 1:
        return False
    return any(
        c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX") and c.i > obj.i
        and lo <= c.idx < hi and not any(g.dep_ in _SUBJECTS for g in c.children)
        for c in cue.children
    )  # fmt: skip
