"""Blind audit, round 104 (fresh seed 106): event kinds a reviewer judged wrong.

"Trump holds multiple investments in Apple" was coded 061 (economic cooperation): holding
shares is a state, no act between the two. Each input and two paraphrases of our own, beside a
guard that "hold" stays the light verb of talks.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The events the whole pipeline stores for an article."""
    from dyads.records import RawDocument

    def run(text: str, published: str) -> list:
        return pipeline.process(
            RawDocument(source="test", content=text, published=published)
        ).events

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump attacked Boeing in February. Trump holds multiple investments in Boeing, "
        "which combined are worth between $1.1 million and $2.25 million.",
        "Hillary Clinton praised Goldman Sachs. Clinton holds investments in Goldman Sachs.",
        "Senator Ted Cruz criticized Boeing. Cruz holds a large investment in Boeing.",
    ],
)
def test_a_holding_is_no_cooperation(events_of, text) -> None:
    found = events_of(text, "2016-05-18")
    assert [e for e in found if e.root in ("05", "11")]  # the sentence before still codes
    assert not [e for e in found if e.root == "06"]


def test_guard_hold_talks_stays_a_meeting(events_of) -> None:
    found = events_of("Russia held talks with Iran in Geneva on Monday.", "2016-05-18")
    assert ("RUS", "04", "IRN") in {(e.source.code, e.root, e.target.code) for e in found}


# An aim is no threat made (blind audits, rounds 103 and 104): "his office was looking to seize
# properties from traffickers" (131) and "Bukele's administration has sought to prevent
# journalists from carrying out their work" (132) were coded as threats.


@pytest.mark.parametrize(
    "text",
    [
        "One police colonel in Santa Cruz, Bolivia told InSight Crime his office was looking to "
        "seize properties from Bolivian traffickers in order to acquire new office space.",
        "The army is looking to capture FARC rebels in the north of Colombia.",
        "Mexico's government wants to arrest Sinaloa Cartel leaders before the election.",
        "The Salvadoran government has sought to prevent journalists from El Faro from carrying "
        "out their work.",
    ],
)
def test_an_aim_to_do_harm_is_no_threat(events_of, text) -> None:
    assert not [e for e in events_of(text, "2019-05-18") if e.root == "13"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Israel plans to attack Iran.", ("ISR", "13", "IRN")),
        ("Russia threatened to impose sanctions on Ukraine.", ("RUS", "13", "UKR")),
        ("China seeks to improve ties with India.", ("CHN", "03", "IND")),
        ("Russia wants to meet Ukraine in Istanbul.", ("RUS", "03", "UKR")),
    ],
)
def test_guard_a_declared_plan_threatens_and_an_aim_to_cooperate_is_intent(
    events_of, text, fact
) -> None:
    found = events_of(text, "2019-05-18")
    assert fact in {(e.source.code, e.root, e.target.code) for e in found}
