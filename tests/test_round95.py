"""Event kinds of blind-audit round 95 (fresh seed 83): the input and two paraphrases of our
own, and a guard that keeps what was right.

* a simple-past "where" clause on a place a dated clause went to happens that day ("moved on
  Sunday to China, where Kerry met Lavrov");
* "had been talking ... for weeks" runs up to the story's time: the publication date, not none;
* a stretch of time hung on the verb's object dates the object ("praised Obama's
  accomplishments over the past eight years"), not the praise;
* people caught "in the act" or "red-handed" are suspects (CRM), not civilians;
* a plan a "but" clause stops ("was set to buy ..., but will put the purchase on hold") is no
  intent.
"""

from __future__ import annotations

import pytest


def _dated(found, cameo: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.basis) if e.date else (None, None) for e in found
            if e.cameo == cameo]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Those negotiations moved on Sunday to China, where Secretary of State John Kerry met "
        "for two hours with the Russian foreign minister, Sergey V. Lavrov.",
        "The talks shifted on Sunday to Geneva, where Secretary of State John Kerry met with "
        "Iran's foreign minister, Mohammad Javad Zarif.",
        "The diplomats traveled on Sunday to Paris, where German Chancellor Angela Merkel met "
        "with French President Francois Hollande.",
    ],
)
def test_a_where_clause_on_a_place_reached_that_day_takes_the_day(events_at, text) -> None:
    """Round 95: the Kerry-Lavrov meeting took the publication day (Tuesday), not Sunday."""
    found = events_at(text, "2016-09-06")
    dates = _dated(found, "040")
    assert dates and all(d == ("2016-09-04", "text") for d in dates)


def test_a_where_clause_with_its_own_time_word_keeps_apart(events_at) -> None:
    text = (
        "The delegation moved on Sunday to Geneva, where Secretary of State John Kerry later "
        "met with Iran's foreign minister, Mohammad Javad Zarif."
    )
    found = events_at(text, "2016-09-06")
    assert ("2016-09-04", "text") not in _dated(found, "040")


@pytest.mark.parametrize(
    "text",
    [
        "Turkey had been negotiating with Russia for months about the pipeline.",
        "Israel had been talking with Egypt for weeks about a ceasefire.",
        "Iran had been meeting with Saudi Arabia for months.",
    ],
)
def test_a_pluperfect_progressive_runs_up_to_the_story(events_at, text) -> None:
    """Round 95: "had been talking ... for weeks" was given no date; the reviewer wanted the
    publication day, as the issue's rule has it."""
    found = events_at(text, "2016-06-11")
    dated = [e.date for e in found]
    assert dated and all(d is not None and d.start == "2016-06-11" for d in dated)


def test_a_plain_pluperfect_stays_undated(events_at) -> None:
    found = events_at("For months, Senator Ted Cruz had effusively praised Donald Trump.",
                      "2016-06-11")  # fmt: skip
    assert [e.date for e in found if e.root == "05"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton has praised President Barack Obama's accomplishments over the past eight "
        "years, and won more than 77 percent of the vote among blacks.",
        "Donald Trump has attacked President Barack Obama's accomplishments over the past eight "
        "years.",
        "Hillary Clinton has praised President Barack Obama's accomplishments over the past eight "
        "years, and won the vote.",
    ],
)
def test_a_stretch_of_time_on_the_object_dates_the_object(events_at, text) -> None:
    """Round 95: the praise was dated 2008-2016 by "over the past eight years"."""
    found = events_at(text, "2016-06-08")
    dated = [e.date for e in found if e.root in ("05", "11")]
    assert dated and all(d is not None and d.basis == "published" for d in dated)


