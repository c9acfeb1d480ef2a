"""A guess about another party's future is no event of that party (PolNeAR train, tune half:
"When Trump suggested that Cuba would sue the U.S." coded Cuba threatening the US): under a verb
that puts forward a guess (suggest, claim, argue, predict, warn …) the reported future is the
speaker's only when its subject is the speaker. An announcement ("…, the embassy said") and the
speaker's own future stay intents."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "When Trump suggested that Cuba would sue the U.S., Rubio fired back.",
        "Analysts argued that China would impose new tariffs on Canada.",
        "Experts suggested that Iran would expel the British ambassador.",
    ],
)
def test_a_guess_about_another_party_is_no_event(events_at, text) -> None:
    assert events_at(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran said it would expel the British ambassador.", ("IRN", "GBRGOV")),
        (
            "German Foreign Minister Oskar Fischer will visit Albania in June, the Albanian "
            "embassy said.",
            ("DEUGOV", "ALB"),
        ),
        (
            "The Iranian foreign ministry said Iran would expel the British ambassador.",
            ("IRN", "GBRGOV"),
        ),
    ],
)
def test_an_announced_or_own_future_stays_an_intent(events_at, text, code) -> None:
    events = events_at(text, PUBLISHED)
    assert [(e.source.code, e.target.code) for e in events] == [code]
    assert all(e.root in ("03", "13") for e in events)
