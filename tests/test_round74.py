"""Kinds from blind audit rounds 74-75 (fresh seed 56): each input with two paraphrases."""

from __future__ import annotations

import pytest

from dyads.timex import find_dates, resolve

MONDAY = "2023-12-25"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("this week", ("2023-12-19", "2023-12-25")),
        ("earlier this week", ("2023-12-19", "2023-12-24")),
        ("later this week", ("2023-12-26", "2023-12-31")),
    ],
)
def test_a_mondays_this_week_is_not_one_day(expression: str, expected: tuple[str, str]) -> None:
    found = resolve(expression, MONDAY)
    assert found is not None
    assert (found.start, found.end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters clashed with police this week in Lima.", ("2023-12-19", "2023-12-25")),
        ("The ministers will meet this week in Geneva.", ("2023-12-25", "2023-12-31")),
        ("The two leaders are expected to talk this week.", ("2023-12-25", "2023-12-31")),
    ],
)
def test_a_mondays_this_week_follows_the_tense(text: str, expected: tuple[str, str]) -> None:
    [(_, found)] = find_dates(text, MONDAY)
    assert (found.start, found.end) == expected


def test_this_week_later_in_the_week_still_ends_at_publication() -> None:
    found = resolve("this week", "2023-12-28")
    assert found is not None
    assert (found.start, found.end) == ("2023-12-25", "2023-12-28")


# --- events -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump last week invited Russia to dig up tens of thousands of missing emails from "
        "Clinton's time at the State Department.",
        "President Obama invited China to release the detained journalists.",
        "Germany invited Iran to stop enriching uranium.",
    ],
)
def test_an_invitation_to_do_anything_but_meet_is_an_appeal(events_at, text) -> None:
    """Round 74: "invited Russia to dig up … emails" was 036, intent to meet."""
    found = events_at(text, "2016-07-31")
    assert found and {e.cameo for e in found} == {"020"}


@pytest.mark.parametrize(
    "text",
    [
        "Putin invited Erdogan to visit Moscow in March.",
        "Germany invited Iran to attend the conference.",
        "Putin invited Erdogan to Moscow.",
    ],
)
def test_an_invitation_to_meet_stays_and_the_visit_is_only_asked_for(events_at, text) -> None:
    found = events_at(text, "2016-07-31")
    assert [e.cameo for e in found] == ["036"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Donald Trump spoke in Florida. Just yesterday, can you believe it, he urged the "
            "Russians to hack into my emails!",
            "2016-07-27",
        ),
        (
            "Donald Trump spoke in Florida. On Monday, would you believe it, he praised "
            "Vladimir Putin!",
            "2016-07-25",
        ),
        (
            "Hillary Clinton spoke in Ohio. Yesterday, can you imagine, she criticized "
            "Vladimir Putin.",
            "2016-07-27",
        ),
    ],
)
def test_a_day_before_a_question_to_the_reader_dates_the_clause_it_interrupts(
    events_at, quotes_in, text, day
) -> None:
    """Round 74: the day hung on "can you believe it" was left out and the event took the
    publication day; the aside was stored as what Trump urged."""
    found = events_at(text, "2016-07-28")
    assert found and {e.date.start for e in found} == {day}
    assert all("believe" not in q.content for q in quotes_in(text, "2016-07-28"))


@pytest.mark.parametrize(
    "text",
    [
        "Judicial Watch asked to depose Hillary Clinton. Her lawyer David Kendall opposed the "
        "Clinton deposition request.",
        "Russia condemned the Ukraine extradition request on Monday.",
        "China rejected the Japan investigation proposal on Monday.",
    ],
)
def test_a_name_on_an_act_inside_the_object_is_no_target(events_at, text) -> None:
    """Round 74: opposing "the Clinton deposition request" was 120 against Clinton."""
    found = events_at(text, "2016-07-13")
    assert [
        e.target.actor for e in found if e.target.actor in ("Hillary Clinton", "Ukraine", "Japan")
    ] == []


