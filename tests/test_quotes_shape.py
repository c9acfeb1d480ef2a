"""Quotations whose shape says they are not what someone said (blind audit, round 12): a content
cut off mid-phrase, a quoted name after a naming verb, an outlet the article names that we
resolve only to "media". Each kind: the audited input and two paraphrases; each with the case
that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Police officials have speculated that the attacks are linked to the death of, the "
        "police said.",
        "Police said the killings were tied to the disappearance of",
        "Officials said the bodies were found near the",
    ],
)
def test_a_content_cut_off_mid_phrase_is_left_out(quotes_in, text) -> None:
    assert [q for q in quotes_in(text) if q.kind == "indirect"] == []


def test_a_content_that_ends_its_phrase_stays(quotes_in) -> None:
    found = quotes_in("Police said the killings were tied to the disappearance of three students.")
    assert [q.content.rstrip(".") for q in found] == [
        "the killings were tied to the disappearance of three students"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The city of Terre Haute is called the "Crossroads of America" by its citizens.',
        'The gang, dubbed "Los Zetas" by the press, controls the border.',
        'The region is named "Tierra Caliente" by farmers.',
    ],
)
def test_a_quoted_name_after_a_naming_verb_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_a_word_someone_calls_a_thing_stays_their_word(quotes_in) -> None:
    found = quotes_in('Critics called the measure "Draconian".')
    assert [(q.kind, q.content, q.speaker.text) for q in found] == [
        ("partial", "Draconian", "Critics")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A local newspaper reported the arrests on Monday. The newspaper said the inquiry was "
        "stalled.",
        "Local media covered the trial. The paper said the judge had been threatened.",
        "State media carried the statement. It said the army had withdrawn from the border.",
    ],
)
def test_an_outlet_we_know_only_as_media_is_no_speaker(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_a_named_outlet_stays_the_speaker(quotes_in) -> None:
    found = quotes_in("The Times newspaper said the talks had failed.")
    assert [(q.content, q.speaker.text) for q in found] == [
        ("the talks had failed", "The Times newspaper")
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('Ann Smith, who voted for JFK and Bill Clinton, said that given the crop of candidates '
         'on both sides: "There is nobody I like."', "There is nobody I like."),
        ('The mayor said that in light of the flooding: "We will rebuild."', "We will rebuild."),
        ('The minister told reporters that after weeks of talks: "We have a deal."',
         "We have a deal."),
    ],
)  # fmt: skip
def test_the_framing_before_a_colon_quotation_is_not_what_was_said(quotes_in, text, said) -> None:
    assert [q.content for q in quotes_in(text)] == [said]


def test_a_clause_before_a_colon_quotation_stays_what_was_said(quotes_in) -> None:
    found = quotes_in('The minister said the deal was final: "We have signed it."')
    assert [q.content for q in found] == ["the deal was final", "We have signed it."]
