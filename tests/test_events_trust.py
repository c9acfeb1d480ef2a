"""Events you can trust (the events issue): each input that failed, and two paraphrases of ours.

Every sentence goes through the actors, quotes and events stages with the shipped scorer and
its default threshold, as ``dyads extract`` runs them. Each case stands for a kind of fault:
a reporting clause coded as an event, a stop of aid missed, a refusal flagged negated, a target
taken from a nearby name, a duty missed, a compound subject not paired, dates from another
clause.
"""

from __future__ import annotations

import pytest

from dyads.records import Event

PUBLISHED = "2024-05-10"  # a Friday


@pytest.fixture(scope="module")
def events_of(events_at):
    return lambda text, published=PUBLISHED: events_at(text, published)


def coded(events: list[Event]) -> set[tuple[str, str, str]]:
    return {
        (e.source.country or e.source.code or "", e.target.country or "", e.root) for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "Germany's foreign minister said on Monday that the next NATO summit would take place "
        "in Washington in July.",
        "France's defence minister told reporters on Friday that the next EU summit will be held "
        "in Brussels in March.",
        "Japan's prime minister said on Tuesday that the G7 meeting would take place in Hiroshima "
        "next May.",
        "The US military said on Sunday that it had completed the exercise.",
        "State media reported that the president had returned to the capital.",
        "Turkish officials said the talks were constructive.",
    ],
)
def test_a_statement_is_a_quotation_not_an_event(events_of, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The US armed forces are delaying an aid delivery to Haiti.", "USAMIL", "HTI"),
        ("Washington has delayed a shipment of military aid to Ukraine.", "USAGOV", "UKR"),
        ("The European Commission is withholding funding from Hungary.", "IGOEUREEC", "HUN"),
    ],
)
def test_delaying_or_withholding_aid_reduces_relations(
    events_of, text: str, source: str, target: str
) -> None:
    events = events_of(text)
    assert [(e.source.code, e.target.country, e.root) for e in events] == [(source, target, "16")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The EU said it won't lift sanctions on Belarus.", "IGOEUREEC", "BLR"),
        ("Canada said it will not ease sanctions on Iran.", "CAN", "IRN"),
        ("The United States won't lift its embargo on Cuba.", "USA", "CUB"),
    ],
)
def test_a_refusal_is_the_refusal_code_and_not_negated(
    events_of, text: str, source: str, target: str
) -> None:
    (event,) = events_of(text)
    assert (event.source.code, event.target.code, event.root) == (source, target, "12")
    assert not event.negated
    assert event.date is not None and event.date.basis == "published"


@pytest.mark.parametrize(
    ("text", "accuser", "accused", "victim", "incident_day"),
    [
        (
            "The Philippines accused China's coast guard of firing water cannon at a Philippine "
            "supply boat near Second Thomas Shoal last Tuesday.",
            "PHL", "CHN", "PHL", "2024-05-07",
        ),
        (
            "Vietnam accused China's navy of ramming a Vietnamese fishing boat near the Paracel "
            "Islands last Sunday.",
            "VNM", "CHN", "VNM", "2024-05-05",
        ),
        (
            "Ukraine accused Russia of shelling a Ukrainian border town on Friday.",
            "UKR", "RUS", "UKR", "2024-05-10",
        ),
    ],
)  # fmt: skip
def test_an_accusation_and_the_incident_it_reports(
    events_of, text: str, accuser: str, accused: str, victim: str, incident_day: str
) -> None:
    events = events_of(text)
    accusation = [e for e in events if e.cameo == "112"]
    incident = [e for e in events if e.quad_class == 4]
    assert [(e.source.country, e.target.country) for e in accusation] == [(accuser, accused)]
    # the accuser never assaults its own boat
    assert [(e.source.country, e.target.country) for e in incident] == [(accused, victim)]
    # the accusation is dated by its own clause (none: publication), the incident by its own
    assert accusation[0].date.basis == "published"
    assert incident[0].date.start == incident_day and incident[0].date.basis == "text"


