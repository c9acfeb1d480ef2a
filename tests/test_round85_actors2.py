"""Actor kinds of round 85 (recall of events, and a second blind audit's precision faults);
each kind: the article's input, two paraphrases of our own, and a guard for the reading the rule
must keep.

Recall (a clear actor left uncoded, so its events were lost):

* a country's finance ministry by its other names ("the US Treasury", "the Department of the
  Treasury", "the Treasury" after one of them) is its GOV (``roles.csv``, ``metonyms.csv``;
  :mod:`dyads.actors.descriptions`); a body's name on its debt is no actor (:mod:`.things`);
* a company is BUS of its country: news' usual companies (``companies.csv``), a name a corporate
  suffix, a business noun or a list after "companies such as" shows to be a company's, with
  the country of its own phrase (:mod:`dyads.actors.companies`);
* people a state body acts on include the press ("began to imprison journalists and critics"),
  and "the government of President X" is X's country's (:mod:`dyads.actors.group_country`);
* a group's leader or members take the group's code ("its maximum leader", "Zetas operatives",
  "X was the leader of the Sinaloa Cartel": :mod:`.group_pronouns`, :mod:`.predicates`);
* "the army" is not the uncoded "Army" of a headline (:mod:`dyads.actors.descriptions`), and a
  university's city sets no scene (:mod:`dyads.actors.group_country`);
* a group's name alone is the group ("a group going by the name of 'Los Negritos'"):
  :mod:`dyads.actors.named_groups`;
* advocacy groups named as such are NGOs ("progressive and Muslim organizations"; ``roles.csv``);
* "the GOP candidate" is the one person of that party just named (:mod:`.descriptions`).

Precision (blind audit r85s61): "states like Washington" is a place; "Workers" of "the
Workers' Party" is no actor; "heading for Mexico", "proximity to Mexico", "within the country"
are places; "his capture" is the captured man's, "acting as their connection" is not the
actors', a tag's "he" is no one quoted, "he or she" is no one; "El Universal" is the article's
country's paper; a place inside a quotation sets no scene; a campaign's director is PTY; a
title of "Congress" and "the MP" in a Guatemalan story are Guatemala's legislature and
prosecution.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


def _shown(found: list[Any]) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in found]


def _code_of(found: list[Any], words: str) -> str | None:
    """The code of the first mention whose text holds ``words``."""
    return next((m.code for m in found if words in m.text), None)


# -- 1. a finance ministry -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The US Treasury has added two alleged Zetas financial operatives to its Kingpin List.",
            "US Treasury",
        ),
        ("The U.S. Treasury sanctioned three Venezuelan officials.", "U.S. Treasury"),
        (
            "The Department of the Treasury froze the assets of the cartel's accountant.",
            "Department of the Treasury",
        ),
    ],
)
def test_the_us_treasury_is_the_government(mentions_of, text, words) -> None:
    """Round 85: "The US Treasury" had no code (kind person)."""
    found = mentions_of(text)
    assert _code_of(found, words) == "USAGOV", _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The US Treasury added two Zetas operatives to its list. The Treasury sanctioned Jose "
        "Odilon Ramirez Perales.",
        "The U.S. Treasury blacklisted the bank. Later the Treasury froze its assets.",
        "The Department of the Treasury named the firm. The Treasury said it would act.",
    ],
)
def test_the_treasury_after_a_named_one_is_that_ministry(mentions_of, text) -> None:
    """Round 85: a later bare "the Treasury" was left uncoded."""
    found = mentions_of(text)
    assert _codes(found, "Treasury") == {"USAGOV"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Investors bought U.S. Treasury bonds on Monday.", "U.S. Treasury"),
        ("Treasury yields rose after the report.", "Treasury"),
    ],
)
def test_a_treasurys_debt_is_no_actor(mentions_of, text, words) -> None:
    """Guard: the debt a treasury issues names no ministry acting."""
    found = mentions_of(text)
    assert "USAGOV" not in _codes(found, words), _shown(found)


# -- 2. companies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pfizer's deal with Botox-maker Allergan sparked criticism from Democrats.",
            {"Pfizer": "USABUS", "Allergan": "IRLBUS"},
        ),
        (
            "Democrats, historically, have lambasted McDonald’s and Walmart for their "
            "resistance to minimum wage hikes.",
            {"Walmart": "USABUS"},
        ),
        (
            "Drug companies such as Pfizer, GlaxoSmithKline, Johnson & Johnson, and Eli Lilly "
            "were all allegedly targeted by the DNC.",
            {"GlaxoSmithKline": "GBRBUS", "Eli Lilly": "USABUS"},
        ),
    ],
)
def test_a_known_company_is_business_of_its_country(mentions_of, text, expected) -> None:
    """Round 85: Pfizer coded a person, Allergan a country, GlaxoSmithKline a person."""
    found = mentions_of(text)
    for words, code in expected.items():
        assert _codes(found, words) == {code}, _shown(found)
        assert {m.kind for m in found if m.text == words} == {"organisation"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "The gold was bought by Goetz Gold LLC, a Belgian company with offices in Dubai.",
            "Goetz Gold",
            "BELBUS",
        ),
        ("Kristov Holdings Ltd, a Dutch firm, denied the claims.", "Kristov Holdings", "NLDBUS"),
        (
            "Acme Widgets, a Dublin-based drugmaker, said it would buy Baxalta.",
            "Acme Widgets",
            "IRLBUS",
        ),
        (
            "American banks such as Brontel and Quarry Trust lent the money.",
            "Quarry Trust",
            "USABUS",
        ),
        (
            "Chicago-based AbbVie and Dublin-based Shire called off a $54 billion inversion deal.",
            "Shire",
            "IRLBUS",
        ),
    ],
)
def test_a_name_shown_to_be_a_company_is_business(mentions_of, text, words, code) -> None:
    """Round 85: "Goetz Gold LLC, a Belgian company" and "Dublin-based Shire" left uncoded."""
    found = mentions_of(text)
    assert _code_of(found, words) == code, _shown(found)


def test_a_company_with_no_country_is_no_person_and_no_code(mentions_of) -> None:
    """Guard: "drugmaker Novoquin" is a company, but with no country said it keeps no code."""
    found = mentions_of("Drugmaker Novoquin said it would cut prices in Europe and Asia.")
    named = [m for m in found if "Novoquin" in m.text]
    assert named and all(m.code is None and m.kind == "organisation" for m in named), _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He was killed in a McDonalds in the city of Maracay.", "McDonalds"),
        ("The Petrobras scandal has embroiled dozens of politicians.", "Petrobras"),
        ("The London-based Syrian Observatory for Human Rights said 20 people died.", "Syrian"),
    ],
)
def test_a_companys_shop_scandal_or_a_monitor_is_no_business(mentions_of, text, words) -> None:
    """Guard: a company's shop or scandal is no company acting; a monitor based in a city is
    no company."""
    found = mentions_of(text)
    assert not any(m.code and m.code.endswith("BUS") for m in found if words in m.text), _shown(
        found
    )


# -- 3. the press acted on by a state body ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "But over time, the government of President Thein Sein again began to imprison "
            "journalists and critics in Myanmar.",
            {"government": "MMRGOV", "journalists": "MMRMED", "critics": "MMROPP"},
        ),
        ("Turkish police cracked down on journalists.", {"journalists": "TURMED"}),
        (
            "The Venezuelan government jailed journalists and dissidents.",
            {"journalists": "VENMED", "dissidents": "VENOPP"},
        ),
    ],
)
def test_journalists_a_state_acts_on_are_of_its_country(mentions_of, text, expected) -> None:
    """Round 85: "journalists" (and the government of President Thein Sein) left uncoded."""
    found = mentions_of(text)
    for words, code in expected.items():
        assert _codes(found, words) == {code}, _shown(found)


def test_journalists_a_president_talks_to_keep_no_country(mentions_of) -> None:
    """Guard: "told journalists" is no state acting on its press."""
    found = mentions_of("The Turkish president told journalists he would win.")
    assert _codes(found, "journalists") <= {None}, _shown(found)


# -- 4. a group's leader and members ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "The US Treasury ratchets up the pressure on Mexico's most feared organized crime "
            'group following the arrest of its maximum leader, Miguel Angel Trevino, alias "Z40."',
            "Miguel Angel Trevino",
            "MEXCRM",
        ),
        ("Troops surrounded a Gulf Cartel hideout and detained its leader.", "leader", "MEXCRM"),
        ("Soldiers attacked the Zetas and arrested their leaders.", "leaders", "MEXCRM"),
    ],
)
def test_its_leader_is_the_groups(mentions_of, text, words, code) -> None:
    """Round 85: "its maximum leader, Miguel Angel Trevino" coded as nobody's government."""
    found = mentions_of(text)
    assert _code_of(found, words) == code, _shown(found)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "The US Treasury has added two alleged Zetas financial operatives to its list.",
            "operatives",
            "MEXCRM",
        ),
        ("Nine alleged Zetas members were indicted in Texas.", "members", "MEXCRM"),
        ("Members of the Sinaloa Cartel were arrested.", "Members", "MEXCRM"),
    ],
)
def test_a_groups_members_and_operatives_are_the_groups(mentions_of, text, words, code) -> None:
    """Round 85: "two alleged Zetas financial operatives" left uncoded."""
    found = mentions_of(text)
    assert _code_of(found, words) == code, _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Russian operatives hacked the servers.", "operatives"),
        ("Both companies are members of the global airline network Star Alliance.", "members"),
        ("Family members mourned the victims.", "members"),
    ],
)
def test_members_of_no_group_keep_no_code(mentions_of, text, words) -> None:
    """Guard: members or operatives whose group no words name are not coded."""
    found = mentions_of(text)
    assert not any(m.code for m in found if words in m.text), _shown(found)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Authorities said Jose Lopez was the leader of the Sinaloa Cartel.",
            "Jose Lopez",
            "MEXCRM",
        ),
        ("Pedro Ruiz is a member of the Zetas, police said.", "Pedro Ruiz", "MEXCRM"),
        ("Officials said Carlos Vega was the boss of the Gulf Cartel.", "Carlos Vega", "MEXCRM"),
    ],
)
def test_a_person_a_clause_calls_a_groups_leader_is_the_groups(
    mentions_of, text, words, code
) -> None:
    """Round 85: "Mendoza … was the leader of …" left the person uncoded."""
    found = mentions_of(text)
    assert _codes(found, words) == {code}, _shown(found)


