"""Actor kinds of the blind audit of round 95; each kind, an input of the audit's kind written
anew, two paraphrases of our own, and a guard for the reading the rule must keep.

* a party's candidate: "the presumptive GOP nominee" after two party men is the one running
  then, not the party and not the senator who last spoke
  (:func:`dyads.actors.descriptions.party_candidate`);
* a capital in a slogan or nickname ("Feel the Bern", "Grandpa Bern") is no government
  (:mod:`dyads.actors.nicknames`);
* an attorney general is the prosecution's head (JUD) unless the country's sits in the cabinet
  (the US: GOV, as its Justice Department and the office-holder table have it), whatever a
  Phoenix row or the phrase's own words say (:func:`dyads.actors.congresses.attorney_general`);
* a place's name before a newspaper's last word ("the New York Post", "the Orlando Sentinel")
  is that country's paper, MED, never a person or the place (:mod:`dyads.actors.outlets`);
* a legislator's staff ("legislative director", "congressional aide") are the legislature's,
  LEG, never the government's (``roles.csv``, ``principals.yaml``);
* a presidency a person owns ("early in Lopez Obrador's presidency") is a term, a time, no
  actor (:func:`dyads.actors.offices.term_of`);
* a country under an airspace "over" ("a no-fly zone over Syria") is a place
  (:func:`dyads.actors.locations.over_ground`);
* a head one scratches or shakes ("scratching their head") is a body part, no head of anything
  (:func:`dyads.actors.senses.OTHER_SENSES`);
* a trade the article names ("New York businessman Donald Trump") does not outrank the office
  the office-holder table has the person in that day (:func:`dyads.actors.coref._named`);
* a state's or city's name between a given name and a second surname ("Pedro Guerrero
  Castillo") is a man's name, and so is its bare surname after ("Guerrero's criminal group" is
  no Mexican group) (:func:`dyads.actors.names._given_names`);
* "Then he cut into Bush, calling him …": a person's name after "into" on a verb is the person
  attacked, not a place, so "him" is he; and with no subject parsed in the sentence before, a
  subject "he" goes on with the person named first there, not a title in apposition
  (:mod:`dyads.actors.placed_names`, :func:`dyads.actors.nearest.pick`,
  :func:`dyads.actors.nearest.mend_subjects`);
* a subject "he" in a relative clause on someone ("the GOP field who he accused of …") is not
  that someone but the subject of the clause around it, and a main clause's "he" after a
  fronted "While X said …" clause is X (:func:`dyads.actors.own_clause.clause_subject`);
* countries named as places ("shelters for migrants in Guatemala and Honduras to stop them")
  are no antecedent of "them" (:func:`dyads.actors.antecedents.resolve_pronoun`);
* a person the article gives a share of the vote ("law professor Tim Canova's 43 percent") is a
  candidate, PTY, in every mention, over a trade (:func:`dyads.actors.terms.vote_getters`);
* a group noun with a named group in apposition ("Guerrero's criminal group, the … Army of
  Colombia (ERPAC)") is that group (:func:`dyads.actors.named_groups.apposed_groups`), and so
  are the soldiers such a group has (:func:`dyads.actors.named_groups.members_had`) and a unit
  it owns by name ("the FARC's elite Teofilo Forero Mobile Column";
  :func:`dyads.actors.named_groups.owned_units`);
* a condition's name the recogniser tagged a person's ("Stockholm Syndrome") is no one, and
  no "he" stands for it (:mod:`dyads.actors.placed_names`, ``names_of_things.yaml``).
"""

from __future__ import annotations

from typing import Any

import pytest


def _shown(found: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.actor, m.code) for m in found]


def _actors(found: list[Any], text: str) -> set[str | None]:
    return {m.actor for m in found if m.text == text}


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


