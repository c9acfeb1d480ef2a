"""Event kinds of session 25: the new user's conflict story (session 24's trial) and blind-audit
round 98 (fresh seed 91); each input with two paraphrases of our own, and guards.

* a trailing rejoinder ("..., a charge Kigali denies") is no denial of the main clause: the
  parser hangs the accusation under "denies", and the accusation was lost;
* a counteroffensive is an offensive (190).
"""

from __future__ import annotations

import pytest


def _codes(found) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo, e.target.code) for e in found if not e.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Congolese government accused Rwanda of backing the rebels, a charge Kigali denies.",
         ("CODGOV", "112", "RWA")),
        ("Kyiv accused Moscow of shelling the plant, a claim the Kremlin rejects.",
         ("UKRGOV", "112", "RUSGOV")),
        ("Seoul accused Pyongyang of firing the missile, an accusation North Korea has denied.",
         ("KORGOV", "112", "PRKGOV")),
    ],
)  # fmt: skip
def test_a_trailing_rejoinder_does_not_deny_the_charge(events_at, text, expected) -> None:
    """Trial (session 24): Congo's accusation against Rwanda was read as what Kigali denies."""
    assert expected in _codes(events_at(text, "2024-02-03"))


@pytest.mark.parametrize(
    "text",
    [
        "Kigali denied that its troops crossed the border, a claim Kinshasa disputes.",
        "Moscow denied that its forces shelled the plant.",
    ],
)
def test_what_is_denied_stays_denied(events_at, text) -> None:
    """Guard: the content of a denial is still no deed."""
    assert not [c for c in _codes(events_at(text, "2024-02-03")) if c[1].startswith("19")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel launched a counteroffensive against Hamas.", ("ISR", "190", "PSEREB")),
        ("The Ukrainian army began a counteroffensive against Russian forces.",
         ("UKRMIL", "190", "RUSMIL")),
        ("Hezbollah mounted a counterattack on Israeli troops.", ("LBNREB", "190", "ISRMIL")),
    ],
)  # fmt: skip
def test_a_counteroffensive_is_an_offensive(events_at, text, expected) -> None:
    """Trial (session 24): "launched a counter-offensive against the rebels" gave nothing."""
    assert expected in _codes(events_at(text, "2024-02-03"))


def _dated(found, cameo: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.basis) if e.date else (None, None) for e in found
            if e.cameo == cameo]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In an example of how sensitive Obama is about his economic legacy, he used his State of "
         "the Union address this year to forcefully call out Trump and the rest of the GOP field "
         "who he accused of preying on the anxieties of Americans.", "2016-01-01"),
        ("In a speech in March, President Obama attacked the Republican leaders, whom he accused "
         "of betraying voters.", "2015-03-01"),
        ("At a rally in Ohio on Monday, President Obama mocked Senate Republicans, whom he "
         "accused of blocking the bill.", "2016-02-01"),
    ],
)  # fmt: skip
def test_a_relative_clause_by_the_same_doer_shares_its_date(events_at, text, day) -> None:
    """Round 98: "who he accused" took the story's Friday, not the address's "this year"."""
    found = [e for e in events_at(text, "2016-02-05") if e.cameo in ("111", "112")]
    assert found and all((e.date.start, e.date.basis) == (day, "text") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Donald Trump attacked Hillary Clinton, who voted for the Iraq war in 2002.",
        "On Monday Donald Trump criticized Hillary Clinton, who backed the Iraq war.",
    ],
)
def test_another_doers_relative_clause_keeps_its_own_time(events_at, text) -> None:
    """Guard: what the target did is not done on the day of the clause it hangs off."""
    found = events_at(text, "2016-02-05")
    assert all(e.date is None or e.date.start != "2016-02-01" for e in found
               if e.source.text.startswith("Hillary"))  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Obama attacked Republican leaders over the budget.",
        "President Obama attacked Republican leaders in Congress on Tuesday.",
        "President Obama attacked Senate Republicans over the budget.",
    ],
)
def test_a_governments_person_attacking_home_politicians_uses_words(events_at, text) -> None:
    """Own probe (session 25): coded 190, military force."""
    codes = [e.cameo for e in events_at(text, "2016-02-05")]
    assert codes and all(c == "111" for c in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia attacked Ukraine.", "190"),
        ("Russian troops attacked the Ukrainian army near Bakhmut.", "190"),
    ],
)
def test_a_states_attack_on_another_stays_force(events_at, text, expected) -> None:
    """Guard."""
    assert expected in [e.cameo for e in events_at(text, "2016-02-05")]


