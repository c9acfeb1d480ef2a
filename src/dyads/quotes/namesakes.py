"""A speaker's surname that is also a place's name: "“…,” Israel said" after "Rep. Steve
Israel (D-N.Y.) said …" is the congressman, not the country (blind audit, round 96: the
recogniser took the surname for the country, and the quotation went to Israel); and an outlet's
name that is also a person's surname: "Bloomberg says its reporting …" is the news service, not
Michael Bloomberg (notes of session 26)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Token

from dyads.actors.gazetteer import load_gazetteer
from dyads.quotes.context import Context
from dyads.quotes.makers import surname_of
from dyads.records import Mention

_PERSON = "person"
_ITSELF = frozenset({"it", "its", "it's", "it’s"})


def person_not_place(
    head: Token, mention: Mention, mentions: Sequence[Mention], said: str
) -> Mention | None:
    """The person named in full before ``head`` whose surname ``head`` is, when the speaker's
    own mention took the one word for a place or body: a speaker named by a surname the text
    gave a person is that person; not when what was ``said`` speaks of the speaker as "it"
    ("Jordan said it would not join the talks" is the country)."""
    if mention.kind == _PERSON or head.pos_ != "PROPN" or " " in mention.text.strip():
        return None
    if said.split()[:1] and said.split()[0].lower() in _ITSELF:
        return None
    person = surname_of(head.text, mentions)
    if person is None or person.span[1] > head.idx:
        return None
    return person


def outlet_not_person(ctx: Context, mention: Mention, said_at: int | None = None) -> Mention | None:
    """``mention`` read as the outlet of its name (``media_names`` in ``data/quote_cues.yaml``)
    where the actors stage took the bare name for a person of that surname: when what was said,
    from offset ``said_at``, speaks of the speaker as "it" ("Bloomberg says its deeper reporting
    has found …", "Bloomberg says it started marking down her wealth"; not an empty "it was
    time …"), or, with ``said_at`` None, when a description of a body ("the company") points
    back to it. A name with a title or a given name ("Mr. Bloomberg") stays the person."""
    if mention.kind != _PERSON or (said_at is not None and not _itself(ctx, said_at)):
        return None
    name = mention.text.strip().removesuffix("’s").removesuffix("'s")
    if " " in name or not ctx.lex.is_media_name(name):
        return None
    words = ctx.doc.char_span(*mention.span, alignment_mode="expand")
    if words is None or any(c.dep_ in ("compound", "flat") for c in words.root.children):
        return None
    before = ctx.doc[words.start - 1] if words.start > words.root.sent.start else None
    if before is not None and (before.pos_ == "PROPN" or before.text.endswith(".")):
        return None  # "Mr. Bloomberg", "Michael Bloomberg" parsed apart
    gazetteer = load_gazetteer()
    entry = gazetteer.lookup(name) or gazetteer.lookup(f"{name} News")
    if entry is not None and entry.kind == "media":
        return dataclasses.replace(mention, actor=entry.actor, code=entry.code, kind="media")
    return dataclasses.replace(mention, actor=name, code=None, kind="media")


def _itself(ctx: Context, start: int) -> bool:
    """What was said opens with the speaker as "its" or as the subject "it" of a verb that
    takes a real subject ("it started", "it is investigating"), not an empty one ("it was
    time", "it seems that": ``empty_it_verbs`` in ``data/quote_cues.yaml``)."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    first = span[0]
    if first.lower_ == "its":
        return True
    return (
        first.lower_ == "it"
        and first.dep_ == "nsubj"
        and first.head.lemma_.lower() not in ctx.lex.empty_it_verbs
    )