# --- a party's candidate ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        (
            "A month after endorsing Donald Trump, Marco Rubio still thinks the presumptive "
            "GOP nominee cannot be trusted.",
            "GOP nominee",
            "Donald Trump",
        ),
        (
            "Ted Cruz met Donald Trump on Monday. He said the GOP frontrunner was wrong.",
            "GOP frontrunner",
            "Donald Trump",
        ),
        (
            "Paul Ryan praised Donald Trump in Wisconsin. He called the presumptive GOP nominee "
            "a friend.",
            "GOP nominee",
            "Donald Trump",
        ),
    ],
)
def test_a_party_s_candidate_is_the_party_man_running_then(mentions_of, text, title, person):
    """Round 95: "the presumptive GOP nominee" after Rubio and Trump was the Republican Party
    (and, once definite, would have been Rubio, the last subject)."""
    found = mentions_of(text, published="2016-06-09")
    assert _actors(found, title) == {person}, _shown(found)
    assert _codes(found, title) == {"USAPTY"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        (
            "A CNN panel on Donald Trump‘s remarks turned into a fight over black backers of the "
            "presumptive GOP nominee. Pastor Mark Burns defended Trump's line on Friday.",
            "GOP nominee",
            "Donald Trump",
        ),
        (
            "Critics of the presumptive GOP nominee gathered in Ohio on Friday. Later Trump "
            "spoke to them.",
            "GOP nominee",
            "Donald Trump",
        ),
        (
            "Voters cheered the presumptive Democratic nominee in Brooklyn. Hillary Clinton "
            "thanked them on Tuesday.",
            "nominee",
            "Hillary Clinton",
        ),
    ],
)
def test_a_party_s_candidate_named_just_after_is_that_person(mentions_of, text, title, person):
    """Round 95: with the name before it unread ("Donald Trump‘s", a curly quote for an
    apostrophe), "the presumptive GOP nominee" stayed the Republican Party though the next
    sentence names Trump."""
    found = mentions_of(text, published="2016-06-04")
    assert _actors(found, title) == {person}, _shown(found)


def test_a_party_s_candidate_with_no_party_man_running_stays_unresolved(mentions_of) -> None:
    """Guard: with only a sitting senator named, the nominee is not him."""
    found = mentions_of(
        "Paul Ryan met reporters. He said the presumptive GOP nominee was absent.",
        published="2016-06-09",
    )
    assert "Paul Ryan" not in _actors(found, "GOP nominee"), _shown(found)


# --- a capital as a nickname -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Young voters told me to feel the Bern, but I am not sure about him.", "Bern"),
        ("The crowd broke into a loud chant of “Feel the Bern!” as the senator left.", "Bern"),
        ("Grandpa Bern, as the children call him, likes to watch sitcoms.", "Bern"),
    ],
)
def test_a_capital_in_a_slogan_or_nickname_is_no_government(mentions_of, text, city) -> None:
    """Round 95: "Feel the Bern" coded CHEGOV in a story about a US primary."""
    found = mentions_of(text, published="2016-02-18")
    assert not [m for m in found if m.text == city and m.code], _shown(found)


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("Bern rejected the proposal from Brussels on Monday.", "Bern", "CHEGOV"),
        ("The Hague warned Moscow on Monday.", "Moscow", "RUSGOV"),
    ],
)
def test_a_capital_acting_still_codes_its_government(mentions_of, text, city, code) -> None:
    """Guard: a capital that acts, with no article before it, is still the government."""
    found = mentions_of(text, published="2016-02-18")
    assert _codes(found, city) == {code}, _shown(found)


def test_the_city_s_government_keeps_its_article(mentions_of) -> None:
    """Guard: "the Kiev government" is the government, the article being the noun's."""
    found = mentions_of("Moscow warned the Kiev government on Monday.", published="2016-02-18")
    assert _codes(found, "Kiev government") == {"UKRGOV"}, _shown(found)


# --- attorneys general -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the audit's kind: an untitled-country attorney general the Phoenix table calls GOV
        (
            "In Caracas, Attorney General, Luisa Ortega Diaz, said her office was looking into "
            "the blasts. Ortega blamed no one.",
            "Ortega",
            "VENJUD",
        ),
        (
            "Attorney General Luisa Ortega Diaz opened an inquiry into the Caracas riots on "
            "Monday. Ortega said the police had fired first.",
            "Ortega",
            "VENJUD",
        ),
        (
            "U.S. Attorney General Loretta Lynch said the inquiry would be fair.",
            "U.S. Attorney General Loretta Lynch",
            "USAGOV",
        ),
    ],
)
def test_an_attorney_general_is_jud_unless_a_cabinet_minister(mentions_of, text, name, code):
    """Round 95: Venezuela's attorney general coded VENGOV; the US one was USAJUD or USAGOV
    by how the phrase was written."""
    found = mentions_of(text, published=None)
    assert _codes(found, name) == {code}, _shown(found)