def test_a_leader_of_no_group_is_no_groups(mentions_of) -> None:
    """Guard: "the leader of the protest" after a cartel's leader is no cartel's man."""
    found = mentions_of(
        "Jose Lopez was the leader of the Sinaloa Cartel. Maria Diaz was the leader of the protest."
    )
    assert _codes(found, "Maria Diaz") == {None}, _shown(found)


# -- 5. the army, the military ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Colombian Indigenous Group Tries to Drive Out Army\n\nIndigenous groups in Cauca "
            "province on Colombia's Pacific coast have clashed with the army in Colombia. The "
            "army used stun grenades and rubber bullets, reported El Liberal.",
            "COL",
        ),
        (
            "Villagers Confront Army\n\nVillagers in Ecuador blocked a road in Ecuador. The army "
            "fired tear gas at them.",
            "ECU",
        ),
        (
            "Protesters Clash With Army\n\nProtesters in Bolivia marched on La Paz, Bolivia. The "
            "army dispersed the crowd.",
            "BOL",
        ),
    ],
)
def test_the_army_is_not_the_uncoded_army_of_the_headline(mentions_of, text, country) -> None:
    """Round 85: every "the army" copied the headline's uncoded "Army"."""
    found = mentions_of(text)
    armies = [m for m in found if m.text == "army"]
    assert armies and {m.code for m in armies} == {country + "MIL"}, _shown(found)


