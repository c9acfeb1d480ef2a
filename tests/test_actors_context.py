"""Actors from context (issue 14): each input of the issue's "Found" list and of the blind
audit's kinds, with two paraphrases of our own per kind. Sentences are the project's own."""

from __future__ import annotations

import pytest

from dyads.actors import add_actor_ruler, find_mentions
from dyads.records import Mention


@pytest.fixture(scope="module")
def parse(nlp):
    add_actor_ruler(nlp)

    def run(text: str, **kwargs) -> list[Mention]:
        return find_mentions(nlp(text), **kwargs)

    return run


def named(mentions: list[Mention], actor: str) -> Mention:
    found = [m for m in mentions if m.actor == actor]
    assert found, (actor, [(m.text, m.actor, m.code) for m in mentions])
    return found[0]


def covering(mentions: list[Mention], text: str, words: str) -> list[Mention]:
    at = text.index(words)
    return [m for m in mentions if m.span[0] < at + len(words) and at < m.span[1]]


def code_of(mentions: list[Mention], text: str, words: str) -> str | None:
    """The code of the mention over ``words`` (None when no mention or no code); for a place,
    which names where and is no actor, its country (places carry no code)."""
    over = covering(mentions, text, words)
    if not over:
        return None
    return over[0].code or (over[0].country if over[0].kind == "country" else None)


# -- the mention's own phrase outranks the article's country ----------------------------------
@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        (
            "OTTAWA (Reuters) - Canada said on Tuesday it would review the deal. Foreign Ministry "
            "spokesperson Mao Ning told a regular briefing in Beijing that Canada should stop.",
            "Mao Ning",
            "CHNGOV",
        ),
        (
            "TOKYO (AP) - Japan lodged a protest on Friday. Foreign Ministry spokesman Wang "
            "Wenbin told reporters in Beijing that Japan had no grounds to complain.",
            "Wang Wenbin",
            "CHNGOV",
        ),
        (
            "KYIV (Reuters) - Ukraine reported new strikes. Defence Ministry spokesman Igor "
            "Konashenkov told a briefing in Moscow that Ukraine had lost two tanks.",
            "Igor Konashenkov",
            "RUSMIL",
        ),
        (
            "MANILA (Reuters) - The Philippines protested on Monday. Chinese Foreign Ministry "
            "spokesperson Lin Jian said the Philippine vessels had intruded.",
            "Lin Jian",
            "CHNGOV",
        ),
        (
            "KYIV (AP) - Ukraine said the talks had stalled. Russian Foreign Ministry spokeswoman "
            "Maria Zakharova said Ukraine was to blame.",
            "Maria Zakharova",
            "RUSGOV",
        ),
        (
            "BAGHDAD (Reuters) - Iraq summoned envoys on Sunday. Iranian Foreign Ministry "
            "spokesman Nasser Kanaani said Iraq had been misinformed.",
            "Nasser Kanaani",
            "IRNGOV",
        ),
        (
            "KABUL (AP) - The Taliban said Afghanistan was calm. General Mark Milley, chairman "
            "of the Joint Chiefs of Staff, told US media the withdrawal was a strategic failure.",
            "Mark Milley",
            "USAMIL",
        ),
        (
            "BAGHDAD (AP) - Iraq was quiet on Friday. General Charles Brown, chairman of the "
            "Joint Chiefs of Staff, told reporters the mission would go on.",
            "Charles Brown",
            "USAMIL",
        ),
        (
            "TRIPOLI (Reuters) - Libya said the border was closed. Colonel Ahmed Ali, a "
            "spokesman for the Egyptian army, said the border had been reinforced.",
            "Ahmed Ali",
            "EGYMIL",
        ),
    ],
)
def test_own_phrase_beats_the_article_country(parse, text, person, code) -> None:
    assert named(parse(text), person).code == code


