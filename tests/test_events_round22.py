"""Event kinds of blind-audit round 22 (fresh seed 20): an urged deed coded as done ("is pushing
fellow Senate Democrats to reject the deal" -> Democrats 120), and an opinion or a condition
agreed on coded as cooperation ("Dunn and John agreed that they'd support a Daniels candidacy if
it emerged" -> 030 both ways). Each kind: the audited input and two paraphrases, and the case
that must stay."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders is pushing fellow Senate Democrats to reject the Puerto Rico debt deal.",
        "The White House pressed Congress to approve aid to Ukraine.",
        "France is lobbying its EU partners to impose sanctions on Russia.",
    ],
)
def test_an_urged_deed_is_not_done(events_at, text) -> None:
    events = events_at(text, PUBLISHED)
    assert not any(e.root in ("07", "12", "16") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Dunn and John agreed that they would support a Daniels candidacy if it emerged.",
        "Russia and China agreed that the sanctions were illegal.",
        "Germany and France agreed that the plan was too costly.",
    ],
)
def test_an_opinion_or_a_condition_agreed_on_is_no_cooperation(events_at, text) -> None:
    assert [e.cameo for e in events_at(text, PUBLISHED) if e.root == "03"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China agreed that they would hold joint naval drills.",
        "Armenia and Azerbaijan agreed on Thursday to resume talks on delimiting their border.",
        "Israel and Hamas agreed on a ceasefire.",
    ],
)
def test_an_agreement_to_act_stays(events_at, text) -> None:
    events = events_at(text, PUBLISHED)
    assert len([e for e in events if e.root == "03"]) == 2