def test_a_universitys_city_sets_no_scene(mentions_of) -> None:
    """Guard: the city in "the University of San Diego" does not make Mexico's military
    American."""
    found = mentions_of(
        "Mexico's use of the military is criticised in Mexico. The document by the Trans-Border "
        "Institute at the University of San Diego treads old ground. The military's abuses "
        "often go unpunished."
    )
    assert "USAMIL" not in _codes(found, "military"), _shown(found)


# -- 6. a group's name alone -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Another paramilitary group going by the name of 'Los Negritos' operates near "
            "Tumaco in Colombia. In March 2016, a pamphlet signed by Los Negritos appeared.",
            "Los Negritos",
            "COLUAF",
        ),
        (
            "A criminal group called Los Pachenca operates in Colombia. Los Pachenca killed two "
            "farmers.",
            "Los Pachenca",
            "COLCRM",
        ),
        (
            "The Sinaloa Cartel is Mexico's strongest. The Gulf Cartel has entered an alliance "
            "with Sinaloa and the Familia Michoacana.",
            "Sinaloa",
            "MEXCRM",
        ),
    ],
)
def test_a_groups_name_alone_is_the_group(mentions_of, text, name, code) -> None:
    """Round 85: "a pamphlet signed by Los Negritos" coded a country with no code."""
    found = mentions_of(text)
    assert code in _codes(found, name), _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Sinaloa Cartel is Mexico's strongest. Sinaloa, meanwhile, is racked with "
            "violence.",
            "Sinaloa",
        ),
        ("The Juarez Cartel fought for Juarez, a critical transit point for drugs.", "Juarez"),
    ],
)
def test_a_place_that_starts_a_groups_name_stays_the_place(mentions_of, text, name) -> None:
    """Guard: "Sinaloa" the state, "Juarez" the city are not the cartels."""
    found = mentions_of(text)
    assert not any((m.code or "").endswith("CRM") for m in found if m.text == name), _shown(found)


