"""Actor kinds of blind-audit round 84 (fixed in round 85); each kind, the audit's input, two
paraphrases of our own, and a guard for the reading the rule must keep.

* a country that is only the goal, source or site of goods and motion is no actor: the end of
  a route ("routes across the country into Argentina", "extradition back to Mexico"), a
  predicate's place ("Mexico is the principal source of methamphetamine"), a producer of goods
  ("Mexico produces 90 percent of the methamphetamine"), a company's nationality in brackets
  ("Copa Airlines (Panama)") (:mod:`dyads.actors.locations`);
* a pronoun tied to the wrong entity: an object pronoun is not its own verb's subject or
  controller ("ask for the army to save them"; :func:`dyads.actors.own_clause.object_bound`), a
  "they" continues the subject of a clause fronted to it ("If your “principles” involve …,
  they are not principles"; :mod:`dyads.actors.blocking`), "its" is the uncoded name that is
  its sentence's subject, not the last sentence's country, a plural pronoun is not one member
  of a list of bodies (:mod:`dyads.actors.antecedents`), a possessive "his" is its own clause's
  subject (:func:`dyads.actors.own_clause.own_subject`), a region adjective or a US party word
  that contradicts the antecedent forbids the link (:mod:`dyads.actors.fitting`), and the
  object a reason phrase's "his" goes to must be of its gender (:mod:`dyads.actors.coref`);
* sectors: a country's commander in chief is GOV, "judicial authorities" JUD, a media
  consultant PTY (``roles.csv``); an office before the comma beats a rank ("the chief of police
  in Tumaco, Col. Carlos Castellanos": :mod:`dyads.actors.people`); a former cabinet secretary
  is ELI, not PTY (:mod:`dyads.actors`); a former NATO commander is not NATO; "the presidency"
  named as the office sought (:mod:`dyads.actors.offices`) and "the opposition to Trump"
  (:mod:`dyads.actors.groups`) are no actors; a bare group in a sentence about a region is not
  the article's country's (:mod:`dyads.actors.group_country`); the president of a body whose
  name ends in a country is not that country's government (:mod:`dyads.actors.name_parts`);
* a quoted label someone coined ("“undocumented Democrats”") is no actor
  (:mod:`dyads.actors.labels`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


def _shown(found: list[Any]) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in found]


# -- A. places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A report said smuggling is becoming more common in Uruguay as local coyotes build "
            "up routes across the country into Argentina, which has become a regional hub.",
            "Argentina",
        ),
        ("Smugglers have built up routes across the country into Argentina.", "Argentina"),
        ("The cartel established new routes across the region into Guatemala.", "Guatemala"),
        (
            "A trafficker who operated in Mexico has been sentenced while his cousin awaits "
            "extradition back to Mexico from the United States.",
            "Mexico",
        ),
        ("He now faces extradition back to Colombia from Spain.", "Colombia"),
        ("The suspect awaits deportation back to Honduras.", "Honduras"),
        (
            "The rules made it more difficult for firms to bring cash earned abroad back to the "
            "United States tax-free.",
            "United States",
        ),
        (
            "The rules make it costly to repatriate profits held abroad back to the United States.",
            "United States",
        ),
        ("The banks wired the money earned abroad back to Panama.", "Panama"),
    ],
)
def test_a_country_at_the_end_of_a_route_is_a_place(mentions_of, text, place) -> None:
    """Round 84: "routes … into Argentina" ARG, "extradition back to Mexico" MEX, "back to the
    United States" USA: where the motion ends, not a state acting."""
    found = mentions_of(text)
    assert _codes(found, place) == {None}, _shown(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "According to the assessment, Mexico is the principal source of methamphetamine "
            "for the US market.",
            "Mexico",
        ),
        ("Peru is the main origin of the cocaine seized in Europe.", "Peru"),
        ("Bolivia remains a major source of coca leaf.", "Bolivia"),
        (
            "The DEA estimates that Mexico produces 90 percent of the methamphetamine consumed "
            "in the United States.",
            "Mexico",
        ),
        ("Colombia grows most of the world's coca, the UN said.", "Colombia"),
        ("Afghanistan produces 80 percent of the world's opium.", "Afghanistan"),
        (
            "Ecuador is a small country. Despite terrain and climatic conditions that make the "
            "country an ideal location for coca, Ecuador has avoided large crops.",
            "the country",
        ),
        (
            "The jungle and climate make the country a perfect site for labs, officials in "
            "Colombia said.",
            "the country",
        ),
    ],
)
def test_a_country_as_a_source_site_or_producer_is_a_place(mentions_of, text, place) -> None:
    """Round 84: "Mexico is the principal source of methamphetamine", "Mexico produces 90
    percent of …", "make the country an ideal location for coca": a place, not an actor."""
    found = mentions_of(text)
    assert _codes(found, place) == {None}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "A total of 33 gold bar shipments were transported on 27 Turkish Airlines, and five on "
        "Copa Airlines (Panama), Solar Cargo (Venezuela), Rotana Jet Airlines and E-Cargo "
        "Airlines (both from the UAE).",
        "Five shipments went on Copa Airlines (Panama) and Solar Cargo (Venezuela).",
        "The gold went to Noor Capital (Ecuador) and Kaloti Jewellery (Peru) last year.",
    ],
)
def test_a_bracketed_country_after_a_company_is_its_nationality(mentions_of, text) -> None:
    """Round 84: "Copa Airlines (Panama)" coded PAN."""
    found = mentions_of(text)
    countries = [m for m in found if m.kind == "country" and m.text in text.split("(", 1)[1]]
    assert countries and all(m.code is None for m in countries), _shown(found)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Mexico extradited him back to the United States.", "Mexico", "MEX"),
        ("Mexico produced a report on the killings.", "Mexico", "MEX"),
        ("Venezuela hides its cocaine in banana shipments.", "Venezuela", "VEN"),
        ("The plan was encouraged by the United States.", "United States", "USA"),
        ("Two countries (Panama and Colombia) signed the deal.", "Panama", "PAN"),
    ],
)
def test_a_country_that_acts_stays_coded(mentions_of, text, actor, code) -> None:
    found = mentions_of(text)
    assert _codes(found, actor) == {code}, _shown(found)