def test_a_named_owner_of_the_object_stays_a_target(events_at) -> None:
    found = events_at("China condemned the Japanese defense ministry on Monday.", "2016-07-13")
    assert [(e.cameo, e.target.code) for e in found] == [("111", "JPNMIL")]


@pytest.mark.parametrize(
    "text",
    [
        "Obama should act. He could do this by telling Sen. Chuck Grassley, chairman of the "
        "Senate Judiciary Committee, that he'll withdraw the Garland nomination unless "
        "hearings are underway by Sept. 6.",
        "Obama might respond by telling Senator Chuck Grassley that he will withdraw the "
        "Garland nomination.",
        "Obama would start by informing Senator Chuck Grassley that he will withdraw the "
        "Garland nomination.",
    ],
)
def test_a_speech_act_only_suggested_reports_nothing(events_at, quotes_in, text) -> None:
    """Round 74: "He could do this by telling Grassley that he'll withdraw …" gave 0356 and a
    quotation."""
    assert events_at(text, "2016-08-22") == []
    assert quotes_in(text, "2016-08-22") == []


def test_a_speech_act_made_by_telling_stays(events_at, quotes_in) -> None:
    text = (
        "Obama responded by telling Senator Chuck Grassley that he will withdraw the Garland "
        "nomination."
    )
    assert [q.content for q in quotes_in(text, "2016-08-22")] == [
        "he will withdraw the Garland nomination"
    ]
    assert [e.cameo for e in events_at(text, "2016-08-22")] == ["0356"]


@pytest.mark.parametrize(
    ("text", "appointee"),
    [
        (
            "Interior Minister Nestor Reverol, who was appointed to the cabinet position in early "
            "August by President Nicolas Maduro one day after the US government indicted him on "
            "drug charges, announced the launch of the National Plan against Kidnapping.",
            "Reverol",
        ),
        (
            "Former governor Tareck El Aissami, who was named vice president by Nicolas Maduro "
            "days after the US government accused him of drug trafficking, visited Caracas.",
            "Aissami",
        ),
        (
            "Defense Minister Vladimir Padrino Lopez, who was promoted in June by President "
            "Nicolas Maduro one week after the US Treasury sanctioned him on drug charges, "
            "opened a new base.",
            "Padrino",
        ),
    ],
)
def test_of_two_subjects_the_verb_has_the_one_before_it(events_at, text, appointee) -> None:
    """Round 74: a misparse gave "indicted" two subjects; Reverol became his own accuser."""
    found = events_at(text, "2016-10-01")
    assert all(appointee not in e.source.text for e in found)
    assert all(e.source.text.startswith("US") for e in found)


# --- quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The remarks raised concerns among intelligence experts and criticism that Trump was "
        "urging a foreign government to spy on Americans.",
        "Critics made the allegation that Trump said Russia should hack the emails.",
        "Critics voiced the suspicion that Putin had asked the hackers to leak the emails.",
    ],
)
def test_a_speech_verb_in_a_claim_about_someone_is_not_their_words(quotes_in, text) -> None:
    """Round 74: "criticism that Trump was urging a foreign government to spy" was Trump's."""
    assert quotes_in(text, "2016-07-31") == []


def test_the_claim_said_outright_stays(quotes_in) -> None:
    text = "Trump was urging a foreign government to spy on Americans, critics said."
    found = quotes_in(text, "2016-07-31")
    assert [q.content for q in found] == [
        "Trump was urging a foreign government to spy on Americans"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'But these "extraordinary cases" are only allowed for contracts up to 90,000 quetzals, '
        "according to Prensa Libre.",
        'But these "extraordinary measures" are only allowed in emergencies, according to El '
        "Tiempo.",
        'Yet those "exceptional purchases" were allowed only for small sums, according to the '
        "ministry.",
    ],
)
def test_a_term_pointed_back_to_is_no_partial_quotation(quotes_in, text) -> None:
    """Round 74: 'these "extraordinary cases"' was a partial quotation of Prensa Libre's."""
    found = quotes_in(text, "2016-05-01")
    assert found and all(q.kind == "indirect" for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Many of you have also questioned whether our opponent in this election has the "
        "experience to be president.",
        "You said last week that the wall would be built.",
        "Some of you told me that the plant would close.",
    ],
)
def test_the_audience_addressed_is_no_speaker(quotes_in, text) -> None:
    """Round 74: "Many of you have also questioned whether …" was a quotation."""
    assert quotes_in(text, "2016-07-28") == []


