"""More of where a reported clause stops (see :mod:`dyads.quotes.endings`): a nested report
of another speaker's that closes it is cut off, a possessive mark the parser read as a closing
quotation mark is passed, and a reason the parser hung on the cue right after the clause is
taken in ("charged that Mrs. Clinton “hid” the documents because they appeared to contradict
her pledge": blind audit, round 85, the reason cut off)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Span

__all__ = [
    "before_main_clause",
    "before_nested_report",
    "in_fronted_report",
    "only_quoted",
    "past_possessive_mark",
    "with_reason",
    "within_dashes",
    "without_occasion",
]


_LABELS = frozenset({"oprd", "dobj", "xcomp", "attr"})  # the label a relative naming verb gives


def before_nested_report(ctx: Context, comp: Token, end: int) -> int:
    """ "said it will turn over … emails … that the State Department said it then will review":
    a relative clause closing the content with a report of another speaker's is the writer's
    link, not the first speaker's words (blind audit, round 74). Not in a clause before its
    cue: "… drills in which the president announced plans to …, El Nuevo Herald reported" is
    all the paper's report (blind audit, round 95: cut at "in which")."""
    if comp.i < comp.head.i:
        return end
    for tok in comp.subtree:
        # a "that" clause on a verb that already has its object is a relative the parser misread
        misread = (
            tok.dep_ == "ccomp"
            and any(c.dep_ == "dobj" for c in tok.head.children)
            and not ctx.is_cue(tok.head)
            and tok.head.lemma_.lower() not in ctx.lex.tell_like
        )
        if not (tok.dep_ == "relcl" or misread) or tok.right_edge.i + 1 < end:
            continue
        if ctx.quoted[tok.i] or tok.i == comp.i or tok.i >= end:
            continue
        told = tok.head.head if tok.dep_ == "relcl" and tok.head.dep_ == "dobj" else None
        if told is not None and (told.lemma_.lower() in ctx.lex.tell_like or ctx.is_cue(told)):
            continue  # "convinced the rebels that the government said …": whom, then what
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in ("WP", "WDT") or not ctx.is_cue(tok, belief=False):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            continue  # "during which time other parties can challenge her registration": no
            # report made, what may be done (blind audit, round 85)
        if tok.lemma_.lower() in ctx.lex.naming and any(c.dep_ in _LABELS for c in tok.children):
            continue  # "orders to execute those they dubbed criminals": a label inside what was
            # said, no report of its own (blind audit, round 95: cut at "those")
        cut = tok.left_edge.i
        while cut > comp.i + 1 and ctx.doc[cut - 1].is_punct:
            cut -= 1
        return min(end, cut)
    return end


def past_possessive_mark(comp: Token, end: int) -> int:
    """ "belongs to Chief Justice Roberts’ 2012 opinion in the Obamacare case": the parser reads
    a curly possessive mark as a closing quotation mark and hangs the rest on the cue (blind
    audit, round 74: the content ended at "Roberts")."""
    doc = comp.doc
    if end + 1 >= len(doc) or doc[end].text not in ("’", "'") or doc[end - 1].whitespace_:
        return end
    if not doc[end - 1].lower_.endswith("s") or doc[end + 1].is_punct:
        return end
    tok = doc[end + 1]
    while tok.head.i > end and tok.head != tok:
        tok = tok.head
    return max(end, tok.right_edge.i + 1)


def with_reason(ctx: Context, comp: Token, end: int) -> int:
    """``end`` carried over a "because" clause the parser hung on the cue when it follows the
    reported clause with no comma between: the reason is part of the claim ("charged that
    Mrs. Clinton “hid” the documents from the public because they appeared to contradict …").
    After a comma the reason may be the speaker's for speaking, and stays out."""
    doc = ctx.doc
    if end >= len(doc) or end <= comp.i or comp.head.i > comp.i:
        return end
    reason = next(
        (c for c in comp.head.children
         if c.dep_ == "advcl" and c.i > comp.i and c.left_edge.i == end
         and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)),
        None,
    )  # fmt: skip
    if reason is None or ctx.quoted[end]:
        return end
    last = reason.right_edge.i
    while last > reason.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last + 1