def test_a_visit_to_a_place_still_targets_its_country(events_at) -> None:
    """The events stage reads the uncoded place's country: a visit still goes to Cuba."""
    found = events_at("Obama travelled to Cuba on Sunday.", "2016-03-15")
    assert any(e.cameo == "042" and e.target.code == "CUB" for e in found), [
        (e.source.code, e.cameo, e.target.code) for e in found
    ]


# -- B. pronouns and descriptions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Its findings fly in the face of a stark political reality: the Mexican people "
            "continue to ask for the army to save them.",
            "army",
        ),
        ("The Mexican people keep asking for the army to save them.", "army"),
        ("The Salvadoran public wants the military to shield them from gangs.", "military"),
        ("The Colombian people want the navy to protect them.", "navy"),
        (
            "Cauca is a crucially important region, and Colombian authorities are unlikely to "
            "allow residents to eject them from it.",
            "residents",
        ),
    ],
)
def test_an_object_pronoun_is_not_its_verbs_subject(mentions_of, text, subject) -> None:
    """Round 84: "for the army to save them" gave "them" the army, "allow residents to eject
    them" the residents (binding principle B)."""
    found = mentions_of(text)
    doer = next(m for m in found if m.text == subject)
    them = [m for m in found if m.text == "them"]
    assert all(m.actor != doer.actor for m in them), _shown(found)