def test_us_state_read_by_its_own_context(parse) -> None:
    text = "Georgia Governor Brian Kemp signed a new election security bill on Tuesday in Atlanta."
    assert named(parse(text), "Brian Kemp").code == "USAGOV"
    text = "Georgia's governor, Brian Kemp, signed the bill in Atlanta on Tuesday."
    assert named(parse(text), "Brian Kemp").code == "USAGOV"
    text = "Lawmakers in the state of Georgia passed the bill, and Atlanta officials welcomed it."
    assert code_of(parse(text), text, "Georgia") == "USA"


def test_the_country_georgia_stays_the_country(parse) -> None:
    text = "Georgian Prime Minister Irakli Kobakhidze said Georgia would not join the sanctions."
    mentions = parse(text)
    assert code_of(mentions, text, "Georgia would") == "GEO"
    assert named(mentions, "Irakli Kobakhidze").code == "GEOGOV"


def test_shared_division_name_takes_the_article_country(parse) -> None:
    text = "Police in Lahore said floods had hit Punjab, and Pakistani officials asked for aid."
    assert code_of(parse(text), text, "Punjab") == "PAK"
    text = "Indian officials said farmers in Amritsar had left Punjab for New Delhi."
    assert code_of(parse(text), text, "Punjab") == "IND"


# -- places are not persons -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Police in Molenbeek detained two men on Friday, Belgian federal prosecutors said.",
            "Molenbeek",
        ),
        ("Gunmen killed three farmers near Kumbo on Sunday, Cameroonian soldiers said.", "Kumbo"),
        ("Residents of the town of Ouallam fled on Monday, Nigerien officials said.", "Ouallam"),
    ],
)
def test_an_unknown_place_is_no_person(parse, text, place) -> None:
    mentions = parse(text)
    assert not [m for m in covering(mentions, text, place) if m.kind == "person"]


def test_prosecutors_with_a_nationality(parse) -> None:
    text = "Police in Molenbeek detained two men on Friday, Belgian federal prosecutors said."
    assert code_of(parse(text), text, "prosecutors") == "BELJUD"


# -- names, surnames and codes that must not leak across sentences ---------------------------
def test_a_titled_name_is_a_person_and_its_surname_follows(parse) -> None:
    text = "German Chancellor Olaf Scholz will travel to Kyiv on Monday. Scholz will meet Zelensky."
    mentions = parse(text)
    scholz = [m for m in mentions if m.actor == "Olaf Scholz"]
    assert len(scholz) == 2 and all(m.kind == "person" and m.code == "DEUGOV" for m in scholz)
    assert code_of(mentions, text, "Kyiv") == "UKR"  # a destination, not Ukraine's government


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        (
            "Hungarian Prime Minister Viktor Orban blocked the aid package. European Council "
            "President Charles Michel said the bloc would find another way.",
            "Charles Michel",
            "IGOEUREEC",
        ),
        (
            "Hungarian Prime Minister Viktor Orban vetoed the plan. NATO Secretary General Jens "
            "Stoltenberg said allies would keep talking.",
            "Jens Stoltenberg",
            "IGOWSTNAT",
        ),
        (
            "Hungarian Prime Minister Viktor Orban vetoed the plan on Tuesday. Acme Research "
            "Institute director John Doe said the veto was expected.",
            "John Doe",
            None,
        ),
    ],
)
def test_no_code_leaks_from_another_sentence(parse, text, person, code) -> None:
    assert named(parse(text), person).code == code


