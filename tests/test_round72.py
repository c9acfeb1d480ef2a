"""Kinds of the sixteenth session (2026-12-06): blind-audit round 72 (fresh seed 55); each kind,
the input and two paraphrases of our own, and a guard for the reading the rule must keep.

Dates: a deed a lead tells in the present perfect and the next sentence tells again with a verb
or noun of the same code takes that day. Events: an intent to meet is its holder's, one way;
"resolved to fight" is no fighting; "asked him a question" is no appeal; "the anti-EU party"
and "pro-Russian rebels" are not the EU's or Russia's; "Central Americans" are not Americans;
party members "in the Senate" are legislators; an opinion shared ("agreed the obstacle to Assad
… can be resolved") is no agreement with a name inside it.
Quotes: an indirect quotation cut short inside the quotation it opens goes; "the Global Times
tabloid" is the Global Times; a day closing an "as X noted" tag is not said; "naming him the
“…”" and "rated “confidential”" are labels; "(see map below)" is the writer's; a speech
act the writer infers ("implicitly agreed") is no quotation.
"""

from __future__ import annotations

import pytest

# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Authorities in Paraguay have captured four members of a PCC cell operating on the "
            "border with Brazil. Officers from the National Anti-drugs Secretariat arrested the "
            'cell\'s leader Jair Jose dos Santos, alias "Nain," on October 31, alongside three '
            "other members.",
            "2016-11-05",
            "2016-10-31",
        ),
        (
            "Colombian authorities have detained a FARC commander accused of extortion. Police "
            "arrested Carlos Antonio Lozada on March 3 in a house in Bogota.",
            "2016-03-09",
            "2016-03-03",
        ),
        (
            "Authorities in Colombia have arrested a group of soldiers accused of providing arms "
            "to the FARC. On April 29, Colombia's Attorney General's Office announced the "
            "detention of seven soldiers and six civilians.",
            "2014-05-02",
            "2014-04-29",
        ),
    ],
)
def test_a_lead_deed_retold_with_another_word_of_its_code_takes_that_day(
    events_at, text, published, day
) -> None:
    """Round 72: "have captured" then "arrested … on October 31" was left undated."""
    lead = [e for e in events_at(text, published) if e.evidence.span[0] == 0]
    assert lead and all(e.cameo == "173" for e in lead)
    assert {e.date.start for e in lead} == {day}


def test_a_lead_deed_retold_without_a_publication_day_keeps_month_and_day(events_at) -> None:
    text = (
        "Authorities in Paraguay have captured four members of a PCC cell operating on the "
        "border with Brazil. Officers from the National Anti-drugs Secretariat arrested the "
        "cell's leader, Jair Santos, on October 31."
    )
    lead = [e for e in events_at(text, None) if e.evidence.span[0] == 0]
    assert [e.date.start for e in lead] == ["--10-31"]


def test_another_deed_of_another_code_does_not_date_the_lead(events_at) -> None:
    text = (
        "Authorities in Paraguay have captured four members of a PCC cell operating on the "
        "border with Brazil. Officers from the National Anti-drugs Secretariat met the mayor "
        "Jair Jose dos Santos on October 31."
    )
    lead = [e for e in events_at(text, "2016-11-05") if e.evidence.span[0] == 0]
    assert [e.date.basis for e in lead] == ["published"]


# --- events -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "House Speaker Paul Ryan's office announced Friday that Ryan will meet with "
            "presumptive Republican presidential nominee Donald Trump on Thursday.",
            ("USALEG", "USAPTY"),
        ),
        ("Russia plans to meet Armenia.", ("RUS", "ARM")),
        ("Erdogan will meet with Vladimir Putin in Sochi next week.", ("TURGOV", "RUSGOV")),
    ],
)
def test_an_intent_to_meet_is_its_holders_alone(events_at, text, pair) -> None:
    """Round 72: "Ryan will meet with Trump" was also Trump's intent (036 both ways)."""
    found = events_at(text, "2016-05-06")
    assert [(e.source.code, e.target.code) for e in found if e.root == "03"] == [pair]


