"""Quotation kinds of blind-audit round 18 (seed 1 and seed 17 after round 17's rules): the
object of "rejecting its classification … as …" taken as words; a link blurb's "explains why …";
a database as a speaker; "the younger Mr. Trump" given to his father; "in Forbes' words" given
to the nearest person; the second half of a reported clause dropped ("…, and were doing …");
a clause opening the report cut off ("said just because …"). Each kind: the audited input and
two paraphrases, and the case that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Evo Morales criticized the UN after rejecting its classification of the coca leaf as a "
        "narcotic.",
        "The court rejected the designation of the group as a terrorist organisation.",
        "Brazil dismissed the ranking of its cities as the most violent in the world.",
    ],
)
def test_rejecting_a_thing_as_something_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_rejecting_a_claim_as_baseless_stays_words(quotes_in) -> None:
    found = quotes_in("The Kremlin dismissed the report as a fabrication.")
    assert [q.content for q in found] == ["the report as a fabrication"]


@pytest.mark.parametrize(
    "text",
    [
        "Nate Cohn explains why the polls were way off.",
        "Our correspondent describes how the militia took the town.",
        "Ana Lopez explains what the new law means for migrants.",
    ],
)
def test_an_explained_question_is_a_topic_not_words(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_an_asked_question_stays_reported_speech(quotes_in) -> None:
    found = quotes_in("Joe Biden asked whether China would help.")
    assert [q.content for q in found] == ["whether China would help"]


@pytest.mark.parametrize(
    "text",
    [
        "According to a database compiled by O Globo, 98 politicians are under investigation.",
        "According to a registry kept by the ministry, 40 journalists were killed.",
        "According to a government database, 12,000 people are missing.",
    ],
)
def test_a_database_is_no_speaker(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Donald Trump accepted the nomination. His son Donald Trump Jr. spoke on Tuesday. "
            "“It is a movement,” said the younger Mr. Trump.",
            "Donald Trump Jr.",
        ),
        (
            "George Bush spoke first, then George Bush Jr. arrived. “We stand firm,” said the "
            "younger Bush.",
            "George Bush Jr.",
        ),
        (
            "Jose Perez ran the firm for decades. His son, Jose Perez Jr., took over in June. "
            "“We will grow,” said the younger Mr. Perez.",
            "Jose Perez Jr.",
        ),
    ],
)
def test_the_younger_is_the_junior(quotes_in, text, actor) -> None:
    found = quotes_in(text)
    assert [q.speaker.actor for q in found] == [actor]


def test_the_father_stays_himself(quotes_in) -> None:
    text = (
        "Donald Trump accepted the nomination. His son Donald Trump Jr. spoke on Tuesday. "
        "“We will win,” said Mr. Trump."
    )
    assert [q.speaker.actor for q in quotes_in(text)] == ["Donald Trump"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Michael Dell praised Israel. The summit met in Jerusalem because, in Forbes’ "
            "words, “they are the most entrepreneurial places on the planet.”",
            "Forbes",
        ),
        (
            "Pedro Sanchez visited Rabat. In the words of Amnesty International, “the border "
            "is a death trap.”",
            "Amnesty International",
        ),
        (
            "Angela Merkel listened. The plan was, in Emmanuel Macron's words, “a new beginning "
            "for Europe.”",
            "Emmanuel Macron",
        ),
    ],
)
def test_the_owner_of_the_words_speaks(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert [q.speaker.text for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Several officers said that many police were feeling under threat, and were doing "
            "the minimum they could get away with.",
            "many police were feeling under threat, and were doing the minimum they could get "
            "away with",
        ),
        (
            "The mayor said the police were investigating the case, and were questioning two "
            "suspects.",
            "the police were investigating the case, and were questioning two suspects",
        ),
        (
            "Smith said the army had withdrawn, and had left its weapons behind.",
            "the army had withdrawn, and had left its weapons behind",
        ),
        (
            "Judge Jane Stranch said just because discrimination was not obvious did not mean "
            "it was not there.",
            "just because discrimination was not obvious did not mean it was not there",
        ),
        (
            "The envoy said if the talks failed there would be war.",
            "if the talks failed there would be war",
        ),
        (
            "Ortega said although the protests had ended the country was not at peace.",
            "although the protests had ended the country was not at peace",
        ),
    ],
)
def test_the_whole_reported_clause_is_the_content(quotes_in, text, content) -> None:
    assert [q.content for q in quotes_in(text)] == [content]


def test_the_speakers_next_act_stays_out(quotes_in) -> None:
    found = quotes_in("Smith said the army had withdrawn, and left the room.")
    assert [q.content for q in found] == ["the army had withdrawn"]


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        (
            "A handful of Democrats said defending that terrain is within the Biden wheelhouse.",
            "A handful of Democrats",
            "Democrats",
        ),
        (
            "A group of Russian lawmakers said the vote was rigged.",
            "A group of Russian lawmakers",
            "Russian lawmakers",
        ),
        (
            "Dozens of Ukrainian soldiers said they had not been paid.",
            "Dozens of Ukrainian soldiers",
            "Ukrainian soldiers",
        ),
    ],
)
def test_a_portion_speaks_as_its_group(quotes_in, text, speaker, actor) -> None:
    found = quotes_in(text)
    assert [q.speaker.text for q in found] == [speaker]
    assert found[0].speaker.actor.endswith(actor.split()[-1]) or found[0].speaker.code


@pytest.mark.parametrize(
    "text",
    [
        "Trump refused to apologize, something many Republicans had urged him to do.",
        "Macron did not resign, as the protesters had asked him to do.",
        "The minister never apologized, which the opposition had urged her to do.",
    ],
)
def test_a_request_for_a_pro_form_is_no_content(quotes_in, text) -> None:
    assert not any(q.content.endswith("to do") for q in quotes_in(text))


def test_a_request_with_its_act_stays(quotes_in) -> None:
    found = quotes_in("The EU urged Russia to do more to end the war.")
    assert [q.content for q in found] == ["Russia to do more to end the war"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "“He is reprising that role,” said former Pennsylvania Gov. and Democratic National "
            "Committee Chairman Ed Rendell.",
            "Ed Rendell",
        ),
        (
            "“We will not back down,” said former Sen. and Secretary of State John Kerry.",
            "John Kerry",
        ),
        (
            "“The deal is done,” said former Gov. and party chairman Ana Torres.",
            "Ana Torres",
        ),
    ],
)
def test_two_titles_before_one_name_are_one_speaker(quotes_in, text, actor) -> None:
    found = quotes_in(text)
    assert [q.speaker.actor for q in found] == [actor]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Justice Department is investigating.\n\n“We will achieve justice in this case,” "
            "Tulsa police Chief Chuck Jordan said Monday.",
            "Chuck Jordan",
        ),
        (
            "The ad ends with footage of Trump saying during the debate last week, “That makes "
            "me smart,” when asked about taxes.",
            "Trump",
        ),
        (
            "The spot ends with footage of Obama saying in his last speech, “We are stronger "
            "together,” to loud cheers.",
            "Obama",
        ),
    ],
)
def test_the_speaker_of_a_misparsed_frame(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert [q.speaker.text.endswith(speaker) for q in found] == [True]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Small groups of protesters looped the streets around the stadium - where the "
            "Panthers played the Vikings - while chanting, “Hands up, don't shoot.”",
            "Small groups of protesters",
        ),
        (
            "Angry farmers blocked the road near the square - where the minister gave a speech "
            "- while shouting, “No more taxes.”",
            "Angry farmers",
        ),
        (
            "Students marched to the hall, where the board was meeting, while chanting, “Cancel "
            "the debt.”",
            "Students",
        ),
    ],
)
def test_a_where_clause_subject_does_not_speak(quotes_in, text, speaker) -> None:
    assert [q.speaker.text for q in quotes_in(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Secretary General Ban Ki-moon condemned what he called a “brazen breach” of U.N. "
            "resolutions.",
            "Secretary General Ban Ki-moon",
        ),
        ("Senator Elizabeth Warren attacked what she called a “culture of fraud.”",
         "Senator Elizabeth Warren"),
        ("President Emmanuel Macron denounced what he called an “unacceptable provocation.”",
         "President Emmanuel Macron"),
    ],
)  # fmt: skip
def test_what_he_called_is_the_named_subjects_word(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert [(q.kind, q.speaker.text) for q in found] == [("partial", speaker)]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Even China said it was “resolutely opposed” to the test and warned North Korea to "
            "refrain from further actions.",
            ["it was “resolutely opposed” to the test", "North Korea to refrain from further "
             "actions"],
        ),
        (
            "Smith said the army had withdrawn and said the war was over.",
            ["the army had withdrawn", "the war was over"],
        ),
        (
            "The minister said the talks had failed and warned Serbia to respect the border.",
            ["the talks had failed", "Serbia to respect the border"],
        ),
    ],
)  # fmt: skip
def test_a_second_speech_act_after_and_is_its_own(quotes_in, text, contents) -> None:
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [q.content for q in found] == contents
    assert len({q.speaker.text for q in found}) == 1
