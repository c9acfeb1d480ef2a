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
