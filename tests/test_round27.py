"""Kinds of blind-audit round 27 (fresh seed 25) and of PolNeAR train's tune half (session
2026-12-03): a description speaker ("the Republican presidential candidate") for the one person
of its sector just named; a participle's speaker is the passive subject above it, not the
agent; a subject closing a dash-set aside gives way to what follows the dash; '“…,” X added,
saying …' is X's; a city a route starts from is a place; self-defense forces are armed groups.
Each kind: the input and two paraphrases."""

from __future__ import annotations

import pytest


def _speakers(quotes, words: str) -> list[str | None]:
    return [q.speaker.actor if q.speaker else None for q in quotes if words in q.content]


@pytest.mark.parametrize(
    ("text", "published", "words", "actor"),
    [
        (
            "Ben Carson says he is under political attack because of his rise in the polls.\n\n"
            "“There’s no question I’m getting special scrutiny,” the Republican presidential "
            "candidate told CBS’ Face the Nation on Sunday.",
            "2015-11-09",
            "special scrutiny",
            "Ben Carson",
        ),
        (
            "Hillary Clinton spent the morning at a diner in Des Moines.\n\n"
            "“We have to raise wages for working families,” the Democratic presidential "
            "candidate told reporters afterwards.",
            "2016-01-20",
            "raise wages",
            "Hillary Clinton",
        ),
        (
            "Ben Carson toured a factory in Ohio on Tuesday.\n\n"
            "“People are ready for an outsider,” the candidate said as he left.",
            "2015-11-10",
            "ready for an outsider",
            "Ben Carson",
        ),
    ],
)
def test_a_description_speaker_is_the_one_person_of_its_sector_just_named(
    quotes_in, text, published, words, actor
) -> None:
    assert _speakers(quotes_in(text, published), words) == [actor]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # the party of the description is not the party of the person named
            "Ben Carson says he is under political attack.\n\n"
            "“There’s no question I’m getting special scrutiny,” the Democratic presidential "
            "candidate told CBS on Sunday.",
            "special scrutiny",
        ),
        (  # two candidates named: no telling which
            "Ben Carson and Donald Trump met donors in Iowa.\n\n"
            "“We will win this state,” the candidate told reporters.",
            "win this state",
        ),
    ],
)
def test_a_description_speaker_is_never_a_guess(quotes_in, text, words) -> None:
    found = _speakers(quotes_in(text, "2015-11-09"), words)
    assert found and all(a not in ("Ben Carson", "Donald Trump") for a in found), found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Comedian Sarah Silverman was booed and shouted down by Bernie Sanders supporters "
            "after telling holdouts for the Vermont senator that they were “being ridiculous.”",
            "being ridiculous",
            "Sarah Silverman",
        ),
        (
            "Senator Ted Cruz was jeered and heckled by delegates on the floor after telling "
            "them to vote their “conscience.”",
            "conscience",
            "Ted Cruz",
        ),
        (
            "Mayor Bill de Blasio was cheered and applauded by union members after telling "
            "them that the city would “never abandon” its workers.",
            "never abandon",
            "Bill de Blasio",
        ),
    ],
)
def test_a_participles_speaker_is_the_passive_subject_not_the_agent(
    quotes_in, text, words, speaker
) -> None:
    found = _speakers(quotes_in(text, "2016-07-25"), words)
    assert found and all(a is not None and speaker in a for a in found), found


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        (
            "In the letter - addressed to the U.S. attorney for the District of Columbia, "
            "Channing D. Phillips - the Utah Republican asks for an investigation to determine "
            "whether “Secretary Clinton or her employees violated statutes.”",
            "Secretary Clinton or her employees",
            "Phillips",
        ),
        (
            "In the memo - sent to the committee chairman, Trey Gowdy - the Maryland Democrat "
            "asks for a hearing to establish whether “the panel has wasted public money.”",
            "wasted public money",
            "Gowdy",
        ),
        (
            "In the filing - delivered to the presiding judge, Gonzalo Curiel - the former "
            "students ask for a ruling on whether “the university misled its customers.”",
            "misled its customers",
            "Curiel",
        ),
    ],
)
def test_the_last_name_of_a_dash_set_aside_is_not_the_speaker(
    quotes_in, text, words, wrong
) -> None:
    found = [q for q in quotes_in(text, "2016-09-07") if words in q.content]
    assert found and all(q.speaker and wrong not in q.speaker.text for q in found), [
        q.speaker for q in found
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Comey cannot say that “from his perspective,” Lewandowski added, saying it should "
            "be “up to the prosecutor to move forward or not.”",
            "up to the prosecutor",
            "Lewandowski",
        ),
        (
            "Obama cannot claim that “on his watch,” Priebus added, saying the deficit had been "
            "“allowed to grow unchecked.”",
            "allowed to grow unchecked",
            "Priebus",
        ),
        (
            "Clinton cannot say that “in good faith,” Conway added, saying the emails were "
            "“deleted on purpose.”",
            "deleted on purpose",
            "Conway",
        ),
    ],
)
def test_a_participle_after_a_tag_with_its_own_subject_is_the_tags_speaker(
    quotes_in, text, words, speaker
) -> None:
    found = [q for q in quotes_in(text, "2016-07-06") if words in q.content]
    assert found and all(q.speaker and speaker in q.speaker.text for q in found), [
        q.speaker for q in found
    ]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The airline operates flights from Caracas to Istanbul twice a week.", "Caracas"),
        ("The cocaine was shipped from Bogota to Madrid in banana crates.", "Bogota"),
        ("Diplomats flew in from Beijing for the talks.", "Beijing"),
    ],
)
def test_a_city_a_route_starts_from_is_a_place(mentions_of, text, city) -> None:
    found = [m for m in mentions_of(text) if m.text == city]
    assert found and all(m.code is None for m in found), [(m.text, m.code) for m in found]