def test_an_object_pronoun_still_takes_another_subject(mentions_of) -> None:
    found = mentions_of("FARC rebels said the army attacked them.")
    assert _codes(found, "them") == {"COLREB"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "If your “principles” involve giving Hillary control of the Supreme Court, they are "
            "not principles, but excuses.",
            "Supreme Court",
        ),
        ("If these “reforms” give the US Senate more power, they are not reforms.", "US Senate"),
        (
            "When the new rules give the Supreme Court more power, they will be challenged.",
            "Supreme Court",
        ),
    ],
)
def test_they_continues_the_subject_of_a_fronted_clause(mentions_of, text, body) -> None:
    """Round 84: "they" coded USAJUD, the Supreme Court, for "principles"."""
    found = mentions_of(text)
    named = {m.actor for m in found if m.text == body}
    assert all(m.actor not in named for m in found if m.text == "they"), _shown(found)


def test_they_after_a_fronted_clause_of_actors_is_theirs(mentions_of) -> None:
    found = mentions_of("When FARC rebels attacked the army, they lost many men.")
    assert _codes(found, "they") == {"COLREB"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rica launched a new drug policy. Los Moreco functioned differently, carrying out "
        "independent smuggling operations, while its leader also maintained ties with the "
        "Sinaloa Cartel.",
        "Costa Rica expelled the envoy. Los Moreco operated differently, while its chief kept "
        "ties with the Sinaloa Cartel.",
        "Costa Rica signed the accord. Los Moreco grew fast, and its leader ran shipments to "
        "Mexico.",
    ],
)
def test_its_is_the_uncoded_subject_not_the_last_country(mentions_of, text) -> None:
    """Round 84: "its leader" of Los Moreco coded CRI, the subject of the sentence before."""
    found = mentions_of(text)
    owned = [m for m in found if m.text in ("its", "leader", "chief")]
    assert all(not (m.code or "").startswith("CRI") for m in owned), _shown(found)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Costa Rica launched a new drug policy. The country expanded its navy.", "CRI"),
        (
            "Honduras launched a new drug policy. Los Cachiros functioned independently, while "
            "its leader maintained ties with Mexican groups.",
            "HNDCRM",
        ),
    ],
)
def test_its_still_takes_a_coded_subject(mentions_of, text, code) -> None:
    found = mentions_of(text)
    assert _codes(found, "its") == {code}, _shown(found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Venezuela had previously sent gold to be refined in Venezuela but US sanctions "
            "caused the European country to draw back from this practice.",
            "USA",
        ),
        (
            "The United States criticised the plan. The European nation said it would not pay.",
            "USA",
        ),
        ("Japan praised the deal. The African country said it would sign.", "JPN"),
    ],
)
def test_a_region_adjective_that_does_not_fit_forbids_the_link(mentions_of, text, wrong):
    """Round 84: "the European country" resolved to the United States."""
    found = mentions_of(text)
    described = [m for m in found if m.text.lower().startswith("the ") and "countr" in m.text]
    described += [m for m in found if m.text.lower().startswith("the ") and "nation" in m.text]
    assert all(m.code != wrong for m in described), _shown(found)


def test_a_region_adjective_that_fits_keeps_the_link(mentions_of) -> None:
    found = mentions_of("Germany criticised the plan. The European country said it would not pay.")
    assert _codes(found, "The European country") == {"DEU"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Marco Rubio finished third. And he’ll have one fewer opponent to worry about: Mike "
            "Huckabee, the former governor of Arkansas, suspended his campaign Monday night.",
            "Mike Huckabee",
        ),
        (
            "Jeb Bush spoke first. Then he waited: Chris Christie, the governor of New Jersey, "
            "ended his bid on Wednesday.",
            "Chris Christie",
        ),
        (
            "Ted Cruz won Iowa. He gained a rival: Rand Paul, a senator from Kentucky, restarted "
            "his campaign.",
            "Rand Paul",
        ),
    ],
)
def test_a_possessive_his_is_its_own_clauses_subject(mentions_of, text, owner) -> None:
    """Round 84: "Mike Huckabee … suspended his campaign" gave "his" to Rubio."""
    found = mentions_of(text, "2016-02-02")
    assert {m.actor for m in found if m.text == "his"} == {owner}, _shown(found)


def test_a_possessive_his_in_a_while_clause_is_its_subjects(mentions_of) -> None:
    found = mentions_of(
        "The French president expressed his condolences over the Orlando massacre, while Obama "
        "offered his own condolences for the attack.",
        "2016-06-17",
    )
    assert [m.actor for m in found if m.text == "his"] == ["French president", "Barack Obama"]


