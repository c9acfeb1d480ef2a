"""Quotation kinds from blind audit round 88 (seed 62): each audited input, shortened into a
sentence of our own, with two paraphrases of our own, and a guard for the reading the rule must
keep.

1. A label put on someone is a term: "called protestors “illegals”", "dubbed him “the Teflon
   Don”" (``practices.label_given``).
2. A book's title beside its noun is no quotation (``terms.titled_apposition``); the clause of a
   denial is the claim denied, a stance record, never the speaker's assertion (``denying`` in
   ``data/quote_cues.yaml``).
3. A link's text or call to action ("Read the full report ( .pdf )") is no one's words
   (``terms.a_link``, ``link_verbs`` and ``link_objects`` in ``data/quote_cues.yaml``).
4. A poll's question is no speaker (``kept._asked_by_a_poll``).
5. "“…,” he told me": the one compared with ("Like Allen, …") is not "he"
   (``antecedents._compared``).
6. Non-speakers: "the bill" for a second participle of the main clause ("- and arguing that …",
   ``speakers._outer_report``); a news desk named with its place ("POLITICO Florida",
   ``referents.outlet_desk``); a party's unnamed officials are no government
   (``referents.party_people``).
7. A reported clause kept to its sentence where a state's abbreviation ends the one before
   ("… Bedminster, N.J. Roger Ailes …", ``quotes/stops.py``); "the candidate" is the one person
   whose campaign the article names (``quotes/runners.py``).
8. A quotation in a sentence whose subject is a ministry's statement is the ministry's
   (``frames.statement_frame``); "the dealer" is the person titled a drug trafficker
   (``described._TITLE_ABBREVIATIONS``).
9. A paper written by two authors is said by both (``joint._joint_authors``).
"""

from __future__ import annotations

import pytest

_PUB = "2016-07-18"


def _contents(quotes: list) -> list[str]:
    return [q.content for q in quotes]


def _speakers(quotes: list, needle: str) -> list[str | None]:
    return [q.speaker.actor for q in quotes if needle in q.content and q.speaker]


def _stances(pipeline, text: str, published: str = _PUB) -> list[str]:
    """The stance records the quotes stage keeps apart for the evaluation."""
    from dyads.pipeline import analysis_doc
    from dyads.quotes import find_attributions
    from dyads.records import RawDocument

    article = pipeline.build(RawDocument(source="test", content=text, published=published))
    doc = pipeline.nlp(analysis_doc(pipeline.nlp, article))
    article = pipeline.analyse_doc(article, doc)
    found = find_attributions(doc, article.mentions, published=published, body=article.body)
    return [s.content for s in found.stances]


# 1. A label put on someone -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Donald Trump held a rally in San Jose.\n\nHe called anti-Trump protestors “illegals” "
            "and “thugs” without proof.",
            ("illegals", "thugs"),
        ),
        (
            "Ted Cruz spoke in Iowa on Monday. He called the striking workers “freeloaders” and "
            "“parasites” in his speech.",
            ("freeloaders", "parasites"),
        ),
        (
            "Governor Paul LePage spoke in Augusta. He dubbed the protest organizers “outside "
            "agitators” last week.",
            ("agitators",),
        ),
        ("The New York tabloids dubbed him “the Teflon Don” in 1986.", ("Teflon",)),
    ],
)
def test_a_label_put_on_someone_is_no_quotation(quotes_in, text, words) -> None:
    """Round 88: "He called anti-Trump protestors “illegals” and “thugs”" gave two partial
    quotations (a list heading's label)."""
    found = quotes_in(text, _PUB)
    assert not [q for q in found if any(w in q.content for w in words)], _contents(found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Donald Trump called Hillary Clinton “crooked” on Monday.", "crooked"),
        ("On Sunday, Trump called Rubio “a lightweight who cannot win.”",
         "a lightweight who cannot win"),
        ("The Kremlin called the sanctions “economic war” on Monday.", "economic war"),
    ],
)  # fmt: skip
def test_a_judgement_by_calling_stays_said(quotes_in, text, content) -> None:
    """Guard: an adjective, an indefinite with its clause, a singular noun judge; they stay."""
    assert content in _contents(quotes_in(text, _PUB))


