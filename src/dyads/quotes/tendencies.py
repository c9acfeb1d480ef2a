"""What a poll says of the people it asked, told with a verb of saying (blind audit, round
111): a tendency of a group ("Democratic insiders were more likely to say Clinton still has a
shot") and the screen a poll applies to whom it counts ("takes into account independent voters
who said they would vote in the primary"). The respondents are described, no one's words are
reported."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft

__all__ = ["survey_tendency"]

# "were (more / less) likely to say": how often a group answers so, not an answer given
_TENDING = frozenset({"likely", "unlikely", "apt", "prone", "inclined"})
# the words by which a sentence tells that a poll counts the people it describes (not
# "interviewed": "The newspaper interviewed officers who said they were …" reports them)
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "surveyed", "respondents",
                         "sample", "polled", "pollster", "pollsters"})  # fmt: skip
_RELATIVES = frozenset({"who", "that"})


def survey_tendency(ctx: Context, draft: Draft) -> bool:
    """``draft``'s cue reports what a poll found of a group: "were more likely to say …", or a
    relative "who said …" on the people a poll counts in the same sentence."""
    cue = draft.cue_token
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    return _tending(cue) or _screened(cue)


def _tending(cue: Token) -> bool:
    """ "insiders were more likely to say …", "Democrats were less likely than Republicans to
    say …"."""
    if cue.dep_ not in ("xcomp", "advcl") or cue.head.lower_ not in _TENDING:
        return False
    return cue.head.dep_ in ("acomp", "amod", "ROOT", "conj")


def _screened(cue: Token) -> bool:
    """ "the poll takes into account … voters who said they would vote …": the relative clause
    picks the people counted by what they said of themselves; a sentence without a poll
    ("Podesta, who said …") is left alone."""
    if cue.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES for c in cue.children
    ):
        return False
    group = cue.head
    if group.pos_ not in ("NOUN", "PROPN") or group.tag_ not in ("NNS", "NNPS"):
        return False  # a plural of people counted, not "Podesta" or "the senator"
    # what they said is of themselves ("said they would vote"): "researchers who said the
    # margin of error was three points" report a finding of their own
    of_themselves = any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ == "they" for g in c.children)
        for c in cue.children
    )
    return of_themselves and any(t.lower_ in _POLL_WORDS for t in cue.sent)