def test_a_message_from_a_capital_is_still_its_government(mentions_of) -> None:
    found = [
        m for m in mentions_of("A stern message from Moscow reached Kyiv.") if m.text == "Moscow"
    ]
    assert [m.code for m in found] == ["RUSGOV"]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "The Gaitanista Self-Defense Forces control the coca routes of Uraba.",
            "Gaitanista Self-Defense Forces",
            "COLCRM",
        ),
        ("Colombian self-defense forces attacked the village.", "self-defense forces", "COLUAF"),
        ("Mexican self-defense groups took over the town hall.", "self-defense groups", "MEXUAF"),
    ],
)
def test_self_defense_forces_are_armed_groups_not_the_military(
    mentions_of, text, words, code
) -> None:
    found = [m for m in mentions_of(text) if words in m.text]
    assert found and {m.code for m in found} == {code}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "published", "words", "actor"),
    [
        (
            "Hillary Clinton has a word for Donald Trump’s plan to deport 11 million people.\n\n"
            "The Democratic presidential candidate blasted Trump’s call for a “deportation "
            "force” on Wednesday, calling it “absurd.”",
            "2015-11-11",
            "absurd",
            "Hillary Clinton",
        ),
        (
            "Donald Trump answered Hillary Clinton’s speech on trade within the hour.\n\n"
            "The Republican presidential candidate mocked her plan for “smart power” on "
            "Twitter, calling it “a total disaster.”",
            "2016-06-02",
            "total disaster",
            "Donald Trump",
        ),
        (
            "Bernie Sanders met Donald Trump’s charge head on.\n\n"
            "The Democratic presidential candidate slammed Trump’s idea of a “big beautiful "
            "wall” in Phoenix, calling it “a fantasy.”",
            "2016-03-20",
            "a fantasy",
            "Bernie Sanders",
        ),
    ],
)
def test_a_party_in_the_description_tells_two_candidates_apart(
    quotes_in, text, published, words, actor
) -> None:
    assert _speakers(quotes_in(text, published), words) == [actor]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Hillary Clinton blasted Trump’s call for a “deportation force” on Wednesday.",
            "deportation force",
        ),
        (
            "Senator Warren slammed the bank’s plan for a “wealth ladder” in a hearing.",
            "wealth ladder",
        ),
        ("The mayor mocked the governor’s talk of a “jobs miracle” on Monday.", "jobs miracle"),
    ],
)
def test_a_term_inside_the_judged_object_is_not_the_critics_words(quotes_in, text, term) -> None:
    assert not [q for q in quotes_in(text, "2015-11-11") if term in q.content]