# what opens a fronted adverbial clause: "When Francis said …, the pope …"
_OPENERS = frozenset(
    {"when", "as", "after", "before", "while", "if", "since", "because", "although", "though",
     "once", "until", "whenever"}
)  # fmt: skip
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def before_main_clause(ctx: Context, comp: Token, end: int) -> int:
    """ "When Francis said Mr. Trump ''is not Christian'' in answering …, the Latin American pope
    not only served up red meat …": a cue in a fronted adverbial clause reports no further than
    that clause; the comma before the sentence's own subject and verb closes it, however the
    parser hung the main clause (blind audit, round 104: the content ran on into the writer's
    sentence and a headline)."""
    cue, doc = comp.head, ctx.doc
    opener = doc[cue.sent.start]
    if comp.i < cue.i or opener.lower_ not in _OPENERS or opener.head != cue:
        return end
    for tok in doc[comp.left_edge.i + 1 : end]:  # "the plan would cut crime, the …" may be
        # parsed as a ccomp of the main clause's verb, under the cue
        if tok.text != "," or ctx.quoted[tok.i] or tok.i + 1 >= end:
            continue
        verb = next(
            (v for v in doc[tok.i + 1 : end] if v.tag_ in _FINITE and v.pos_ in ("VERB", "AUX")
             and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == tok.i + 1
                     for c in v.children)),
            None,
        )  # fmt: skip
        if verb is not None:
            return tok.i
    return end


_OCCASION_PREPS = frozenset({"in", "during"})


def without_occasion(ctx: Context, comp: Token, end: int) -> int:
    """``end`` brought back before an "in"/"during" phrase on the reported verb that names the
    occasion of saying and closes the clause after a quotation: "said Mr. Trump ''is not
    Christian'' in answering a reporter's question on his return flight" (blind audit, round
    104: the occasion kept in the pope's words); a time after it goes with it."""
    doc = ctx.doc
    for prep in comp.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS or prep.i < comp.i:
            continue
        if ctx.quoted[prep.i] or not any(ctx.quoted[i] for i in range(comp.i, prep.i)):
            continue
        head = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if head is None or head.lemma_.lower() not in ctx.lex.saying_occasions:
            continue
        after = [t for t in doc[prep.right_edge.i + 1 : end] if not t.is_punct]
        if all(_a_time(t) for t in after):
            cut = prep.i
            while cut > comp.i + 1 and doc[cut - 1].is_punct and not ctx.quoted[cut - 1]:
                cut -= 1
            return min(end, cut)
    return end


def _a_time(tok: Token) -> bool:
    """A word of a time: "last week", "on Monday"."""
    times = ("DATE", "TIME")
    return tok.ent_type_ in times or (
        tok.pos_ == "ADP" and any(c.ent_type_ in times for c in tok.children)
    )


def in_fronted_report(ctx: Context, cue: Token, comp: Token) -> bool:
    """ "When the minister said the plan would cut crime, the opposition laughed": a clause
    before ``cue`` that the fronted clause's own cue reports, which the parser hung on the main
    verb, is not the main verb's (blind audit, round 104)."""
    opener = ctx.doc[cue.sent.start]
    other = opener.head
    if comp.i > cue.i or opener.lower_ not in _OPENERS or other == cue:
        return False
    return other.i < comp.left_edge.i and ctx.is_cue(other)


_DASHES = frozenset({"-", "--", "—", "–"})


def within_dashes(ctx: Context, span: Span, cue: Token | None) -> Span:
    """A report told before its tag inside a dash aside starts after the opening dash: in "…
    are responding, painting Mr. Trump as a sympathizer of white supremacists - ''If Trump
    wins, they could be running the country,'' one Clinton ad declared - or denouncing him …"
    the ad's words are the quoted ones (blind audit, round 104: the writer's narration before
    the dash kept)."""
    if cue is None or span[1] > cue.idx:
        return span
    doc, sent = ctx.doc, cue.sent
    closing = next(
        (t for t in doc[cue.i + 1 : sent.end] if t.text in _DASHES and not ctx.quoted[t.i]), None
    )
    if closing is None:
        return span
    opening = next(
        (t for t in reversed(doc[sent.start : cue.i])
         if t.text in _DASHES and not ctx.quoted[t.i] and t.idx >= span[0]),
        None,
    )  # fmt: skip
    if opening is None or opening.idx <= span[0] or opening.i + 1 >= cue.i:
        return span
    return ctx.trim(doc[opening.i + 1].idx, span[1]) or span


def only_quoted(ctx: Context, span: Span) -> bool:
    """Every word of ``span`` stands inside quotation marks: a direct quotation, which is a
    record of its own, not an indirect one (''If Trump wins …,'' one ad declared)."""
    words = ctx.doc.char_span(*span, alignment_mode="expand")
    return words is not None and all(ctx.quoted[t.i] or t.is_punct for t in words)
