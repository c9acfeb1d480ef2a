"""Kinds of blind-audit round 35 (fresh seed 31, after round 34's rules; session 2026-12-03d):
each kind, the input and two paraphrases of our own.

Events: a capitalised verb inside a sentence is a word of a title ("he said on “Meet the
Press”"), no meeting; releasing pages, emails or reports is a publication, nobody freed; the
nationality of seized goods ("Venezuelan currency") is their origin, not the seizure's target.
"""

from __future__ import annotations

import pytest


def _coded(events) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo[:3], e.target.code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Politico reported on Ben Carson on Friday. “I have always said that I expect to be "
        "vetted,” he said on “Meet the Press.”",
        "Politico reported on Ben Carson on Friday. He repeated the claim on “Meet the Press” on "
        "Sunday.",
        "Politico wrote about Ben Carson on Friday. He answered the charge on “Meet the Press” "
        "on Sunday.",
    ],
)
def test_a_verb_in_a_title_is_no_deed(events_at, text) -> None:
    assert [c for c in _coded(events_at(text, "2015-11-08")) if c[1] == "040"] == []


def test_a_sentence_opening_quotation_keeps_its_verb(events_at) -> None:
    """A capital after a quotation mark that opens the sentence is the sentence's own verb."""
    found = _coded(events_at("Obama met Putin in Paris on Monday.", "2015-11-30"))
    assert ("USAGOV", "040", "RUSGOV") in found


@pytest.mark.parametrize(
    "text",
    [
        "The State Department released more than 1,100 additional pages of Hillary Clinton's "
        "emails Friday night.",
        "The FBI released its report on Hillary Clinton's private server on Friday.",
        "The Pentagon released video footage of the strike on Friday.",
    ],
)
def test_releasing_documents_frees_no_one(events_at, text) -> None:
    assert [c for c in _coded(events_at(text, "2016-02-19")) if c[1].startswith("08")] == []


def test_releasing_people_is_still_a_release(events_at) -> None:
    found = _coded(events_at("The Taliban released the American soldier on Friday.", "2016-02-19"))
    assert [c for c in found if c[1] == "084"]


@pytest.mark.parametrize(
    "text",
    [
        "Paraguay has seized 25 metric tons of Venezuelan currency.",
        "Colombian customs confiscated 300 kilos of Peruvian cocaine at the port.",
        "Mexico seized two tons of Chinese chemicals bound for Sinaloa.",
    ],
)
def test_the_origin_of_seized_goods_is_not_the_target(events_at, text) -> None:
    found = _coded(events_at(text, "2016-02-19"))
    assert [c for c in found if c[1] == "171" and c[2] in ("VEN", "PER", "CHN")] == []


def test_a_holder_of_seized_goods_is_the_target(events_at) -> None:
    found = _coded(
        events_at("Colombian police seized the assets of Mexican traffickers.", "2016-02-19")
    )
    assert ("COLCOP", "171", "MEXCRM") in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Sergio Gonzalez, the former head of CICPC internal investigations, "
            "extortion has always been common among Venezuela security forces, but has increased "
            "recently with degenerating economic conditions, reported El Nacional.",
            "extortion has always been common among Venezuela security forces, but has increased "
            "recently with degenerating economic conditions",
        ),
        (
            "According to a police commander, the gang controls three prisons in the state, "
            "reported the Reuters news agency.",
            "the gang controls three prisons in the state",
        ),
        (
            "According to local officials, at least 40 families fled the village last week, "
            "reported the newspaper La Prensa.",
            "at least 40 families fled the village last week",
        ),
    ],
)
def test_the_writer_s_report_closes_no_according_content(quotes_in, text, content) -> None:
    found = [q.content for q in quotes_in(text) if q.cue and q.cue.text.lower() == "according to"]
    assert found == [content]