def test_a_possessive_his_in_a_reported_clause_is_left_to_the_story(mentions_of) -> None:
    found = mentions_of(
        "On Thursday, Donald Trump announced that Paul Manafort would play an increasingly "
        "influential role in his campaign.",
        "2016-04-09",
    )
    assert {m.actor for m in found if m.text == "his"} == {"Donald Trump"}, _shown(found)


def test_a_possessive_his_with_no_person_subject_takes_the_last_name(mentions_of) -> None:
    found = mentions_of("Marco Rubio spoke in Iowa. The campaign said his plan was ready.")
    assert {m.actor for m in found if m.text == "his"} == {"Marco Rubio"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Republican presidential candidate Ted Cruz spoke in Iowa. The New York Times is "
            "expected to endorse the Democratic candidate in the 2016 presidential election.",
            "Ted Cruz",
        ),
        (
            "Republican candidate Marco Rubio spoke in Ohio. Many voters still prefer the "
            "Democratic candidate.",
            "Marco Rubio",
        ),
        (
            "GOP presidential candidate Jeb Bush spoke. The union backed the Democratic candidate.",
            "Jeb Bush",
        ),
    ],
)
def test_a_party_word_that_contradicts_forbids_the_link(mentions_of, text, other) -> None:
    """Round 84: "the Democratic candidate" resolved to Ted Cruz, a Republican."""
    found = mentions_of(text, "2015-12-21")
    assert all(m.actor != other for m in found if m.text == "candidate"), _shown(found)


def test_a_party_word_that_fits_keeps_the_link(mentions_of) -> None:
    found = mentions_of(
        "Democratic candidate Hillary Clinton spoke in Ohio. Many voters still prefer the "
        "Democratic candidate.",
        "2016-03-01",
    )
    assert {m.actor for m in found if m.text == "candidate"} == {"Hillary Clinton"}


@pytest.mark.parametrize(
    "text",
    [
        "At the end of 2018, Transparency Venezuela presented its first report, a joint "
        "initiative between the United Nations Office Against Drugs and Crime (UNODC), Interpol "
        "and Transparency International, in which they evaluated nine countries.",
        "The study was a joint effort between the World Bank, Interpol and the OAS, in which "
        "they reviewed ten ports.",
        "The plan was drafted by NATO, the UN and the African Union, and they will meet again "
        "in May.",
    ],
)
def test_a_plural_pronoun_is_not_one_member_of_a_list(mentions_of, text) -> None:
    """Round 84: "they" coded IGOINTCOP, Interpol alone of three bodies."""
    found = mentions_of(text)
    assert _codes(found, "they") <= {None}, _shown(found)


def test_they_for_a_lone_body_stays(mentions_of) -> None:
    found = mentions_of("Interpol said they would help.")
    assert _codes(found, "they") == {"IGOINTCOP"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton spoke in Iowa. Colin Powell remembered telling Clinton about his "
        "personal email practices.",
        "Hillary Clinton spoke in Iowa. Donald Trump mocked Clinton for his own reasons.",
        "Hillary Clinton spoke in Iowa. Bernie Sanders thanked Clinton for his victory.",
    ],
)
def test_a_reason_phrases_his_is_no_woman_named_as_object(mentions_of, text) -> None:
    """Round 84 (Powell article): "telling Clinton about his … practices" gave "his" to
    Hillary Clinton, whose surname alone carries no gender."""
    found = mentions_of(text, "2016-06-28")
    assert all(m.actor != "Hillary Clinton" for m in found if m.text == "his"), _shown(found)


def test_a_reason_phrases_his_still_goes_to_a_male_object(mentions_of) -> None:
    found = mentions_of(
        "Donald Trump spoke in Iowa. Hillary Clinton criticised Trump for his remarks.",
        "2016-06-28",
    )
    assert {m.actor for m in found if m.text == "his"} == {"Donald Trump"}, _shown(found)


