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


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ryan spoke on Thursday. Later that day, Trump rejected Ryan's agenda.",
        "Paul Ryan spoke to reporters on Thursday. That night, Trump criticized Ryan.",
        "Paul Ryan met donors on Thursday. On the same day, Trump criticized Ryan.",
    ],
)
def test_that_day_is_the_day_last_named(events_at, text) -> None:
    dates = [e.date.start for e in events_at(text, "2016-05-06") if e.source.code == "USAPTY"]
    assert dates == ["2016-05-05"]


@pytest.mark.parametrize(
    "text",
    [
        "Sanders calls himself a democratic socialist.",
        "The senator has long called herself a moderate.",
        "The rebels call themselves an army of the poor.",
    ],
)
def test_a_self_label_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nearly three-quarters said the political sector was more corrupt than any other part "
        "of society.",
        "Two-thirds said the economy was getting worse.",
        "Respondents said the police could not be trusted.",
    ],
)
def test_a_poll_s_share_is_no_speaker(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Obama's challenge is to find a way to acknowledge that the political divides he "
        "promised to bridge have only grown deeper.",
        "The task is to find a way to admit that the plan failed.",
        "Her problem is finding a way to concede that the polls were right.",
    ],
)
def test_a_way_says_nothing(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Mexican marines gunned down Arturo Beltran Leyva, a Sinaloa Cartel leader, in "
            "December.",
            "MEXMIL",
            "MEXCRM",
        ),
        ("Colombian soldiers gunned down a FARC commander in Cauca.", "COLMIL", "COLREB"),
        (
            "Mexican police gunned down a Sinaloa Cartel leader in Culiacan.",
            "MEXCOP",
            "MEXCRM",
        ),
    ],
)
def test_gunning_down_is_a_killing(events_at, text, source, target) -> None:
    found = [(e.source.code, e.cameo[:2], e.target.code) for e in events_at(text, "2016-06-08")]
    assert (source, "19", target) in found or (source, "18", target) in found