def test_an_unnamed_us_attorney_general_is_the_cabinet_s(mentions_of) -> None:
    found = mentions_of(
        "The Justice Department opened an inquiry. The attorney general said it would be fair."
    )
    assert _codes(found, "attorney general") == {"USAGOV"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("But Attorney General Eric Schneiderman isn't saying if he will act in New York.",
         "Attorney General Eric Schneiderman"),
        ("Scott Pruitt, the Republican attorney general of Oklahoma, sued the agency.",
         "Scott Pruitt"),
        ("The charity gave $25,000 to the attorney general of Florida.", "attorney general"),
    ],
)  # fmt: skip
def test_a_us_state_s_attorney_general_stays_jud(mentions_of, text, name) -> None:
    """Guard: only the federal attorney general sits in the cabinet; a state's is JUD."""
    found = mentions_of(text, published="2016-09-14")
    assert _codes(found, name) == {"USAJUD"}, _shown(found)


def test_a_former_attorney_general_stays_elite(mentions_of) -> None:
    """Guard: a former one is the country's elite, not a sitting minister."""
    found = mentions_of("Former Attorney General Eric Holder spoke in Ohio on Monday.")
    assert _codes(found, "Former Attorney General Eric Holder") == {"USAELI"}, _shown(found)


# --- newspapers named after their city -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("The New York Post said the mayor had misled voters.", "New York Post"),
        ("In Florida, the Orlando Sentinel reported that the shooter had visited the club.",
         "Orlando Sentinel"),
        ("The Houston Chronicle endorsed the Democrat in Texas on Friday.", "Houston Chronicle"),
        ("According to the Tampa Bay Times, the Florida mayor misled voters.", "Tampa Bay Times"),
    ],
)  # fmt: skip
def test_a_city_s_newspaper_is_its_country_s_media(mentions_of, text, paper) -> None:
    """Round 95: "Orlando Sentinel" typed a person, "New York Post" coded as New York."""
    found = mentions_of(text)
    assert _codes(found, paper) == {"USAMED"}, _shown(found)
    assert {m.kind for m in found if m.text == paper} == {"media"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ted Times spoke to the crowd in Ohio.", "Ted Times"),
        ("The New York governor met reporters in Albany.", "New York"),
    ],
)
def test_a_man_or_a_state_with_no_paper_s_word_is_no_paper(mentions_of, text, name) -> None:
    """Guard: a paper's word as a man's surname, or a place before an office, is no paper."""
    found = mentions_of(text)
    assert not [m for m in found if m.kind == "media" and name in m.text], _shown(found)


# --- legislative staff -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "staffer"),
    [
        (
            "Sen. Maria Cantwell of Washington stepped out of a van with legislative director "
            "Tom Reed, and the two walked into the Capitol.",
            "legislative director Tom Reed",
        ),
        (
            "Rep. Tim Ryan, D-Ohio, arrived in Washington with legislative aide Ann Cole on "
            "Monday.",
            "legislative aide Ann Cole",
        ),
        (
            "Sen. Ron Wyden, D-Ore., met the lobbyists with his legislative assistant, Joe "
            "Kline, in Washington.",
            "legislative assistant, Joe Kline",
        ),
    ],
)
def test_a_legislator_s_staff_are_the_legislature_s(mentions_of, text, staffer) -> None:
    """Round 95: Sen. Warren's legislative director coded USAGOV."""
    found = mentions_of(text)
    assert _codes(found, staffer) == {"USALEG"}, _shown(found)