def test_a_day_on_the_object_still_dates_the_deed(events_at) -> None:
    found = events_at("Senator Marco Rubio criticized President Barack Obama's record on "
                      "Tuesday.", "2016-06-08")  # fmt: skip
    assert [(d.start, d.basis) for d in (e.date for e in found if e.root == "11")] == [
        ("2016-06-07", "text")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Salvadoran police arrested two people in the act in San Salvador.",
        "Police in Honduras detained three men red-handed.",
        "Police in Honduras detained three men in the act of robbing a bus.",
    ],
)
def test_people_caught_in_the_act_are_suspects(events_at, text) -> None:
    """Round 95: "The police arrested two people in the act" coded SLVCVL."""
    found = events_at(text, "2013-02-20")
    targets = [e.target.code for e in found if e.root == "17"]
    assert targets and all(t and t.endswith("CRM") for t in targets)


def test_people_arrested_plainly_stay_civilians(events_at) -> None:
    found = events_at("Salvadoran police arrested two people in San Salvador.", "2013-02-20")
    assert [e.target.code for e in found if e.root == "17"] == ["SLVCVL"]


@pytest.mark.parametrize(
    "text",
    [
        "Honduras was set to buy at least four Super Tucanos from Brazil, but will put the "
        "purchase on hold until Brazilian technicians repair the older aircraft.",
        "Chile was set to buy at least six Black Hawks from the United States, but has "
        "suspended the order.",
        "Ecuador was set to buy at least two Dhruv helicopters from India, but will put the "
        "purchase on hold.",
    ],
)
def test_a_plan_a_but_clause_stops_is_no_intent(events_at, text) -> None:
    """Round 95: "HND 0311 BRA" from a purchase put on hold."""
    found = events_at(text, "2013-02-20")
    assert not [e for e in found if e.cameo.startswith("03")]


def test_a_plan_not_stopped_stays_an_intent(events_at) -> None:
    found = events_at("Peru was set to buy at least four Super Hornets from the United States.",
                      "2013-02-20")  # fmt: skip
    assert [e.cameo for e in found if e.cameo.startswith("03")] == ["0311"]


# The new user's trial of session 23: three facts a reader expects from a Sudan and a Lithuania
# story.


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sudan's army and the paramilitary Rapid Support Forces agreed to a 30-day ceasefire on "
         "Thursday.", {"SDNMIL", "SDNUAF"}),
        ("Israel and Hamas agreed on a truce in Gaza.", {"ISR", "PSEREB"}),
        ("Russia and Ukraine agreed to a cessation of hostilities.", {"RUS", "UKR"}),
    ],
)  # fmt: skip
def test_agreeing_to_a_ceasefire_is_an_agreement_both_ways(events_at, text, pair) -> None:
    """The trial expected 0871 for "agreed to a 30-day ceasefire"; the pentaclass annotation
    reads such sentences as verbal cooperation (three of three in its tune half), so the
    agreement (030) stays, both ways."""
    found = events_at(text, "2024-05-03")
    assert {e.cameo for e in found} == {"030"}
    assert {(e.source.code, e.target.code) for e in found} == {tuple(pair), tuple(pair)[::-1]}


def test_agreeing_to_resume_talks_stays_an_intent(events_at) -> None:
    text = "Armenia and Azerbaijan agreed to resume talks on delimiting their border."
    assert {e.cameo for e in events_at(text, "2024-05-03")} == {"030"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland expressed solidarity with Lithuania.", ("POL", "LTU")),
        ("The Polish president expressed his solidarity with Ukraine on Monday.",
         ("POLGOV", "UKR")),
        ("Lithuania's foreign minister expressed solidarity with Taiwan.", ("LTUGOV", "TWN")),
    ],
)  # fmt: skip
def test_solidarity_expressed_is_support(events_at, text, pair) -> None:
    """The trial: "expressed solidarity with Lithuania" was missing (CAMEO 2.0: 051)."""
    found = events_at(text, "2024-05-03")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [(*pair[:1], "051",
                                                                         pair[1])]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Germany did not express solidarity with Greece.",
     "Protesters held a solidarity march in Warsaw."],
)  # fmt: skip
def test_solidarity_not_voiced_is_no_support(events_at, text) -> None:
    assert not [e for e in events_at(text, "2024-05-03") if e.cameo == "051"]