# -- C. sectors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Barack Obama won in the United States. His moral authority as the country's first "
            "black commander in chief has worked to squelch ideological battles in the United "
            "States.",
            "first black commander in chief",
        ),
        (
            "Barack Obama spoke in Washington. The commander in chief said the strike worked.",
            "commander in chief",
        ),
        (
            "George W. Bush spoke to the troops in Texas. The commander-in-chief said the war "
            "would go on.",
            "commander-in-chief",
        ),
    ],
)
def test_a_countrys_commander_in_chief_is_its_government(mentions_of, text, words) -> None:
    """Round 84: Obama, "the country's first black commander in chief", coded USAMIL."""
    found = mentions_of(text, "2016-04-26")
    assert _codes(found, words) == {"USAGOV"}, _shown(found)


def test_moral_authority_is_no_body(mentions_of) -> None:
    found = mentions_of(
        "Barack Obama won in the United States. His moral authority as the country's leader grew."
    )
    assert not any("authority" in m.text and m.code for m in found), _shown(found)


def test_the_commander_in_chief_of_an_army_is_military(mentions_of) -> None:
    found = mentions_of("Colombia's commander in chief of the army, Gen. Juan Perez, spoke.")
    assert _codes(found, "Gen. Juan Perez") == {"COLMIL"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Colombia changed its drug law. Those found with more than the minimum dose can be "
            "detained and referred to judicial authorities.",
            "judicial authorities",
            "COLJUD",
        ),
        (
            "Peruvian judicial authorities opened a case against the mayor.",
            "Peruvian judicial authorities",
            "PERJUD",
        ),
        (
            "Mexico's judicial authorities ordered his release.",
            "Mexico's judicial authorities",
            "MEXJUD",
        ),
        (
            "Colombian authorities opened a case against the mayor.",
            "Colombian authorities",
            "COLGOV",
        ),
    ],
)
def test_judicial_authorities_are_the_judiciary(mentions_of, text, words, code) -> None:
    """Round 84: "referred to judicial authorities" coded COLGOV."""
    found = mentions_of(text)
    assert _codes(found, words) == {code}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Donald Trump won Florida and Ohio. Alex Castellanos, a veteran media consultant who "
            "had tried to organize an anti-Trump campaign, said the effort was a fantasy.",
            "Alex Castellanos",
        ),
        (
            "Donald Trump won Florida and Ohio. Mike Murphy, a longtime media strategist, said "
            "the race was over.",
            "Mike Murphy",
        ),
        (
            "Donald Trump won Florida and Ohio. Stuart Stevens, a media consultant for Mitt "
            "Romney, said the race was over.",
            "Stuart Stevens",
        ),
    ],
)
def test_a_media_consultant_is_no_news_medium(mentions_of, text, name) -> None:
    """Round 84: Alex Castellanos, "a veteran media consultant", coded USAMED."""
    found = mentions_of(text, "2016-03-03")
    assert _codes(found, name) == {"USAPTY"}, _shown(found)


def test_a_media_reporter_is_still_media(mentions_of) -> None:
    found = mentions_of(
        "Donald Trump won Florida and Ohio. Brian Stelter, a media reporter at CNN, said the "
        "race was over.",
        "2016-03-03",
    )
    assert _codes(found, "Brian Stelter") == {"USAMED"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Colombian police seized drugs. Verdad Abierta contacted the chief of police in "
            "Tumaco, Col. Carlos Castellanos, to discuss the matter.",
            "Carlos Castellanos",
        ),
        (
            "Colombian police seized drugs. Reporters spoke to the police chief of Cali, Gen. "
            "Jorge Rojas, on Monday.",
            "Jorge Rojas",
        ),
        (
            "Colombian police seized drugs. The head of police in Medellin, Col. Ana Ruiz, said "
            "the raid worked.",
            "Ana Ruiz",
        ),
    ],
)
def test_an_office_before_the_comma_beats_the_rank(mentions_of, text, actor) -> None:
    """Round 84: "the chief of police in Tumaco, Col. Carlos Castellanos" coded COLMIL."""
    found = mentions_of(text)
    assert {m.code for m in found if m.actor == actor} == {"COLCOP"}, _shown(found)


