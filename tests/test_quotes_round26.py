"""Quotation kinds of PolNeAR train's tune half (session 2026-12-02, fifth): a "she said" after
a quotation of several sentences that put the named speaker out of the pronoun's reach; a
person known to be a man taken for the antecedent of "she"; an editorial "in" a paper whose
author is the paper; a speech verb opening the sentence with its speaker after it ("Continued
Stone:"); a pronoun subject of a clause joined to the first; the outlet "told" is never the
speaker. Each kind: the input and two paraphrases."""

from __future__ import annotations

import pytest

PUBLISHED = "2016-08-11"  # the office-holder tables know who is who on the day


def _speakers(quotes, words: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.text if q.speaker else None, q.speaker.actor if q.speaker else None)
        for q in quotes
        if words in q.content
    ]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Patti Davis attacked Donald Trump on Facebook.\n\n"
            "In her post, she reminded Trump of the shooting of her father.\n\n"
            "Davis made it clear that she did not view the comment in isolation.\n\n"
            "“Your glib and horrifying comment was heard around the world. It was heard by "
            "sane and decent people. It was heard by your supporters, many of whom yell, ‘Lock "
            "her up!’ at your rallies,” she posted.",
            "heard around the world",
            "Patti Davis",
        ),
        (
            "Elizabeth Warren criticised Jamie Dimon at the hearing.\n\n"
            "In her remarks, she compared Dimon to the bankers of 2008.\n\n"
            "Warren made it clear that she would keep pressing the bank.\n\n"
            "“The bank broke the law. It hid the losses. It paid people who shout, ‘Buy it "
            "all!’ on the trading floor,” she said.",
            "broke the law",
            "Elizabeth Warren",
        ),
        (
            "Megyn Kelly questioned Donald Trump at the debate.\n\n"
            "In her show, she compared Trump to the candidates of 2012.\n\n"
            "Kelly made it clear that she would keep asking the question.\n\n"
            "“The question was fair. It was asked before. It was asked by people who shout, "
            "‘Ask him!’ at every rally,” she said.",
            "question was fair",
            "Kelly",
        ),
    ],
)
def test_a_pronoun_after_a_long_quotation_reaches_the_speaker_named_before_it(
    quotes_in, text, words, actor
) -> None:
    found = _speakers(quotes_in(text, published=PUBLISHED), words)
    assert found and found[0][1] is not None and actor in found[0][1]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Patti Davis attacked Donald Trump on Facebook.\n\n"
            "Trump’s words could be twisted into action, her post warned.\n\n"
            "“It was heard by the person sitting alone in a room, who is just looking for "
            "ideas,” she added.",
            "sitting alone in a room",
        ),
        (
            "Hillary Clinton attacked Donald Trump on Monday.\n\n"
            "Trump had called the plan a disaster.\n\n"
            "“He has no plan of his own and no idea what the job takes,” she said.",
            "no plan of his own",
        ),
        (
            "Megyn Kelly questioned Donald Trump at the debate.\n\n"
            "Trump’s answers drew boos from the hall.\n\n"
            "“You have called women you do not like fat pigs and dogs,” she added.",
            "fat pigs and dogs",
        ),
    ],
)
def test_a_man_the_article_named_is_no_antecedent_of_she(quotes_in, text, words) -> None:
    found = _speakers(quotes_in(text, published=PUBLISHED), words)
    assert found and found[0][1] is not None and "Trump" not in found[0][1]


