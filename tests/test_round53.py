"""Kinds of blind-audit rounds 51 and 53 (fresh seeds 42 and 43; session 2026-12-04): each kind,
the input and two paraphrases of our own (a guard where the old code already passed, and one
for the reading the rule must keep).

Events: a result clause ("so frustrated … that they are now unloading on Clinton") is no plan;
what a place or a fact offers is no offer to cooperate; a protest of a decision is an objection
(114), not a demonstration; a visit to, or a meeting with, the press is an interview; "early in
his campaign", "in his first term", "years ago" date nothing, so the event takes no day (not
the publication day); a programme called "Today" is no date.
Actors: "Republican leaders" lead the party (PTY); a person the text calls a former something
who holds an office that day keeps that office.
Quotes: a relative clause the parser hung on an evaluative cue is no content; a "she" after a
sentence whose fronted clause names another person first is the main clause's subject's.
"""

from __future__ import annotations

import pytest

from dyads.timex import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Republicans are so frustrated with the FBI’s unanimous decision that they are now "
        "completely unloading on Secretary Clinton with everything they’ve got— right before "
        "the presidential conventions.",
        "Moscow is so annoyed by NATO's plan that it has condemned the alliance every day.",
        "Democrats are so angry about the court's decision that they are now attacking Speaker "
        "Paul Ryan every day.",
    ],
)
def test_a_result_clause_is_no_plan(events_at, text) -> None:
    """Round 51: the result clause hung on "decision" made the criticism a threat (130)."""
    found = events_at(text, "2016-07-11")
    assert found and all(e.cameo[:2] == "11" for e in found)


def test_the_content_of_a_decision_is_still_to_come(events_at) -> None:
    assert events_at("The decision that Russia would attack Ukraine was made.", "2016-07-11") == []


@pytest.mark.parametrize(
    "text",
    [
        "The US Drug Enforcement Administration (DEA) believes Mexico's fugitive drug lord "
        "Joaquin Guzman is likely hiding out in his home state of Sinaloa, as it offers him the "
        "best chance to avoid capture.",
        "Mexico offers the cartels the best opportunity to launder money.",
        "Honduras offered the traffickers a window to move cocaine north.",
    ],
)
def test_what_a_place_offers_is_no_offer_to_cooperate(events_at, text) -> None:
    """Round 51: "as it offers him the best chance to avoid capture" was DEA 030 Guzman."""
    assert [e for e in events_at(text, "2016-07-11") if e.cameo[:2] == "03"] == []


def test_an_offer_of_a_loan_is_still_an_offer(events_at) -> None:
    found = events_at("Germany offered Greece a loan.", "2016-07-11")
    assert [(e.source.code, e.cameo[:2], e.target.code) for e in found] == [("DEU", "03", "GRC")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "But the missive suggests Republicans have no intention of dialing back their "
            "protest of the FBI's refusal to prosecute Clinton.",
            "USAPTY",
        ),
        ("China renewed its protest of the US arms sale to Taiwan.", "CHN"),
        ("Beijing has not dropped its protest of Washington's arms sale.", "CHNGOV"),
    ],
)
def test_a_protest_of_a_decision_is_an_objection(events_at, text, source) -> None:
    """Round 51: "their protest of the FBI's refusal" was a demonstration (141)."""
    found = events_at(text, "2016-07-11")
    assert [(e.source.code, e.cameo) for e in found] == [(source, "114")]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his recent remarks about "
        "his Democratic presidential rival, Hillary Clinton.",
        "Obama met with the New York Times editorial board on Monday.",
        "Sen. Ted Cruz visited CNN on Tuesday to discuss the debate.",
    ],
)
def test_a_visit_to_the_press_is_an_interview(events_at, text) -> None:
    """Round 53: Sanders visiting NBC's "Today" was 042 against NBC, dated by "Today"."""
    assert [e for e in events_at(text, "2016-04-08") if e.cameo[:2] == "04"] == []


def test_a_visit_to_a_country_stays(events_at) -> None:
    found = events_at("Obama visited Cuba on Monday.", "2016-04-08")
    assert [(e.cameo, e.target.code) for e in found] == [("042", "CUB")]


