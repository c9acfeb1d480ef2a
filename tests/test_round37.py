"""Kinds of blind-audit round 37 (fresh seed 33, after round 36's rules; session 2026-12-03d):
each kind, the input and two paraphrases of our own.

Events: a person who "attacked" someone "for" doing something used words, whatever office the
person holds; a state that attacks for a reason still uses force.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State John Kerry attacked Senator Ted Cruz for blocking the treaty.",
        "John Kerry spoke on Monday. He attacked Senator Ted Cruz for blocking the treaty.",
        "Defense Secretary Ash Carter attacked Senator Ted Cruz for delaying the budget.",
    ],
)
def test_a_person_attacking_for_a_reason_criticises(events_at, text) -> None:
    roots = {e.cameo[:2] for e in events_at(text, "2015-06-08") if e.target.code == "USAPTY"}
    assert roots == {"11"}


def test_a_state_attacking_for_a_reason_uses_force(events_at) -> None:
    found = events_at("Russia attacked Ukraine for joining the alliance.", "2015-06-08")
    assert [e.cameo[:2] for e in found] == ["19"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Security forces said at the end of last year that 19 FARC bases had been "
            "dismantled, 19 members had been captured and more than 173,000 coca plants "
            "destroyed during 2012.",
            "19 FARC bases had been dismantled, 19 members had been captured and more than "
            "173,000 coca plants destroyed during 2012",
        ),
        (
            "The minister said the army had seized two tons of cocaine, police had arrested 40 "
            "suspects and customs had closed three ports.",
            "the army had seized two tons of cocaine, police had arrested 40 suspects and "
            "customs had closed three ports",
        ),
        (
            "Trump said the men detained could be part of the Islamic State.",
            "the men detained could be part of the Islamic State",
        ),
    ],
)
def test_clauses_one_cue_lists_are_one_report(quotes_in, text, content) -> None:
    """Rounds 35 and 38: only the first of three listed claims was kept."""
    assert [q.content for q in quotes_in(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Glenn Beck spoke on Friday. Beck, who supported Sen. Ted Cruz, R-Texas, and virulently "
        "opposed Trump during the Republican presidential primaries, last week said Trump was "
        "seeking to start either a rebellious movement or a media empire.",
        "Glenn Beck spoke on Friday. Beck, who backed Ted Cruz and fought Trump through the "
        "primaries, last month said Trump wanted a media empire.",
        "Glenn Beck spoke on Friday. Beck, who endorsed Ted Cruz early and attacked Trump for "
        "months, last year said Trump would never win.",
    ],
)
def test_a_time_is_never_the_speaker(quotes_in, text) -> None:
    speakers = [q.speaker.text for q in quotes_in(text, "2016-08-26") if q.speaker]
    assert not any(s.split()[-1] in ("week", "month", "year") for s in speakers)


@pytest.mark.parametrize(
    "text",
    [
        "Asked by Stephanopoulos to respond to Trump's criticism, Carson said he had never been "
        "vetted like this.",
        "Asked by reporters to comment on the poll, Sanders said the race was far from over.",
        "Pressed by the host to explain the remark, Trump said he had been joking.",
    ],
)
def test_the_frame_of_another_s_report_is_no_quotation(quotes_in, text) -> None:
    cues = [q.cue.text.lower() for q in quotes_in(text, "2016-05-03") if q.cue]
    assert cues == ["said"]
