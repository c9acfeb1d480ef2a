"""A copular "it" whose predicate names a situation ("It is a troubling turn") stands for what
happened, not for an actor (blind audit, round 13: coded as the gang named before)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The MS13 is selling weapons in San Salvador. It is a troubling turn.",
        "The gang lost its leader in May. It was a major setback for the group.",
        "The Sinaloa Cartel moved into mining last year. It is a worrying sign for the region.",
    ],
)
def test_it_for_a_situation_is_no_actor(mentions_of, text) -> None:
    assert [m for m in mentions_of(text) if m.text == "It"] == []


def test_it_for_an_organisation_stays(mentions_of) -> None:
    mentions = mentions_of("The Sinaloa Cartel expanded into mining. It is the largest cartel.")
    assert [m.actor for m in mentions if m.text == "It"] == ["Sinaloa Cartel"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ben Carson says Clinton is not fit to serve as President of the United States.",
            "President",
        ),
        ("D'Souza made his prediction who the next president will be.", "president"),
        ("Obama was elected as president of the United States in 2008.", "president"),
    ],
)
def test_a_title_named_as_an_office_is_no_actor(mentions_of, text, title) -> None:
    assert [m for m in mentions_of(text) if m.text == title] == []


def test_a_title_that_acts_stays(mentions_of) -> None:
    mentions = mentions_of("The president said the talks had failed.")
    assert [m.sector for m in mentions if m.text == "president"] == ["GOV"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Donald Trump attacked the pope on Wednesday. In the final Mass of his Mexico trip, "
            "Pope Francis told the crowd to welcome migrants.",
            "Francis",
        ),
        (
            "Hillary Clinton spoke first. After his arrest in 2016, Joaquin Guzman said he was "
            "innocent.",
            "Joaquin Guzman",
        ),
        (
            "Vladimir Putin met the press. During her visit to Kyiv, Chancellor Angela Merkel "
            "promised more aid.",
            "Angela Merkel",
        ),
    ],
)
def test_a_fronted_possessive_points_to_the_subject_after_it(mentions_of, text, actor) -> None:
    # blind audit, round 14: "his" was the person of the sentence before
    mentions = mentions_of(text, published="2016-02-20")
    fronted = next(m for m in mentions if m.text in ("his", "her"))
    assert fronted.actor == actor


def test_a_possessive_after_its_subject_keeps_the_usual_antecedent(mentions_of) -> None:
    mentions = mentions_of("Pope Francis ended his Mexico trip on Wednesday.")
    assert [m.actor for m in mentions if m.text == "his"] == ["Francis"]
