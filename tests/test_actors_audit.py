"""Kinds of actor-coding fault the blind audit found, each with two paraphrases of ours."""

from __future__ import annotations

import pytest

from dyads.records import Mention


def _at(mentions: list[Mention], text: str) -> Mention:
    return next(m for m in mentions if m.text == text)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Gunmen killed three police officers in Michoacan on Monday.", "Michoacan", "MEX"),
        ("The cartel moved cocaine through Sinaloa and Chihuahua.", "Sinaloa", "MEX"),
        ("Voters in Vermont backed Sanders.", "Vermont", "USA"),
    ],
)
def test_a_state_or_city_is_where_not_who(mentions_of, text, place, country) -> None:
    found = _at(mentions_of(text), place)
    assert (found.code, found.country) == (None, country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former Vermont governor Howard Dean spoke at the convention.", "Howard Dean"),
        ("Former British prime minister Tony Blair criticized the decision.", "Tony Blair"),
        ("The former German chancellor Gerhard Schroeder defended Russia.", "Gerhard Schroeder"),
    ],
)
def test_a_former_office_holder_is_an_elite(mentions_of, text, name) -> None:
    found = [m for m in mentions_of(text) if m.actor and name in m.actor]
    assert found and all(m.sector == "ELI" for m in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hillary Clinton put American lives at risk.", "American"),
        ("The Mexican heritage of the judge was questioned.", "Mexican"),
        ("He answered in Spanish.", "Spanish"),
    ],
)
def test_a_nationality_word_is_not_an_actor(mentions_of, text, word) -> None:
    assert all(m.code is None for m in mentions_of(text) if m.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "Obama met the Pope in Rome. The meeting was long, and it ended at noon.",
        "The United Nations published figures. Analysts read them, and it is clear they rose.",
        "Canada signed the treaty. The treaty was debated for weeks. Critics said it failed.",
    ],
)
def test_it_far_from_a_subject_body_is_no_actor(mentions_of, text) -> None:
    second = text.split(". ", 1)[1]
    start = text.index(second)
    assert [m for m in mentions_of(text) if m.text in ("it", "its") and m.span[0] >= start
            and m.code] == []  # fmt: skip


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Russian Foreign Ministry condemned Armenia for its drills with the United States.",
         "ARM"),
        ("The Chinese government criticized Japan for its decision to release the water.", "JPN"),
        ("The European Union praised Kenya for its handling of the election.", "KEN"),
    ],
)  # fmt: skip
def test_a_possessive_in_the_reason_phrase_is_the_objects(mentions_of, text, owner) -> None:
    (its,) = [m for m in mentions_of(text) if m.text == "its"]
    assert its.country == owner


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The US is a partner. Colombia's most notorious trafficker, Daniel Barrera Barrera, "
         "began negotiations with the US.", "COLCRM"),
        ("The US is a partner. Mexico's most wanted drug lord, Joaquin Guzman, escaped.",
         "MEXCRM"),
        ("The US is a partner. Peru's very powerful interior minister, Carlos Basombrio, resigned.",
         "PERGOV"),
    ],
)  # fmt: skip
def test_a_graded_adjective_does_not_hide_the_possessor_country(mentions_of, text, code) -> None:
    (person,) = [m for m in mentions_of(text, "2012-02-01") if m.kind == "person"]
    assert person.code == code


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Two Colombian men living in Mexico were arrested.", "Mexico", "MEX"),
        ("The cocaine moved across Guatemala before it was seized.", "Guatemala", "GTM"),
        ("He was extradited to the United States in 2012.", "United States", "USA"),
    ],
)
def test_a_country_after_a_locative_is_where_not_who(mentions_of, text, place, country) -> None:
    found = _at(mentions_of(text), place)
    assert (found.code, found.country) == (None, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The European Union imposed sanctions on Russia.", "Russia"),
        ("Russia's foreign minister took a swipe at the United States.", "United States"),
        ("Chinese troops made an incursion into India.", "India"),
    ],
)
def test_a_country_a_frame_acts_upon_stays_an_actor(mentions_of, text, country) -> None:
    assert _at(mentions_of(text), country).code is not None