@pytest.mark.parametrize(
    ("text", "source", "target", "day"),
    [
        (
            "China on Tuesday imposed temporary anti-dumping duties of 75.8 percent on Canadian "
            "canola seed.",
            "CHN", "CAN", "2024-05-07",
        ),
        ("The United States on Monday imposed tariffs of 25 percent on Chinese steel.",
         "USA", "CHN", "2024-05-06"),
        ("India imposed anti-dumping duties on Chinese solar glass on Friday.",
         "IND", "CHN", "2024-05-10"),
    ],
)  # fmt: skip
def test_duties_and_tariffs(events_of, text: str, source: str, target: str, day: str) -> None:
    (event,) = events_of(text)
    assert (event.source.country, event.target.country, event.root) == (source, target, "16")
    assert (event.date.start, event.date.basis) == (day, "text")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Armenia and Azerbaijan agreed on Thursday to resume talks on delimiting their border.",
         "ARM", "AZE"),
        ("Serbia and Kosovo agreed on Monday to resume talks on normalising relations.",
         "SRB", "XKX"),
        ("Ethiopia and Egypt agreed to resume negotiations over the dam.", "ETH", "EGY"),
    ],
)  # fmt: skip
def test_an_agreement_between_a_compound_subject_goes_both_ways(
    events_of, text: str, a: str, b: str
) -> None:
    events = events_of(text)
    assert {(e.source.country, e.target.country) for e in events} == {(a, b), (b, a)}
    assert all(e.root in ("03", "04") and e.quad_class == 1 for e in events)
    assert "010" not in {e.cameo for e in events}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Moldova and France signed a defence cooperation agreement on Thursday, the Moldovan "
         "government said.", "MDA", "FRA"),
        ("Poland and Ukraine signed a security agreement on Wednesday, the Polish government "
         "said.", "POL", "UKR"),
        ("Kenya and Tanzania signed a trade deal on Monday.", "KEN", "TZA"),
    ],
)  # fmt: skip
def test_a_signing_between_a_compound_subject_goes_both_ways(
    events_of, text: str, a: str, b: str
) -> None:
    events = events_of(text)
    assert coded(events) == {(a, b, "05"), (b, a, "05")}
    assert {e.cameo for e in events} == {"057"}


@pytest.mark.parametrize(
    "text",
    [
        "Sanders planned to rally in Ann Arbor on Sunday.",
        "Investigators want to establish whether Trump withheld aid from Ukraine.",
        "Did Russia attack Ukraine?",
        "A breakthrough in the talks between Israel and Hamas has remained just out of reach.",
        "If China invades Taiwan, the United States will respond.",
    ],
)
def test_planned_questioned_hypothetical_events_are_not_coded_as_real(events_of, text) -> None:
    assert all(e.root not in ("14", "07", "18", "19", "05") for e in events_of(text))


# --- kinds the blind audit found (each with two paraphrases of ours) ---


@pytest.mark.parametrize(
    "text",
    [
        "The American Medical Association agrees with Dean.",
        "The Kremlin agrees with Beijing.",
        "Germany agreed with France on Monday.",
    ],
)
def test_agreeing_with_someone_is_an_opinion_not_an_intent(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.root == "03"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Dominicans arrive in Uruguay from Santo Domingo with false documents.",
        "Bolivian traffickers travel to Peru every month.",
        "Honduran families travelled to Mexico last year.",
    ],
)
def test_people_on_the_move_make_no_official_visit(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.root == "04"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump appeared to break down walls with Mexico.",
        "Merkel broke the ice with Macron in Paris.",
        "The French team broke records in Spain.",
    ],
)
def test_breaking_anything_but_ties_is_no_break_in_relations(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.root == "16"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Berlin is nearing a deal that would see Germany send tanks to Ukraine.",
        "They discussed an agreement that could see Russia release prisoners to Ukraine.",
        "Officials described a plan that might see France send troops to Mali.",
    ],
)
def test_what_a_deal_would_see_happen_has_not_happened(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.root in ("07", "08", "15")] == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "In the US race, Republican nominee Donald Trump attacked Democrat Hillary Clinton.",
            "11",
        ),
        ("Democrat Bernie Sanders attacked Republican candidate Ted Cruz in Iowa.", "11"),
        ("Israel attacked Iran.", "19"),
    ],
)
def test_politicians_attack_in_words_states_with_force(events_of, text: str, root: str) -> None:
    assert {e.root for e in events_of(text)} == {root}