def test_a_rank_with_a_military_office_stays_military(mentions_of) -> None:
    found = mentions_of(
        "Colombian troops attacked. The commander of the brigade, Gen. Juan Perez, said ten "
        "rebels died."
    )
    assert {m.code for m in found if m.actor == "Juan Perez"} == {"COLMIL"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Republican Colin Powell backed the deal. Hillary Clinton was advised by former "
            "Secretary of State Colin Powell to use a private email account.",
            "Colin Powell",
        ),
        (
            "Republican Condoleezza Rice spoke. The former secretary of state Condoleezza Rice "
            "said the deal was bad.",
            "Condoleezza Rice",
        ),
        (
            "Republican Rudy Giuliani spoke. Former New York mayor Rudy Giuliani said the deal "
            "was bad.",
            "Rudy Giuliani",
        ),
    ],
)
def test_a_former_office_holder_of_a_party_is_an_elite(mentions_of, text, actor) -> None:
    """Round 84: "former Secretary of State Colin Powell" coded USAPTY."""
    found = mentions_of(text, "2016-08-19")
    assert {m.code for m in found if m.actor == actor} == {"USAELI"}, _shown(found)


def test_a_candidate_once_in_office_stays_a_candidate(mentions_of) -> None:
    found = mentions_of("Former Secretary of State Hillary Clinton won the primary.", "2016-03-01")
    assert {m.code for m in found if m.actor == "Hillary Clinton"} == {"USAPTY"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Hillary Clinton spoke in Iowa. Gen. Wesley Clark, a retired four-star general and "
            "former supreme allied commander of NATO forces in Europe, is a surrogate for "
            "Clinton’s campaign. Clark said so.",
            "Wesley Clark",
        ),
        (
            "Hillary Clinton spoke in Iowa. James Stavridis, a retired admiral and former NATO "
            "commander, backed her campaign.",
            "James Stavridis",
        ),
        (
            "Anders Rasmussen, the former secretary general of NATO, said the alliance must grow.",
            "Anders Rasmussen",
        ),
    ],
)
def test_a_former_commander_of_an_igo_is_not_the_igo(mentions_of, text, actor) -> None:
    """Round 84: Wesley Clark, "former supreme allied commander of NATO forces", IGOWSTNAT."""
    found = mentions_of(text, "2015-12-10")
    assert all(m.code != "IGOWSTNAT" for m in found if m.actor == actor), _shown(found)


def test_a_serving_head_of_an_igo_is_the_igo(mentions_of) -> None:
    found = mentions_of("Jens Stoltenberg, the secretary general of NATO, said so.", "2016-01-01")
    assert {m.code for m in found if m.actor == "Jens Stoltenberg"} == {"IGOWSTNAT"}


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz won Iowa. A birther debate over whether Cruz satisfied the constitutional "
        "standard for the presidency emerged in the months before the caucus.",
        "Ted Cruz won Iowa. Critics asked whether he is eligible for the presidency.",
        "Ted Cruz won Iowa. Nobody doubts his qualifications for the presidency.",
    ],
)
def test_the_presidency_as_the_office_sought_is_no_actor(mentions_of, text) -> None:
    """Round 84: "the constitutional standard for the presidency" coded USAGOV."""
    found = mentions_of(text, "2016-02-02")
    assert _codes(found, "presidency") <= {None}, _shown(found)


