"""Kinds of the thirteenth session (2026-12-05): PolNeAR train tune-half misses and blind-audit
round 64 (fresh seed 50); each kind, the input and two paraphrases of our own, and a guard for
the reading the rule must keep.

Quotes: a paragraph opened by a name alone and a colon is that person's turn ('Rep. Trey Gowdy
(R-S.C.):"…"'), the colon glued to the mark is split off; a short sentence whose subject only
answers ("Dianne Bystrom agreed.") gives the quotation after it its speaker; a person's thing
the parser made the subject after the cue speaks no words ("…, laments Bill Clinton's legacy");
"according to X" inside brackets attributes the bracketed aside only; a bracketed clause closing
a reported one is the writer's note. Actors: a platform its users write on ("his Twitter
account", "removed from Facebook"), goods' or migrants' country of origin ("cigarettes from
countries such as India"), an extradition's destination and a country in a party's name are no
actors; "economic forces" are no army; a drug gang's lieutenant is a criminal; the US Justice
Department is the government (Phoenix's agents dictionary). Events: criminals killing an agent
or an official murder (1823), they fight no battle (190).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that '
            'figure. Who told you that?"\n\nFormer secretary of state Hillary Rodham Clinton:"We '
            'learned that from the State Department."',
            "Former secretary of state Hillary Rodham Clinton",
        ),
        (
            "The exchange went on.\n\nSenator Maria Lopez: “The budget is a fraud and everyone "
            "in this room knows it.”",
            "Senator Maria Lopez",
        ),
        (
            "Two witnesses spoke.\n\nFormer ambassador John Reyes:“We warned them twice and "
            "nobody listened to us.”",
            "Former ambassador John Reyes",
        ),
    ],
)
def test_a_name_and_a_colon_open_a_turn(quotes_in, text, speaker) -> None:
    """PolNeAR train, tune half: 'Clinton:"We' was one token and the turn had no speaker."""
    last = text.rsplit("\n\n", 1)[1]
    found = [q for q in quotes_in(text) if q.content.strip('“”"') in last]
    names = [q.speaker.text for q in found if q.speaker is not None]
    assert len(names) == 1 and names[0].endswith(" ".join(speaker.split()[-2:]))


def test_a_heading_and_a_colon_name_no_one(quotes_in) -> None:
    found = quotes_in("The bottom line: “We need more money for the schools.”")
    assert all(q.speaker is None for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running "
            'out of time to find an alternative to Trump or Cruz."',
            "Iowa State University's Dianne Bystrom",
        ),
        (
            "Senator Paul Grant disagreed. “This bill will not survive the first court that "
            "reads it.”",
            "Senator Paul Grant",
        ),
        (
            "Party chairwoman Ruth Ames concurred. “We have never had a better chance to win "
            "the state.”",
            "Party chairwoman Ruth Ames",
        ),
    ],
)
def test_a_sentence_that_only_answers_names_the_speaker(quotes_in, text, speaker) -> None:
    """PolNeAR train, tune half: the quotation after "X agreed." had no speaker."""
    found = [q for q in quotes_in(text) if len(q.content) > 30]
    assert [q.speaker.text for q in found if q.speaker is not None] == [speaker]


def test_a_sentence_with_its_own_object_is_no_answer(quotes_in) -> None:
    text = "Senator Paul Grant disagreed with the ruling. “We will appeal it,” his aide said."
    found = [q for q in quotes_in(text) if "appeal" in q.content]
    assert [q.speaker.text for q in found if q.speaker is not None] == ["his aide"]


@pytest.mark.parametrize(
    "text",
    [
        "Ken Starr praises, laments Bill Clinton's legacy.",
        "Rubio mocks, attacks Donald Trump's record.",
        "Warren questions, doubts Hillary Clinton's plan.",
    ],
)
def test_a_persons_thing_after_the_cue_says_nothing(quotes_in, text) -> None:
    """Round 64: the headline was a quotation "Ken Starr praises" by "Bill Clinton's legacy"."""
    assert not [q for q in quotes_in(text) if q.speaker is not None and "'s" in q.speaker.text]


def test_a_speaker_after_the_cue_still_speaks(quotes_in) -> None:
    found = quotes_in("The plan will fail, said a senior diplomat.")
    assert [q.speaker.text for q in found if q.speaker is not None] == ["a senior diplomat"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He also decided not to transfer him out of San Luis Potosi, which increased the "
            "chance that he would be captured (he did transfer Sarabia, who was deployed "
            "permanently to Monclova in March 2011, according to Proceso's account).",
            "he did transfer Sarabia, who was deployed permanently to Monclova in March 2011",
        ),
        (
            "The army moved the unit north in the spring (it went to Sonora in May, according "
            "to the newspaper Reforma).",
            "it went to Sonora in May",
        ),
        (
            "The mayor kept the old police chief for a year (the chief had resigned twice, "
            "according to the state prosecutor).",
            "the chief had resigned twice",
        ),
    ],
)
def test_according_to_in_brackets_attributes_the_aside(quotes_in, text, content) -> None:
    """Round 64: the writer's main clause before the brackets went to Proceso."""
    found = [q for q in quotes_in(text) if q.cue is not None and q.cue.text == "according to"]
    assert [q.content for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The UNODC recently reported that just three national political parties had a "
            "major presence in coca growing regions (many candidates belong to regional "
            "movements).",
            "just three national political parties had a major presence in coca growing regions",
        ),
        (
            "The ministry said that exports rose by a third last year (most of them went to "
            "China).",
            "exports rose by a third last year",
        ),
        (
            "Police reported that two suspects fled the scene (neither has been named).",
            "two suspects fled the scene",
        ),
    ],
)
def test_a_bracketed_clause_closing_a_report_is_the_writers(quotes_in, text, content) -> None:
    """Round 64: the UN office's report took in the writer's bracketed note."""
    assert [q.content for q in quotes_in(text) if q.kind == "indirect"] == [content]