def test_a_meeting_held_is_its_subjects_and_a_joint_intent_goes_both_ways(events_at) -> None:
    # a meeting "with" someone is one way since session 28 (rounds 103 and 107)
    held = events_at("Bernie Sanders met privately with Pope Francis on Saturday.", "2016-04-18")
    assert {(e.source.code, e.target.code) for e in held} == {("USAPTY", "VATGOV")}
    agreed = events_at("Armenia and Azerbaijan agreed on Thursday to resume talks.", "2016-05-06")
    assert {(e.source.code, e.target.code) for e in agreed} == {("ARM", "AZE"), ("AZE", "ARM")}


@pytest.mark.parametrize(
    "text",
    [
        "Now, Erdogan has swapped his alliances: he forged a reconciliation with Israel and "
        "resolved to fight ISIS, its newfound enemy.",
        "The Iraqi government resolved to attack ISIS in Mosul.",
        "Turkey opted to bomb ISIS positions near the border.",
    ],
)
def test_a_resolution_to_fight_is_no_fighting(events_at, text) -> None:
    """Round 72: "resolved to fight ISIS" was coded 190."""
    found = events_at(text, "2016-08-20")
    assert not any(e.root in ("18", "19", "20") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Obama asked Congress a question about the budget.",
        "Merkel asked Putin whether Russia would withdraw its troops.",
        "Obama asked Congress questions about the budget on Monday.",
    ],
)
def test_a_question_put_is_no_appeal(events_at, text) -> None:
    """Round 72: "when Boyle asked him a question" was coded 020."""
    assert [e for e in events_at(text, "2016-02-16") if e.root == "02"] == []


def test_a_request_put_is_still_an_appeal(events_at) -> None:
    for text in ("Obama asked Congress to pass the budget.", "Obama asked Congress for help."):
        found = events_at(text, "2016-02-16")
        assert [(e.source.code, e.cameo, e.target.code) for e in found] == [
            ("USAGOV", "020", "USALEG")
        ]


@pytest.mark.parametrize(
    "text",
    [
        "In Italy, Prime Minister Matteo Renzi is rallying a coalition against the anti-EU "
        "5-Star Movement and anti-immigration Northern League.",
        "Ukrainian troops attacked pro-Russian rebels near Donetsk.",
        "The Iraqi army attacked anti-American militants in Basra.",
    ],
)
def test_a_side_is_not_what_its_phrase_is_for_or_against(events_at, text) -> None:
    """Round 72: Renzi's coalition against "the anti-EU 5-Star Movement" was 141 against the EU."""
    found = events_at(text, "2016-05-06")
    assert not any(
        code.startswith(("IGOEU", "RUS", "USA"))
        for e in found
        for code in (e.target.code or "", e.source.code or "")
    )


@pytest.mark.parametrize(
    "text",
    [
        "In fiscal 2015, Mexico returned 166,000 Central Americans to the isthmus.",
        "Mexico deported thousands of Latin Americans last year.",
        "Brazil welcomed many South Americans fleeing the crisis.",
    ],
)
def test_regional_peoples_are_not_americans(mentions_of, text) -> None:
    """Round 72: "Central Americans" were coded USA."""
    assert not any((m.code or "").startswith("USA") for m in mentions_of(text))


