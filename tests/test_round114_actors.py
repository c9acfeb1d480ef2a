"""Actor kinds of the blind audit of round 114 (people and groups); each kind, the input, two
paraphrases of our own, and a guard for the reading the rule must keep.

* a bare leader's title ("another leader, X") in a story about an armed group is the group's,
  not the government's (:mod:`dyads.actors.group_leaders`);
* a plural noun of people right before a name ("Colombian drug lords X") gives its sector
  (:func:`dyads.actors.people._named_as_group`), and names listed after "including" a plural
  group are its members (:mod:`dyads.actors.included_members`);
* "general manager" is no general; intelligence officials are SPY (``roles.csv``);
* "GOP opposition" is the party, PTY (:mod:`dyads.actors.groups`);
* a candidate the text calls a former secretary of state, in a story of the term in office
  that never speaks of the race, is an elite, ELI (:mod:`dyads.actors.races`);
* a title a question or a wish supposes ("whether she would be Clinton's running mate") is no
  actor (:func:`dyads.actors.offices.supposed_role`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _actor_codes(found: list[Any], actor: str) -> set[str | None]:
    return {m.code for m in found if m.actor == actor}


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


# -- 1. a bare leader's title in a story about an armed group -----------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        (
            "Renteria Andrade's arrest signals the further demise of the once-powerful Knights "
            "Templar. The group's leadership was gravely weakened after a series of deaths and "
            'arrests in 2014. One alleged top leader, Jesus Vazquez Macias, alias "El Toro," was '
            "arrested in January, and in March, another leader, Nazario Moreno Gonzalez, alias "
            '"El Chayo," was killed in a shootout with security forces in Michoacan.',
            "Nazario Moreno Gonzalez",
            "MEXCRM",
        ),
        (
            "The arrest deals another blow to the Gulf Cartel in Tamaulipas. Its chain of command "
            "has been broken several times. Another leader, Juan Reyes Mejia, was captured by "
            "marines in Reynosa last year.",
            "Juan Reyes Mejia",
            "MEXCRM",
        ),
        (
            "The FARC has lost several commanders in Colombia this year. One top leader, Jorge "
            "Briceno, was killed in a bombing raid in Meta.",
            "Jorge Briceno",
            "COLREB",
        ),
    ],
)
def test_a_bare_leader_leads_the_armed_group_named_before(
    mentions_of: Any, text: str, actor: str, code: str
) -> None:
    found = mentions_of(text, "2016-07-01")
    assert _actor_codes(found, actor) == {code}, [(m.text, m.code) for m in found]


def test_a_leader_after_a_state_body_is_not_the_group_s(mentions_of: Any) -> None:
    """Guard: the army named between the cartel and the leader; the title stays as it was."""
    text = (
        "The Gulf Cartel has lost ground in Tamaulipas. The Mexican army said on Monday that "
        "another leader, Juan Reyes Mejia, had been captured in Reynosa."
    )
    found = mentions_of(text, "2016-07-01")
    assert "MEXCRM" not in _actor_codes(found, "Juan Reyes Mejia")


# -- 2. a plural noun of people before a name; names an "including" lists -----------------------


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        (
            "Meyendorff was accused of being the top financial chief of a drug trafficking network "
            "that included the now incarcerated Colombian drug lords Luis Agustin Caicedo "
            'Velandia, alias "Don Lucho," and Daniel "El Loco" Barrera.',
            "Luis Agustin Caicedo Velandia",
            "COLCRM",
        ),
        (
            "Police in Texas said the shipment belonged to Mexican traffickers Juan Perez Lopez "
            "and his brother.",
            "Juan Perez Lopez",
            "MEXCRM",
        ),
        (
            "The ring worked for the jailed Honduran drug lords Devis Leonel Rivera Maradiaga and "
            "Javier Rivera Maradiaga, prosecutors said.",
            "Devis Leonel Rivera Maradiaga",
            "HNDCRM",
        ),
    ],
)
def test_a_plural_noun_of_people_before_a_name_gives_its_sector(
    mentions_of: Any, text: str, actor: str, code: str
) -> None:
    found = mentions_of(text, "2016-07-01")
    assert _actor_codes(found, actor) == {code}, [(m.text, m.code) for m in found]


def test_a_demonym_alone_still_makes_a_civilian(mentions_of: Any) -> None:
    """Guard: "Costa Rican Alejandro Jimenez Gonzalez", no noun of people: CRICVL (round 99)."""
    found = mentions_of("Costa Rican Alejandro Jimenez Gonzalez was detained in Panama.")
    assert {m.code for m in found if "Jimenez" in m.text} == {"CRICVL"}


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        (
            "The investigation is focused on the director of property developer Oda Constructora, "
            "architect Walter Mosca, who is suspected of using his business to launder drug money "
            "for the relatives of alleged traffickers with operations in the area, including "
            "Colombian nationals Jesus Antonio Yepes Gaviria and Ignacio Alvarez Meyendorff. "
            "Meyendorff is believed to have been a member of Colombia's defunct Norte del Valle "
            "Cartel.",
            "Jesus Antonio Yepes Gaviria",
            "COLCRM",
        ),
        (
            "Police detained several Mexican gang members, including Juan Perez.",
            "Juan Perez",
            "MEXCRM",
        ),
        (
            "Prosecutors charged a dozen Colombian traffickers, including Carlos Mario Jimenez.",
            "Carlos Mario Jimenez",
            "COLCRM",
        ),
    ],
)
def test_names_an_including_lists_are_the_group_s_members(
    mentions_of: Any, text: str, actor: str, code: str
) -> None:
    found = mentions_of(text, "2016-07-01")
    assert _actor_codes(found, actor) == {code}, [(m.text, m.code) for m in found]


def test_a_titled_name_in_the_list_keeps_its_title(mentions_of: Any) -> None:
    """Guard: a person listed with a title of their own keeps it."""
    text = (
        "Several Colombian officials, including Defense Minister Juan Carlos Pinzon, met the "
        "families."
    )
    found = mentions_of(text, "2014-07-01")
    assert "COLCRM" not in {m.code for m in found if "Pinzon" in m.text}


# -- 3. "general manager"; intelligence officials -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        (
            "Golf is struggling in the U.S. At Boca West, where it costs new members $70,000 to "
            "sign up, Jay DiPietro, the club's 78-year-old president and general manager, "
            "suggested that the troubles of some of his competitors could be attributed to poor "
            "management. ''It was just waiting for a recession,'' he said.",
            "Jay DiPietro",
            "USABUS",
        ),
        (
            "Golf courses are closing in Florida. Tim Ward, the club's general manager, said "
            "prices rose.",
            "Tim Ward",
            "USABUS",
        ),
        (
            "Golf courses are closing in Florida. Maria Diaz, the resort's general manager, said "
            "bookings fell.",
            "Maria Diaz",
            "USABUS",
        ),
    ],
)
def test_a_general_manager_is_no_general(
    mentions_of: Any, text: str, actor: str, code: str
) -> None:
    found = mentions_of(text, "2015-11-26")
    assert _actor_codes(found, actor) == {code}, [(m.text, m.code) for m in found]


def test_a_general_is_still_military(mentions_of: Any) -> None:
    """Guard: the rank alone stays MIL."""
    found = mentions_of("U.S. Gen. John Allen said the strikes would continue.", "2015-11-26")
    assert _actor_codes(found, "John Allen") == {"USAMIL"}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The CIA significantly increased its presence in Mexico last year, sending agents to "
            "work side by side with Mexican law enforcement and intelligence officials on Mexican "
            "military bases.",
            "intelligence officials",
            "MEXSPY",
        ),
        (
            "US intelligence officials said the hack came from Russia.",
            "US intelligence officials",
            "USASPY",
        ),
        (
            "A Mexican intelligence official declined to comment on the report.",
            "Mexican intelligence official",
            "MEXSPY",
        ),
    ],
)
def test_intelligence_officials_are_the_intelligence_services(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    found = mentions_of(text, "2016-07-01")
    assert _codes(found, mention) == {code}, [(m.text, m.code) for m in found]


def test_bare_officials_stay_the_government(mentions_of: Any) -> None:
    """Guard: officials with no intelligence word are the government's."""
    found = mentions_of("Mexican officials declined to comment on the report.", "2016-07-01")
    assert _codes(found, "Mexican officials") == {"MEXGOV"}


