"""Kinds of blind-audit round 36 (fresh seed 32, after rounds 34-35's rules; session
2026-12-03d): each kind, the input and two paraphrases of our own.

Events: a sentence the writer hedges with "perhaps" or "maybe" reports no deed; people with no
country of their own that a state body acts on are that body's country's.
"""

from __future__ import annotations

import pytest


def _coded(events) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo[:3], e.target.code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders spoke to voters on Monday. Perhaps young voters prefer Sanders' call "
        'for "revolution" over Hillary Clinton\'s pragmatic incrementalism.',
        "Perhaps the Colombian army attacked FARC rebels on Monday to provoke them.",
        "Maybe the Mexican navy raided the cartel's ranch because it feared an attack.",
    ],
)
def test_a_hedged_sentence_reports_no_deed(events_at, text) -> None:
    assert events_at(text, "2016-05-11") == []


def test_an_unhedged_deed_stays(events_at) -> None:
    found = _coded(events_at("The Colombian army attacked FARC rebels on Monday.", "2016-05-11"))
    assert ("COLMIL", "190", "COLREB") in found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The United States is the largest donor to Colombia. According to the United States "
            "government, the Colombian military continued to kill civilians through 2014.",
            "COLCVL",
        ),
        (
            "The United States is the largest donor to Colombia. The Colombian military killed "
            "civilians in Antioquia in 2014, the State Department said.",
            "COLCVL",
        ),
        (
            "The United States funds the program. The Mexican army detained protesters in "
            "Guerrero last year, a US report said.",
            "MEXOPP",
        ),
    ],
)
def test_people_acted_on_by_a_state_body_are_its_country_s(mentions_of, text, target) -> None:
    codes = [m.code for m in mentions_of(text) if m.text in ("civilians", "protesters")]
    assert codes == [target]
