"""Futures told by someone else: an announcement or the speaker's own plan is an intent; a guess
about another party, or any future a forecaster tells, is only believed. Helpers of
:mod:`dyads.events.factuality`."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.conditions import forms

__all__ = ["forecast", "speakers_own"]


# verbs of saying that put forward a guess about what someone will do, not an announcement
_PREDICTING = {"suggest", "predict", "speculate", "guess", "argue", "contend", "hint", "imply",
               "insist", "claim", "warn", "fear", "worry", "caution", "forecast"}  # fmt: skip


# speakers who tell others' plans only as forecasts (round 94: a rival's headline forecast)
_FORECASTERS = {"rival", "opponent", "analyst", "expert", "observer", "insider", "critic",
                "strategist", "pollster", "commentator", "historian", "scholar"}  # fmt: skip


def speakers_own(clause: Token) -> bool:
    """The reported future is an announcement or the speaker's own ("Iraq said it would
    allow"), not a guess about another party: "Trump suggested that Cuba would sue the U.S."
    (PolNeAR train, tune half: coded Cuba threatening the US)."""
    if forecast(clause):
        return False
    if not forms(clause.head) & _PREDICTING:
        return True  # "Fischer will visit Albania, the Albanian embassy said": an announcement
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or speaker is None or subject.pos_ == "PRON" or speaker.pos_ == "PRON":
        return True
    said = {t.lower_[:4] for t in speaker.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ")}
    # a shared stem: "Iran" in "the Iranian foreign ministry", "Russia" in "Russian officials"
    return bool(said & {t.lower_[:4] for t in subject.subtree if t.pos_ in ("PROPN", "NOUN")})


def forecast(clause: Token) -> bool:
    """ "Sanders will back Clinton, eventually, former rival says": a forecaster's future."""
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return clause.dep_ == "ccomp" and speaker is not None and speaker.lemma_ in _FORECASTERS