def test_a_group_named_in_the_third_person_still_speaks(quotes_in) -> None:
    found = quotes_in("Many of the senators questioned whether the plan would work.")
    assert [q.content for q in found] == ["whether the plan would work"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Interior Minister Nestor Reverol, who was appointed to the cabinet position in "
            "early August by President Nicolas Maduro one day after the US government indicted "
            "him on drug charges, announced the launch of the National Plan against Kidnapping "
            "on September 23, reported Panorama. The plan includes a new maximum security "
            "facility where alleged kidnappers will be held while awaiting trial.",
            "announced the launch of the National Plan against Kidnapping on September 23",
        ),
        (
            "The army shelled the town, killed five civilians and announced a curfew, the "
            "ministry said.",
            "announced a curfew",
        ),
        (
            "Governor Luis Perez, who took office in May after the army arrested his "
            "predecessor, announced new curbs on mining on Monday, reported El Tiempo.",
            "announced new curbs on mining on Monday",
        ),
    ],
)
def test_a_speech_verb_inside_a_fronted_report_is_part_of_it(quotes_in, text, content) -> None:
    """Round 74: the report ended before "announced the launch", as if it were Panorama's next
    act."""
    found = [q for q in quotes_in(text, "2016-10-01") if q.kind == "indirect"]
    assert any(q.content.endswith(content) for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Editor's note: Donald Trump regularly incites political violence and is a serial liar, "
        "rampant xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all "
        "Muslims from entering the U.S.",
        "Donald Trump is a businessman who has repeatedly pledged to build a wall.",
        "Donald Trump insults people and is a bully who has repeatedly promised to jail his rival.",
    ],
)
def test_a_relative_on_a_names_predicate_noun_speaks_for_the_name(quotes_in, text) -> None:
    """Round 74: the speaker was "rampant xenophobe"."""
    found = quotes_in(text, "2016-06-27")
    assert found and {q.speaker.actor for q in found} == {"Donald Trump"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to La Prensa , police authorities said they would hold a press "
            "conference to release more details about the incident but then canceled the event.",
            "they would hold a press conference to release more details about the incident",
        ),
        (
            "The mayor said he would attend the summit but later withdrew from it.",
            "he would attend the summit",
        ),
        (
            "The rebels said they would free the hostages but then moved them to another camp.",
            "they would free the hostages",
        ),
    ],
)
def test_what_the_speaker_did_next_is_not_what_they_said(quotes_in, text, content) -> None:
    """Round 74: "but then canceled the event" was stored as what police said."""
    found = [q for q in quotes_in(text, "2016-05-01") if q.kind == "indirect"]
    assert [q.content for q in found] == [content]


def test_a_second_promise_in_the_same_clause_stays(quotes_in) -> None:
    found = quotes_in("The mayor said he would attend the summit and bring a delegation.")
    assert [q.content for q in found] == ["he would attend the summit and bring a delegation"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "There have been at least five major arrests of Sinaloa Cartel members since "
            "November, as El Informador notes, and Herrera's capture could represent a serious "
            "blow for the group.",
            "There have been at least five major arrests of Sinaloa Cartel members since November",
        ),
        (
            "There have been at least three large seizures of cocaine since May, as El Tiempo "
            "notes, and the latest haul could hurt the group.",
            "There have been at least three large seizures of cocaine since May",
        ),
        (
            "Violence has risen sharply in the state, as the governor noted, and the army has "
            "sent more troops.",
            "Violence has risen sharply in the state",
        ),
    ],
)
def test_a_clause_joined_after_an_as_tag_is_the_writers(quotes_in, text, content) -> None:
    """Round 74: "and Herrera's capture could represent …" was stored as El Informador's."""
    found = [q for q in quotes_in(text, "2016-05-01") if q.kind == "indirect"]
    assert [q.content for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The FBI said Tuesday that it will turn over to the State Department thousands of "
            "work-related emails recovered in the investigation that the State Department said "
            "it then will review for possible public release.",
            "it will turn over to the State Department thousands of work-related emails "
            "recovered in the investigation",
        ),
        (
            "The general said the army seized weapons that the rebels claimed were hunting rifles.",
            "the army seized weapons",
        ),
        (
            "The ministry said it had released documents that the opposition said were forged.",
            "it had released documents",
        ),
    ],
)
def test_a_relative_reporting_another_speaker_closes_the_content(quotes_in, text, content) -> None:
    """Round 74: the FBI's content took in what the State Department said."""
    found = quotes_in(text, "2016-07-13")
    assert content in [q.content for q in found]


