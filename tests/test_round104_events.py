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