@pytest.mark.parametrize(
    "text",
    [
        "Sanders visited NBC’s “Today” on the show's last day.",
        "She told ABC's 'Today' nothing new.",
        'He appeared on "Tonight" with Jimmy Fallon.',
    ],
)
def test_a_programme_s_name_is_no_date(text) -> None:
    """Round 53: NBC's "Today" dated an event by the publication day, basis text."""
    assert [span.text for _, span in find_dates(text, "2016-04-08")] == []


def test_today_opening_a_quotation_is_still_a_date() -> None:
    found = find_dates("“Today we act,” he said.", "2016-04-08")
    assert [(span.text, span.start) for _, span in found] == [("Today", "2016-04-08")]


@pytest.mark.parametrize(
    "text",
    [
        "Early in his campaign, Trump attacked Obama, calling him, among other things, “a failed "
        "president.”",
        "In his first term, Senator Ted Cruz criticized Obama.",
        "Years ago, Putin praised Merkel.",
    ],
)
def test_an_earlier_stretch_of_time_dates_nothing(events_at, text) -> None:
    """Round 53: "Early in his campaign, Trump attacked Romney" took the publication day. (A
    head's own term is dated by the office-holder table since round 113: "In his first term,
    Obama criticized Netanyahu" is 2009-2013, `tests/test_round114_events.py`.)"""
    found = events_at(text, "2016-05-05")
    assert found and all(e.date is None for e in found)


def test_a_time_ago_that_names_its_length_is_a_date(events_at) -> None:
    found = events_at("Two years ago, Putin praised Merkel.", "2016-05-05")
    assert [(e.date.start, e.date.precision) for e in found] == [("2014-01-01", "year")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Several Republican leaders, including Sens. John McCain (Ariz.) and Chuck Grassley "
            "(Iowa), have since denounced Trump’s comments.",
            "USAPTY",
        ),
        ("Democratic leaders praised Obama's speech on Tuesday.", "USAPTY"),
        ("Top Republican officials condemned Hillary Clinton.", "USAPTY"),
    ],
)
def test_a_party_s_leaders_are_the_party_s(events_at, text, code) -> None:
    """Round 51: "Several Republican leaders" were coded USAGOV."""
    assert [e.source.code for e in events_at(text, "2016-08-03")] == [code]


def test_another_country_s_social_democrats_are_not_american(mentions_of) -> None:
    found = mentions_of("Social Democratic leaders in Germany criticized Merkel.", "2016-08-03")
    assert [m.code for m in found if m.text == "leaders"] != ["USAPTY"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Former Democratic candidate Bernie Sanders, who on Tuesday endorsed Clinton, said "
            "Wednesday he agrees with Ginsburg’s remarks.",
            "USALEG",
        ),
        ("Former presidential candidate John McCain criticized Trump on Tuesday.", "USALEG"),
        ("Former Florida Gov. Jeb Bush criticized Obama on Tuesday.", "USAPTY"),
    ],
)
def test_a_former_something_in_office_keeps_the_office(mentions_of, text, code) -> None:
    """Round 53: "Former Democratic candidate Bernie Sanders", a senator, was USAELI; the last
    is a candidate that day (the office-holder table)."""
    found = mentions_of(text, "2016-01-13" if "Jeb" in text else "2016-07-13")
    assert found[0].code == code


def test_a_former_president_out_of_office_is_an_elite(mentions_of) -> None:
    found = mentions_of("Former President George W. Bush criticized Trump.", "2016-07-13")
    assert found[0].code == "USAELI"


@pytest.mark.parametrize(
    "text",
    [
        "Noting that both Reagan and Trump fought the media, Schlafly praised one facet of "
        "Trump’s campaign that, to her, recalls Reagan.",
        "Obama criticized a policy of the Kremlin that, in his view, harms Ukraine.",
        "Sanders blamed a system of campaign finance that, he said, rewards donors.",
    ],
)
def test_a_relative_clause_is_no_praise_s_content(quotes_in, text) -> None:
    """Round 53 (paraphrase of the sentence before the Schlafly quotation): "that, to her,
    recalls Reagan" was stored as what Schlafly praised."""
    assert [q for q in quotes_in(text, "2016-09-06") if q.cue and q.cue.text != "Noting"] == []