@pytest.mark.parametrize(
    "text",
    [
        "DOHA, May 3 (Example News) - Sudan's army and the paramilitary Rapid Support Forces (RSF) "
        "agreed to a 30-day ceasefire on Thursday. RSF commander Mohamed Hamdan Dagalo accused "
        "the army of violating the truce on Friday.",
        "Sudan's army and the Rapid Support Forces (RSF) fought in Khartoum on Tuesday. On "
        "Wednesday an RSF spokesman accused the army of shelling Omdurman.",
        "Sudan's army and the Rapid Support Forces (RSF) clashed again. The RSF leader accused "
        "the army of bombing markets in Darfur.",
    ],
)
def test_an_acronym_spelt_out_as_a_known_body_is_that_body(events_at, text) -> None:
    """The trial: "RSF commander ... accused the army" was uncoded once the story's "Rapid
    Support Forces (RSF)" kept the gazetteer's RSF (Reporters Without Borders) out."""
    found = events_at(text, "2024-05-03")
    assert ("SDNUAF", "112", "SDNMIL") in {(e.source.code, e.cameo, e.target.code)
                                           for e in found}  # fmt: skip


def test_an_acronym_not_spelt_out_keeps_the_gazetteer() -> None:
    from dyads.pipeline import process

    article = process("RSF said the journalist was detained in Khartoum.", published="2024-05-03")
    assert [m.code for m in article.mentions if m.text == "RSF"] == ["NGOHRIRWB"]


_LEAD_THEN = (
    "{head}\n\nWASHINGTON \u2014 {who} made it clear to {whom} on {day} that {what}.\n"
    "{after} leaving the {place} did not seem to be worried.\n{sentence}"
)


@pytest.mark.parametrize(
    "text",
    [
        _LEAD_THEN.format(
            head="Clinton Reassures House Democrats.", who="Presumptive Democratic nominee "
            "Hillary Clinton", whom="House Democrats", day="Wednesday", what="she has their "
            "backs", after="Democrats", place="discussion", sentence="Notably absent from the "
            "conversation was any mention of the FBI's probe into Clinton's use of a private "
            "email server."),
        _LEAD_THEN.format(
            head="Trump Rallies Ohio Voters.", who="Republican nominee Donald Trump",
            whom="voters in Ohio", day="Tuesday", what="he wants their support",
            after="Supporters", place="rally", sentence="Absent from the speech was any "
            "reference to the FBI's investigation of Hillary Clinton."),
        _LEAD_THEN.format(
            head="Sanders Thanks Vermont Supporters.", who="Senator Bernie Sanders",
            whom="supporters in Vermont", day="Tuesday", what="he would stay in the race",
            after="Voters", place="event", sentence="Also absent from the event was any talk "
            "of the Justice Department's probe of Hillary Clinton."),
    ],
)  # fmt: skip
def test_a_deed_named_in_what_is_said_to_be_is_not_the_occasions(events_at, text) -> None:
    """Own reading, seed 86: "Notably absent from the conversation was any mention of ... the
    FBI's probe" took the lead's day (basis ``lead``): an ongoing probe named in a copular
    clause, not a deed done at the meeting."""
    found = [e for e in events_at(text, "2016-06-23") if e.root == "09"]
    assert found and all(e.date.basis == "published" for e in found)


def test_a_deed_the_occasion_reacts_to_keeps_the_occasions_day(events_at) -> None:
    text = _LEAD_THEN.format(
        head="Clinton Rallies Planned Parenthood.", who="Presumptive Democratic nominee "
        "Hillary Clinton", whom="Planned Parenthood supporters", day="Tuesday", what="she has "
        "their backs", after="Activists", place="hall", sentence="The friendly audience "
        "cheered Clinton's attacks on Donald Trump.")  # fmt: skip
    found = [e for e in events_at(text, "2016-06-23") if e.cameo == "111"]
    assert [(e.date.start, e.date.basis) for e in found] == [("2016-06-21", "lead")]


