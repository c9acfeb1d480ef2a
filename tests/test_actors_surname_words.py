"""Gazetteer words that are a person's surname after a given name (blind audit, round 13:
"Mark Cuban" was read as the demonym, "Cuban also complained" coded as Cuba), and a title
whose rank differs ("the president" is not "the vice president, Maria Lopez")."""

from __future__ import annotations

import pytest


def _at(mentions, text):
    return [m for m in mentions if m.text == text]


@pytest.mark.parametrize(
    ("text", "full", "bare"),
    [
        (
            "Billionaire investor Mark Cuban said he would not endorse anyone. Cuban also "
            "complained that Cruz is too principled.",
            "Mark Cuban",
            "Cuban",
        ),
        (
            "Coach Tom German praised his players on Sunday. German said the team had improved.",
            "Tom German",
            "German",
        ),
        (
            "The novelist Sarah English spoke at the festival. English said the book took ten "
            "years.",
            "Sarah English",
            "English",
        ),
    ],
)
def test_a_demonym_after_a_given_name_is_a_surname(mentions_of, text, full, bare) -> None:
    mentions = mentions_of(text)
    later = [m for m in mentions if m.text == bare]
    assert later, [(m.text, m.actor) for m in mentions]
    assert all(m.kind == "person" and m.actor == full and m.code is None for m in later)


def test_the_nationality_before_a_noun_stays_the_nationality(mentions_of) -> None:
    mentions = mentions_of(
        "Billionaire investor Mark Cuban spoke in Miami. Cuban immigrants in Florida backed Rubio."
    )
    assert [m.code for m in _at(mentions, "Cuban immigrants")] == ["CUBCVL"]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("The vice president, Maria Lopez, arrived on Monday. The president said no.", "president"),
        ("Deputy minister Ana Ruiz spoke first. The minister said the plan failed.", "minister"),
        ("The former governor, Luis Vega, was there. The governor said nothing new.", "governor"),
    ],
)
def test_a_title_of_another_rank_is_not_that_person(mentions_of, text, description) -> None:
    mentions = mentions_of(text)
    named = next(m.actor for m in mentions if m.kind == "person" and m.text.count(" ") >= 1)
    described = [m for m in mentions if m.text == description]
    assert all(m.actor != named for m in described)


@pytest.mark.parametrize(
    "text",
    [
        "They also referred to a man known as Alonso as the target, though he was not among the "
        "dead.",
        "Yanez was the primary representative of the Tijuana Cartel in Mexico City.",
        "Police said Duque had hidden the money in a farm near the border.",
    ],
)
def test_undated_a_common_surname_is_no_office_holder(mentions_of, text) -> None:
    mentions = mentions_of(text, published=None)
    bare = [m for m in mentions if m.text in ("Alonso", "Yanez", "Duque")]
    assert bare and all(m.code is None for m in bare)


def test_a_rare_surname_or_a_dated_one_still_finds_the_office_holder(mentions_of) -> None:
    assert [m.code for m in mentions_of("Lavrov said the talks were over.", published=None)] == [
        "RUSGOV"
    ]
    dated = mentions_of("Duque said the talks were over.", published="2020-03-01")
    assert [m.code for m in dated if m.text == "Duque"] == ["COLGOV"]
