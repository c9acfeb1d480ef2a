"""A candidate the text says left the race stays the party's figure (blind audit, round 111):
"Fiorina, the former Hewlett-Packard CEO who dropped her own presidential bid in early
February" (2016-03-09) was left uncoded, her candidate row in the office-holder table having
ended on 2016-02-10 (:mod:`dyads.actors.left_races`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "day", "mention", "code"),
    [
        (
            "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday. Fiorina, the "
            "former Hewlett-Packard CEO who dropped her own presidential bid in early February, "
            "made a surprise appearance at Cruz's rally in Miami.",
            "2016-03-09",
            "Fiorina",
            "USAPTY",
        ),
        (
            "Jeb Bush, who suspended his presidential campaign in February, endorsed Sen. Ted "
            "Cruz on Wednesday.",
            "2016-03-23",
            "Jeb Bush",
            "USAPTY",
        ),
        (
            "Ben Carson, the retired neurosurgeon who ended his presidential bid last week, "
            "endorsed Donald Trump on Friday.",
            "2016-03-11",
            "Ben Carson",
            "USAPTY",
        ),
    ],
)
def test_a_candidate_who_left_the_race_is_the_party_s(
    mentions_of: Any, text: str, day: str, mention: str, code: str
) -> None:
    assert set(_codes(mentions_of(text, day), mention)) == {code}


def test_every_mention_of_her_takes_the_code(mentions_of: Any) -> None:
    found = mentions_of(
        "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday. Fiorina, the "
        "former Hewlett-Packard CEO who dropped her own presidential bid in early February, "
        "made a surprise appearance at Cruz's rally. She applauded him.",
        "2016-03-09",
    )
    assert {m.code for m in found if m.actor == "Carly Fiorina"} == {"USAPTY"}


@pytest.mark.parametrize(
    ("text", "day", "mention", "code"),
    [
        # no word of the race: outside a term a name is only a name
        ("Jeb Bush endorsed Sen. Ted Cruz on Wednesday.", "2016-03-23", "Jeb Bush", None),
        (
            "Jeb Bush, who ran the state for eight years, endorsed Sen. Ted Cruz.",
            "2016-03-23",
            "Jeb Bush",
            None,
        ),
        # no candidate row in the table: a name
        (
            "John Smith, who dropped his bid for mayor, endorsed Sen. Ted Cruz.",
            "2016-03-23",
            "John Smith",
            None,
        ),
        # an office that day wins over the race left
        (
            "Marco Rubio, who suspended his campaign last week, met Sen. Ted Cruz.",
            "2016-03-23",
            "Marco Rubio",
            "USALEG",
        ),
    ],
)
def test_guards_of_the_race_left(
    mentions_of: Any, text: str, day: str, mention: str, code: str | None
) -> None:
    assert _codes(mentions_of(text, day), mention) == [code]
