"""Whether the person the coreference gave a speaker pronoun can be the one it stands for
(blind audit, round 95): a given name tells "he" from "she" before the article's pronouns do,
and a person named only as an object gives way to the named subject the text follows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from dyads.actors.given_names import given_gender
from dyads.actors.refs import PRONOUNS
from dyads.quotes.context import Context, mention_at
from dyads.records import Mention

__all__ = ["name_gender", "subject_instead", "told_against"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the name stands for the phrase it is part of: "Clinton's husband, Bill" is its subject
_PART_OF = frozenset({"appos", "compound", "flat", "conj"})


def name_gender(actor: str | None) -> str | None:
    """The gender the given name of a full name carries ("Chris Christie" -> "m"), None for a
    one-word name or a given name the lists give to both. The pronouns the actors stage linked
    to a person are no proof against it: "she said" after "Christie … begging a woman …" went
    to Christie once the stage had given him the woman's "her" (blind audit, round 95)."""
    words = (actor or "").split()
    return given_gender(words[0]) if len(words) > 1 else None


def told_against(ctx: Context, mentions: Sequence[Mention]) -> set[str]:
    """The actors a pronoun of the other gender than their given name is bound to by the clause
    it stands in: the clause's subject is the actor by name ("Pashinyan declared that his
    government …": "Nikol" is a woman's name in Czech, never the article's word against the
    man). The "her" the actors stage linked to Christie in "Christie … begging a woman … to
    cast her ballot" is the woman's (the object of "begging" is the infinitive's subject), so
    no such proof (blind audit, round 95). One pass over ``mentions`` for all their actors."""
    found: set[str] = set()
    for m in mentions:
        said = PRONOUNS.get(m.text.lower(), ("", None))[1]
        if said is None or m.actor is None or m.actor in found:
            continue
        actor, told = m.actor, name_gender(m.actor)
        if told is None or said == told:
            continue
        words = ctx.doc.char_span(*m.span, alignment_mode="expand")
        subject = _clause_subject(words.root) if words is not None else None
        named = mention_at(mentions, (subject.idx, subject.idx + len(subject))) if subject else None
        if named is not None and named.actor == actor and named.text.lower() not in PRONOUNS:
            found.add(actor)
    return found


def _clause_subject(word: Token) -> Token | None:
    """The subject of the nearest clause above ``word`` that has one outside ``word``'s own
    phrase; an infinitive's object-controller ("begging a woman … to cast") is its subject."""
    tok = word
    while tok.head.i != tok.i:
        below, tok = tok, tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        for child in tok.children:
            if child.dep_ in _SUBJECTS and child.i != below.i:
                return child
        if tok.dep_ == "xcomp":
            controller = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
    return None


def _as_subject(ctx: Context, m: Mention) -> bool:
    """The mention is, or stands in apposition to, a clause's subject, not its object, a
    possessor ("Mr. Vander Plaats's introduction") or a phrase's modifier."""
    words = ctx.doc.char_span(*m.span, alignment_mode="expand")
    if words is None:
        return False
    tok: Token = words.root
    while tok.dep_ in _PART_OF and tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "appos" and head.pos_ == "PROPN" and _in_modifier(head):
            # "One deacon supporting Mr. Rubio, Calvin Oakes of …, said": a name set beside
            # the name a subject's participle takes belongs to the subject
            head = head.head.head
        tok = head
    return tok.dep_ in _SUBJECTS


def _in_modifier(name: Token) -> bool:
    """The name is the object of a participle or preposition that modifies a noun."""
    verb = name.head
    return (
        name.dep_ in ("dobj", "pobj")
        and verb.dep_ in ("acl", "prep")
        and verb.head.pos_
        in (
            "NOUN",
            "PROPN",
        )
    )