# 2. A book's title; a denial ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "(His own manifesto, ''Crippled America: How to Make America Great Again,'' has sold "
            "235,000 copies since November, according to Nielsen.)",
            "Crippled America",
        ),
        (
            "(Her own treatise, ''Hard Choices: How to Make America Safe Again,'' has sold 90,000 "
            "copies in six weeks, according to BookScan.)",
            "Hard Choices",
        ),
        (
            "(His autobiography, ''Time to Get Tough: Make America Great Again!,'' has sold "
            "40,000 copies, according to Nielsen.)",
            "Time to Get Tough",
        ),
    ],
)
def test_a_title_beside_its_noun_is_no_quotation(quotes_in, text, title) -> None:
    """Round 88: "''Crippled America: …,''" stored as Nielsen's words."""
    found = quotes_in(text, _PUB)
    assert not [q for q in found if q.content.startswith(title)], _contents(found)


def test_a_quotation_beside_a_noun_stays(quotes_in) -> None:
    """Guard: a promise in lower case set beside its noun is still the speaker's words."""
    found = quotes_in(
        "Trump repeated his promise, “we will build the wall,” at the rally, according to "
        "witnesses.",
        _PUB,
    )
    assert [q for q in found if q.content.startswith("we will build the wall")]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Corey Lewandowski, who did not respond to a request for comment, has denied that he "
            "was working on a book.",
            "he was working on a book",
        ),
        (
            "The Defense Ministry denied that its troops had crossed the border on Sunday.",
            "its troops had crossed the border",
        ),
        (
            "Maria Lopez, the mayor's former aide, still denies that she knew of the payments.",
            "she knew of the payments",
        ),
    ],
)
def test_a_denied_claim_is_no_assertion(pipeline, quotes_in, text, claim) -> None:
    """Round 88: "has denied that he was working on a book" stored as Lewandowski's words; as
    for "denied claims that …", the claim denied is no quotation (a stance record)."""
    found = quotes_in(text, _PUB)
    assert not [q for q in found if claim in q.content], _contents(found)
    assert any(claim in s for s in _stances(pipeline, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“I never met him,” Paul Manafort denied.", "I never met him,"),
        ("The mayor confirmed that he was working on a book.", "he was working on a book"),
        (
            "Thelma Aldana has publicly denied the accusations and claims that a group of "
            "politicians is trying to stop her from running.",
            "a group of politicians is trying to stop her from running",
        ),
    ],
)
def test_a_denial_in_its_own_words_and_a_confirmation_stay(quotes_in, text, content) -> None:
    """Guard: the words of a denial in quotation marks, a clause confirmed, and what the denier
    claims besides ("denied the accusations and claims that …", "claims" read as a noun)."""
    assert content in _contents(quotes_in(text, _PUB))


# 3. A link's text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Global Financial Integrity released a new report today. According to the report, "
            "transnational crime brings in $650 billion a year. From the report's executive "
            'summary: "This report analyzes the scale and flow of twelve types of illicit trade."'
            ' " Read the full report ( .pdf )',
            "Read the full report",
        ),
        (
            "Amnesty published a report on Friday. According to the report, arrests rose by "
            'half. In its words: "Torture remains routine in the prisons." " See the full report '
            "here",
            "See the full report",
        ),
        (
            'Human Rights Watch issued a report on Tuesday. According to the report, "abuses by '
            'the police have doubled since 2014." " Read the full report here',
            "Read the full report",
        ),
    ],
)
def test_a_link_s_text_is_no_quotation(quotes_in, text, link) -> None:
    """Round 88: "Read the full report ( .pdf )" stored as the report's words."""
    found = quotes_in(text, _PUB)
    assert not [q for q in found if link in q.content], _contents(found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“Read my lips: no new taxes,” George Bush said.", "Read my lips: no new taxes,"),
        ("“Watch the video,” Donald Trump told the crowd in Ohio.", "Watch the video,"),
    ],
)
def test_an_imperative_someone_said_stays(quotes_in, text, content) -> None:
    """Guard: an imperative that points to no document, or one a speaker says, is words."""
    assert content in _contents(quotes_in(text, _PUB))


