"""Attribution by "according to X": the cue, its speaker, and the side of the sentence that is
X's claim."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.nlp import doc_tokens
from dyads.quotes.around import around_source
from dyads.quotes.claim_side import claim_side
from dyads.quotes.clauses import MIN_INDIRECT_TOKENS
from dyads.quotes.context import Context, Draft, Span
from dyads.quotes.syntax import phrase_span


def according_in(ctx: Context, sent: SpacySpan) -> Token | None:
    """The "according" of an "according to" outside quotation marks in ``sent``."""
    toks = doc_tokens(ctx.doc)
    for tok in toks[sent.start : sent.end]:
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        to_follows = nxt is not None and nxt.lower_ == "to"
        if tok.lower_ == "according" and to_follows and not ctx.quoted[tok.i]:
            return tok
    return None


def attribute_according(ctx: Context, draft: Draft, according: Token) -> None:
    """Cue "according to", speaker its object."""
    to = ctx.doc[according.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in according.children if c.dep_ == "pobj"), None)
    cut = _opening_comma(ctx, according)
    if cut is not None and pobj is not None and pobj.i > cut:
        # the parser ran the claim into the phrase: the source is the head before the comma
        pobj = next(t for t in ctx.doc[to.i + 1 : cut] if not to.i < t.head.i < cut)
    draft.cue = (according.idx, to.idx + len(to))
    draft.cue_token = according
    reporter = _reporter_before(ctx, according)
    if reporter is not None:  # "Politico reported, according to sources in the meetings, …"
        pobj = reporter  # the outlet's report, its sources its own (blind audit, round 99)
    if pobj is not None:
        draft.speaker_head = pobj
        draft.speaker = phrase_span(pobj)
    draft.confidence = 0.8


def _reporter_before(ctx: Context, according: Token) -> Token | None:
    """The subject of a speech verb that the "according to" phrase follows after a comma, the
    verb's report running on past the phrase: "Politico reported, according to sources, …"."""
    doc = ctx.doc
    if according.i < 2 or doc[according.i - 1].text != ",":
        return None
    verb = doc[according.i - 2]
    if verb.lemma_.lower() not in ctx.lex.speech or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("ccomp", "dobj") and c.i < according.i for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def according_draft(ctx: Context, tok: Token, sent: SpacySpan) -> Draft | None:
    """The reported statement on the longer side of "according to X" in its sentence."""
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    phrase_start = tok.left_edge.i
    to = doc[tok.i + 1]
    phrase_end = max(tok.right_edge.i, to.right_edge.i) + 1
    cut = _opening_comma(ctx, tok)
    phrase_end = cut if cut is not None and cut < phrase_end else phrase_end
    phrase_end = _past_aside(ctx, tok, phrase_end)
    para = ctx.para_at(tok.idx)
    lo, hi = _inside_brackets(ctx, tok, max(sent.start_char, para[0]), min(sent.end_char, para[1]))
    left = ctx.trim(lo, doc[phrase_start].idx) if doc[phrase_start].idx > lo else None
    right_start = doc[phrase_end].idx if phrase_end < sent.end else hi
    right = ctx.trim(right_start, hi) if right_start < hi else None
    if right is not None:
        right = ctx.trim(right[0], right[1] - 1) if ctx.text[right[1] - 1] in ".!?" else right
    sides = [s for s in (left, right) if s is not None]
    if not sides:
        return None
    span = claim_side(ctx, tok, phrase_end, left, right) or max(sides, key=lambda s: s[1] - s[0])
    span = _before_another_report(ctx, span)
    span = _past_writers_opener(ctx, span)
    span = past_title(ctx, span)
    span = _within_relative(ctx, tok, span)
    if _ranked_by_writer(ctx, span):
        return None
    if len(ctx.text[span[0] : span[1]].split()) < MIN_INDIRECT_TOKENS:
        return None
    span, gap = around_source(ctx, left, right) or (span, None)
    draft = Draft("indirect", span, paragraph=ctx.paragraph_of(span[0]))
    draft.gap = gap
    # "According to GMA News, Salceda said …": Salceda's words; the outlet's is the report of
    # them, a stance record (PolNeAR counts it as the attribution)
    draft.stance = _report_inside(ctx, span)
    attribute_according(ctx, draft, tok)
    return draft