@pytest.mark.parametrize(
    "text",
    [
        "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged her vote to "
        "Hillary Clinton recently.",
        "Senator Bernie Sanders pledged his support to Hillary Clinton on Tuesday.",
        "Governor Chris Christie pledged his backing to Donald Trump.",
    ],
)
def test_a_vote_or_support_pledged_is_an_endorsement(events_at, text) -> None:
    """Round 98: "pledged her vote to Clinton" coded 030, judged an endorsement (05)."""
    assert "051" in [e.cameo for e in events_at(text, "2016-06-06")]


def test_aid_pledged_stays_an_intent(events_at) -> None:
    """Guard."""
    assert [e.cameo[:2] for e in events_at("France pledged aid to Ukraine.", "2016-06-06")] == [
        "03"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In January, the party chairwoman, Representative Debbie Wasserman Schultz of Florida, "
        "appointed dozens of Clinton supporters and advisers to the three standing committees of "
        "the Democratic Party convention.",
        "Speaker Paul Ryan appointed three Republican lawmakers to the committee on Monday.",
        "The governor named two allies to the state's ethics commission.",
    ],
)
def test_people_appointed_to_a_committee_set_up_no_inquiry(events_at, text) -> None:
    """Round 98: coded 090 (investigate) from CAMEO's "appoint committee"."""
    assert not [e for e in events_at(text, "2016-04-26") if e.cameo[:2] == "09"]


def test_a_listing_still_sanctions(events_at) -> None:
    """Guard (round 86): the Kingpin List."""
    found = events_at(
        "The US Treasury added two Zetas operatives to its Kingpin List.", "2016-04-26"
    )
    assert "163" in [e.cameo for e in found]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian shelling killed three Ukrainians.", "194"),
        ("Russian artillery killed two Ukrainian soldiers.", "194"),
        ("Israeli strikes killed 15 Palestinians.", "195"),
    ],
)
def test_a_states_barrage_or_strikes_are_its_means(events_at, text, code) -> None:
    """Own probe (session 25): a state's shelling or strikes that kill were coded 1823, an
    assault by hand; artillery is 194, force from the air 195."""
    assert [e.cameo for e in events_at(text, "2024-02-03")] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese coast guard vessels blocked a Philippine supply boat near Second Thomas Shoal.",
        "The Chinese coast guard blocked two Philippine vessels.",
        "Chinese ships blocked a Philippine boat near the shoal on Monday.",
    ],
)
def test_a_boat_blocked_is_a_blockade(events_at, text) -> None:
    """Own probe (session 25, the issue's water-cannon story): a vessel blocked gave nothing."""
    assert [(e.cameo, e.target.code) for e in events_at(text, "2024-02-03")] == [("191", "PHL")]