# -- 7. advocacy groups ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Eleven progressive and Muslim organizations are asking Hillary Clinton to repudiate "
            "the support of a general who said the United States should segregate radicals in "
            "the United States.",
            "Muslim organizations",
        ),
        (
            "Civil rights organizations asked the United States Congress to act in the United "
            "States.",
            "Civil rights organizations",
        ),
        ("Advocacy groups in the United States criticized the plan.", "Advocacy groups"),
    ],
)
def test_advocacy_groups_are_ngos_of_the_country(mentions_of, text, words) -> None:
    """Round 85: "Eleven progressive and Muslim organizations" left uncoded."""
    found = mentions_of(text)
    assert _code_of(found, words) in ("USANGO", "USAHRI"), _shown(found)


def test_advocacy_groups_of_two_countries_keep_no_country(mentions_of) -> None:
    """Guard: a bare plural in a story of two countries takes neither."""
    found = mentions_of("Muslim organizations criticized the governments of France and Germany.")
    assert _codes(found, "Muslim organizations") <= {None}, _shown(found)


# -- 8. the party's candidate ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "actor"),
    [
        (
            "Donald Trump's rhetoric has called attention to Islamophobia. Clinton has forcefully "
            "condemned the GOP candidate's proposal.",
            "2015-12-10",
            "Donald Trump",
        ),
        (
            "Donald Trump spoke in Ohio on Monday. Critics mocked the GOP candidate's speech.",
            "2016-03-01",
            "Donald Trump",
        ),
        (
            "Ted Cruz won the caucus in Iowa. Rivals attacked the GOP candidate's record.",
            "2016-03-01",
            "Ted Cruz",
        ),
    ],
)
def test_the_parties_candidate_is_its_person_just_named(
    mentions_of, text, published, actor
) -> None:
    """Round 85: "the GOP candidate's proposal" was the Republican Party's."""
    found = mentions_of(text, published)
    named = [m for m in found if "candidate" in m.text or "nominee" in m.text]
    assert named and all(m.actor == actor for m in named), [(m.text, m.actor) for m in found]


def test_two_of_the_party_leave_the_description_the_partys(mentions_of) -> None:
    """Guard: with two Republicans just named, "the GOP candidate" is no one of them."""
    found = mentions_of(
        "Donald Trump and Ted Cruz spoke in Iowa. Voters liked the GOP candidate's speech.",
        "2016-01-20",
    )
    named = [m for m in found if "candidate" in m.text]
    assert named and all(m.actor not in ("Donald Trump", "Ted Cruz") for m in named)


# -- precision: places -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Organizing and sending the candidate, her husband, and her daughter into states "
            "like Washington, the Brooklyn-based campaign team is aiming to cut his margin.",
            "Washington",
        ),
        ("The campaign is spending heavily in such states as Washington.", "Washington"),
        ("She toured cities like Moscow and Kyiv last year.", "Moscow"),
    ],
)
def test_a_capital_given_as_an_example_of_places_is_a_place(mentions_of, text, place) -> None:
    """Round 85 audit: "states like Washington" coded USAGOV."""
    found = mentions_of(text)
    assert _codes(found, place) == {None}, _shown(found)