@pytest.mark.parametrize(
    "text",
    [
        "Sanders says his private meeting with Pope Francis is not an endorsement.",
        "Trump's trip to Mexico was something of a Hail Mary.",
        "The summit between Russia and China was a success for both.",
    ],
)
def test_an_event_talked_about_again_is_not_reported_again(events_of, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "GOP presidential candidate Dr. Ben Carson says Democrat Hillary Clinton is not fit to "
        "serve as President of the United States.",
        "In the US race, Republican candidate Ted Cruz said Democrat Hillary Clinton was a liar.",
        "Democrat Bernie Sanders blasted Democrat Hillary Clinton in Iowa on Monday.",
    ],
)
def test_two_people_under_one_code_are_a_dyad(events_of, text: str) -> None:
    # in the 2016 primaries: in 2024 the office-holder table knows Sanders and Cruz as senators
    # (USALEG), which outranks a party word (round 44)
    events = events_of(text, "2016-01-29")
    assert [(e.source.code, e.root, e.target.code) for e in events] == [("USAPTY", "11", "USAPTY")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia, which supports the Syrian government, sent more warplanes on Monday.",
        "Forty percent of Russian voters support the Kremlin, a poll found.",
        "Republican senators who oppose Democrat Hillary Clinton met in Washington on Monday.",
    ],
)
def test_a_simple_present_that_describes_is_no_event(events_of, text: str) -> None:
    assert {e.root for e in events_of(text)} & {"05", "12"} == set()


def test_a_past_act_of_support_is_still_an_event(events_of) -> None:
    assert ("DEU", "FRA", "05") in coded(events_of("Germany backed France on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "Democrat Bernie Sanders trashed Republican candidate Ted Cruz in Iowa on Monday.",
        "The Chinese government ridiculed Japan on Tuesday.",
        "Iran's foreign minister excoriated Israel on Monday.",
    ],
)
def test_the_press_words_for_criticising_are_criticism(events_of, text: str) -> None:
    assert {e.root for e in events_of(text)} == {"11"}


@pytest.mark.parametrize(
    "text",
    [
        "The American people have given Republican candidate Donald Trump a real shot.",
        "The summit gave Germany a chance to lead.",
        "Voters gave the Indian government a mandate to reform.",
    ],
)
def test_giving_anything_but_aid_is_no_aid(events_of, text: str) -> None:
    assert {e.root for e in events_of(text)} & {"07"} == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United States gave Ukraine $500 million in military aid on Monday.", "071"),
        ("China provided Pakistan with loans.", "070"),
        ("Germany provided weapons to Ukraine.", "072"),
    ],
)
def test_aid_given_is_aid(events_of, text: str, code: str) -> None:
    assert [e.cameo for e in events_of(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "In 2007, Benjamin Netanyahu met Vladimir Putin in Moscow.",
        "In 2005, Volodymyr Zelensky criticized Russia.",
        "In 2003, Volodymyr Zelensky met Vladimir Putin.",
    ],
)
def test_an_office_held_only_later_codes_no_earlier_event(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.date and e.date.basis == "text"] == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # blind audit, round 5: missed, as Obama was coded by his later office
        ("And in 2008, Hillary Clinton slammed Barack Obama as elitist.", "USAPTY", "USAPTY"),
        ("In 2008, Barack Obama criticized Hillary Clinton.", "USAPTY", "USAPTY"),
        ("In 2010, Hillary Clinton criticized Barack Obama.", "USAGOV", "USAGOV"),
    ],
)
def test_a_person_is_coded_by_the_office_held_on_the_events_date(events_of, text, source, target):
    events = [e for e in events_of(text, "2016-07-27") if e.root == "11"]
    assert [(e.source.code, e.target.code) for e in events] == [(source, target)]


