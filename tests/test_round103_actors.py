"""Round 103 (blind audit, fresh seed 105, after session 26's merges): two regressions of the
session's own rules, each input with two paraphrases of our own.

* a tag's subject after "… his GOP rivals, Obama said" was read as a candidate the plural
  lists, and President Obama was coded PTY in every mention;
* "the real estate mogul's temperament" became a generic American mogul (BUS) once "mogul"
  was a role; a trade word is only a title before a name ("Billionaire Donald Trump").
"""

from __future__ import annotations

import pytest

DAY = "2016-02-05"


def _codes(mentions_of, text: str, day: str = DAY) -> dict[str, str | None]:
    return {m.text: m.code for m in mentions_of(text, day)}


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama praised the report. Unemployment dipped to 4.9 percent in "
        "January, something you wouldn't know if you listen to the likes of Donald Trump and "
        "his GOP rivals, Obama said.",
        "President Barack Obama spoke on Friday. The economy is strong, whatever the other "
        "candidates, Obama said, may claim.",
        "President Barack Obama mocked the field. Listen to his would-be successors, Obama told "
        "reporters.",
    ],
)
def test_a_tags_subject_is_not_a_listed_candidate(mentions_of, text) -> None:
    codes = _codes(mentions_of, text)
    assert codes.get("President Barack Obama") == "USAGOV", codes


def test_a_listed_candidate_is_still_one(mentions_of) -> None:
    """Guard (round 101): "other candidates, like … Fernando Haddad" are candidates."""
    text = ("Jair Bolsonaro leads the polls. Other candidates, like the leftist former mayor of "
            "Sao Paulo, Fernando Haddad, trail him.")  # fmt: skip
    codes = _codes(mentions_of, text, "2018-09-20")
    assert any(c == "BRAPTY" for t, c in codes.items() if "Haddad" in t), codes


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ted Cruz continued his onslaught against Donald Trump on Saturday, questioning "
        "the real estate mogul's temperament and judgment.",
        "Jeb Bush attacked Donald Trump again, mocking the billionaire's record.",
        "Rubio took aim at Donald Trump, calling the magnate's plan a fantasy.",
    ],
)
def test_a_trade_word_alone_is_no_generic_actor(mentions_of, text) -> None:
    codes = _codes(mentions_of, text)
    assert not [t for t, c in codes.items() if c == "USABUS"], codes


def test_a_trade_word_before_a_name_keeps_the_person(mentions_of) -> None:
    codes = _codes(mentions_of, "Billionaire Donald Trump praised the plan on Monday.")
    assert codes.get("Billionaire Donald Trump") == "USAPTY", codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("''This is an extreme revision in the white-collar threshold,'' said David French of "
         "the National Retail Federation.", "David French"),
        ("Mary English, a lobbyist, said the rule was bad.", "Mary English"),
        ("The plan failed, said John Irish, a spokesman for the group.", "John Irish"),
    ],
)  # fmt: skip
def test_a_surname_that_is_a_demonym_is_no_country(mentions_of, text, name) -> None:
    """Round 103: David French of the National Retail Federation resolved to France."""
    codes = _codes(mentions_of, text, "2016-05-19")
    assert not [t for t, c in codes.items() if c in ("FRA", "GBR", "IRL")], codes


def test_a_demonym_before_a_title_still_gives_the_country(mentions_of) -> None:
    codes = _codes(mentions_of, "French President Emmanuel Macron said the deal was dead.")
    assert codes.get("French President Emmanuel Macron") == "FRAGOV", codes


@pytest.mark.parametrize(
    ("text", "letters", "code"),
    [
        ('Amnesty International (AI) released a report on Tuesday. "In most cases," AI wrote, '
         '"investigation appears to lead nowhere."', "AI", "NGOHRIAMN"),
        ("Human Rights Watch (HRW) released a report. HRW said the police had failed.", "HRW",
         "NGOHRIHRW"),
        ("Amnesty International (AI) met officials. Later AI said the talks were useful.", "AI",
         "NGOHRIAMN"),
    ],
)  # fmt: skip
def test_an_acronym_the_article_defines_is_that_body(mentions_of, text, letters, code) -> None:
    """Round 103: "AI wrote" left unresolved after "Amnesty International (AI)"."""
    found = [m.code for m in mentions_of(text, "2016-05-19") if m.text == letters]
    assert found and all(c == code for c in found), found