def test_a_campaign_s_director_stays_the_party_s(mentions_of) -> None:
    """Guard: a campaign's director is still the campaign's, PTY."""
    found = mentions_of(
        "Hillary Clinton arrived in Ohio with campaign director Robby Mook on Monday.",
        published="2016-07-27",
    )
    assert _codes(found, "campaign director Robby Mook") == {"USAPTY"}, _shown(found)


# --- a person's term of office ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "It is too soon in Lopez Obrador's presidency to blame his plans for the killings "
            "in Mexico. The Mexican government denies any blame.",
            "2019-06-01",
        ),
        (
            "Barack Obama met students in Ohio. Late in his presidency, he wants to visit Cuba.",
            "2014-03-01",
        ),
        ("The killings have soared under Rousseff's presidency, critics say.", "2014-03-01"),
    ],
)
def test_a_person_s_presidency_is_a_term_not_an_actor(mentions_of, text, published) -> None:
    """Round 95: "Lopez Obrador's presidency" (a span of time) coded MEXGOV."""
    found = mentions_of(text, published=published)
    assert not [m for m in found if "presidency" in m.text and m.code], _shown(found)


def test_a_person_s_leadership_stays_his_lieutenants(mentions_of) -> None:
    """Guard: "his top leadership" are people, no term of office."""
    found = mentions_of("Following the arrests of Garcia and his top leadership, the gang split.")
    assert [m for m in found if "leadership" in m.text], _shown(found)


def test_a_country_s_presidency_stays_its_government(mentions_of) -> None:
    """Guard: "Mexico's presidency announced" is the body acting."""
    found = mentions_of("Mexico's presidency announced a new plan on Monday.")
    assert _codes(found, "Mexico's presidency") == {"MEXGOV"}, _shown(found)


# --- the ground under an airspace ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Clinton proposed a partial no-fly zone over Syria to shelter civilians.", "Syria"),
        ("Russian jets flew over Turkey on Monday, officials said.", "Turkey"),
        ("The airliner was shot down over Ukraine in July.", "Ukraine"),
    ],
)
def test_a_country_under_an_airspace_over_is_a_place(mentions_of, text, country) -> None:
    """Round 95: "a partial no-fly zone over Syria" coded SYR."""
    found = mentions_of(text)
    assert _codes(found, country) == {None}, _shown(found)


def test_a_country_prevailed_over_stays_an_actor(mentions_of) -> None:
    """Guard: an "over" of a contest still names a side."""
    found = mentions_of("Turkey prevailed over Syria in the talks.")
    assert _codes(found, "Syria") == {"SYR"}, _shown(found)


# --- a head scratched ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The estimate will leave more than one analyst scratching their head, US officials said.",
        "Mexican officials shook their head at the plan on Monday.",
        "The senator scratched his head over the US figures.",
    ],
)
def test_a_head_scratched_is_no_title(mentions_of, text) -> None:
    """Round 95: "scratching their head" was an American head (USAGOV in its article)."""
    found = mentions_of(text)
    assert not [m for m in found if m.text == "head"], _shown(found)


def test_a_head_named_stays_a_title(mentions_of) -> None:
    """Guard: a body naming someone its head still has a head."""
    found = mentions_of("The agency named Ana Ruiz its head, US officials said.")
    assert [m for m in found if m.text == "head"], _shown(found)


# --- an office held outranks a trade named ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "published", "code"),
    [
        (
            "Clinton's rival, Manhattan businessman Donald Trump, received a briefing.",
            "Manhattan businessman Donald Trump",
            "2016-08-28",
            "USAPTY",
        ),
        (
            "Argentine businessman Mauricio Macri met Obama in Buenos Aires.",
            "Argentine businessman Mauricio Macri",
            "2016-03-23",
            "ARGGOV",
        ),
        (
            "Texas businessman Ted Cruz spoke in Iowa.",
            "Texas businessman Ted Cruz",
            "2016-01-23",
            "USAPTY",
        ),
    ],
)
def test_an_office_held_that_day_outranks_a_trade(mentions_of, text, name, published, code):
    """Round 95: "New York businessman Donald Trump" coded USABUS in August 2016."""
    found = mentions_of(text, published=published)
    assert _codes(found, name) == {code}, _shown(found)


