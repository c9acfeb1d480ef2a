"""Partial quotations as arguments of their cue: the phrase a quoted fragment is part of
("described Trump as a “con artist”", "urged them to “vote your conscience”") reported as an
indirect statement, and whether it reports words or a stance."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.acts import called_on
from dyads.quotes.context import Context, Draft, Span, copy_attribution
from dyads.quotes.indirect import FREE_RELATIVES
from dyads.quotes.name_calling import quoted_name
from dyads.quotes.practices import label_given

# A partial quotation's phrase under its cue: which dependents are not what was said, and which
# later dependents continue it ("called them “liars” for years", "urged him to “act”").
_NOT_ARGUMENT = frozenset({"advmod", "cc", "punct", "nsubj", "nsubjpass", "aux", "neg"})
_ARGUMENT_TAIL = frozenset({"oprd", "xcomp", "ccomp", "prep", "advcl"})
# What makes a naming verb's object a statement: its predicate ("called it a “sham”", "described
# him as “reckless”").
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "prep:as", "attr", "acomp"})


def partial_arguments(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The phrase a partial quotation is part of, as the statement reported by its cue:
    'described Trump as a “con artist”', 'urged them to “vote your conscience”'."""
    covered = {d.cue for d in drafts if d.kind != "partial" and d.cue is not None}
    out: list[Draft] = []
    seen: set[Span] = set()
    for draft in drafts:
        cue = draft.cue_token
        if draft.kind != "partial" or cue is None:
            continue
        if _in_stance_object(ctx, draft, cue) or _judged_term(ctx, draft, cue):
            draft.stance = True
        if draft.cue in covered:
            continue
        found = argument_span(ctx, draft, cue)
        if found is None or found[0] in seen or _free_relative(ctx, found[0]):
            continue
        span, node = found
        seen.add(span)
        wide = Draft("indirect", span, paragraph=ctx.paragraph_of(span[0]))
        copy_attribution(wide, draft)
        wide.confidence = draft.confidence
        wide.stance = not _says_content(ctx, cue, node)
        inner = ctx.doc.char_span(*draft.span, alignment_mode="expand")
        if inner is not None and label_given(ctx, cue, inner.root):
            wide.stance = True  # 'called protestors “illegals”': the label's phrase (round 88)
        wide.stance = wide.stance or quoted_name(ctx, cue)  # 'called X a “…”' (round 105)
        # a quoted thing a directive verb offers or promises is no instruction to anyone:
        # 'offering “a deep and sincere apology”' (blind audit, round 33: judged no quotation);
        # it goes with the stance record (an accusation's quoted words stay: the seed's gold)
        lemma = cue.lemma_.lower()
        offered = draft.span[0] <= node.idx < draft.span[1]  # the quoted words are the object
        if wide.stance and offered and lemma in ctx.lex.directive and lemma not in ctx.lex.naming:
            draft.stance = True
        out.append(wide)
    return out


def _in_stance_object(ctx: Context, draft: Draft, cue: Token) -> bool:
    """The quoted words stand inside an evaluative cue's object that someone else owns:
    "rejected Trump's offer to make an “exception”" quotes Trump (blind audit, round 33), where
    "accusing Pashinyan of “destroying” relations" quotes the accuser (the seed's gold)."""
    if cue.lemma_.lower() not in ctx.lex.evaluative:
        return False
    inner = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    if inner is None:
        return False
    objects = [
        c for c in cue.children if c.dep_ == "dobj" and any(g.dep_ == "poss" for g in c.children)
    ]
    return any(o.left_edge.i <= inner.start and inner.end <= o.right_edge.i + 1 for o in objects)


def _judged_term(ctx: Context, draft: Draft, cue: Token) -> bool:
    """The quoted words are the whole object of an evaluative cue: "derided and insulted “the
    professional left”" judges a term, it reports no words (blind audit, round 69: judged no
    quotation); "called it “unjustified”" (naming) stays."""
    lemma, judging = cue.lemma_.lower(), ctx.lex.evaluative
    if lemma not in judging or lemma in ctx.lex.naming:
        return False
    s, e = draft.span  # "derided and insulted": both judge
    verbs = [cue, *(c for c in cue.children if c.dep_ == "conj" and c.lemma_ in judging)]
    return any(
        c.dep_ == "dobj" and s - 2 <= c.left_edge.idx and c.idx < e
        for verb in verbs
        for c in verb.children
    )


def _free_relative(ctx: Context, span: Span) -> bool:
    """ "condemned what he called a “brazen breach”": the quoted name is what was said."""
    return ctx.text[span[0] : span[1]].split(" ", 1)[0].lower() in FREE_RELATIVES


def _says_content(ctx: Context, cue: Token, node: Token) -> bool:
    """The argument ``node`` of ``cue`` is what was said: the object and predicate of a naming
    verb ("called it a “sham”") or the infinitive of a directive ("urged them to “act”"), not
    the object of a stance ("condemned the “drills”")."""
    if ctx.act(cue) != "speech":
        return False
    lemma = cue.lemma_.lower()
    deps = {_role(node)} | {_role(c) for c in cue.children if c.i > node.i}
    if node.dep_ == "dobj":
        # the parser may hang "as" on the object: "described Mexican immigrants as “criminals”"
        # (PolNeAR train, tune half)
        deps |= {_role(c) for c in node.children if _role(c) == "prep:as"}
    if lemma in ctx.lex.naming and node.dep_ == "xcomp" and not called_on(cue):
        return False  # "was called by the SVP to force …": convened, no words (round 79)
    if lemma in ctx.lex.naming and deps & _PREDICATE_DEPS:
        return True
    if lemma in ctx.lex.asserting_as and "prep:as" in deps:
        return True  # "dismissed the report as “fake news”": what was said of the object
    # "hailed by Uribe as one of the country's “most feared” tools": a stance (round 13)
    return lemma in ctx.lex.directive and "xcomp" in deps


def _role(tok: Token) -> str:
    return "prep:as" if tok.dep_ == "prep" and tok.lower_ == "as" else tok.dep_


def argument_span(ctx: Context, draft: Draft, cue: Token) -> tuple[Span, Token] | None:
    """The phrase under ``cue`` that holds the partial quotation ``draft``, and its head."""
    inner = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    if inner is None or not len(inner):
        return None
    node = inner.root
    while node.head != node and node.head != cue:
        node = node.head
    if node.head != cue or node.dep_ in _NOT_ARGUMENT:
        return None
    start, end = node.left_edge.i, node.right_edge.i
    for sib in cue.children:
        aside = sib.dep_ in ("advcl", "conj") and ctx.doc[sib.left_edge.i - 1].text == ","
        if sib.i > node.i and sib.dep_ in _ARGUMENT_TAIL and not ctx.is_cue(sib) and not aside:
            end = max(end, sib.right_edge.i)
        elif sib.i < node.i and sib.dep_ == "dobj":
            start = min(start, sib.left_edge.i)
    para = ctx.paras[draft.paragraph]
    doc = ctx.doc
    while start < end and (doc[start].idx < para[0] or doc[start].dep_ == "mark"):
        start += 1
    while end > start and doc[end].idx >= para[1]:
        end -= 1
    span = ctx.trim(doc[start].idx, doc[end].idx + len(doc[end]))
    if span is None or not (span[0] <= draft.span[0] and draft.span[1] <= span[1]):
        return None
    return (span, node) if span != draft.span else None