@pytest.mark.parametrize(
    ("text", "words", "paper"),
    [
        (
            "Grassley has been taking heat back home.\n\n"
            "“There are invertebrates that have shown more spine than Sen. Charles Grassley,” "
            "reads a Wednesday editorial in The Des Moines Register.",
            "invertebrates",
            "Register",
        ),
        (
            "The governor faced criticism on Sunday.\n\n"
            "“Enough is enough,” reads a Friday editorial in the Boston Globe.",
            "Enough is enough",
            "Globe",
        ),
        (
            "The senator faced criticism at home.\n\n"
            "An editorial in The Dallas Morning News said the senator “has lost his way.”",
            "has lost his way",
            "Dallas Morning News",
        ),
    ],
)
def test_an_editorial_in_a_paper_is_the_papers_words(quotes_in, text, words, paper) -> None:
    found = _speakers(quotes_in(text), words)
    assert found and found[0][1] is not None and paper in found[0][1]
    assert "day" not in found[0][1]  # "a Wednesday editorial" is not Wednesday's


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Roger Stone spoke to reporters on Monday about Hillary Clinton.\n\n"
            "Continued Stone: “So I think it’s a very real problem.”",
            "very real problem",
            "Roger Stone",
        ),
        (
            "Roger Stone spoke to reporters on Monday about the election.\n\n"
            "Said Stone: “It will happen here if this race is close.”",
            "if this race is close",
            "Roger Stone",
        ),
        (
            "Hillary Clinton spoke in Ohio on Monday.\n\nAdded Clinton: “We will not stop.”",
            "We will not stop",
            "Hillary Clinton",
        ),
    ],
)
def test_a_speech_verb_opening_the_lead_in_names_its_speaker_after_it(
    quotes_in, text, words, actor
) -> None:
    found = _speakers(quotes_in(text), words)
    assert found == [(actor.split()[-1], actor)]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Hillary Clinton debated Bernie Sanders on Sunday.\n\n"
            "Clinton suggested that Sanders's latest plan was unserious - \"Again, we need to get "
            'into the details," she said - and charged that Sanders would jeopardize the law.',
            "get into the details",
            "Hillary Clinton",
        ),
        (
            "Joe Biden debated Paul Ryan on Thursday.\n\n"
            "Biden suggested that Ryan's latest budget was cruel - \"Again, we need to talk "
            'about the details," he said - and charged that Ryan would cut Medicare.',
            "talk about the details",
            "Joe Biden",
        ),
        (
            "Ted Cruz debated Marco Rubio on Saturday.\n\n"
            "Cruz suggested that Rubio's latest plan was amnesty - \"Again, we need to secure "
            'the border first," he said - and charged that Rubio had sided with Democrats.',
            "secure the border first",
            "Ted Cruz",
        ),
    ],
)
def test_a_report_before_a_dash_set_quotation_is_its_own_subjects(
    quotes_in, text, words, actor
) -> None:
    quotes = quotes_in(text, published=PUBLISHED)
    assert [a for _, a in _speakers(quotes, words)] == [actor]
    reporter = text.split("\n\n")[1].split()[0]  # "Clinton suggested that …"
    assert not any(q.content.startswith(reporter + " suggested") for q in quotes)
    assert any(q.cue and q.cue.text == "suggested" and q.speaker.actor == actor for q in quotes)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Joe Biden campaigned in Scranton on Monday.\n\n"
            "Trump’s accusation that Obama and Clinton created the Islamic State had imperiled "
            "the lives of US troops, Biden said.\n\n"
            "“If my son were still in Iraq and I say to all those who are there, the threat to "
            "their life has gone up a couple of clicks,” he said.\n\n– Country less safe –.\n\n"
            "“Ladies and gentlemen, does he have any idea of the adverse consequences these "
            "comments have on our allies? Trump is already making our country less safe,” he "
            "said.",
            "Joe Biden",
        ),
        (
            "Tim Kaine campaigned in Richmond on Monday.\n\n"
            "Trump’s charge that Obama and Clinton founded the Islamic State had endangered the "
            "lives of American soldiers, Kaine said.\n\n"
            "“If my son were still serving and I talk to all those who serve with him, the "
            "danger to their lives has gone up,” he said.\n\n– Soldiers at risk –.\n\n"
            "“Ladies and gentlemen, does he know what these words do to our troops? Trump is "
            "already making us less safe,” he said.",
            "Tim Kaine",
        ),
        (
            "John Kerry spoke in Boston on Monday.\n\n"
            "Trump’s accusation that Obama and Clinton created the Islamic State had imperiled "
            "the lives of American diplomats, Kerry said.\n\n"
            "“If my daughter were still in Baghdad and I say to all those who are there, the "
            "threat to their life has gone up,” he said.\n\n– Diplomats at risk –.\n\n"
            "“Ladies and gentlemen, does he have any idea of the damage these comments do "
            "abroad? Trump is already making our country less safe,” he said.",
            "John Kerry",
        ),
    ],
)
def test_a_pronoun_linked_elsewhere_does_not_stop_the_named_speaker_carrying_on(
    quotes_in, text, actor
) -> None:
    found = _speakers(quotes_in(text, published=PUBLISHED), "Ladies and gentlemen")
    assert [a for _, a in found] == [actor]


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        (
            "Cruz spoke at a rally in Indiana on Sunday.\n\n"
            '"Thank you, son," Cruz replied, before adding that he thinks "children should '
            'actually speak with respect."',
            "children should actually speak with respect",
            "adding",
        ),
        (
            '"We are ready," the minister said on Monday, before adding that he expected the '
            'talks to be "long and hard."',
            "long and hard",
            "adding",
        ),
        (
            '"We will win this state," Sanders said, after claiming that the polls were '
            '"simply wrong."',
            "simply wrong",
            "claiming",
        ),
    ],
)
def test_a_partial_quotation_after_a_second_act_is_that_acts(quotes_in, text, words, cue) -> None:
    partials = [q for q in quotes_in(text) if q.kind == "partial" and q.content == words]
    assert [q.cue.text for q in partials] == [cue]