def test_a_told_clause_with_a_demonstrative_subject_stays(quotes_in) -> None:
    assert [q.content for q in quotes_in("He told reporters that was wrong.")] == ["that was wrong"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Conservative activist Phyllis Schlafly died Monday. Noting that both Reagan and "
            "Trump fought the media, Schlafly put her finger on one facet of Trump’s campaign "
            "that, to her, invokes Reagan. “Trump is the first candidate since Reagan who speaks "
            "of winning,” she wrote.",
            "Phyllis Schlafly",
        ),
        (
            "Senator Mary Landrieu spoke first. Recalling that Obama and Biden had both visited "
            "the state, Landrieu put her trust in one part of the plan that, to her, helps "
            "Louisiana. “We needed that,” she said.",
            "Mary Landrieu",
        ),
        (
            "Marco Rubio spoke to Obama's record. Noting that Obama and Kerry had both failed, "
            "Rubio made his case against a deal that, to him, endangers Israel. “It is a "
            "disaster,” he said.",
            "Marco Rubio",
        ),
    ],
)
def test_the_main_clause_s_subject_goes_on_speaking(quotes_in, text, actor) -> None:
    """Round 53: Schlafly's "“Trump is the first candidate …,” she wrote" went to Reagan, the
    subject of the clause fronted to her sentence."""
    found = [q for q in quotes_in(text, "2016-09-06") if q.kind == "direct"]
    assert [q.speaker.actor for q in found] == [actor]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "During questioning, Maria Lopez said she was Guzman's daughter, an identity that was "
            "reportedly confirmed through a check of her fingerprints.",
            "she was Guzman's daughter",
        ),
        (
            "General Juan Perez said the rebels fired first, a version of events that villagers "
            "reject.",
            "the rebels fired first",
        ),
        (
            "Juan Perez said he acted alone, an account that police have questioned.",
            "he acted alone",
        ),
    ],
)
def test_the_writer_s_word_on_a_claim_is_not_said(quotes_in, text, content) -> None:
    """Round 53: "she said she was Guzman's daughter, an identity that was reportedly confirmed
    through a check of her fingerprints" kept the writer's gloss as her words."""
    assert [q.content for q in quotes_in(text, "2016-06-01")] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the Anti-drug Directorate of Peru's National Police (Dirandro), more "
            "than 2,000 tons of precursor chemicals have been seized this year, which Dirandro "
            "head Julio Vela Utor said was double the amount seized in 2011, reported Peru21.",
            "more than 2,000 tons of precursor chemicals have been seized this year",
        ),
        (
            "According to the army, 40 rebels were killed last week, which the governor said was "
            "the highest toll this year.",
            "40 rebels were killed last week",
        ),
        (
            "According to the ministry, exports rose 5 percent, which analysts said was a "
            "surprise.",
            "exports rose 5 percent",
        ),
    ],
)
def test_according_to_stops_before_another_speaker_s_relative(quotes_in, text, content) -> None:
    """Round 53: the Dirandro head's "was double the amount seized in 2011" was stored inside
    the directorate's claim."""
    found = [q for q in quotes_in(text, "2016-06-01") if q.cue and q.cue.text == "According to"]
    assert [q.content for q in found] == [content]


def test_according_to_keeps_a_relative_clause_of_its_own(quotes_in) -> None:
    text = "According to the ministry, the army bought 40 trucks, which cost $2 million."
    assert [q.content for q in quotes_in(text, "2016-06-01")] == [
        "the army bought 40 trucks, which cost $2 million"
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The union will likely sit out the election altogether, UMWA Director of Government "
            "Affairs Phil Smith told POLITICO earlier this week.",
            "Phil Smith",
        ),
        (
            "Prices will rise, AFL-CIO Director of Public Policy Damon Silvers told Reuters on "
            "Monday.",
            "Damon Silvers",
        ),
        (
            "The strike will go ahead, Teamsters Director of Organizing Jeff Farmer told the "
            "Associated Press.",
            "Jeff Farmer",
        ),
    ],
)
def test_a_capitalised_title_s_person_is_the_speaker(quotes_in, text, actor) -> None:
    """Round 53: the union's director was stored as "UMWA Director", actor "government"."""
    assert [q.speaker.actor for q in quotes_in(text, "2016-06-01")] == [actor]


