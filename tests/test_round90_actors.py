"""Actor kinds of the blind audit of seed 64 (round 90); each kind, an input of the audit's kind
written anew, two paraphrases of our own, and a guard for the reading the rule must keep.

* pronouns: "N of them" is a part of the plural noun before it; a pair, duo or couple is the
  subject a purpose clause's "their" continues; "for X to" gives an infinitive its own subject;
  a description that sets out a view ("the documentarian lays out what he believes") binds its
  "he" as "said" does (:mod:`dyads.actors.blocking`, :mod:`dyads.actors.binding`);
* a meeting attended or sat through is an event, by its short form too ("attending the DNC")
  (:func:`dyads.actors.offices.attended`);
* roles at the time: "while she was secretary of state" is the government then; a former
  holder's "tenure" or "administration" is the government of the time; a person "mentioned as a
  potential candidate" is no candidate besides (:mod:`dyads.actors.terms`,
  :mod:`dyads.actors.groups`);
* places: every name of a list given as examples of places ("places such as Colombia and
  Mexico"), and what something has "proximity" to, are places (:mod:`dyads.actors.locations`);
* "the country" after a state body of its own sentence is that body's country, not one an
  earlier sentence named (:mod:`dyads.actors.coref`);
* bare officials in a clause joined to one whose subject is a campaign are the campaign's
  (:func:`dyads.actors.group_country.of_a_campaign`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


def _shown(found: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.actor, m.code) for m in found]


def _coded(found: list[Any], text: str) -> set[str]:
    return {m.code for m in found if m.text == text and m.code}


# -- 1. pronouns bound to the wrong antecedent -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Crime Report.\n\nOn February 22, Nicaraguan government officials announced that 8,149 "
        "prisoners had received a conditional release since 2014, 845 of them so far in 2016.",
        "Crime Report.\n\nHonduran police officials said on Monday that 300 inmates had been "
        "freed this year, 120 of them in May.",
        "Crime Report.\n\nMexican authorities reported that 2,000 migrants were detained in "
        "March, most of them from Guatemala.",
    ],
)
def test_a_partitive_them_is_the_plural_noun_before_it(mentions_of, text) -> None:
    """Round 90: "845 of them" (the prisoners) coded NICGOV."""
    found = mentions_of(text, "2016-08-03")
    assert not _coded(found, "them"), _shown(found)


def test_a_partitive_them_of_an_actor_stays(mentions_of) -> None:
    """Guard: "200 of them" after "Guatemalan soldiers" are soldiers."""
    text = (
        "Crime Report.\n\nGuatemalan soldiers were sent to the border last week, and 200 of "
        "them stayed there."
    )
    found = mentions_of(text, "2016-08-03")
    assert _codes(found, "them") == {"GTMMIL"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Crime Report.\n\nAccording to the authorities, Tomasso worked closely with a Colombian "
        "partner, Juan Carlos Davila Bonilla, who was arrested shortly after. The pair also "
        "employed the narco-paramilitary group the Urabenos to provide security for their "
        "shipments, according to the authorities.",
        "Crime Report.\n\nPolice said Ramirez worked with a Honduran smuggler, Jose Luis Mejia. "
        "The duo also hired the Zetas to guard their cargo, police said.",
        "Crime Report.\n\nProsecutors said the brothers Luis and Carlos Ortega ran the network "
        "from Lima. The couple paid the Shining Path to escort their drug loads, according to "
        "Peruvian officials.",
    ],
)
def test_a_pairs_purpose_clause_their_is_not_the_authorities(mentions_of, text) -> None:
    """Round 90: "The pair … to provide security for their shipments" coded COLGOV."""
    found = mentions_of(text, "2016-08-03")
    assert not [m for m in found if m.text == "their"], _shown(found)


def test_a_groups_purpose_clause_their_stays_the_group(mentions_of) -> None:
    """Guard: "The rebels pay local farmers to carry their drug loads" is the rebels'."""
    text = (
        "Crime Report.\n\nAccording to Peruvian officials, the Shining Path runs the trade in "
        "the valley. The rebels pay local farmers to carry their drug loads, the officials said."
    )
    found = mentions_of(text, "2016-08-03")
    assert _codes(found, "their") == {"PERREB"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Report.\n\nThe United States began conducting airstrikes on Islamic State targets in "
         "2014, leading an international coalition. Clinton is calling for the United States "
         "to take a stronger role in the conflict and for the coalition to increase its efforts "
         "against the Islamic State.", "2015-11-19"),
        ("Report.\n\nThe United States began conducting airstrikes on Taliban targets in 2015, "
         "leading an international coalition. Sanders is calling for the United States to take "
         "a smaller role in the war and for the coalition to double its efforts against the "
         "Taliban.", "2016-02-01"),
        ("Report.\n\nBritain began bombing Islamic State targets in 2015, leading a European "
         "coalition. Corbyn is calling for Britain to take a smaller role in the war and for the "
         "coalition to increase its efforts against the Islamic State.", "2016-02-01"),
    ],
)  # fmt: skip
def test_for_a_noun_to_gives_its_its_owner(mentions_of, text, published) -> None:
    """Round 90: "for the coalition to increase its efforts" coded USA."""
    found = mentions_of(text, published)
    assert not [m for m in found if m.text == "its"], _shown(found)


