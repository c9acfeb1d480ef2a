"""Speakers described first and named in the next sentence: "A top campaign adviser says …"
then "Ed Brookover spoke to reporters …", or "Trump's campaign manager says …" then "Corey
Lewandowski, in a statement, said …" (blind audit, round 96: left as a role, "American
adviser"). A news lede describes; the sentence after names the one who spoke."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context, mention_at
from dyads.quotes.epithets import epithet_subject, party_epithet
from dyads.records import Mention

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def role_only(actor: str | None) -> bool:
    """Whether ``actor`` is no one's name but a role: "American adviser", "police"."""
    return actor is None or actor.split()[-1][:1].islower()


def named_after(
    ctx: Context,
    noun: Token | None,
    mentions: Sequence[Mention],
    actor: str | None,
    code: str | None,
) -> tuple[str | None, str | None]:
    """The actor and code of the one :func:`named_person` finds for ``noun`` when ``actor`` is
    but a role, or of the politician "the Wisconsin Republican" renames (a capitalised head
    the common descriptions pass over), else ``actor`` and ``code`` as they are."""
    if noun is None or not role_only(actor):
        return actor, code
    person = named_person(ctx, noun, mentions) or described_again(ctx, noun, mentions)
    if person is None and party_epithet(noun):
        person = epithet_subject(ctx, noun, mentions)
    return (person.actor, person.code) if person is not None else (actor, code)


def named_person(ctx: Context, noun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The person who opens the sentence after ``noun``'s as the subject of a speech verb,
    when ``noun`` is one undefined person ("a top adviser", "Trump's campaign manager") and
    that person is new to the text (a name met before is someone the reader knows, not the
    one the description introduces: "An aide says … . Clinton said …" stays the aide)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or ctx.quoted[noun.i]:
        return None
    if noun.lemma_.lower() in ctx.lex.statement_nouns:
        return None  # "“…,” a police report states. Prosecutor X told …": no person (r110)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
    if not (indefinite or owned):
        return None
    end = noun.sent.end
    if end >= len(ctx.doc):
        return None
    nxt = ctx.doc[end].sent
    first = next((t for t in nxt if not t.is_space), None)
    # '“Gov. Scott Walker, … ,” the Texan said' names no one who speaks (blind audit, r110)
    if first is None or first.pos_ != "PROPN" or ctx.quoted[first.i]:
        return None
    mention = mention_at(mentions, (first.idx, first.idx + len(first)))
    if mention is None or mention.kind != "person" or not mention.actor:
        return None
    name = ctx.doc.char_span(*mention.span, alignment_mode="expand")
    if name is None or name.root.dep_ not in _SUBJECTS:
        return None
    verb = name.root.head
    # "Juan del Granado, a member of …, claimed he had gained access …, reported La Razon":
    # the name's own speech verb under the outlet's closing tag (blind audit, round 98)
    tagged = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and ctx.is_cue(verb.head)
    if verb.lemma_.lower() not in ctx.lex.speech | ctx.lex.topic_verbs:
        return None
    if verb.dep_ != "ROOT" and not tagged:
        return None
    owner = {c.text for c in noun.subtree if c.pos_ == "PROPN"}
    if any(m.actor == mention.actor and m.span[0] < noun.idx for m in mentions):
        return None
    if set(mention.text.split()) & owner:
        return None  # "Trump's adviser says …" then "Trump said …": the owner, not the adviser
    return mention


LATER_CHARS = 3000  # about the article's first paragraphs: where a lede's source is named
_MODIFIERS = frozenset({"amod", "compound"})


def described_again(ctx: Context, noun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The person the article names later with the same description: "…, according to a
    captured lieutenant" in a lede, then "the story told by another captured Zetas lieutenant,
    Luis Jesus Sarabia" (blind audit, round 104: left as "a captured lieutenant"). The later
    noun keeps every modifier of the first and has the name as its apposition; one person
    only."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or ctx.quoted[noun.i]:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in _MODIFIERS}
    if not marks:
        return None  # "a lieutenant": any of them
    found: dict[str, Mention] = {}
    for tok in ctx.doc[noun.i + 1 :]:
        if tok.idx > noun.idx + LATER_CHARS:
            break
        if tok.lemma_ != noun.lemma_ or ctx.quoted[tok.i]:
            continue
        if not marks <= {c.lemma_.lower() for c in tok.children if c.dep_ in _MODIFIERS}:
            continue
        for name in (c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
            mention = mention_at(mentions, (name.idx, name.idx + len(name)))
            if mention is not None and mention.kind == "person" and mention.actor:
                found[mention.actor] = mention
    return next(iter(found.values())) if len(found) == 1 else None