@pytest.mark.parametrize(
    "text",
    [
        "The police chief stopped the agents and threatened them at gunpoint to abandon an "
        "investigation in the region.",
        "The police chief stopped the inspectors and threatened them at gunpoint to abandon an "
        "inquiry in the area.",
        "The police chief stopped federal agents and threatened them at knifepoint to abandon a "
        "probe in the region.",
    ],
)
def test_a_threat_at_gunpoint_is_an_act_not_words(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "On the day the reforms passed, this was underlined by the mayor of border city San "
            "Carlos del Apa, Luis Anibal Schupp, who publicly stated that 80 percent of ranches "
            "in the area were owned by powerful narcos.",
            "80 percent of ranches",
            "Schupp",
        ),
        (
            "The warning was repeated by the governor of the state of Sinaloa, Quirino Ordaz, "
            "who told reporters that the cartel controlled most of the highways.",
            "the cartel controlled",
            "Ordaz",
        ),
        (
            "The figure was confirmed by the head of the port authority of Buenaventura, Victor "
            "Gonzalez, who said that half of the containers were never inspected.",
            "half of the containers",
            "Gonzalez",
        ),
    ],
)
def test_who_after_a_name_in_apposition_is_that_person(quotes_in, text, words, speaker) -> None:
    found = [q for q in quotes_in(text, "2014-05-01") if words in q.content]
    assert found and all(q.speaker and speaker in (q.speaker.actor or "") for q in found), [
        q.speaker for q in found
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Ministry of Interior and Justice argues that the plan is innovative in its "
            "approach to policing.",
            "the plan is innovative",
        ),
        (
            "The Ministry of Labor and Social Security said that the strike had ended.",
            "the strike had ended",
        ),
        (
            "The Office of Management and Budget said that the deficit would shrink next year.",
            "the deficit would shrink",
        ),
    ],
)
def test_a_body_named_of_x_and_y_is_one_speaker(quotes_in, text, words) -> None:
    found = [q for q in quotes_in(text, "2014-05-01") if words in q.content]
    assert len(found) == 1 and found[0].speaker is not None, [q.speaker for q in found]
    assert found[0].speaker.text.startswith("The ")


@pytest.mark.parametrize(
    ("text", "said", "narration"),
    [
        (
            "Clinton, though she praised Garland and said Republicans should give him a hearing, "
            "notably stopped short of committing to renominate him if she wins.",
            "Republicans should give him a hearing",
            "stopped short",
        ),
        (
            "Sanders, though he thanked the unions and said the party should adopt their plan, "
            "pointedly declined to endorse the platform on Tuesday.",
            "the party should adopt their plan",
            "declined to endorse",
        ),
        (
            "Ryan, although he criticized the remarks and said Trump should apologize, quietly "
            "kept his endorsement in place.",
            "Trump should apologize",
            "kept his endorsement",
        ),
    ],
)
def test_the_sentences_own_predicate_is_not_what_was_said(quotes_in, text, said, narration) -> None:
    found = [q for q in quotes_in(text, "2016-03-18") if said in q.content]
    assert found and all(narration not in q.content for q in found), [q.content for q in found]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Instead, Pena Nieto says he plans to take a less militaristic approach focused more "
            "on prevention.",
            "less militaristic approach focused more on prevention",
        ),
        (
            "Santos says he wants to build a new police force trained mainly in community work.",
            "new police force trained mainly in community work",
        ),
        (
            "Morales says he will seek a new coca policy based largely on voluntary eradication.",
            "new coca policy based largely on voluntary eradication",
        ),
    ],
)
def test_a_participle_run_on_from_the_report_stays_in_it(quotes_in, text, whole) -> None:
    found = [q.content for q in quotes_in(text, "2013-01-10")]
    assert any(whole in c for c in found) and len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Democratic front-runner Hillary Clinton caused a recent stir when an Iowa voter "
            "asked if she might consider appointing Obama.\n\n"
            "“Wow, what a great idea. I love that,” she replied.",
            "great idea",
            "Hillary Clinton",
        ),
        (
            "Senator Elizabeth Warren drew laughs when a student asked if she would run for "
            "president.\n\n“Not this year, and maybe not ever,” she responded.",
            "Not this year",
            "Elizabeth Warren",
        ),
        (
            "Governor Nikki Haley was in Columbia when a reporter asked if she would endorse a "
            "candidate.\n\n“I will decide after the debate,” she answered.",
            "decide after the debate",
            "Nikki Haley",
        ),
    ],
)
def test_who_replies_is_not_who_asked(quotes_in, text, words, speaker) -> None:
    assert _speakers(quotes_in(text, "2016-02-14"), words) == [speaker]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "City Council Speaker Melissa Mark-Viverito endorsed Hillary Clinton.\n\n"
            "Mark-Viverito, who is term limited, declined a question about her plans.\n\n"
            "“Any other question? Alright, thank you very much,” she said.",
            "Melissa Mark-Viverito",
        ),
        (
            "Representative Debbie Wasserman-Schultz met donors in Miami.\n\n"
            "Wasserman-Schultz, who chairs the committee, declined to take questions.\n\n"
            "“We are done for today,” she said.",
            "Debbie Wasserman-Schultz",
        ),
        (
            "Senator Kirsten Gillibrand-Ross spoke to voters in Albany.\n\n"
            "Gillibrand-Ross, who was late, skipped the press line.\n\n"
            "“I have a flight to catch,” she said.",
            "Kirsten Gillibrand-Ross",
        ),
    ],
)
def test_a_hyphenated_surname_is_the_woman_named_in_full(quotes_in, text, full) -> None:
    found = [q for q in quotes_in(text, "2016-04-01") if q.speaker and q.speaker.text == "she"]
    # the office-holder table may give her name as it spells it ("Wasserman Schultz")
    same = [q.speaker.actor.replace("-", " ") == full.replace("-", " ") for q in found]
    assert found and all(same), [q.speaker for q in found]


