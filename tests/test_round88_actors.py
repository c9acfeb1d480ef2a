"""Actor kinds of the blind audit of seed 62 (round 88); each kind, an input of the audit's kind
written anew, two paraphrases of our own, and a guard for the reading the rule must keep.

* a bare group in a story about a region that does not hold the story's dominant country is
  the region's, not that country's; a group placed "in Latin America" takes no scene's country
  (:mod:`dyads.actors.group_country`);
* a word in a list of places, or after "the department of", is a place, not an office-holder
  who bears it as a surname (:mod:`dyads.actors.place_lists`);
* a list of titled names after a name is no apposition of it
  (:func:`dyads.actors.appositions.apposition`);
* "the organization" is the nearest organisation named before, coded or not, never a court or
  ministry (:mod:`dyads.actors.coref`);
* a capital near which something lies, or where a "-based" body sits past a ", D.C.", is a
  place (:mod:`dyads.actors.locations`, :mod:`dyads.actors.scenes`);
* a legislature before a race noun is the seat sought, "the Gang of Eight" and "as a gang" no
  criminal gang, "the newest Clinton" no Clinton named before (:mod:`dyads.actors.offices`,
  :mod:`dyads.actors.senses`, :mod:`dyads.actors.relatives`);
* a pronoun's antecedent must be of its gender when a person of that gender is in reach, and an
  honorific's gender must fit the namesake (:mod:`dyads.actors.antecedents`,
  :mod:`dyads.actors.namesakes`);
* a named person the text knows only as someone's relative is a private citizen, CVL
  (:mod:`dyads.actors.relatives`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


def _actors(found: list[Any], text: str) -> list[str | None]:
    return [m.actor for m in found if m.text == text]


def _shown(found: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.actor, m.code) for m in found]


# -- 1. groups of a region -------------------------------------------------------------------

LATIN = (
    "US Commander Praises Regional Militaries.\n\n"
    "The top US commander for Latin America said on Tuesday that the armed forces of the region "
    "should do more against organized crime. Speaking at a US embassy event in Peru, the "
    "American general said crime groups threaten the whole region. He noted that Honduras and "
    "Guatemala have already deployed troops. US officials have promised more US aid to the "
    "region. Critics say that deploying the military against crime groups does not work."
)
CARIBBEAN = (
    "Coast Guard Steps Up Patrols.\n\n"
    "The US Coast Guard said on Friday that it would send more cutters to the Caribbean. US "
    "officers have trained sailors in Haiti and Jamaica, a US spokesman said. Drug traffickers "
    "move cocaine through the region by boat. American officials say criminal gangs across the "
    "region are better armed than ever."
)
CENTRAL = (
    "Violence in the Isthmus.\n\n"
    "US officials met on Monday to discuss violence in Central America. US aid to El Salvador "
    "and Honduras has grown, the US State Department said. Gangs control whole neighborhoods "
    "across the region, and the police are outgunned. The military has been sent into the "
    "streets in several countries of the region."
)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (LATIN, ("crime groups", "military")),
        (CARIBBEAN, ("Drug traffickers", "criminal gangs")),
        (CENTRAL, ("Gangs", "police", "military")),
    ],
)
def test_a_bare_group_of_a_region_story_is_not_the_dominant_countrys(
    mentions_of, text, groups
) -> None:
    """Round 88: a US command's view of Latin American militaries coded "crime groups" USACRM
    and "the armed forces" USAMIL."""
    found = mentions_of(text, "2016-08-20")
    for group in groups:
        assert _codes(found, group) == {None}, _shown(found)


def test_a_group_placed_in_a_region_takes_no_scene(mentions_of) -> None:
    """Round 88: "armed forces in Latin America and the Caribbean" after a conference "in
    Uruguay" was URYMIL."""
    text = (
        "A defense conference opened in Uruguay on Monday. The admiral said that armed forces "
        "in Latin America are adapting to new threats."
    )
    found = mentions_of(text, "2016-08-20")
    assert _codes(found, "armed forces") == {None}, _shown(found)


