"""Whether a quotation's speaker can speak: a person, a body, a text or an actor, not a poll's
"most Republicans", a finding ("the data suggest") or a person's thing the parser made the
subject ("…, laments Bill Clinton's legacy")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft, mention_at
from dyads.quotes.practices import inferred_from_text
from dyads.records import Mention

__all__ = ["agentive"]

_MOST_DEPS = ("amod", "det", "advmod", "compound")  # "most Republicans", "Most of the"
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})
_AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _most(head: Token) -> bool:
    return head.lower_ == "most" or any(
        c.lower_ == "most" and c.dep_ in _MOST_DEPS for c in head.children
    )


def agentive(ctx: Context, draft: Draft, mentions: Sequence[Mention]) -> bool:
    """The draft's speaker can speak, as its cue needs: a person, body or text for the cues of
    ``needs_agent`` ("the senator suggested"), anything for the others but the lexicon's
    ``non_agents`` ("that says a lot", "the share of voters saying")."""
    cue, head = draft.cue_token, draft.speaker_head
    lemma = head.lemma_.lower() if head is not None else ""
    if head is not None and lemma in ctx.lex.non_agents and _common(head):
        return False
    if head is not None and lemma in ctx.lex.poll_brands and head.pos_ == "PROPN":
        return False  # "according to HuffPost Pollster": an average (blind audit, round 107)
    if head is not None and head.tag_ in ("JJS", "JJR") and not head.ent_type_:
        return False  # "the meanest he ever got was to label …" (PolNeAR train, tune half)
    if head is not None and _addressed(head):
        return False  # "Many of you have also questioned whether …": the reader (round 74)
    if head is not None and _most(head):
        return False  # "most Republicans agreed": a poll's finding (blind audit, round 13)
    if cue is None or head is None:
        return True
    if head.i > cue.i and _owned_thing(ctx, cue, head, mentions):
        return False  # "Ken Starr praises, laments Bill Clinton's legacy." (round 64)
    if cue.lemma_.lower() not in ctx.lex.needs_agent:
        return True
    if inferred_from_text(ctx, cue, head):
        return False  # "as Berrazeuta's comments implied" (blind audit, round 83)
    spoken = cue.head.lemma_.lower() in ctx.lex.speech or cue.head.lemma_.lower() in ctx.lex.manner
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp") and not spoken:
        # "Ecuador found a coca plantation …, suggesting that production may be rising": what
        # suggests is the finding, not its subject (blind audit, round 13)
        return False
    return _can_speak(ctx, head, mentions)


def _common(head: Token) -> bool:
    """A common noun, or one the tagger took for a name in lower case or alone at a sentence's
    start ("graffiti", "Graffiti in the city says": blind audit, round 85); not a name's word
    ("Mike Way said")."""
    if head.pos_ != "PROPN" or head.is_lower:
        return True
    return head.is_sent_start and not any(c.dep_ in ("compound", "flat") for c in head.children)


def _addressed(head: Token) -> bool:
    """The writer's or speaker's audience: "you", "many of you"."""
    if head.lower_ == "you":
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "you" for g in c.children)
        for c in head.children
    )


def _owned_thing(ctx: Context, cue: Token, head: Token, mentions: Sequence[Mention]) -> bool:
    """A person's thing after the cue, no actor of its own: "laments Bill Clinton's legacy"
    parsed with the legacy as the one who laments."""
    if head.dep_ != "nsubj" or head.head != cue:
        return False
    owned = any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in head.children)
    return owned and head.pos_ == "NOUN" and not _can_speak(ctx, head, mentions)


def _can_speak(ctx: Context, head: Token, mentions: Sequence[Mention]) -> bool:
    """A person, a body, a text, or an actor the actors stage found."""
    if head.pos_ == "PROPN" or head.lower_ in _PERSONAL or head.ent_type_ in _AGENT_ENTS:
        return True
    if head.lemma_.lower() in ctx.lex.statement_nouns:
        return True
    return mention_at(mentions, (head.idx, head.idx + len(head))) is not None


# events a time clause opens with: they begin and end, they say nothing
_EVENTS = frozenset({"meeting", "hearing", "session", "debate", "convention", "conference",
                     "summit", "rally", "vote", "primary", "caucus", "ceremony", "event",
                     "talks", "trial", "game", "service"})  # fmt: skip
_TIME_MARKS = frozenset({"as", "when", "while", "before", "after", "once"})


def past_event_clause(cue: Token, head: Token) -> Token | None:
    """The subject of the clause a time clause hangs on, when the parser made a participle cue
    part of the time clause and its event noun the speaker: "He sent out an email as the
    platform committee meeting began vowing to “fight for every vote”" is his vow (blind audit,
    round 95: given to the meeting)."""
    clause = cue.head
    if cue.tag_ != "VBG" or head.head.i != clause.i or head.lemma_.lower() not in _EVENTS:
        return None
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children
    ):
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
