"""The cue of a direct quotation with none beside it: in the quotation's own sentences, a
short tag sentence after it, a "He said:" before it, or a sentence that only responds
("Dianne Bystrom agreed. “…”")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.nlp import doc_tokens
from dyads.quotes.authors import author_of
from dyads.quotes.context import Context, Draft
from dyads.quotes.layouts import cue_after, cue_before, reports_its_own
from dyads.quotes.syntax import phrase_span

__all__ = ["frame_cue", "statement_frame"]

_FRAME_NEXT_MAX_TOKENS = 12
# verbs whose subject answers what was said before, and whose words then follow
_RESPONSES = frozenset({"agree", "disagree", "concur", "dissent", "demur", "reply", "respond",
                        "retort", "counter", "explain", "elaborate", "object"})  # fmt: skip
_RESPONSE_MAX_TOKENS = 15  # longer sentences say something of their own
_OWN_CONTENT = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp"})


def frame_cue(ctx: Context, index: int, first: int, last: int) -> Token | None:
    """A cue outside the marks in the quote's own sentences, else in an adjoining frame."""
    doc = ctx.doc
    para = ctx.paras[ctx.segs[index].paragraph]
    sent_start = doc[first].sent.start
    sent_end = doc[max(first, last - 1)].sent.end
    best: tuple[int, Token] | None = None
    for tok in doc_tokens(doc)[sent_start:sent_end]:
        if tok.idx < para[0] or tok.idx >= para[1]:
            continue
        if ctx.quoted[tok.i] or not ctx.is_cue(tok, manner=False):
            continue
        if tok.i > last and reports_its_own(ctx, tok, last):
            continue
        distance = first - tok.i if tok.i < first else tok.i - last
        if best is None or distance < best[0]:
            best = (distance, tok)
    before = cue_before(ctx, first)
    if before is not None:
        return before
    if best is not None:
        return best[1]
    # '“You winning?” she said, but …': a subject and cue right after the closing mark.
    after = cue_after(ctx, last, para)
    if after is not None:
        return after
    # "“…!” he said." split off as its own sentence by the parser.
    if sent_end < len(doc) and doc[sent_end].idx < para[1]:
        nxt = doc[sent_end].sent
        if len(nxt) <= _FRAME_NEXT_MAX_TOKENS and not ctx.quoted[nxt.start]:
            for tok in nxt:
                if (
                    not ctx.quoted[tok.i]
                    and ctx.is_cue(tok, belief=False, manner=False)
                    and not any(c.dep_ == "ccomp" for c in tok.children)
                    and not reports_its_own(ctx, tok, last)
                ):
                    return tok
    # "He said:" closing the previous sentence or paragraph.
    if first > 0:
        prev = doc[first - 1]
        while prev.i > 0 and prev.is_space:
            prev = doc[prev.i - 1]
        if prev.text == ":" and not ctx.quoted[prev.i]:
            for tok in reversed(list(prev.sent)):
                if not ctx.quoted[tok.i] and ctx.is_cue(tok):
                    return tok
        if prev.text in (".", "!") and not ctx.quoted[prev.i] and prev.idx >= para[0]:
            return _response(ctx, prev.sent)
    return None


def _response(ctx: Context, sent: Span) -> Token | None:
    """The verb of a short sentence whose subject only answers, right before the quotation:
    "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are …”" (PolNeAR
    train, tune half: the quotation had no speaker)."""
    root = sent.root
    if len(sent) > _RESPONSE_MAX_TOKENS or root.lemma_ not in _RESPONSES:
        return None
    if any(ctx.quoted[t.i] for t in sent) or any(c.dep_ in _OWN_CONTENT for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") else None


def statement_frame(ctx: Context, draft: Draft, first: int) -> bool:
    """A quotation in a sentence whose subject is a statement with its maker: "The Ministry of
    Defense statement published after his death was proud of the Armed Forces, “the permanent
    guarantor of national sovereignty …”" is the ministry's (blind audit, round 88: given to a
    man quoted in the sentence before). The statement noun is the cue."""
    root = ctx.doc[first].sent.root
    # the subject, or the sentence's root where the parser made the statement the head of all
    for noun in (root, *(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))):
        if ctx.quoted[noun.i] or noun.lemma_.lower() not in ctx.lex.statement_nouns:
            continue
        author = author_of(noun, ctx.lex.statement_nouns)
        if author is None or ctx.quoted[author.i] or author.pos_ not in ("PROPN", "NOUN"):
            continue
        draft.cue, draft.cue_token = (noun.idx, noun.idx + len(noun)), noun
        draft.speaker_head, draft.speaker = author, phrase_span(author)
        draft.confidence = 0.7
        return True
    return False
