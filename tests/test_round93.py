"""Event kinds of blind-audit round 92 (fresh seed 66) and of the new user's trial in session
22: the input and two paraphrases of our own, and a guard that keeps what was right.

* a charge of conduct in a place ("accused Israel of committing war crimes in Gaza") reports no
  incident on the place;
* the grounds a censure gives ("criticised the decision, saying Turkey was siding with Hamas")
  are a charge, not a deed;
* a threatened halt of trade is a threatened embargo (1312), and halting trade is one (163);
* a time phrase hung on a reported clause before its subject dates the saying ("said on
  Thursday it would halt");
* "In response, ..." takes the date of the sentence it answers;
* a hostile act undergone ("drew criticism from X", "came under fire from X") is X's, and so is
  support received "from" X;
* "dismissed X as a bumbler" disparages (111); "demeaned", "took a shot at" criticise;
* words about an act done to someone ("condemned the arrests of X", "demanded the release of
  X") are not aimed at X.
"""

from __future__ import annotations

import pytest


def _triples(found) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code, e.cameo, e.target.code) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's President Recep Tayyip Erdogan accused Israel of committing war crimes in Gaza.",
        "Iran accused Saudi Arabia of committing war crimes in Yemen.",
        "Ukraine accused Russia of committing crimes in Syria.",
    ],
)
def test_a_charge_of_conduct_in_a_place_is_no_incident(events_at, text) -> None:
    """New user's trial: "accused Israel of committing war crimes in Gaza" gave ISR 180 PSE as an
    incident on the publication day; the accusation (112) stays."""
    found = events_at(text, "2024-05-03")
    assert not [e for e in found if e.root in ("18", "19", "20")]
    assert [e.cameo for e in found] == ["112"]


def test_an_accused_use_of_force_on_a_party_stays_an_incident(events_at) -> None:
    text = (
        "The Philippines accused China's coast guard of firing water cannon at a Philippine "
        "supply boat near Second Thomas Shoal last Tuesday."
    )
    found = events_at(text, "2024-05-03")
    assert ("CHNMIL", "175", "PHL") in _triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli Foreign Minister Israel Katz criticised the decision, saying Turkey was siding "
        "with Hamas.",
        "Israel's foreign minister condemned the move, saying Ireland was rewarding Hamas.",
        "Senator Ted Cruz attacked the deal, saying Iran was cooperating with Russia.",
    ],
)
def test_the_grounds_of_a_censure_are_no_deed(events_at, text) -> None:
    """New user's trial: Katz's "saying Turkey was siding with Hamas" was TUR 050 PSEREB as done."""
    found = events_at(text, "2024-05-03")
    assert not [e for e in found if e.root in ("04", "05", "06")]


def test_what_a_report_says_was_done_stays_a_deed(events_at) -> None:
    found = events_at("The army said that Turkish troops attacked Syrian troops.", "2024-05-03")
    assert [e.root for e in found] == ["19"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkey said it would halt all trade with Israel until a ceasefire is agreed in Gaza.",
         "1312"),
        ("China threatened to halt all trade with Australia.", "1312"),
        ("Turkey halted all trade with Israel on Thursday.", "163"),
    ],
)  # fmt: skip
def test_a_halt_of_trade_is_an_embargo(events_at, text, code) -> None:
    """New user's trial: "would halt all trade with Israel" was 136 (halt international
    involvement), from the halt's plain 160."""
    assert [e.cameo for e in events_at(text, "2024-05-03")] == [code]


def test_a_threatened_expulsion_stays_a_threat(events_at) -> None:
    found = events_at("Russia said it would expel British peacekeepers.", "2024-05-03")
    assert [e.cameo for e in found] == ["136"]
    found = events_at("Russia said it would expel the British ambassador.", "2024-05-03")
    assert [e.cameo for e in found] == ["1313"]  # a threat to reduce relations


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said on Thursday it would halt all trade with Israel until a ceasefire is agreed.",
        "Russia announced on Thursday it would expel the British ambassador.",
        "China said on Thursday it would impose duties on Canadian canola.",
    ],
)
def test_a_time_before_the_reported_subject_dates_the_saying(events_at, text) -> None:
    """New user's trial: "said on Thursday it would halt" read Thursday as the halt's, next week,
    and so gave the publication day."""
    found = events_at(text, "2024-05-03")
    assert found and {e.date.start for e in found} == {"2024-05-02"}


def test_a_time_after_that_stays_the_reported_clauses(events_at) -> None:
    found = events_at(
        "Turkey said that on Thursday it would halt all trade with Israel.", "2024-05-03"
    )
    assert found and {e.date.start for e in found} != {"2024-05-02"}


def _article(pipeline, text: str, published: str):
    """The whole pipeline's article for a text published on a day."""
    from dyads.records import RawDocument

    return pipeline.process(RawDocument(source="test", content=text, published=published))


def _dated(pipeline, text: str, published: str) -> dict[str, str | None]:
    article = _article(pipeline, text, published)
    return {e.cameo: (e.date.start if e.date else None) for e in article.events}


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("In response, the governor openly shot back at Garotinho, saying that his rival was the "
         "one with connections to the militia groups.", "111"),
        ("In reply, Governor Luiz Fernando Pezao accused Garotinho of lying.", "112"),
        ("In retaliation, Governor Luiz Fernando Pezao criticized Garotinho.", "111"),
    ],
)  # fmt: skip
def test_a_response_takes_the_date_it_answers(pipeline, answer, code) -> None:
    """Round 92: "In response, the governor openly shot back at Garotinho" after "In a September 2
    debate, ... Pezao came under fire from former Governor Anthony Garotinho" had no date."""
    text = (
        "Pezao under fire.\n\nIn a September 2 debate, Rio de Janeiro Governor Luiz Fernando Pezao "
        "was asked about militias by former Governor Anthony Garotinho. " + answer
    )
    assert _dated(pipeline, text, "2014-10-01").get(code) == "2014-09-02"