# 4. A poll's question ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Clinton lost West Virginia on Tuesday. This was reflected in another question that asked "
        "Democrats how likely Clinton was to defeat Trump in November, to which 21 percent said "
        "“not too likely.”",
        "Sanders won the state by 15 points. One question asked Republicans whether Trump should "
        "release his tax returns.",
        "Trump won the primary easily. Another question asked Republicans whether the party "
        "should unite behind him, and 70 percent said yes.",
    ],
)
def test_a_poll_s_question_is_no_speaker(quotes_in, text) -> None:
    """Round 88: an exit poll's question ("another question that asked Democrats how likely
    …") stored as a quotation."""
    found = quotes_in(text, "2016-05-12")
    assert not [q for q in found if q.speaker and "question" in q.speaker.text], _contents(found)


def test_a_reporter_s_question_stays(quotes_in) -> None:
    """Guard: a person who asks is a speaker."""
    found = quotes_in(
        "Reporter Jane Smith asked Trump whether he would release his tax returns.", "2016-05-12"
    )
    assert _speakers(found, "he would release his tax returns") == ["Jane Smith"]


# 5. "he told me" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "That was the first time I laid eyes on Mike Allen.\n\nJake Sherman will write "
            "Playbook now. Sherman, in particular, keeps his eyes glued to his phone. Often he is "
            "checking in with the next person he is peppering. Like Allen, they begin their days "
            "at 4:30 a.m.\n\n“We like to work,” he told me.",
            "We like to work",
            "Jake Sherman",
        ),
        (
            "I first met Tom Brokaw in 1990.\n\nLester Holt now anchors the show. Holt, in "
            "particular, reads every script twice. Often he is rewriting the lead himself. Like "
            "Brokaw, he never misses a broadcast.\n\n“I love this job,” he told me.",
            "I love this job",
            "Lester Holt",
        ),
        (
            "I once interviewed John Madden.\n\nTony Romo calls the games now. Romo, in "
            "particular, studies the film for hours. Often he is calling plays before the snap. "
            "Like Madden, he talks fast.\n\n“I just love football,” he told me.",
            "I just love football",
            "Tony Romo",
        ),
    ],
)
def test_the_one_compared_with_is_not_he(quotes_in, text, content, speaker) -> None:
    """Round 88: "Like Allen, their days begin … “We like to work,” he told me" went to Mike
    Allen, not the reporter the paragraph speaks of; "me" is the addressee."""
    found = [q for q in quotes_in(text, "2016-07-11") if content in q.content]
    assert [q.speaker.actor for q in found if q.speaker] == [speaker]
    assert [q.addressee for q in found] == ["me"]


def test_he_is_still_the_named_one_when_none_is_compared(quotes_in) -> None:
    """Guard: with no comparison, "he" is the person just named."""
    found = quotes_in(
        "I first met Tom Brokaw in 1990.\n\nLester Holt now anchors the show. Holt reads every "
        "script twice.\n\n“I love this job,” he told me.",
        "2016-07-11",
    )
    assert _speakers(found, "I love this job") == ["Lester Holt"]


