"""Sector kinds of the blind audit of round 110 (and one of round 108x).

* "Heidi Cruz, Senator Ted Cruz's wife": the title in the kinship phrase is the husband's; the
  wife is a private citizen (:func:`dyads.actors.relatives.kin_of_titled`; round 108x: USALEG);
* "five Taliban detainees": a named armed group's held members are the group's (the metonym
  table's REB), not Phoenix's "detainees" (OPP);
* "former congressional staffer, Susannah Randolph": a former staffer held no office, so no ELI
  (:func:`dyads.actors.formers_staff.former_staffers`; a president's former adviser stays
  an elite, ``tests/test_round61.py``);
* "the congressman's longtime political adviser": a staff title takes its coded possessor's
  code, not the bare title's USAGOV (:func:`dyads.actors.formers_staff.formers_staff`).

Guards: "his son, Army Capt. Humayun Khan" keeps its title's reading; opposition detainees stay
the opposition; a former senator is still an elite.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mr. Guerrero, a Republican from Texas, said he recoiled when Mr. Trump began "
            "attacking Heidi Cruz, Senator Ted Cruz's wife.",
            "Heidi Cruz",
        ),
        ("In Ohio, Mr. Trump praised Jane Portman, Senator Rob Portman's wife.", "Jane Portman"),
        (
            "In Washington, reporters asked Anne Holton, Senator Tim Kaine's wife, about the race.",
            "Anne Holton",
        ),
    ],
)
def test_a_titled_mans_wife_is_a_private_citizen(mentions_of: Any, text: str, name: str) -> None:
    assert set(_codes(mentions_of(text, "2016-05-31"), name)) <= {"USACVL", None}


@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        (
            "In May 2014, it traded five Taliban detainees held at Guantanamo Bay, Cuba, for Sgt. "
            "Bowe Bergdahl.",
            "Taliban detainees",
            "AFGREB",
        ),
        ("Israel released 40 Hamas detainees on Monday.", "Hamas detainees", "PSEREB"),
        ("The United States freed two Taliban detainees in a swap.", "Taliban detainees", "AFGREB"),
    ],
)
def test_a_named_armed_groups_detainees_are_the_groups(
    mentions_of: Any, text: str, group: str, code: str
) -> None:
    assert _codes(mentions_of(text, "2016-01-20"), group) == [code]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Alan Grayson is a congressman. The congressman’s longtime political adviser and "
            "former congressional staffer, Susannah Randolph, was his heir apparent. Randolph "
            "declined to comment.",
            "Randolph",
        ),
        ("Susannah Randolph, a former congressional staffer, is running for Congress.",
         "Susannah Randolph"),
        ("Mark Jones, a former Senate staffer, now runs a lobbying firm. Jones said it was dead.",
         "Jones"),
    ],
)  # fmt: skip
def test_a_former_staffer_is_no_elite(mentions_of: Any, text: str, name: str) -> None:
    codes = _codes(mentions_of(text, "2016-07-29"), name)
    assert codes and "USAELI" not in codes and "USAGOV" not in codes


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Senator Marco Rubio spoke on Monday. The senator's longtime political adviser said "
            "the race was close.",
            "longtime political adviser",
        ),
        (
            "Senator Marco Rubio spoke on Monday. The senator's spokeswoman said the race was "
            "close.",
            "spokeswoman",
        ),
        (
            "Senator Marco Rubio spoke on Monday. The senator's senior aide said it was dead.",
            "senior aide",
        ),
    ],
)
def test_a_staff_title_takes_its_coded_possessors_code(
    mentions_of: Any, text: str, mention: str
) -> None:
    assert _codes(mentions_of(text, "2016-07-29"), mention) == ["USALEG"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Police arrested opposition detainees in Caracas.", "opposition detainees", "VENOPP"),
        (
            "Former Senator Bob Dole, a veteran of the war, spoke in Kansas.",
            "Former Senator Bob Dole",
            "USAELI",
        ),
    ],
)
def test_guards_other_sectors_stay(mentions_of: Any, text: str, mention: str, code: str) -> None:
    assert _codes(mentions_of(text, "2016-07-29"), mention) == [code]