def test_an_office_held_at_the_time_still_codes(events_of) -> None:
    (event,) = [e for e in events_of("In 2020, Vladimir Putin criticized Ukraine.")]
    assert (event.source.code, event.root, event.date.start[:4]) == ("RUSGOV", "11", "2020")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("They met again in July 2020, when Vladimir Putin was visiting Turkey.", "2020-07"),
        ("Talks collapsed on 3 March 2021, when Russia expelled the British ambassador.",
         "2021-03-03"),
        ("On Monday, while Iran attacked Israel, diplomats met in Geneva.", "2024-05-06"),
    ],
)  # fmt: skip
def test_a_when_clause_shares_the_time_it_hangs_off(events_of, text: str, day: str) -> None:
    events = events_of(text)
    assert events and all(e.date.start.startswith(day) for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Since December, 71 Colombian police officers backed by the United States have been "
        "suspended.",
        "Syrian forces supported by Russia shelled Idlib on Monday.",
        "The Colombian army, backed by the United States, attacked FARC rebels.",
    ],
)
def test_an_attitude_participle_says_who_not_what_was_done(events_of, text: str) -> None:
    assert {e.root for e in events_of(text)} & {"05"} == set()


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Russia's foreign minister took a swipe at the United States on Monday.", "11"),
        ("Iran's president took a jab at Saudi Arabia.", "11"),
        ("The Chinese government ripped Japan's defence minister on Tuesday.", "11"),
        ("Germany's chancellor vouched for France's president.", "05"),
    ],
)
def test_idioms_of_praise_and_blame(events_of, text: str, root: str) -> None:
    assert {e.root for e in events_of(text)} == {root}


@pytest.mark.parametrize(
    "text",
    [
        "More recent controversies include attempts by some military personnel to sabotage peace "
        "negotiations between the Colombian government and FARC guerrillas.",
        "The fatigue in the Syrian and Yemeni wars could lead to accords.",
        "His pledge to be neutral during peace talks between Israel and the Palestinians drew "
        "criticism.",
    ],
)
def test_an_event_noun_only_named_is_not_reported(events_of, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Peace talks between Israel and Egypt began in Cairo on Monday.", "04"),
        ("Israel held talks with Egypt on Monday.", "04"),
        ("Three soldiers were killed in clashes between Israel and Hamas on Monday.", "19"),
    ],
)
def test_an_event_noun_the_clause_reports_is_an_event(events_of, text: str, root: str) -> None:
    assert {e.root for e in events_of(text)} == {root}


@pytest.mark.parametrize(
    "text",
    [
        "In the US race, Republican candidate Donald Trump beat Republican candidate Ted Cruz by "
        "22 points.",
        "Democrat Bernie Sanders defeated Democrat Hillary Clinton in Michigan.",
        "In the US race, Republican candidate Ted Cruz edged Republican candidate Marco Rubio.",
    ],
)
def test_a_win_at_the_polls_is_no_assault(events_of, text: str) -> None:
    assert {e.root for e in events_of(text)} & {"18", "19"} == set()


def test_armed_forces_that_beat_back_an_attack_still_fight(events_of) -> None:
    assert {e.root for e in events_of("Ukrainian troops beat Russian forces near Kharkiv.")} \
        & {"18", "19"}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Republican candidate Donald Trump urged the Manhattan mogul to release the audio tapes.",
        "Russia's foreign minister criticized the Washington consultant on Monday.",
        "Mexico's president praised the Texas rancher on Monday.",
    ],
)
def test_a_place_that_says_which_is_not_the_side(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.target.code in ("USA", None)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gandara was arrested in Belize by agents from the US Drug Enforcement Administration.",
        "Two men were detained in Colombia by US agents on Monday.",
        "Three journalists were arrested in Turkey by Turkish police.",
    ],
)
def test_where_someone_was_arrested_is_not_whom(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.target.text in ("Belize", "Colombia", "Turkey")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Germany has yet to recognize Kosovo.",
        "France has yet to criticize Russia over the attack.",
        "The European Union is yet to sanction Iran.",
    ],
)
def test_what_has_yet_to_happen_has_not_happened(events_of, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If the reports are true, Russia is attacking Ukraine.",
        "If it is confirmed, China is violating sanctions on North Korea.",
        "Farmers need help when they are attacked by Israeli settlers.",
    ],
)
def test_what_holds_only_under_a_condition_is_not_reported(events_of, text: str) -> None:
    assert events_of(text) == []