@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        (
            "Coast Guard Steps Up Patrols.\n\nThe US Coast Guard said on Friday that it would "
            "send more cutters. US officers have trained sailors in Florida, a US spokesman "
            "said. Drug traffickers move cocaine by boat. American officials say criminal gangs "
            "are better armed than ever.",
            "criminal gangs",
            "USACRM",
        ),
        (
            "Medellin Fighting.\n\nAn outsider criminal group from the Caribbean coast is "
            "fighting for control of Medellin, Colombia. Colombian police said the gang has "
            "killed dozens. The military moved into the neighborhood in June.",
            "criminal group",
            "COLCRM",
        ),
    ],
)
def test_a_one_country_story_keeps_its_bare_groups(mentions_of, text, group, code) -> None:
    """Guard: with no region named as such ("the Caribbean coast" is Colombia's), bare groups
    still take the story's country."""
    found = mentions_of(text, "2016-08-20")
    assert _codes(found, group) == {code}, _shown(found)


# -- 2. places, not namesakes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Drug flights leave the Colombian departments of Guaviare, Meta and Vichada for "
        "Venezuela, the army said.",
        "Fighting was reported in the department of Meta, Colombian officials said.",
        "Coca is grown in Guaviare, Meta and Caqueta, a United Nations report said.",
    ],
)
def test_a_place_in_a_list_of_places_is_no_office_holder(mentions_of, text) -> None:
    """Round 88: "the Colombian departments of Guaviare, Guainia, Meta, …" coded Meta as the
    Albanian politician Ilir Meta (ALBGOV)."""
    found = mentions_of(text, "2018-05-01")
    assert not [m for m in found if m.actor == "Ilir Meta"], _shown(found)


def test_an_office_holder_named_in_full_keeps_the_surname(mentions_of) -> None:
    """Guard: the surname after the full name is still the person."""
    found = mentions_of(
        "Albanian President Ilir Meta visited Rome. Meta met the Italian prime minister.",
        "2018-05-01",
    )
    assert _codes(found, "Meta") == {"ALBGOV"}, _shown(found)


# -- 3. a list of titled names is no apposition ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Advisers to the governors in the race - former Florida governor Jeb Bush, New "
            "Jersey Gov. Chris Christie, Ohio Gov. John Kasich and Sen. Marco Rubio (Fla.) - say "
            "it is too early to quit.",
            "Chris Christie",
            "USAGOV",
        ),
        (
            "The debate stage held Carly Fiorina, Texas Gov. Rick Perry, Sen. Lindsey Graham "
            "and Sen. Rick Santorum.",
            "Rick Perry",
            "USAGOV",
        ),
        (
            "Speakers included Ben Carson, Wisconsin Gov. Scott Walker and Sen. Ted Cruz of Texas.",
            "Ben Carson",
            "USAPTY",
        ),
    ],
)
def test_a_list_of_titled_names_is_no_apposition(mentions_of, text, name, code) -> None:
    """Round 88: "New Jersey Gov. Chris Christie, Ohio Gov. John Kasich and Sen. Marco Rubio"
    gave Christie the list's "Sen." (USALEG)."""
    found = mentions_of(text, "2016-01-31")
    assert {m.code for m in found if m.text.endswith(name)} == {code}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Chris Christie, the governor of New Jersey, endorsed Donald Trump on Friday.",
         "Chris Christie", "USAGOV"),
        ("This one featured Dan Pfeiffer, President Barack Obama's former communications "
         "director, who logged on to Twitter.", "Dan Pfeiffer", "USAELI"),
    ],
)  # fmt: skip
def test_an_apposition_with_a_possessor_s_title_stays(mentions_of, text, name, code) -> None:
    """Guard: a title of one's own, and a titled possessor inside an apposition, still code."""
    found = mentions_of(text, "2016-03-10")
    assert {m.code for m in found if m.text.endswith(name)} == {code}, _shown(found)