def test_whom_a_speaker_convinced_of_a_report_stays_in_the_content(quotes_in) -> None:
    text = "The minister said the army convinced the rebels that the government said it would talk."
    found = quotes_in(text)
    assert [q.content for q in found][:1] == [
        "the army convinced the rebels that the government said it would talk"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“We need to do more,” Carson tells Breitbart News, responding to the recent news that "
        "the State Department deemed 22 of Clinton’s emails “top secret” and that those emails "
        "won’t be released.",
        "The agency deemed the files “top secret” last year, officials said.",
        "The State Department said it had deemed two of the cables “top secret.”",
    ],
)
def test_a_label_deemed_is_no_quotation(quotes_in, text) -> None:
    """Round 74: "deemed 22 of Clinton's emails “top secret”" was Carson's partial quotation."""
    assert [q for q in quotes_in(text, "2016-01-30") if q.kind == "partial"] == []


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Ilya Shapiro argues at The Federalist that some of the blame for the rise of Donald "
            "Trump belongs to Chief Justice Roberts’ 2012 opinion in the Obamacare case, NFIB v. "
            "Sebelius. To a lot of readers, this sounds odd.",
            "NFIB v. Sebelius",
        ),
        (
            "Brown argues at Slate that the blame for the crisis belongs to Chief Justice "
            "Roberts’ 2012 ruling in the health care case, King v. Burwell.",
            "King v. Burwell",
        ),
        (
            "Jones argues that the blame belongs to Justice Roberts’ 2012 opinion on the law.",
            "opinion on the law",
        ),
    ],
)
def test_a_curly_possessive_mark_does_not_end_the_content(quotes_in, text, end) -> None:
    """Round 74: the content ended at "Roberts"."""
    found = quotes_in(text, "2016-03-10")
    assert [q.content.endswith(end) for q in found] == [True]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Hillary Clinton accused Republican contender Donald Trump of showing support for "
            "Russian President Vladimir Putin. The Republican presidential nominee for the Nov. "
            "8 election later said he was being sarcastic in his comments.",
            "Donald Trump",
        ),
        (
            "Democratic candidate Hillary Clinton spoke in Ohio on Monday, a day after Republican "
            "hopeful Ted Cruz spoke there. The Democratic nominee said the economy was improving.",
            "Hillary Clinton",
        ),
        (
            "Republican front-runner Donald Trump held a rally in Iowa. The GOP candidate said "
            "the polls were wrong.",
            "Donald Trump",
        ),
    ],
)
def test_a_runner_in_a_race_goes_by_any_of_its_titles(quotes_in, text, actor) -> None:
    """Round 74: "The Republican presidential nominee" after "Republican contender Donald
    Trump" was left as "candidate"."""
    found = quotes_in(text, "2016-07-31")
    assert found and {q.speaker.actor for q in found} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        "The two gangs met in 2012. Following that occasion, they agreed that all future "
        "meetings would be held with both gangs present, and it has been that way since.",
        "The rival cartels met in Monterrey. They decided that neither group would sell in the "
        "other's territory.",
        "The two parties met on Monday. Both agreed that the vote would be held in June.",
    ],
)
def test_what_several_agree_to_do_is_their_decision_not_a_quotation(quotes_in, text) -> None:
    """Round 74: "they agreed that all future meetings would be held …" was a quotation."""
    assert [
        q for q in quotes_in(text, "2016-05-01") if q.cue.text.startswith(("agree", "decide"))
    ] == []