@pytest.mark.parametrize(
    ("text", "owner", "body"),
    [
        ("The US Drug Enforcement Administration arrested him.", "US",
         "Drug Enforcement Administration"),
        ("Russia's Foreign Ministry summoned the envoy.", "Russia", "Foreign Ministry"),
        ("Mexico's Attorney General's Office opened an inquiry.", "Mexico", "Attorney General"),
    ],
)  # fmt: skip
def test_a_country_naming_whose_body_it_is_is_no_actor(mentions_of, text, owner, body) -> None:
    found = mentions_of(text)
    assert [m.code for m in found if m.text == owner] in ([], [None])
    assert any(body in m.text and m.code for m in found)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Anti-Narcotics Division Head Marco Tulio Lima told InSight Crime that shipments rose. "
         "Lima said the routes changed.", "Lima"),
        ("Police spokesman Carlos Santiago said the gang had split. Santiago added that two "
         "leaders fled.", "Santiago"),
        ("Prosecutor Ana Paula Florencia spoke on Monday. Florencia said the case was closed.",
         "Florencia"),
    ],
)  # fmt: skip
def test_a_surname_that_is_also_a_city_stays_the_person(mentions_of, text, surname) -> None:
    later = [m for m in mentions_of(text) if m.text == surname]
    assert later and all(m.kind == "person" and m.code is None for m in later), later


@pytest.mark.parametrize(
    ("name", "published", "code"),
    [
        ("Donald Trump", "2016-05-01", "USAPTY"),  # a candidate
        ("Donald Trump", "2018-05-01", "USAGOV"),  # the president
        ("Hillary Clinton", "2016-05-01", "USAPTY"),
        ("Hillary Clinton", "2010-05-01", "USAGOV"),  # secretary of state
        ("Hillary Clinton", "2019-05-01", None),  # neither
        ("Barack Obama", "2008-05-01", "USAPTY"),
    ],
)
def test_a_campaign_is_a_term_in_the_table(mentions_of, name, published, code) -> None:
    (person,) = [m for m in mentions_of(f"{name} spoke in Ohio on Monday.", published)
                 if m.kind == "person"]  # fmt: skip
    assert person.code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivanka Trump introduced her father in Ohio. Mr. Trump spoke after her.", "Donald Trump"),
        ("Donald Trump arrived in Ohio. Ivanka Trump introduced him. Mr. Trump thanked her.",
         "Donald Trump"),
        ("Bill Clinton spoke first. Hillary Clinton followed him. Mrs. Clinton spoke of US jobs.",
         "Hillary Clinton"),
    ],
)  # fmt: skip
def test_an_honorific_picks_the_namesake_of_its_gender(mentions_of, text, expected) -> None:
    last = [m for m in mentions_of(text, "2016-07-22") if m.kind == "person"
            and m.text in ("Trump", "Clinton", "Mr. Trump", "Mrs. Clinton")][-1]  # fmt: skip
    assert last.actor == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a Bogota prison on Monday.",
        "Gunmen attacked a police post in Michoacan.",
        "Rebels shelled the army barracks near the border.",
    ],
)
def test_a_building_is_not_its_guards(mentions_of, text) -> None:
    assert all(not any(w in m.text for w in ("prison", "post", "barracks"))
               for m in mentions_of(text) if m.code)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Mexico is a big country. Violence in the country rose in 2015.",
        "Colombia signed the deal. Coca crops across the country fell.",
        "Peru voted on Sunday. Turnout throughout the country was high.",
    ],
)
def test_the_country_after_a_locative_is_where_not_who(mentions_of, text) -> None:
    found = [m for m in mentions_of(text) if m.text == "the country"]
    assert found and all(m.code is None and m.country for m in found), found


