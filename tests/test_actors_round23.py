"""Actor kinds of blind-audit rounds 22-24 (seeds 1 and 22): a country that goes on a body's
name ("Right to Rise USA"); a sitting senator whose apposition names a
party coded as the party (PTY) rather than the legislature; a sitting president called "a former
law professor" coded as a former office-holder; an unnamed office-holder labelled with the
country's name; the country after a town of it coded as an actor; an office-holder given by
title and named later left as the title. Each kind: the audited input and two paraphrases."""

from __future__ import annotations

import pytest


def _mention(mentions, words: str):
    return next(m for m in mentions if m.text == words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Senator Richard Burr, a North Carolina Republican, said the party must unite.",
            "Senator Richard Burr",
        ),
        (
            "Senator Kelly Ayotte, a New Hampshire Republican, told reporters she would vote.",
            "Senator Kelly Ayotte",
        ),
        (
            "Sen. Lindsey Graham, a South Carolina Republican, spoke at the Senate luncheon.",
            "Sen. Lindsey Graham",
        ),
    ],
)
def test_a_senators_title_stays_the_office_beside_a_party_apposition(
    mentions_of, text, words
) -> None:
    assert _mention(mentions_of(text, published="2016-02-01"), words).code == "USALEG"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("President Obama, a former law professor, spoke on Monday.", "President Obama", "USAGOV"),
        (
            "Howard Dean, the former Vermont governor, spoke on Monday.",
            "Howard Dean",
            "USAELI",
        ),
        (
            "Ricardo Lagos, a former president of Chile, spoke on Monday.",
            "Ricardo Lagos",
            "CHLELI",
        ),
    ],
)
def test_former_after_a_name_makes_an_elite_only_of_a_former_office(
    mentions_of, text, words, code
) -> None:
    assert _mention(mentions_of(text, published="2016-02-01"), words).code == code


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A former mayor of Columbus, New Mexico, was sentenced on Friday. The ex-mayor had "
            "smuggled guns to Mexico, prosecutors said.",
            "ex-mayor",
        ),
        (
            "A former governor of Tamaulipas was extradited to the United States. The ex-governor "
            "denied the charges, his lawyer said.",
            "ex-governor",
        ),
        (
            "A former Honduran police chief was arrested on Monday. The ex-chief had taken bribes, "
            "prosecutors in Honduras said.",
            "ex-chief",
        ),
    ],
)
def test_an_unnamed_office_holder_is_not_labelled_as_the_country(mentions_of, text, words) -> None:
    found = [m for m in mentions_of(text, published="2016-02-01") if m.text == words]
    for mention in found:
        assert mention.actor not in ("United States", "Mexico", "Honduras")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police seized cocaine in Santa Cruz, Bolivia, on Monday.", "Bolivia"),
        ("The weapons were found in Medellin, Colombia, last week.", "Colombia"),
        ("Troops arrived in Culiacan, Mexico, before dawn.", "Mexico"),
    ],
)
def test_the_country_after_a_town_of_it_is_a_place(mentions_of, text, words) -> None:
    assert all(m.code is None for m in mentions_of(text) if m.text == words)


def test_a_list_of_countries_keeps_its_actors(mentions_of) -> None:
    mentions = mentions_of("Russia, Ukraine and Belarus signed a gas deal on Monday.")
    assert [m.code for m in mentions if m.kind == "country"] == ["RUS", "UKR", "BLR"]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Ecuador's Foreign Minister claimed there are no FARC members in its territory. "
            "Ecuadorean Foreign Minister Ricardo Patino said so in an interview.",
            "Ecuador's Foreign Minister",
            "Ricardo Patino",
        ),
        (
            "Colombia's Defense Minister said the army would stay. Colombian Defense Minister "
            "Juan Carlos Pinzon said the troops had support.",
            "Colombia's Defense Minister",
            "Juan Carlos Pinzon",
        ),
        (
            "Mexico's Interior Minister announced a review. Mexican Interior Minister Miguel "
            "Angel Osorio Chong said it would take three months.",
            "Mexico's Interior Minister",
            "Miguel Angel Osorio Chong",
        ),
    ],
)
def test_an_office_holder_given_by_title_is_the_person_named_next(
    mentions_of, text, words, actor
) -> None:
    assert _mention(mentions_of(text, published="2014-06-01"), words).actor == actor


def test_a_title_is_not_given_to_a_person_of_another_country(mentions_of) -> None:
    text = (
        "Peru's Foreign Minister said the border was calm. Chilean Foreign Minister Heraldo "
        "Munoz said it was not."
    )
    assert _mention(mentions_of(text, published="2014-06-01"), "Peru's Foreign Minister").actor != (
        "Heraldo Munoz"
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Murphy, the head of Right to Rise USA, tweeted an image of the skywriting.", "USA"),
        ("The super PAC Priorities USA Action started reserving airtime in July.", "USA"),
        ("Organizers of Stop Trump USA said the rally would go ahead.", "USA"),
    ],
)
def test_a_country_that_goes_on_a_bodys_name_is_no_actor(mentions_of, text, words) -> None:
    assert all(m.code is None for m in mentions_of(text) if m.text == words)


def test_a_body_of_a_country_keeps_the_country(mentions_of) -> None:
    mentions = mentions_of("The Bank of Japan raised rates on Tuesday.")
    assert "JPN" in [m.code for m in mentions if m.text == "Japan"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Roger Stone spoke at the rally. Stated Stone: "The system is rigged."', "Stone"),
        ('Ted Cruz spoke in Iowa. Added Cruz: "We will win this state."', "Cruz"),
        ('Bernie Sanders spoke in Ohio. Wrote Sanders: "The economy is rigged."', "Sanders"),
    ],
)
def test_a_cue_before_a_name_is_not_part_of_it(mentions_of, text, words) -> None:
    people = [m for m in mentions_of(text) if m.kind == "person"]
    assert words in [m.text for m in people]
    assert not any(m.text.startswith(("Stated", "Added", "Wrote")) for m in people)
