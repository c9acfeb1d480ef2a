"""Actor kinds of the blind audit of round 101 (second helper); each kind, the input, two
paraphrases of our own, and a guard for the reading the rule must keep.

* an office by the article's date: a president-elect is not yet the government
  (``roles.csv``: PTY, as the office-holder table has Trump until his inauguration); undated,
  a title of another sector the text gives a person wins over the table's one code for every
  term (:func:`dyads.actors.dated_titles.undated_title`); a person a plural noun of candidates
  lists is a candidate, not a former official (:func:`dyads.actors.terms.listed_candidates`);
  "the former secretary of state" is the person named before whose term in that office the
  table has ended (:func:`dyads.actors.dated_titles.former_holder`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


# -- an office by the article's date ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "US President-elect Donald Trump has chosen retired Marine Gen John Kelly to lead "
            "the US Department of Homeland Security. There are worries that Trump's rhetoric "
            "will mean handing out less foreign aid.",
            "Trump",
        ),
        (
            "President-elect Donald Trump met business leaders in New York. Trump promised "
            "to cut taxes.",
            "Trump",
        ),
        (
            "US President-elect Donald Trump spoke to the leader of Taiwan on Friday.",
            "US President-elect Donald Trump",
        ),
    ],
)
def test_a_president_elect_is_not_yet_the_government(
    mentions_of: Any, text: str, mention: str
) -> None:
    assert set(_codes(mentions_of(text, "2016-12-08"), mention)) == {"USAPTY"}


def test_a_sitting_president_stays_the_government(mentions_of: Any) -> None:
    found = mentions_of("President Donald Trump criticized Mexico on Friday.", "2017-06-02")
    assert set(_codes(found, "President Donald Trump")) == {"USAGOV"}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Brazil's election looms. Critics blame him for aiding the rise of far-right "
            "firebrand Jair Bolsonaro, currently the frontrunner in the presidential race. "
            "Voters who support Bolsonaro consider violence the principal problem in Brazil.",
            "Bolsonaro",
            "BRAPTY",
        ),
        (
            "Brazil votes on Sunday. Jair Bolsonaro, the front-runner in the race, spoke in "
            "Rio de Janeiro. Bolsonaro promised to arm citizens.",
            "Bolsonaro",
            "BRAPTY",
        ),
        (
            "Brazil votes soon. Jair Bolsonaro, a presidential candidate, campaigned in Sao "
            "Paulo. Bolsonaro attacked the press.",
            "Bolsonaro",
            "BRAPTY",
        ),
    ],
)
def test_undated_a_title_in_the_text_beats_the_table(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert set(_codes(mentions_of(text, None), mention)) == {code}


def test_undated_the_table_still_codes_an_untitled_name(mentions_of: Any) -> None:
    found = mentions_of("Jair Bolsonaro visited Brasilia.", None)
    assert set(_codes(found, "Jair Bolsonaro")) == {"BRAGOV"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Brazil votes on Sunday. Those who support other candidates, like the leftist "
            "former mayor of Sao Paulo, Fernando Haddad, rank it behind healthcare.",
            "Fernando Haddad",
        ),
        (
            'Fernando Haddad, the former mayor of Sao Paulo, spoke on Friday. "The two '
            "rivals that are leading the race, Haddad and Bolsonaro, have totally opposite "
            'views," she said.',
            "Haddad",
        ),
        (
            "Brazil votes on Sunday. Several candidates, including former Sao Paulo mayor "
            "Fernando Haddad, spoke in Brasilia.",
            "Fernando Haddad",
        ),
    ],
)
def test_a_listed_candidate_is_a_candidate_not_a_former_official(
    mentions_of: Any, text: str, mention: str
) -> None:
    found = mentions_of(text, "2018-10-03")
    codes = {m.code for m in found if mention in m.text}
    assert codes == {"BRAPTY"}


def test_a_former_mayor_alone_is_still_an_elite(mentions_of: Any) -> None:
    found = mentions_of("Brazil votes on Sunday. Former Sao Paulo mayor Fernando Haddad spoke.")
    assert {m.code for m in found if "Haddad" in m.text} == {"BRAELI"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Hillary Clinton won New York. Sen. Bernie Sanders has criticized Clinton for "
            "having ties to Wall Street. The "
            "former secretary of state earned more than $21 million. Her three speeches to "
            "Goldman Sachs earned her a total of $675,000.",
            "Her",
        ),
        (
            "Bernie Sanders attacked Hillary Clinton in Brooklyn. The former secretary of state "
            "answered him on Friday.",
            "former secretary of state",
        ),
        (
            "Voters in New York backed Hillary Clinton. The former secretary of state thanked "
            "her supporters.",
            "former secretary of state",
        ),
    ],
)
def test_the_former_title_is_the_candidate_named_before(
    mentions_of: Any, text: str, mention: str
) -> None:
    found = mentions_of(text, "2016-04-20")
    assert {m.actor for m in found if m.text == mention} == {"Hillary Clinton"}
    assert set(_codes(found, mention)) == {"USAPTY"}


# -- a place coded as an actor ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "One says China has the most and that Beijing is the world's billionaire capital, "
            "while another says the United States has twice as many as China.",
            "China",
        ),
        ("Wealth-X tallies 585 in the United States to China's 260.", "China"),
        ("Hurun said that China had 568 billionaires to America's 535.", "China"),
        ("Hurun said that China had 568 billionaires to America's 535.", "America"),
        (
            "New York was the billionaire capital, with 79, while Beijing ranked fourth with 51.",
            "Beijing",
        ),
        ("Forbes says India has more billionaires than Russia.", "Russia"),
        ("Germany counts 120 billionaires, a report says.", "Germany"),
        ("Soldiers resell arms on the black market in nations like El Salvador.", "El Salvador"),
        ("Smugglers sell rifles in countries such as Honduras and Guatemala.", "Honduras"),
        ("Guatemala's illicit weapons are often transported north on to Mexico.", "Mexico"),
        ("The cocaine is carried on to Honduras by boat.", "Honduras"),
    ],
)
def test_a_place_counted_or_listed_is_no_actor(mentions_of: Any, text: str, mention: str) -> None:
    assert set(_codes(mentions_of(text, "2016-06-26"), mention)) == {None}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("China has warned Japan over the islands.", "China", "CHN"),
        ("The United States has more leverage than China, Kerry said.", "China", "CHN"),
        ("Mexico has sent 300 troops to the border.", "Mexico", "MEX"),
        ("The United States sold rifles to Mexico.", "Mexico", "MEX"),
    ],
)
def test_a_country_that_acts_stays_an_actor(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert set(_codes(mentions_of(text, "2016-06-26"), mention)) == {code}


# -- a wrong sector --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "In Cauca's Toribio municipality, FARC dissidents have allegedly joined the ELN group.",
            "FARC dissidents",
            "COLREB",
        ),
        (
            "El Pais reported FARC dissidents joining the rebel group in Colombia.",
            "FARC dissidents",
            "COLREB",
        ),
        ("ELN dissidents attacked a military base in Colombia.", "ELN dissidents", "COLREB"),
        ("Cuban dissidents protested in Havana.", "Cuban dissidents", "CUBOPP"),
        (
            "Brazil's proposals would demilitarize the police and integrate the Military and "
            "Civil police forces into one organization.",
            "Military",
            "BRACOP",
        ),
        ("Brazil's Military Police killed 20 people in Rio.", "Military Police", None),
        (
            "Brazil's military and police forces patrolled the streets.",
            "Brazil's military",
            "BRAMIL",
        ),
    ],
)
def test_sector_of_a_group(mentions_of: Any, text: str, mention: str, code: str | None) -> None:
    found = mentions_of(text, "2018-06-26")
    codes = set(_codes(found, mention))
    if code is None:
        assert "BRAMIL" not in codes
    else:
        assert codes == {code}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Ted Cruz campaigned in New Hampshire. On Monday, Cruz insisted that Republicans "
            "who refused to rule out a military draft for women - as some of his opponents "
            "have - were nuts.",
            "opponents",
        ),
        ("Donald Trump's opponents met in Houston on Monday.", "opponents"),
        ("Ted Cruz mocked his opponents in Iowa.", "opponents"),
    ],
)
def test_a_candidate_s_opponents_are_rivals_in_the_race(
    mentions_of: Any, text: str, mention: str
) -> None:
    assert set(_codes(mentions_of(text, "2016-02-09"), mention)) == {"USAPTY"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Republicans met in Washington. William J. Bennett, a Reagan education secretary, "
            "said he could not support the anti-Trump movement.",
            "he",
        ),
        (
            "Republicans met in Washington. William J. Bennett, a Reagan education secretary, "
            "hosts a radio show.",
            "William J. Bennett",
        ),
        (
            "Republicans met in Washington. Ed Meese, a Reagan attorney general, endorsed "
            "Ted Cruz.",
            "Ed Meese",
        ),
    ],
)
def test_an_official_of_a_past_head_is_an_elite(mentions_of: Any, text: str, mention: str) -> None:
    assert set(_codes(mentions_of(text, "2016-03-03"), mention)) == {"USAELI"}


def test_an_official_of_the_sitting_head_stays_the_government(mentions_of: Any) -> None:
    found = mentions_of(
        "John Kerry, an Obama secretary of state, spoke in Washington.", "2016-03-03"
    )
    assert set(_codes(found, "John Kerry")) == {"USAGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "The bankers met in New York. Rubin at the head of the table.",
        "The bankers met in New York. Rubin sat at the head of the table.",
        "Voters in Iowa waited at the head of the line for hours.",
    ],
)
def test_the_head_of_a_table_is_no_actor(mentions_of: Any, text: str) -> None:
    assert not [m for m in mentions_of(text, "2016-01-07") if m.text == "head" and m.code]


def test_the_head_of_an_agency_stays_a_title(mentions_of: Any) -> None:
    found = mentions_of("Officials in Washington met. The head of the agency resigned.")
    assert set(_codes(found, "head")) == {"USAGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "The Colombian government deployed troops. While DEA officials hypothesize about his "
        "whereabouts, the Mexican public remains skeptical about the government's version.",
        "The Colombian government deployed troops. The Mexican people doubt the government's "
        "account of the escape.",
        "The Colombian government deployed troops. Mexican public opinion turned against the "
        "government after the escape.",
    ],
)
def test_the_government_after_a_country_s_public_is_its_state(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2015-08-01")
    assert set(_codes(found, "government")) == {"MEXGOV"}


# -- a surname that is also a place in a list of places --------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Professor Eduardo Guerrero studies Mexico. Chihuahua state registered 171 such "
            "killings, followed by Guerrero (149), Tamaulipas (119), Durango (115), and "
            "Sinaloa (89).",
            "Guerrero",
        ),
        (
            "Analyst Eduardo Guerrero spoke in Mexico. Violence rose in Guerrero, Michoacan "
            "and Tamaulipas last year.",
            "Guerrero",
        ),
        (
            "Professor Eduardo Guerrero studies Mexico. Sinaloa (89), Guerrero (149) and "
            "Durango (115) led the count.",
            "Guerrero",
        ),
    ],
)
def test_a_surname_in_a_list_of_places_is_the_place(
    mentions_of: Any, text: str, mention: str
) -> None:
    found = mentions_of(text, "2012-03-01")
    assert not [m for m in found if m.text == mention and m.kind == "person"]


def test_the_surname_alone_is_still_the_person(mentions_of: Any) -> None:
    found = mentions_of(
        "Professor Eduardo Guerrero studies Mexico. Guerrero said the killings rose.",
        "2012-03-01",
    )
    assert [m.actor for m in found if m.text == "Guerrero"] == ["Eduardo Guerrero"]


# -- pronouns and names resolved to the wrong referent ---------------------------------------
def _actors(found: list[Any], text: str) -> list[str | None]:
    return [m.actor for m in found if m.text == text]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton campaigned with her husband, former President Bill Clinton. At day's "
        "end, however, Clinton said as he introduced his wife in Hudson that the dam broke.",
        "Hillary Clinton spoke in Iowa with former President Bill Clinton. Later, Clinton "
        "smiled as he thanked the crowd.",
        "Bill Clinton joined Hillary Clinton in Ohio. Clinton laughed as he praised his wife.",
        "Hillary Clinton was bracing for defeat. Clinton's husband, Bill, attacked Sanders on "
        "Sunday. At day's end, Clinton said as he introduced his wife in Hudson that the dam "
        "broke.",
    ],
)
def test_a_shared_surname_takes_the_gender_of_its_own_clause(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-02-09")
    assert _actors(found, "Clinton")[-1] == "Bill Clinton"


def test_a_shared_surname_with_she_stays_hers(mentions_of: Any) -> None:
    found = mentions_of(
        "Hillary Clinton campaigned with former President Bill Clinton. Later, Clinton smiled "
        "as she thanked the crowd.",
        "2016-02-09",
    )
    assert _actors(found, "Clinton") == ["Hillary Clinton"]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton won Missouri. Both her husband, former President Bill Clinton, and her "
        "daughter, Chelsea Clinton, also stumped for her in Missouri ahead of the primary.",
        "Hillary Clinton won Ohio. Her daughter, Chelsea Clinton, and her husband, Bill "
        "Clinton, campaigned for her in Ohio.",
        "Hillary Clinton won Iowa. Chelsea Clinton and Bill Clinton also spoke for her in Iowa.",
    ],
)
def test_an_object_pronoun_is_none_of_its_verb_s_listed_subjects(
    mentions_of: Any, text: str
) -> None:
    found = mentions_of(text, "2016-03-16")
    last = [m for m in found if m.text == "her"][-1]
    assert last.actor not in ("Chelsea Clinton", "Bill Clinton")


@pytest.mark.parametrize(
    "text",
    [
        "Law professor Tim Canova ran in Florida. Canova became the most famous primary "
        "challenger in the country after Bernie Sanders sent out fundraising emails on his "
        "behalf earlier this year.",
        "Law professor Tim Canova ran in Florida. Canova raised millions after Bernie Sanders "
        "campaigned on his behalf.",
        "Law professor Tim Canova ran in Florida. Canova gained fame when Bernie Sanders "
        "appealed for money on his behalf.",
    ],
)
def test_on_his_behalf_is_someone_else_s(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-08-30")
    assert _actors(found, "his") == ["Tim Canova"]


@pytest.mark.parametrize(
    "text",
    [
        "Zambada Niebla says he smuggled drugs with the permission of U.S. law enforcement "
        "in a deal where he provided information on rival cartels.",
        "Zambada Niebla said U.S. law enforcement protected him because he provided tips.",
        "Zambada Niebla told U.S. law enforcement that he knew the routes.",
    ],
)
def test_law_enforcement_is_a_body_never_he(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2012-03-01")
    assert "USACOP" not in _codes(found, "he")
    assert set(_codes(found, "U.S. law enforcement")) == {"USACOP"}


@pytest.mark.parametrize(
    "text",
    [
        "Police of the Soyapango municipality in El Salvador have informed the families of the "
        "inmates in holding cells there that they may bring the inmates colored clothing.",
        "Police in El Salvador told relatives of the prisoners that they could visit on Sundays.",
        "Police in El Salvador notified the families of the detainees that they must bring food.",
    ],
)
def test_they_told_what_they_may_do_are_the_ones_told(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2015-03-01")
    assert "SLVCOP" not in _codes(found, "they")


def test_they_who_will_act_stay_the_tellers(mentions_of: Any) -> None:
    found = mentions_of("Police in El Salvador told reporters that they would investigate.")
    assert set(_codes(found, "they")) == {"SLVCOP"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "DEA chief Chuck Rosenberg spoke. Still, Rosenberg is right to point out that "
            "Chapo -- who was born in the Sinaloan mountain town of La Tuna and began his "
            "criminal career planting poppy -- would feel comfortable in Sinaloa.",
            None,
        ),
        (
            "DEA chief Chuck Rosenberg met Enrique Peña Nieto, who began his term in 2012.",
            "Enrique Peña Nieto",
        ),
        (
            "DEA chief Chuck Rosenberg praised Enrique Peña Nieto, who was elected in 2012 and "
            "began his term in December.",
            "Enrique Peña Nieto",
        ),
    ],
)
def test_a_possessive_in_a_relative_clause_is_its_noun_s(
    mentions_of: Any, text: str, owner: str | None
) -> None:
    found = mentions_of(text, "2015-08-01")
    assert "Chuck Rosenberg" not in _actors(found, "his")
    if owner is not None:
        assert _actors(found, "his") == [owner]


@pytest.mark.parametrize(
    "text",
    [
        "Firstly, Colombia can hardly afford to increase its prison population.",
        "Colombia plans to reduce its prison population by a third.",
        "El Salvador's prison population has doubled since 2009.",
    ],
)
def test_a_prison_population_is_a_count(mentions_of: Any, text: str) -> None:
    assert not [m for m in mentions_of(text, "2016-01-01") if "population" in m.text and m.code]


def test_the_population_of_a_city_still_acts(mentions_of: Any) -> None:
    found = mentions_of("The population of Bogota protested the tax in Colombia.", "2016-01-01")
    assert set(_codes(found, "population")) == {"COLCVL"}


@pytest.mark.parametrize(
    "text",
    [
        "The State Department issued subpoenas to the Clinton Foundation. But it was never "
        "mentioned by the debate moderators.",
        "The State Department investigated the foundation. It was not discussed at the debate.",
        "The Pentagon released the report on Friday. It was barely covered by the networks.",
    ],
)
def test_it_talked_of_is_a_topic(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-02-11")
    assert not [m for m in found if m.text.lower() == "it" and m.code]


def test_it_that_acts_stays_the_body(mentions_of: Any) -> None:
    found = mentions_of("The State Department said it was investigating.", "2016-02-11")
    assert set(_codes(found, "it")) == {"USAGOV"}


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        (
            "Hillary Clinton campaigned. After winning only narrowly in Iowa, Clinton, the "
            "once-presumptive nominee, struggled.",
            "Clinton",
            "Hillary Clinton",
        ),
        (
            "Activist Maria Mendoza spoke. Growing up in El Paso, Mendoza regularly witnessed "
            "families split apart.",
            "Mendoza",
            "Maria Mendoza",
        ),
    ],
)
def test_a_surname_after_one_place_is_still_the_person(
    mentions_of: Any, text: str, mention: str, actor: str
) -> None:
    found = mentions_of(text, "2016-02-09")
    assert _actors(found, mention)[-1] == actor


def test_a_plural_noun_s_relative_clause_leaves_his_to_the_usual_rules(mentions_of: Any) -> None:
    found = mentions_of(
        "Vice President Joe Biden campaigned in Scranton. Many Democrats who admire his record "
        "cheered.",
        "2016-07-08",
    )
    assert _actors(found, "his") == ["Joe Biden"]
