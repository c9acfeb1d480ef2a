"""Event kinds of session 26: the new user's trial of session 25 and blind-audit round 101
(fresh seed 104); each input with two paraphrases of our own, and guards.

* "expelled diplomats from Poland, Germany and Sweden": the parser hangs "from" on the verb,
  and the diplomats, having no country, gave no expulsion; the "from" countries own them.
"""

from __future__ import annotations

import pytest


def _codes(found) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo, e.target.code) for e in found if not e.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia expelled diplomats from Poland, Germany and Sweden on Monday.",
         {("RUS", "161", "POLGOV"), ("RUS", "161", "DEUGOV"), ("RUS", "161", "SWEGOV")}),
        ("Russia on Monday expelled 10 diplomats from Poland in retaliation.",
         {("RUS", "161", "POLGOV")}),
        ("Moscow ordered out diplomats from Britain and Canada.",
         {("RUSGOV", "161", "GBRGOV"), ("RUSGOV", "161", "CANGOV")}),
    ],
)  # fmt: skip
def test_diplomats_from_countries_are_theirs(events_at, text, expected) -> None:
    """Trial (session 25): the Polish-Russian expulsions were lost."""
    assert expected <= set(_codes(events_at(text, "2024-03-05")))


@pytest.mark.parametrize(
    "text",
    [
        "The party expelled Smith from its ranks.",
        "Russia recalled its diplomats from Poland on Monday.",
    ],
)
def test_a_from_phrase_gives_no_owner_to_what_has_one(events_at, text) -> None:
    """Guard: a person expelled from a body, or a state's own envoys recalled, keep their own
    side (the recall is aimed at Poland, not at Polish diplomats)."""
    codes = _codes(events_at(text, "2024-03-05"))
    assert not [c for c in codes if c[2] == "POLGOV"]