def test_a_road_blocked_is_no_blockade(events_at) -> None:
    """Guard: a road blocked by protesters is 144, never 191."""
    found = events_at("Mexican protesters blocked the road to the US embassy.", "2024-02-03")
    assert not [e for e in found if e.cameo == "191"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republican presidential nominee Donald Trump on Friday endorsed the re-election of House "
         "Speaker Paul Ryan.", ("USAPTY", "051", "USALEG")),
        ("Israel launched a counter-offensive against Hamas.", ("ISR", "190", "PSEREB")),
        ("The Ukrainian army began a counter-offensive against Russian forces.",
         ("UKRMIL", "190", "RUSMIL")),
    ],
)  # fmt: skip
def test_a_word_split_at_its_hyphen_is_one_object(events_at, text, expected) -> None:
    """Own reading, seed 93: "endorsed the re-election of Ryan" was read as three objects ("re",
    "-", "election") and the lead's endorsement was lost."""
    assert expected in _codes(events_at(text, "2016-08-05"))


@pytest.mark.parametrize(
    "text",
    [
        'Trump told The Washington Post he was "not quite there yet" on supporting Paul Ryan.',
        "Senator Ted Cruz was silent on endorsing Donald Trump.",
        "Senator Ted Cruz has been evasive on backing Donald Trump.",
    ],
)
def test_a_gerund_on_a_copula_or_adjective_is_a_topic(events_at, text) -> None:
    """Own reading, seed 93: "not quite there yet on supporting Ryan" coded as an endorsement."""
    assert not [e for e in events_at(text, "2016-08-05") if e.cameo[:2] == "05"]


def test_a_gerund_on_a_deed_verb_stays(events_at) -> None:
    """Guard: "focused on attacking Trump" still criticises."""
    found = events_at("Senator Ted Cruz focused on attacking Donald Trump.", "2016-08-05")
    assert "111" in [e.cameo for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama won in 2012. At the RNC's meeting in Boston the summer after the "
        "2012 loss to Obama, party Chairman Reince Priebus scolded the candidates.",
        "President Barack Obama won in 2012. The RNC's meeting the week after the defeat by Obama "
        "was tense.",
        "President Vladimir Putin spoke in 2014. NATO's summit the year after the war with Russia "
        "was held in Wales.",
    ],
)
def test_a_time_phrase_on_a_meeting_names_no_party(events_at, text) -> None:
    """Own reading, seed 94: "the RNC's meeting ... the summer after the 2012 loss to Obama"
    coded a meeting between the RNC and Obama."""
    assert not [e for e in events_at(text, "2016-07-18") if e.cameo[:2] == "04"]


def test_a_meetings_partner_is_still_read(events_at) -> None:
    """Guard."""
    found = events_at("Republican leaders held a meeting with Obama on Monday.", "2016-07-18")
    assert "040" in [e.cameo for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Trump never cited a source for his claim in November that President Obama wants to take "
        "in as many as 250,000 Syrian refugees (in fact, Obama has proposed accepting 10,000 "
        "Syrians).",
        "Cruz offered no evidence for his claim last week that President Obama plans to resettle "
        "100,000 Syrian refugees (in fact, Obama has proposed accepting 10,000 Syrians).",
        "Critics claim President Obama will resettle 200,000 Syrian refugees (in truth, Obama has "
        "proposed accepting 10,000 Syrians).",
    ],
)
def test_a_subject_inside_a_bracket_is_the_verbs_own(events_at, text) -> None:
    """Own reading, seed 95: "refugees (in fact, Obama has proposed ...": the parser gave the
    verb both subjects and the refugees were read as proposing."""
    found = events_at(text, "2015-12-13")
    assert found and all(e.source.code == "USAGOV" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Conservative activist Richard Viguerie spoke on Monday. He also thinks Cruz will win his "
        "current battle with Donald Trump.",
        "Radio host Rush Limbaugh spoke on Monday. He said his fight with Donald Trump was over.",
        "Author Glenn Beck spoke on Monday. He described his war with Hillary Clinton.",
    ],
)
def test_a_contest_between_unarmed_sides_is_no_force(events_at, text) -> None:
    """Own reading, seed 96: a battle with a candidate, with "his" read as a civilian, coded
    190 both ways."""
    assert not [e for e in events_at(text, "2016-01-19") if e.cameo[:2] in ("18", "19", "20")]