@pytest.mark.parametrize(
    ("text", "pronoun_at", "actor"),
    [
        (
            "Melissa Mark-Viverito pointed to Hillary Clinton’s support for licenses and praised "
            "her for changing her position.",
            "praised her",
            "Hillary Clinton",
        ),
        (
            "Elizabeth Warren read Sarah Palin’s statement aloud and mocked her for the choice.",
            "mocked her",
            "Sarah Palin",
        ),
        (
            "Joe Biden called Barack Obama’s speech historic and thanked him for the invitation.",
            "thanked him",
            "Barack Obama",
        ),
    ],
)
def test_an_object_pronoun_is_not_its_verbs_subject(mentions_of, text, pronoun_at, actor) -> None:
    at = text.index(pronoun_at) + len(pronoun_at.split()[0]) + 1
    found = [m for m in mentions_of(text, "2016-04-01") if m.span[0] == at]
    assert found and found[0].actor == actor, [(m.text, m.actor) for m in found]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Boston Mayor Marty Walsh endorsed the plan on Sunday.", "Marty Walsh", "USAGOV"),
        ("Mexican police arrested the mayor of Acapulco on Monday.", "mayor", "MEXGOV"),
        ("The mayor of Culiacan met army commanders on Friday.", "mayor", "MEXGOV"),
    ],
)
def test_the_mayor_of_a_city_of_some_size_is_its_countrys_government(
    mentions_of, text, words, code
) -> None:
    found = [m for m in mentions_of(text) if words in m.text]
    assert found and found[0].code == code, [(m.text, m.code) for m in found]


def test_a_city_named_like_a_person_stays_a_person(mentions_of) -> None:
    found = [m for m in mentions_of("Duque said the talks were over.", "2020-03-01")]
    assert [m.code for m in found if m.text == "Duque"] == ["COLGOV"]


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        (
            "Boston Mayor Marty Walsh on Sunday gave Hillary Clinton a ringing endorsement.",
            "2015-11-30",
            ("USAGOV", "051", "USAPTY"),
        ),
        (
            "Senator Bernie Sanders of Vermont on Tuesday gave Hillary Clinton his full "
            "endorsement.",
            "2016-07-12",
            ("USALEG", "051", "USAPTY"),
        ),
        (
            "Russian President Vladimir Putin paid Turkish President Recep Tayyip Erdogan a visit "
            "in Ankara on Monday.",
            "2016-06-10",
            ("RUSGOV", "042", "TURGOV"),
        ),
    ],
)
def test_the_dative_of_a_light_verb_is_the_nominal_events_target(
    events_at, text, published, event
) -> None:
    found = [(e.source.code, e.cameo, e.target.code) for e in events_at(text, published)]
    assert event in found, found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“America cannot be neutral,” Hillary Clinton told the meeting. Candidates who think "
            "“America no longer has vital interests in this region are dangerously wrong,” she "
            "said.",
            "dangerously wrong",
            "Hillary Clinton",
        ),
        (
            "“The wall is a fantasy,” Bernie Sanders told the crowd. People who believe “a wall "
            "will stop the drugs are kidding themselves,” he said.",
            "kidding themselves",
            "Bernie Sanders",
        ),
        (
            "“Trade built this state,” John Kasich told the workers. Anyone who thinks “tariffs "
            "will bring the jobs back has never run a business,” he said.",
            "never run a business",
            "John Kasich",
        ),
    ],
)
def test_the_tag_after_the_closing_mark_beats_a_belief_inside(
    quotes_in, text, words, speaker
) -> None:
    found = _speakers(quotes_in(text, "2016-03-22"), words)
    assert found and set(found) == {speaker}, found


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        (
            "“It was not convincing,” said one Democrat familiar with the discussion, who added "
            "that the White House seemed “rattled” by the opposition.",
            "White House seemed",
            "discussion",
        ),
        (
            "“We are not there yet,” said one aide familiar with the talks, who added that the "
            "deal could still collapse.",
            "the deal could still collapse",
            "talks",
        ),
        (
            "“The vote is close,” said a senator close to the negotiations, who added that two "
            "members were undecided.",
            "two members were undecided",
            "negotiations",
        ),
    ],
)
def test_who_is_the_person_not_the_thing_of_their_phrase(quotes_in, text, words, wrong) -> None:
    found = [q for q in quotes_in(text, "2016-01-13") if words in q.content]
    assert found and all(q.speaker and wrong not in (q.speaker.actor or "") for q in found), [
        q.speaker for q in found
    ]