def test_the_person_of_a_relation_is_not_the_speaker(quotes_in) -> None:
    found = quotes_in("The talks failed, the Wife of Trump told reporters.", "2016-06-01")
    assert [q.speaker.actor for q in found] != ["Donald Trump"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump has said that given his criticism of Mitt Romney it would be very hard for "
        "Romney to attend.",
        "Given Beijing's criticism of Japan, Tokyo canceled the trip.",
        "Considering Russia's attacks on Ukraine, the EU extended sanctions.",
    ],
)
def test_a_premise_already_known_is_no_deed_reported(events_at, text) -> None:
    """Round 53: "given his criticism of Romney" was a fresh 111 on the publication day."""
    assert [e for e in events_at(text, "2016-05-05") if e.cameo[:2] in ("11", "19")] == []


def test_a_possessed_deed_told_as_news_stays(events_at) -> None:
    found = events_at("Russia's attacks on Ukraine continued on Monday.", "2016-05-05")
    assert [(e.source.code, e.cameo[:2], e.target.code) for e in found] == [("RUS", "19", "UKR")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Sitting down with MSNBC\'s "The Rachel Maddow Show" on Thursday, during which she '
            "also touched on the idea of a female running mate, Clinton remarked that she was "
            '"a little surprised" to be debating health care in her race against Sanders.',
            'she was "a little surprised" to be debating health care in her race against Sanders',
        ),
        (
            "Speaking at a rally in Ohio, at which he also attacked the press, Trump said the "
            "election was rigged.",
            "the election was rigged",
        ),
        (
            "After a long meeting with Merkel, in which they discussed refugees, Obama said the "
            "talks had gone well.",
            "the talks had gone well",
        ),
    ],
)
def test_a_fronted_relative_clause_is_not_said(quotes_in, text, content) -> None:
    """Round 53: "during which she also touched on the idea of a female running mate" was
    stored as what Clinton remarked."""
    found = quotes_in(text, "2016-06-01")
    assert [q.content for q in found if q.kind == "indirect"] == [content]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Donald Trump attacked Justice Ruth Bader Ginsburg on Wednesday. “She should resign,” "
            "the presumptive Republican presidential nominee wrote.",
            "Donald Trump",
        ),
        (
            "Hillary Clinton spoke in Ohio on Monday. “We will win,” the likely Democratic "
            "nominee said.",
            "Hillary Clinton",
        ),
        (
            "Donald Trump spoke in Iowa on Monday. “We will win,” the brash Republican candidate "
            "said.",
            "Donald Trump",
        ),
    ],
)
def test_a_party_s_nominee_with_an_adjective_is_the_named_one(quotes_in, text, actor) -> None:
    """Round 53: Trump's tweet was given to "the presumptive Republican presidential nominee"
    with no actor."""
    assert [q.speaker.actor for q in quotes_in(text, "2016-07-13")] == [actor]


# -- rounds 54 (fresh seed 44) and 55 (seed 1) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Bernie Sanders met Pope Francis on Saturday. Some of Sanders's advisers, including "
            "his wife, Jane, also were at the meeting. He said that there was no discussion of "
            "his underdog candidacy or the election.",
            "Bernie Sanders",
        ),
        (
            "Hillary Clinton toured Iowa on Monday. Some of her advisers, including her husband, "
            "Bill, also were there. She said the race was close.",
            "Hillary Clinton",
        ),
        (
            "Ted Cruz toured Iowa on Monday. Some of his advisers, including his wife, Heidi, "
            "also were there. He said the race was close.",
            "Ted Cruz",
        ),
    ],
)
def test_a_given_name_alone_tells_a_gender(quotes_in, text, actor) -> None:
    """Round 55: "He said …" after "his wife, Jane" was Jane's."""
    assert [q.speaker.actor for q in quotes_in(text, "2016-04-18")] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Sunday, on CNN’s “State of the Union,” while commenting on the racial divide "
        "highlighted by the recent police shootings in Louisiana and a sniper targeting and "
        "killing five Dallas police officers, Governor Mary Fallin said the country must heal.",
        "Speaking about the attacks and a gunman killing three Israeli soldiers, Prime Minister "
        "Benjamin Netanyahu said Israel would respond.",
        "Commenting on the protests and a policeman shooting two Palestinian teenagers, "
        "President Mahmoud Abbas said Israel was to blame.",
    ],
)
def test_a_gerund_s_own_doer_is_not_the_speaker(events_at, text) -> None:
    """Round 54: Governor Fallin was coded as killing the Dallas officers (190)."""
    assert [e for e in events_at(text, "2016-07-10") if e.cameo[:2] in ("18", "19")] == []