def test_a_response_to_a_thing_named_keeps_its_own_reading(pipeline) -> None:
    text = (
        "Pezao under fire.\n\nIn a September 2 debate, Rio de Janeiro Governor Luiz Fernando Pezao "
        "was asked about militias by former Governor Anthony Garotinho. In response to the "
        "report, Governor Luiz Fernando Pezao criticized Garotinho."
    )
    assert _dated(pipeline, text, "2014-10-01").get("111") == "2014-10-01"


@pytest.mark.parametrize(
    "text",
    [
        "In a September 2 debate, Senator Ted Cruz came under fire from Donald Trump.",
        "Senator Ted Cruz drew sharp criticism from Donald Trump.",
        "Senator Ted Cruz faced criticism from Donald Trump.",
    ],
)
def test_a_hostile_act_undergone_is_the_givers(events_at, text) -> None:
    """Round 92, listed missed: "Pezao came under fire from former Governor Anthony Garotinho for
    alleged links to illegal militia groups" (111 by Garotinho)."""
    found = events_at(text, "2016-03-23")
    assert _triples(found) == {("USAPTY", "111", "USAPTY")}
    assert {e.source.actor for e in found} == {"Donald Trump"}


def test_fire_from_soldiers_stays_force(events_at) -> None:
    found = events_at("Syrian troops came under fire from Turkish soldiers.", "2016-03-23")
    assert [(e.source.code, e.root, e.target.code) for e in found] == [("TURMIL", "19", "SYRMIL")]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Cruz received an endorsement from Donald Trump.",
        "Senator Ted Cruz won an endorsement from Donald Trump on Tuesday.",
        "Senator Ted Cruz won the endorsement of Donald Trump.",
    ],
)
def test_support_received_from_someone_is_theirs(events_at, text) -> None:
    found = events_at(text, "2016-03-23")
    assert [(e.source.actor, e.root, e.target.actor) for e in found] == [
        ("Donald Trump", "05", "Ted Cruz")
    ]


def test_a_letter_received_is_no_event(events_at) -> None:
    assert events_at("Senator Ted Cruz received a letter from Donald Trump.", "2016-03-23") == []


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Cruz was quickly dismissed by Donald Trump as an un-senatorial bumbler.",
        "Senator Ted Cruz dismissed Hillary Clinton as a liar.",
        "Donald Trump dismissed Senator Ted Cruz as a low-energy candidate.",
    ],
)
def test_dismissing_someone_as_something_disparages(events_at, text) -> None:
    """Round 92: "Lazio ... was quickly dismissed by the media and voters as an un-senatorial
    bumbler" was 120 (reject)."""
    found = events_at(text, "2016-03-23")
    assert found and {e.cameo for e in found} == {"111"}


def test_dismissing_claims_stays_a_rejection(events_at) -> None:
    found = events_at("Senator Ted Cruz dismissed Hillary Clinton's claims.", "2016-03-23")
    assert {e.cameo for e in found} == {"120"}


@pytest.mark.parametrize(
    "text",
    [
        "New Jersey Gov. Chris Christie has demeaned Marco Rubio's toughness.",
        "Morton Blackwell also took a shot at Senator Hillary Clinton.",
        "Senator Ted Cruz took a potshot at Donald Trump on Monday.",
    ],
)
def test_demeaning_and_taking_a_shot_criticise(events_at, text) -> None:
    """Round 92, listed missed: "Christie has demeaned Rubio's toughness", "Blackwell also took a
    shot at likely Democratic nominee Hillary Clinton"."""
    found = events_at(text.replace("Morton Blackwell", "Senator Ted Cruz"), "2016-03-23")
    assert [e.cameo for e in found] == ["111"]


def test_a_shot_at_a_nomination_is_no_criticism(events_at) -> None:
    assert events_at("Senator Ted Cruz has a shot at the nomination.", "2016-03-23") == []


@pytest.mark.parametrize(
    "text",
    [
        "The United States condemned the arrests of the Venezuelan opposition leaders.",
        "Britain demanded the release of the two British journalists.",
        "The United States condemned the killing of five Mexican soldiers.",
    ],
)
def test_words_about_an_act_are_not_aimed_at_its_patients(events_at, text) -> None:
    """New user's trial: "condemned the arrests of X" was criticism of X, "demanded the release of
    X" a demand on X."""
    assert events_at(text, "2024-05-03") == []


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("A Venezuelan judge ordered the arrest of opposition leader Leopoldo Lopez.",
         ("VENJUD", "173", "VENOPP")),
        ("Serbia demanded the withdrawal of Kosovo police from the north.",
         ("SRB", "10", "XKXCOP")),
    ],
)  # fmt: skip
def test_an_act_ordered_or_asked_of_its_doers_keeps_them(events_at, text, triple) -> None:
    found = events_at(text, "2024-05-03")
    assert triple in {(e.source.code, e.root, e.target.code) for e in found} | _triples(found)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The US urged Caracas to free the men.", "0253"),
        ("Britain urged Iran to release the detained British sailors.", "0253"),
        ("The United States pressed Venezuela to release the American prisoners.", "1053"),
    ],
)
def test_an_appeal_to_free_someone_is_one_for_a_release(events_at, text, code) -> None:
    """New user's trial: "urged Caracas to free the men" was 020, not CAMEO's appeal for the
    release of persons (0253)."""
    assert [e.cameo for e in events_at(text, "2024-05-03")] == [code]


