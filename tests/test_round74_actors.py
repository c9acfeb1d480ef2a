"""Actor kinds of blind-audit round 74 (fresh seed 56); each kind, the input, two paraphrases of
our own, and a guard for the reading the rule must keep.

A title held at a body outside the state (a foundation, forum, centre, institute, university)
takes the body's sector or none, never the government's, and a country inside the body's name
("the Wilson Center's Mexico Institute") is not the person's. A person's lawyers are not the
judiciary. "Police authorities" are the police. A country owning conjoined cartels ("Colombia's
Cali and Medellin Cartels") is no actor. A lone word after a place preposition ("throughout
Baja") is not an office-holder the article never names. A headline's capitalised words ("Bolivia
Uses G77 Post") are no outlet. A convention named as where something happens and the White
House as the office won are no actors.
"""

from __future__ import annotations

import pytest


def _code(mentions, text: str) -> str | None:
    """The code of the one mention whose text is ``text``."""
    found = [m for m in mentions if m.text == text]
    assert len(found) == 1, [(m.text, m.code) for m in mentions]
    return found[0].code


# --- a title at a body outside the state ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "The FBI asked Apple to unlock the phone in the United States. “We will fight "
            "this,” said David Greene, director for civil liberties at the Electronic Frontier "
            "Foundation.",
            "David Greene",
            None,
        ),
        (
            "Debbie Walsh is director of the Center for American Women and Politics at Rutgers "
            "University.",
            "director",
            None,
        ),
        (
            "Eric Olson, associate director of the Wilson Center's Mexico Institute, told the "
            "Washington Post that the cartels were weaker.",
            "Eric Olson",
            None,
        ),
        (
            "According to Samira Bueno , executive director of the Brazilian Forum for Public "
            "Safety, homicides rose in Brazil.",
            "Samira Bueno",
            "BRANGO",
        ),
        # paraphrases of our own
        (
            "“We need answers,” said Jane Doe, policy director at the Brennan Center for Justice "
            "in New York.",
            "Jane Doe",
            None,
        ),
        (
            "The executive director of the Colombian Foundation for Peace, Ana Ruiz, said the "
            "talks would resume.",
            "director of the Colombian Foundation for Peace, Ana Ruiz",
            "COLNGO",
        ),
        (
            "Mexico Institute director Eric Olson said the cartels were weaker.",
            "director Eric Olson",
            None,
        ),
    ],
)
def test_a_title_at_a_body_outside_the_state_is_not_the_government(
    mentions_of, text, words, code
) -> None:
    """Round 74: USAGOV, USAGOV, MEXGOV and BRAGOV for people at a foundation, a university's
    centre, a think tank's institute and a forum."""
    assert _code(mentions_of(text), words) == code


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Juan Perez, director of Mexico's Foreign Ministry, said the talks would resume.",
            "Juan Perez",
        ),
        (
            "Rafael Ramirez, director of Mexico's National Security Commission, said the talks "
            "would resume.",
            "Rafael Ramirez",
        ),
    ],
)
def test_a_title_at_a_state_body_stays_the_government(mentions_of, text, words) -> None:
    assert _code(mentions_of(text), words) == "MEXGOV"


def test_a_title_at_a_university_takes_its_sector_and_place(mentions_of) -> None:
    text = (
        "Dianne Bystrom, director of the Carrie Chapman Catt Center at Iowa State University, "
        "said voters were angry."
    )
    assert _code(mentions_of(text), "Dianne Bystrom") == "USAEDU"


# --- a person's lawyers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Clinton's lawyers returned 55,000 pages of emails to the State Department.", "lawyers"),
        (
            "Secretary of State Hillary Clinton used a private server. Her lawyers said the "
            "emails were returned.",
            "lawyers",
        ),
        ("Trump's attorneys asked a federal court in New York to delay the trial.", "attorneys"),
    ],
)
def test_a_persons_lawyers_are_not_the_judiciary(mentions_of, text, words) -> None:
    """Round 74: "Clinton's lawyers" were USAJUD."""
    found = [m for m in mentions_of(text) if m.text == words]
    assert found and all(m.sector != "JUD" and not (m.code or "").endswith("JUD") for m in found)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("U.S. Attorney Preet Bharara said the case was strong.", "U.S. Attorney Preet Bharara",
         "USAJUD"),
        ("Brazilian prosecutors said the former president took bribes.", "Brazilian prosecutors",
         "BRAJUD"),
    ],
)  # fmt: skip
def test_prosecutors_stay_the_judiciary(mentions_of, text, words, code) -> None:
    assert _code(mentions_of(text), words) == code


