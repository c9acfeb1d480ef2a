"""Actor kinds the lead engineer found reading round 104's missed facts (second helper); each
kind, the input, two paraphrases of our own, and a guard for the reading the rule must keep.

* a staff title for a principal named with their own title ("a top aide to President Obama"):
  the principal's title is skipped like an honorific, so the aide takes the president's code
  (:func:`dyads.actors.principals._person_after`).
"""

from __future__ import annotations

import pytest


def _codes(mentions_of, text: str, day: str) -> dict[str, str | None]:
    return {m.text: m.code for m in mentions_of(text, day)}


# -- a staff title for a titled principal ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The race heated up. David Plouffe, a top aide to President Obama, called Donald "
            "Trump 'a psychopath'.",
            "David Plouffe",
        ),
        (
            "The race heated up. Valerie Jarrett, a senior adviser to President Barack Obama, "
            "criticized Donald Trump on Sunday.",
            "Valerie Jarrett",
        ),
        (
            "The talks resumed. Ned Price, a spokesman for President Barack Obama, said the "
            "meeting went well.",
            "Ned Price",
        ),
    ],
)
def test_a_staff_title_for_a_titled_principal(mentions_of, text, name) -> None:
    codes = _codes(mentions_of, text, "2016-01-05")
    assert codes.get(name) == "USAGOV", codes


def test_a_staff_title_for_a_candidate_keeps_the_party(mentions_of) -> None:
    """Guard (round 79): "a spokesman for Hillary Clinton" in 2016 is the candidate's, PTY."""
    text = "The race heated up. Brian Fallon, a spokesman for Hillary Clinton, said she would win."
    codes = _codes(mentions_of, text, "2016-05-05")
    assert codes.get("Brian Fallon") == "USAPTY", codes
