"""A tag after a closing mark that the parser did not hang the quotation on.

'“…?” reacted Dalton.', '“…!!” posted Jane Doe.', '“…,” the actor Tom Hale wrote on Twitter.':
the sentence after the quotation is nothing but its tag (a speech or manner verb and a name,
either order, with at most a short prepositional phrase after them), so the tag is the cue
whatever the parse made of the quotation (PolNeAR train, tune half: a question hung on nothing,
a title noun tagged a verb, the name taken for the verb's object).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context
from dyads.quotes.layouts import cue_after

# a name of up to this many tokens, with its lower-case titles ("the actor Tom Hale")
_NAME_MAX_TOKENS = 6
# "on Twitter", "in a statement on Sunday": the tag's own adjunct, up to this many tokens
_ADJUNCT_MAX_TOKENS = 5
_ADJUNCT_PREPS = frozenset({"on", "in", "at", "to", "via", "from", "during", "after", "before"})
_TITLE_WORDS = frozenset({"the", "a", "an", "former", "and"})
_NOT_TITLE_POS = frozenset({"ADP", "AUX", "PRON", "SCONJ", "PART", "ADV"})
_ENDS = frozenset({".", "!", "?"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def inverted_tag(ctx: Context, last: int) -> tuple[Token, Token, tuple[int, int]] | None:
    """The cue, the speaker's head and the speaker's character span of the tag right after
    the quotation ending at token ``last`` (exclusive), when its sentence holds only that tag."""
    doc = ctx.doc
    end = last - 1
    while end > 0 and (doc[end].is_quote or doc[end].is_space):
        end -= 1
    if end < 1 or doc[end].text[-1:] not in (",", "?", "!"):
        return None  # a full stop ends the quotation's own sentence
    i = last
    while i < len(doc) and doc[i].is_space:
        i += 1
    para = ctx.para_at(doc[i].idx) if i < len(doc) else None
    if para is None or doc[i].idx < ctx.para_at(doc[end].idx)[0] or doc[i].idx >= para[1]:
        return None
    stop = _sentence_end(ctx, i, para)
    if stop is None:
        return None
    words = list(doc[i:stop])
    if _is_verb(ctx, words[0]):  # '… reacted Dalton'
        name = _name(words[1:])
        verb = words[0]
        rest = words[1 + len(name) :] if name else []
    else:  # '… the actor Tom Hale wrote'
        k = next((j for j, t in enumerate(words) if _is_verb(ctx, t)), None)
        if k is None or k == 0:
            return None
        name = _name(words[:k])
        verb = words[k]
        rest = words[k + 1 :] if name and len(name) == k else []
    if not name or not _adjunct(rest):
        return None
    head = name[-1]
    if not any(t.ent_type_ in _NAME_ENTS or t.pos_ == "PROPN" for t in name):
        return None
    if any(ctx.quoted[t.i] for t in (*name, verb)):
        return None
    start = next(t for t in name if t.lower_ not in _TITLE_WORDS)
    return verb, head, (start.idx, head.idx + len(head))


def _sentence_end(ctx: Context, i: int, para: tuple[int, int]) -> int | None:
    """The index of the full stop that ends the tag's sentence within a few words, else None."""
    doc = ctx.doc
    for k in range(i, min(len(doc), i + 2 + _NAME_MAX_TOKENS + _ADJUNCT_MAX_TOKENS)):
        tok = doc[k]
        if tok.idx >= para[1] or ctx.quoted[k] or tok.is_quote:
            return None
        if tok.text in _ENDS:
            return k if k > i else None
    return None


def _is_verb(ctx: Context, tok: Token) -> bool:
    """A past or present speech or manner verb, lower case ('reacted', 'posted', 'asks')."""
    return (
        tok.text[:1].islower()
        and tok.tag_ in ("VBD", "VBZ", "VBN")
        and ctx.is_cue(tok, belief=False)
    )


def _name(words: list[Token]) -> list[Token]:
    """The leading name of ``words``: lower-case titles then capitalised words, possessives
    and lower-case nouns ending in a capitalised run ('the actor Tom Hale')."""
    out: list[Token] = []
    for tok in words[:_NAME_MAX_TOKENS]:
        if not (_capitalised(tok) or _title_word(tok)):
            break
        out.append(tok)
    while out and not out[-1].text[:1].isupper():
        out.pop()
    if out and out[-1].text == ".":
        out.pop()
    return out


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text in ("'s", "’s", ".", "-")


def _title_word(tok: Token) -> bool:
    """A lower-case word of a title before a name ("screenwriter", tagged a verb or not)."""
    return tok.text.isalpha() and tok.text.islower() and tok.pos_ not in _NOT_TITLE_POS


def _adjunct(rest: list[Token]) -> bool:
    """Nothing, or one short prepositional phrase ('on Twitter', 'in a statement')."""
    if not rest:
        return True
    return rest[0].lower_ in _ADJUNCT_PREPS and len(rest) <= _ADJUNCT_MAX_TOKENS


def said_not_titled(ctx: Context, last: int) -> bool:
    """'“Like Boston. Or Denver,” Smith said.': words in capitals before a tag of saying are
    what was said, not a title; a title is named ('“Veep,” as she called it'), never said
    (PolNeAR train, tune half: such quotations were dropped as titles)."""
    doc = ctx.doc
    end = last - 1
    while end > 0 and (doc[end].is_quote or doc[end].is_space):
        end -= 1
    if end < 1 or doc[end].text[-1:] not in (",", "?", "!"):
        return False
    tag = cue_after(ctx, last, ctx.para_at(doc[end].idx))
    return tag is not None and ctx.act(tag) == "speech" and tag.lemma_.lower() not in ctx.lex.naming