# --- quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Clinton acknowledged Sunday that “just as we have seen there are many frustrated "
            "people in Britain, we know there are frustrated people here at home too.”",
            "just as we have seen there are many frustrated people in Britain, we know there "
            "are frustrated people here at home too",
        ),
        (
            "Fox News reported on Thursday that “agents are looking at Section 1001, which "
            "pertains to false statements. The agents are also looking at other statutes.”",
            "agents are looking at Section 1001, which pertains to false statements. The agents "
            "are also looking at other statutes",
        ),
        (
            "Obama said Monday that “if we are honest with ourselves, the work is not done, and "
            "we will keep at it.”",
            "if we are honest with ourselves, the work is not done, and we will keep at it",
        ),
    ],
)
def test_a_quotation_a_that_clause_opens_is_stored_once_and_whole(quotes_in, text, content) -> None:
    """Round 72: the indirect copy cut at the comma or the full stop was stored beside it."""
    found = quotes_in(text, "2016-06-27")
    assert [q.content for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "But as the nationalist Global Times tabloid noted in an op-ed Thursday, the "
            'leading GOP candidate "has surprisingly earned himself a few fans in China."',
            "Global Times",
        ),
        ("The New York Times newspaper reported that the talks had failed.", "New York Times"),
        ("Russian newspaper Kommersant wrote that the deal was off.", "Kommersant"),
    ],
)
def test_an_outlet_named_before_its_kind_is_that_outlet(quotes_in, text, actor) -> None:
    """Round 72: "the Global Times tabloid" was "Chinese media"."""
    found = quotes_in(text, "2016-02-16")
    assert found and {q.speaker.actor for q in found} == {actor}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "But as the Global Times noted in an op-ed Thursday, the leading GOP candidate has "
            "surprisingly earned himself a few fans in China.",
            "the leading GOP candidate has surprisingly earned himself a few fans in China",
        ),
        (
            "As Reuters reported on Monday, the talks between the two sides have failed.",
            "the talks between the two sides have failed",
        ),
        (
            "As the minister said Tuesday night, the plan will work within a year.",
            "the plan will work within a year",
        ),
    ],
)
def test_the_day_that_closes_an_as_tag_is_not_said(quotes_in, text, content) -> None:
    """Round 72: "Thursday, the leading GOP candidate …" was the Global Times' words."""
    found = [q for q in quotes_in(text, "2016-02-16") if q.kind == "indirect"]
    assert [q.content for q in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "He was profiled in the Daily Beast, which ran an article on him naming him the “angry "
        "populist enforcer” of the 2016 presidential election.",
        "The State Department has said 2,093 of the emails were redacted because they contained "
        'classified material, the vast majority of them rated "confidential," the lowest level '
        "of sensitivity.",
        "The agency said most of the files were marked “top secret” before their release.",
    ],
)
def test_a_label_given_or_borne_is_no_quotation(quotes_in, text) -> None:
    """Round 72: "naming him the “angry populist enforcer”" and "rated “confidential”"."""
    assert [q for q in quotes_in(text, "2016-08-12") if q.kind == "partial"] == []


def test_a_quoted_judgement_with_called_stays(quotes_in) -> None:
    found = quotes_in("Donald Trump called Hillary Clinton “crooked” on Monday.", "2016-06-01")
    assert [(q.kind, q.content) for q in found] == [("partial", "crooked")]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Officers arrested the cell's leader on October 31 in a house in the border town of "
            "Pedro Juan Caballero (see map below), reported ABC Color.",
            "Pedro Juan Caballero",
        ),
        (
            "The gang controls the drug routes through the port of Santos (see map), police said.",
            "the port of Santos",
        ),
        (
            "Troops cleared the two villages near the Turkish border (see graphic), the army "
            "said on Sunday.",
            "the Turkish border",
        ),
    ],
)
def test_the_writers_pointer_to_a_map_is_not_reported(quotes_in, text, end) -> None:
    """Round 72: ABC Color's report took in "(see map below)"."""
    found = [q for q in quotes_in(text, "2016-11-05") if q.kind == "indirect"]
    assert [q.content.endswith(end) for q in found] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "The top Republicans in the House of Representatives and the Senate went before "
        "reporters on Capitol Hill Tuesday to denounce the stance taken by Donald Trump.",
        "Republicans in the Senate blocked the bill on Monday.",
        "Democrats in Congress praised the deal.",
    ],
)
def test_party_members_in_a_us_chamber_are_legislators(mentions_of, text) -> None:
    """Round 72: "the top Republicans in the House … and the Senate" were coded USAPTY."""
    party = [m for m in mentions_of(text) if m.text.endswith(("Republicans", "Democrats"))]
    assert [m.code for m in party] == ["USALEG"]