def test_an_appeal_to_do_something_else_stays_an_appeal(events_at) -> None:
    assert [
        e.cameo for e in events_at("The US urged Caracas to hold elections.", "2024-05-03")
    ] == ["020"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mexico promised to send a delegation to Guatemala.", "036"),
        ("Mexico sent a delegation to Guatemala.", "042"),
        ("Mexico sent an envoy to Guatemala on Monday.", "042"),
    ],
)
def test_a_delegation_sent_is_a_visit(events_at, text, code) -> None:
    """New user's trial: "promised to send a delegation" was lost (the CAMEO 2.0 dictionary
    codes SEND DELEGATION and ENVOY 042)."""
    found = events_at(text, "2024-05-03")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [("MEX", code, "GTM")]


def test_one_of_a_people_travelling_makes_no_visit(events_at) -> None:
    text = "The first American to join the group flew to Syria in 2014."
    assert events_at(text, "2024-05-03") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Romanian hacker was sentenced to four years in prison by a U.S. district judge on "
        "Thursday.",
        "A Romanian man was sentenced to four years in prison by a U.S. district judge.",
        "A U.S. district judge sentenced the Romanian hacker to four years in prison.",
    ],
)
def test_one_of_a_people_is_no_state(events_at, text) -> None:
    """Round 92: "The Romanian hacker ... was sentenced ... by a U.S. district judge" had the
    state, ROU, as its target; a hacker is one of its criminals, a man one of its civilians
    (tests/test_round95.py)."""
    sector = "CRM" if "hacker" in text else "CVL"
    assert {e.target.code for e in events_at(text, "2016-09-03")} == {"ROU" + sector}


def test_a_states_agent_stays_the_state(events_at) -> None:
    found = events_at("The Mexican smuggler was arrested by U.S. border agents.", "2016-09-03")
    # the state's police since round 99 (border agents are COP), never the smuggler's people
    assert {e.source.code for e in found} == {"USACOP"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Fifteen police officers were arrested on August 15 in a joint operation by the Mexican "
         "army.", ("MEXMIL", "173", "MEXCOP")),
        ("Two gang leaders were captured in a raid by Colombian police on Monday.",
         ("COLCOP", "173", "COLCRM")),
        ("Three Zetas members were detained during an operation by the Mexican navy.",
         ("MEXMIL", "173", "MEXCRM")),
    ],
)  # fmt: skip
def test_a_passive_deed_in_an_operation_is_its_operators(events_at, text, triple) -> None:
    """Round 92, listed missed: "Fifteen police officers ... were arrested on August 15 during a
    joint operation by state and federal agencies"."""
    assert {(e.source.code, e.cameo, e.target.code) for e in events_at(text, "2016-08-20")} == {
        triple
    }


def test_a_passive_deed_in_an_unowned_operation_has_no_doer(events_at) -> None:
    text = "Two gang leaders were captured in a raid on Monday."
    assert events_at(text, "2016-08-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mexican authorities have arrested 48 people for siphoning so far this year.",
        "Colombian police arrested 20 people on drug trafficking charges.",
        "Venezuelan police detained dozens of people for stealing food.",
    ],
)
def test_people_held_for_a_crime_are_suspects(events_at, text) -> None:
    """Round 92: "Authorities have arrested 48 people for siphoning" coded the 48 as civilians;
    event coders code suspects held for a crime as criminals (ICEWS's "Criminal")."""
    found = events_at(text, "2016-08-20")
    assert found and all(e.target.sector == "CRM" for e in found)


def test_people_held_for_protesting_stay_civilians(events_at) -> None:
    found = events_at("Venezuelan police arrested 30 people for protesting.", "2016-08-20")
    assert [e.target.code for e in found] == ["VENCVL"]


# The events evaluation's CAMEO spans, tune half (read; the report half is only scored).


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's top diplomat also voiced hope that the new government in Greece will help "
        "Turkey.",
        "Germany expressed the hope that Russia will release the prisoners.",
        "The Egyptian president voiced hope that Israel will resume talks with the Palestinians.",
    ],
)
def test_what_is_only_hoped_for_is_no_intent(events_at, text) -> None:
    """CAMEO spans, tune half: "voiced hope that the new government in Greece will help Turkey"
    coded Greece's intent to help (033)."""
    assert not [e for e in events_at(text, "2016-08-20") if e.root in ("03", "04", "07", "08")]


def test_a_stated_intent_stays_one(events_at) -> None:
    found = events_at("Greece said it will help Turkey.", "2016-08-20")
    assert [(e.source.code, e.root) for e in found] == [("GRC", "03")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan is sending troops to the United Nations peacekeeping force in South Sudan.", "SSD"),
        ("Britain is deploying 300 troops to the UN peacekeeping mission in Mali.", "MLI"),
        ("Germany sent 100 soldiers to the European Union training mission in Somalia.", "SOM"),
    ],
)
def test_a_bodys_mission_in_a_place_is_on_the_place(events_at, text, target) -> None:
    """CAMEO spans, tune half: "sending troops to the United Nations peacekeeping force in South
    Sudan" had the UN as its target (four such sentences)."""
    assert {e.target.code for e in events_at(text, "2016-08-20")} == {target}