@pytest.mark.parametrize(
    ("text", "quoted", "around"),
    [
        (
            "But those union endorsements prompted some blowback from rank-and-file members "
            '("I want my dues back," wrote Edward Nelson, an instrument technician in Chalmette, '
            "La., on the Steelworkers' Facebook page), and the AFL-CIO's pending endorsement "
            "will likely occasion similar complaint.",
            "I want my dues back,",
            ("blowback", "similar complaint"),
        ),
        (
            'But the new rules prompted some anger from longtime members ("I want my vote '
            "back,\" wrote Mary Jones, a retired teacher in Dayton, Ohio, on the union's "
            "Facebook page), and the board's next vote will likely draw similar complaints.",
            "I want my vote back,",
            ("anger", "similar complaints"),
        ),
        (
            'But the merger prompted some protest from small shareholders ("They sold us out," '
            "wrote Tom Hale, a retired engineer in Fresno, Calif., on the company's message "
            "board), and the next merger will likely face similar resistance.",
            "They sold us out,",
            ("protest", "similar resistance"),
        ),
    ],
)
def test_a_cue_in_brackets_reports_only_what_the_brackets_hold(
    quotes_in, text, quoted, around
) -> None:
    quotes = quotes_in(text)
    assert [q.content for q in quotes if q.kind == "direct"] == [quoted]
    assert not any(word in q.content for q in quotes for word in around)


@pytest.mark.parametrize(
    "text",
    [
        'The Q poll also finds that, while 37 percent of Americans say Trump is "very '
        'responsible" for violence at his rallies, 22 percent say he is "not at all '
        'responsible."',
        "Six in 10 Republicans said the party should unite behind the winner, the poll found.",
        "A majority of voters said the economy was their top concern, according to the survey.",
    ],
)
def test_a_share_of_those_polled_is_no_speaker(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_a_figure_inside_what_was_said_leaves_the_quotation(quotes_in) -> None:
    quotes = quotes_in("Senator Jones said 40 percent of the budget was wasted.")
    assert [q.content for q in quotes] == ["40 percent of the budget was wasted"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The timing of the surge does not surprise Republican pollster Daron Shaw: "
            "“Historically, lesser-known candidates have seen the biggest boost.”",
            "Daron Shaw",
        ),
        (
            "The result did not shock Democratic strategist Paul Begala: “Voters wanted change, "
            "and they got it.”",
            "Paul Begala",
        ),
        (
            "The ruling did not surprise civil rights lawyer Ben Crump: “We expected nothing "
            "else from this court.”",
            "Ben Crump",
        ),
    ],
)
def test_a_thing_that_struck_someone_before_a_colon_does_not_speak(
    quotes_in, text, speaker
) -> None:
    found = quotes_in(text)
    assert len(found) == 1 and found[0].speaker.text.endswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Trump spoke with Sean Hannity on Monday.\n\n"
            "“Would it be negotiable about the 11 million?” Hannity pressed.",
            "Hannity",
        ),
        (
            "The candidates met for a debate on Monday.\n\n"
            "“But what about the deficit?” the reporter pressed.",
            "the reporter",
        ),
        (
            "The candidates met for a debate on Monday.\n\n"
            "“So you would raise taxes?” the moderator pressed.",
            "the moderator",
        ),
    ],
)
def test_a_pressed_question_is_speech(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert [(q.speaker.text, q.cue.text) for q in found] == [(speaker, "pressed")]


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "Police had charged Corey Lewandowski last month.\n\n"
            "“The evidence cannot prove all legally required elements of the crime,” according "
            "to a court document filed by state attorney Dave Aronberg.",
            "Dave Aronberg",
        ),
        (
            "“The company misled its investors for years,” according to a complaint filed by "
            "New York Attorney General Eric Schneiderman.",
            "Eric Schneiderman",
        ),
        (
            "“The mayor knew about the contract,” reads a memo written by city auditor Jane Lee.",
            "Jane Lee",
        ),
    ],
)
def test_a_paper_speaks_for_whoever_filed_or_wrote_it(quotes_in, text, maker) -> None:
    found = quotes_in(text, published=PUBLISHED)
    assert [q.speaker.actor for q in found] == [maker]