# Own reading of seed 88 (articles no reviewer was shown).


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Harry Reid raised the example of Barack Obama in 2008 inviting Hillary Clinton into "
         "his circle.", "Barack Obama"),
        ("Senator Harry Reid cited the example of President Barack Obama in 2008 inviting "
         "Hillary Clinton into his cabinet.", "President Barack Obama"),
        ("Senator Harry Reid cited the case of Barack Obama inviting Hillary Clinton into his "
         "cabinet.", "Barack Obama"),
    ],
)  # fmt: skip
def test_a_gerund_describing_the_example_is_its_subjects(events_at, text, doer) -> None:
    """ "Reid raised the example of Obama in 2008 inviting Clinton into his circle" coded Reid
    as inviting Clinton: the parser hung the gerund on "raised"."""
    found = events_at(text, "2016-06-09")
    assert found and {e.source.text for e in found} == {doer}


def test_a_gerund_after_a_comma_is_the_speakers(events_at) -> None:
    text = "Senator Harry Reid raised the example of Iran, inviting Hillary Clinton to respond."
    assert {e.source.text for e in events_at(text, "2016-06-09")} == {"Senator Harry Reid"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Sherrod Brown endorsed Hillary Clinton, but told The Huffington Post on Monday "
        "that he thought Sanders would win.",
        "Senator Al Franken endorsed Hillary Clinton, but said on Tuesday that Sanders ran a fine "
        "race.",
        "Governor Jerry Brown endorsed Hillary Clinton, but told reporters on Monday that he "
        "admired Sanders.",
    ],
)
def test_a_day_in_a_but_clause_is_not_the_first_deeds(events_at, text) -> None:
    """ "He endorsed Clinton, but told The Huffington Post on Monday that ..." dated the
    endorsement by the Monday of the interview."""
    found = [e for e in events_at(text, "2016-03-02") if e.cameo == "051"]
    assert found and all(e.date.basis == "published" for e in found)


def test_a_day_in_an_and_clause_is_shared(events_at) -> None:
    found = events_at("Senator Al Franken met Hillary Clinton and endorsed her on Tuesday.",
                      "2016-03-02")  # fmt: skip
    assert {e.date.start for e in found if e.root in ("04", "05")} == {"2016-03-01"}


@pytest.mark.parametrize(
    "text",
    [
        "Aides started conversations about what exactly Senator Bernie Sanders wants in the "
        "platform before he throws his support to Hillary Clinton.",
        "Senator Bernie Sanders wants concessions before he endorses Hillary Clinton.",
        "Senator Bernie Sanders praises Barack Obama before he endorses Hillary Clinton.",
    ],
)
def test_a_present_before_a_present_is_still_to_come(events_at, text) -> None:
    """ "... what Sanders wants ... before he throws his support to Clinton" was coded as his
    endorsement, done on the publication day."""
    assert not [e for e in events_at(text, "2016-06-14") if e.cameo == "051"]


def test_a_past_before_a_past_is_done(events_at) -> None:
    found = events_at("Senator Bernie Sanders endorsed Hillary Clinton before he left for "
                      "Vermont.", "2016-06-14")  # fmt: skip
    assert [e.cameo for e in found] == ["051"]


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        ("Sudan's army and the paramilitary Rapid Support Forces held talks in Doha mediated by "
         "Qatar and the United States.", "QAT", {"SDNMIL", "SDNUAF"}),
        ("Israel and Hamas held indirect talks mediated by Egypt.", "EGY", {"ISR", "PSEREB"}),
        ("Talks between Israel and Hamas mediated by Egypt resumed on Monday.", "EGY",
         {"ISR", "PSEREB"}),
    ],
)  # fmt: skip
def test_talks_mediated_by_a_state_are_its_mediation(events_at, text, mediator, parties) -> None:
    """The new user's trial: "talks in Doha mediated by Qatar and the US" gave no 045."""
    found = events_at(text, "2024-05-03")
    assert {e.target.code for e in found if e.cameo == "045" and e.source.code == mediator} == (
        parties
    )