# 6. Non-speakers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Marco Rubio pushed back on those claims Thursday, saying that the bill had the right "
            "security provisions but was sunk by voter mistrust - and arguing that he and Cruz "
            "shared “almost all the same views on immigration.”",
            "he and Cruz shared",
            "Marco Rubio",
        ),
        (
            "Tim Kaine pushed back on those claims Friday, saying that the treaty had the correct "
            "safeguards but was derailed by voter mistrust - and arguing that he and Pence shared "
            "“almost all the same views on trade.”",
            "he and Pence shared",
            "Tim Kaine",
        ),
        (
            "Ted Cruz pushed back on those attacks Tuesday, saying that the plan had the correct "
            "tax provisions but was waylaid by donor mistrust - and arguing that he and Rubio "
            "shared “nearly all the same views on taxes.”",
            "he and Rubio shared",
            "Ted Cruz",
        ),
    ],
)
def test_a_second_participle_is_the_main_clause_s(quotes_in, text, content, speaker) -> None:
    """Round 88: "- and arguing that …" after "saying that the bill had …" went to "the bill"."""
    found = quotes_in(text, "2015-11-13")
    assert _speakers(found, content) == [speaker]


def test_a_participle_after_the_main_clause_stays_its_subject_s(quotes_in) -> None:
    """Guard: the plain participle after the main clause."""
    found = quotes_in(
        "Marco Rubio defended the bill Thursday, saying that it had the right provisions.",
        "2015-11-13",
    )
    assert _speakers(found, "it had the right provisions") == ["Marco Rubio"]


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "POLITICO Florida reported earlier this month that Governor Rick Scott had cut "
            "mosquito-control programs.",
            "Governor Rick Scott had cut",
            "Politico",
        ),
        (
            "POLITICO Illinois reported on Monday that the governor had cut the state's budget "
            "for schools.",
            "the governor had cut",
            "Politico",
        ),
        (
            "POLITICO California reported on Tuesday that the mayor would not seek a second term.",
            "the mayor would not seek",
            "Politico",
        ),
    ],
)
def test_a_news_desk_named_with_its_place_is_the_outlet(quotes_in, text, content, actor) -> None:
    """Round 88: "POLITICO Florida reported" went to the state of Florida."""
    assert _speakers(quotes_in(text, "2016-08-23"), content) == [actor]


def test_a_place_s_officials_are_not_an_outlet(quotes_in) -> None:
    """Guard: the place's own officials after an outlet's report are no outlet."""
    found = quotes_in(
        "POLITICO reported the cuts on Monday. Florida officials said the programs had been cut.",
        "2016-08-23",
    )
    assert "Politico" not in _speakers(found, "the programs had been cut")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Clinton leads in pledged delegates. Nor are the super delegates defecting, according "
            "to several party officials.",
            "super delegates defecting",
        ),
        (
            "Sanders won Michigan on Tuesday. Campaign aides told donors the race was tight. The "
            "delegates will not switch sides, several party officials said.",
            "The delegates will not switch sides",
        ),
        (
            "Clinton won New York. Party officials said the super delegates would stay with her.",
            "the super delegates would stay with her",
        ),
    ],
)
def test_a_party_s_officials_are_no_government(quotes_in, text, content) -> None:
    """Round 88: "according to several party officials" coded USAGOV."""
    found = [q for q in quotes_in(text, "2016-04-10") if content in q.content]
    assert found and all(q.speaker is not None for q in found)
    for q in found:
        assert "government" not in (q.speaker.actor or ""), q.speaker
        assert not (q.speaker.code or "").endswith("GOV"), q.speaker


def test_officials_without_a_party_word_are_no_party(quotes_in) -> None:
    """Guard: officials without a party word are not made a party's."""
    found = quotes_in(
        "Clinton leads in pledged delegates. Nor are the super delegates defecting, according "
        "to several state officials.",
        "2016-04-10",
    )
    speakers = [q.speaker for q in found if "defecting" in q.content and q.speaker]
    assert speakers and all("party" not in (s.actor or "") for s in speakers), speakers
    assert all(not (s.code or "").endswith("PTY") for s in speakers), speakers