# -- role nouns with a nationality or an institution ------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "“We will not sign anything under pressure,” the Serbian negotiator said.",
            "negotiator",
            "SRBGOV",
        ),
        ("“The offer stands,” the Ukrainian envoy told reporters.", "envoy", "UKRGOV"),
        ("Georgian lawmakers approved the bill on Tuesday.", "lawmakers", "GEOLEG"),
        ("Lawmakers in Tbilisi approved the bill on Tuesday.", "Lawmakers", "GEOLEG"),
        ("China's coast guard fired water cannon at the boat.", "coast guard", "CHNMIL"),
        (
            "A spokesperson for the China Coast Guard said the boat had intruded.",
            "spokesperson",
            "CHNMIL",
        ),
        ("Chinese state media said the drills were routine.", "state media", "CHNMED"),
        ("Officials of the Cali Cartel met Colombian narcos in Medellin.", "Cali Cartel", "COLCRM"),
        ("Officials of the Cali Cartel met Colombian narcos in Medellin.", "narcos", "COLCRM"),
        ("Mexican gangsters attacked the convoy.", "gangsters", "MEXCRM"),
        (
            "A judge of the United States District Court in Miami ruled on Friday.",
            "District Court",
            "USAJUD",
        ),
        (
            "The Mexican Army and the Colombian National Police raided the camp.",
            "National Police",
            "COLCOP",
        ),
    ],
)
def test_role_nouns_take_country_and_sector(parse, text, words, code) -> None:
    assert code_of(parse(text), text, words) == code


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        (
            "WASHINGTON (AP) - Congress returned on Monday. House Majority Leader Kevin McCarthy "
            "said the vote would happen on Friday.",
            "Kevin McCarthy",
            "USALEG",
        ),
        (
            "Joaquin Guzman, the leader of the Sinaloa Cartel, was sent to the United States.",
            "Joaquin Guzman",
            "MEXCRM",
        ),
        ("Rebels said FARC commander Ivan Marquez had left Colombia.", "Ivan Marquez", "COLREB"),
        (
            "WASHINGTON (AP) - Voters in the United States went to the polls. Trump campaign "
            "spokesman Steven Cheung said the race was over.",
            "Steven Cheung",
            "USAPTY",
        ),
    ],
)
def test_named_people_take_the_sector_of_their_body(parse, text, person, code) -> None:
    assert named(parse(text), person).code == code


def test_a_sector_without_a_country_is_no_code(parse) -> None:
    text = (
        "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro. "
        "Authorities said police would patrol the border."
    )
    mentions = parse(text)
    assert code_of(mentions, text, "Authorities") is None
    assert code_of(mentions, text, "police") is None
    assert named(mentions, "Gustavo Petro").code == "COLGOV"
    text = "BOGOTA (Reuters) - Colombia tightened controls. Police arrested four men on Friday."
    assert code_of(parse(text), text, "Police") == "COLCOP"


# -- title-case headlines ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Minister Signs Deal With Rebels",
        "President Vows Crackdown On Gangs",
        "Governor Orders Troops To Border",
    ],
)
def test_headline_words_are_not_glued_into_a_person(parse, text) -> None:
    assert not [m for m in parse(text) if m.kind == "person"]


# -- a title phrase before the name -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        (
            "China's ambassador to Britain, Liu Xiaoming, said the sanctions were unjustified.",
            "Liu Xiaoming",
            "CHNGOV",
        ),
        (
            "Russia's ambassador to the United States, Anatoly Antonov, said the talks were over.",
            "Anatoly Antonov",
            "RUSGOV",
        ),
        (
            "Iran's ambassador to Iraq, Mohammad Kazem Sadegh, said the visit went well.",
            "Mohammad Kazem Sadegh",
            "IRNGOV",
        ),
    ],
)
def test_title_phrase_before_a_name(parse, text, person, code) -> None:
    mentions = parse(text)
    person_mention = named(mentions, person)
    assert person_mention.code == code and person_mention.kind == "person"
    assert not [
        m for m in mentions if m.actor in ("China", "Russia", "Iran") and m.kind == "person"
    ]


