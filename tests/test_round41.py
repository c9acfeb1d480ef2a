"""Kinds of blind-audit rounds 40 and 41 (fresh seed 35 and seed 1, on 4504e89; session
2026-12-03e): each kind, the input and two paraphrases of our own.

Actors: a one-word name that ends a body's longer name is that body ("the Post" after "The
Washington Post"), unless two bodies end with it; the surname of a person the article named is
that person when it opens a sentence as its subject, tagged a common noun.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Washington Post editorial board slammed Bernie Sanders on Wednesday.\n\n"
            "On Thursday, Bernie Sanders unloaded on the Post during a media breakfast.",
            "USAMED",
        ),
        (
            "The New York Times reported the deal on Monday. Donald Trump attacked the Times "
            "on Tuesday.",
            "USAMED",
        ),
        (
            "Donald Trump criticized the Post on Tuesday. The Washington Post had called his "
            "plan reckless.",
            "USAMED",
        ),
    ],
)
def test_a_short_name_is_the_body_it_shortens(mentions_of, text, code) -> None:
    found = [m for m in mentions_of(text, "2016-01-29") if m.text in ("Post", "Times")]
    assert [m.code for m in found] == [code]


def test_a_short_name_two_bodies_end_with_stays_unknown(mentions_of) -> None:
    text = (
        "The Washington Post and the Huffington Post both reported the visit. Donald Trump "
        "criticized the Post on Tuesday."
    )
    found = [m for m in mentions_of(text, "2016-01-29") if m.text == "Post"]
    assert [m.code for m in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump laid out stark differences with Hillary Clinton.\n\nTrump blamed Clinton "
        "directly for the past decade and a half of foreign policies.",
        "Donald Trump spoke in Cleveland on Thursday.\n\nTrump accused Hillary Clinton of "
        "weakness.",
        "Donald Trump spoke in Cleveland on Thursday.\n\nTrump criticized Hillary Clinton.",
    ],
)
def test_a_named_person_s_surname_opening_a_sentence_is_that_person(events_at, text) -> None:
    """Round 41: "Trump" opening a sentence was tagged a common noun; the accusation was lost."""
    found = events_at(text, "2016-07-22")
    assert [(e.source.code, e.target.code) for e in found if e.source.text == "Trump"] == [
        ("USAPTY", "USAPTY")
    ]


def test_a_common_noun_subject_is_no_surname(mentions_of) -> None:
    text = "Donald Trump spoke on Thursday. Trump cards were played at the table."
    assert [m.text for m in mentions_of(text)].count("Trump") == 0