def test_a_trade_of_someone_holding_nothing_stays(mentions_of) -> None:
    """Guard: a law professor the table does not know is still a professor."""
    found = mentions_of("Boston law professor Jane Roe spoke in Iowa.", published="2016-03-23")
    assert _codes(found, "Boston law professor Jane Roe") == {"USAEDU"}, _shown(found)


# --- a place's name as a Spanish surname -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "surname"),
    [
        (
            "Colombian police tried to capture Juan Durango Ortiz, alias Flaco, in Meta. They "
            "met resistance from Durango's criminal group.",
            "Juan Durango Ortiz",
            "Durango",
        ),
        (
            "Colombian troops hunted Mario Sonora Ruiz near the Venezuelan border. Sonora's men "
            "fired first.",
            "Mario Sonora Ruiz",
            "Sonora",
        ),
        (
            "Officers arrested Luis Santiago Paredes in Bogota on Monday. Santiago denied the "
            "charges, Colombian police said.",
            "Luis Santiago Paredes",
            "Santiago",
        ),
    ],
)
def test_a_place_between_a_given_name_and_a_surname_is_a_man(mentions_of, text, person, surname):
    """Round 95: "Pedro Guerrero Castillo" split around Mexico's state of Guerrero, so that
    "Guerrero's criminal group" (the Colombian ERPAC) was coded MEXCRM."""
    found = mentions_of(text)
    assert _actors(found, person) == {person}, _shown(found)
    assert not [m for m in found if surname in m.text and m.country == "MEX"], _shown(found)
    assert not [m for m in found if m.text == surname and m.actor != person], _shown(found)


def test_a_university_named_after_a_man_and_a_place_stays(mentions_of) -> None:
    """Guard: "George Washington University" is no man named George Washington University."""
    found = mentions_of("Students at George Washington University protested on Monday.")
    assert not [m for m in found if m.text == "George Washington University"], _shown(found)


# --- "Then he cut into Bush, calling him a stiff" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        (
            "Jeb Bush criticized Donald Trump and Ted Cruz on Monday. Starting the morning at a "
            "diner in Salem, Trump mocked Cruz, the senator from Texas and victor of the Iowa "
            'caucuses, as "soft." Then he tore into Bush, calling him "low energy" and accusing '
            "him of whining.",
            "Donald Trump",
            "Jeb Bush",
        ),
        (
            "At a rally in Concord, Donald Trump accused Ted Cruz, the senator from Texas, of "
            'being weak on terrorism. Then he cut into Jeb Bush, calling him a "dud" and '
            "accusing him of sulking.",
            "Donald Trump",
            "Jeb Bush",
        ),
        (
            "At a town hall in Keene, Chris Christie faulted Marco Rubio, the senator from "
            'Florida, for missing votes. Then he tore into John Kasich, calling him "naive" and '
            "accusing him of pandering.",
            "Chris Christie",
            "John Kasich",
        ),
    ],
)
def test_then_he_cut_into_someone_calling_him(mentions_of, text, subject, target) -> None:
    """Round 95: both pronouns of "Then he cut into Bush, calling him a 'stiff'" went to the
    wrong men (Bush, after "into", was taken for a place)."""
    found = mentions_of(text, published="2016-02-09")
    assert _actors(found, "he") == {subject}, _shown(found)
    assert _actors(found, "him") == {target}, _shown(found)


def test_a_town_entered_stays_a_place(mentions_of) -> None:
    """Guard: a given name opening a town's name after "into" on a motion is still no man."""
    found = mentions_of("The convoy drove into Elizabeth City on Monday.")
    assert not [m for m in found if m.kind == "person"], _shown(found)