# -- round 28 (seed 1 and fresh seed 26, after round 27's rules) -------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Last week, New Jersey Gov. Chris Christie announced that he would support Donald "
            "Trump.",
            "2016-02-22",
        ),
        ("On Monday, Russia said it would send troops to Syria.", "2016-02-29"),
        (
            "On Friday, Senator Jeff Sessions of Alabama announced that he would endorse Donald "
            "Trump.",
            "2016-02-26",
        ),
    ],
)
def test_an_announced_intent_takes_the_announcements_date(events_at, text, start) -> None:
    found = events_at(text, "2016-03-01")
    assert found and all(e.date is not None and e.date.start == start for e in found), [
        (e.cameo, e.date) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Hillary Clinton slammed Barack Obama in 2008 for suggesting that rural voters “cling "
            "to guns or religion.”",
            "cling to guns",
            "Barack Obama",
        ),
        (
            "Marco Rubio criticized Donald Trump on Sunday for saying that the war in Iraq was "
            "“a big fat mistake.”",
            "big fat mistake",
            "Donald Trump",
        ),
        (
            "Ted Cruz mocked Jeb Bush in Iowa for claiming that his brother “kept us safe.”",
            "kept us safe",
            "Jeb Bush",
        ),
    ],
)
def test_the_judged_person_said_what_follows_for_saying(quotes_in, text, words, speaker) -> None:
    found = _speakers(quotes_in(text, "2016-02-14"), words)
    assert found and set(found) == {speaker}, found


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump joined other Republicans in pouncing on news that Hillary Clinton's emails "
        "were found.",
        "Marco Rubio joined other senators in criticizing the deal with Iran.",
        "Jeb Bush joined Ted Cruz in attacking the Iran agreement on Monday.",
    ],
)
def test_joining_people_in_doing_something_is_no_cooperation_with_them(events_at, text) -> None:
    assert not [e for e in events_at(text, "2016-03-01") if e.cameo.startswith("06")]