@pytest.mark.parametrize(
    "text",
    [
        # round 77 judged "… will provide the template she follows" no event at all (what the
        # offensive will do; tests/test_round76.py): the offensive under way stays verbal
        "Hillary Clinton's gun control offensive against Bernie Sanders in South Carolina "
        "intensified on Monday.",
        "Donald Trump launched a fresh assault on Hillary Clinton on Monday.",
        "Ted Cruz's barrage against Donald Trump continued in Iowa on Monday.",
    ],
)
def test_a_politician_s_offensive_is_in_words(events_at, text) -> None:
    """Round 54: "Clinton's gun control offensive against Sanders" was 190."""
    found = events_at(text, "2016-02-25")
    assert found and all(e.cameo == "111" for e in found)


def test_an_army_s_offensive_is_still_force(events_at) -> None:
    found = events_at("Russia's offensive against Ukraine continued on Monday.", "2016-02-25")
    assert [e.cameo[:2] for e in found] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "Former UN Ambassador John Bolton criticized Barack Obama on Tuesday.",
        "UN Ambassador Samantha Power criticized Russia on Tuesday.",
        "Former UN Ambassador Susan Rice criticized Russia on Tuesday.",
    ],
)
def test_a_country_s_envoy_to_a_body_is_the_country_s(events_at, text) -> None:
    """Round 54: "Former UN Ambassador John Bolton" was coded IGOUNO (the UN itself)."""
    found = events_at("Washington (AP) - " + text, "2016-05-05")
    assert [e.source.code[:3] for e in found] == ["USA"]


@pytest.mark.parametrize(
    "text",
    [
        "UN Secretary-General Ban Ki-moon criticized Israel.",
        "UN special envoy Staffan de Mistura criticized Israel.",
    ],
)
def test_the_body_s_own_officials_are_the_body_s(events_at, text) -> None:
    assert [e.source.code for e in events_at(text, "2016-05-05")] == ["IGOUNO"]


@pytest.mark.parametrize(
    "text",
    [
        "However, Salvadoran Justice Minister David Munguia Payes also cautioned that the "
        "government is prepared to seek other means of reducing gang activity if the "
        "negotiations fall through.",
        "Russian Defence Minister Sergei Shoigu warned that the Russian government would "
        "respond to NATO.",
        "Iran's foreign minister cautioned that the Iranian government is ready to retaliate.",
    ],
)
def test_a_warning_about_one_s_own_government_targets_no_one(events_at, text) -> None:
    """Round 54: Munguia's warning was coded SLVMIL threatening SLVGOV, his own government."""
    found = events_at(text, "2016-05-05")
    assert [e for e in found if e.source.country == e.target.country] == []