def test_an_armed_groups_war_with_lawmakers_stays(events_at) -> None:
    """Guard."""
    found = events_at("The Taliban's war with Afghan lawmakers continued.", "2016-01-19")
    assert "190" in [e.cameo for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Trump was apparently referring to Mrs. Clinton's account in 2008 of coming under "
        "sniper fire while visiting Bosnia.",
        "Hillary Clinton often spoke of meeting Vladimir Putin.",
        "Hillary Clinton boasted of visiting Bosnia under sniper fire.",
    ],
)
def test_what_one_speaks_of_is_no_deed(events_at, text) -> None:
    """Own reading, seed 97: "referring to ... account of coming under fire while visiting
    Bosnia" coded a visit by Trump."""
    assert events_at(text, "2015-12-22") == []


@pytest.mark.parametrize(
    "text",
    [
        'Romney spoke. Mitt Romney tweeted in response: "Important distinction: thug Putin kills '
        'journalists and opponents."',
        "Romney spoke. He said Putin jails journalists.",
        "Romney spoke. In his view, the Kremlin poisons dissidents.",
    ],
)
def test_a_present_done_to_a_class_is_a_habit(events_at, text) -> None:
    """Own reading, seed 97: "thug Putin kills journalists and opponents" coded 1823 and 190."""
    assert events_at(text, "2015-12-22") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Romney spoke. Putin jails the journalists.", ("RUSGOV", "173", "RUSMED")),
        ("Romney spoke. Russia arrests protesters on Monday.", ("RUS", "173", "RUSOPP")),
    ],
)
def test_a_present_done_to_these_ones_stays(events_at, text, expected) -> None:
    """Guard: a definite object or a day of its own is a deed."""
    assert expected in _codes(events_at(text, "2015-12-22"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honduras is key in the fight against drug trafficking, the general said, both for its "
         "location and its cooperation with US forces.", [("HND", "060", "USAMIL")]),
        ("Colombia's cooperation with the United States has grown.", [("COL", "060", "USA")]),
        ("Colombia negotiated with the FARC in Havana.", [("COL", "046", "COLREB")]),
    ],
)  # fmt: skip
def test_cooperation_or_negotiation_with_a_partner_is_one_way(events_at, text, expected) -> None:
    """Round 97: "its cooperation with US forces" coded both ways, the reverse judged partly."""
    assert _codes(events_at(text, "2016-05-09")) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [("Obama met with Putin on Monday.", 1), ("Colombia and the FARC negotiated in Havana.", 2)],
)
def test_a_meeting_is_its_subjects_and_a_pair_stays_both_ways(events_at, text, count) -> None:
    """A meeting with X (judged right both ways in round 98, the reversed copy "partly" in
    rounds 103 and 107: one way since session 28) and A and B together (both ways)."""
    assert len(events_at(text, "2016-05-09")) == count


@pytest.mark.parametrize(
    "text",
    [
        "Democratic front-runner Hillary Clinton said Trump is ultimately responsible for what "
        "happens at his events.",
        "Hillary Clinton said Trump is responsible for the violence.",
        "Senator Bernie Sanders said Hillary Clinton was responsible for the Iraq war.",
    ],
)
def test_responsible_for_something_is_blame(events_at, text) -> None:
    """Own reading, seed 98: "Trump is ultimately responsible for what happens at his events"
    coded 051, praise."""
    codes = [e.cameo for e in events_at(text, "2016-03-30")]
    assert codes and all(c[:2] == "11" for c in codes)


