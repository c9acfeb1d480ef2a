"""Event kinds of blind-audit round 92 (fresh seed 66, after the session's rules): the input and
two paraphrases of our own, and a guard that keeps what was right.

* what only seems shown ("a review of the emails seems to show that a CNN reporter coordinated
  with Clinton's staff") is believed, not done;
* sailors are a navy's people, not civilians (our reading of seed 79).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "But a recent review of Hillary Clinton's emails seems to show that a CNN reporter "
        "coordinated with Hillary Clinton's staff.",
        "A review of the emails appears to show that CNN coordinated with the State Department.",
        "The documents appear to suggest that Russia attacked Ukraine.",
    ],
)  # fmt: skip
def test_what_only_seems_shown_is_no_deed(events_at, text) -> None:
    """Round 92: "a recent review of Hillary Clinton's emails seems to show that a CNN reporter
    coordinated with Clinton's staff" was 050 (cooperation) as done."""
    assert events_at(text, "2015-11-25") == []


def test_what_is_shown_stays_a_deed(events_at) -> None:
    text = "A review of the emails shows that CNN coordinated with the State Department."
    found = events_at(text, "2015-11-25")
    assert {(e.source.code, e.cameo, e.target.code) for e in found} == {("USAMED", "050", "USAGOV")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iran detained 10 American sailors from two Navy patrol boats in the Persian Gulf.",
         "USAMIL"),
        ("Iran released the American sailors on Wednesday.", "USAMIL"),
        ("Russia detained 12 Ukrainian sailors near the Kerch Strait.", "UKRMIL"),
    ],
)  # fmt: skip
def test_sailors_are_a_navys_people(events_at, text, target) -> None:
    """Our reading of seed 79: "Iran detained 10 American sailors from two Navy patrol boats"
    coded the sailors as American civilians (``roles.csv`` had soldiers but no sailors)."""
    assert {e.target.code for e in events_at(text, "2016-01-14")} == {target}
