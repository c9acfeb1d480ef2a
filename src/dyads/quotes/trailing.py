"""A source named last, after its verb: "Close to 200 Federal Police agents were deployed …,
reported EFE." The parser reads the verb as a second verb of the sentence and the source as its
object, so no report was found (blind audit, round 107: two such reports by EFE and the BBC
missed)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.nlp import doc_tokens
from dyads.quotes.clauses import MIN_INDIRECT_TOKENS
from dyads.quotes.context import Context, Draft
from dyads.quotes.syntax import phrase_span

_NAMES = frozenset({"ORG", "PERSON", "NORP", "GPE"})
_REPORTING = frozenset({"report", "say", "write", "add", "note", "tell", "state"})


def add_trailing_tags(ctx: Context, drafts: list[Draft]) -> None:
    """Add to ``drafts`` the reports whose sentence ends ", <verb> <name>." with the verb of
    ``_REPORTING`` in the past or present and no subject of its own: the name speaks, the
    clause before the comma is what it reported. A draft that took the name for what the
    sentence's subject reported ("Federal Police … reported the BBC") goes."""
    for sent in ctx.doc.sents:
        found = _tag(ctx, sent.start, sent.end)
        if found is None:
            continue
        verb, name = found
        cue = (verb.idx, verb.idx + len(verb))
        named = phrase_span(name)
        same = [d for d in drafts if d.cue == cue]
        if any(not (named[0] <= d.span[0] and d.span[1] <= named[1]) for d in same):
            continue  # the cue has a report of its own
        first = sent.start
        while first < verb.i and (ctx.doc[first].is_space or ctx.doc[first].is_punct):
            first += 1
        if verb.i - 1 - first < MIN_INDIRECT_TOKENS:
            continue
        last = ctx.doc[verb.i - 2]
        span = ctx.trim(ctx.doc[first].idx, last.idx + len(last))
        if span is None:
            continue
        drafts[:] = [d for d in drafts if d.cue != cue]
        draft = Draft("indirect", span, paragraph=ctx.paragraph_of(span[0]))
        draft.cue, draft.cue_token = cue, verb
        draft.speaker_head, draft.speaker = name, named
        draft.confidence = 0.8
        # '“…,” said the president on Panamanian television, reported Reuters': the outlet
        # relays the president's words, an attribution but not its own (blind audit, round 110)
        draft.stance = relays(drafts, span) or _main_act(ctx, verb, span)
        drafts.append(draft)


# the clause's own speech act is no main one when its verb hangs on one of these
_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "csubj", "pcomp", "xcomp", "amod", "pobj"})


def _main_act(ctx: Context, verb: Token, span: tuple[int, int]) -> bool:
    """The main verb of the clause before the outlet's tag is a speech act with a subject of
    its own: "Peru's Interior Ministry announced the arrest of …, reported EFE" (no draft may
    hold the announcement, whose object is no clause)."""
    root = verb.sent.root
    heads = [root] if root != verb else []
    heads += [c for c in verb.children if c.dep_ in ("parataxis", "ccomp", "conj") and c.i < verb.i]
    for head in heads:
        if not span[0] <= head.idx < span[1] or ctx.quoted[head.i]:
            continue
        if ctx.is_cue(head, belief=False, manner=False) and any(
            c.dep_ == "nsubj" and span[0] <= c.idx < span[1] for c in head.children
        ):
            return True
    return False


def relays(drafts: list[Draft], span: tuple[int, int]) -> bool:
    """The clause ``span`` an outlet is said to report holds a main speech act with its own
    speaker ("A state official said …", "“…,” said the president", "the Attorney General's
    Office announced the detention of …"): the outlet relays another's statement, whose
    speaker is the one it quotes."""
    for d in drafts:
        cue, speaker = d.cue_token, d.speaker
        if cue is None or speaker is None or d.cue is None:
            continue
        if not (span[0] <= d.cue[0] < span[1] and span[0] <= speaker[0] < span[1]):
            continue
        chain = [cue, *cue.ancestors]
        inside = [t for t in chain if span[0] <= t.idx < span[1]]
        if not any(t.dep_ in _SUBORDINATE for t in inside):
            return True
    return False


def _tag(ctx: Context, start: int, end: int) -> tuple[Token, Token] | None:
    """The verb and the name's head of a closing ", reported EFE." (the name the verb's
    object, the sentence's last words before its stop), else None."""
    toks = doc_tokens(ctx.doc)
    stop = end - 1
    while stop > start and (toks[stop].is_space or toks[stop].is_quote):
        stop -= 1
    if toks[stop].text != "." or stop - start < 4:
        return None
    name = toks[stop - 1]
    if name.dep_ != "dobj" or not (name.pos_ == "PROPN" or name.ent_type_ in _NAMES):
        return None
    verb = name.head
    if verb.lemma_.lower() not in _REPORTING or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if verb.i < 2 or toks[verb.i - 1].text != "," or ctx.quoted[verb.i]:
        return None
    if verb.dep_ not in ("conj", "ROOT") or any(
        c.dep_ in ("nsubj", "ccomp") for c in verb.children
    ):
        return None
    if any(not (t == name or t.head == name) for t in toks[verb.i + 1 : stop]):
        return None  # only the name and its own words ("the BBC", "the news agency EFE")
    return verb, name