def test_not_responsible_for_is_no_praise(events_at) -> None:
    """Guard."""
    found = events_at(
        "Hillary Clinton said Trump is not responsible for the violence.", "2016-03-30"
    )
    assert not [e for e in found if e.cameo[:2] == "05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union is prolonging sanctions against the Syrian regime of President "
         "Bashar Assad for a year.", ("IGOEUREEC", "163", "SYRGOV")),
        ("Israeli troops on Sunday apprehended two Lebanese fishermen.",
         ("ISRMIL", "173", "LBNAGR")),
        ("Mexican police apprehended three Guatemalan smugglers.", ("MEXCOP", "173", "GTMCRM")),
    ],
)  # fmt: skip
def test_prolonged_sanctions_and_apprehensions_are_coded(events_at, text, expected) -> None:
    """PLV tune half (read): "is prolonging sanctions against the Syrian regime" and "IDF troops
    apprehended a Lebanese man" gave nothing: "prolong" carries its object like "extend", and
    "apprehend" is an arrest (173)."""
    assert expected in _codes(events_at(text, "2019-05-03"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark last week announced a suspension of aid to Egypt.", ("DNK", "162", "EGY")),
        ("The United States announced a cut in aid to Honduras.", ("USA", "162", "HND")),
        ("Turkey announced the suspension of talks with Greece.", ("TUR", "164", "GRC")),
    ],
)
def test_a_halt_is_coded_by_what_it_is_of(events_at, text, expected) -> None:
    """PLV tune half (read): "announced a suspension of aid to Egypt" gave nothing."""
    assert expected in _codes(events_at(text, "2019-05-03"))


@pytest.mark.parametrize(
    "text",
    [
        "Germany welcomed the suspension of talks with Turkey.",
        "The EU discussed a suspension of aid to Egypt.",
    ],
)
def test_a_halt_only_named_is_no_halt(events_at, text) -> None:
    """Guard: the noun is a halt only when its light verb makes it."""
    assert not [e for e in events_at(text, "2019-05-03") if e.cameo[:2] == "16"]


@pytest.mark.parametrize(
    "text",
    [
        "The back-and-forth is reminiscent of the months leading up to Clinton's testimony, as "
        "Democrats regularly attacked Republicans for how they were running the investigation.",
        "The fight recalls the weeks before the vote, as Democrats attacked Republicans daily.",
        "The dispute is familiar from the last campaign, when Democrats criticized Republicans.",
    ],
)
def test_a_past_as_clause_under_a_present_takes_no_publication_day(events_at, text) -> None:
    """Own reading, seed 100: "is reminiscent of the months leading up to Clinton's testimony,
    as Democrats regularly attacked Republicans" was dated by the publication day."""
    found = events_at(text, "2016-02-19")
    assert found and all(e.date is None for e in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Democrats attacked Republicans as the hearing opened on Monday.", "2016-02-15"),
        ("The mood is tense as Democrats attack Republicans.", "2016-02-19"),
    ],
)
def test_a_dated_or_present_as_clause_keeps_its_day(events_at, text, day) -> None:
    """Guard."""
    assert [e.date.start for e in events_at(text, "2016-02-19")] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "By Thursday afternoon, Hillary Clinton had accepted interviews with ABC News, MSNBC "
        "and CNN.",
        "Donald Trump accepted an invitation from Fox News.",
        "Senator Bernie Sanders accepted an award from the NAACP.",
    ],
)
def test_accepting_an_interview_or_invitation_yields_nothing(events_at, text) -> None:
    """Own reading, seed 101: "had accepted interviews with ABC News" coded 080 (yield)."""
    assert not [e for e in events_at(text, "2016-05-26") if e.cameo[:2] == "08"]


def test_accepting_a_proposal_still_yields(events_at) -> None:
    """Guard."""
    assert ("IRN", "080", "IGOUNO") in _codes(
        events_at("Iran accepted the UN proposal.", "2016-05-26")
    )