def test_talks_only_held_name_no_mediator(events_at) -> None:
    found = events_at("Israel and Hamas held indirect talks in Cairo.", "2024-05-03")
    assert not [e for e in found if e.cameo == "045"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany's Chancellor Angela Merkel heralded the European Union's deal with Turkey as a "
         "breakthrough.", ("DEUGOV", "IGOEUREEC")),
        ("Senator John McCain acclaimed Ukraine's President Volodymyr Zelensky.",
         ("USALEG", "UKRGOV")),
        # a country's decision is its state's (round 110: "Colombia's efforts", COLGOV)
        ("French President Emmanuel Macron heralded Germany's decision as historic.",
         ("FRAGOV", "DEUGOV")),
    ],
)  # fmt: skip
def test_heralding_and_acclaiming_praise(events_at, text, pair) -> None:
    """Round 95 (missed): "Merkel heralded the European Union's deal with Turkey as a
    'breakthrough'"; CAMEO 2.0's PRAISE synonyms."""
    found = events_at(text, "2016-03-10")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [(pair[0], "051", pair[1])]


def test_a_thing_that_heralds_praises_no_one(events_at) -> None:
    assert events_at("The agreement heralded a new era for Turkey.", "2016-03-10") == []


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Mexican military commanders have denied that they opened fire on the crowd, and have "
         "blamed a group of armed civilians.", ("MEXMIL", "112", "MEXCVL")),
        ("Russian officials have denied that their jets bombed the hospital, and have accused "
         "Ukraine of staging the attack.", ("RUSGOV", "112", "UKR")),
        ("The Syrian army has denied that it shelled the town and has blamed the rebels.",
         ("SYRMIL", "112", "SYRREB")),
    ],
)  # fmt: skip
def test_a_perfect_joined_to_a_denied_past_is_the_deniers_deed(events_at, text, triple) -> None:
    """Round 95 (missed): "have denied that they opened fire ..., and have blamed a group of
    armed civilians" - the parser joined the blame to what was denied."""
    found = events_at(text, "2011-03-01")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [triple]


def test_a_past_joined_to_a_denied_past_stays_denied(events_at) -> None:
    text = ("Russian officials have denied that their jets bombed Ukrainian positions and "
            "attacked Ukrainian soldiers.")  # fmt: skip
    assert events_at(text, "2011-03-01") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In the Hard Hat Riot of 1970, construction workers joined bankers in lower Manhattan to "
         "physically assault anti-war protesters, and police allowed the violence.", "1970"),
        ("During the Watts riots of 1965, Los Angeles police arrested thousands of residents.",
         "1965"),
        ("In the Detroit riots of 1967, the National Guard fired on civilians.", "1967"),
    ],
)  # fmt: skip
def test_an_occasion_named_by_its_year_dates_the_deed(events_at, text, year) -> None:
    """Round 94: "In the Hard Hat Riot of 1970, construction workers ... assault anti-war
    protesters" was dated by the publication day."""
    found = events_at(text, "2016-03-23")
    assert found and all(e.date.start == f"{year}-01-01" for e in found)


def test_a_count_after_of_is_no_year() -> None:
    from dyads.timex import find_dates

    assert find_dates("A strike of 2000 workers shut the port.", "2016-03-23") == []


@pytest.mark.parametrize(
    "text",
    [
        "Frank wrote a book. Democrats, Frank notes, applaud the shrewd technocratic management "
        "of the first black governor of Massachusetts, Deval Patrick.",
        "Frank wrote a book. Republicans, Smith notes, applaud the tough budget management of "
        "Governor Chris Christie.",
        "Frank wrote a book. Liberals, the book notes, applaud the quiet diplomacy of Secretary "
        "of State John Kerry.",
    ],
)
def test_what_a_group_does_as_a_rule_is_no_deed(events_at, text) -> None:
    """Round 94: "Democrats, Frank notes, applaud the ... management of ... Deval Patrick" was
    coded 051 on the publication day: a bare plural in the simple present, a habit."""
    assert events_at(text, "2016-03-23") == []