# --- a pronoun bound by the clause around it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Barack Obama used his address to single out Donald Trump and the other Republican "
            "hopefuls who he accused of stoking fear.",
            "Barack Obama",
        ),
        ("Barack Obama met Benjamin Netanyahu in Washington, who he said was a friend.",
         "Barack Obama"),
        ("Vladimir Putin praised Donald Trump, who he called a bright man, on Thursday.",
         "Vladimir Putin"),
    ],
)  # fmt: skip
def test_he_in_a_relative_clause_is_the_outer_subject(mentions_of, text, subject) -> None:
    """Round 95: "call out Trump and the rest of the GOP field who he accused of preying on
    …": the accuser "he" went to Trump."""
    found = mentions_of(text, published="2016-02-05")
    assert _actors(found, "he") == {subject}, _shown(found)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "While Donald Trump told the radio host that he likes Ted Cruz, he also said a day "
            "earlier that they might have to fight.",
            "Donald Trump",
        ),
        (
            "While Marco Rubio said he admires Jeb Bush as a mentor, he also called him a weak "
            "candidate.",
            "Marco Rubio",
        ),
        (
            "After Ted Cruz told reporters that he respects Donald Trump, he attacked the tax "
            "plan.",
            "Ted Cruz",
        ),
    ],
)
def test_he_after_a_fronted_clause_is_its_subject(mentions_of, text, subject) -> None:
    """Round 95: "While Trump affirmed that he likes Cruz …, he also stated …": the second
    "he" went to Cruz."""
    found = mentions_of(text, published="2016-02-05")
    assert _actors(found, "he") == {subject}, _shown(found)


def test_a_relative_clause_s_own_subject_is_the_noun(mentions_of) -> None:
    """Guard: "who" as the clause's subject leaves the clause about the noun."""
    found = mentions_of(
        "Hillary Clinton praised Bernie Sanders, who said he would keep running.",
        published="2016-02-05",
    )
    assert _actors(found, "he") == {"Bernie Sanders"}, _shown(found)


# --- places are no one's "them" --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The report urges the United States to set up processing centers for asylum seekers in "
        "Mexico and Central America to keep them from risking the journey to the border.",
        "The group asks Washington to open shelters for migrants in Guatemala and Honduras to "
        "stop them from heading north.",
        "The plan funds clinics for mothers in Haiti and Cuba to spare them the trip to Miami.",
    ],
)
def test_countries_named_as_places_are_no_them(mentions_of, text) -> None:
    """Round 95: "them" (the asylum seekers) coded as Mexico."""
    found = mentions_of(text)
    assert not [m for m in found if m.text == "them" and m.kind == "country"], _shown(found)


def test_countries_that_act_are_still_they(mentions_of) -> None:
    """Guard: two countries that speak are still "they"."""
    found = mentions_of("Congo and Costa Rica said they would cut ties with Taiwan.")
    assert [m for m in found if m.text == "they" and m.kind == "country"], _shown(found)


# --- a share of the vote makes a candidate ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "Rep. Debbie Wasserman Schultz (D-Fla.) took 57 percent of the vote in the Florida "
            "primary to law professor Tim Canova's 43 percent. Canova raised more money.",
            "Canova",
        ),
        (
            "In the Ohio primary, Boston businessman John Roe took 41 percent of the vote. Roe "
            "conceded.",
            "Roe",
        ),
        (
            "In the Texas primary, history professor Ann Cole won 38 percent against the "
            "incumbent, Rep. Pete Sessions (R-Texas). Cole conceded.",
            "Cole",
        ),
    ],
)
def test_a_vote_getter_is_a_candidate(mentions_of, text, surname) -> None:
    """Round 95: Tim Canova, a primary challenger, coded USAEDU as a law professor."""
    found = mentions_of(text, published="2016-08-30")
    assert _codes(found, surname) == {"USAPTY"}, _shown(found)


def test_a_pollster_s_margin_is_no_vote_share(mentions_of) -> None:
    """Guard: a percentage of a pollster's in a sentence about no vote makes no candidate."""
    found = mentions_of("Iowa pollster Ann Selzer's 3 percent margin of error worried Democrats.")
    assert _codes(found, "Iowa pollster Ann Selzer") == {"USACVL"}, _shown(found)