# 7. A sentence run on at an abbreviation; "the candidate" ------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The moves were settled on Sunday in meetings at Mr. Trump's golf club at Bedminster, "
            "N.J. Roger Ailes, the former chairman of Fox News, also met with Mr. Trump that day, "
            "as The New York Times reported on Tuesday.",
            "The New York Times",
            "Roger Ailes, the former chairman of Fox News, also met with Mr. Trump that day",
        ),
        (
            "The talks were held on Monday at a hotel in Wilmington, Del. Joe Biden, the vice "
            "president, also spoke that night, according to two people briefed on the meeting.",
            "two people",
            "Joe Biden, the vice president, also spoke that night",
        ),
        (
            "Aides said the talks were held at a hotel in Dover, Del. Joe Biden left early and "
            "did not speak to reporters.",
            "Aides",
            "the talks were held at a hotel in Dover, Del.",
        ),
    ],
)
def test_a_report_stays_in_its_sentence_after_a_state(quotes_in, text, speaker, content) -> None:
    """Round 88: "… Bedminster, N.J. Roger Ailes … also met …, as The New York Times
    reported" gave the Times the sentence before too."""
    found = [q for q in quotes_in(text, "2016-08-18") if q.speaker and q.speaker.text == speaker]
    assert [q.content for q in found] == [content]


def test_a_state_set_off_by_commas_runs_on(quotes_in) -> None:
    """Guard: "Newark, N.J., police said" is one sentence."""
    found = quotes_in(
        "Officers in Newark, N.J., said on Monday that the suspect had fled the city.",
        "2016-08-18",
    )
    assert "the suspect had fled the city" in _contents(found)


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Donald J. Trump has shaken up his presidential campaign for the second time in two "
            "months. Paul Manafort, the campaign chairman, will keep his title. Kellyanne Conway "
            "will become the campaign manager.\n\nMr. Bannon has no experience with campaigns. "
            "The candidate has bucked efforts to rein in his behavior, committing gaffes after "
            "telling his aides he planned to adopt a more presidential tone.",
            "he planned to adopt",
            "Donald Trump",
        ),
        (
            "Hillary Clinton shook up her campaign on Monday. John Podesta, the campaign chairman, "
            "will stay. Robby Mook will remain the campaign manager.\n\nMr. Podesta has run "
            "campaigns before. The candidate has resisted changes, telling her aides she planned "
            "to keep her schedule.",
            "she planned to keep her schedule",
            "Hillary Clinton",
        ),
        (
            "Bernie Sanders's campaign raised $5 million in a day. Tad Devine called it a record."
            "\n\nThe candidate said he would stay in the race until the convention.",
            "he would stay in the race",
            "Bernie Sanders",
        ),
    ],
)
def test_the_candidate_is_the_one_whose_campaign_it_is(quotes_in, text, content, actor) -> None:
    """Round 88: "The candidate has bucked efforts …, telling his aides …" left unresolved
    though the article names Trump's campaign."""
    assert _speakers(quotes_in(text, "2016-08-18"), content) == [actor]


def test_the_candidate_stays_a_description_between_two_campaigns(quotes_in) -> None:
    """Guard: with two campaigns named, "the candidate" is neither."""
    found = quotes_in(
        "Donald Trump's campaign and Hillary Clinton's campaign both raised money in July.\n\n"
        "The candidate said the race would tighten by September.",
        "2016-08-18",
    )
    assert not {"Donald Trump", "Hillary Clinton"} & set(_speakers(found, "the race would"))


# 8. A ministry's statement; "the dealer" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“They were saved because the boy clung to his mother,” says Juan, who says that two "
            "other fighters were thrown into the river. The Ministry of Defense statement "
            "published after the death was proud of the work of the Armed Forces, “the permanent "
            "guarantor of national sovereignty, organized, trained and well-equipped.”",
            "the permanent guarantor",
        ),
        (
            "“We buried him on Sunday,” says Maria, who says that the police never came. The "
            "Ministry of Interior statement issued after the raid was full of praise for the "
            "police, “the shield of every citizen, loyal and always ready.”",
            "the shield of every citizen",
        ),
        (
            "“Nobody told us anything,” says Pedro, who says that the army left at dawn. The "
            "Ministry of Defense statement released on Friday was proud of the troops, “the finest "
            "soldiers in the region, brave and well-trained.”",
            "the finest soldiers",
        ),
    ],
)
def test_a_statement_s_words_are_its_maker_s(quotes_in, text, content) -> None:
    """Round 88: the Ministry of Defense statement's words went to "Juan", quoted just before."""
    found = [q for q in quotes_in(text, "2016-05-09") if content in q.content]
    assert found and all(q.speaker is not None and "Ministry" in q.speaker.text for q in found)