@pytest.mark.parametrize(
    ("text", "published", "code"),
    [
        ("Paul Ryan spoke on Monday.", "2016-06-07", "USALEG"),  # Speaker of the House
        ("The Knights Templar extorted farmers.", "2014-03-01", "MEXCRM"),
        ("The Rastrojos fought the Urabenos.", "2012-03-01", "COLCRM"),
    ],
)
def test_leaders_and_gangs_the_news_names(mentions_of, text, published, code) -> None:
    assert mentions_of(text, published)[0].code == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The cocaine entered El Salvador by sea.", "El Salvador"),
        ("Gangs control Panama's Pacific coast.", "Panama"),
        ("Michoacan is Mexico's most conflictive state.", "Mexico"),
        ("The trafficking routes to Brazil run through the jungle.", "Brazil"),
        ("The drugs were moved outside of Colombia.", "Colombia"),
        ("Colombia-based groups ship the drug.", "Colombia"),
        ("The shipment moved through Ecuador and Peru.", "Peru"),
        ("The migrants crossed Guatemala on foot.", "Guatemala"),
    ],
)
def test_a_country_named_as_territory_is_no_actor(mentions_of, text, country) -> None:
    assert _at(mentions_of(text), country).code is None


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Russia invaded Ukraine last year.", "Ukraine", "UKR"),
        ("The United States imposed sanctions on Iran.", "Iran", "IRN"),
        ("Talks between Armenia and Azerbaijan resumed.", "Azerbaijan", "AZE"),
    ],
)
def test_a_country_acted_on_stays_an_actor(mentions_of, text, country, code) -> None:
    assert _at(mentions_of(text), country).code == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Three Mexicans were convicted in Malaysia last week.", "Mexicans", "MEXCVL"),
        ("Americans who believe in the Second Amendment are angry.", "Americans", "USACVL"),
        ("Dominicans waiting in Uruguay were forced to work.", "Dominicans", "DOMCVL"),
    ],
)
def test_a_plural_demonym_is_the_countrys_people(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay has become a transit point for migrants, and they wait there for months.",
        "Mexico is a route for the drugs and they reach the border in trucks.",
        "Bolivia seized the planes after they landed.",
    ],
)
def test_they_is_never_a_bare_country(mentions_of, text) -> None:
    pronouns = [m for m in mentions_of(text) if m.text.lower() in ("they", "them", "their")]
    assert all(m.code is None or len(m.code) > 3 for m in pronouns), pronouns


@pytest.mark.parametrize(
    "text",
    [
        "According to Animal Politico, killings rose by half.",
        "Mexican news site Animal Politico reported the figures.",
        "The figures were first published by Animal Politico on Monday.",
    ],
)
def test_an_outlet_name_inside_a_longer_name_is_not_that_outlet(mentions_of, text) -> None:
    assert all(m.code != "USAMED" for m in mentions_of(text))


def test_the_outlet_by_its_own_name_is_still_coded(mentions_of) -> None:
    found = mentions_of("Speaking to Politico on Monday, Cruz said he would win.")
    assert _at(found, "Politico").code == "USAMED"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Israel and the Palestinians reached a consensus on water.", "Palestinians", "PSE"),
        ("The Palestinians and Israel met in Cairo.", "Palestinians", "PSE"),
        ("Pakistan threatened to cut ties with Congo and Costa Rica over their ties with Israel.",
         "their", "CRI"),
    ],
)  # fmt: skip
def test_a_people_or_pronoun_beside_countries_is_a_side(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Joaquin "El Chapo" Guzman escaped from prison. Chapo had paid the guards.', "Chapo"),
        (
            "Joaquin Guzman, alias Chapo, fled. Rosenberg said Chapo began trafficking young.",
            "Chapo",
        ),
        ("The cartel boss known as “Chapo” fled by tunnel. Chapo was caught later.", "Chapo"),
    ],
)
def test_a_surname_the_story_uses_as_an_alias_is_no_office_holder(mentions_of, text, name):
    # Daniel Chapo is Mozambique's president from 2025 (the office-holder table)
    found = [m for m in mentions_of(text, "2025-06-01") if m.text == name]
    assert found and all(m.code != "MOZGOV" for m in found)


def test_a_lone_surname_with_its_country_named_is_the_office_holder(mentions_of) -> None:
    found = mentions_of("Mozambique held talks. Chapo said the talks went well.", "2025-06-01")
    assert _at(found, "Chapo").code == "MOZGOV"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Mexican forces ended the operations of the Knights Templar and their leader Servando "
         "Gomez Martinez in Michoacan.", "leader Servando Gomez Martinez", "MEXCRM"),
        ("The Knights Templar lost its leader Servando Gomez.", "leader Servando Gomez", "MEXCRM"),
        ("The FARC and their commander Timochenko signed the deal.", "commander Timochenko",
         "COLREB"),
    ],
)  # fmt: skip
def test_the_leader_of_a_body_outside_the_state_is_that_bodys(mentions_of, text, mention, code):
    assert _at(mentions_of(text), mention).code == code


def test_the_minister_of_a_state_stays_its_government(mentions_of) -> None:
    found = mentions_of("Russia and its foreign minister Sergei Lavrov rejected the plan.")
    assert _at(found, "foreign minister Sergei Lavrov").code == "RUSGOV"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Nicaragua's Supreme Court President Alba Luz Ramos defended the owner.",
         "Nicaragua's Supreme Court President Alba Luz Ramos", "NICJUD"),
        ("Colombia's Constitutional Court President Jorge Pretelt resigned.",
         "Colombia's Constitutional Court President Jorge Pretelt", "COLJUD"),
        ("Mexico's Supreme Court President Arturo Zaldivar spoke on Monday.",
         "Mexico's Supreme Court President Arturo Zaldivar", "MEXJUD"),
    ],
)  # fmt: skip
def test_the_head_of_a_body_takes_the_bodys_sector(mentions_of, text, mention, code) -> None:
    assert _at(mentions_of(text), mention).code == code