def test_the_outlet_told_is_not_the_speaker(quotes_in) -> None:
    text = (
        "82-year-old Richard Viguerie, the pioneer in direct-mail fundraising, makes the "
        "conservative political case for Sen. Ted Cruz.\n\n"
        "“Ted Cruz is the best conservative candidate since Ronald Reagan,” Viguerie tells "
        "Breitbart News in an exclusive interview.\n\n"
        "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, "
        "tells Breitbart News in an exclusive interview."
    )
    found = _speakers(quotes_in(text), "Yes, I support")
    assert found == [("Brent Bozell III", "Brent Bozell III")]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemma"),
    [
        # “…,” tells Breitbart News: the parser found no subject, the outlet is the object
        (
            ["“", "Yes", ",", "”", "tells", "Breitbart", "News", "."],
            [4, 4, 4, 4, 4, 6, 4, 4],
            ["punct", "intj", "punct", "punct", "ROOT", "compound", "dobj", "punct"],
            ["PUNCT", "INTJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
            "tell",
        ),
        (
            ["“", "No", ",", "”", "informs", "Reuters", "."],
            [4, 4, 4, 4, 4, 4, 4],
            ["punct", "intj", "punct", "punct", "ROOT", "dobj", "punct"],
            ["PUNCT", "INTJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"],
            "inform",
        ),
        (
            ["“", "Never", ",", "”", "assures", "Fox", "News", "."],
            [4, 4, 4, 4, 4, 6, 4, 4],
            ["punct", "intj", "punct", "punct", "ROOT", "compound", "dobj", "punct"],
            ["PUNCT", "INTJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
            "assure",
        ),
    ],
)
def test_the_object_of_tells_is_never_an_inverted_subject(
    nlp, words, heads, deps, pos, lemma
) -> None:
    from spacy.tokens import Doc

    from dyads.quotes.syntax import subject

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    cue = doc[4]
    cue.lemma_ = lemma
    assert subject(cue) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Speaker Paul D. Ryan called Donald J. Trump’s remarks “racist,” but he said he "
            "would still vote for the party’s nominee in November.",
            "would still vote",
            "Ryan",
        ),
        (
            "Senator Elizabeth Warren called Jamie Dimon’s testimony “evasive,” but she said "
            "she would meet the bank’s board next week.",
            "would meet the bank",
            "Warren",
        ),
        (
            "Governor Andrew Cuomo called Bill de Blasio’s plan “reckless,” and he said the "
            "state would block the new tax on Monday.",
            "the state would block",
            "Cuomo",
        ),
    ],
)
def test_a_pronoun_subject_of_a_joined_clause_is_the_first_clauses_subject(
    quotes_in, text, words, speaker
) -> None:
    found = [a for _, a in _speakers(quotes_in(text, PUBLISHED), words)]
    assert found and all(s is not None and speaker in s for s in found), found