def test_troops_sent_to_a_body_stay_on_the_body(events_at) -> None:
    found = events_at("Britain sent 300 troops to NATO.", "2016-08-20")
    assert {e.target.code for e in found} <= {"IGOWSTNAT"}


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. federal judge Thursday approved the extradition of former Panamanian President "
        "Ricardo Martinelli to Panama.",
        "A U.S. federal judge approved the extradition of former Peruvian President Alejandro "
        "Toledo to Peru.",
        "A Costa Rican court approved the extradition of former Guatemalan President Alfonso "
        "Portillo to Guatemala.",
    ],
)
def test_an_extradition_is_cooperation_with_the_receiver(events_at, text) -> None:
    """CAMEO spans, tune half: "approved the extradition of former Panamanian President Ricardo
    Martinelli to Panama" was 063 on Martinelli as well as on Panama."""
    found = events_at(text, "2016-08-20")
    assert found and all(e.target.sector is None and e.root == "06" for e in found)


def test_an_extradition_with_no_receiver_keeps_its_patient(events_at) -> None:
    found = events_at("Mexico approved the extradition of Joaquin Guzman.", "2016-08-20")
    assert all(e.target.actor == "Joaquin Guzman" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "US authorities have deported a convicted IRA bomber who first travelled to the country "
        "20 years ago.",
        "A Hamas gunman travelled to Egypt in 2015.",
        "An IRA bomber flew to the United States in 1995.",
    ],
)
def test_a_gunmans_travel_is_no_visit(events_at, text) -> None:
    """CAMEO spans, tune half: "a convicted IRA bomber who first travelled to the country" was a
    visit (042) by the IRA."""
    assert not [e for e in events_at(text, "2016-08-20") if e.cameo == "042"]


def test_a_named_rebel_leaders_visit_stays_one(events_at) -> None:
    found = events_at("Hamas leader Ismail Haniyeh visited Tehran on Monday.", "2016-08-20")
    assert [e.cameo for e in found] == ["042"]


# The PLV sentences, tune half, read as the evaluation reads them (single undated sentences).


@pytest.fixture(scope="module")
def coded_sentences():
    from dyads.events.sentences import code_sentences, load_nlp

    nlp = load_nlp()

    def run(*texts: str) -> list[set[tuple[str | None, str, str | None]]]:
        return [_triples(c.event for c in r.coded) for r in code_sentences(nlp, texts)]

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Nepal government mobilized the Army for riot control.",
        "The Indian government mobilized the army for flood relief.",
        "The Thai government mobilized the military to contain the protests.",
    ],
)
def test_forces_mobilised_are_no_target(coded_sentences, text) -> None:
    """PLV tune half: "Nepal government mobilized the Army for riot control" was 154 against
    Nepal's own army."""
    assert coded_sentences(text) == [set()]


def test_forces_mobilised_against_someone_are_on_them(coded_sentences) -> None:
    assert coded_sentences("Pakistan mobilized troops against India.") == [{("PAK", "154", "IND")}]


@pytest.mark.parametrize(
    "text",
    [
        "The UN withdrew peacekeepers from the Golan Heights, after the four Filipinos were "
        "abducted.",
        "The UN withdrew Fijian peacekeepers from the Golan Heights.",
        "The United Nations withdrew Indian peacekeepers from the Golan Heights after the attack.",
    ],
)
def test_a_bodys_peacekeepers_withdrawn_are_no_target(coded_sentences, text) -> None:
    """PLV tune half: "The UN withdrew peacekeepers from the Golan Heights, after the four
    Filipinos were abducted" was 087 against the Philippine military."""
    assert not [t for t in coded_sentences(text)[0] if (t[2] or "").endswith("MIL")]


def test_troops_withdrawn_from_a_place_are_from_it(coded_sentences) -> None:
    assert coded_sentences("Israel withdrew troops from Gaza.") == [{("ISR", "087", "PSE")}]


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Office welcomed Russian President Vladimir Putin to mediate between India "
        "and Pakistan.",
        "The White House welcomed Turkish President Recep Tayyip Erdogan to mediate between "
        "Russia and Ukraine.",
        "Egypt welcomed Qatar to mediate between Israel and Hamas.",
    ],
)
def test_a_mediation_welcomed_is_not_yet_made(coded_sentences, text) -> None:
    """PLV tune half: "welcomed Russian President Vladimir Putin to mediate between India and
    Pakistan" was Putin's mediation (045), done."""
    assert not [t for t in coded_sentences(text)[0] if t[1].startswith("04")]


def test_a_mediation_made_stays_one(coded_sentences) -> None:
    found = coded_sentences("Qatar mediated between Israel and Hamas on Monday.")[0]
    assert {t[1] for t in found} == {"045"}


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The UN-backed government in Libya has suspended UN-brokered military talks in Geneva.",
         "IGOUNO"),
        ("The Syrian government suspended UN-sponsored peace talks with the opposition.",
         "IGOUNO"),
        ("Israel suspended Egyptian-mediated talks with Hamas.", "EGY"),
    ],
)  # fmt: skip
def test_a_broker_is_no_party_to_the_talks(coded_sentences, text, forbidden) -> None:
    """PLV tune half: "suspended UN-brokered military talks in Geneva" was 164 against the UN."""
    assert not [t for t in coded_sentences(text)[0] if t[2] == forbidden]


def test_a_led_coalition_is_its_leaders(coded_sentences) -> None:
    found = coded_sentences("The Saudi-led coalition bombed Houthi rebels in Yemen.")[0]
    assert {t[0] for t in found} == {"SAU"}


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Kurdish fighters have been helping the U.S. battle Islamic State extremists there.",
        "Iraqi Kurdish fighters have been helping the U.S. battle Islamic State extremists there.",
        "Syrian rebels have been helping the U.S. battle Islamic State extremists there.",
    ],
)
def test_whom_one_helps_is_the_first_object(coded_sentences, text) -> None:
    """PLV tune half: "helping the U.S. battle Islamic State extremists" was aid to the Islamic
    State as well (the parser made both nouns objects)."""
    found = coded_sentences(text)[0]
    assert {t[2] for t in found} == {"USA"}