def test_a_bracketed_phrase_inside_a_report_stays(quotes_in) -> None:
    found = quotes_in("Police said the man (a 45-year-old teacher) was arrested.")
    assert [q.content for q in found] == ["the man (a 45-year-old teacher) was arrested"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Silvano Aureoles congratulated the soldiers in a statement on his Twitter account.",
         "Twitter"),
        ("Some highly offensive posts have been quickly removed from Facebook in recent days.",
         "Facebook"),
        ("The senator shared the video in a Facebook post on Monday.", "Facebook"),
    ],
)  # fmt: skip
def test_a_platform_written_on_is_no_actor(mentions_of, text, word) -> None:
    """Round 64: "his Twitter account" and "removed from Facebook" were coded USABUS."""
    assert not [m for m in mentions_of(text) if m.text == word and m.code]


def test_a_platform_that_acts_is_still_a_company(mentions_of) -> None:
    found = mentions_of("Facebook said it had removed the posts.")
    assert [m.code for m in found if m.text == "Facebook"] == ["USABUS"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Black market cigarettes from countries such as India, China and Panama are sold "
            "in the region.",
            ("India", "China", "Panama"),
        ),
        ("Imports from Mexico rose by a fifth last year.", ("Mexico",)),
        ("Ye Gon now awaits extradition to Mexico, where he faces charges.", ("Mexico",)),
        ("The extremist National Democratic Party of Germany will face a hearing.", ("Germany",)),
    ],
)
def test_an_origin_destination_or_name_part_is_no_actor(mentions_of, text, countries) -> None:
    """Round 64: each country was coded as an actor (IND, CHN, MEX, DEU)."""
    found = [m for m in mentions_of(text) if m.text in countries]
    assert found and all(m.code in (None, "") or m.form == "place" for m in found)


def test_a_country_that_sends_is_still_an_actor(mentions_of) -> None:
    found = mentions_of("China sent a protest note to Japan on Monday.")
    assert [m.code for m in found if m.text == "China"] == ["CHN"]


@pytest.mark.parametrize(
    "text",
    [
        "American voters are angry at the economic forces that are destroying the middle class.",
        "Market forces pushed the price of oil down in March.",
        "Political forces in Washington have stalled the bill.",
    ],
)
def test_forces_no_one_commands_are_no_army(mentions_of, text) -> None:
    """Round 64: "economic forces" was coded USAMIL."""
    assert not [m for m in mentions_of(text) if "forces" in m.text.lower()]


def test_armed_forces_are_still_an_army(mentions_of) -> None:
    found = mentions_of("Mexican forces arrested the cartel leader on Monday.")
    assert [m.code for m in found if "forces" in m.text] == ["MEXMIL"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sarabia, a captured Zetas lieutenant, met the group's commander.", "MEXCRM"),
        ("A Sinaloa Cartel lieutenant was arrested in Culiacan on Monday.", "MEXCRM"),
        ("A FARC lieutenant surrendered to the army in Cauca.", "COLREB"),
    ],
)
def test_a_gangs_rank_is_a_criminals(mentions_of, text, code) -> None:
    """Round 64: "a captured Zetas lieutenant" was coded MEXMIL."""
    found = [m for m in mentions_of(text) if "lieutenant" in m.text]
    assert found and all(m.code == code for m in found)