_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "at",
                    "by", "as", "vs"})  # fmt: skip
_QUOTES = '"“”'


def past_title(ctx: Context, span: Span) -> Span:
    """The claim after a quoted title the source's noun carries: 'According to a 2011
    International Crisis Group report, “Guatemala: Drug Trafficking and Violence,” poppy
    farmers …' starts at "poppy" (blind audit, round 92: the title stored as the claim's first
    words). The quoted stretch must open the span, be title-cased (two capitalised words, the
    small ones aside) and be followed by more words."""
    text = ctx.text
    start, end = span
    if text[start] == "”":  # the phrase took the title in, up to its closing mark
        rest = start + 1
        while rest < end and (text[rest].isspace() or text[rest] in ",;"):
            rest += 1
        return (rest, end) if len(text[rest:end].split()) >= MIN_INDIRECT_TOKENS else span
    if text[start] not in _QUOTES:
        return span
    close = next((i for i in range(start + 1, end) if text[i] in _QUOTES), None)
    if close is None:
        return span
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start + 1 : close])
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 2 or not all(w[0].isupper() for w in content):
        return span
    rest = close + 1
    while rest < end and (text[rest].isspace() or text[rest] in ",;"):
        rest += 1
    return (rest, end) if len(text[rest:end].split()) >= MIN_INDIRECT_TOKENS else span


def _inside_brackets(ctx: Context, tok: Token, lo: int, hi: int) -> Span:
    """``(lo, hi)`` narrowed to the brackets "according to" stands in: "… would be captured
    (he did transfer Sarabia, …, according to Proceso's account)" attributes the aside only
    (blind audit, round 64: the writer's main clause went to Proceso)."""
    text = ctx.text
    opened = text.rfind("(", lo, tok.idx)
    if opened < 0 or text.find(")", opened, tok.idx) >= 0:
        return lo, hi
    closed = text.find(")", tok.idx, hi)
    return opened + 1, closed if closed >= 0 else hi


def _opening_comma(ctx: Context, according: Token) -> int | None:
    """The comma closing a fronted "According to X," when the parser ran the claim's clause
    into X: the first comma after "to" followed by a finite verb before the next comma
    ("According to Rio's 33rd Police Precinct, Silva smuggled drugs from …": blind audit, round
    61, speaker "Rio's 33rd Police Precinct, Silva smuggled drugs"); "According to John Smith,
    a police spokesman, the …" keeps its apposition."""
    doc = ctx.doc
    if according.i != according.sent.start:
        return None
    end = max(according.right_edge.i, doc[according.i + 1].right_edge.i) + 1
    for comma in range(according.i + 3, min(end, len(doc))):
        if doc[comma].text != "," or comma + 1 >= len(doc) or doc[comma + 1].tag_ in _WH_TAGS:
            continue  # "…, where the bodies were found, …": a relative clause of the source
        for t in doc[comma + 1 : end]:
            if t.text == ",":
                break
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return comma
        else:
            if end < len(doc) and _subjectless_verb(doc[end]):
                return comma  # the claim's subject made X's apposition (see below)
    return None