def test_objects_joined_are_each_helped(coded_sentences) -> None:
    found = coded_sentences("Britain helped Ukraine and Poland.")[0]
    assert {t[2] for t in found} == {"UKR", "POL"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("THE HAGUE, Netherlands -- A United Nations prosecutor has charged a former Rwandan "
         "planning minister with contempt of court.", "IGOUNO"),
        ("PARIS (Reuters) - French police arrested a Rwandan genocide suspect on Monday.",
         "FRACOP"),
        ("MOSCOW, Dec 28 (Reuters) - Police detained a Ukrainian journalist on Monday.", "RUSCOP"),
    ],
)  # fmt: skip
def test_a_dateline_is_no_side_but_sets_the_country(coded_sentences, text, source) -> None:
    """PLV tune half: "THE HAGUE, Netherlands -- A United Nations prosecutor has charged ..."
    had the Netherlands as the source (the article stage blanks a dateline; the sentence
    evaluations did not)."""
    assert {t[0] for t in coded_sentences(text)[0]} == {source}


# Our own reading of `dyads extract` on seed 81 (kept from the blind audits).


@pytest.mark.parametrize(
    "text",
    [
        "The United States launched an offensive in the South China Sea.",
        "The US Navy launched strikes in the Gulf of Mexico.",
        "The Saudi navy launched strikes in the Gulf of Oman.",
    ],
)
def test_a_sea_named_after_a_country_is_not_the_country(events_at, text) -> None:
    """Seed 81: "the American's sudden upgraded offensive in the South China Sea" was 190 against
    China."""
    assert events_at(text, "2016-05-09") == []


def test_a_country_named_as_the_place_stays_the_target(events_at) -> None:
    found = events_at("Russia launched strikes in Syria.", "2016-05-09")
    assert {e.target.code for e in found} == {"SYR"}


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian police made 10 seizures and arrested 13 people working as drug mules.",
        "At least ten people were arrested by Mexican police in Tepito on May 30, in possession of "
        "bags of marijuana.",
        "Colombian police detained 12 people working as smugglers for the Gulf Clan.",
    ],
)
def test_people_held_as_part_of_a_crime_are_suspects(events_at, text) -> None:
    """Seed 81: "arrested 13 people working as drug mules" and "ten people were arrested ... in
    possession of a number of bags of marijuana" coded the people as civilians."""
    found = events_at(text, "2016-05-24")
    assert found and all(e.target.sector == "CRM" for e in found)


def test_people_working_at_a_trade_stay_civilians(events_at) -> None:
    found = events_at("Mexican police arrested 30 people working as street vendors.", "2016-05-24")
    assert [e.target.code for e in found] == ["MEXCVL"]


_CAMPAIGN = (
    "Clinton targets Trump.\\n\\nHillary Clinton spoke in Los Angeles on Monday. {} Donald Trump "
    "criticized Hillary Clinton on Tuesday."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Clinton is targeting Latino and black voters, who have typically backed her candidacy, "
        "as she campaigns across the state.",
        "Donald Trump is targeting working-class voters in Ohio.",
        "Bernie Sanders is targeting young voters in California.",
    ],
)
def test_targeting_voters_is_campaigning(pipeline, sentence) -> None:
    """Seed 81: "Clinton is targeting Latino and black voters" was criticism of the voters (111)."""
    text = _CAMPAIGN.format(sentence).replace("\\n", "\n")
    article = _article(pipeline, text, "2016-05-24")
    assert not [e for e in article.events if e.target.sector == "CVL"]
    assert "Hillary Clinton" in {e.target.actor for e in article.events if e.cameo == "111"}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia has mobilized pressure groups in the United States to help support the "
        "rights of Palestinians.",
        "Iran has mobilized pressure groups in Iraq.",
        "Qatar mobilized lobbyists in the United States.",
    ],
)
def test_only_forces_mobilised_make_a_mobilisation(events_at, text) -> None:
    """PLOVER dev, tune half: "Saudi Arabia has mobilized pressure groups in the United States"
    was a military mobilisation (154) against the United States."""
    assert not [e for e in events_at(text, "2016-05-24") if e.root == "15"]


def test_reservists_mobilised_against_a_country_are_a_mobilisation(events_at) -> None:
    found = events_at("Russia mobilized reservists against Ukraine.", "2016-05-24")
    assert [(e.cameo, e.target.code) for e in found] == [("154", "UKR")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A senior British minister reiterated that Libya must hand over alleged bombers of the "
         "U.S. airliner.", "LBY"),
        ("Egyptian President Hosni Mubarak said here Wednesday that the US must be ready to "
         "mediate between Israelis and Palestinians.", "USA"),
        ("The German chancellor said Iran must stop enriching uranium.", "IRN"),
    ],
)  # fmt: skip
def test_saying_another_must_act_is_a_demand(events_at, text, target) -> None:
    """PLOVER dev, tune half: "reiterated that Libya must hand over alleged bombers" and "said
    ... that the US must be ready to mediate" (DEMAND records) gave no event."""
    found = events_at(text, "2016-05-24")
    assert [(e.cameo, e.target.code) for e in found] == [("100", target)]


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama said the United States must lead.",
        "Donald Trump said he must win Florida.",
        "Hillary Clinton said Donald Trump must have known about the payments.",
        "Senator Ted Cruz said Chicago Mayor Rahm Emanuel must contend with the suggestion that "
        "the city sat on the tape.",
        "Donald Trump said on CNN that Jeb Bush has to bring his mother out and lug his mother "
        "around at 90 years old.",
    ],
)
def test_what_one_must_do_oneself_or_must_have_done_is_no_demand(events_at, text) -> None:
    assert not [e for e in events_at(text, "2016-05-24") if e.root == "10"]