def test_a_threat_keeps_its_condition(events_of) -> None:
    events = events_of("Israel threatened to attack Iran unless talks resume.")
    assert [(e.source.code, e.root, e.target.code) for e in events] == [("ISR", "13", "IRN")]


@pytest.mark.parametrize(
    "text",
    [
        "If its claims are true, North Korea is violating its agreement with South Korea.",
        "North Korea is breaking its treaty with South Korea.",
        "Iran's alliance with Russia worries Israel.",
    ],
)
def test_a_standing_agreement_possessed_is_no_signing(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.root in ("05", "03")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Speaker Mike Johnson on Tuesday called Joe Biden's remarks about a Texas judge racist.",
        "Germany called Russia's decision a provocation.",
        "The Chinese foreign ministry called Japan's remarks irresponsible.",
    ],
)
def test_calling_someones_words_a_name_criticises_them(events_of, text: str) -> None:
    assert {e.root for e in events_of(text)} == {"11"}


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, Hillary Clinton unloaded on the Washington Post during a media breakfast.",
        "Donald Trump took aim at Hillary Clinton on Friday.",
        "On Friday, Ted Cruz unloaded on Donald Trump at a rally in Iowa.",
    ],
)
def test_the_press_idioms_for_criticising(events_of, text: str) -> None:
    assert [e.root for e in events_of(text, "2016-01-29")] == ["11"]


def test_unloading_goods_is_no_criticism(events_of) -> None:
    assert events_of("Mexican workers unloaded the Chinese trucks on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton has taken a swipe at Donald Trump's stance on Brexit.",
        "Hillary Clinton criticized Donald Trump's stance on trade.",
        "Ted Cruz attacked Donald Trump's record on immigration.",
    ],
)
def test_criticising_another_persons_stance_targets_that_person(events_of, text: str) -> None:
    events = events_of(text, "2016-02-01")  # all three were candidates then
    assert [(e.root, e.target.actor) for e in events] == [("11", "Donald Trump")]


def test_criticising_ones_own_stance_is_no_event(events_of) -> None:
    assert events_of("Donald Trump criticized his own stance on trade.", "2016-06-26") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ELN has resisted the Colombian government for more than five decades.",
        "The FARC has fought the Colombian army for years.",
        "Hamas has opposed Israel for decades.",
    ],
)
def test_a_standing_state_over_years_is_no_event(events_of, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "According to officials consulted by the New York Times, the money fomented crime.",
        "According to diplomats briefed by Russia, the talks failed.",
        "According to sources cited by the Colombian army, the rebels fled.",
    ],
)
def test_the_attribution_phrase_is_no_event(events_of, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Senator Kelly Ayotte used a closed-door luncheon to complain that Donald Trump's "
        "comments were obscuring the party's message and urged Senator Jeff Sessions to tell "
        "Donald Trump to drop his attacks.",
        "Hillary Clinton complained that Donald Trump's ads were hurting her campaign and urged "
        "Bernie Sanders to answer them.",
        "Ted Cruz said that Donald Trump's remarks were hurting the party and criticized Marco "
        "Rubio for his silence.",
    ],
)
def test_a_past_verb_joined_to_a_reported_clause_is_not_its_subjects_act(events_of, text):
    events = events_of(text, "2016-02-01")
    assert all(e.source.actor != "Donald Trump" for e in events), events


def test_a_progressive_and_a_past_verb_at_the_top_share_their_subject(events_of) -> None:
    events = events_of("Russian troops were shelling Kyiv and attacked Ukraine's army.")
    assert any(e.source.code == "RUSMIL" and e.target.code == "UKRMIL" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Back in 1988, Michigan and Ohio supported Michael Dukakis.",
        "Donald Trump then flew to Maine to hold a rally.",
        "Ohio backed Donald Trump in the primary.",
    ],
)
def test_a_state_of_the_other_sides_own_country_is_no_side(events_of, text: str) -> None:
    assert events_of(text, "2016-09-01") == []