@pytest.mark.parametrize(
    "text",
    [
        'But while Trump\'s past statements, including his promise to be "neutral" in '
        "negotiations between Israel and the Palestinians, have caused concern, he offered "
        "promises Monday.",
        "Donald Trump promised to be neutral in negotiations between Israel and the Palestinians.",
        "Norway wants to be present at talks between Colombia and the FARC.",
    ],
)
def test_an_event_noun_in_an_adjunct_of_be_is_background(events_at, text) -> None:
    """Own reading, seed 101: "his promise to be 'neutral' in negotiations between Israel and
    the Palestinians" coded Israel's intent to negotiate (036)."""
    assert not [e for e in events_at(text, "2016-03-22") if e.cameo[:2] in ("03", "04")]


def test_parties_engaged_in_negotiations_still_negotiate(events_at) -> None:
    """Guard."""
    found = events_at(
        "Israel and the Palestinians were engaged in negotiations in 2014.", "2016-03-22"
    )
    assert {e.cameo for e in found} == {"046"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Cruz was helped along by an ineffective campaign by David Dewhurst.",
        "Donald Trump was helped by a clumsy effort by Jeb Bush.",
        "Hillary Clinton was aided by a failed bid by Martin O'Malley.",
    ],
)
def test_a_campaign_as_agent_is_no_owners_aid(events_at, text) -> None:
    """Own reading, seed 101: "was helped along by an ineffective campaign by Dewhurst" coded
    Dewhurst's aid (070) to Cruz."""
    assert not [e for e in events_at(text, "2015-11-20") if e.cameo[:2] == "07"]


def test_forces_as_agent_still_act(events_at) -> None:
    """Guard: "force" is a group, no effort."""
    found = events_at("Ukraine was attacked by Russian forces.", "2015-11-20")
    assert ("RUSMIL", "190", "UKR") in _codes(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Congolese government accused Rwanda of backing the M23 rebels. Rwanda's foreign "
         "ministry rejected the accusation, calling it baseless.", ("RWAGOV", "CODGOV")),
        ("Ukraine accused Russia of shelling the plant. Moscow denied the charge on Tuesday.",
         ("RUSGOV", "UKR")),
        ("Seoul accused Pyongyang of firing the missile. North Korea rejected the allegation.",
         ("PRK", "KORGOV")),
    ],
)  # fmt: skip
def test_the_accusation_rejected_answers_its_accuser(events_at, text, expected) -> None:
    """New user's trial (session 24): "Rwanda's foreign ministry rejected the accusation" had no
    target; the charge is the one the text just reported, and its accuser is answered."""
    found = [(e.source.code, e.target.code) for e in events_at(text, "2024-02-03")
             if e.cameo[:2] == "12" or e.cameo == "016"]  # fmt: skip
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine accused Russia of shelling the plant. China rejected the accusation.",
        "Russia rejected the accusation.",
        "Ukraine accused Russia of shelling the plant. Later, the Kremlin praised China on "
        "Monday. Experts met in Geneva. Moscow denied the charge on Tuesday.",
    ],
)
def test_a_charge_not_just_reported_against_the_rejecter_answers_no_one(events_at, text) -> None:
    """Guard: a third party's rejection, no accusation, or one reported long before."""
    assert not [e for e in events_at(text, "2024-02-03") if e.cameo[:2] == "12" or e.cameo == "016"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran refused to comply with the UN resolution.", ("IRN", "120", "IGOUNO")),
        ("North Korea refused to comply with demands from the United States.",
         ("PRK", "120", "USA")),
        ("Iran complied with the UN resolution on Monday.", ("IRN", "080", "IGOUNO")),
    ],
)  # fmt: skip
def test_compliance_yields_and_its_refusal_rejects(events_at, text, expected) -> None:
    """PLOVER dev tune half (read): a refusal to comply rejected no one."""
    assert expected in _codes(events_at(text, "2006-03-01"))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Two days after the summit on Monday, Russia expelled three Estonian diplomats.",
         "2024-02-07"),
        ("A week after the attack on March 2, Israel launched an offensive against Hamas.",
         "2023-03-09"),
        ("Two days before the vote on Friday, Russia expelled three Estonian diplomats.",
         "2024-02-07"),
    ],
)  # fmt: skip
def test_a_day_counted_from_another_is_moved_by_the_count(events_at, text, day) -> None:
    """Left open in session 24: "Two days after the summit on Monday" dated the deed Monday."""
    found = events_at(text, "2024-02-10")
    assert found and all((e.date.start, e.date.basis) == (day, "text") for e in found)


