"""Which side of a sentence is the claim of its "according to X" when the sentence joins two
clauses or X sits inside a subordinate clause (blind audit, round 34: the longer side was the
wrong one)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Span

# words that open a subordinate clause a fronted "according to X" sits in
_OPENERS = frozenset({"because", "since", "although", "though", "while", "whereas", "as",
                      "that", "but", "and", "so", "unless"})  # fmt: skip


def claim_side(
    ctx: Context, tok: Token, phrase_end: int, left: Span | None, right: Span | None
) -> Span | None:
    """The side of "according to X" that holds the verb phrase it modifies, when the sentence
    joins two: "… has surpassed Peru, according to a UN report, and may have reclaimed its
    title" is the report's first claim, not the writer's second; "Cuchillo managed to escape
    but according to the police fell into a river" is the police's second (blind audit, round
    34: the longer side was the wrong one)."""
    doc = ctx.doc
    if left is not None and right is not None and _source_described(tok, phrase_end):
        return left
    before = tok.left_edge.i - 1
    while before > 0 and doc[before].text == ",":
        before -= 1
    if right is not None and before >= 0 and doc[before].lower_ in _OPENERS:
        # "…, because, according to Trump, the media would call him a “chicken”": the clause
        # the conjunction opens, never the writer's main clause (blind audit, round 58)
        return right
    verb = tok.head
    if tok.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "conj" and verb.i > tok.i and right is not None:
        return ctx.trim(right[0], min(right[1], verb.right_edge.idx + len(verb.right_edge)))
    if left is not None and verb.i < tok.i and _sourced_first_conjunct(ctx, verb):
        # "the United Nations documented increased poppy cultivation … and the spike in
        # marijuana cultivation was first seen in 2006, according to a 2010 Justice Department
        # report": the report backs its own conjunct (blind audit, round 98)
        return ctx.trim(max(left[0], verb.left_edge.idx), left[1])
    attributed = [
        c for c in verb.children
        if c.dep_ == "conj" and c.i > tok.i and any(g.lower_ == "according" for g in c.children)
    ]  # fmt: skip
    if attributed and right is not None and tok.i < verb.i:
        # "According to X, Mexico is the source, and according to Y, the DEA estimates …"
        joint = attributed[0]
        ccs = [c.i for c in verb.children if c.dep_ == "cc" and tok.i < c.i < joint.i]
        first = min(joint.left_edge.i, *ccs)
        end = doc[first - 1] if first > 0 else None
        if end is not None and end.is_punct and first > 1:
            end = doc[first - 2]
        if end is not None and end.idx >= right[0]:
            return ctx.trim(right[0], end.idx + len(end))
    if phrase_end < len(doc) and doc[phrase_end].is_punct:
        phrase_end += 1
    after = doc[phrase_end] if phrase_end < len(doc) else None
    joined = after is not None and after.dep_ == "cc" and after.head == verb
    if joined and left is not None and any(c.dep_ == "conj" and c.i > tok.i for c in verb.children):
        return left
    return None


_SOURCE_ENTS = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def _sourced_first_conjunct(ctx: Context, verb: Token) -> bool:
    """``verb`` is a clause with a subject of its own joined to a first clause in which a named
    source reports or records ("the United Nations documented …")."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    source = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if source is None or source.ent_type_ not in _SOURCE_ENTS:
        return False
    return ctx.is_cue(first, belief=False) or first.lemma_.lower() in ctx.lex.recording_verbs


def _source_described(tok: Token, phrase_end: int) -> bool:
    """ "…, according to three intelligence sources who spoke to Fox News but were not
    authorized to speak on the record": a subjectless predicate joined by "but"/"and" right
    after a relative clause on the source goes on describing the source (the parser hung the
    phrase on it); the writer's words about the sources, not their claim (blind audit, round
    107: the description stored as what the sources said)."""
    doc = tok.doc
    if phrase_end >= len(doc) or phrase_end < 1:
        return False
    before, after = phrase_end - 1, phrase_end
    while before > tok.i and doc[before].is_space:
        before -= 1  # "but\xa0were": a no-break space is a token of its own
    while after + 1 < len(doc) and doc[after].is_space:
        after += 1
    joiner = doc[before]
    if joiner.dep_ != "cc" or joiner.head.dep_ != "relcl" or joiner.head.i < tok.i:
        return False
    verb = doc[after]
    while verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i > verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in ("VBG",):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