# -- coreference to the outlet the article named -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "outlet", "code", "later"),
    [
        (
            "The Washington Post reported on Monday that the talks had stalled. The newspaper "
            "said it had seen the documents.",
            "Washington Post",
            "USAMED",
            ["newspaper", "it"],
        ),
        (
            "The interview was translated by the Mexican outlet Milenio. The outlet said it "
            "would publish the full text.",
            "Milenio",
            "MEXMED",
            ["outlet", "it"],
        ),
        (
            "TASS reported the meeting on Friday. The agency said the talks had been useful.",
            "TASS",
            "RUSMED",
            ["agency"],
        ),
    ],
)
def test_the_newspaper_is_the_outlet_named(parse, text, outlet, code, later) -> None:
    mentions = parse(text)
    assert named(mentions, outlet).code == code
    for words in later:
        last = text.rindex(words)
        over = [m for m in mentions if m.span[0] <= last < m.span[1]]
        assert over and over[0].actor == outlet and over[0].code == code, words


@pytest.mark.parametrize(
    "text",
    [
        "CNN reported the strike. It's of utmost importance that we act now, the senator said.",
        "Reuters reported the deal. It is clear that the talks failed.",
        "The BBC aired the interview. It seems the ministers disagreed.",
    ],
)
def test_expletive_it_is_no_reference(parse, text) -> None:
    assert not [m for m in parse(text) if m.text in ("It", "It's")]


def test_a_pronoun_in_a_quotation_does_not_point_outside_it(parse) -> None:
    text = "Reuters reported the vote. “It will not happen,” the minister said."
    assert not [m for m in parse(text) if m.text == "It"]


# -- a nationality or a place inside a longer name ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The American Medical Association criticized the bill.", "American"),
        ("The Brazilian Bar Association filed a complaint on Monday.", "Brazilian"),
        ("The American Civil Liberties Union sued the state.", "American"),
    ],
)
def test_nationality_in_a_name_is_not_the_bare_country(parse, text, words) -> None:
    for m in covering(parse(text), text, words):
        assert m.code not in ("USA", "BRA") and m.text != words


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Israel Vargas, a local farmer, said the army had burned his crops.", "Israel Vargas"),
        ("Jordan Bardella said the party would win.", "Jordan Bardella"),
        ("Chad Smith, a farmer from Ohio, said prices had fallen.", "Chad Smith"),
    ],
)
def test_a_country_as_a_first_name(parse, text, person) -> None:
    m = named(parse(text), person)
    assert m.kind == "person" and m.country not in ("ISR", "JOR", "TCD")


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("He lives in New Jersey and works in New York.", "New Jersey", "USA"),
        ("The storm hit New Mexico on Friday.", "New Mexico", "USA"),
        ("Fires burned across New South Wales.", "New South Wales", "AUS"),
    ],
)
def test_a_state_name_is_not_a_country_inside_it(parse, text, words, code) -> None:
    assert code_of(parse(text), text, words) == code


@pytest.mark.parametrize(
    "text",
    [
        "The interview was conducted in Spanish and translated later.",
        "The Spanish-language broadcast reached millions.",
        "She speaks Spanish and Portuguese.",
    ],
)
def test_a_language_is_not_its_country(parse, text) -> None:
    assert not [m for m in parse(text) if m.code in ("ESP", "PRT")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He works in Washington, Iowa, at a grain elevator.", "Washington"),
        ("Senators gathered on Capitol Hill on Tuesday.", "Capitol Hill"),
        ("Protesters rallied outside the Kremlin on Sunday.", "Kremlin"),
    ],
)
def test_places_are_not_organisations(parse, text, words) -> None:
    for m in covering(parse(text), text, words):
        assert not (m.code or "").endswith(("GOV", "LEG")), m


# -- the West ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The West has imposed sanctions on Russia, Lavrov said.",
        "Russia accused the West of prolonging the war.",
        "Armenia is turning to the West, Armenian officials said.",
    ],
)
def test_the_west_is_a_region(parse, text) -> None:
    west = [m for m in parse(text) if m.text.lower().endswith("west")]
    assert west and all(m.code == "WST" for m in west)