def test_one_speakers_agreement_stays_a_quotation(quotes_in) -> None:
    found = quotes_in("The prime minister agreed that talks would resume in May.")
    assert [q.content for q in found] == ["talks would resume in May"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Hillary Clinton and Bernie Sanders debated on Saturday. Clinton’s rhetoric on the "
            "issue was noticeably more conciliatory than that of her campaign’s leadership, who, "
            "on a press call Friday, criticized Sanders for stealing their data.",
            "Sanders",
        ),
        (
            "Donald Trump and Ted Cruz clashed on Monday. His campaign's leadership criticized "
            "Cruz on Tuesday.",
            "Cruz",
        ),
        (
            "Hillary Clinton and Bernie Sanders debated on Saturday. Her campaign's leadership "
            "denounced Sanders on Sunday.",
            "Sanders",
        ),
    ],
)
def test_a_campaigns_leadership_is_the_campaigns(events_at, text, target) -> None:
    """Round 74: "her campaign's leadership" was coded as the US government."""
    found = [e for e in events_at(text, "2015-12-20") if e.target.text == target]
    assert found and {e.source.code for e in found} == {"USAPTY"}


def test_a_countrys_leadership_stays_its_government(events_at) -> None:
    text = "The Russian leadership criticized Ukraine on Tuesday."
    assert [e.source.code for e in events_at(text, "2015-12-20")] == ["RUSGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "Editor’s note: Donald Trump regularly incites political violence and is a serial liar,"
        "\xa0rampant xenophobe, racist, misogynist and birther who has repeatedly pledged to ban "
        "all Muslims — 1.6 billion members of an entire religion — from entering the U.S.",
        "Donald Trump is a bully,\xa0serial liar, racist and birther who has repeatedly promised "
        "to jail his rival.",
        "Editor’s note: Donald Trump is a demagogue,\xa0habitual liar, bigot and birther who has "
        "often vowed to deport millions of immigrants.",
    ],
)
def test_a_relative_on_an_apposed_predicate_noun_speaks_for_the_name(quotes_in, text) -> None:
    """Round 75: a no-break space after "liar," made "xenophobe" an apposition, and the speaker
    stayed "rampant xenophobe"."""
    found = quotes_in(text, "2016-06-27")
    assert found and {q.speaker.actor for q in found} == {"Donald Trump"}


@pytest.mark.parametrize(
    "text",
    [
        "''When Twitter says, 'We can't do this,' I don't believe that,'' said Hany Farid, "
        "chairman of the computer science department at Dartmouth College, who co-developed the "
        "child pornography tracking system with Microsoft.",
        "''We cannot wait any longer,'' said Maria Lopez, director of the public health "
        "department at Harvard University, who co-authored the study with Google.",
        "“We will win,” said Jones, a lawyer who co-wrote the bill with two senators.",
    ],
)
def test_nothing_after_the_speaker_of_an_inverted_cue_is_reported(quotes_in, text) -> None:
    """Round 75: "who co-developed the … system" was stored as what Farid said."""
    found = quotes_in(text, "2015-12-09")
    assert [q.kind for q in found] == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        "In a statement Tuesday, Judicial Watch President Tom Fitton called Clinton's assertion "
        'of a "claim of right" over her recovered emails "significant and disturbing."',
        'Fitton called Clinton\'s assertion of a "right to privacy" over the emails "disturbing."',
        'The mayor called the governor\'s assertion of a "budget miracle" "absurd."',
    ],
)
def test_a_term_in_someone_elses_claim_is_not_the_critics(quotes_in, text) -> None:
    """Round 75: Clinton's "claim of right" was Fitton's partial quotation."""
    terms = ("claim of right", "right to privacy", "budget miracle")
    assert [q for q in quotes_in(text, "2016-07-13") if q.content in terms] == []


