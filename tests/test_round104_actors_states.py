"""Round 104 (blind audit): a role must fit the form of its state, each input with two
paraphrases of our own.

* Panama has had no army since 1990: its "security forces" are police (PANCOP, not PANMIL);
* "the king" of the Biblical Nineveh was coded IRQGOV through the modern Iraqi province: a
  monarch's title in a state without a monarch is no actor of it.
"""

from __future__ import annotations

import pytest

PANAMA = "Panama is a transit country. "


def _codes(mentions_of, text: str, day: str) -> dict[str, str | None]:
    return {m.text: m.code for m in mentions_of(text, day)}


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("On September 24, Panamanian security forces arrested 11 people linked to a drug "
         "trafficking organization.", "Panamanian security forces", "PANCOP"),
        ("Costa Rican security forces seized three tons of cocaine on Monday.",
         "Costa Rican security forces", "CRICOP"),
        ("Panamanian troops patrolled the border with Colombia.", "Panamanian troops", "PANCOP"),
    ],
)  # fmt: skip
def test_a_force_of_a_state_without_an_army_is_its_police(mentions_of, text, words, code) -> None:
    codes = _codes(mentions_of, text, "2015-10-01")
    assert codes.get(words) == code, codes


def test_described_security_forces_of_panama_are_police(mentions_of) -> None:
    text = (PANAMA + "According to the Attorney General's office, security forces seized 2.1 "
            "metric tons of drugs and 18 vehicles.")  # fmt: skip
    codes = _codes(mentions_of, text, "2015-10-01")
    assert codes.get("security forces") == "PANCOP", codes


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Colombian security forces arrested 11 people.", "Colombian security forces", "COLMIL"),
        ("Panama's army was abolished in 1990.", "Panama's army", "PANMIL"),
    ],
)
def test_an_army_stays_an_army(mentions_of, text, words, code) -> None:
    codes = _codes(mentions_of, text, "2015-10-01")
    assert codes.get(words) == code, codes


@pytest.mark.parametrize(
    "text",
    [
        "Francis told the Biblical story of the city of Nineveh. God sent a messenger, Jonah, "
        "to warn people and the local king. The king listened, and Nineveh was saved.",
        "The Mosul legend tells of a king who built a great wall; the king died young.",
        "Elvis, the king of rock, lived in Memphis.",
    ],
)
def test_a_king_of_a_state_without_a_monarch_is_no_actor_of_it(mentions_of, text) -> None:
    mentions = mentions_of(text, "2016-02-20")
    kings = [m for m in mentions if "king" in m.text]
    assert kings and all(m.code is None for m in kings), [(m.text, m.code) for m in mentions]


def test_a_king_of_a_monarchy_stays_its_government(mentions_of) -> None:
    text = "King Salman of Saudi Arabia met Obama. The king said the talks went well."
    codes = _codes(mentions_of, text, "2016-02-20")
    assert codes.get("king") == "SAUGOV", codes