def test_a_capital_that_acts_stays_its_government(mentions_of) -> None:
    """Guard: "Washington warned Moscow" is the US government."""
    found = mentions_of("Washington warned Moscow on Monday.")
    assert _codes(found, "Washington") == {"USAGOV"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The PGA Tour is leaving Donald Trump and heading for Mexico.", "Mexico"),
        ("PGA Tour ditches Trump golf course for Mexico.", "Mexico"),
        (
            "Its proximity to Mexico and role in the routes used by traffickers mean that "
            "Guatemala remains important.",
            "Mexico",
        ),
    ],
)
def test_a_goal_or_a_neighbour_is_a_place(mentions_of, text, place) -> None:
    """Round 85 audit: "heading for Mexico", "for Mexico", "proximity to Mexico" coded MEX."""
    found = mentions_of(text)
    assert _codes(found, place) == {None}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Honduras is small. Honduran authorities struggle to control the flow of firearms both "
        "into and within the country.",
        "Peru is large. Police struggle to stop drugs moving both into and within the country.",
        "Chile is long. Smugglers move goods both across and within the country.",
    ],
)
def test_within_the_country_is_a_place(mentions_of, text) -> None:
    """Round 85 audit: "both into and within the country" coded HND."""
    found = mentions_of(text)
    assert _codes(found, "the country") <= {None}, _shown(found)


def test_a_country_that_acts_on_another_stays_coded(mentions_of) -> None:
    """Guard: "Mexico sanctioned Russia" keeps both countries."""
    found = mentions_of("Mexico sanctioned Russia for the attack.")
    assert _codes(found, "Mexico") == {"MEX"} and _codes(found, "Russia") == {"RUS"}


# -- precision: names of bodies --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This development is the closest the investigation has come to the top echelons of "
        "power in the Workers' Party of Brazil.",
        "Leaders of the Workers' Party met in Brasilia, Brazil.",
        "Lula spoke for the Workers' Party of Brazil on Monday.",
    ],
)
def test_a_word_of_a_partys_name_is_no_actor(mentions_of, text) -> None:
    """Round 85 audit: "Workers" of "the Workers' Party" coded BRALAB."""
    found = mentions_of(text)
    assert not any(m.code in ("BRALAB", "BRACVL") for m in found), _shown(found)


def test_the_attorney_generals_office_is_still_the_attorney_generals(mentions_of) -> None:
    """Guard: a title before "'s Office" keeps its mention."""
    found = mentions_of(
        "Guatemala's president spoke in Guatemala City, Guatemala. He is investigated by "
        "Guatemala's Attorney General's Office."
    )
    assert any(m.code == "GTMJUD" for m in found), _shown(found)


# -- precision: pronouns ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Mexico's attorney general denied that the authorities were protecting Sinaloa "
            'Cartel head Joaquin Guzman Loera, alias "El Chapo," and said his capture was a top '
            "priority for the government.",
            "Joaquin Guzman Loera",
        ),
        (
            "The minister said police were hunting the fugitive Pedro Salas and that his arrest "
            "was imminent.",
            "Pedro Salas",
        ),
        (
            "The prosecutor accused the government of shielding the drug lord Rafael Caro "
            "Quintero and demanded his extradition.",
            "Rafael Caro Quintero",
        ),
    ],
)
def test_his_capture_is_the_captured_mans(mentions_of, text, actor) -> None:
    """Round 85 audit: "his capture" went to the attorney general, the speaker."""
    found = mentions_of(text)
    assert {m.actor for m in found if m.text == "his"} == {actor}, [
        (m.text, m.actor) for m in found
    ]