@pytest.mark.parametrize(
    "text",
    [
        "He wrote a book. The Democrats applaud President Barack Obama.",
        "He wrote a book. Democrats criticize President Barack Obama on Tuesday.",
        "Democrats applaud President Barack Obama.",
    ],
)
def test_these_people_or_a_dated_present_or_a_headline_stay_deeds(events_at, text) -> None:
    assert len(events_at(text, "2016-03-23")) == 1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Romanian hacker who first revealed that Hillary Clinton used a private email "
         "address was sentenced to more than four years in federal prison Thursday by a U.S. "
         "district judge in Alexandria, Va.", "ROUCRM"),
        ("The Russian hacker was sentenced to 27 years in prison by a U.S. federal judge on "
         "Friday.", "RUSCRM"),
        ("A Ukrainian hacker was arrested by Polish police in Warsaw on Tuesday.", "UKRCRM"),
    ],
)  # fmt: skip
def test_one_of_a_people_named_by_a_crime_is_a_criminal(events_at, text, target) -> None:
    """Own reading, seed 87: "the Romanian hacker ... was sentenced" coded ROUCVL."""
    found = events_at(text, "2016-09-03")
    assert found and {e.target.code for e in found} == {target}


def test_one_of_a_people_named_otherwise_stays_a_civilian(events_at) -> None:
    found = events_at("A Romanian tourist was detained by Russian police in Moscow on Tuesday.",
                      "2016-09-03")  # fmt: skip
    assert {e.target.code for e in found} == {"ROUCVL"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ISIS soldiers mock America's military tactics in the video.", "USAMIL"),
        ("Russia criticized America's military presence in Syria.", "USAMIL"),
        ("Iran condemned Israel's military operations in Gaza.", "ISRMIL"),
    ],
)
def test_a_states_military_deeds_are_its_forces(events_at, text, target) -> None:
    """Round 95: "ISIS soldiers mock America's military tactics" was aimed at bare USA; and a
    state's operations in a place were read as aimed at the place (Gaza)."""
    assert {e.target.code for e in events_at(text, "2015-12-21")} == {target}


def test_a_states_other_deeds_stay_the_states(events_at) -> None:
    found = events_at("Iran condemned Israel's operations in Gaza.", "2015-12-21")
    assert {e.target.code for e in found} == {"ISR"}


@pytest.mark.parametrize(
    "text",
    [
        "For Hillary Clinton, Britain's emotionally charged uprising against the European Union "
        "is the sort of populist victory she fears.",
        "Greece's revolt against the European Union shook Brussels.",
        "Britain's uprising against the European Union stunned markets.",
    ],
)
def test_a_states_uprising_is_no_riot(events_at, text) -> None:
    """Own reading, seed 87: Brexit called "Britain's uprising against the European Union" was
    coded GBR 145 IGOEUREEC (a violent protest)."""
    assert not [e for e in events_at(text, "2016-06-27") if e.cameo.startswith("145")]


def test_a_peoples_uprising_stays_a_riot(events_at) -> None:
    found = events_at("Iranian students' uprising against the government spread on Monday.",
                      "2016-06-27")  # fmt: skip
    assert [(e.source.code, e.cameo) for e in found] == [("IRNEDU", "145")]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("UN refugee chief Filippo Grandi welcomed the EU's financial contribution to support "
         "Turkey.", ("IGOUNO", "051", "IGOEUREEC")),
        ("Ukraine welcomed Japan's pledge of new aid.", ("UKR", "051", "JPN")),
        ("Germany welcomed France's offer to mediate.", ("DEU", "051", "FRAGOV")),
    ],
)  # fmt: skip
def test_a_gift_welcomed_praises_the_giver(events_at, text, triple) -> None:
    """Round 95 (missed): "Grandi welcomed the EU's financial contribution to support Turkey";
    and the contribution's purpose ("to support Turkey") was coded as the EU's support, 051."""
    found = events_at(text, "2016-03-10")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [triple]