# -- 4. "the organization" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            'Apex Arms Group pulled the listing on Friday. "We want no part in this," the '
            "organization wrote. The Justice Department had opened an inquiry.",
            "Apex Arms Group",
        ),
        (
            "The Supreme Court heard the case in March. Women Lead Fund has raised $12 million "
            "for female candidates, a record for the organization.",
            "Women Lead Fund",
        ),
        (
            "Human Rights Watch said the army had killed civilians. The State Department "
            "disputed the report, but the organization said it had the evidence.",
            "Human Rights Watch",
        ),
    ],
)
def test_the_organization_is_the_body_named_before(mentions_of, text, organisation) -> None:
    """Round 88: "the organization" of a gun site went to the Justice Department named after
    it, a fund-raising group's to the Supreme Court named before it."""
    found = mentions_of(text, "2016-05-13")
    assert _actors(found, "the organization") == [organisation], _shown(found)


def test_the_organization_still_finds_a_coded_body(mentions_of) -> None:
    """Guard: an international body named before stays the antecedent."""
    found = mentions_of(
        "Interpol issued a red notice on Monday. The organization said the suspect had fled.",
        "2016-05-13",
    )
    assert [m.code for m in found if m.text == "The organization"] == ["IGOINTCOP"], _shown(found)


# -- 5. capitals as places -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The report came from the Washington, D.C.-based Brookings Institution on Monday.",
         "Washington"),
        ("Police seized drugs from a gang in the city of Rancagua, close to Santiago.",
         "Santiago"),
        ("The farm lies some 40 kilometers from Caracas, police said.", "Caracas"),
    ],
)  # fmt: skip
def test_a_capital_named_as_a_place_is_no_government(mentions_of, text, capital) -> None:
    """Round 88: "the Washington, D.C.-based Center" USAGOV, "close to Santiago" CHLGOV."""
    found = mentions_of(text, "2016-05-13")
    assert _codes(found, capital) == {None}, _shown(found)


@pytest.mark.parametrize(
    ("text", "capital", "code"),
    [
        ("Washington imposed sanctions on the bank.", "Washington", "USAGOV"),
        ("Santiago protested the decision on Monday.", "Santiago", "CHLGOV"),
        ("A businessman close to Moscow bought the bank.", "Moscow", "RUSGOV"),
    ],
)
def test_a_capital_that_acts_is_its_government(mentions_of, text, capital, code) -> None:
    """Guard: a capital as the agent of a state act, or power one is close to, stays coded."""
    assert _codes(mentions_of(text, "2016-05-13"), capital) == {code}


# -- 6. seats, coalitions, new family members ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zika bill passed the US Senate in May. Rubio's campaign wants Zika to be the focus "
        "of the Senate campaign.",
        "The bill passed the US Senate in May. Both candidates in Ohio's Senate race attacked "
        "each other on Monday.",
        "The measure passed the US Senate in June. He gave up his Senate seat to run for governor.",
    ],
)
def test_a_legislature_before_a_race_noun_is_the_seat_sought(mentions_of, text) -> None:
    """Round 88: "a central focus of the Senate campaign" coded USALEG."""
    found = mentions_of(text, "2016-08-23")
    assert [m.text for m in found if m.code == "USALEG"] == ["US Senate"], _shown(found)


def test_the_senate_voting_stays_the_senate(mentions_of) -> None:
    """Guard: the body a bill comes to is still the Senate."""
    found = mentions_of(
        "American lawmakers returned to Washington on Monday. The bill came back to the Senate "
        "for a vote.",
        "2016-08-23",
    )
    assert _codes(found, "Senate") == {"USALEG"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Cruz said in Iowa that the Gang of Eight voted as a gang against every "
        "amendment to the American bill.",
        "American officials said the smugglers behaved like a gang.",
        "American senators said the Gang of Six acted as a cartel on the budget.",
    ],
)
def test_a_coalition_or_a_likeness_is_no_criminal_gang(mentions_of, text) -> None:
    """Round 88: "the Gang of Eight voted as a gang" coded USACRM."""
    found = mentions_of(text, "2015-11-13")
    assert not [m for m in found if (m.code or "").endswith("CRM") and m.text != "smugglers"], (
        _shown(found)
    )