def test_a_head_of_state_stays_government(mentions_of) -> None:
    found = mentions_of("Russian President Vladimir Putin met the press.", "2024-05-01")
    assert _at(found, "Russian President Vladimir Putin").code == "RUSGOV"


# -- blind audit, round 9: a pronoun that means a thing is no actor ------------------------------
def _coded_pronouns(mentions: list[Mention], word: str) -> list[Mention]:
    return [m for m in mentions if m.text.lower() == word and m.code]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hand grenades stolen from the Venezuelan military are finding their way to criminals.",
         "their"),
        ("Rifles bought by the Honduran police keep turning up in their holsters.", "their"),
        ("The Colombian army launched a bombing campaign, and it has killed dozens of civilians.",
         "it"),
        ("The Mexican government passed a security law, and it has cut the homicide rate.", "it"),
        ("The Colombian police urged citizens to register their firearms.", "their"),
        ("When it comes to Colombia, seizures are rare.", "it"),
        ("Colombia is slow, and the time it takes to confiscate assets is long.", "it"),
    ],
)  # fmt: skip
def test_a_pronoun_standing_for_a_thing_gets_no_code(mentions_of, text, word) -> None:
    """Rounds 5-9: "it" was right on 11 of 29 rows and they/them/their on 70 of 131; the wrong
    ones often pointed at a thing in between ("grenades … their way", "the time it takes")."""
    assert not _coded_pronouns(mentions_of(text), word)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The EU said on Monday that it would not lift sanctions.", "it", "IGOEUREEC"),
        ("China said in a statement that it would retaliate.", "it", "CHN"),
        ("The FARC rebels said their fighters would withdraw.", "their", "COLREB"),
    ],
)
def test_a_pronoun_of_the_actor_itself_keeps_its_code(mentions_of, text, word, code) -> None:
    assert [m.code for m in _coded_pronouns(mentions_of(text), word)] == [code]


def test_the_subject_of_the_main_clause_is_they_in_its_when_clause(mentions_of) -> None:
    text = (
        "Two Palestinian suicide bombers killed 23 people late Sunday when they blew themselves "
        "up in Tel Aviv."
    )
    bombers = next(m for m in mentions_of(text) if "bombers" in m.text)
    assert [m.code for m in _coded_pronouns(mentions_of(text), "they")] == [bombers.code]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Luis and Simon Gonzalez Villarreal were arrested at a laboratory in Malaysia in 2008, "
         "where authorities say they found methamphetamine.", "authorities", "MYSGOV"),
        ("Mexican cartels ship cocaine to Europe. The drugs were seized in Spain, where police "
         "arrested three men.", "police", "ESPCOP"),
        ("The Mexican traffickers flew to Peru. Officials there said the men were carrying "
         "cash.", "Officials", "PERGOV"),
    ],
)  # fmt: skip
def test_a_bare_state_body_belongs_to_the_place_just_named(mentions_of, text, word, code):
    """Blind audit, rounds 7-9: the authorities who raided a lab in Malaysia were coded MEXGOV,
    the story's main country."""
    assert _at(mentions_of(text), word).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's government was accused of torture. Mexican officials denied it.",
        "The Colombian army was said to have shelled the town. The ministry confirmed it.",
        "Brazil's police were blamed for the raid. Brazilian officials dismissed it.",
    ],
)
def test_it_said_or_denied_is_a_claim_not_an_actor(mentions_of, text):
    assert not _coded_pronouns(mentions_of(text), "it")


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The Knights Templar lost their leader.", "leader", "MEXCRM"),
        ("The FARC said its commanders would meet.", "commanders", "COLREB"),
        ("The Sinaloa Cartel and its gunmen attacked the town.", "gunmen", "MEXCRM"),
    ],
)
def test_the_leader_a_body_outside_the_state_owns_is_that_bodys(mentions_of, text, word, code):
    """Blind audit, round 9: a gang's boss coded as the government (CRIGOV)."""
    assert _at(mentions_of(text), word).code == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("San Diego-based criminal defense attorney Jan Ronis said the case was weak.",
         "San Diego-based criminal defense attorney Jan Ronis", "USACVL"),
        ("Mexican community leaders met the governor.", "Mexican community leaders", "MEXCVL"),
        ("In 2005 the Venezuelan government expelled the US counter drug agents from the DEA.",
         "US counter drug agents", "USACOP"),
    ],
)  # fmt: skip
def test_lawyers_community_leaders_and_drug_agents_have_their_own_sector(
    mentions_of, text, word, code
) -> None:
    """Blind audit, round 9: a defence attorney coded CRM ("criminal"), community leaders GOV,
    DEA agents CVL."""
    assert _at(mentions_of(text), word).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Elizabeth said the police came late.",
        "The shooting suspect lived in Elizabeth, east of Denver. Elizabeth has 1,500 people.",
        "Elizabeth, a small town, voted to build a new school.",
    ],
)
def test_a_given_name_alone_is_no_monarch(mentions_of, text) -> None:
    """Blind audit, round 9: "Elizabeth", a Colorado town, coded GBRGOV (Elizabeth II)."""
    assert not [m for m in mentions_of(text) if m.text == "Elizabeth" and m.code]