def _subjectless_verb(verb: Token) -> bool:
    """ "According to Rep. Trey Gowdy, Congressional probing of the Benghazi scandal was …":
    the finite verb right after the phrase has no subject of its own, the parser having made
    the claim's subject X's apposition (blind audit, round 114: the claim lost its subject)."""
    return verb.tag_ in _FINITE and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    )


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _past_aside(ctx: Context, according: Token, end: int) -> int:
    """The end of a fronted "According to X" that an aside in brackets interrupts: "According
    to a Milenio interview (see video below) with former President Vicente Fox, the DEA is …"
    runs to the comma after "Fox" (blind audit, round 90: the aside and "with … Fox," stored as
    the claim's first words). Only when the phrase stops right at the bracket and no finite
    verb stands outside brackets before that comma."""
    doc = ctx.doc
    if according.i != according.sent.start or end >= len(doc) or doc[end].text != "(":
        return end
    depth = 0
    for t in doc[end : according.sent.end]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text == ",":
            return t.i
        elif depth == 0 and (t.tag_ in _FINITE or ctx.quoted[t.i]):
            return end
    return end


def _within_relative(ctx: Context, tok: Token, span: Span) -> Span:
    """ "The Bajo Cauca region, where, according to the UNODC, coca cultivation increased by 55
    percent, has long been …": the source's claim is the relative clause the phrase is in, not
    the writer's main clause after it (blind audit, round 79)."""
    verb = tok.head
    if verb.dep_ != "relcl" or span[0] < tok.idx:
        return span
    last = verb.right_edge
    return ctx.trim(span[0], min(span[1], last.idx + len(last)))


def _ranked_by_writer(ctx: Context, span: Span) -> bool:
    """ "Most prominent is Benjamin Arellano Felix, the cartel's former strategic head, who
    currently awaits trial in the U.S. …, according to media reports": the writer ranks and
    describes; the reports back only the relative clause that closes the sentence, no clause
    of their own (blind audit, round 98: the ranking stored as the reports' words). An
    inverted copula ("Most prominent is X") whose subject's relative clause ends the side."""
    words = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    fronted = [c for c in root.children if c.dep_ in ("acomp", "attr", "prep") and c.i < root.i]
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i > root.i), None)
    if root.lemma_ != "be" or not fronted or subject is None or subject.pos_ != "PROPN":
        return False
    return any(
        c.dep_ == "relcl" and c.right_edge.i >= words.end - 2
        for noun in (subject, *(a for a in subject.children if a.dep_ == "appos"))
        for c in noun.children
    )


def another_source(ctx: Context, draft: Draft) -> Span | None:
    """The relative clause inside a report that names its own source, as the report's gap:
    "… the arrest of Mayor Eudocio Perez, who according to La Estrella is also a high-ranking
    official of the PRD, as well as two police officers, La Prensa reported" (blind audit, round
    79: La Estrella's claim went to La Prensa). The gap runs from the relative pronoun to the
    comma that closes the clause."""
    cue = draft.cue_token
    if cue is None or cue.lower_ == "according" or draft.gap is not None:
        return None
    words = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    if words is None:
        return None
    for tok in doc_tokens(ctx.doc)[words.start : words.end]:
        if tok.lower_ != "according":
            continue
        verb = tok.head
        if verb.dep_ != "relcl" or ctx.quoted[tok.i]:
            continue
        first, last = verb.left_edge, _relative_end(verb)
        if first.i <= words.start or last.i >= words.end - 1:
            continue
        after = ctx.doc[last.i + 1]
        if after.text == ",":  # the comma that closes it goes with it: "Perez, as well as …"
            return (first.idx, ctx.doc[after.i + 1].idx)
        return (first.idx, last.idx + len(last))
    return None


# words after a comma that add to the phrase the relative clause hangs on, not to the clause:
# "Perez, who … is an official of the PRD, as well as the mayor's assistant"
_ADDING = frozenset({"as", "along", "and", "plus", "together"})


def _relative_end(verb: Token) -> Token:
    """The relative clause's last word, before a comma that goes on adding to its antecedent."""
    doc = verb.doc
    for tok in doc[verb.i : verb.right_edge.i]:
        if tok.text == "," and doc[tok.i + 1].lower_ in _ADDING:
            return doc[tok.i - 1]
    return verb.right_edge