def test_a_spokesman_for_the_presidency_is_the_government(mentions_of) -> None:
    found = mentions_of("A spokesman for the presidency in Mexico said the talks would go on.")
    assert _codes(found, "presidency") == {"MEXGOV"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ryan spoke. Or support Paul Ryan, who will lead the opposition to Trump in Congress.",
        "Paul Ryan spoke in Washington. Harry Reid led the opposition to Obama's nominee in the "
        "Senate.",
        "Chuck Schumer spoke in Washington. The opposition to the pipeline in Congress is growing.",
    ],
)
def test_opposition_to_someone_is_no_opposition_movement(mentions_of, text) -> None:
    """Round 84: "the opposition to Trump in Congress" coded USAOPP."""
    found = mentions_of(text, "2016-08-11")
    assert _codes(found, "opposition") <= {None}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Nicolas Maduro spoke in Caracas. The opposition to the government marched in Caracas.",
        "Nicolas Maduro spoke in Caracas. The opposition said it would march.",
    ],
)
def test_an_opposition_movement_stays(mentions_of, text) -> None:
    found = mentions_of(text, "2016-08-11")
    assert _codes(found, "opposition") == {"VENOPP"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Peru seized cocaine. Peruvian police arrested ten people in Lima. The report raised "
            "concerns about the spreading abuse of synthetic drugs in South America among high "
            "school students.",
            "high school students",
        ),
        (
            "Peru seized cocaine. Peruvian police arrested ten people in Lima. Across Latin "
            "America, university students are using more cocaine, the report said.",
            "university students",
        ),
        (
            "Peru seized cocaine. Peruvian police arrested ten people in Lima. Drug use among "
            "students in the Caribbean is rising.",
            "students",
        ),
    ],
)
def test_a_bare_group_in_a_sentence_about_a_region_is_no_countrys(mentions_of, text, words):
    """Round 84: "abuse … in South America … among high school students" coded PEREDU."""
    found = mentions_of(text, "2014-03-01")
    assert _codes(found, words) <= {None}, _shown(found)


def test_a_bare_group_in_the_countrys_story_stays_its(mentions_of) -> None:
    found = mentions_of(
        "Peru seized cocaine. Peruvian police arrested ten people in Lima. Students marched in "
        "Lima on Monday.",
        "2014-03-01",
    )
    assert _codes(found, "Students") == {"PEREDU"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Abortion foes cheered, said Kristan Hawkins, president of Students For Life of "
            "America.",
            "Kristan Hawkins",
        ),
        ("Lisa Monaco, president of the Boy Scouts of America, said so.", "Lisa Monaco"),
        ("Ann Lee, chairman of the Daughters of America, said so.", "Ann Lee"),
    ],
)
def test_the_head_of_a_body_named_after_a_country_is_not_its_state(mentions_of, text, name):
    """Round 84: Kristan Hawkins, "president of Students For Life of America", coded USAGOV;
    the "America" that ends the body's name was coded USA too."""
    found = mentions_of(text, "2016-06-28")
    assert all(m.code != "USAGOV" for m in found if m.actor == name), _shown(found)
    assert _codes(found, "America") <= {None}, _shown(found)


def test_a_title_of_its_own_sector_keeps_the_country(mentions_of) -> None:
    found = mentions_of("Jamie Dimon, chief executive of Bank of America, said so.", "2016-06-28")
    assert _codes(found, "Jamie Dimon") == {"USABUS"}, _shown(found)


# -- D. coined labels ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Ted Cruz spoke in Iowa. He has coined a new phrase, “undocumented Democrats,” to "
            "describe those in the country illegally.",
            "Democrats",
        ),
        (
            "Ted Cruz spoke in Iowa. He calls them “undocumented Democrats” at every rally.",
            "Democrats",
        ),
        (
            "Donald Trump spoke in Iowa. He dubbed his rivals “Washington Republicans” on Monday.",
            "Republicans",
        ),
    ],
)
def test_a_quoted_label_someone_coined_is_no_actor(mentions_of, text, label) -> None:
    """Round 84: Cruz's “undocumented Democrats” coded USAPTY."""
    found = mentions_of(text, "2015-12-21")
    assert all(m.code is None for m in found if label in m.text), _shown(found)


def test_a_quoted_party_that_speaks_stays(mentions_of) -> None:
    found = mentions_of("Ted Cruz spoke in Iowa. “Democrats,” he said, “will lose.”", "2015-12-21")
    assert _codes(found, "Democrats") == {"USAPTY"}, _shown(found)