def test_the_monarch_named_in_full_keeps_her_code(mentions_of) -> None:
    text = "Queen Elizabeth II visited Canada. Elizabeth met the prime minister."
    assert [m.code for m in mentions_of(text) if m.text == "Elizabeth"] == ["GBRGOV"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PARIS (AP) — Twitter's chief executive Jack Dorsey said his company would act.",
         "Twitter's chief executive Jack Dorsey"),
        ("PARIS (AP) — President Francois Hollande spoke. Facebook's founder Mark Zuckerberg "
         "said the posts were removed.", "Facebook's founder Mark Zuckerberg"),
        ("BERLIN (AP) — Chancellor Angela Merkel spoke. Uber's spokesman Matt Kallman said the "
         "app would stay.", "spokesman Matt Kallman"),
    ],
)  # fmt: skip
def test_a_title_a_foreign_company_owns_is_not_the_datelines_country(mentions_of, text, word):
    """Blind audit, round 9: Twitter's chief executive in a Paris story coded FRAGOV."""
    code = _at(mentions_of(text), word).code or ""
    assert not code.startswith(("FRA", "DEU"))


def test_a_chief_executive_is_business(mentions_of) -> None:
    text = "Russian chief executive Alexei Miller said the gas would flow."
    assert _at(mentions_of(text), "Russian chief executive Alexei Miller").code == "RUSBUS"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PARIS — President Francois Hollande spoke. Diplomats from 195 countries gathered in "
         "Paris for the climate talks.", "Diplomats"),
        ("PARIS — President Francois Hollande spoke. Officials from several nations met on "
         "Monday.", "Officials"),
        ("LIMA — President Ollanta Humala spoke. Delegates from around the world arrived on "
         "Monday.", "Delegates"),
    ],
)  # fmt: skip
def test_people_from_many_countries_are_not_the_hosts(mentions_of, text, word) -> None:
    """Blind audit, round 9: the diplomats of many countries at the Paris talks coded FRAGOV."""
    assert not [m for m in mentions_of(text) if m.text == word and m.code]


def _pronoun_actors(mentions: list[Mention], word: str) -> list[str | None]:
    return [m.actor for m in mentions if m.text.lower() == word]


@pytest.mark.parametrize(
    "text",
    [
        "President Hugo Chavez spoke on Monday. The dealer said he had a list of all the people "
        "within the Chavez government that he paid.",
        "President Hugo Chavez spoke on Monday. The trafficker told reporters he had paid "
        "officials.",
        "President Hugo Chavez spoke on Monday. A witness testified that he saw the money.",
    ],
)
def test_he_after_an_unnamed_speaker_is_not_the_last_name(mentions_of, text) -> None:
    """Blind audit, round 10: "The dealer said he had a list of … the Chavez government that he
    paid": both "he" went to Chavez."""
    assert "Hugo Chávez" not in _pronoun_actors(mentions_of(text, "2011-05-01"), "he")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Judge Gonzalo Curiel ruled on Monday. Donald Trump attacked the judge and his order.",
         "Gonzalo Curiel"),
        ("Senator Marco Rubio spoke. Donald Trump mocked the senator and his campaign.",
         "Marco Rubio"),
        ("Donald Trump spoke. Then Trump and his wife Melania left.", "Donald Trump"),
    ],
)  # fmt: skip
def test_x_and_his_is_x(mentions_of, text, actor) -> None:
    assert _pronoun_actors(mentions_of(text, "2016-06-01"), "his") == [actor]
