"""Kinds from blind audit round 81 (fresh seed 59): each input with two paraphrases of our own,
and a guard for the reading the rule must keep."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Defense experts hold up increased German-Dutch cooperation as a model.",
        "Analysts hold up Franco-German cooperation as an example for Europe.",
        "Officials held up Colombian-Ecuadorean cooperation as a model for the region.",
    ],
)
def test_cooperation_held_up_as_a_model_is_no_event(events_at, text) -> None:
    """Round 81: "hold up increased German-Dutch cooperation as a model" was 060 both ways."""
    assert events_at(text, "2016-06-07") == []


def test_talks_held_stay_an_event(events_at) -> None:
    found = events_at(
        "Germany and the Netherlands held talks on defense cooperation.", "2016-06-07"
    )
    assert {e.cameo[:2] for e in found} == {"04"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Brazilian police charge the American swimmer with filing a false robbery report.",
         "BRACOP"),
        ("Mexican prosecutors charged the former governor with embezzlement.", "MEXJUD"),
        ("Colombian police charged two Venezuelan smugglers with drug trafficking.", "COLCOP"),
    ],
)  # fmt: skip
def test_police_and_prosecutors_charging_take_legal_action(events_at, text, source) -> None:
    """Round 81: "Brazilian police charge the American swimmer with filing a false robbery
    report" was an accusation (112); charging with a crime is CAMEO 173."""
    found = events_at(text, "2016-08-25")
    assert [(e.source.code, e.cameo) for e in found] == [(source, "173")]


def test_a_politician_charging_a_rival_accuses(events_at) -> None:
    found = events_at("Hillary Clinton charged Donald Trump with lying about his taxes.",
                      "2016-08-25")  # fmt: skip
    assert [e.cameo[:3] for e in found] == ["112"]


@pytest.mark.parametrize(
    "text",
    [
        "Boyle’s question centered on the RNC stacking the audience with anti-Trump activists "
        "who were also opposed to Sen. Ted Cruz.",
        "The hall was filled with veterans who were opposed to Hillary Clinton.",
        "The RNC invited donors who were opposed to Donald Trump.",
    ],
)
def test_an_attitude_in_a_relative_clause_is_no_event(events_at, text) -> None:
    """Round 81: "activists who were also opposed to Sen. Ted Cruz" was 120."""
    assert [e for e in events_at(text, "2016-02-16") if e.cameo.startswith("12")] == []


def test_an_attitude_told_of_its_subject_stays(events_at) -> None:
    found = events_at("Many Republicans were strongly opposed to Ted Cruz.", "2016-02-16")
    assert [e.cameo for e in found] == ["120"]


@pytest.mark.parametrize(
    "text",
    [
        "All signs pointed to Obama endorsing Clinton on Thursday after the president meets "
        "with Sanders in the Oval Office.",
        "Putin is expected to sign the deal after he meets Erdogan in Ankara.",
        "Abe will visit Washington before Obama meets Xi Jinping.",
    ],
)
def test_a_meeting_in_a_time_clause_still_to_come_is_not_held(events_at, text) -> None:
    """Round 81: "… after the president meets with Sanders" was 040 both ways, as held."""
    assert [e for e in events_at(text, "2016-06-08") if e.cameo.startswith("04")] == []


def test_a_meeting_told_in_the_past_stays(events_at) -> None:
    found = events_at("Putin signed the deal after he met Erdogan in Ankara.", "2016-06-08")
    assert any(e.cameo.startswith("04") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "For months, Ted Cruz had effusively praised Donald Trump.",
        "Before the vote, Russia had accused Ukraine of shelling Donetsk.",
        "Until then, the Colombian army had attacked FARC camps near the border.",
    ],
)
def test_a_past_perfect_deed_has_no_day_of_its_own(events_at, text) -> None:
    """Round 81: "For months, Cruz had effusively praised Trump" took the publication day."""
    found = events_at(text, "2016-01-17")
    assert found and all(e.date is None for e in found), [(e.cameo, e.date) for e in found]


def test_a_past_perfect_deed_with_its_own_day_keeps_it(events_at) -> None:
    found = events_at("On Monday the Colombian army had attacked FARC camps.", "2016-01-17")
    assert [e.date.start for e in found] == ["2016-01-11"]
