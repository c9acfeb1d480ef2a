"""Actor-coding faults from blind-audit round 13, each with two paraphrases of ours and a guard
that the legitimate case still codes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyads.records import Mention

DATA = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data"


def _at(mentions: list[Mention], text: str) -> Mention:
    return next(m for m in mentions if m.text == text)


# -- 1. a country that owns a thing, or is a mere place, is no actor ---------------------------
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Mexico's institutions are weak, analysts say.", "Mexico", "MEX"),
        ("Peru's rivers are polluted this winter.", "Peru", "PER"),
        ("Analysts worry that Chile's roads cannot carry the load.", "Chile", "CHL"),
        ("Japan is rich. Its aging population worries planners.", "Its", "JPN"),
        ("Brazil held a vote. The country's economy is shrinking.", "The country", "BRA"),
        ("Ecuador is small. The nation's roads are crumbling.", "The nation", "ECU"),
    ],
)  # fmt: skip
def test_a_country_that_owns_a_thing_is_no_actor(mentions_of, text, word, country) -> None:
    found = _at(mentions_of(text), word)
    assert found.code is None
    assert found.country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The drugs were traced back to the United States.", "United States"),
        ("The weapons were traced to Venezuela, investigators said.", "Venezuela"),
        ("The money was shipped back to Panama last year.", "Panama"),
        ("Buyers came from as far away as Venezuela.", "Venezuela"),
        ("The cartel's reach extends as far as Argentina.", "Argentina"),
        ("Sales reached buyers as far north as Canada.", "Canada"),
        ("The deal has positive implications for Mexico.", "Mexico"),
        ("The ruling has serious consequences for Guatemala.", "Guatemala"),
        ("The drought is a problem for Bolivia, experts said.", "Bolivia"),
    ],
)  # fmt: skip
def test_a_country_named_as_a_scene_is_no_actor(mentions_of, text, word) -> None:
    assert _at(mentions_of(text), word).code is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Mexico's decision angered its neighbours.", "Mexico", "MEX"),
        ("China's refusal surprised the delegates.", "China", "CHN"),
        ("Russia's invasion continued for a third week.", "Russia", "RUS"),
        ("Peru's proposal was rejected.", "Peru", "PER"),
        ("China's coast guard fired water cannon.", "China's coast guard", "CHNMIL"),
        ("Mexico's president said the plan was good.", "Mexico's president", "MEXGOV"),
        ("Russia spoke. The country's foreign ministry said it would respond.",
         "foreign ministry", "RUSGOV"),
        ("Pakistan threatened to cut ties with Congo and Costa Rica over their ties with Israel.",
         "their", "CRI"),
        ("The United States imposed sanctions on Mexico.", "Mexico", "MEX"),
    ],
)  # fmt: skip
def test_a_country_that_decides_or_acts_is_still_coded(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


def test_the_deeds_cover_the_event_lexicons_nouns() -> None:
    deeds = yaml.safe_load((DATA / "actors" / "possessions.yaml").read_text())["deeds"]
    nouns = yaml.safe_load((DATA / "event_lexicon.yaml").read_text())["nouns"]
    assert set(nouns) <= set(deeds)


def test_the_whole_pipeline_keeps_the_owner_uncoded_and_the_actor_coded(pipeline) -> None:
    from dyads.records import RawDocument

    text = "Mexico's economy shrank. Mexico's decision angered Peru."
    article = pipeline.process(RawDocument(source="test", content=text))
    codes = [(m.text, m.code) for m in article.mentions if m.text == "Mexico"]
    assert codes == [("Mexico", None), ("Mexico", "MEX")]
    assert all(e.source.code != "MEX" or e.source.span[0] > 20 for e in article.events)


# -- 2. sectors ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("PhD candidate Maria Lopez said the study was flawed.", "PhD candidate Maria Lopez",
         "EDU"),
        ("Doctoral candidate Ana Ruiz said the data were old.", "Doctoral candidate Ana Ruiz",
         "EDU"),
        ("Graduate student Luis Soto said the lab was closed.", "Graduate student Luis Soto",
         "EDU"),
        ("Novelist Jorge Volpi said Mexico was changing.", "Novelist Jorge Volpi", "CVL"),
        ("The poet Raul Zurita said Chile was changing.", "poet Raul Zurita", "CVL"),
        ("Playwright Ariel Dorfman said Chile had forgotten.", "Playwright Ariel Dorfman", "CVL"),
        ("The inspector general said the agency erred.", "inspector general", "GOV"),
        ("Inspector General Michael Horowitz said the FBI erred.",
         "Inspector General Michael Horowitz", "GOV"),
        ("The deputy inspector general said the office erred.", "deputy inspector general",
         "GOV"),
        ("Eduardo Ramirez, president of the Mexican Chamber of Construction, said costs rose.",
         "Eduardo Ramirez", "BUS"),
        ("Ana Perez, head of the Chamber of Commerce of Bogota, said sales fell.", "Ana Perez",
         "BUS"),
        ("Juan Diaz, president of the Peruvian Chamber of Mines, said output rose.", "Juan Diaz",
         "BUS"),
        ("Evangelical leaders in Mexico said they backed him.", "Evangelical leaders", "REL"),
        ("Religious leaders in Brazil said they opposed the law.", "Religious leaders", "REL"),
        ("Church leaders in Peru said they opposed the law.", "Church leaders", "REL"),
    ],
)  # fmt: skip
def test_the_sector_of_a_title(mentions_of, text, word, sector) -> None:
    assert _at(mentions_of(text), word).sector == sector


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Republican strategist Rick Wilson said Mexico would suffer.",
         "Republican strategist Rick Wilson", "USAPTY"),
        ("Democratic strategist Paul Begala said Peru was right.",
         "Democratic strategist Paul Begala", "USAPTY"),
        ("Political strategist Karl Rove said Mexico would suffer.",
         "Political strategist Karl Rove", "MEXCVL"),
        ("Republicans said in the poll that they favored Trump.", "Republicans", "USACVL"),
        ("John Smith, a nominal Republican, said he would vote for Clinton.", "John Smith",
         "USACVL"),
        ("Registered Democrats were split on the question, the survey found.",
         "Democrats", "USACVL"),
        # in a chamber, the party's legislators (blind audit, round 72: "the top Republicans in
        # the House … and the Senate" judged LEG, not PTY)
        ("Democrats in the Senate objected to the bill.", "Democrats", "USALEG"),
    ],
)  # fmt: skip
def test_party_people_strategists_and_voters(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


@pytest.mark.parametrize(
    ("text", "published", "word", "code"),
    [
        ("Former president Felipe Calderón said the war was necessary.", "2016-07-27",
         "Former president Felipe Calderón", "MEXELI"),
        ("Ex-president Felipe Calderón said the war was necessary.", "2016-07-27",
         "president Felipe Calderón", "MEXELI"),
        ("Former president Enrique Peña Nieto said the wall was a mistake.", "2020-07-27",
         "Former president Enrique Peña Nieto", "MEXELI"),
        ("Former President Barack Obama said the wall was a mistake.", "2019-07-27",
         "Former President Barack Obama", "USAELI"),
    ],
)  # fmt: skip
def test_a_former_office_holder_is_the_elite_of_the_country_they_served(
    mentions_of, text, published, word, code
) -> None:
    assert _at(mentions_of(text, published), word).code == code


def test_a_serving_president_is_still_government(mentions_of) -> None:
    found = mentions_of("President Enrique Peña Nieto said the wall was a mistake.", "2016-07-27")
    assert _at(found, "President Enrique Peña Nieto").code == "MEXGOV"
    found = mentions_of("Pablo Diaz, president of the Senate of Mexico, said no.")
    assert _at(found, "Pablo Diaz").sector != "BUS"


# -- 3. US legislators -----------------------------------------------------------------------
IRAN = "Iran said it would resume enrichment. Iran's foreign minister met officials in Tehran. "


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (IRAN + "Sen. Bob Corker said Iran was cheating.", "Sen. Bob Corker"),
        (IRAN + "Sen. Ben Cardin said Iran was cheating.", "Sen. Ben Cardin"),
        (IRAN + "Senator Lindsey Graham said Iran would pay.", "Senator Lindsey Graham"),
        ("North Korea fired a missile. North Korea said it would test again. "
         "Rep. Adam Schiff said Pyongyang was bluffing.", "Rep. Adam Schiff"),
        ("Sen. Chris Coons (D-Del.) said Mexico was wrong.", "Sen. Chris Coons"),
        ("Mexico said no. Mexico said it again. Sen. Jeff Flake (R-Ariz.) said Mexico was right.",
         "Sen. Jeff Flake"),
        ("Republican senator Jeff Flake said Mexico was right.", "Republican senator Jeff Flake"),
        ("Democratic senator Chris Murphy said Syria was lying.",
         "Democratic senator Chris Murphy"),
    ],
)  # fmt: skip
def test_a_us_legislators_title_names_the_us(mentions_of, text, word) -> None:
    assert _at(mentions_of(text), word).code == "USALEG"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Australian Senator Penny Wong said China was wrong.", "Australian Senator Penny Wong",
         "AUSLEG"),
        ("Mexico's Senate voted. Mexico said so. Senator Ricardo Monreal said Mexico would wait.",
         "Senator Ricardo Monreal", "MEXLEG"),
    ],
)  # fmt: skip
def test_a_legislator_of_another_country_keeps_it(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


# -- 4. names that are not actors of their place ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Trump owned the New Jersey Generals, a football team.", "New Jersey Generals"),
        ("The Ottawa Senators lost the hockey game.", "Ottawa Senators"),
        ("The Tokyo Giants and the Los Angeles Kings lost the hockey game.", "Los Angeles Kings"),
        ("He made the film “Obama's America” in 2012.", "America"),
        ("She read the book “Mexico's Way” last year.", "Mexico"),
        ("The documentary America's Borders aired on PBS.", "America"),
    ],
)  # fmt: skip
def test_a_team_or_a_works_title_is_no_actor(mentions_of, text, word) -> None:
    assert _at(mentions_of(text), word).code is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Mexican generals said the army was ready for the football season.",
         "Mexican generals", "MEXMIL"),
        ("Mexico said “the United States is wrong.”", "United States", "USA"),
        ("The film angered Mexico, which protested.", "Mexico", "MEX"),
    ],
)  # fmt: skip
def test_officers_and_quoted_countries_still_code(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("It was a book Mexico banned in 2010.", "Mexico", "MEX"),
        ("A team of agents said the US Marines landed.", "US Marines", "USAMIL"),
    ],
)  # fmt: skip
def test_a_country_acting_near_a_work_or_a_team_still_codes(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


def test_another_countrys_party_and_a_nearby_party_word_are_not_american(mentions_of) -> None:
    found = mentions_of("The Social Democrats won the German election.")
    assert _at(found, "Social Democrats").country != "USA"
    found = mentions_of("Prime Minister Justin Trudeau said Republicans in Congress were wrong.")
    assert _at(found, "Prime Minister Justin Trudeau").code == "CANGOV"


def test_what_the_table_knows_outranks_a_party_word(mentions_of) -> None:
    found = mentions_of("Senate Republican leader Mitch McConnell went to Burma.", "2016-09-16")
    assert _at(found, "Senate Republican leader Mitch McConnell").code == "USALEG"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Ryan Ellis, a Republican tax consultant, said no.", "Ryan Ellis", "USAPTY"),
        ("Leslie Wimes, a Florida-based president of the Democratic African-American Women Caucus,"
         " said no.", "Leslie Wimes", "USAPTY"),
        ("Sean Spicer, chief strategist for the Republican National Committee, said no.",
         "Sean Spicer", "USAPTY"),
        ("Democrat Hillary Clinton leads by 4 percent in the poll.", "Democrat Hillary Clinton",
         "USAPTY"),
        ("Sixty-two percent of Republicans agreed.", "Republicans", "USACVL"),
    ],
)  # fmt: skip
def test_party_officials_are_not_voters(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text, "2016-09-30"), word).code == code