def test_his_own_campaign_stays_the_subjects(mentions_of) -> None:
    """Guard: "Mike Huckabee suspended his campaign" is Huckabee's campaign."""
    found = mentions_of("Mike Huckabee, the former governor of Arkansas, suspended his campaign.")
    assert {m.actor for m in found if m.text == "his"} == {"Mike Huckabee"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Again, the Cosa Nostra seems to have led the way, with the brothers Elio and Bruno "
            "Gerardi acting as their connection in Mexico.",
            "ITACRM",
        ),
        (
            "The Rastrojos seem to have expanded, with local gangs acting as their enforcers in "
            "Venezuela.",
            "COLCRM",
        ),
        (
            "The Zetas appear to have grown, with local gangs serving as their enforcers in "
            "Guatemala.",
            "MEXCRM",
        ),
    ],
)
def test_a_role_played_for_a_body_is_the_bodys(mentions_of, text, code) -> None:
    """Round 85 audit: "acting as their connection" went to the Italian authorities."""
    found = mentions_of("Italian authorities said it was expanding. " + text)
    owners = [m for m in found if m.text in ("their", "its")]
    assert owners and {m.code for m in owners} == {code}, _shown(found)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "''You cannot discount how important President Obama is,'' one strategist said.\n\n"
            "''Clinton is seen as close to Obama,'' he said.",
            {"Clinton", "Hillary Clinton", "Barack Obama"},
        ),
        ("One pollster was blunt.\n\n''Trump leads in Florida,'' he said.", {"Donald Trump"}),
        ("One adviser spoke.\n\n''Rubio cannot win Ohio,'' he said.", {"Rubio", "Marco Rubio"}),
    ],
)
def test_a_tags_he_is_no_one_quoted(mentions_of, text, quoted) -> None:
    """Round 85 audit: "''… identification with Obama,'' he said" went to Obama."""
    found = mentions_of(text, "2016-03-23")
    assert not {m.actor for m in found if m.text == "he"} & quoted, [
        (m.text, m.actor) for m in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton wants the job. He or she needs to be good at hiring the right people.",
        "Donald Trump wants the job. Every president knows his or her limits.",
        "Bernie Sanders spoke. A voter should follow his or her conscience.",
    ],
)
def test_he_or_she_is_no_one(mentions_of, text) -> None:
    """Round 85: "He or she needs to be good at hiring" went to Hillary Clinton."""
    found = mentions_of(text)
    pronouns = [m for m in found if m.text.lower() in ("he", "she", "his", "her")]
    assert not any(m.code for m in pronouns), _shown(found)


# -- precision: namesakes, scenes, campaign staff, Congress ----------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Venezuela's drug runways are many. In Venezuela, deputy Juan Pablo Guanipa of "
            "Venezuela was quoted by El Universal as saying that 400 runways exist.",
            "VENMED",
        ),
        (
            "Colombia's navy seized a boat near Cartagena, Colombia, El Universal reported.",
            "COLMED",
        ),
        ("Mexico's president spoke to El Universal in Mexico City, Mexico.", "MEXMED"),
    ],
)
def test_a_paper_of_a_shared_name_is_the_articles_countrys(mentions_of, text, code) -> None:
    """Round 85 audit: "El Universal" coded MEXMED in a Venezuelan story."""
    found = mentions_of(text)
    assert _codes(found, "El Universal") == {code}, _shown(found)


def test_a_place_inside_a_quotation_sets_no_scene(mentions_of) -> None:
    """Round 85 audit: "“There in Colombia they pursued them,” says the former judge" made the
    Venezuelan judge Colombian."""
    found = mentions_of(
        'Venezuela and Colombia share a border. "There in Colombia they pursued them, but here '
        'everything was much easier," says the former judge.'
    )
    assert "COLELI" not in _codes(found, "former judge"), _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Marlon Marshall, Clinton's director of state campaigns and political engagement, "
            "said the campaign is taking nothing for granted.",
            "Marlon Marshall",
        ),
        ("Jane Doyle, Clinton's director of campaign operations, said so.", "Jane Doyle"),
        (
            "Sam Ortiz, Clinton's deputy director of state campaigns, said they would win.",
            "Sam Ortiz",
        ),
    ],
)
def test_a_campaigns_director_is_the_partys(mentions_of, text, words) -> None:
    """Round 85 audit: Marlon Marshall, a Clinton campaign official, coded USAGOV."""
    found = mentions_of("Hillary Clinton campaigned in Iowa, United States. " + text, "2016-01-31")
    assert _codes(found, words) == {"USAPTY"}, _shown(found)


_GUATEMALA = (
    "Guatemala's president spoke in Guatemala City, Guatemala. Guatemala's courts met in "
    "Guatemala. "
)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            _GUATEMALA + "A prominent Todos member, Vice President of Congress Felipe Alejos, is "
            "currently being investigated by the MP.",
            "MP",
            "GTMJUD",
        ),
        (
            _GUATEMALA + "A prominent Todos member, Vice President of Congress Felipe Alejos, is "
            "currently being investigated.",
            "Vice President",
            "GTMLEG",
        ),
        (_GUATEMALA + "The lawmaker was investigated by the MP last year.", "MP", "GTMJUD"),
    ],
)
def test_congress_and_the_mp_of_a_guatemalan_story_are_guatemalas(
    mentions_of, text, words, code
) -> None:
    """Round 85 audit: "Vice President of Congress Felipe Alejos" USAGOV, "the MP" GTMLEG."""
    found = mentions_of(text)
    assert _codes(found, words) == {code}, _shown(found)