def test_a_day_of_the_deed_itself_is_not_moved(events_at) -> None:
    """Guard: "on Monday, two days after the summit" is Monday."""
    text = "Russia expelled three Estonian diplomats on Monday, two days after the summit."
    assert [e.date.start for e in events_at(text, "2024-02-10")] == ["2024-02-05"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lynch has said she’ll accept the recommendation of US prosecutors.", "035"),
        ("Iran said it’d accept the UN proposal.", "035"),
        ("Iran said it’ll accept the UN proposal next week.", "035"),
    ],
)
def test_a_typographic_contraction_is_a_future(events_at, text, code) -> None:
    """Own reading, seed 102: "she’ll accept the recommendation" (a curly apostrophe) was read
    as done, 080, not as an intent."""
    assert [e.cameo for e in events_at(text, "2016-07-05")] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "The cartels are powerful. On top of stealing oil and gas, the Zetas and Gulf Cartel "
        "directly threaten oil company personnel with kidnapping.",
        "Putin spoke. Russian forces shell Ukrainian civilians.",
        "The gangs are strong. MS-13 extorts local bus drivers.",
    ],
)
def test_a_present_done_to_a_described_class_is_a_habit(events_at, text) -> None:
    """Own reading, seed 103: "the Zetas and Gulf Cartel directly threaten oil company personnel
    with kidnapping" coded 130 twice on the publication day."""
    assert events_at(text, "2016-07-05") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania summoned Belarus's charge d'affaires to protest repeated border violations.",
        "Lithuania expelled a Belarusian diplomat on Monday and summoned Belarus's charge "
        "d'affaires to protest repeated border violations.",
        "Lithuania summoned the Belarusian chargé d'affaires over the border incidents.",
    ],
)
def test_a_charge_daffaires_summoned_is_a_protest(events_at, text) -> None:
    """Own probe (session 25): "summoned Belarus's charge d'affaires to protest ..." gave
    nothing, the tagger's form of "d'affaires" not being the dictionary's."""
    assert ("LTU", "114", "BLRGOV") in _codes(events_at(text, "2024-03-05"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spokeswoman Maria Zakharova said Moscow would respond \"in a mirror manner\" and accused "
         "Warsaw of spreading anti-Russian hysteria.", ("RUSGOV", "112", "POLGOV")),
        ("Foreign Minister Sergei Lavrov said Russia would retaliate and accused Warsaw of "
         "provocations.", ("RUSGOV", "112", "POLGOV")),
        ("Iranian Foreign Minister Javad Zarif said Tehran would respond and accused Washington "
         "of lying.", ("IRNGOV", "112", "USAGOV")),
    ],
)  # fmt: skip
def test_a_past_joined_to_a_reported_modal_is_the_reporters_act(events_at, text, expected) -> None:
    """New user's trial (session 25): "said Moscow would respond ... and accused Warsaw" read
    the accusation as Moscow's, and as only to come: no event."""
    assert expected in _codes(events_at(text, "2024-04-10"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland expelled a Russian diplomat on Wednesday. Russia's Foreign Ministry condemned the "
         "expulsion as a provocation.", ("RUSGOV", "111", "POL")),
        ("Israeli police arrested three Palestinian activists on Monday. The Palestinian Authority "
         "denounced the arrests.", ("PSEGOV", "111", "ISRCOP")),
        ("Lithuania expelled two Belarusian diplomats. Minsk condemned the expulsion.",
         ("BLRGOV", "111", "LTU")),
    ],
)  # fmt: skip
def test_a_deed_named_by_the_is_its_doers(events_at, text, expected) -> None:
    """New user's trial (session 25): "Russia's Foreign Ministry condemned the expulsion as a
    provocation" had no target; the expulsion is the one just reported, done to Russia."""
    assert expected in _codes(events_at(text, "2024-04-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Poland expelled a Russian diplomat on Wednesday. The EU condemned the expulsion.",
        "Poland expelled a Russian diplomat. Russia condemned the expulsion of the journalist by "
        "Latvia.",
    ],
)
def test_a_deed_not_done_to_the_censurer_or_owned_is_not_read_back(events_at, text) -> None:
    """Guard: a third party's censure, or a deed with its own owner."""
    assert not [e for e in events_at(text, "2024-04-10") if e.cameo[:2] == "11"]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke. The cable news networks — MSNBC, CNN, Fox Business Network and Fox "
        "News — all stuck with Trump talking at length about his financial successes, taking "
        "shots at Marco Rubio.",
        "CNN stayed with Donald Trump speaking for an hour, attacking Hillary Clinton.",
        "MSNBC stuck with Donald Trump talking about his wealth, mocking Ted Cruz.",
    ],
)
def test_a_participle_after_with_x_doing_is_xs(events_at, text) -> None:
    """Blind audit, round 100: the networks that "stuck with Trump talking ..., taking shots at
    Marco Rubio" were coded as criticising Rubio (partly: source wrong)."""
    found = events_at(text, "2016-03-09")
    assert found and all(e.source.code == "USAPTY" for e in found)


