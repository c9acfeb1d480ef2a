"""Actor kinds the lead engineer found reading round 104's missed facts (second helper); each
kind, the input, two paraphrases of our own, and a guard for the reading the rule must keep.

* a staff title for a principal named with their own title ("a top aide to President Obama"):
  the principal's title is skipped like an honorific, so the aide takes the president's code
  (:func:`dyads.actors.principals._person_after`);
* names listed in apposition to a plural group ("three lieutenants from the military -- A, B
  and C --") take the group's code (:func:`dyads.actors.listed_members.listed_members`);
* a title the recogniser left outside a name ("Pope" of "Pope Francis" before a '' quotation)
  joins it when the two are an office-holder's name or alias
  (:func:`dyads.actors.titled_names.titled_start`);
* a person introduced by a trade word alone ("billionaire Paul Singer") takes the business code
  of the description that opens the next sentence ("The vulture fund manager wrote …";
  :func:`dyads.actors.trade_epithets.trade_epithets`); "hedge fund billionaire" and "fund
  manager" are business titles (``roles.csv``);
* a crime group the police break up is of the police's country ("Brazilian police have broken
  up a drug trafficking ring that moved cocaine from Bolivia to Brazil";
  :func:`dyads.actors.policed.policed_country`); "drug trafficking ring/network", "drug ring",
  "crime ring" are crime groups (``roles.csv``);
* an object pronoun inside a relative clause set off after a name is that name's ("Reverol, who
  was appointed … by President Nicolas Maduro one day after the US government indicted him";
  :func:`dyads.actors.relative_topics.relative_topic`).
"""

from __future__ import annotations

import pytest


def _codes(mentions_of, text: str, day: str) -> dict[str, str | None]:
    return {m.text: m.code for m in mentions_of(text, day)}


# -- a staff title for a titled principal ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The race heated up. David Plouffe, a top aide to President Obama, called Donald "
            "Trump 'a psychopath'.",
            "David Plouffe",
        ),
        (
            "The race heated up. Valerie Jarrett, a senior adviser to President Barack Obama, "
            "criticized Donald Trump on Sunday.",
            "Valerie Jarrett",
        ),
        (
            "The talks resumed. Ned Price, a spokesman for President Barack Obama, said the "
            "meeting went well.",
            "Ned Price",
        ),
    ],
)
def test_a_staff_title_for_a_titled_principal(mentions_of, text, name) -> None:
    codes = _codes(mentions_of, text, "2016-01-05")
    assert codes.get(name) == "USAGOV", codes


def test_a_staff_title_for_a_candidate_keeps_the_party(mentions_of) -> None:
    """Guard (round 79): "a spokesman for Hillary Clinton" in 2016 is the candidate's, PTY."""
    text = "The race heated up. Brian Fallon, a spokesman for Hillary Clinton, said she would win."
    codes = _codes(mentions_of, text, "2016-05-05")
    assert codes.get("Brian Fallon") == "USAPTY", codes


# -- names listed as a plural group's members -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The crisis deepened in Venezuela. In addition, at least three lieutenants from the "
            "military -- Jose Alejandro Michael Sanchez, Angel David Mogollon Medina and Alfredo "
            "Jose Rodriguez -- have deserted to Colombia and denounced Maduro and his regime.",
            [
                "Jose Alejandro Michael Sanchez",
                "Angel David Mogollon Medina",
                "Alfredo Jose Rodriguez",
            ],
        ),
        (
            "The crisis deepened in Venezuela. Two Venezuelan lieutenants, Jose Alejandro "
            "Michael Sanchez and Angel David Mogollon Medina, have fled to Colombia.",
            ["Jose Alejandro Michael Sanchez", "Angel David Mogollon Medina"],
        ),
        (
            "The crisis deepened in Venezuela. Two soldiers from the army -- Pedro Luis Gomez "
            "and Carlos Ruiz -- fled to Brazil. Gomez said he feared arrest.",
            ["Pedro Luis Gomez", "Carlos Ruiz", "Gomez"],
        ),
    ],
)
def test_names_listed_as_a_groups_members(mentions_of, text, names) -> None:
    codes = _codes(mentions_of, text, "2017-06-13")
    assert [codes.get(name) for name in names] == ["VENMIL"] * len(names), codes


@pytest.mark.parametrize(
    "text",
    [
        "The crisis deepened in Venezuela. Police detained the soldiers, Maria Lopez and Juan "
        "Perez said on Monday.",
        "The crisis deepened in Venezuela. The protesters blamed the soldiers -- Maria Lopez "
        "said so.",
    ],
)
def test_a_name_after_a_group_is_no_member_without_a_closed_list(mentions_of, text) -> None:
    """Guard: the names after the group speak of it; the list is no apposition."""
    codes = _codes(mentions_of, text, "2017-06-13")
    assert codes.get("Maria Lopez") is None, codes