def test_party_members_in_a_state_or_abroad_stay_the_party(mentions_of) -> None:
    found = mentions_of("Republicans in Iowa voted for Cruz. Democrats in Ohio stayed home.")
    assert [m.code for m in found if m.text in ("Republicans", "Democrats")] == [
        "USAPTY",
        "USAPTY",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Concerning the fate of Bashar al-Assad in a transitional period, Erdogan and Biden "
        "implicitly agreed the Gulf obstacle to Assad remaining in power can be resolved by "
        "invoking a “provisional” period during which Assad can remain during transition, by not "
        "defining the time frame for this.",
        "Obama tacitly acknowledged that the plan to close the prison had failed.",
        "By staying silent, the ministry effectively conceded that the deal was dead.",
    ],
)
def test_a_speech_act_the_writer_infers_is_no_quotation(quotes_in, text) -> None:
    """Round 72: "implicitly agreed" gave two quotations of the scare-quoted “provisional”."""
    assert quotes_in(text, "2016-08-25") == []


def test_a_speech_act_said_outright_stays(quotes_in) -> None:
    found = quotes_in("Obama acknowledged that the plan to close the prison had failed.", None)
    assert [q.content for q in found] == ["the plan to close the prison had failed"]


@pytest.mark.parametrize(
    "text",
    [
        "Concerning the fate of Bashar al-Assad in a transitional period, Erdogan and Biden "
        "implicitly agreed the Gulf obstacle to Assad remaining in power can be resolved by "
        "invoking a provisional period during which Assad can remain during transition.",
        "Russia and Turkey agreed the main obstacle to Syria's recovery can be removed soon.",
        "Putin and Erdogan agreed the road to Damascus would be reopened by spring.",
    ],
)
def test_an_opinion_shared_gives_no_agreement_with_a_name_inside_it(events_at, text) -> None:
    """Round 72: the parser made "the Gulf obstacle" the object and "to Assad" the agreement's."""
    assert [e for e in events_at(text, "2016-08-25") if e.root == "03"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Speaker Ryan has invited Donald Trump to meet with members of the House Republican "
        "leadership in Washington on Thursday morning.",
        "Obama urged Congress to pass the budget by Friday.",
        "Kerry invited Lavrov to meet in Geneva on Monday.",
    ],
)
def test_a_request_is_not_dated_by_the_act_it_asks_for(events_at, text) -> None:
    """Round 72: Ryan's invitation took the Thursday of the meeting it invited Trump to."""
    found = [e for e in events_at(text, "2016-05-06") if e.root in ("02", "03")]
    assert found and {e.date.basis for e in found} == {"published"}


def test_a_deed_keeps_the_day_of_its_own_infinitive(events_at) -> None:
    found = events_at("Obama met Putin on Thursday to discuss Syria.", "2016-05-06")
    assert {e.date.start for e in found} == {"2016-05-05"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed Ukraine on Monday.",
        "Obama discussed Syria at length in his speech.",
        "Officials in Beijing discussed North Korea.",
    ],
)
def test_what_is_discussed_is_no_partner(events_at, text) -> None:
    """Round 72 probe: "discussed Ukraine" was a consultation with Ukraine (040)."""
    assert [e for e in events_at(text, "2016-05-06") if e.root == "04"] == []


def test_whom_it_is_discussed_with_is_the_partner(events_at) -> None:
    found = events_at("Obama discussed Syria with Putin on Monday.", "2016-05-06")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [("USAGOV", "040", "RUSGOV")]