def test_for_a_body_to_keeps_its_owner(mentions_of) -> None:
    """Guard: "for the United Nations to increase its efforts" is the UN's."""
    text = (
        "Report.\n\nThe United States began airstrikes in 2014. Clinton is calling for the "
        "United States to take a stronger role and for the United Nations to increase its "
        "efforts against the Islamic State."
    )
    found = mentions_of(text, "2015-11-19")
    assert _codes(found, "its") == {"IGOUNO"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Report.\n\nIn the film, D’Souza argues that Obama’s early influences from radical "
        "figures shaped his views concerning the United States. The documentarian lays out what "
        "he believes are the president’s core beliefs.",
        "Report.\n\nObama met Michael Moore last year. The documentary maker spells out what he "
        "sees as the president's failures.",
        "Report.\n\nObama spoke on Monday. The columnist contends that he will lose the vote.",
    ],
)
def test_a_description_setting_out_a_view_binds_its_he(mentions_of, text) -> None:
    """Round 90: "The documentarian lays out what he believes" gave "he" to Obama."""
    found = mentions_of(text, "2015-12-19")
    assert "USAGOV" not in _codes(found, "he"), _shown(found)


def test_a_named_person_setting_out_a_view_keeps_his_he(mentions_of) -> None:
    """Guard: "D'Souza lays out what he believes" is D'Souza."""
    text = (
        "Report.\n\nObama praised Dinesh D'Souza. D'Souza lays out what he believes are the "
        "president's core beliefs."
    )
    found = mentions_of(text, "2015-12-19")
    assert {m.actor for m in found if m.text == "he"} == {"Dinesh D'Souza"}, _shown(found)


# -- 2. a meeting attended is an event -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Report.\n\nFans complain about the actor attending the Democratic National Convention "
         "on Wednesday in Philadelphia.", "Democratic National Convention"),
        ("Report.\n\nMany were confused as to how Cooper could play a Navy SEAL and then sit "
         "through the DNC.", "DNC"),
        ("Report.\n\nCritics mocked the singer for attending the RNC in Cleveland.", "RNC"),
        ("Report.\n\nSeveral senators skipped the Republican National Convention this year.",
         "Republican National Convention"),
    ],
)  # fmt: skip
def test_a_meeting_attended_is_no_party(mentions_of, text, name) -> None:
    """Round 90: "attending the Democratic National Convention", "sit through the DNC" coded
    USAPTY."""
    found = mentions_of(text, "2016-07-29")
    assert _codes(found, name) == {None}, _shown(found)


def test_the_committee_acting_stays_the_party(mentions_of) -> None:
    """Guard: "The DNC said on Monday" is the party's committee."""
    text = "Report.\n\nThe DNC said on Monday it would review the rules."
    found = mentions_of(text, "2016-07-29")
    assert _codes(found, "DNC") == {"USAPTY"}, _shown(found)


# -- 3. roles at the time --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Report.\n\nHillary Clinton is running for president. Hillary Rodham Clinton visited "
         "once while she was secretary of state, and President Obama has come twice.",
         "2015-11-10"),
        ("Report.\n\nHillary Clinton spoke in Iowa. Clinton went to Haiti twice when she was "
         "secretary of state.", "2016-01-20"),
        ("Report.\n\nHillary Clinton spoke in Ohio on Monday. She said she met the king often "
         "while she was secretary of state.", "2016-03-02"),
    ],
)  # fmt: skip
def test_a_title_held_then_codes_the_pronoun(mentions_of, text, published) -> None:
    """Round 90: "while she was secretary of state" coded USAPTY (the 2015 candidate)."""
    found = mentions_of(text, published)
    held = [m for m in found if m.text == "she"][-1]  # the subject of "was secretary of state"
    assert held.code == "USAGOV", _shown(found)


