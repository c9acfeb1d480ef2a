"""Blind audit, round 108x (fresh articles): a description by state given to the senator named
just before it, who sits for another state ("The Florida senator told reporters …" given to
"Sen. Joni Ernst, R-Iowa", named after Marco Rubio). Each input, two paraphrases and a guard
that keeps what was right."""

from __future__ import annotations

import pytest


def _actors(quotes_in, text: str) -> list[str | None]:
    quotes = quotes_in("Candidates fan out in Iowa.\n\n" + text, "2016-01-26")
    return [q.speaker.actor for q in quotes if q.speaker and "senator" in q.speaker.text]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Marco Rubio, who is third in many Iowa Republican polls, stressed defense issues and "
            "Supreme Court appointments during an appearance with Sen. Joni Ernst, R-Iowa.\n\n"
            "The Florida senator told reporters he feels good about his campaign in Iowa, and "
            '"we\'ll see what it translates to a week from tonight."',
            "Marco Rubio",
        ),
        (
            "Ted Cruz campaigned in Des Moines on Monday alongside Sen. Chuck Grassley, R-Iowa.\n\n"
            "The Texas senator told supporters he expects a strong turnout on caucus night.",
            "Ted Cruz",
        ),
        (
            "Bernie Sanders spoke at a rally in Ames with Sen. Chuck Schumer of New York.\n\n"
            "The Vermont senator said the campaign has momentum in Iowa.",
            "Bernie Sanders",
        ),
    ],
)
def test_a_state_description_fits_the_senator_of_that_state(quotes_in, text, holder) -> None:
    actors = _actors(quotes_in, text)
    assert actors, "the senator's words are kept"
    assert all(a == holder for a in actors), actors


def test_the_senator_named_last_keeps_a_bare_title(quotes_in) -> None:
    text = (
        "Sen. Ted Cruz held a rally in Des Moines on Monday.\n\n"
        "The senator told reporters he expects a strong turnout on caucus night."
    )
    assert _actors(quotes_in, text) == ["Ted Cruz"]


@pytest.mark.parametrize(
    ("text", "replier"),
    [
        (
            "When she confirmed these suspicions, an alarmed Mildred Camero went to the office of "
            'Vice-president Jose Vicente Rangel, also a former Minister of Defense: "Look, vice '
            'president, this is what is happening," said Camero. "Wow, you\'ve got balls," he '
            "responded.",
            "Jose Vicente Rangel",
        ),
        (
            "Maria Lopez took her findings to the office of Interior Minister Carlos Ruiz. "
            '"These are the names," said Lopez. "You are very brave," he replied.',
            "Carlos Ruiz",
        ),
        (
            'Ana Gomez met General Pedro Salas at the base in March. "The army must answer for '
            'this," said Gomez. "Then go to the courts," he retorted.',
            "Pedro Salas",
        ),
    ],
)
def test_a_reply_is_not_the_speaker_before(quotes_in, text, replier) -> None:
    quotes = quotes_in("Venezuela notes.\n\n" + text, "2013-05-01")
    replies = [q for q in quotes if q.speaker and q.speaker.text == "he"]
    assert replies, "the reply is kept"
    assert all(q.speaker.actor == replier for q in replies), [q.speaker for q in replies]


def test_a_speaker_who_goes_on_keeps_his_words(quotes_in) -> None:
    text = (
        'Interior Minister Carlos Ruiz met reporters on Monday. "These are the names," said '
        'Ruiz. "We will act on them," he added.'
    )
    quotes = quotes_in("Venezuela notes.\n\n" + text, "2013-05-01")
    assert [q.speaker.actor for q in quotes if q.speaker and q.speaker.text == "he"] == [
        "Carlos Ruiz"
    ]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Saudi Arabia is distributing to members of Congress an unusual white paper that "
            "details its counter-terrorism efforts, a copy of which was obtained by POLITICO.\n\n"
            "For a government not known for its transparency, the white paper is strikingly "
            "detailed. For instance, the paper notes the government monitors 20,000 of Saudi "
            "Arabia's 70,000 mosques.",
            "Saudi Arabia",
        ),
        (
            "Qatar sent lawmakers a white paper on its labor reforms, a copy of which was seen by "
            "The Washington Post.\n\nThe paper says the government has inspected 5,000 work sites "
            "this year.",
            "Qatar",
        ),
        (
            "Egypt circulated a policy paper on water security, which Reuters obtained.\n\n"
            "The paper argues the new dam will cut the river's flow by a fifth.",
            "Egypt",
        ),
    ],
)
def test_the_paper_is_the_document_the_article_names(quotes_in, text, author) -> None:
    quotes = quotes_in("Diplomacy notes.\n\n" + text, "2016-05-19")
    papers = [q for q in quotes if q.speaker and q.speaker.text.lower() == "the paper"]
    assert papers, "the document's claim is kept"
    assert all(q.speaker.actor == author for q in papers), [q.speaker for q in papers]


def test_the_paper_naming_no_document_stays_the_newspaper(quotes_in) -> None:
    text = (
        "The New York Times obtained the emails on Monday.\n\n"
        "The paper reported that the aide had deleted several of them."
    )
    quotes = quotes_in("Diplomacy notes.\n\n" + text, "2016-05-19")
    papers = [q for q in quotes if q.speaker and q.speaker.text == "The paper"]
    assert [q.speaker.actor for q in papers] == ["New York Times"]


_ITEMS = "Here are the stories to know today.\n\n1. CANDIDATES MEET IN NEW HAMPSHIRE.\n\n"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "2. U.N. PANEL RULES FOR WIKILEAKS FOUNDER.\n\nJulian Assange has been “arbitrarily "
            "detained” by Britain and Sweden since December 2010, and should be freed and "
            "compensated, the rights group says.",
            "IGOUNO",
        ),
        (
            "2. U.N. COMMITTEE FAULTS VATICAN.\n\nThe church has failed to protect children and "
            "should open its files, the committee says.",
            "IGOUNO",
        ),
        (
            "2. WHO PANEL WARNS OF ZIKA SPREAD.\n\nThe virus is spreading explosively in the "
            "Americas and could infect four million people, the health body says.",
            "IGOUNOWHO",
        ),
    ],
)
def test_a_generic_body_under_a_heading_is_the_body_it_names(quotes_in, text, code) -> None:
    quotes = quotes_in(_ITEMS + text, "2016-02-04")
    said = [q for q in quotes if q.speaker and q.speaker.text.startswith("the ")]
    assert said, "the body's ruling is kept"
    assert all(q.speaker.code == code for q in said), [q.speaker for q in said]


def test_a_generic_body_without_a_heading_names_no_body(quotes_in) -> None:
    text = (
        "The U.N. chief met the foreign ministers on Monday.\n\nJulian Assange should be freed "
        "and compensated, the rights group says."
    )
    quotes = quotes_in("World notes.\n\n" + text, "2016-02-04")
    said = [q for q in quotes if q.speaker and q.speaker.text == "the rights group"]
    assert all(q.speaker.code != "IGOUNO" for q in said)