def test_what_a_gift_is_for_is_no_deed(events_at) -> None:
    text = "The EU's financial contribution to support Turkey was welcomed."
    assert events_at(text, "2016-03-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "Assistant Secretary of State Roberta Jacobson met Mexican officials in Mexico City on "
        "Monday.",
        "Honduran officials met Assistant Secretary of State Maria Lopez in Tegucigalpa on Monday.",
        "Deputy Secretary of State Daniel Weber met Peruvian officials in Lima on Tuesday.",
    ],
)
def test_an_office_only_the_us_has_is_american(text) -> None:
    """Round 95's actors helper: "Assistant Secretary of State Roberta Jacobson" in a Mexico
    story was MEXGOV: the story's country given to a bare title only the US executive has."""
    from dyads.pipeline import process

    article = process(text, published="2014-01-01")
    assert [m.code for m in article.mentions if "Secretary" in m.text] == ["USAGOV"]


def test_an_office_with_its_country_keeps_it() -> None:
    from dyads.pipeline import process

    text = "Mexico's Secretary of State Luis Videgaray met Colombian officials in Bogota on Monday."
    article = process(text, published="2014-01-01")
    assert [m.code for m in article.mentions if "Secretary" in m.text] == ["MEXGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "A few weeks after Obama announced that the war in Afghanistan would not end on his "
        "watch, U.S. forces bombed a Doctors Without Borders hospital in Kunduz.",
        "Two days after the summit ended, Russia attacked Ukraine.",
        "Russia attacked Ukraine two weeks after the talks collapsed.",
    ],
)
def test_a_deed_some_weeks_from_an_undated_one_has_no_day(events_at, text) -> None:
    """Round 95: "A few weeks after Obama announced ..., U.S. forces bombed a ... hospital" was
    dated by the publication day."""
    found = events_at(text, "2016-02-12")
    assert found and all(e.date is None for e in found)


def test_a_deed_right_after_an_undated_one_keeps_the_publication_day(events_at) -> None:
    found = events_at("Russia attacked Ukraine after the talks collapsed.", "2016-02-12")
    assert [e.date.basis for e in found] == ["published"]


# Round 97 (fresh seed 84), after the round.


@pytest.mark.parametrize(
    "text",
    [
        "Senator Bernie Sanders criticized Hillary Clinton's surrogates for their attacks.",
        "Senator Ted Cruz condemned Donald Trump's supporters.",
        "Governor John Kasich criticized Donald Trump's delegates.",
    ],
)
def test_a_persons_followers_are_not_the_person(events_at, text) -> None:
    """Round 97: "he has criticized her surrogates for chastising young women" was aimed at
    Clinton herself."""
    found = events_at(text, "2016-03-10")
    assert not [e for e in found if e.target.text in ("Hillary Clinton", "Donald Trump")]


def test_a_persons_policies_stay_the_persons(events_at) -> None:
    found = events_at("Senator Ted Cruz criticized Trump's policies on trade.", "2016-03-10")
    assert [e.target.text for e in found] == ["Trump"]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about his previous criticisms of Donald Trump, Governor Chris Christie said that "
        "was a natural part of the race.",
        "Asked about his criticism of President Barack Obama, Senator Ted Cruz said it stood.",
        "Asked about his previous criticisms of Hillary Clinton, Senator Bernie Sanders said "
        "that was part of the race.",
    ],
)
def test_a_questions_topic_is_no_deed(events_at, text) -> None:
    """Round 97: "Asked about his previous criticisms of Trump, Christie said ..." coded a
    criticism on the publication day."""
    assert not [e for e in events_at(text, "2016-03-10") if e.root == "11"]


@pytest.mark.parametrize(
    ("role", "american"),
    [
        ("assistant secretary of state", True),
        ("Deputy Assistant Secretary", True),
        ("assistant secretary-general", False),
        ("secretary general", False),
    ],
)
def test_only_whole_us_titles_are_american(role, american) -> None:
    """ "Assistant Secretary-General" is the UN's: the US title must stand as whole words."""
    from dyads.actors.politics import american_title

    assert american_title(role, "MEX") is american