# -- 4. "GOP opposition" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In response to Sanders' charge that she has been weak on climate change, she said she "
        "and Obama had made progress in the face of GOP opposition.",
        "The bill stalled in the Senate amid GOP opposition.",
        "Obama's nominee for the court faced fierce GOP opposition.",
    ],
)
def test_a_party_s_opposition_is_the_party(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-04-15")
    assert {m.code for m in found if "opposition" in m.text} == {"USAPTY"}


def test_an_opposition_of_a_country_stays_opp(mentions_of: Any) -> None:
    """Guard: a country's opposition is the opposition."""
    found = mentions_of("The opposition in Venezuela protested on Monday.", "2016-04-15")
    assert _codes(found, "opposition") == {"VENOPP"}


# -- 5. a candidate named by a former office in a story about the term, not the race ---------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Colin Powell has said he has reviewed the messages. His remarks buttress the "
            "contention of former secretary of state Hillary Clinton that some of her emails "
            "have been retroactively classified. The intelligence community has concluded that "
            "top secret information was included in 22 emails that went through Clinton's "
            "private server while she was in office. The State Department has been analyzing "
            "the contents of Clinton's correspondence as it has prepared 52,000 pages of "
            "Clinton's emails for public release.",
            "2016-03-05",
        ),
        (
            "The inspector general faulted former secretary of state Hillary Clinton for using a "
            "private email server while she was in office. Clinton never asked for approval, "
            "the report said.",
            "2016-05-25",
        ),
        (
            "Former Secretary of State Hillary Clinton testified for eleven hours about the attack "
            "in Benghazi, which came while she was in office. Clinton defended the department's "
            "security decisions.",
            "2015-10-22",
        ),
    ],
)
def test_a_candidate_named_by_a_former_office_in_a_story_of_the_term_is_an_elite(
    mentions_of: Any, text: str, day: str
) -> None:
    found = mentions_of(text, day)
    assert _actor_codes(found, "Hillary Clinton") == {"USAELI"}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Former secretary of state Hillary Clinton campaigned in Iowa before the primary. "
            "Clinton said she would win, recalling her time in office.",
            "2016-01-20",
        ),
        ("Former Florida Gov. Jeb Bush criticized Obama on Tuesday.", "2016-01-13"),
    ],
)
def test_a_former_office_in_a_story_of_the_race_stays_the_candidate(
    mentions_of: Any, text: str, day: str
) -> None:
    """Guard: the race named ("primary"), or no term in office spoken of: the campaign, as the
    office-holder table has it (rounds 53 and 101)."""
    found = mentions_of(text, day)
    assert {m.code for m in found if m.kind == "person" and "Obama" not in m.text} == {"USAPTY"}


# -- 6. a role a question or a wish supposes ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton met Elizabeth Warren on Friday. At one point during the interview, "
        "Maddow tried to press Warren on whether or not she would be Clinton’s running mate, "
        "but the senator insisted she hadn’t discussed that with Clinton.",
        "Hillary Clinton met Elizabeth Warren on Friday. Reporters asked if Warren could be "
        "Clinton’s running mate.",
        "Hillary Clinton met Elizabeth Warren on Friday. Warren wants to be Clinton’s running "
        "mate, aides said.",
    ],
)
def test_a_supposed_role_is_no_actor(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-06-11")
    assert not [m for m in found if "running mate" in m.text and m.code]


def test_a_stated_role_stays(mentions_of: Any) -> None:
    """Guard: "Kaine is Clinton's running mate" says who he is."""
    found = mentions_of(
        "Hillary Clinton campaigned in Ohio. Kaine is Clinton’s running mate.", "2016-08-01"
    )
    assert {m.code for m in found if "running mate" in m.text} == {"USAPTY"}