def test_a_warning_about_another_government_stays(events_at) -> None:
    found = events_at("Obama warned that the Russian government would pay a price.", "2016-05-05")
    assert [(e.source.code, e.target.code) for e in found] == [("USAGOV", "RUSGOV")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "At the moment Sanders announced his candidacy last spring, Mook was holding a meeting "
            "in his office at the campaign's Brooklyn headquarters and told aides that he viewed "
            "Sanders as a genuine threat.",
            ["Mook"],
        ),
        (
            "At the moment Trump announced his run in June, Cruz was meeting donors in Texas and "
            "told them that he would win.",
            ["Cruz"],
        ),
        (
            "At the moment Obama declared victory that night, Clinton was meeting aides and told "
            "them she would concede.",
            ["Clinton"],
        ),
    ],
)
def test_a_clause_of_time_before_the_main_one_reports_nothing(quotes_in, text, speakers) -> None:
    """Round 54: "At the moment Sanders announced his candidacy …, Mook was holding a meeting
    … and told aides …" gave Sanders both the meeting and Mook's words."""
    assert [q.speaker.text for q in quotes_in(text, "2016-02-15")] == speakers


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "As Donald Trump began tweeting out his new nickname for Hillary Clinton, his son said "
            "The Donald is just getting started. Eric Trump, son of the Republican presidential "
            "front-runner, talked politics Monday on Fox and Friends. “She is running negative ads "
            "against us,” Eric Trump said. “Crooked Hillary Clinton is spending a fortune on ads "
            "against me,” Trump tweeted.",
            "Donald Trump",
        ),
        (
            "Hillary Clinton spoke in Ohio on Monday. Chelsea Clinton, daughter of the Democratic "
            "front-runner, spoke in Iowa. “We will win,” Chelsea Clinton said. “I will fight for "
            "you,” Clinton said.",
            "Hillary Clinton",
        ),
        (
            "Jeb Bush spoke in Iowa on Monday. George P. Bush, son of the former governor, spoke "
            "in Texas. “We are proud,” George P. Bush said. “I will win,” Bush said.",
            "Jeb Bush",
        ),
    ],
)
def test_a_bare_surname_is_not_the_relative_s(quotes_in, text, actor) -> None:
    """Round 54: "Trump tweeted" went to Eric Trump, introduced as the candidate's son."""
    found = quotes_in(text, "2016-05-09")
    assert found[-1].speaker.actor == actor


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Just days before it was to report earnings, the social media company Twitter said "
            "on Friday that it had suspended 125,000 accounts.",
            "USABUS",
        ),
        ("Facebook said on Monday that it would hire 3,000 moderators.", "USABUS"),
        ("Google said it had removed the videos.", "USABUS"),
    ],
)
def test_a_platform_that_speaks_is_a_company(quotes_in, text, code) -> None:
    """Round 54: "She" (Megyn Kelly) went to "Twitter", read as a person; the company's own
    statements had no code."""
    assert [q.speaker.code for q in quotes_in(text, "2016-02-05")] == [code]


def test_a_platform_one_posts_on_is_no_actor(mentions_of) -> None:
    """Round 57: "Follow John Nolte on Twitter" coded Twitter as an actor."""
    found = mentions_of("Follow John Nolte on Twitter.", "2016-02-05")
    assert [m.text for m in found if m.text == "Twitter"] == []


# -- round 56 (fresh seed 45) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'In her book, "Trafico de armas en Mexico," Magda Coss reports that from 2000 to 2008, '
        "Sedena was notified of the robbery of 6,932 weapons.",
        'In his memoir, "A Promised Land," Obama writes that he had doubts about the surge.',
        'In their documentary, "The Other Side," the directors show that the wall failed.',
    ],
)
def test_a_work_s_title_is_not_said(quotes_in, text) -> None:
    """Round 56: the book's title "Trafico de armas en Mexico" was stored as Coss's words."""
    assert [q for q in quotes_in(text, "2016-06-01") if q.kind != "indirect"] == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Rubio had been rocked by Mr. Christie, The New Hampshire Union Leader said. “Choke!” "
            "blared the front page of The Boston Herald.",
            "Boston Herald",
        ),
        ("“Choke!” blared the front page of The Boston Herald.", "Boston Herald"),
        (
            "Christie spoke first. “Will you resign?” asked the Union Leader on Monday.",
            "New Hampshire Union Leader",
        ),
    ],
)
def test_a_paper_s_cry_is_the_paper_s(quotes_in, text, actor) -> None:
    """Round 56: "''Choke!'' blared the front page of The Boston Herald" went to the Union
    Leader, itself coded as a government leader (USAGOV)."""
    found = [q for q in quotes_in(text, "2016-02-08") if q.kind == "direct"]
    assert [(q.speaker.actor, q.speaker.code) for q in found] == [(actor, "USAMED")]