def test_an_armys_lieutenant_is_still_military(mentions_of) -> None:
    found = mentions_of("A Mexican army lieutenant was wounded in the clash.")
    assert [m.code for m in found if "lieutenant" in m.text] == ["MEXMIL"]


def test_the_justice_department_is_the_government(mentions_of) -> None:
    """Round 64: coded USAJUD; Phoenix's agents dictionary codes it USAGOV."""
    found = mentions_of("The US Justice Department said the cartel had moved its labs.")
    assert [m.code for m in found if "Justice" in m.text] == ["USAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "The Zetas forced one of their henchmen to surrender after killing a US official last "
        "year.",
        "Gunmen from the Sinaloa cartel killed a Mexican mayor on Monday.",
        "Members of the Gulf Cartel killed a Mexican judge in Tamaulipas on Friday.",
    ],
)
def test_criminals_killing_an_official_murder(events_at, text) -> None:
    """Round 64: "after killing a US agent" was 190, a battle."""
    found = events_at(text, "2016-06-17")
    assert found and all(e.cameo == "1823" for e in found if e.cameo.startswith(("18", "19")))


def test_criminals_killing_soldiers_still_fight(events_at) -> None:
    found = events_at("Gulf Cartel gunmen killed ten Mexican soldiers on Friday.", "2016-06-17")
    assert all(e.cameo != "1823" for e in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mexican Navy personnel gunned down Arturo in December, and four days later, El "
            "Proceso says, fighting began between Barbie and El H.",
            "fighting began between Barbie and El H",
        ),
        (
            "The army retook the town in March, and within a week, the governor says, the "
            "gangs had returned to its streets.",
            "the gangs had returned to its streets",
        ),
        (
            "The court freed the suspects on Monday, but two days later, police say, they were "
            "arrested again in Tijuana.",
            "they were arrested again in Tijuana",
        ),
    ],
)
def test_a_cue_inside_the_second_conjunct_reports_that_one(quotes_in, text, content) -> None:
    """Round 64: the writer's "Mexican Navy personnel gunned down Arturo" went to El Proceso."""
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert len(found) == 1 and found[0].content.endswith(content)
    assert text.split(", ")[0] not in found[0].content  # the writer's first clause


def test_a_cue_inside_one_clause_reports_all_of_it(quotes_in) -> None:
    found = quotes_in("The policy, the minister said, would take effect in May.")
    assert [q.content for q in found] == ["The policy would take effect in May"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Chancellor Angela Merkel has condemned the attacks.\n\nA 29-year-old Berlin woman, "
            "meanwhile, received five months' probation in July after she had posted comments "
            "on Facebook. “Filth out!” she wrote.",
            "Angela Merkel",
        ),
        (
            "President Barack Obama spoke on Monday.\n\nA man in the crowd was arrested after "
            "he threw a bottle. Later he said he had been drunk.",
            "Barack Obama",
        ),
        (
            "Senator Susan Collins voted against the bill.\n\nA Maine mother of three was fined "
            "after she blocked the road. She said she would do it again.",
            "Susan Collins",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_person_is_not_the_named_one(mentions_of, text, named) -> None:
    """Round 64: "she wrote" after "A 29-year-old Berlin woman" was given to Angela Merkel."""
    last = text.rsplit("\n\n", 1)[1]
    offset = text.index(last)
    pronouns = [
        m for m in mentions_of(text) if m.text.lower() in ("he", "she") and m.span[0] >= offset
    ]
    assert all(m.actor != named for m in pronouns)


def test_a_pronoun_after_a_named_person_still_points_to_them(mentions_of) -> None:
    text = "A woman in the crowd shouted at Clinton. Hillary Clinton said she would not stop."
    found = [m for m in mentions_of(text) if m.text == "she"]
    assert [m.actor for m in found] == ["Hillary Clinton"]


# -- round 65 (fresh seed 51, after the round-64 rules) --------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Sen. Elizabeth Warren had been talking with officials from the Hillary Clinton "
            "campaign for weeks. U.S. officials said nothing.",
            "officials",
        ),
        (
            "Officials with the Cruz campaign said the senator would win Iowa. U.S. officials "
            "disagreed.",
            "Officials",
        ),
        (
            "Trump's campaign chief Paul Manafort said the convention would be orderly. The U.S. "
            "election is in November.",
            "campaign chief Paul Manafort",
        ),
    ],
)
def test_a_campaigns_people_are_its_party(mentions_of, text, word) -> None:
    """Round 65: "officials from the Hillary Clinton campaign" and "campaign chief" Manafort
    were USAGOV."""
    found = [m for m in mentions_of(text, "2016-06-11") if m.text == word]
    assert found and all(m.code == "USAPTY" for m in found)


