"""The shape of a reported clause: the writer's material fronted before it, and contents that
are no clause at all.

Blind audit, round 11 (quotations cut badly, 30 of 318): the writer's fronted adjunct was taken
into "…, according to X" ("Despite President Mujica's concerns regarding …, the fixed price is
comparable …"; "Boasting 108,000 residents …, Vigo County …"); a content was only a subject
with its relative clause ("Interior Minister Nestor Reverol, who was appointed …"), a relative
fragment ("in which agents bought ketamine …") or framing text ending on an opening quotation
mark ("Commenting on …, he added, “").
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan

from dyads.quotes.context import Context, Span

__all__ = ["malformed", "without_fronted"]

_OPENING_MARKS = ("“", '"', "‘", "'", "«")
_RELATIVE_OPENERS = {"which", "who", "whom", "whose", "where"}
# fronted adjuncts that are the writer's framing, not what the source said
_FRAMING_PREPS = {"despite", "amid", "given"}


def _tokens(ctx: Context, span: Span) -> TokenSpan | None:
    return ctx.doc.char_span(span[0], span[1], alignment_mode="expand")


def malformed(ctx: Context, span: Span) -> bool:
    """No clause: framing that ends on an opening mark, a relative fragment ("in which …",
    "which …"), or a noun phrase whose only verbs are in its relative clauses."""
    content = ctx.text[span[0] : span[1]].rstrip()
    if content.endswith(_OPENING_MARKS) and content.count("“") > content.count("”"):
        return True
    toks = _tokens(ctx, span)
    if toks is None or len(toks) == 0:
        return True
    words = [t.lower_ for t in toks[:2]]
    if words[0] in _RELATIVE_OPENERS or (len(words) == 2 and words[1] in _RELATIVE_OPENERS
                                         and toks[0].pos_ == "ADP"):  # fmt: skip
        return True
    inside = range(toks.start, toks.end)
    verbs = [
        t for t in toks
        if t.pos_ in ("VERB", "AUX")
        and not any(a.dep_ in ("relcl", "acl") and a.i in inside for a in [t, *t.ancestors])
    ]  # fmt: skip
    return not verbs


def without_fronted(ctx: Context, span: Span) -> Span:
    """``span`` without a fronted adjunct of the writer's, up to its comma: "Despite …, ",
    "Amid …, ", a participle "Boasting …, " before the clause's subject."""
    toks = _tokens(ctx, span)
    if toks is None or len(toks) < 4:
        return span
    root = toks.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > toks.start]
    if not subjects:
        return span
    first = min(s.left_edge.i for s in subjects)
    cut = None
    for child in root.children:
        if child.i >= first or child.left_edge.i != toks.start:
            continue
        framing = child.dep_ == "prep" and child.lower_ in _FRAMING_PREPS
        participle = child.dep_ == "advcl" and child.tag_ == "VBG" and child.i == toks.start
        if framing or participle:
            cut = child.right_edge.i + 1
    if cut is None or cut >= first:
        return span
    between = ctx.doc[cut:first]
    if not any(t.text == "," for t in between):
        return span
    return ctx.trim(ctx.doc[first].idx, span[1]) or span