@pytest.mark.parametrize(
    "text",
    [
        "Fox News asked Senator Ted Cruz to lay out his plan.",
        "CNN asked Donald Trump to explain his remarks about the judge.",
        "The New York Times asked Hillary Clinton to clarify her position.",
    ],
)
def test_an_interviewers_question_is_no_appeal(events_at, text) -> None:
    """Round 92's kinds: "Fox News host Sean Hannity asked Kasich to lay out" his plan was an
    appeal (020); a medium asking for an answer puts a question."""
    assert events_at(text, "2016-03-01") == []


def test_a_medium_asking_for_a_deed_still_appeals(events_at) -> None:
    found = events_at("CNN asked Donald Trump to apologize.", "2016-03-01")
    assert [e.cameo for e in found] == ["020"]


@pytest.mark.parametrize(
    ("dateline", "country"),
    [
        ("MANCHESTER, N.H. —", "USA"),
        ("CAMBRIDGE, Mass. (AP) —", "USA"),
        ("BIRMINGHAM, Ala. —", "USA"),
        ("MANCHESTER, England —", "GBR"),
        ("MANCHESTER —", "GBR"),
    ],
)
def test_a_datelines_region_says_which_city(pipeline, dateline, country) -> None:
    """Round 92: in "MANCHESTER, N.H. — The aides, led by campaign manager Terry Sullivan, told
    the group ..." the aides were British (GBRPTY): the dateline's region was dropped and
    Manchester read as the English city."""
    text = f"Aides meet.\n\n{dateline} The police arrested two men on Monday."
    article = _article(pipeline, text, "2016-01-24")
    assert [e.source.code for e in article.events] == [f"{country}COP"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Elizabeth Warren said Donald Trump was ignorant and criticized him for his "
        "remarks about her son.",
        "Senator Ted Cruz said Donald Trump was a liar and attacked him over his taxes.",
        "Hillary Clinton said Donald Trump was dangerous and denounced him.",
    ],
)
def test_a_deed_joined_to_a_judgement_is_the_speakers(events_at, text) -> None:
    """Round 92's kinds: "Ms. Khan said Trump was ignorant and criticized him" was coded as
    Trump criticizing (the parser joined "criticized" to "was ignorant")."""
    found = events_at(text, "2016-08-01")
    assert found and {e.target.actor for e in found} == {"Donald Trump"}


def test_a_deed_joined_to_a_judgement_with_a_named_object_keeps_the_parse(events_at) -> None:
    text = "Hillary Clinton said Donald Trump was dangerous and denounced Senator Ted Cruz."
    found = events_at(text, "2016-08-01")
    assert ("Donald Trump", "Ted Cruz") in {(e.source.actor, e.target.actor) for e in found}


# Our own reading of `dyads extract` on seed 82.


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's most notorious trafficker, Daniel Barrera Barrera, apparently began "
        "negotiations with the US, only to break them off later.",
        "The Sinaloa Cartel apparently began talks with the Mexican government in 2010.",
        "Russia seemingly launched strikes on Syrian rebels on Monday.",
    ],
)
def test_what_apparently_happened_is_no_deed(events_at, text) -> None:
    """Seed 82: "both apparently began negotiations with the US" was 046 both ways as done."""
    assert events_at(text, "2016-08-11") == []


@pytest.mark.parametrize(
    "text",
    [
        "The former governor of Quintana Roo, Mario Villanueva, served time in Mexico for "
        "protecting drug traffickers.",
        "Mexican police protected drug traffickers in Tamaulipas for years.",
        "Colombian soldiers provided weapons to drug traffickers.",
    ],
)
def test_help_to_criminals_is_no_aid(events_at, text) -> None:
    """Seed 82: "served time in Mexico for protecting drug traffickers" was military protection
    (074) given to the traffickers."""
    assert not [e for e in events_at(text, "2016-08-11") if e.root == "07"]


def test_aid_to_a_country_stays_aid(events_at) -> None:
    found = events_at("Colombia provided weapons to Ecuador.", "2016-08-11")
    assert [e.root for e in found] == ["07"]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier in the political season, Senator Ted Cruz was critical of all the candidates "
        "seeking the GOP nomination.",
        "Earlier in the campaign, Donald Trump attacked Senator Ted Cruz.",
        "Earlier in the primary season, Hillary Clinton criticized Bernie Sanders.",
    ],
)
def test_earlier_in_a_span_has_no_day(events_at, text) -> None:
    """Seed 82: "Earlier in the political season, Davis ... was critical of all the candidates"
    took the publication day."""
    found = events_at(text, "2016-08-11")
    assert found and all(e.date is None for e in found)


def test_earlier_in_the_day_is_the_storys_day(events_at) -> None:
    found = events_at("Earlier in the day, Senator Ted Cruz criticized Donald Trump.", "2016-08-11")
    assert [e.date.start for e in found] == ["2016-08-11"]


@pytest.mark.parametrize(
    "text",
    [
        "The Holocaust Memorial Museum in Washington issued a report this month charging the "
        "Islamic State with crimes against humanity.",
        "The Carter Center in Atlanta accused Venezuela of fraud.",
        "The Hoover Institution in California issued a report accusing Russia of hacking.",
    ],
)
def test_a_body_of_no_known_kind_in_a_country_is_not_the_state(events_at, text) -> None:
    """Seed 82: "The Holocaust Memorial Museum in Washington" was the United States (USA)."""
    assert not [e for e in events_at(text, "2016-08-11") if e.source.code in ("USA",)]


