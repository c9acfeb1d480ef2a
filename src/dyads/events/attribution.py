"""Whose act a clause reports: three checks that keep a side from being credited with an act
that is not its own.

- A refusal ("will not return") inside a clause someone else reports is that someone's
  decision or forecast, not a refusal by the clause's subject: "Morales stated that the DEA will
  not return to Bolivia" is no DEA -> Bolivia 12x (blind audit, round 11).
- Subjects under "neither … nor" or "no" did not act: "neither Merkel nor Hollande have gone as
  far as Cameron in chiding Trump" reports no chiding by either (round 11).
- A pronoun target of the source's own code is, as a rule, the source itself: "the prime
  minister stood by his original comments" is no GBRGOV -> GBRGOV praise (round 11).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.events.sides import Arg, MentionIndex, same_side, side_for

__all__ = [
    "electorate",
    "negated_subjects",
    "others_refusal",
    "own_government",
    "self_by_pronoun",
]

_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
             "theirs", "himself", "herself", "itself", "themselves"}  # fmt: skip
_REPORTING = {"ccomp"}


def others_refusal(index: MentionIndex, trigger: Token, sources: Sequence[Arg]) -> bool:
    """The trigger's clause is reported by a speaker who is not one of ``sources`` (a pronoun
    source is taken to be the speaker: "the EU said it won't lift sanctions")."""
    clause = trigger
    for _ in range(4):
        if clause.dep_ in _REPORTING or clause.head == clause:
            break
        if clause.dep_ not in ("conj", "xcomp", "aux"):
            return False
        clause = clause.head
    if clause.dep_ not in _REPORTING:
        return False
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    if any(s.token.lower_ in _PRONOUNS for s in sources):
        return False
    speaker = side_for(index, subjects[0])
    return speaker is None or not any(same_side(speaker, s.side) for s in sources)


def negated_subjects(sources: Sequence[Arg]) -> bool:
    """A source is under "neither" ("neither A nor B condemned X") or "no" ("no country
    objected")."""
    for arg in sources:
        tok = arg.token.head if arg.token.dep_ == "conj" else arg.token
        if tok.left_edge.lower_ in ("neither", "no") or any(
            c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children
        ):
            return True
    return False


_ELECTORATE = frozenset({"voter", "majority", "respondent", "electorate", "caucusgoer",
                         "caucus-goer", "poll", "survey", "pollster"})  # fmt: skip


def electorate(sources: Sequence[Arg]) -> bool:
    """The sources are voters or a poll's share of them: "Six in 10 Virginia Democratic primary
    voters said Clinton is honest", "Sanders was supported by overwhelming majorities of
    voters" are a poll's answers and a vote, no event (round 88 review: coded 051)."""
    for arg in sources:
        tok = arg.token
        words = {tok.lemma_.lower()} | {
            g.lemma_.lower() for p in tok.children if p.lower_ == "of" for g in p.children
        }
        # "was dismissed by the media and voters as a bumbler": a reception by the public, no
        # act of the media (blind audit, round 104: 111 from ABC News)
        words |= {c.lemma_.lower() for c in tok.conjuncts}
        if words & _ELECTORATE or _voters_pronoun(tok):
            return True
    return False


def _voters_pronoun(tok: Token) -> bool:
    """ "they" whose nearest plural subject before it in the sentence is voters: "late-deciding
    voters made up 45 percent of the electorate, and they uniformly scorned Mr. Trump" (own
    reading, seed 70: 111)."""
    if tok.lower_ not in ("they", "them"):
        return False
    before = [t for t in tok.sent if t.i < tok.i and t.dep_ == "nsubj" and t.tag_ == "NNS"]
    return bool(before) and before[-1].lemma_.lower() in _ELECTORATE


def self_by_pronoun(source: Arg, target: Arg) -> bool:
    """The target is a pronoun (or a pronoun's phrase) under the source's own code."""
    word = (target.side.text or "").lower()
    return word in _PRONOUNS and same_side(source.side, target.side)


_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def own_government(source: Arg, target: Arg) -> bool:
    """A warning about what the speaker's own government will do is no act against it:
    "Munguia cautioned that the government is prepared to seek other means" (blind audit,
    round 54: the minister threatening his own government)."""
    if target.path != "comp-subject" or target.side.sector != "GOV":
        return False
    return source.side.country == target.side.country and source.side.sector in _STATE