def test_a_time_clause_without_a_title_keeps_the_code(mentions_of) -> None:
    """Guard: "while she was in Iowa" names no office: the candidate stays."""
    text = "Report.\n\nHillary Clinton spoke on Monday. Clinton met voters while she was in Iowa."
    found = mentions_of(text, "2016-01-20")
    assert _codes(found, "she") == {"USAPTY"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Report.\n\nFormer President Bill Clinton campaigned on Monday. Many Democratic "
         "officials say they expect party-building, just as during President Bill Clinton’s "
         "tenure in the 1990s.",
         "President Bill Clinton", "USAGOV"),
        ("Crime Report.\n\nAnother example is the scandal engulfing former Peruvian President "
         "Alan Garcia, in which drug traffickers bribed members of his administration.",
         "his", "PERGOV"),
        ("Report.\n\nTaxes rose in Washington during former President George W. Bush's "
         "presidency, the report said.", "former President George W. Bush", "USAGOV"),
    ],
)  # fmt: skip
def test_a_former_holders_term_is_the_government(mentions_of, text, name, code) -> None:
    """Round 90: "President Bill Clinton's tenure" USAELI, "his administration" PERELI."""
    found = mentions_of(text, "2016-08-01")
    assert _codes(found, name) == {code}, _shown(found)


def test_a_former_holders_book_stays_elite(mentions_of) -> None:
    """Guard: a former president's book is no term in office."""
    text = "Report.\n\nIn Washington, former President Jimmy Carter's book sold well this year."
    found = mentions_of(text, "2016-08-01")
    assert _codes(found, "former President Jimmy Carter") == {"USAELI"}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Report.\n\nLabor Secretary Thomas Perez is a rising star. Perez has also been mentioned "
        "as a potential Maryland gubernatorial candidate in 2018.",
        "Report.\n\nHousing Secretary Julian Castro is popular. Castro has been touted as a "
        "possible Texas gubernatorial candidate in 2018.",
        "Report.\n\nAttorney General Xavier Becerra spoke on Monday. Becerra has been floated as "
        "a potential California gubernatorial candidate in 2018.",
    ],
)
def test_a_person_talked_of_as_a_candidate_is_no_other_candidate(mentions_of, text) -> None:
    """Round 90: "mentioned as a potential Maryland gubernatorial candidate" coded USAPTY."""
    found = mentions_of(text, "2016-07-06")
    assert not [m for m in found if "candidate" in m.text and m.code], _shown(found)


def test_a_candidate_who_acts_stays_coded(mentions_of) -> None:
    """Guard: a candidate who speaks is an actor."""
    text = "Report.\n\nThe Maryland gubernatorial candidate said on Monday that taxes must fall."
    found = mentions_of(text, "2016-07-06")
    assert _coded(found, "Maryland gubernatorial candidate") == {"USAPTY"}, _shown(found)


# -- 4. places as actors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("While Peru is now the world's largest cocaine-producing nation, it has not seen the "
         "high levels of violent crime seen in places such as Colombia and Mexico.",
         ("Colombia", "Mexico")),
        ("Gangs have spread to areas such as Honduras and Guatemala in recent years.",
         ("Honduras", "Guatemala")),
        ("Violence is lower than in regions like Brazil, Venezuela and Colombia.",
         ("Brazil", "Venezuela", "Colombia")),
    ],
)  # fmt: skip
def test_every_country_of_a_list_of_places_is_a_place(mentions_of, text, names) -> None:
    """Round 90: "places such as Colombia and Mexico" coded MEX."""
    found = mentions_of("Crime Report.\n\n" + text, "2016-08-03")
    for name in names:
        assert _codes(found, name) == {None}, (name, _shown(found))


