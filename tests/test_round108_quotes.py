"""Blind audit, round 108x (fresh articles): a veto threat's infinitive stored as words ("Obama
has threatened to veto the bill"), unnamed critics labelled an opposition party ("Critics say
…" -> MEXOPP, USAOPP) and the remnant of a relative clause stored as what was said ("the tone
he said he was going to set early on", "the “impact,” Jacobs said, that he's had on the news").
Each input, two paraphrases and a guard that keeps what was right."""

from __future__ import annotations

import pytest

_HEAD = "Campaign notes.\n\n"


def _quotes(quotes_in, text: str) -> list:
    return quotes_in(_HEAD + text, "2016-05-19")


@pytest.mark.parametrize(
    "text",
    [
        "Obama has threatened to veto the bill that allows lawsuits against the Saudis over the "
        "9/11 attacks, arguing such legislation could expose the U.S.",
        "The governor threatened to veto the budget that cuts school funding, arguing the cuts "
        "would hurt children.",
        "The White House has threatened to impose sanctions on the companies, saying they had "
        "broken the law.",
    ],
)
def test_a_threatened_act_is_no_words(quotes_in, text) -> None:
    contents = [q.content for q in _quotes(quotes_in, text)]
    assert not [c for c in contents if c.startswith("to ")], contents
    assert [c for c in contents if "would" in c or "could" in c or "had" in c], "argued: kept"


def test_a_threat_to_leave_stays_a_quotation(quotes_in) -> None:
    text = "The opposition leader threatened to leave the talks if the army did not withdraw."
    assert [q for q in _quotes(quotes_in, text) if q.content.startswith("to leave")]


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the Gendarmerie, for instance, has more to do with politics than actual "
        "security reform.",
        "Critics said the image featuring the star shape harked back to centuries-old "
        "anti-Semitic stereotypes.",
        "Mexico's president defended the new police force. Critics say the force is more about "
        "politics than about security.",
    ],
)
def test_unnamed_critics_are_no_opposition(quotes_in, text) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.speaker and q.speaker.text == "Critics"]
    assert found, "the critics' claim is kept"
    for quote in found:
        assert quote.speaker.code is None or not quote.speaker.code.endswith("OPP")
        assert quote.speaker.actor is None or "opposition" not in quote.speaker.actor


@pytest.mark.parametrize(
    "text",
    [
        "Let's see if he goes back to the kind of tone he said he was going to set early on.",
        "We will see whether she keeps the promise she said she would keep this year.",
        "He has not delivered the reforms he said he would make in his first month.",
    ],
)
def test_a_relative_clause_remnant_is_no_claim(quotes_in, text) -> None:
    for quote in _quotes(quotes_in, text):
        assert quote.kind != "indirect" or quote.cue is None or quote.cue.text != "said", (
            quote.content
        )


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump was placed on the short list because of the “impact,” Jacobs said, that "
        "he’s had on the news this year.",
        "The mayor was chosen because of the “progress,” the chairman said, that she has made on "
        "housing.",
        "The film won praise for the “courage,” the critic wrote, that its director showed.",
    ],
)
def test_what_follows_a_tag_inside_a_clause_is_no_claim(quotes_in, text) -> None:
    contents = [q.content for q in _quotes(quotes_in, text)]
    assert not [c for c in contents if c.startswith(("he’s had", "she has made", "its director"))]


@pytest.mark.parametrize(
    "text",
    [
        "This is a man who said he'd never run a negative ad, ever.",
        "Officials said the plan, which the minister said would fail, was dropped.",
    ],
)
def test_a_claim_whose_subject_is_the_relative_pronoun_stays(quotes_in, text) -> None:
    contents = [q.content for q in _quotes(quotes_in, text)]
    assert [c for c in contents if "never run" in c or "was dropped" in c], contents


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "In 2010, Panamanian President Ricardo Martinelli complained that the narconovelas "
            '"exalt" drug runners and corrupt values, and alluded to the possibility of '
            "restrictive new laws if broadcasters refused to self-regulate their content.",
            'the narconovelas "exalt" drug runners and corrupt values',
        ),
        (
            'The minister complained that the soap operas "glorify" traffickers and violence, '
            "and hinted at new rules for broadcasters.",
            'the soap operas "glorify" traffickers and violence',
        ),
        (
            'The senator warned that the shows "celebrate" gangsters and easy money, and called '
            "for a review of the licences.",
            'the shows "celebrate" gangsters and easy money',
        ),
    ],
)
def test_the_speakers_next_act_is_not_what_he_said(quotes_in, text, claim) -> None:
    contents = [q.content for q in _quotes(quotes_in, text) if q.kind == "indirect"]
    assert contents == [claim]


def test_a_claim_with_two_verbs_stays_whole(quotes_in) -> None:
    text = "The police chief said that officers arrested two men and released them on Monday."
    contents = [q.content for q in _quotes(quotes_in, text)]
    assert "officers arrested two men and released them on Monday" in contents


@pytest.mark.parametrize(
    "text",
    [
        "Law enforcement officials in Ecuador rejected a recent report indicating that Mexican "
        "cartels have a presence there, in what is likely an attempt to preserve the country's "
        "image as a relatively safe nation.",
        "The ministry said that the gangs had left the city, in what appeared to be a bid to calm "
        "residents.",
        "Police said the border was closed, in what may be a sign of rising tension.",
    ],
)
def test_the_writers_reading_of_a_report_is_not_reported(quotes_in, text) -> None:
    contents = [q.content for q in _quotes(quotes_in, text)]
    assert not [c for c in contents if "in what" in c], contents
    if "Police" in text or "ministry" in text:
        assert [
            c for c in contents if c in ("the gangs had left the city", "the border was closed")
        ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'Rand Paul, R-Ky., told Fox News that polls could be "way off," and have been '
            "unreliable in past races.",
            'polls could be "way off," and have been unreliable in past races',
        ),
        (
            'Cruz told reporters that the polls were "simply wrong," and have missed his support '
            "before.",
            'the polls were "simply wrong," and have missed his support before',
        ),
        (
            'The mayor told reporters that the forecasts are "too gloomy," and have been wrong '
            "for years.",
            'the forecasts are "too gloomy," and have been wrong for years',
        ),
    ],
)
def test_a_conjunct_agreeing_with_the_claim_is_part_of_it(quotes_in, text, claim) -> None:
    contents = [q.content for q in _quotes(quotes_in, text) if q.kind == "indirect"]
    assert contents == [claim]


def test_the_speakers_own_next_act_stays_out(quotes_in) -> None:
    text = 'The senator said that the plan was "a disaster," and left the room.'
    contents = [q.content for q in _quotes(quotes_in, text) if q.kind == "indirect"]
    assert not [c for c in contents if "left the room" in c]