def test_a_participle_of_the_subject_stays_its(events_at) -> None:
    """Guard."""
    found = events_at("Fox News attacked Hillary Clinton, accusing her of lying.", "2016-03-09")
    assert found and all(e.source.code == "USAMED" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Obama said he had instructed Mr. Kerry to continue negotiating with the Russians over "
        "the coming days.",
        "President Obama instructed Secretary of State John Kerry to meet Russian officials.",
        "President Obama told Secretary of State John Kerry to meet Russian officials.",
    ],
)
def test_a_deed_commanded_is_not_done(events_at, text) -> None:
    """Blind audit, round 99: "had instructed Mr. Kerry to continue negotiating with the
    Russians over the coming days" coded as negotiations held (046)."""
    assert not [e for e in events_at(text, "2016-09-06") if e.cameo[:2] == "04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan's government also accused the United Arab Emirates of arming the RSF, a charge "
         "the UAE rejected last week.", ("ARE", "SDNGOV")),
        ("The Congolese government accused Rwanda of backing the M23, a charge that Rwanda "
         "rejected on Monday.", ("RWA", "CODGOV")),
        ("Seoul accused Pyongyang of firing the missile, an accusation that North Korea rejected "
         "on Friday.", ("PRK", "KORGOV")),
    ],
)  # fmt: skip
def test_a_rejoinder_clause_answers_the_accuser(events_at, text, expected) -> None:
    """New user's trial (session 25): "..., a charge the UAE rejected last week" was no
    rejection."""
    found = [(e.source.code, e.target.code) for e in events_at(text, "2024-05-15")
             if e.cameo[:2] == "12" or e.cameo == "016"]  # fmt: skip
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("And Ted Cruz has cast Marco Rubio as weak on immigration.", ("USAPTY", "111", "USAPTY")),
        ("Donald Trump portrayed Hillary Clinton as dishonest.", ("USAPTY", "111", "USAPTY")),
        ("In New Hampshire, Marco Rubio has railed against Chris Christie.",
         ("USAPTY", "111", "USAGOV")),
    ],
)  # fmt: skip
def test_casting_as_weak_and_railing_against_criticise(events_at, text, expected) -> None:
    """Blind audit, round 100 (listed missed): "Cruz has cast him as weak on immigration",
    "Rubio has railed against Christie"."""
    assert expected in _codes(events_at(text, "2016-03-09"))