# --- a group noun and the named group apposed to it ------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun", "code"),
    [
        (
            "Colombian police met resistance from the armed group, the Popular Revolutionary "
            "Antiterrorist Army of Colombia (ERPAC).",
            "armed group",
            "COLCRM",
        ),
        ("Honduran police fought the gang, the MS13, in San Pedro Sula.", "gang", "SLVCRM"),
        (
            "Soldiers fought Guzman's criminal group, the Sinaloa Cartel, in Culiacan.",
            "criminal group",
            "MEXCRM",
        ),
    ],
)
def test_a_group_noun_is_the_named_group_apposed(mentions_of, text, noun, code) -> None:
    """Round 95: "Guerrero's criminal group, the … (ERPAC)" coded MEXCRM."""
    found = mentions_of(text)
    assert _codes(found, noun) == {code}, _shown(found)


def test_a_group_noun_before_a_reporting_name_is_no_apposition(mentions_of) -> None:
    """Guard: "members of the group, the Zetas said" names the Zetas as the source."""
    found = mentions_of("Police arrested three members of the group, the Zetas said.")
    assert not [m for m in found if m.text == "group" and m.actor == "Zetas"], _shown(found)


@pytest.mark.parametrize(
    ("text", "fighters", "code"),
    [
        (
            "Officials doubt the ERPAC, an organization that has as many as 1,200 armed soldiers "
            "at the ready, will remain intact.",
            "armed soldiers",
            "COLCRM",
        ),
        ("The ELN, which has 2,000 troops in Arauca, rejected the talks in Colombia.", "troops",
         "COLREB"),
        ("In Colombia, the FARC still has about 7,000 soldiers under arms.", "soldiers", "COLREB"),
    ],
)  # fmt: skip
def test_the_soldiers_a_group_has_are_its_own(mentions_of, text, fighters, code) -> None:
    """Round 95: the ERPAC's "1,200 armed soldiers" coded as a state's military."""
    found = mentions_of(text)
    assert _codes(found, fighters) == {code}, _shown(found)


def test_the_soldiers_a_country_has_stay_its_military(mentions_of) -> None:
    """Guard: a country's soldiers are its military."""
    found = mentions_of("Colombia has 200,000 soldiers.")
    assert _codes(found, "soldiers") == {"COLMIL"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [
        ("Troops fought the FARC's elite Teofilo Forero Mobile Column in Caqueta.",
         "Teofilo Forero Mobile Column", "COLREB"),
        ("Police arrested members of the Sinaloa Cartel's Los Antrax cell in Culiacan.",
         "Los Antrax", "MEXCRM"),
        ("The Zetas' feared Grupo Delta killed ten people in Coahuila.", "Grupo Delta", "MEXCRM"),
    ],
)  # fmt: skip
def test_a_unit_a_group_owns_by_name_is_the_group_s(mentions_of, text, unit, code) -> None:
    """Round 95 (missed events): "the FARC's elite Teofilo Forero Mobile Column" had no code."""
    found = mentions_of(text)
    assert _codes(found, unit) == {code}, _shown(found)


def test_a_known_place_a_group_owns_stays_a_place(mentions_of) -> None:
    """Guard: "the FARC's Havana delegation" does not make Havana the FARC."""
    found = mentions_of("The FARC's Havana delegation met on Monday.")
    assert not [m for m in found if m.text == "Havana" and m.code == "COLREB"], _shown(found)


# --- a condition is no one -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("A pundit said the pastor had Stockholm Syndrome. He laughed it off on Friday.",
         "Syndrome"),
        ("The doctor said Mark Smith had Lou Gehrig's Disease. He died in May.", "Disease"),
        ("Aides say the candidate has Clinton Derangement Syndrome. He says they are wrong.",
         "Syndrome"),
    ],
)  # fmt: skip
def test_a_condition_s_name_is_no_person(mentions_of, text, condition) -> None:
    """Round 95: "Stockholm Syndrome" typed a person, and "He", "him" bound to it."""
    found = mentions_of(text)
    assert not [m for m in found if condition in (m.actor or "")], _shown(found)


def test_a_person_named_before_a_condition_stays(mentions_of) -> None:
    """Guard: the patient named in full stays the person "He" stands for."""
    found = mentions_of("The doctor said Mark Smith had Lou Gehrig's Disease. He died in May.")
    assert _actors(found, "He") == {"Mark Smith"}, _shown(found)