def test_countries_given_as_examples_of_countries_stay_coded(mentions_of) -> None:
    """Guard: "countries such as Colombia and Mexico have signed" are states."""
    text = "Crime Report.\n\nCountries such as Colombia and Mexico have signed the treaty."
    found = mentions_of(text, "2016-08-03")
    assert _codes(found, "Mexico") == {"MEX"}, _shown(found)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("This is a strategic hub for the drug trade due to its proximity with Venezuela, and "
         "the FARC are present in the region.", "Venezuela"),
        ("The port is a key transit hub for cocaine due to its proximity with Ecuador, officials "
         "said.", "Ecuador"),
        ("The area's proximity with Brazil makes it a key route for cocaine, police said.",
         "Brazil"),
    ],
)  # fmt: skip
def test_a_country_something_is_in_proximity_to_is_a_place(mentions_of, sentence, country) -> None:
    """Round 90: "its proximity with Venezuela" coded VEN."""
    found = mentions_of("Crime Report.\n\n" + sentence, "2016-08-03")
    assert _codes(found, country) == {None}, _shown(found)


def test_a_country_with_ties_to_another_stays_coded(mentions_of) -> None:
    """Guard: a country in "ties to" another acts."""
    text = "Crime Report.\n\nOfficials said Venezuela had cut its ties to Colombia."
    found = mentions_of(text, "2016-08-03")
    assert _codes(found, "Venezuela") == {"VEN"}, _shown(found)


# -- 5. "the country" after a state body of its sentence -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("US is Negotiating with El Chapo: Ex-Mexican President\n\nAs the Mexican government "
         "claims to be getting closer to capturing the country's most notorious drug lord, an "
         "ex-president claims that the US is negotiating the terms of his surrender.",
         "most notorious drug lord", "MEXCRM"),
        ("US Offers Help in Manhunt\n\nWhile the Colombian police say they are closing in on "
         "the country's most wanted drug lord, officials in the US say they have offered help.",
         "most wanted drug lord", "COLCRM"),
        ("US Pressure Grows\n\nAs the Honduran government vows to capture the country's most "
         "feared gang leader, the US says it will fund the search.",
         "most feared gang leader", "HNDCRM"),
    ],
)  # fmt: skip
def test_the_country_is_its_sentences_state_bodys(mentions_of, text, name, code) -> None:
    """Round 90: "the Mexican government … the country's most notorious drug lord" USACRM."""
    found = mentions_of(text, "2016-01-05")
    assert _codes(found, name) == {code}, _shown(found)


def test_the_country_is_the_subject_bodys_of_several(mentions_of) -> None:
    """The subject body of the sentence first: "the Venezuelan government expelled the US
    agents … from the country" is Venezuela (round 90's diff set)."""
    text = (
        "Peru Report.\n\nIn Lima, officials spoke. In 2005 the Venezuelan government expelled "
        "the US agents of the Drug Enforcement Administration from the country."
    )
    found = mentions_of(text, "2016-01-05")
    assert {m.actor for m in found if m.text == "the country"} == {"Venezuela"}, _shown(found)


def test_the_country_without_a_state_body_is_the_last_country(mentions_of) -> None:
    """Guard: with no body of a state in its sentence, "the country" is the country before."""
    text = (
        "Crime Report.\n\nMexico has seen violence rise. Gunmen killed the country's most "
        "notorious drug lord on Monday."
    )
    found = mentions_of(text, "2016-01-05")
    assert _codes(found, "most notorious drug lord") == {"MEXCRM"}, _shown(found)


# -- 6. officials beside a campaign ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Obama campaign saw the DNC as a tool to aid the president’s re-election, and "
        "officials had little interest in building the party infrastructure. Instead, they "
        "built Organizing for Action.",
        "The Sanders campaign treated the state party as a rival, and officials refused to "
        "share their voter lists.",
        "The Kasich campaign viewed the primary as lost, but officials kept buying ads.",
    ],
)
def test_officials_beside_a_campaign_are_the_campaigns(mentions_of, sentence) -> None:
    """Round 90: "they" (the Obama campaign's officials) coded USAGOV."""
    found = mentions_of("Report.\n\n" + sentence, "2016-08-01")
    sectors = {m.sector for m in found if m.text in ("officials", "they")}
    assert sectors == {"PTY"}, _shown(found)


def test_officials_placed_by_their_own_words_stay_the_governments(mentions_of) -> None:
    """Guard: "officials in Washington" beside a campaign are the government's."""
    text = (
        "Report.\n\nThe Trump campaign ignored the debate rules, but officials in Washington "
        "said the law was clear."
    )
    found = mentions_of(text, "2016-08-01")
    assert _codes(found, "officials") == {"USAGOV"}, _shown(found)
