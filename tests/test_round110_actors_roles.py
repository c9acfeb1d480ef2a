"""Role-word kinds of the blind audit of round 110.

* "I'm going to support the Republican nominee" went to the speaker, Rubio: a pledge of
  support to whoever fills a role names no one (:func:`dyads.actors.generic_roles.chosen_roles`);
* "The activists won", of activist investors, was USAOPP: in a story that names activist
  investors, bare "activists" are business (:mod:`dyads.actors.activist_investors`).

Guards: "the Democratic nominee, Hillary Clinton" keeps her code; street activists stay the
opposition.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    "text",
    [
        "Marco Rubio spoke in Iowa. Asked about Trump, Rubio said: \"I'm going to support the "
        'Republican nominee."',
        "Jeb Bush spoke in Iowa. Bush said he would vote for the nominee in November.",
        "Ted Cruz spoke in Texas. Cruz said he will endorse the eventual nominee.",
    ],
)
def test_a_pledge_to_an_eventual_nominee_names_no_one(mentions_of: Any, text: str) -> None:
    assert set(_codes(mentions_of(text, "2015-12-20"), "nominee")) <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "Activist investors like Nelson Peltz pressed DuPont in America. The activists won.",
        "Activist shareholders in America fought the board of Yahoo. In the end the activists "
        "got two seats.",
        "The American activist hedge funds targeted Apple. The activists lost.",
    ],
)
def test_activists_in_a_story_of_activist_investors_are_business(
    mentions_of: Any, text: str
) -> None:
    codes = [m.code for m in mentions_of(text, "2015-12-30") if m.text.lower() == "activists"]
    assert codes and "USAOPP" not in codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Senators rallied behind the Democratic nominee, Hillary Clinton, on Tuesday.",
            "Democratic nominee, Hillary Clinton",
            "USAPTY",
        ),
        ("Activists marched in Washington on Monday.", "Activists", "USAOPP"),
    ],
)
def test_guards_named_nominees_and_street_activists_stay(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, "2016-07-29"), mention) == [code]
