"""Pronoun kinds of the blind audit of round 110.

* a ", he said," aside inside reported words is not a person those words name before it
  (:mod:`dyads.actors.report_asides`: "any attempt to debunk a falsehood by Mr. Trump, he said,
  becomes hopeless" went to Trump);
* a "they" opening what a body said is the body's, the subject of the saying verb or of the verb
  it is joined to ("House Democrats … seized the floor from Republicans … and said they would
  refuse to leave until they got a vote": :mod:`dyads.actors.sayer_they`);
* a plural noun the parser read as a compound of a root it took for a noun ("The Chinese
  migrants travel by plane to Brazil, where they …") stands between an earlier group and
  "they" (:func:`dyads.actors.blocking.interposed`);
* two people named between a body and a last-resort "their" take it from the body ("his
  Facebook stock, just as … Warren Buffett and Bill and Melinda Gates are doing with their
  wealth": :mod:`dyads.actors.between_people`).

Guards: the aside's pronoun still finds the speaker before; people acting for a body ("the
brothers Elio and Bruno Gerardi acting as their connection") leave it its "their"
(``tests/test_round85_actors2.py``).
"""

from __future__ import annotations

from typing import Any

import pytest


def _actors(found: list[Any], text: str) -> list[str | None]:
    return [m.actor for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [
        (
            "But, as Mr. Sykes said, the media is broken. Therefore any attempt to debunk a "
            "falsehood by Mr. Trump, he said, becomes hopeless.",
            "Sykes",
            "Donald Trump",
        ),
        (
            "Jim Webb spoke to reporters in Ohio. Any deal with President Putin, he said, would "
            "be a mistake.",
            "Jim Webb",
            "Vladimir Putin",
        ),
        (
            "Ms. Lee has long criticised the mayor. The new budget for Mayor Smith, she said, is "
            "a disgrace.",
            "Lee",
            "Smith",
        ),
    ],
)
def test_an_aside_speaker_is_not_named_in_the_words_it_reports(
    mentions_of: Any, text: str, speaker: str, named: str
) -> None:
    found = mentions_of(text)
    pronouns = _actors(found, "he") + _actors(found, "she")
    assert pronouns == [speaker] and named not in pronouns


@pytest.mark.parametrize(
    ("text", "sayer"),
    [
        (
            "House Democrats, looking for a way to shake up the conversation on gun control, "
            "seized the floor from Republicans on Wednesday and  said they would refuse to leave "
            "until they got a vote on gun-control measures.",
            "Democrats",
        ),
        (
            "Senate Republicans took the floor from Democrats on Tuesday and said they would not "
            "negotiate until they saw a new draft.",
            "Republicans",
        ),
        (
            "Protesters clashed with police officers on Sunday and said they would return until "
            "they were heard.",
            "opposition",
        ),
    ],
)
def test_they_opening_a_saying_is_the_sayers(mentions_of: Any, text: str, sayer: str) -> None:
    assert _actors(mentions_of(text), "they") == [sayer, sayer]


@pytest.mark.parametrize(
    "text",
    [
        "Human smuggling of Chinese and Dominican citizens is becoming more common in Uruguay "
        "as local coyotes build up routes across the country into Argentina. The Chinese "
        "migrants travel by plane to Brazil, where they are not required to have an entry visa.",
        "Dominican citizens are often smuggled into Uruguay. Many Haitian migrants travel by boat "
        "to Florida, where they are often detained.",
        "Dominican citizens are often smuggled into Uruguay. The Chinese workers travel by bus to "
        "Argentina, where they find jobs in shops.",
    ],
)
def test_they_after_a_misread_plural_subject_is_not_an_earlier_group(
    mentions_of: Any, text: str
) -> None:
    assert "Dominican civilians" not in _actors(mentions_of(text), "they")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Finally, there's the Giving Pledge table in the very front: Mark Zuckerberg, who "
            "announced plans to give away 99 percent of his Facebook stock, just as his role "
            "models Warren Buffett and Bill and Melinda Gates are doing with their wealth.",
            "Facebook",
        ),
        (
            "Larry Page sold some of his Google stock, just as Sergey Brin and Eric Schmidt did "
            "with their shares.",
            "Google",
        ),
        (
            "Zuckerberg will give away his Facebook stock, as Warren Buffett and Bill Gates did "
            "with their fortunes.",
            "Facebook",
        ),
    ],
)
def test_people_named_between_take_their_from_a_body(
    mentions_of: Any, text: str, body: str
) -> None:
    assert body not in _actors(mentions_of(text, "2015-12-30"), "their")