# -- a title left outside a name --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The campaign went on. Donald Trump had criticized Pope Francis as ''a political person''.",
        "The campaign went on. Bernie Sanders had praised Pope Francis as ''a moral voice''.",
        "The campaign went on. Marco Rubio had praised Pope Francis as ''a moral leader''.",
    ],
)
def test_a_title_left_outside_a_name_joins_it(mentions_of, text) -> None:
    codes = _codes(mentions_of, text, "2016-02-20")
    assert codes.get("Pope Francis") == "VATGOV", codes


def test_a_word_before_a_name_is_no_title_unless_the_table_has_both(mentions_of) -> None:
    """Guard: "Said Francis" is no pope."""
    codes = _codes(mentions_of, "The campaign went on. Donald Trump met Said Francis on Monday.",
                   "2016-02-20")  # fmt: skip
    assert "VATGOV" not in codes.values(), codes


# -- a trade word renamed by a business title -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The race in New York changed. In May, billionaire Paul Singer fundamentally "
            "changed one of the contests. The vulture fund manager wrote a $500,000 check to a "
            "super PAC supporting John Faso.",
            "billionaire Paul Singer",
        ),
        (
            "The race in New York changed. Last week billionaire Tom Steyer entered the "
            "contest. The hedge fund manager gave $2 million to a super PAC.",
            "billionaire Tom Steyer",
        ),
        (
            "The race in New York changed. Faso relied on another hedge fund billionaire, "
            "Robert Mercer, to win the primary.",
            "hedge fund billionaire, Robert Mercer",
        ),
    ],
)
def test_a_trade_word_renamed_by_a_business_title(mentions_of, text, name) -> None:
    codes = _codes(mentions_of, text, "2016-08-15")
    assert codes.get(name) == "USABUS", codes


def test_a_business_title_after_two_people_names_neither(mentions_of) -> None:
    """Guard: with two people named before it, the description may be either one."""
    text = ("The race in New York changed. Billionaire Robert Mercer met Steve Bannon on Monday. "
            "The fund manager praised him.")  # fmt: skip
    codes = _codes(mentions_of, text, "2016-08-15")
    assert codes.get("Billionaire Robert Mercer") is None, codes


# -- a crime group the police break up -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        (
            "The raid was big. Brazilian police have broken up a drug trafficking ring that "
            "moved cocaine from Bolivia to Brazil.",
            "drug trafficking ring",
            "BRACRM",
        ),
        (
            "The raid was big. Argentine police dismantled a drug smuggling ring that shipped "
            "cocaine from Bolivia to Spain.",
            "drug smuggling ring",
            "ARGCRM",
        ),
        (
            "The raid was big. Mexican police cracked down on a drug trafficking network that "
            "moved cocaine from Colombia to the United States.",
            "drug trafficking network",
            "MEXCRM",
        ),
    ],
)
def test_a_crime_group_the_police_break_up_is_theirs(mentions_of, text, group, code) -> None:
    codes = _codes(mentions_of, text, "2017-09-25")
    assert codes.get(group) == code, codes


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The raid was big. Colombian soldiers attacked a drug trafficking ring that moved "
            "cocaine from Venezuela to Panama.",
            "drug trafficking ring",
        ),
        (
            "The raid was big. Colombian traffickers were active there. On September 24, "
            "Panamanian police arrested 11 people linked to a drug trafficking organization "
            "operating in the town.",
            "drug trafficking organization",
        ),
    ],
)
def test_a_crime_group_takes_no_other_country(mentions_of, text, group) -> None:
    """Guard: soldiers act abroad too; a country named in another sentence is not the group's."""
    codes = _codes(mentions_of, text, "2017-09-25")
    assert codes.get(group) is None, codes


# -- a pronoun inside a relative clause ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The sanctions continued. Interior Minister Nestor Reverol, who was appointed to the "
            "cabinet position in early August by President Nicolas Maduro one day after the US "
            "government indicted him on drug charges, announced the arrests.",
            "Interior Minister",
        ),
        (
            "The talks went on. Defense Minister Vladimir Padrino, who was promoted in 2014 by "
            "President Nicolas Maduro weeks after Washington sanctioned him, spoke on Monday.",
            "Defense Minister",
        ),
        (
            "The talks went on. Senator Marco Rubio, who was endorsed by Governor Rick Scott a "
            "day after the party censured him, spoke on Monday.",
            "Senator",
        ),
    ],
)
def test_a_pronoun_in_a_relative_clause_is_the_named_persons(mentions_of, text, role) -> None:
    found = [m for m in mentions_of(text, "2017-09-01") if m.text == "him"]
    assert [m.role for m in found] == [role], [(m.text, m.role) for m in found]


def test_a_pronoun_after_the_relative_clause_is_left_to_the_other_rules(mentions_of) -> None:
    """Guard: "him" after the clause closed is the person the clause named."""
    text = "The talks went on. Marco Rubio, who met Rick Scott, said he liked him."
    found = {m.text: m.code for m in mentions_of(text, "2017-09-01")}
    assert found.get("him") == "USAGOV", found