def test_officials_of_a_ministry_stay_the_government(mentions_of) -> None:
    found = mentions_of("U.S. officials from the State Department said the talks had failed.")
    assert [m.code for m in found if m.text == "U.S. officials"] == ["USAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "President Obama asked for $1.9 billion to fight Zika in February.",
        "The mayor asked for $20 million to rebuild the bridge over the river.",
        "The governor asked for 300 million pesos to repair the schools damaged by the storm.",
    ],
)
def test_money_asked_for_a_purpose_is_no_quotation(quotes_in, text) -> None:
    """Round 65: "to fight Zika in February" was Obama's quotation."""
    assert quotes_in(text) == []


def test_a_request_of_others_is_still_reported(quotes_in) -> None:
    found = quotes_in("The governor asked residents to stay at home during the storm.")
    assert [q.speaker.text for q in found if q.speaker is not None] == ["The governor"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, "
            "said he had made more than 150 phone calls to other pastors. He has made "
            "announcements about the caucuses during Sunday services since last month, he said.",
            "Cruz",
        ),
        (
            "A farmer backing Mr. Trump said he had hung 40 signs on his land. He has driven "
            "voters to the polls since March, he said.",
            "Trump",
        ),
        (
            "One teacher who supports Mrs. Clinton said she had knocked on 300 doors. She has "
            "phoned voters every night since June, she said.",
            "Clinton",
        ),
    ],
)
def test_a_subject_after_an_unnamed_speaker_is_not_the_named_one(quotes_in, text, named) -> None:
    """Round 65: the pastor's "He has made announcements …, he said" went to Ted Cruz."""
    for q in quotes_in(text, "2016-01-12"):
        assert q.speaker is None or named not in (q.speaker.actor or "")


def test_a_subject_after_a_description_of_a_named_person_is_that_person(quotes_in) -> None:
    """PolNeAR train, tune half: "the retired neurosurgeon acknowledged that he …" is Carson, so
    the next sentence's "he said" stays his."""
    text = (
        "Ben Carson addressed the media on Tuesday. The retired neurosurgeon acknowledged that he "
        "expected scrutiny.\n\n“I have no problem with being vetted,” he said."
    )
    found = [q for q in quotes_in(text, "2015-11-10") if "vetted" in q.content]
    assert [q.speaker.actor for q in found if q.speaker is not None] == ["Ben Carson"]


def test_a_subject_after_an_unnamed_reporter_named_next_is_that_person(mentions_of) -> None:
    """The diff set: "An opposition politician says he has seen a report. Juan del Granado, a
    member of the party, claimed he had gained access to it": the second "he" is Granado."""
    text = (
        "An opposition politician says he has seen a long-delayed report on coca. Juan del "
        "Granado, a member of the Without Fear Movement, claimed he had gained access to it."
    )
    found = [m for m in mentions_of(text) if m.text == "he" and m.span[0] > 80]
    assert [m.actor for m in found] == ["Juan del Granado"]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Kasich talked up Senator Rubio at a rally in Ohio on Tuesday.",
        "Mayor Emanuel talked up Governor Rauner at a breakfast in Chicago on Friday.",
        "President Obama talked up Secretary Clinton at a rally in Charlotte on Tuesday.",
    ],
)
def test_talking_someone_up_is_no_consultation(events_at, text) -> None:
    """Round 65: "getting to talk up Trump" was LeVell 040 Trump, both ways."""
    assert not [e for e in events_at(text, "2016-07-08") if e.cameo.startswith("04")]


def test_talking_with_someone_is_still_a_consultation(events_at) -> None:
    found = events_at("Putin talked with Erdogan by phone on Monday.", "2016-07-08")
    assert {e.cameo for e in found} == {"040"}