def _before_another_report(ctx: Context, span: Span) -> Span:
    """The claim ends before a relative clause another speaker says: "…, more than 2,000 tons
    have been seized this year, which Dirandro head Julio Vela Utor said was double the amount
    seized in 2011" (blind audit, round 53: the head's figure went to the police directorate)."""
    words = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return span
    for tok in words[1:]:
        if tok.lower_ not in ("which", "who") or ctx.doc[tok.i - 1].text != ",":
            continue
        for verb in ctx.doc[tok.i + 1 : min(tok.i + 8, words.end)]:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > tok.i]
            if subjects and ctx.act(verb) == "speech":
                comma = ctx.doc[tok.i - 1]
                return ctx.trim(span[0], comma.idx)
    return span


def _report_inside(ctx: Context, span: Span) -> bool:
    """The side of "according to X" is itself a report with its own speaker and reported clause
    ("Salceda said the government would …"): its speaker said it (blind audit, round 28)."""
    words = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    deps = {c.dep_ for c in root.children if words.start <= c.i < words.end}
    return ctx.act(root) == "speech" and "nsubj" in deps and "ccomp" in deps


# "It is little surprise such traffickers would …, according to the US State Department": the
# writer's own verdict on what the source says (blind audit, round 76)
_WRITERS_OPENER = re.compile(
    r"(?:it(?:'s|’s| is| was)|(?:this|that) is) (?:little|no|small|hardly a|not a) "
    r"(?:surprise|wonder|coincidence)(?: that)?\s+"
    # "The fear, and perhaps the reality, is that …, according to Raul Mijango": the writer's
    # frame of the claim (blind audit, round 110)
    r"|the (?:fear|worry|concern|danger|risk|suspicion)(?:, [^,.]{1,40},)? (?:is|was) that\s+",
    re.IGNORECASE,
)


def _past_writers_opener(ctx: Context, span: Span) -> Span:
    found = _WRITERS_OPENER.match(ctx.text, span[0], span[1])
    if found is None:
        return span
    if _VERDICT.search(found.group()):
        return _source_reason(ctx, (found.end(), span[1]))
    return found.end(), span[1]


_VERDICT = re.compile(r"surprise|wonder|coincidence", re.IGNORECASE)


def _source_reason(ctx: Context, span: Span) -> Span:
    """ "It is little surprise such traffickers would also use the country …, not only for
    convenience, but also because the country's boom and bust economy has created ideal
    conditions for financial crimes, according to the US State Department": what the writer
    finds no surprise is the writer's conclusion; the source backs the reason, the "because"
    clause that runs to the end of the claim (blind audit, round 114)."""
    words = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return span
    last = words.end - 1
    while last > words.start and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
        last -= 1
    for tok in words:
        if tok.lower_ != "because" or tok.dep_ != "mark" or ctx.quoted[tok.i]:
            continue
        clause = tok.head
        if clause.right_edge.i >= last and tok.i + 1 < words.end and clause.i > tok.i:
            return ctx.trim(ctx.doc[tok.i + 1].idx, span[1]) or span
    return span


def according_after(ctx: Context, last: int) -> Token | None:
    """An "according to" right after the closing mark: '“…,” according to a court document
    filed by state attorney Dave Aronberg' (PolNeAR train, tune half)."""
    doc = ctx.doc
    i = last
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and not ctx.quoted[i]:
        i += 1
    if i + 1 >= len(doc) or ctx.quoted[i] or doc[i].lower_ != "according":
        return None
    closed = ctx.text[: doc[i].idx].rstrip().rstrip("\"'”’»").rstrip()
    if closed.endswith((".", "!", "?")):
        # '“… from them.” According to the Drug Observatory, the focus must …': a new sentence
        # with its own report (blind audit, round 39: the quotation given to the Observatory)
        return None
    return doc[i] if doc[i + 1].lower_ == "to" else None