def test_a_gang_that_kills_is_a_gang(mentions_of) -> None:
    """Guard: a gang that acts stays a criminal group."""
    found = mentions_of("American police said a gang killed three people in Chicago.")
    assert _codes(found, "gang") == {"USACRM"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Hillary Clinton said she was excited. The birth of the newest Clinton is expected in "
         "July.", "Clinton"),
        ("Robert F. Kennedy Jr. spoke on Monday. The youngest Kennedy was born in 1968.",
         "Kennedy"),
        ("Jeb Bush spoke in Iowa. The latest Bush to run for office is his son George P. Bush.",
         "Bush"),
    ],
)  # fmt: skip
def test_a_new_member_of_a_family_is_not_the_one_named(mentions_of, text, surname) -> None:
    """Round 88: "the birth of the newest Clinton" (a baby) was Hillary Clinton."""
    found = mentions_of(text, "2015-12-21")
    assert not [m for m in found if m.text == surname], _shown(found)


# -- 7. the gender of a pronoun's antecedent -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "actor"),
    [
        (
            "Donald Trump said Hillary Clinton lacks the stamina to be president. Trump summed "
            "up Clinton as “weak,” attacked her record as secretary of state and said she should "
            "drop out. Clinton “failed us,” he said.",
            "she",
            "Hillary Clinton",
        ),
        (
            "Hillary Clinton and Bernie Sanders meet in New York on Thursday. Clinton knows "
            "Sanders will fight to the end of the primaries; she did the same against Obama in "
            "2008.",
            "she",
            "Hillary Clinton",
        ),
        (
            "Elizabeth Warren and Joe Biden spoke in Iowa. Warren knows Biden will stay in the "
            "race; she did the same in the last campaign.",
            "she",
            "Elizabeth Warren",
        ),
        (
            "Nancy Pelosi criticized Mitch McConnell. McConnell asked her to withdraw her bill.",
            "her",
            "Nancy Pelosi",
        ),
    ],
)
def test_a_pronoun_goes_to_a_person_of_its_gender(mentions_of, text, pronoun, actor) -> None:
    """Round 88: "Trump summed up Clinton …, denounced her record and said she …" went to
    Trump, and the "he said" after it to Clinton; "Clinton knows Sanders will run …; she did
    the same" to Sanders."""
    found = mentions_of(text, "2016-04-10")
    assert set(_actors(found, pronoun)) == {actor}, _shown(found)


def test_he_after_the_fix_stays_with_the_man(mentions_of) -> None:
    """Round 88: the wrong "her" had made Trump a woman for every later pronoun."""
    text = (
        "Donald Trump said Hillary Clinton lacks the stamina to be president. Trump summed up "
        "Clinton as “weak,” attacked her record and said she should drop out. Clinton “failed "
        "us,” he said."
    )
    assert _actors(mentions_of(text, "2015-12-12"), "he") == ["Donald Trump"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A new book about Donald J. Trump came out in May. Another Trump biography, from "
         "1993, caused a scandal. Its main charge came from his first wife, Ivana Trump, during "
         "their divorce case. The book later printed a note from Ms. Trump saying that she had "
         "felt misled.", "Ivana Trump"),
        ("A new book about Joe Biden came out in May. An earlier Biden biography, from 2008, "
         "sold poorly. Its warmest pages came from his wife, Jill Biden, who spoke to the "
         "author. In the foreword, Ms. Biden said she had doubted the project.", "Jill Biden"),
        ("A film about Mike Pence opened in June. An earlier Pence documentary angered the "
         "family. Its sharpest account came from his wife, Karen Pence, during the campaign. "
         "In an interview, Mrs. Pence said she had warned the producers.", "Karen Pence"),
    ],
)  # fmt: skip
def test_an_honorific_picks_the_namesake_of_its_gender(mentions_of, text, actor) -> None:
    """Round 88: "a statement from Ms. Trump" (Ivana Trump) was Donald Trump, and her "she"
    with it."""
    found = mentions_of(text, "2016-07-05")
    assert set(_actors(found, "she")) == {actor}, _shown(found)