def subject_instead(
    ctx: Context,
    pronoun: Token,
    chosen: Mention,
    named: Sequence[Mention],
    mentions: Sequence[Mention],
    floor: int,
    fits: Callable[[Mention], bool],
) -> Mention | bool | None:
    """The person the text follows, when the one the coreference chose is named within the
    pronoun's lookback (from ``floor``) only as an object or possessor: the nearest subject
    from the sentence of the chosen one's last naming up to the pronoun, outside what was said,
    that names a person who ``fits`` (kind, gender, not named in what was said) — a main
    clause's subject, or any subject in the pronoun's own sentence. "Trump accused Cruz, the
    senator from Texas, of … . Then he went after Bush" is Trump; "When he took the stage after
    Mr. Vander Plaats's introduction, he said" the first "he" (blind audit, round 95: both went
    to the object). Not "While Obama had …, that has not been happening for Clinton, which
    concerns Henry Crespo. “…,” he said": a subordinate clause's subject gives way to the
    object. False when the nearest such subject is a "he" or "she" the coreference left
    unlinked ("One pastor supporting Mr. Cruz, …, said … . He has made …, he said. “…,” he
    tells parishioners": no one the text names); None when the chosen one is a subject there,
    a pronoun subject linked to the chosen one comes first, or no subject is found."""
    window = [m for m in named if floor <= m.span[0] < pronoun.idx]
    own = [m for m in window if m.actor == chosen.actor]
    if not own or any(_as_subject(ctx, m) or _asked(ctx, m) for m in own):
        return None  # "When the press asked the president …, he replied": the one asked
    doc = ctx.doc
    last = doc.char_span(*own[-1].span, alignment_mode="expand")
    start = last.sent.start if last is not None else _token_at(ctx, floor)
    unfit = False  # a main subject that cannot be the one: look on, back to the lookback
    for tok in reversed(doc[_token_at(ctx, floor) : pronoun.i]):
        if tok.i < start and not unfit:
            break
        if tok.dep_ not in _SUBJECTS or ctx.quoted[tok.i] or _in_contents(ctx, tok.idx):
            continue
        if tok.sent.start != pronoun.sent.start and not _main_subject(tok):
            continue
        found = _mention_of(tok, mentions)
        if found is not None and found.actor != chosen.actor and not fits(found):
            unfit = True  # "Joe Biden has raised funds for her challenger …": not "she"
            continue
        if found is None:
            gender = PRONOUNS.get(tok.lower_, ("", None))[1]
            if gender is not None and gender == PRONOUNS.get(pronoun.lower_, ("", None))[1]:
                return False  # a "he" the coreference could not place
            continue
        if found.actor == chosen.actor:
            # "Lynch's life. Although she was …": the chosen one's own "she", unless the same
            # pronoun before it in its sentence is someone else's ("When he took the stage
            # after Mr. Vander Plaats's introduction, he said": the first "he")
            return _earlier_same_pronoun(tok, chosen, mentions, fits)
        if fits(found):
            return found
    return None


_ASKING = frozenset({"ask", "question", "press", "quiz", "interview"})


def _asked(ctx: Context, m: Mention) -> bool:
    """The mention is the object of a verb of asking: the one who answers next."""
    words = ctx.doc.char_span(*m.span, alignment_mode="expand")
    return words is not None and words.root.dep_ == "dobj" and words.root.head.lemma_ in _ASKING


def _main_subject(tok: Token) -> bool:
    """The subject of its sentence's main clause, or of a clause joined to it."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _earlier_same_pronoun(
    tok: Token, chosen: Mention, mentions: Sequence[Mention], fits: Callable[[Mention], bool]
) -> Mention | None:
    for before in reversed(tok.doc[tok.sent.start : tok.i]):
        if before.dep_ in _SUBJECTS and before.lower_ == tok.lower_:
            found = _mention_of(before, mentions)
            if found is not None and found.actor != chosen.actor and fits(found):
                return found
    return None


def _token_at(ctx: Context, offset: int) -> int:
    span = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _in_contents(ctx: Context, offset: int) -> bool:
    return any(s <= offset < e for s, e in ctx.contents)


def _mention_of(tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The mention on a subject token, or on a name in apposition to it ("Clinton's husband,
    Bill,")."""
    for word in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        found = mention_at(mentions, (word.idx, word.idx + len(word)))
        if found is not None and found.actor:
            return found
    return None


_TIME_MARKS = frozenset({"as", "while", "when", "before", "after"})
NAMESAKE_LOOKBACK_CHARS = 1500  # about a paragraph or two back


def namesake_by_pronoun(
    ctx: Context, head: Token, cue: Token | None, mention: Mention, mentions: Sequence[Mention]
) -> tuple[str, str | None] | None:
    """The other bearer of a speaker's surname, when the speaker's own time clause says "he"
    or "she" against the name's given name: "Clinton said as he introduced his wife" after
    "Clinton's husband, Bill," is Bill Clinton, not Hillary (blind audit, round 95). The namesake
    is a person of the pronoun's gender named before with that surname, or a given name set
    beside "<surname>'s husband" (or any noun the surname owns). (actor, code), else None."""
    if cue is None or head.pos_ != "PROPN" or not mention.actor:
        return None
    clause = next(
        (c for c in cue.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children)),
        None,
    )  # fmt: skip
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    said = PRONOUNS.get(pronoun.lower_, ("", None))[1] if pronoun is not None else None
    own = name_gender(mention.actor)
    if said is None or own is None or own == said:
        return None
    surname = mention.actor.split()[-1]
    for m in reversed(mentions):
        if m.span[1] > head.idx or head.idx - m.span[0] > NAMESAKE_LOOKBACK_CHARS:
            continue
        if m.kind != "person" or not m.actor or m.actor == mention.actor:
            continue
        words = m.actor.split()
        if len(words) > 1 and words[-1] == surname and name_gender(m.actor) == said:
            return m.actor, m.code
        if len(words) == 1 and given_gender(words[0]) == said and _owned_by(ctx, m, surname):
            return f"{words[0]} {surname}", None
    return None


def _owned_by(ctx: Context, m: Mention, surname: str) -> bool:
    """The mention stands beside a noun the surname owns: "Clinton's husband, Bill,"."""
    words = ctx.doc.char_span(*m.span, alignment_mode="expand")
    if words is None or words.root.dep_ != "appos":
        return False
    return any(c.dep_ == "poss" and c.text == surname for c in words.root.head.children)