def test_a_foreign_state_visited_stands_for_its_country(events_of) -> None:
    events = events_of("Mexico's top diplomat will visit California amid strained relations.")
    assert [(e.source.code, e.target.code) for e in events] == [("MEXGOV", "USA")]


def test_a_capital_visited_still_stands_for_its_country(events_of) -> None:
    (event,) = events_of("Vladimir Putin flew to Kyiv on Monday.")
    assert (event.root, event.target.code) == ("04", "UKR")


@pytest.mark.parametrize(
    "text",
    [
        "The former governor of Quintana Roo, Mario Villanueva, served time in Mexico for "
        "protecting drug traffickers, and was later extradited to the U.S.",
        "Former Mexican governor Mario Villanueva served time in Mexico and was later "
        "extradited to the United States.",
        "The former Colombian senator served time in Colombia and was later extradited to Spain.",
    ],
)
def test_a_passive_joined_to_an_active_does_not_make_its_subject_the_doer(events_of, text):
    events = events_of(text)
    assert all(e.root not in ("06", "17") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The Zetas are also known to threaten journalists in Mexico.",
        "The Sinaloa Cartel is known to bribe Mexican police officers.",
        "Hamas is notorious for attacking Israeli civilians.",
    ],
)
def test_what_a_group_is_known_for_is_no_event(events_of, text: str) -> None:
    assert events_of(text) == []


def test_a_perfect_and_a_past_verb_in_a_reported_clause_share_their_subject(events_of) -> None:
    text = (
        "A Turkish court has released German journalist Mesale Tolu after eight months in "
        "prison but barred her from leaving Turkey, German officials said Monday."
    )
    assert any(e.root == "17" and e.source.code == "TURJUD" for e in events_of(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mali's military junta on Wednesday ordered the French ambassador to leave the country "
         "within 72 hours.", "FRAGOV"),
        ("Russia ordered two Polish diplomats to leave within a week.", "POLGOV"),
        ("Niger's junta ordered the French envoy out of the country on Friday.", "FRAGOV"),
    ],
)  # fmt: skip
def test_ordering_a_diplomat_out_is_reducing_relations(events_of, text: str, target: str):
    assert [(e.cameo, e.target.code) for e in events_of(text)] == [("161", target)]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary on Friday did not sign a joint EU statement condemning China.",
        "Hungary blocked an EU statement condemning China.",
        "Russia vetoed a UN resolution condemning Israel's raids on Gaza.",
    ],
)
def test_what_an_unmade_text_says_is_not_done(events_of, text: str) -> None:
    assert all(e.root != "11" for e in events_of(text)), events_of(text)


# -- blind audit, round 9 -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ohio Gov. John Kasich won his home state on Tuesday. The Ohio governor beat back a "
        "challenge from Donald Trump in a home-state election Tuesday that keeps Kasich's "
        "underdog campaign alive.",
        "Gov. John Kasich of Ohio beat Donald Trump in Tuesday's primary vote.",
        "Ohio Gov. John Kasich defeated Donald Trump in the race for Ohio's delegates on Tuesday.",
    ],
)
def test_a_governor_beating_a_candidate_at_the_polls_is_no_assault(events_of, text):
    assert not [e for e in events_of(text, "2016-03-15") if e.root == "18"]


def test_police_beating_protesters_is_still_an_assault(events_of):
    # force still (the guard of "beat" at the polls above); since blind audit round 47, the
    # security forces' force against protesters is coded as repression, 17 (175), not 18
    events = events_of("Venezuelan police beat protesters in Caracas on Monday.")
    assert ("VEN", "VEN", "17") in coded(events)