@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        (
            "The US Drug Enforcement Administration said the cartel shipped fentanyl. "
            "The agency said it had seized two tons.",
            "Drug Enforcement Administration",
            "USACOP",
        ),
        (
            "The FBI opened an inquiry on Monday. The bureau said the letter had been mailed.",
            "Federal Bureau of Investigation",
            "USACOP",
        ),
        (
            "The CIA declined to comment. The agency rarely discusses operations.",
            "Central Intelligence Agency",
            "USASPY",
        ),
    ],
)
def test_the_agency_is_the_body_named(parse, text, body, code) -> None:
    mentions = parse(text)
    second = text.index(". ") + 2
    later = [m for m in mentions if m.span[0] >= second and m.text.lower().startswith("the ")]
    assert later and later[0].actor == body and later[0].code == code


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Venezuelan President Nicolas Maduro accused Colombian President Ivan Duque of "
            "plotting against him.",
            "Nicolas Maduro",
        ),
        (
            "Russian President Vladimir Putin told French President Emmanuel Macron that the "
            "sanctions would hurt him.",
            "Vladimir Putin",
        ),
        (
            "Turkish President Recep Tayyip Erdogan warned Swedish Prime Minister Ulf "
            "Kristersson that protesters had insulted him.",
            "Recep Tayyip Erdogan",
        ),
    ],
)
def test_an_object_pronoun_prefers_the_subject(parse, text, who) -> None:
    him = [m for m in parse(text) if m.text == "him"]
    assert him and him[0].actor == who


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sudanese rebels shelled Juba on Sunday, killing twenty people.", "Juba"),
        ("Russian troops captured Kherson after a week of fighting.", "Kherson"),
        (
            "Residents of the town of Washington said the flood was the worst in decades.",
            "Washington",
        ),
        ("German Chancellor Olaf Scholz will travel to Kyiv on Monday.", "Kyiv"),
    ],
)
def test_a_capital_struck_entered_or_named_as_a_town_is_a_place(parse, text, words) -> None:
    over = covering(parse(text), text, words)
    assert over and not any((m.code or "").endswith("GOV") for m in over)


def test_a_capital_that_speaks_is_its_government(parse) -> None:
    text = "Russian troops captured Kherson, and Moscow said the city was secure."
    assert code_of(parse(text), text, "Moscow") == "RUSGOV"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Vietnamese-led forces shelled the camps near the Thai border.", "forces", "VNMMIL"),
        ("US-led troops left the base, Iraqi officials said.", "troops", "USAMIL"),
        ("Saudi-led forces struck the port, Yemeni officials said.", "forces", "SAUMIL"),
    ],
)
def test_led_names_the_nationality(parse, text, words, code) -> None:
    assert code_of(parse(text), text, words) == code


@pytest.mark.parametrize(
    ("text", "words", "not_of"),
    [
        ("Iranian-backed militias attacked the base, Iraqi officials said.", "militias", "IRN"),
        (
            "Russian-backed separatists shelled the town, Ukrainian officials said.",
            "separatists",
            "RUS",
        ),
        (
            "Foreign officials should curb their complaints, the Chinese minister said.",
            "Foreign officials",
            "CHN",
        ),
        ("BEIJING (Reuters) - International observers criticised the vote.", "observers", "CHN"),
    ],
)
def test_backers_and_foreigners_are_not_the_country_named(parse, text, words, not_of) -> None:
    assert not (code_of(parse(text), text, words) or "").startswith(not_of)


@pytest.mark.parametrize(
    ("text", "place", "person", "code"),
    [
        (
            "Prime Minister Irakli Kobakhidze said talks would resume.",
            "TBILISI",
            "Irakli Kobakhidze",
            "GEOGOV",
        ),
        ("President Gustavo Petro said the talks had failed.", "Bogota", "Gustavo Petro", "COLGOV"),
        (
            "Interior Minister Nancy Faeser said police were on alert.",
            "BERLIN",
            "Nancy Faeser",
            "DEUGOV",
        ),
    ],
)
def test_the_dateline_counts_when_the_header_is_not_parsed(
    parse, text, place, person, code
) -> None:
    """The article stage blanks the header out of the analysed text: the dateline it found
    still places a bare title."""
    assert named(parse(text, dateline_place=place), person).code == code