def test_a_british_mp_stays_a_legislator(mentions_of) -> None:
    """Guard: "the MP" of a British story is a member of parliament."""
    found = mentions_of(
        "Britain's prime minister spoke in London, Britain. The MP for Leeds said the bill "
        "was flawed."
    )
    assert not any(m.code and m.code.endswith("JUD") for m in found), _shown(found)


def test_a_pronoun_after_an_opening_mark_is_no_tag(mentions_of) -> None:
    """Guard: "''In his second book, he made clear …''" opens a quotation; its "his" and "he"
    still take the person named before."""
    found = mentions_of(
        "President Obama spoke in Washington on Monday. Judge Merrick Garland met senators.\n\n"
        "''In his second book, he made clear he believes the court works best quietly.''",
        "2016-03-04",
    )
    assert {m.actor for m in found if m.text in ("his", "he")} == {"Merrick Garland"}


# -- smoke-test kinds: crowds, buildings, a party's leadership -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A week later, as Democrats pour into Philadelphia, so will an army of Bernie Sanders "
        "supporters planning protests in the United States.",
        "A small army of lawyers descended on the court in the United States.",
        "An army of volunteers knocked on doors in Iowa, United States.",
    ],
)
def test_an_army_of_people_is_a_crowd(mentions_of, text) -> None:
    """Round 85 smoke test: "an army of Bernie Sanders supporters" coded USAMIL."""
    found = mentions_of(text)
    assert not any(m.code and m.code.endswith("MIL") for m in found), _shown(found)


def test_the_army_of_a_ruler_stays_an_army(mentions_of) -> None:
    """Guard: "The army of Bashar al-Assad" is Syria's military."""
    found = mentions_of("The army of Bashar al-Assad shelled Aleppo.")
    assert _codes(found, "army") == {"SYRMIL"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Sanders supporters rallied in a park facing the convention site, the Wells Fargo "
            "Center.",
            "Wells Fargo",
        ),
        ("Protesters gathered outside the Goldman Sachs Tower in New York.", "Goldman Sachs"),
        ("The team plays at the Citigroup Arena in Boston.", "Citigroup"),
    ],
)
def test_a_building_named_for_a_company_is_no_company(mentions_of, text, words) -> None:
    """Round 85 smoke test: "the Wells Fargo Center" coded USABUS."""
    found = mentions_of(text)
    assert not any(m.code for m in found if words in m.text), _shown(found)


def test_a_company_that_acts_is_a_company(mentions_of) -> None:
    """Guard: "Wells Fargo agreed to pay a fine" is the bank."""
    found = mentions_of("Wells Fargo agreed to pay a fine.")
    assert _codes(found, "Wells Fargo") == {"USABUS"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Obama met senators in Washington. Still, given the Republican leadership's repeated "
        "refusal to take up any Obama nominee, no deal came.",
        "Obama met senators in Washington. The Republican leadership refused to act.",
        "Obama met senators in Washington. The GOP leadership said no.",
    ],
)
def test_a_partys_leadership_is_no_government(mentions_of, text) -> None:
    """Round 85 smoke test: "the Republican leadership's repeated refusal" coded USAGOV."""
    found = mentions_of(text, "2016-03-04")
    leaders = [m for m in found if "leadership" in m.text]
    assert leaders and not any(m.code == "USAGOV" for m in leaders), _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Pfizer is gaming the system and will avoid paying its fair share. \"It's time for "
        'Congress to get serious," Reid said.',
        "Walmart cut wages again. It is time for the Senate to act, Reid said.",
        "Goldman Sachs paid a fine. It was time for the bank's critics to move on.",
    ],
)
def test_its_time_is_no_ones(mentions_of, text) -> None:
    """Round 85 smoke test: "It's time for Congress to get serious" went to Pfizer."""
    found = mentions_of(text, "2015-11-24")
    assert not any(m.code for m in found if m.text in ("It", "it")), _shown(found)


def test_it_after_a_company_that_acts_is_the_company(mentions_of) -> None:
    """Guard: "Pfizer said it would appeal" is Pfizer."""
    found = mentions_of("Pfizer said it would appeal the ruling.", "2015-11-24")
    assert _codes(found, "it") == {"USABUS"}, _shown(found)