def test_mr_keeps_the_man_among_namesakes(mentions_of) -> None:
    """Guard: "Mr. Trump" after his wife is named is still Donald Trump."""
    text = (
        "A new book about Donald J. Trump came out in May. Another Trump biography, from 1993, "
        "caused a scandal. Its main charge came from his first wife, Ivana Trump, during their "
        "divorce case. The book later printed a note from Mr. Trump saying that he had been "
        "misled."
    )
    assert set(_actors(mentions_of(text, "2016-07-05"), "he")) == {"Donald Trump"}


def test_a_name_still_takes_its_first_pronoun_alone(mentions_of) -> None:
    """Guard: with no one else in reach, a subject whose given name the tables call a woman's
    ("Nikol") still takes its "his"."""
    found = mentions_of(
        "Prime Minister Nikol Pashinyan spoke in Yerevan. Pashinyan said his government would "
        "not resign.",
        "2023-12-28",
    )
    assert _actors(found, "his") == ["Nikol Pashinyan"], _shown(found)


def test_an_honorific_gives_a_first_mention_its_gender(mentions_of) -> None:
    """Round 88's diff: "Mr. Trump's daughter Ivanka and her husband" made Mr. Trump "her"."""
    found = mentions_of(
        "American officials met on Monday. Mr. Trump's daughter Ivanka and her husband, Jared "
        "Kushner, attended.",
        "2016-08-18",
    )
    assert "Donald Trump" not in _actors(found, "her"), _shown(found)


# -- 8. private citizens ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The American gun dealer pulled the listing on Thursday, officials in Florida said. "
         "Tracy Martin, Trayvon's father, issued a statement on Friday.", "Tracy Martin"),
        ("Khizr Khan, the father of a slain U.S. soldier, spoke at the convention on Thursday.",
         "Khizr Khan"),
        ("American voters are watching the race. Chelsea Clinton announced on Monday that she "
         "and husband Marc Mezvinsky expect a second child.", "Marc Mezvinsky"),
    ],
)  # fmt: skip
def test_a_relative_named_in_the_news_is_a_private_citizen(mentions_of, text, name) -> None:
    """Round 88: named private people ("Tracy Martin, Trayvon's father", "husband Marc
    Mezvinsky") were left uncoded in American stories."""
    found = mentions_of(text, "2016-07-15")
    assert _codes(found, name) == {"USACVL"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Ana Lopez, the mother of two, said she was tired of waiting.", "Ana Lopez", None),
        ("The American senator spoke on Monday. His son, Army Capt. Paul Reed, died in Iraq.",
         "Army Capt. Paul Reed", None),
        ("American voters are watching the race. Hillary Clinton campaigned with her husband, "
         "former President Bill Clinton, on Monday.", "former President Bill Clinton", "USAELI"),
        ("Mexican police said the cartel is led by Arturo's brother Hector, who took over last "
         "year. The cartel smuggles cocaine and heroin, and its gunmen killed three "
         "traffickers.", "Hector", None),
        (
            "American Catholics gathered in Chicago. Father Michael Pfleger led the march on "
            "Sunday.",
            "Michael Pfleger",
            None,
        ),
    ],
)  # fmt: skip
def test_a_relative_with_more_known_or_no_country_is_left_be(mentions_of, text, name, code):
    """Guard: no country is guessed where the text gives none; a title (a priest's "Father"),
    an office the table knows, or a story about a crime clan say more than kinship."""
    found = mentions_of(text, "2016-07-15")
    assert _codes(found, name) == {code}, _shown(found)
