"""Faults of earlier rounds fixed in round 104, each input with two paraphrases of our own.

* "Kim Yo Jong" coded KORCVL, a leader's sister as a private person: she is a senior official
  of North Korea's ruling party (the office-holder table: PRKGOV);
* "South Korea's Joint Chiefs of Staff" coded USAMIL through the US metonym: a possessor or
  demonym of another country wins over the table's country;
* "HuffPost Pollster" coded as a generic American pollster: an outlet's own poll is the
  outlet's (USAMED, the Huffington Post).

Found on the round 104 set: "Pope Francis" was left uncoded (the bare "Francis" is ambiguous in
the office-holder table, whose alias keeps the title), and, once he was coded, "His critics in
the United States" became VATOPP: a possessed group placed in another country is not the
possessor's country's.
"""

from __future__ import annotations

import pytest


def _pairs(mentions) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("North Korea blew up the office. Kim Yo Jong, the powerful sister of leader Kim Jong "
         "Un, had warned of it.", "Kim Yo Jong"),
        ("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, warned Seoul.",
         "Kim Yo Jong"),
        ("Kim Yo-jong said the liaison office would be destroyed.", "Kim Yo-jong"),
    ],
)  # fmt: skip
def test_kim_yo_jong_is_a_north_korean_official(mentions_of, text, name) -> None:
    assert (name, "PRKGOV") in _pairs(mentions_of(text, "2020-06-10"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("South Korea's Joint Chiefs of Staff said North Korea fired two missiles.", "KORMIL"),
        ("The South Korean Joint Chiefs of Staff said the missiles flew 400 km.", "KORMIL"),
        ("Japan's Joint Chiefs of Staff said the launch was a threat.", "JPNMIL"),
    ],
)
def test_a_possessor_country_wins_over_a_metonym_of_another(mentions_of, text, code) -> None:
    assert ("Joint Chiefs of Staff", code) in _pairs(mentions_of(text, "2020-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Chiefs of Staff said the US would respond.",
        "America's Joint Chiefs of Staff met on Monday.",
    ],
)
def test_the_us_joint_chiefs_stay_american(mentions_of, text) -> None:
    assert ("Joint Chiefs of Staff", "USAMIL") in _pairs(mentions_of(text, "2020-06-10"))


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("According to HuffPost Pollster, Trump leads.", "HuffPost Pollster", "Huffington Post"),
        ("Fox News pollsters found Trump ahead.", "Fox News pollsters", "Fox News"),
        ("A CNN reporter asked Trump.", "CNN reporter", "CNN"),
    ],
)
def test_an_outlets_poll_or_staff_is_the_outlet(mentions_of, text, words, actor) -> None:
    found = [(m.code, m.actor) for m in mentions_of(text, "2016-04-20") if m.text == words]
    assert found == [("USAMED", actor)], found


@pytest.mark.parametrize(
    "text",
    [
        "Pope Francis criticized Donald Trump on Thursday.",
        "Pope Francis arrived in Mexico. Francis told the Biblical story of Nineveh.",
        "In Ciudad Juarez, Pope Francis called for greater Christian compassion.",
    ],
)
def test_pope_francis_is_the_vatican_in_2016(mentions_of, text) -> None:
    codes = [c for t, c in _pairs(mentions_of(text, "2016-02-20")) if "Francis" in t]
    assert codes and set(codes) == {"VATGOV"}, codes


def test_a_possessed_group_placed_in_another_country_is_not_the_possessors(mentions_of) -> None:
    text = ("Pope Francis spoke. His critics in the United States, many of them conservative "
            "Catholics, argue he is political.")  # fmt: skip
    assert ("critics", None) in _pairs(mentions_of(text, "2016-02-20"))


def test_a_possessed_group_at_home_stays_the_possessors(mentions_of) -> None:
    text = "Nicolas Maduro spoke. His critics in Venezuela were jailed."
    assert ("critics", "VENOPP") in _pairs(mentions_of(text, "2016-02-20"))