@pytest.mark.parametrize(
    "text",
    [
        "The cartel delivered the cocaine to Guatemala.",
        "The cartel sent the cocaine to the Zetas in Mexico.",
        "The gang delivered five tons of marijuana to Honduras.",
    ],
)
def test_drugs_sent_or_delivered_are_no_aid(events_of, text):
    """Blind audit, round 9: "managed to send up to five tons of cocaine to Ciudad del Carmen"
    coded 070 provide aid."""
    assert not [e for e in events_of(text) if e.root == "07"]


def test_aid_and_troops_sent_stay_events(events_of):
    assert ("DEU", "UKR", "07") in coded(events_of("Germany sent aid to Ukraine."))
    assert ("RUS", "SYR", "15") in coded(events_of("Russia sent troops to Syria."))


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela fought Colombia for Makled's immediate extradition.",
        "Mexico fought the United States for the return of the drug lord.",
        "Peru fought Chile for the right to the disputed waters in court.",
    ],
)
def test_fighting_a_country_for_something_is_no_force(events_of, text):
    assert not [e for e in events_of(text) if e.root == "19"]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Bill Nelson joined Hillary Clinton at the memorial outside the club.",
        "Britain joined the coalition against Iran.",
        "Senator Marco Rubio suspended his campaign against Donald Trump on Tuesday.",
    ],
)
def test_joining_a_person_or_suspending_a_campaign_is_no_event(events_of, text):
    """Blind audit, round 9: "Clinton was joined by Sen. Bill Nelson … at the memorial" coded 060,
    "the Florida senator suspended his campaign" coded 160 against himself."""
    assert not [e for e in events_of(text) if e.root in ("06", "16")]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Bernie Sanders spoke on Sunday. The reconciliation attempt comes after Sanders "
        "delegates inside the convention hall in Philadelphia have loudly booed the mention of "
        "Hillary Clinton.",
        "Sen. Bernie Sanders spoke on Sunday. Sanders delegates in the hall loudly booed Hillary "
        "Clinton on Monday.",
        "Sen. Bernie Sanders spoke on Sunday. Angry Sanders supporters booed Hillary Clinton at "
        "the convention on Monday.",
    ],
)
def test_a_candidates_delegates_are_not_the_candidate(events_of, text):
    """Blind audit, round 9: "Sanders delegates … booed the mention of Hillary Clinton" coded
    with Bernie Sanders as the source."""
    assert not [e for e in events_of(text, "2016-07-25") if e.source.actor == "Bernie Sanders"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Many of his party's highest-profile leaders have been hesitant to appear with him or, "
         "in some cases, to even endorse his candidacy.", "endorse"),
        ("Several senators were reluctant to meet him or, in the end, to even support his bid.",
         "support"),
        ("Their allies have been wary to criticise him or, at times, to even condemn his "
         "remarks.", "condemn"),
    ],
)  # fmt: skip
def test_a_joined_infinitive_shares_the_reluctance_it_hangs_off(text, verb):
    """Blind audit, round 9: "have been hesitant to appear with him or … to even endorse his
    candidacy" coded as an endorsement."""
    from dyads.events.factuality import assess
    from dyads.events.lexicon import load_lexicon
    from dyads.events.sentences import load_nlp

    doc = load_nlp()(text)
    trigger = next(t for t in doc if t.lower_ == verb)
    assert assess(trigger, load_lexicon()).kind != "asserted"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Democratic National Committee apologized to Bernie Sanders on Monday.", "05"),
        ("The Republican National Committee praised Donald Trump on Monday.", "05"),
        ("The Democratic National Committee criticized Bernie Sanders on Monday.", "11"),
    ],
)
def test_a_party_and_its_candidate_are_two_sides(events_of, text, root):
    """Blind audit, round 9 (missed): "the DNC issued a statement apologizing to Sanders": a
    party body and a person under one code (USAPTY) were taken for one side."""
    assert [e for e in events_of(text, "2016-05-01") if e.root == root]


def test_a_government_and_its_own_minister_stay_one_side(events_of):
    text = "The Russian government praised Foreign Minister Sergei Lavrov on Monday."
    assert not [e for e in events_of(text) if e.root == "05"]


