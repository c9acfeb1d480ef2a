"""Quotation kinds of blind-audit rounds 16 and 17: a quotation followed by its speaker and a
verb outside the cue lexicon ("…,” an angry Hollande retaliated); a title opening a paragraph
given the last paragraph's speaker; joint speakers; a digest's "HEADING - Name: “…”" layout; the
anonymity formula ("who asked not to be named") stored as what was said. Each kind: the audited
input and two paraphrases, and the case that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“France will always be France,” an angry Hollande retaliated.", "Hollande"),
        ("“We will never give in to this pressure,” the minister shot back.", "the minister"),
        ("“Why should we pay for their mistakes?” Orban thundered.", "Orban"),
    ],
)
def test_the_layout_after_a_quotation_is_its_cue(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert [q.kind for q in found] == ["direct"]
    assert found[0].speaker.text.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "“The Apprentice,” which Trump hosted for years, made him famous.",
        "“Make America Great Again,” the slogan Trump chose, now hangs in the hall.",
        "“Fire and Fury,” a book Trump disliked, sold a million copies.",
    ],
)
def test_a_title_is_not_a_quotation_by_its_verb(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "title",
    [
        "“The Apprentice,” which Trump hosted for years, was a hit.",
        "“Fire and Fury,” the book by Michael Wolff, sold well.",
        "“Hamilton,” the musical, drew the vice president-elect.",
    ],
)
def test_a_title_opening_a_paragraph_keeps_no_earlier_speaker(quotes_in, title) -> None:
    text = "“We are going to win big,” Trump said on Monday.\n\n" + title
    found = quotes_in(text)
    assert [q.content for q in found] == ["We are going to win big,"]


def test_a_continued_quotation_keeps_its_speaker(quotes_in) -> None:
    text = "“We are going to win big,” Trump said on Monday.\n\n“Believe me. We will win.”"
    found = quotes_in(text)
    assert [(q.content, q.speaker.text) for q in found] == [
        ("We are going to win big,", "Trump"),
        ("Believe me. We will win.", "Trump"),
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Both Rodriguez Torres and Maduro stated that the operation was a success.",
            ["Rodriguez Torres", "Maduro"],
        ),
        ("Merkel and Macron said on Friday that the talks would continue.", ["Merkel", "Macron"]),
        (
            "Senators Elizabeth Warren and Bernie Sanders said the bill was a disgrace.",
            ["Elizabeth Warren", "Bernie Sanders"],
        ),
    ],
)
def test_joint_speakers_each_said_it(quotes_in, text, speakers) -> None:
    found = quotes_in(text)
    assert len({q.content for q in found}) == 1
    assert [q.speaker.text.removeprefix("Senators ") for q in found] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: "
            "“The polls were not dead wrong. They just ended too early.”",
            ["Mark Blumenthal", "Jon Cohen"],
        ),
        (
            "Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”",
            ["Carl Bialik"],
        ),
        (
            "OHIO IS STILL A TOSS-UP, BY ANY MEASURE - Ariel Edwards-Levy: “Turnout will "
            "decide it.”",
            ["Ariel Edwards-Levy"],
        ),
    ],
)
def test_a_digest_heading_is_not_the_speaker(quotes_in, text, speakers) -> None:
    found = quotes_in("This is the morning's polling digest.\n\n" + text)
    assert [q.speaker.text for q in found] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "“We are close to a deal,” a senior official, who asked not to be named, told Reuters.",
        "A diplomat, who asked not to be identified, said the talks had stalled.",
        "“Nothing is agreed,” said an aide, who requested anonymity.",
    ],
)
def test_the_anonymity_formula_is_not_what_was_said(quotes_in, text) -> None:
    found = quotes_in(text)
    assert found
    assert not any("named" in q.content or "anonymity" in q.content for q in found)
    assert not any("identified" in q.content for q in found)
