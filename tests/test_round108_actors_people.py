"""People kinds of the blind audit of round 108x; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* a leader of a movement outside the state ("the feminist leader and author") is no
  government (``roles.csv``);
* a "she" opening a clause told to a woman ("telling her … that she should") or a subjunctive
  after a verb of demanding ("recommended that she burn") is not given to the teller
  (:mod:`dyads.actors.told_pronouns`).
"""

from __future__ import annotations

from typing import Any

import pytest

_SCHLAFLY = (
    "Phyllis Schlafly, the conservative activist, died on Monday in St. Louis. She was 92. "
    "Schlafly spent her life in American politics. "
)


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _SCHLAFLY + "On the left, Betty Friedan, the feminist leader and author, compared "
            "her to a religious heretic.",
            "Betty Friedan",
        ),
        (
            _SCHLAFLY + "Gloria Steinem, a feminist leader, called her a traitor to women.",
            "Gloria Steinem",
        ),
        (
            _SCHLAFLY + "Bella Abzug, a movement leader in New York, debated her often.",
            "Bella Abzug",
        ),
    ],
)
def test_a_movement_leader_is_no_government(mentions_of: Any, text: str, name: str) -> None:
    assert not {c for c in _codes(mentions_of(text, "2016-09-07"), name) if c} & {"USAGOV"}


def test_a_party_leader_keeps_the_party(mentions_of: Any) -> None:
    found = mentions_of("Senate Majority Leader Mitch McConnell spoke in Washington.")
    assert {m.code for m in found if m.actor == "Mitch McConnell"} == {"USALEG"}


@pytest.mark.parametrize(
    "text",
    [
        _SCHLAFLY + "On the left, Betty Friedan compared her to a religious heretic, telling "
        "her in a debate that she should burn at the stake.",
        _SCHLAFLY + "Betty Friedan once wrote her a letter, warning her in it that she would lose.",
        _SCHLAFLY + "When Ms. Friedan, during a debate in 1973, recommended that she burn at "
        "the stake, Mrs. Schlafly laughed.",
        _SCHLAFLY + "Betty Friedan demanded that she resign from the panel.",
    ],
)
def test_a_told_she_is_not_the_teller(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-09-07")
    tail = text.index("Friedan")
    assert not [
        m
        for m in found
        if m.text == "she" and m.span[0] > tail and m.actor and "Friedan" in m.actor
    ]


def test_a_teller_s_own_she_is_hers(mentions_of: Any) -> None:
    found = mentions_of("Betty Friedan told reporters that she would run for office.", "2016-09-07")
    assert {m.actor for m in found if m.text == "she"} == {"Betty Friedan"}


@pytest.mark.parametrize(
    "text",
    [
        _SCHLAFLY + "Mrs. Schlafly replied in an even voice that she was pleased Ms. Friedan "
        "had said that because, she said, the comment had made it plain how intolerant they "
        "were.",
        _SCHLAFLY + "Mrs. Schlafly answered that Ms. Friedan had said so because, she said, "
        "the debate had gone badly for her side.",
        _SCHLAFLY + "Mrs. Schlafly wrote that Ms. Friedan had said that only since, she said, "
        "the amendment was losing.",
    ],
)
def test_an_aside_inside_another_s_saying_is_the_outer_speaker_s(
    mentions_of: Any, text: str
) -> None:
    found = mentions_of(text, "2016-09-07")
    aside = text.index(", she said,") + 2
    assert {m.actor for m in found if m.span[0] == aside} == {"Phyllis Schlafly"}


def test_an_aside_of_the_only_speaker_stays_hers(mentions_of: Any) -> None:
    text = "Betty Friedan said the amendment, she said, would pass."
    found = mentions_of(text, "2016-09-07")
    aside = text.index(", she said,") + 2
    assert {m.actor for m in found if m.span[0] == aside} <= {"Betty Friedan"}