def test_people_in_a_country_are_its_people(events_at) -> None:
    found = events_at(
        "Opposition parties in Nepal criticized the government of India.", "2016-08-11"
    )
    assert {e.source.code for e in found} == {"NPLOPP"}


def test_a_name_hung_after_an_adjective_conjunct_is_a_party(pipeline) -> None:
    """New user's trial (session 23): under a headline, "Sudan's army and the paramilitary Rapid
    Support Forces agreed on Friday to a 30-day ceasefire" lost its event: the parser made
    "paramilitary" the conjunct and the name an apposition."""
    text = (
        "Sudan's warring sides agree to 30-day ceasefire in Doha talks\n\nDOHA, May 3 (Reuters) - "
        "Sudan's army and the paramilitary Rapid Support Forces agreed on Friday to a 30-day "
        "ceasefire after talks mediated by Qatar and the United States, Qatar's foreign ministry "
        "said."
    )
    article = _article(pipeline, text, "2024-05-03")
    pairs = {(e.source.code, e.target.code) for e in article.events}
    assert {("SDNMIL", "SDNUAF"), ("SDNUAF", "SDNMIL")} <= pairs


_STORY = (
    "Barbs and pleas before N.H. vote.\n\nINTENSE CAMPAIGNING ON BOTH SIDES.\n\n"
    "Trump, Sanders lead; primary unlikely to settle race.\n\n"
    "MANCHESTER, N.H. - {lead}\n\n"
    "Donald Trump held a sizable lead in the Republican race after finishing second in Iowa a "
    "week ago.\n\n{deed}"
)


@pytest.mark.parametrize(
    ("lead", "deed"),
    [
        ("With a snowstorm bearing down, presidential candidates scurried across New Hampshire on "
         "Monday, leveling attacks against one another while pleading with voters for their "
         "support in Tuesday's primary election.",
         "Jeb Bush fired at Donald Trump and Senator Ted Cruz."),
        ("Presidential candidates crossed New Hampshire on Monday, trading attacks before "
         "Tuesday's primary election, which appeared likely to settle little.",
         "Senator Ted Cruz slammed Donald Trump."),
        ("The Republican candidates campaigned across New Hampshire on Monday, one day before "
         "Tuesday's primary election in the state.",
         "Donald Trump attacked Senator Ted Cruz."),
    ],
)  # fmt: skip
def test_a_deed_after_the_lead_takes_the_occasions_day(pipeline, lead, deed) -> None:
    """Round 94: in a story whose lead tells of a Monday of attacks, "Jeb Bush fired at Trump,
    Ted Cruz, John Kasich and Marco Rubio" took the publication day (header lines left in the
    body were read as the lead, "a week ago" as the story moving on, "Tuesday's primary" as a
    second day of the lead)."""
    text = _STORY.format(lead=lead, deed=deed)
    article = _article(pipeline, text, "2016-02-09")
    found = [e for e in article.events if e.cameo == "111"]
    assert found and {e.date.start for e in found} == {"2016-02-08"}


def test_a_deed_after_a_lead_with_no_day_keeps_the_publication_day(pipeline) -> None:
    text = _STORY.format(
        lead="Presidential candidates crossed New Hampshire, trading attacks before the primary "
        "election, which appeared likely to settle little.",
        deed="Senator Ted Cruz slammed Donald Trump.",
    )
    article = _article(pipeline, text, "2016-02-09")
    assert {e.date.start for e in article.events if e.cameo == "111"} == {"2016-02-09"}


# Blind audit, round 94 (fresh seed 80).


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton provided the State Department with paper copies of the emails.",
        "The Mexican government provided the United States with a list of suspects.",
        "Russia provided Iraq with documents on the attack.",
    ],
)
def test_papers_handed_over_are_no_aid(events_at, text) -> None:
    """Round 94: "before she provided them with paper copies" of her emails was aid (070)."""
    assert not [e for e in events_at(text, "2016-05-24") if e.root == "07"]


def test_weapons_provided_are_aid(events_at) -> None:
    found = events_at("The United States provided Ukraine with weapons.", "2016-05-24")
    assert [e.root for e in found] == ["07"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1970, construction workers joined bankers in lower Manhattan to physically assault "
        "anti-war protesters.",
        "Construction workers physically assaulted anti-war protesters in Manhattan.",
        "American construction workers violently attacked anti-war protesters in 1970.",
    ],
)
def test_a_physical_assault_by_unarmed_people_stays_force(events_at, text) -> None:
    """Round 94: "construction workers joined bankers ... to physically assault anti-war
    protesters" was criticism (111)."""
    found = events_at(text, "2016-05-24")
    assert found and all(e.root in ("18", "19") for e in found)


def test_an_attack_between_candidates_stays_words(events_at) -> None:
    found = events_at("Hillary Clinton attacked Donald Trump on Monday.", "2016-05-24")
    assert [e.cameo for e in found] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton's husband, Bill, accused Bernie Sanders of sexism on Sunday.",
        "Bernie Sanders's wife, Jane, accused Hillary Clinton of lying on Sunday.",
        "Donald Trump's daughter, Ivanka, accused Hillary Clinton of lying on Sunday.",
    ],
)
def test_a_relative_of_no_known_role_is_not_the_state(events_at, text) -> None:
    """Round 94: "Clinton's husband, Bill, ... accusing Sanders's followers of sexism" had the
    United States itself (USA) as its source."""
    assert not [e for e in events_at(text, "2016-02-09") if e.source.code == "USA"]


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders will back Hillary Clinton, eventually, former rival says.",
        "Russia will attack Ukraine in the spring, analysts say.",
        "Donald Trump will endorse Senator Ted Cruz, a pollster says.",
    ],
)
def test_a_forecasters_future_is_no_intent(events_at, text) -> None:
    """Round 94: the headline "Sanders will back Clinton, eventually, former rival says" was
    Sanders's intent to support Clinton (032)."""
    assert not [e for e in events_at(text, "2016-05-24") if e.root in ("03", "13")]