@pytest.mark.parametrize(
    "text",
    [
        '"The gangs are stronger," said Professor Jose Miguel Cruz, who has investigated gangs in '
        "El Salvador.",
        '"The cartels adapt," said Mexican analyst Raul Benitez, who has studied the cartels '
        "for Mexico's army.",
        "Colombian journalist Maria Jimena Duzan, who has investigated the FARC rebels, spoke in "
        "Bogota.",
    ],
)
def test_who_someone_has_been_is_no_event(events_of, text):
    """Blind audit, round 9: "said Cruz, who has investigated gangs in El Salvador" coded 090."""
    assert not [e for e in events_of(text, "2016-01-01") if e.root == "09"]


# -- blind audit, round 10 ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump said Friday that it would have been cool had Hillary Clinton congratulated "
        "him on the win.",
        "Had Hillary Clinton praised Donald Trump on Monday, the race would have changed.",
        "Donald Trump said it would have helped had Ted Cruz endorsed him in Cleveland.",
    ],
)
def test_a_counterfactual_by_inversion_did_not_happen(events_of, text):
    """Round 10: "had Hillary Clinton congratulated him" coded as Clinton praising Trump."""
    assert not [e for e in events_of(text, "2016-06-01") if e.root == "05"]


@pytest.mark.parametrize(
    "text",
    [
        "The number of civilians killed by Brazilian police far outstrips the number of police "
        "killed by civilians.",
        "The rate of protesters arrested by Venezuelan police rose in 2015.",
        "The share of migrants deported by Mexican authorities fell last year.",
    ],
)
def test_a_count_of_people_acted_on_is_a_statistic(events_of, text):
    """Round 10: "the number of civilians killed by police" coded as two killings."""
    assert not events_of(text, "2016-06-01")


@pytest.mark.parametrize(
    "text",
    [
        "Estimates released by the US White House Office of National Drug Control Policy in June "
        "put the number of cocaine producers at 100.",
        "A report released by the Colombian government on Monday said coca had doubled.",
        "Figures released by Mexican authorities showed murders rose.",
    ],
)
def test_a_document_released_is_no_release_of_people(events_of, text):
    assert not [e for e in events_of(text, "2016-06-01") if e.root == "08"]


def test_people_released_are_still_released(events_of):
    text = "The rebels released by Colombian police on Monday returned home."
    assert [e for e in events_of(text, "2016-06-01") if e.root == "08"]


@pytest.mark.parametrize(
    "text",
    [
        "With Colombian security forces occupied on the other side of the country, cocaine "
        "production is helping the dissidents in Brazil.",
        "With Colombian forces occupied with Venezuela, the FARC grew.",
        "With Colombian troops occupied in Venezuela, the FARC grew in Cauca.",
    ],
)
def test_forces_busy_elsewhere_occupy_nothing(events_of, text):
    """Round 10: "with security forces occupied on the other side of the country" coded 192."""
    assert not [e for e in events_of(text, "2016-06-01") if e.root in ("19", "18")]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Turkish police arrested 14 suspected Islamic State militants in Istanbul on Tuesday.",
         "17", "IMGMUSISI"),
        ("Iraqi forces attacked ISIS fighters near Mosul on Monday.", "19", "IMGMUSISI"),
        ("The United States killed an al-Qaeda leader in Syria on Friday.", "19", "IMGMUSALQ"),
    ],
)  # fmt: skip
def test_transnational_armed_groups_are_sides(events_of, text, root, target):
    """New-user trial: "Turkish police arrested 14 suspected Islamic State militants" gave no
    event: the Islamic State and al-Qaeda were in no table, and a code no country holds was
    not a side."""
    assert [e for e in events_of(text, "2024-05-28") if e.root == root and e.target.code == target]


def test_weapons_sent_are_military_aid(events_of):
    """New-user trial: "Poland pledged on Monday to send more air defence systems to Ukraine"
    gave no event once "send" coded only what is sent."""
    pledged = events_of("Poland pledged on Monday to send more air defence systems to Ukraine.")
    assert ("POL", "UKR", "03") in coded(pledged)
    assert ("DEU", "UKR", "07") in coded(events_of("Germany sent tanks to Ukraine in January."))