# --- police authorities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "According to La Prensa , police authorities said they would hold a press conference "
            "in Managua.",
            "police authorities",
            "NICCOP",
        ),
        ("Nicaraguan police authorities said two were killed.", "Nicaraguan police authorities",
         "NICCOP"),
        (
            "According to El Heraldo, police authorities said two suspects were held in "
            "Tegucigalpa.",
            "police authorities",
            "HNDCOP",
        ),
    ],
)  # fmt: skip
def test_police_authorities_are_the_police(mentions_of, text, words, code) -> None:
    """Round 74: "police authorities" were NICGOV."""
    assert _code(mentions_of(text), words) == code


def test_bare_authorities_stay_the_government(mentions_of) -> None:
    found = mentions_of("Nicaraguan authorities said two were killed.")
    assert _code(found, "Nicaraguan authorities") == "NICGOV"


# --- a country owning conjoined cartels --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Both Colombia's Cali and Medellin Cartels favored gold, according to officials.",
         "Colombia"),
        ("By then Colombia's Cali and Medellin cartels had moved into heroin.", "Colombia"),
        ("Mexico's Sinaloa and Juarez cartels fought in Chihuahua.", "Mexico"),
    ],
)  # fmt: skip
def test_a_country_owning_named_groups_is_no_actor(mentions_of, text, country) -> None:
    """Round 74: "Colombia" of "Colombia's Cali and Medellin Cartels" was coded COL."""
    found = mentions_of(text)
    assert _code(found, country) is None
    assert any((m.code or "").endswith("CRM") for m in found)


def test_a_country_owning_a_deed_stays_an_actor(mentions_of) -> None:
    assert _code(mentions_of("Mexico's decision angered Trump."), "Mexico") == "MEX"


# --- a surname used as a place -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "How long this agreement lasts depends on the abilities of both groups to consolidate "
        "their power bases throughout Baja.",
        "The gangs fought for routes across Baja during the war.",
        "Violence rose in Baja after the arrest of two local bosses.",
    ],
)
def test_a_place_is_not_an_office_holder_named_by_surname(mentions_of, text) -> None:
    """Round 74: "throughout Baja" was Lauro Baja, a Philippine envoy (PHLGOV)."""
    assert not [m for m in mentions_of(text, published=None) if m.actor == "Lauro Baja"]


def test_a_surname_as_a_subject_is_still_the_office_holder(mentions_of) -> None:
    found = mentions_of("Baja said the vote was wrong.", published=None)
    assert [m.actor for m in found if m.text == "Baja"] == ["Lauro Baja"]


# --- a headline's words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia Uses G77 Post to Put Coca Legalization on International Agenda",
        "Bolivia Wins G77 Post to Put Coca on Agenda",
        "Bolivia Uses Summit Post to Defend Coca Growers",
    ],
)
def test_a_headline_verb_phrase_is_no_outlet(mentions_of, text) -> None:
    """Round 74: "Bolivia Uses G77 Post" was an outlet, BOLMED."""
    assert not [m for m in mentions_of(text) if (m.code or "").endswith("MED")]


def test_an_outlet_the_article_names_again_stays_an_outlet(mentions_of) -> None:
    text = "Peru Daily Reports Coca Vote\n\nThe Peru Daily said the vote was close."
    assert [m.code for m in mentions_of(text) if m.text == "Peru Daily"] == ["PERMED", "PERMED"]


# --- an event and an office ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Clinton spoke at the Democratic National Convention in Philadelphia on Thursday.",
            "Democratic National Convention",
        ),
        (
            "Asked if she believed Putin wanted Trump to win the White House, Clinton said yes.",
            "White House",
        ),
        (
            "Delegates cheered during the Republican National Convention in Cleveland.",
            "Republican National Convention",
        ),
        ("Sanders ended his race for the White House on Tuesday.", "White House"),
        ("Democrats hope to keep the White House in November.", "White House"),
    ],
)
def test_an_event_held_or_an_office_won_is_no_actor(mentions_of, text, words) -> None:
    """Round 74: "at the Democratic National Convention" was USAPTY, "win the White House"
    USAGOV."""
    assert _code(mentions_of(text), words) is None


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("The Democratic National Convention nominated Clinton on Tuesday.",
         "Democratic National Convention", "USAPTY"),
        ("The White House said the talks would resume.", "White House", "USAGOV"),
    ],
)  # fmt: skip
def test_a_convention_or_the_white_house_acting_stays_an_actor(
    mentions_of, text, words, code
) -> None:
    assert _code(mentions_of(text), words) == code