def test_the_next_quotation_of_a_speaker_stays_theirs(quotes_in) -> None:
    """Guard: a quotation with no statement in its sentence goes on with the speaker before."""
    found = quotes_in(
        "“We will win,” says Juan Guerrero, who lives in Guasdualito. “The army is with us.”",
        "2016-05-09",
    )
    assert _speakers(found, "The army is with us") == ["Juan Guerrero"]


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Until 2010, Walid Makled, Venezuela's most famous drug trafficker, owned an airline."
            " Venezuela fought Colombia for Makled's extradition. In an interview with RCN, the "
            "dealer said he had a list of the officials he paid.",
            "he had a list",
            "Walid Makled",
        ),
        (
            "Ramon Ortiz, Colombia's most wanted cocaine trafficker, was extradited in May. "
            "Mexico fought for Ortiz's extradition. In a jailhouse interview, the kingpin said he "
            "had paid off two generals.",
            "he had paid off two generals",
            "Ramon Ortiz",
        ),
        (
            "Jorge Rivas, a notorious drug trafficker, was arrested in Cali. Police had sought "
            "Rivas for years. Speaking from jail, the dealer said he would cooperate with "
            "prosecutors.",
            "he would cooperate",
            "Jorge Rivas",
        ),
    ],
)
def test_the_dealer_is_the_trafficker_named(quotes_in, text, content, actor) -> None:
    """Round 88: "the dealer said" left unresolved though the article names Walid Makled,
    Venezuela's most famous drug trafficker."""
    assert _speakers(quotes_in(text, "2016-05-09"), content) == [actor]


def test_the_dealer_is_the_nearest_one_titled_so(quotes_in) -> None:
    """Guard: a dealer named after the trafficker is "the dealer"."""
    found = quotes_in(
        "Pedro Diaz, a drug trafficker, was arrested in May. Police later questioned a local "
        "art dealer, Ana Ruiz. The dealer said she had never met him.",
        "2016-05-09",
    )
    assert _speakers(found, "she had never met him") == ["Ana Ruiz"]


# 9. A paper by two authors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "authors"),
    [
        (
            "An op-ed written by Ted Cruz and Mike Lee said the deal was a mistake.",
            "the deal was a mistake",
            {"Ted Cruz", "Mike Lee"},
        ),
        (
            "A letter from Susan Collins and Joe Manchin says the bill goes too far.",
            "the bill goes too far",
            {"Susan Collins", "Joe Manchin"},
        ),
        (
            "The column, co-written by Ana Lopez and Mark Davis, argues that the tax is unfair.",
            "the tax is unfair",
            {"Ana Lopez", "Mark Davis"},
        ),
    ],
)
def test_a_paper_by_two_authors_is_said_by_both(quotes_in, text, content, authors) -> None:
    """Round 88: a text "written by A and B" credited to A alone; joint authors speak
    jointly, one record each, as "A and B wrote" already does."""
    found = quotes_in(text, "2016-05-09")
    assert set(_speakers(found, content)) == authors


@pytest.mark.parametrize(
    ("text", "content", "authors"),
    [
        ("An op-ed written by Ted Cruz said the deal was a mistake.", "the deal was a mistake",
         ["Ted Cruz"]),
        ("Ted Cruz and Mike Lee wrote that the deal was a mistake.", "the deal was a mistake",
         ["Ted Cruz", "Mike Lee"]),
    ],
)  # fmt: skip
def test_one_author_and_joint_writers_keep_their_reading(quotes_in, text, content, authors):
    """Guard: one author is one speaker; "A and B wrote" stays two records."""
    assert _speakers(quotes_in(text, "2016-05-09"), content) == authors