@pytest.mark.parametrize(
    ("text", "bare", "full"),
    [
        (
            "The head of Mexico's National Security Commission, Monte Alejandro Rubido Garcia, "
            "said the cartel was finished. Rubido said the group had no leaders left.",
            "Rubido",
            "Monte Alejandro Rubido Garcia",
        ),
        (
            "Mexico's president, Andres Manuel Lopez Obrador, visited the border. Lopez said the "
            "wall was a mistake.",
            "Lopez",
            "Andres Manuel Lopez Obrador",
        ),
        (
            "Venezuela's interior minister, Nestor Luis Reverol Torres, spoke on Monday. Reverol "
            "said the gang had been dismantled.",
            "Reverol",
            "Nestor Luis Reverol Torres",
        ),
    ],
)
def test_a_paternal_surname_is_the_person_named_in_full(mentions_of, text, bare, full) -> None:
    found = [m for m in mentions_of(text, "2014-04-01") if m.text == bare]
    assert found and all(m.actor == full for m in found), [(m.text, m.actor) for m in found]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "In an interview at her Portland hotel room, Deborah Jordan Reynolds - Santilli's "
            "girlfriend and co-host - told The Washington Post that it was true. Reynolds says "
            "the show is popular.\n\n“It's ambush journalism,” she says.",
            "Deborah Jordan Reynolds",
        ),
        (
            "Outside the Burns courthouse on Tuesday, Deborah Jordan Reynolds - Santilli's "
            "girlfriend and co-host - told reporters that the trial was rigged. Reynolds says the "
            "jury was stacked.\n\n“We are going to win this,” she says.",
            "Deborah Jordan Reynolds",
        ),
        (
            "In an interview at her Portland hotel room, Linda Jordan Baxter - Santilli's "
            "girlfriend and co-host - told The Washington Post that it was true. Baxter says "
            "the case is weak.\n\n“This is a political trial,” she says.",
            "Linda Jordan Baxter",
        ),
    ],
)
def test_a_last_name_the_recogniser_left_out_joins_the_name(quotes_in, text, full) -> None:
    found = [q for q in quotes_in(text, "2016-02-21") if q.kind == "direct"]
    assert found and all(q.speaker and q.speaker.actor == full for q in found), [
        q.speaker for q in found
    ]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "A former top prosecutor has said that Colombia seizes less than $750 million a year "
            "in illegal assets. Former Colombian Vice Prosecutor General Wilson Alejandro "
            "Martinez Sanchez, author of an upcoming study, told InSight Crime that the figure "
            "was low.",
            "Colombia seizes less",
            "Wilson Alejandro Martinez Sanchez",
        ),
        (
            "A senior prosecutor has said that Mexico loses billions to fuel theft every year. "
            "Mexican Special Prosecutor Maria Elena Morales told reporters that the gangs were "
            "growing.",
            "Mexico loses billions",
            "Maria Elena Morales",
        ),
        (
            "A former police chief has said that the gangs control half of the city. Former "
            "Honduran Police Chief Ramon Sabillon Pineda told La Prensa that the army had "
            "failed.",
            "the gangs control half",
            "Ramon Sabillon Pineda",
        ),
    ],
)
def test_an_indefinite_title_is_the_person_the_next_sentence_names_with_it(
    quotes_in, text, words, actor
) -> None:
    assert _speakers(quotes_in(text, "2014-03-01"), words) == [actor]


def test_an_indefinite_title_never_takes_a_name_of_another_rank(quotes_in) -> None:
    text = (
        "A former top prosecutor has said that Colombia seizes less than $750 million a year. "
        "Colombian President Juan Manuel Santos told reporters that the figure was low."
    )
    assert _speakers(quotes_in(text, "2014-03-01"), "Colombia seizes less") != [
        "Juan Manuel Santos"
    ]


@pytest.mark.parametrize(
    ("text", "event", "start"),
    [
        (
            "On Sunday, Senator Jeff Sessions of Alabama appeared at a Trump rally where he "
            "officially endorsed Donald Trump.",
            ("USALEG", "051", "USAPTY"),
            "2016-02-28",
        ),
        (
            "On Monday, Vladimir Putin attended a summit in Ankara where he criticized Recep "
            "Tayyip Erdogan.",
            ("RUSGOV", "111", "TURGOV"),
            "2016-02-29",
        ),
        (
            "Last week, John Kerry spoke at a conference in Geneva where he praised Iran.",
            ("USAGOV", "051", "IRN"),
            "2016-02-22",
        ),
    ],
)
def test_what_happened_where_an_occasion_was_takes_the_occasions_date(
    events_at, text, event, start
) -> None:
    found = [e for e in events_at(text, "2016-03-01")
             if (e.source.code, e.cameo, e.target.code) == event]  # fmt: skip
    assert found and all(e.date is not None and e.date.start == start for e in found), [
        (e.cameo, e.date) for e in events_at(text, "2016-03-01")
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "According to GMA News, Salceda said the government would push ahead with the plan.",
            "push ahead with the plan",
            "Salceda",
        ),
        (
            "According to Reuters, Peskov said the Kremlin would study the proposal carefully.",
            "study the proposal",
            "Peskov",
        ),
        (
            "According to El Tiempo, Santos said the government would not negotiate with the gang.",
            "not negotiate with the gang",
            "Santos",
        ),
    ],
)
def test_a_report_inside_according_to_is_its_own_speakers(quotes_in, text, words, speaker):
    found = [q for q in quotes_in(text, "2016-06-01") if words in q.content]
    assert found and all(q.speaker and q.speaker.text == speaker for q in found), [
        (q.speaker, q.cue) for q in found
    ]