def test_an_announcement_stays_an_intent(events_at) -> None:
    text = "The Albanian embassy said German Foreign Minister Joschka Fischer will visit Albania."
    assert [e.root for e in events_at(text, "2016-05-24")] == ["03"]


@pytest.mark.parametrize(
    "text",
    [
        "Popular Christian and corporate speaker Lance Wallnau believes he has a word from the "
        "Lord for Donald Trump.",
        "Motivational speaker Tony Robbins praised Donald Trump on Monday.",
        "The keynote speaker, John Smith, criticized Hillary Clinton.",
    ],
)
def test_a_common_speaker_is_no_legislator(pipeline, text) -> None:
    """Round 93: "Popular Christian and corporate speaker Lance Wallnau" was coded as a
    legislator (the Speaker's title)."""
    article = _article(pipeline, f"A speaker.\n\n{text}", "2015-11-10")
    assert not [m for m in article.mentions if m.sector == "LEG"]


def test_the_speaker_of_a_house_stays_a_legislator(pipeline) -> None:
    text = "Ryan speaks.\n\nHouse speaker Paul Ryan criticized Donald Trump."
    article = _article(pipeline, text, "2016-06-10")
    assert "USALEG" in {m.code for m in article.mentions if m.actor == "Paul Ryan"}


@pytest.mark.parametrize(
    ("text", "who", "code"),
    [
        ("The Cuba-born senator Ted Cruz criticized Donald Trump.", "Ted Cruz", "USALEG"),
        ("The Cuba-born Republican senator Marco Rubio attacked Hillary Clinton.", "Marco Rubio",
         "USALEG"),
        ("The Kenya-born father of President Barack Obama was an economist.", "Barack Obama",
         "USAGOV"),
    ],
)  # fmt: skip
def test_a_birthplace_is_a_place(pipeline, text, who, code) -> None:
    """Own reading of round 94: "Cuba-born" coded Cuba as an actor (CUB), and a "Cuba-born
    senator" as a Cuban legislator."""
    article = _article(pipeline, f"Born.\n\n{text}", "2016-06-10")
    born = [m for m in article.mentions if m.text in ("Cuba", "Kenya")]
    assert born and all(m.code is None for m in born)
    assert code in {m.code for m in article.mentions if m.actor == who}


def test_a_country_acting_stays_an_actor(pipeline) -> None:
    text = "Cuba speaks.\n\nCuba criticized the United States on Monday."
    article = _article(pipeline, text, "2016-06-10")
    assert "CUB" in {m.code for m in article.mentions}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Colombian police Colonel Ricardo Alarcon said the gang was dismantled.", "COLCOP"),
        ("Mexican police Captain Juan Lopez arrested two men.", "MEXCOP"),
        ("Colombian police Gen. Oscar Naranjo praised the operation.", "COLCOP"),
        ("Colombian Army Colonel Juan Perez praised the operation.", "COLMIL"),
    ],
)
def test_a_police_rank_is_the_polices(pipeline, text, code) -> None:
    """Round 94: "police Colonel Ricardo Alarcon" was coded military (COLMIL)."""
    article = _article(pipeline, f"Police.\n\n{text}", "2016-06-10")
    assert [m.code for m in article.mentions if m.kind == "person"][:1] == [code]


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Sudan's army and the paramilitary Rapid Support Forces fought in Darfur. RSF commander "
         "Mohamed Hamdan Dagalo accused the army of shelling El Fasher.", "NGOHRIRWB"),
        ("Officers of the Mexican Special Forces raided a ranch. MSF commander Juan Lopez accused "
         "the Zetas of killing two officers.", "NGOHLHMSF"),
        ("The Indian Cricket Council met on Monday. ICC chief Ravi Shastri criticized Pakistan.",
         "IGOINTICC"),
    ],
)  # fmt: skip
def test_an_acronym_the_text_spells_out_is_its_own_body(pipeline, text, forbidden) -> None:
    """New user's trial (session 23): "RSF commander Mohamed Hamdan Dagalo" in a story of the
    Rapid Support Forces was Reporters Without Borders (NGOHRIRWB)."""
    article = _article(pipeline, f"News.\n\n{text}", "2024-05-03")
    assert forbidden not in {m.code for m in article.mentions}
    assert forbidden not in {e.source.code for e in article.events}


def test_an_acronym_the_text_does_not_spell_out_keeps_its_entry(pipeline) -> None:
    text = "Press freedom.\n\nRSF said Mexico was the most dangerous country for journalists."
    article = _article(pipeline, text, "2024-05-03")
    assert "NGOHRIRWB" in {m.code for m in article.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania expelled Russia's ambassador on Tuesday.",
        "Russia ordered Lithuania's charge d'affaires to leave Moscow on Wednesday.",
        "Venezuela expelled the Spanish charge d'affaires on Monday.",
    ],
)
def test_a_diplomat_expelled_reduces_relations(events_at, text) -> None:
    """New user's trial (session 23): "Lithuania expelled Russia's ambassador" was 166 (the
    withdrawal of peacekeepers, inspectors or aid agencies), where "ordered the French ambassador
    to leave" was 161; the chargé d'affaires ordered out was lost."""
    assert [e.cameo for e in events_at(text, "2024-03-12")] == ["161"]


def test_journalists_expelled_are_no_diplomats(events_at) -> None:
    found = events_at("The Mexican government expelled two Guatemalan journalists.", "2024-03-12")
    assert "161" not in {e.cameo for e in found}
