"""Actor kinds of blind-audit round 79, fixed in round 80; each kind, the input, two
paraphrases of our own, and a guard for the reading the rule must keep.

* a spokesperson, aide or adviser for a person takes that person's country and sector
  (:mod:`dyads.actors.principals`);
* a title word right after a given name is the surname ("Democrat Patty Judge";
  :mod:`dyads.actors.title_surnames`);
* "the Wisconsin Republican" is the one person named before with that party-and-state tag
  (:func:`dyads.actors.descriptions.tagged_fellow`).
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2016-04-08"


def _code_of(found: list[Any], actor: str) -> set[str | None]:
    return {m.code for m in found if m.actor == actor}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Hillary Clinton campaigned in Ohio. Brian Fallon, a spokesman for Mrs. Clinton, "
            "said she would win.",
            "Brian Fallon",
        ),
        (
            "Hillary Clinton won New York. Clinton spokesman Brian Fallon said the campaign "
            "would win Ohio.",
            "Brian Fallon",
        ),
        (
            "Donald Trump won Arizona. Trump spokeswoman Hope Hicks said Mr. Trump would win.",
            "Hope Hicks",
        ),
        (
            "Donald Trump spoke in Iowa. Hope Hicks, a spokeswoman for Donald Trump, said he "
            "was tired.",
            "Hope Hicks",
        ),
        (
            "Kellyanne Conway, a senior adviser to Donald Trump, said he was ready.",
            "Kellyanne Conway",
        ),
        (
            "Hillary Clinton spoke in Ohio. A spokesman for Mrs. Clinton, Brian Fallon, said "
            "she would win.",
            "Brian Fallon",
        ),
    ],
)
def test_a_spokesperson_for_a_candidate_is_the_candidates(mentions_of, text, actor) -> None:
    """Round 79: Brian Fallon and Hope Hicks coded USAGOV, a bare spokesman's default, while
    Clinton and Trump were USAPTY candidates."""
    found = mentions_of(text, PUBLISHED)
    assert _code_of(found, actor) == {"USAPTY"}, [(m.text, m.actor, m.code) for m in found]


def test_a_pronoun_for_the_spokesperson_carries_the_principals_code(mentions_of) -> None:
    found = mentions_of(
        "Hillary Clinton campaigned in Ohio. Brian Fallon, a spokesman for Mrs. Clinton, said "
        "she would win. He added that Ohio mattered.",
        PUBLISHED,
    )
    he = [m for m in found if m.text == "He"]
    assert he and he[0].actor == "Brian Fallon" and he[0].code == "USAPTY"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("President Obama spoke in Ohio. Ben LaBolt, a spokesman for the Obama campaign, said "
         "he would win.", "Ben LaBolt"),
        ("President Obama spoke in Ohio. Jim Messina, a campaign manager for Mr. Obama, said "
         "he would win.", "Jim Messina"),
    ],
)  # fmt: skip
def test_a_campaigns_staff_is_the_partys_even_for_a_president(mentions_of, text, actor) -> None:
    """Guard: a campaign's spokesman or manager is the party's, whoever the candidate is."""
    assert _code_of(mentions_of(text, "2012-04-08"), actor) == {"USAPTY"}


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Josh Earnest, a spokesman for Mr. Obama, said the president would veto it.",
         "Josh Earnest", "USAGOV"),
        ("Dmitry Peskov, a spokesman for Vladimir Putin, told reporters Russia would respond.",
         "Dmitry Peskov", "RUSGOV"),
        ("Donald Trump spoke in Iowa. Michael Cohen, a lawyer for Mr. Trump, said the story "
         "was false.", "Michael Cohen", "USACVL"),
    ],
)  # fmt: skip
def test_a_spokesperson_keeps_a_governments_code(mentions_of, text, actor, code) -> None:
    """Guard: a government office-holder's spokesman stays the government's; a lawyer is no
    staff title, so a candidate's lawyer stays a civilian."""
    found = mentions_of(text, PUBLISHED)
    assert _code_of(found, actor) == {code}, [(m.text, m.actor, m.code) for m in found]


def test_a_spokesperson_for_a_body_is_the_bodys(mentions_of) -> None:
    found = mentions_of("A spokesperson for the China Coast Guard said the ship left.", PUBLISHED)
    assert any(m.text == "spokesperson" and m.code == "CHNMIL" for m in found)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Democrat Patty Judge, a former lieutenant governor, won the primary in Iowa.",
         "Patty Judge"),
        ("Republican Tom Judge said he would run for the seat.", "Tom Judge"),
        ("In Iowa, Democrat Patty Judge said she would beat Chuck Grassley in November.",
         "Patty Judge"),
    ],
)  # fmt: skip
def test_a_title_word_after_a_given_name_is_the_surname(mentions_of, text, actor) -> None:
    """Round 79: "Democrat Patty Judge" became "Democrat Patty" (USAPTY) and "Judge", an
    American judge (USAJUD)."""
    found = mentions_of(text, PUBLISHED)
    assert _code_of(found, actor) == {"USAPTY"}, [(m.text, m.actor, m.code) for m in found]
    assert not any(m.code == "USAJUD" for m in found)


def test_a_title_before_a_name_stays_a_title(mentions_of) -> None:
    """Guard: "Judge Smith" after a given name ending a clause is still a judge, and "Senator
    Mark Warner" is one person."""
    found = mentions_of("Patty met Judge Smith in Iowa.", PUBLISHED)
    assert any(m.text == "Judge Smith" and m.code == "USAJUD" for m in found)
    found = mentions_of("Senator Mark Warner said the bill would pass.", PUBLISHED)
    assert [m.actor for m in found if m.kind == "person"] == ["Mark Warner"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("House Speaker Paul Ryan, R-Wis., spoke on Tuesday. In an interview with reporters "
         "Thursday, the Wisconsin Republican criticized the president's foreign policy.",
         "Paul Ryan"),
        ("Sen. Ron Johnson (R-Wis.) met voters in Madison. Sen. Tammy Baldwin (D-Wis.) stayed "
         "in Washington. The Wisconsin Republican said he would win.", "Ron Johnson"),
        ("Sen. Tammy Baldwin (D-Wis.) met voters in Madison. The crowd was large. Later, the "
         "Wisconsin Democrat said she would vote no.", "Tammy Baldwin"),
    ],
)  # fmt: skip
def test_a_state_and_party_description_is_the_tagged_person(mentions_of, text, actor) -> None:
    """Round 79: "the Wisconsin Republican" after "House Speaker Paul Ryan, R-Wis.," stayed an
    American party member."""
    found = mentions_of(text, PUBLISHED)
    described = [m for m in found if m.text.startswith("Wisconsin ")]
    assert described and described[0].actor == actor, [(m.text, m.actor) for m in found]


def test_two_people_of_the_state_and_party_leave_the_description_open(mentions_of) -> None:
    """Guard: two Wisconsin Republicans named before: the description is neither."""
    found = mentions_of(
        "Sen. Ron Johnson (R-Wis.) and Rep. Sean Duffy (R-Wis.) met voters. The crowd was "
        "large. The Wisconsin Republican said he would win.",
        PUBLISHED,
    )
    described = [m for m in found if m.text.startswith("Wisconsin ")]
    assert described and described[0].actor not in ("Ron Johnson", "Sean Duffy")