def test_a_claim_quoted_without_its_owner_stays(quotes_in) -> None:
    found = quotes_in('The senator criticized the claim of a "rigged election" on Monday.')
    assert [q.content for q in found] == ["rigged election"]


_DEBATE_LEAD = (
    "In the third Democratic presidential primary debate Saturday, Sen. Bernie Sanders "
    "apologized to his supporters and to Hillary Clinton for his campaign's accessing of her "
    "data. The DNC had blocked his access to the data. His campaign sued the DNC in federal "
    "court on Friday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "When pressed by the debate's moderators, Sanders did apologize to Clinton and to his "
        "supporters for the incident.",
        "Later in the debate, Clinton praised Sanders for his apology.",
        "At the debate, Sanders criticized Clinton over her ties to Wall Street.",
    ],
)
def test_a_sentence_naming_the_leads_occasion_again_takes_its_day(events_at, sentence) -> None:
    """Round 75: "the debate's moderators" after another day was named took the publication
    day, not Saturday's."""
    found = [
        e
        for e in events_at(_DEBATE_LEAD + sentence, "2015-12-20")
        if e.evidence.sentence == sentence
    ]
    assert found and {e.date.start for e in found} == {"2015-12-19"}


def test_a_sentence_after_another_day_without_the_occasion_is_not_dated_by_it(events_at) -> None:
    sentence = "Sanders criticized Clinton over her ties to Wall Street."
    found = [
        e
        for e in events_at(_DEBATE_LEAD + sentence, "2015-12-20")
        if e.evidence.sentence == sentence
    ]
    assert found and {e.date.basis for e in found} == {"published"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mexican police arrested a top financier for the Zetas on Monday.", "MEXCRM"),
        ("Colombian police detained a recruiter for the FARC in Cali on Monday.", "COLREB"),
        ("Mexican police detained a weapons supplier for the Gulf Cartel on Monday.", "MEXCRM"),
    ],
)
def test_someone_working_for_a_group_is_of_that_group(events_at, text, target) -> None:
    """Round 75 (missed): "arrested a major methamphetamine producer for the Sinaloa Cartel"
    gave no arrest."""
    found = events_at(text, "2016-03-10")
    assert [(e.cameo, e.target.code) for e in found] == [("173", target)]


def test_someone_working_for_a_person_is_not_that_person(events_at) -> None:
    assert events_at("Police arrested a lawyer for Hillary Clinton on Monday.", "2016-03-10") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Governor Luis Perez, who took office in May after the army arrested his "
            "predecessor, announced new curbs on mining on Monday, reported El Tiempo.",
            "Governor Luis Perez announced new curbs on mining on Monday",
        ),
        (
            "The minister, who was appointed in August, launched a new plan against kidnapping "
            "on Monday, El Nacional reported.",
            "The minister launched a new plan against kidnapping on Monday",
        ),
        (
            "General Ruiz, who has led the army since 2014, ordered more troops to the border, "
            "La Prensa reported.",
            "General Ruiz ordered more troops to the border",
        ),
    ],
)
def test_the_writers_background_on_a_fronted_reports_subject_is_left_out(
    quotes_in, text, content
) -> None:
    """Round 75: Panorama's report took in "who was appointed … after the US government
    indicted him", the writer's background on Reverol."""
    found = [q for q in quotes_in(text, "2016-10-01") if q.kind == "indirect"]
    assert [q.content for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The Taliban rejected on Monday an Afghan government offer of a ceasefire and they "
            "would persist with their attacks .",
            "AFG",
        ),
        ("Russia rejected a US administration proposal on Monday.", "USA"),
        ("The rebels rejected a Colombian government offer of talks on Friday.", "COL"),
    ],
)
def test_a_body_named_like_an_act_still_owns_the_object(events_at, text, target) -> None:
    """CAMEO spans tune half: the round-74 rule read "government" as an act and lost the 120."""
    found = events_at(text, "2016-01-15")
    assert [(e.cameo, e.target.code) for e in found] == [("120", target)]
