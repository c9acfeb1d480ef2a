"""Who a statement was made to or through: "told TASS" (an addressee that is a medium), "said
in an interview with CNN", "told reporters"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.authors import pobj
from dyads.quotes.lexicon import CueLexicon
from dyads.quotes.syntax import phrase_span

_MEDIA_ENTS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON", "GPE", "NORP"})


def audience(cue: Token, lex: CueLexicon) -> tuple[str | None, str | None]:
    """``(medium, addressee)`` around ``cue``: "told TASS", "said in an interview with CNN"."""
    medium: str | None = None
    addressee: str | None = None
    for child in cue.children:
        phrase: Token | None = None
        if child.dep_ in ("dobj", "dative", "iobj") and cue.lemma_.lower() in lex.tell_like:
            phrase = child
        elif child.dep_ in ("prep", "dative") and child.lower_ in ("to", "on", "in", "during"):
            phrase = pobj(child)
            if phrase is not None and phrase.lemma_.lower() in lex.statement_nouns:
                inner = _statement_medium(phrase, lex)
                if inner is not None:
                    medium = medium or inner
                continue
            if phrase is not None and child.lower_ != "to" and not _is_medium(phrase, lex):
                continue
        if phrase is None:
            continue
        m, a = _classify(phrase, lex)
        medium = medium or m
        addressee = addressee or a
    return medium, addressee


def _statement_medium(noun: Token, lex: CueLexicon) -> str | None:
    """The outlet of "an interview with CNN" / "a CNN interview" / "a post on Facebook"."""
    for child in noun.children:
        if child.dep_ in ("prep", "acl"):
            for target in [pobj(child), *child.children]:
                if target is None:
                    continue
                if target.dep_ == "agent":
                    target = pobj(target)
                if target is not None and _is_medium(target, lex):
                    return _classify(target, lex)[0]
        elif child.dep_ in ("compound", "nmod", "poss") and _is_medium(child, lex):
            return _classify(child, lex)[0]
    return None


def entities_in(span: SpacySpan) -> list[SpacySpan]:
    """``span.ents`` read from its own tokens (spaCy's scans the whole doc on every call)."""
    out, i = [], span.start
    while i < span.end:
        tok = span.doc[i]
        ent = entity_at(tok) if tok.ent_iob == 3 and tok.ent_type else None
        if ent is None:
            i += 1
            continue
        if ent.end <= span.end:
            out.append(ent)
        i = ent.end
    return out


def entity_at(tok: Token) -> SpacySpan | None:
    """The entity ``tok`` stands in, if any."""
    if tok.ent_iob not in (1, 3):
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob == 1:
        start -= 1
    while end < len(doc) and doc[end].ent_iob == 1:
        end += 1
    return SpacySpan(doc, start, end, label=doc[start].ent_type)


def _phrase_tokens(head: Token) -> SpacySpan:
    s, e = phrase_span(head)
    return head.doc.char_span(s, e, alignment_mode="expand")


def _is_medium(head: Token, lex: CueLexicon) -> bool:
    phrase = _phrase_tokens(head)
    if any(t.lemma_.lower() in lex.medium_words for t in phrase):
        return True
    if lex.is_media_name(phrase.text):
        return True
    return any(lex.is_media_name(ent.text) for ent in entities_in(phrase))


def _classify(head: Token, lex: CueLexicon) -> tuple[str | None, str | None]:
    phrase = _phrase_tokens(head)
    whole = head.doc[head.left_edge.i : head.right_edge.i + 1]
    ents = entities_in(whole)
    named = [
        ent
        for ent in ents
        if ent.label_ in _MEDIA_ENTS and ent.label_ not in ("NORP", "GPE", "PERSON")
    ]
    media_word = any(t.lemma_.lower() in lex.medium_words for t in whole)
    known = [ent for ent in ents if lex.is_media_name(ent.text)]
    if known:
        person = head.ent_type_ == "PERSON"
        return _strip_det(known[0]), (_strip_det(phrase) if person else None)
    if media_word and named:
        return _strip_det(named[-1]), None
    if head.lemma_.lower() in lex.medium_words or lex.is_media_name(phrase.text):
        return _strip_det(phrase), None
    return None, _strip_det(phrase)


def _strip_det(span: SpacySpan) -> str:
    tokens = list(span)
    while tokens and tokens[0].dep_ in ("det", "predet") and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text
