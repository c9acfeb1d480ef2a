"""Kinds of the fifteenth session (2026-12-05): blind-audit round 69 (fresh seed 53) and PolNeAR
train tune-half misses; each kind, the input and two paraphrases of our own, and a guard for
the reading the rule must keep.

Events: "Obama's appeal to young voters" is no 020 (an appeal needs what is asked); "has toned
down his criticism of Clinton" is no 111; "A and B do agree on something" is no 030; armed
groups "expelling" each other is force (190), not 166; a named unit "of the FARC" is coded as
the FARC. Quotes: the name a transcript's turn addresses is not its speaker; an untagged name
with "a/an <person noun>" beside it is a person; a subject pronoun of "said" is no one named
in what it reports, nor in a fronted "Asked about …" clause; a reflexive is no naming; "the
actress" after an untitled name opening the sentence before is that person; "the statement",
"the email", "the lawsuit" speak for who issued, sent or filed them.
"""

from __future__ import annotations

import pytest


def _article(pipeline, text: str, published: str = "2016-07-02"):
    from dyads.records import RawDocument

    return pipeline.process(RawDocument(source="test", content=text, published=published))


def _said(article, content: str):
    return next(q for q in article.quotes if content in q.content)


# --- events -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The challenge for Mrs. Clinton is, in a sense, reversed from 2008, when she sought to "
        "counter Mr. Obama's appeal to young, liberal and African-American voters.",
        "In 2012 Mr. Romney struggled to match Mr. Obama's appeal to Hispanic voters in Florida.",
        "In a general election polarized by Mr. Trump's appeals to the economic and cultural "
        "anxieties of white, working-class voters, those Democrats argued, black and Hispanic "
        "voters would turn out strongly to defeat him.",
    ],
)
def test_an_appeal_that_asks_nothing_is_no_event(events_at, text) -> None:
    """Blind audit, round 69: a candidate's pull on voters coded 020 twice."""
    assert events_at(text, "2016-03-04") == []


@pytest.mark.parametrize(
    "text",
    [
        "Germany appealed to Russia on Monday to release the sailors.",
        "On Monday Germany appealed to France for calm.",
    ],
)
def test_an_appeal_that_asks_is_still_020(events_at, text) -> None:
    found = events_at(text, "2016-03-16")
    assert [e.cameo for e in found] == ["020"]


@pytest.mark.parametrize(
    "text",
    [
        "Sanders himself, who wasn’t present at the rally, has toned down his criticism of Hillary "
        "Clinton, shifting his focus to defeating Donald Trump.",
        "Since the primary ended, Bernie Sanders has softened his attacks on Hillary Clinton.",
        "Turkey has muted its criticism of Russia since the summit in Sochi.",
    ],
)
def test_lessened_criticism_is_no_event(events_at, text) -> None:
    """Blind audit, round 69: 'has toned down his criticism' coded 111."""
    assert events_at(text, "2016-07-02") == []


def test_criticism_itself_is_still_111(events_at) -> None:
    found = events_at("Turkey on Monday criticized Russia over the strike.", "2016-03-16")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [("TUR", "111", "RUS")]


@pytest.mark.parametrize(
    "text",
    [
        "Somehow, it appears that Bernie Sanders, who is said to have pressed for the inclusion of "
        "the Glass-Steagall plank in the Democratic Party platform, and Donald J. Trump, who also "
        "pushed for the agenda item on the Republican side, do agree on something.",
        "Russia and Turkey agree on one thing: the need for stability in Syria.",
        "On Monday, France and Germany agreed on the need to act.",
    ],
)
def test_a_shared_view_is_no_agreement(events_at, text) -> None:
    """Blind audit, round 69: coded 030 both ways."""
    assert events_at(text, "2016-07-26") == []


def test_an_agreement_on_a_deal_still_goes_both_ways(events_at) -> None:
    found = events_at("Armenia and Azerbaijan agreed on a ceasefire on Thursday.", "2016-07-26")
    assert sorted((e.source.code, e.target.code) for e in found) == [("ARM", "AZE"), ("AZE", "ARM")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            'This faction of "Los Rastrojos" was expelled in 2011 by the Daniel Aldana Front of '
            "the FARC, which have since exercised control over the area.",
            ("COLREB", "COLCRM"),
        ),
        ("In 2014 the FARC expelled the Rastrojos from the Tumaco area.", ("COLREB", "COLCRM")),
        ("The Zetas expelled the Gulf Cartel from Nuevo Laredo in 2012.", ("MEXCRM", "MEXCRM")),
    ],
)
def test_armed_groups_expelling_each_other_use_force(events_at, text, sides) -> None:
    """Blind audit, rounds 68 and 69: coded 166 (and the FARC's front as the bare country)."""
    found = events_at(text, "2016-01-15")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [(sides[0], "190", sides[1])]


def test_aid_suspended_to_rebels_is_still_16(events_at) -> None:
    """The pentaclass tune half: aid suspended to rebels became force (190) in a first version
    of the rule; only expelling is."""
    found = events_at(
        "In 2013 Germany suspended aid to the FARC over the kidnappings.", "2016-01-15"
    )
    assert [(e.source.code, e.cameo[:2], e.target.code) for e in found] == [("DEU", "16", "COLREB")]


def test_an_expelled_ambassador_is_still_no_force(events_at) -> None:
    """A state expelling a diplomat reduces relations (161 since session 23: the CAMEO 2.0
    dictionary's EXPEL DIPLOMAT), no force."""
    found = events_at("Colombia expelled the Venezuelan ambassador on Monday.", "2016-01-15")
    assert [(e.source.code, e.cameo) for e in found] == [("COL", "161")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Rastrojos were expelled in 2011 by the Daniel Aldana Front of the FARC.", "Daniel"),
        ("The Rastrojos were expelled in 2011 by the Jacobo Arenas Front of the FARC.", "Jacobo"),
        ("In 2012 the Jacobo Arenas Front of the FARC attacked a police station.", "Jacobo"),
    ],
)
def test_a_named_unit_of_an_armed_group_is_coded_as_the_group(pipeline, text, unit) -> None:
    article = _article(pipeline, text, "2016-01-15")
    found = [m for m in article.mentions if m.text.startswith(unit)]
    assert [m.code for m in found] == ["COLREB"]


# --- quotes: speakers ---------------------------------------------------------------------

_TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    "{host}: {addressed}, did you lie to them?\n\n"
    "{guest}: No. I did not, and I never would.\n\n"
    "{host}: {addressed}, what would you tell the families?\n\n"
    "{guest}: That I share their grief and I always will."
)


@pytest.mark.parametrize(
    ("host", "addressed", "guest"),
    [
        ("RAMOS", "Secretary Clinton", "CLINTON"),
        ("BLITZER", "Senator Sanders", "SANDERS"),
        ("TAPPER", "Governor Kasich", "KASICH"),
    ],
)
def test_the_name_a_turn_addresses_is_not_its_speaker(pipeline, host, addressed, guest) -> None:
    """Blind audit, round 69: the moderator's questions went to Clinton."""
    text = _TRANSCRIPT.format(host=host, addressed=addressed, guest=guest)
    article = _article(pipeline, "Debate transcript.\n\n" + text, "2016-03-09")
    asked = _said(article, "did you lie")
    assert asked.speaker is not None and asked.speaker.text == host
    assert asked.speaker.actor is None or addressed.split()[-1] not in asked.speaker.actor


_SUPPORTERS = (
    "State party chairman John Burton has also implored delegates to unite. “We’ve got a common "
    "enemy,” Burton told state delegates recently. “Donald Trump.”\n\n"
    "{name}, a Sanders {noun} from Hemet, California, is among those who say they have no "
    "intention of backing Clinton. The Sanders campaign was the first time {p} had been "
    "politically involved, and {p} doesn’t think Clinton can address the issues that Sanders "
    "raised.\n\n"
    "Choosing between Clinton and Sanders is a “false choice, because it's a choice between "
    "Clinton, Trump, Gary Johnson, and Dr. Jill Stein,” {p} said."
)


@pytest.mark.parametrize(
    ("name", "noun", "p"),
    [
        ("Naureen Jahangir", "supporter", "she"),
        ("Tamsin Okorafor", "volunteer", "she"),
        ("Dashiell Pruett", "delegate", "he"),
    ],
)
def test_a_pronoun_speaker_is_no_one_named_in_what_it_reports(pipeline, name, noun, p) -> None:
    """Blind audit, round 69: an untagged name beside 'a Sanders supporter' was no mention, and
    her 'she said' went to Clinton, named inside her words."""
    article = _article(pipeline, _SUPPORTERS.format(name=name, noun=noun, p=p))
    said = _said(article, "Choosing between Clinton")
    assert said.speaker is not None and said.speaker.actor == name


def test_the_reported_clauses_own_subject_may_still_speak(quotes_in) -> None:
    text = (
        "Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in the "
        "running, he said Wednesday morning on MSNBC."
    )
    found = quotes_in(text, "2016-08-10")
    assert [q.speaker.actor for q in found if q.speaker is not None] == ["Chris Shays"]


@pytest.mark.parametrize(
    ("opening", "asked"),
    [
        ("Susan Sarandon", "Asked about her own vote in the event that Clinton faces Trump"),
        ("Meryl Streep", "Asked whether she would back Clinton if Clinton wins the nomination"),
        ("Jane Fonda", "Pressed on whether Clinton can beat Trump in November"),
    ],
)
def test_a_fronted_participle_clause_names_no_speaker(pipeline, opening, asked) -> None:
    """Blind audit, round 69: Sarandon's 'she replied' and 'she added' went to Clinton."""
    text = (
        f"Oscar-winning actress {opening} is not sure she can vote for Hillary Clinton over "
        f"Donald Trump.\n\n“I think people are tired,” she said.\n\n{asked}, she replied: "
        "“I don’t know. I’m going to see what happens.”\n\n“Really,” she added."
    )
    article = _article(pipeline, text, "2016-03-29")
    for content in ("I don’t know", "Really"):
        assert _said(article, content).speaker.actor == opening


@pytest.mark.parametrize(
    ("name", "employer"),
    [
        ("Dunwoody", "Barack Obama"),
        ("Pettigrew", "John Kerry"),
        ("Alvarado", "Al Gore"),
    ],
)
def test_a_reflexive_is_no_naming(pipeline, name, employer) -> None:
    """Blind audit, round 69: 'Sanders himself' made the next 'he said' Obama's."""
    text = (
        f"“Here in California, people are revved up,” said Steve {name}, a Los Angeles-area "
        f"Sanders volunteer.\n\n{name}, who worked as a campaign staffer for {employer} in 2008, "
        "said tensions were higher than at any point he could remember. He said that he was "
        "focused on the platform and noted that Sanders himself has acknowledged he won’t be "
        "the nominee.\n\n“What most Sanders supporters are asking for isn’t unreasonable,” he said."
    )
    article = _article(pipeline, text)
    assert _said(article, "isn’t unreasonable").speaker.actor == f"Steve {name}"


@pytest.mark.parametrize(
    ("star", "title", "earlier"),
    [
        ("Selenis Leyva", "actress", "actress America Ferrera wrote a viral blog"),
        ("Arturo Castro", "actor", "Marvel cast actor Michael B. Jordan as the Human Torch"),
        ("Gina Rodriguez", "actress", "actress Eva Longoria wrote a viral blog"),
    ],
)
def test_the_title_after_an_untitled_subject_is_that_person(pipeline, star, title, earlier) -> None:
    """Blind audit, round 69: 'The actress' went to America Ferrera, titled further back."""
    text = (
        f"Last summer {earlier}.\n\nCritics were not fond of it.\n\n"
        f"“Orange is the New Black” star {star} opened up about being described as a “real "
        f"woman” in a blog. The {title} explained that being portrayed as such is actually a "
        "“backhanded compliment.”"
    )
    article = _article(pipeline, text, "2015-12-22")
    assert _said(article, "backhanded").speaker.actor == star


def test_a_known_person_before_does_not_take_anothers_title(pipeline) -> None:
    text = (
        "President Barack Obama spoke in Ohio on Monday. Hillary Clinton criticized the plan on "
        "Tuesday. The president said the plan would create jobs."
    )
    article = _article(pipeline, text, "2016-03-16")
    assert _said(article, "create jobs").speaker.actor == "Barack Obama"


# --- quotes: papers and their makers --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "The Trump campaign on Tuesday responded that it had expanded into larger quarters. "
            "“Also, Mr. Trump makes a personal contribution of $2 million per month to the "
            "campaign,” the statement said.",
            "Trump campaign",
        ),
        (
            "The Cruz campaign on Monday announced that it would appeal. “We will fight this "
            "ruling in every court,” the statement said.",
            "Cruz campaign",
        ),
        (
            "Clinton’s campaign sent out an email fundraising appeal that presaged her poor "
            'showing. "We absolutely, critically need to make sure Hillary comes out on top in '
            'the states that lie ahead," the email said.',
            "Clinton’s campaign",
        ),
    ],
)
def test_a_statement_speaks_for_the_body_that_issued_it(pipeline, text, maker) -> None:
    """PolNeAR train, tune half: the campaign's statement and email were left to no one."""
    article = _article(pipeline, text, "2016-08-23")
    assert [q.speaker.actor for q in article.quotes if q.kind == "direct"] == [maker]


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "According to The Guardian, an email was sent from the club’s executive director, "
            "Jeremy Boreing, to the club members. The email said, “Effective immediately, we are "
            "going to begin to wind down the organization.”",
            "Jeremy Boreing",
        ),
        (
            "A letter was sent by Senator Chuck Grassley to the attorney general on Monday. "
            "“We ask that you explain the decision,” the letter said.",
            "Chuck Grassley",
        ),
        (
            "Patricia Smith and Charles Woods have filed a wrongful death lawsuit against Hillary "
            "Clinton. The lawsuit contends that the deaths were caused by her “negligent and "
            "reckless actions.”",
            "Patricia Smith",
        ),
    ],
)
def test_a_paper_speaks_for_who_sent_or_filed_it(pipeline, text, maker) -> None:
    """PolNeAR train, tune half and blind audit, round 69: "The email said", "the lawsuit
    alleges" were left to no one (or dropped)."""
    article = _article(pipeline, text, "2016-04-22")
    makers = {
        q.speaker.actor for q in article.quotes if q.speaker and "Guardian" not in q.speaker.text
    }
    assert makers == {maker}


def test_an_unplaced_statement_still_speaks_for_no_one(pipeline) -> None:
    text = "Sen. Ted Cruz spoke on Monday. “We will win,” the statement said."
    assert _article(pipeline, text, "2016-04-22").quotes == []


# --- rounds 70 and 71 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One of the men, Jessie Elkins, 70, had served in Vietnam and said he was convinced "
            "that Mr. Trump would win.",
            "Jessie Elkins",
        ),
        ("One of the protesters, Maria Lopez, said the police had beaten her.", "Maria Lopez"),
        ("One of the delegates, Tom Weber, said the vote was rigged.", "Tom Weber"),
    ],
)
def test_a_portion_named_beside_it_is_that_person(quotes_in, text, name) -> None:
    """Blind audit, rounds 69 and 70: left as "One of the men"."""
    assert [q.speaker.actor for q in quotes_in(text, "2016-09-07")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Crime experts have concluded that the killings are linked to the cartel.",
        "Experts agree that the cartel has been weakened.",
        "Most analysts agree the deal will hold.",
    ],
)
def test_a_consensus_summed_up_is_no_quotation(quotes_in, text) -> None:
    """Blind audit, round 69: 'Crime experts have concluded', 'experts agree' judged no
    quotation (the writer's summary of a shared view)."""
    assert quotes_in(text, "2016-01-15") == []


def test_a_named_body_that_concludes_still_speaks(quotes_in) -> None:
    found = quotes_in("Analysts said the deal will hold.", "2016-01-15")
    assert [q.speaker.text for q in found] == ["Analysts"]


@pytest.mark.parametrize(
    "text",
    [
        "Former Obama spokesman Robert Gibbs derided and insulted “the professional left” in "
        "press conferences.",
        "Conservatives ridiculed “the war on Christmas” for years.",
        "Trump mocked “Little Marco” at the rally.",
    ],
)
def test_a_judged_term_is_no_quotation(quotes_in, text) -> None:
    """Blind audit, rounds 69 and 70: the object of 'derided' judged no quotation."""
    assert quotes_in(text, "2016-02-12") == []


def test_a_quoted_deed_joined_to_a_judging_verb_is_still_said(quotes_in) -> None:
    text = (
        "Smith blamed the murder spike on the country's economic troubles, saying it has made "
        'young men "feel hopeless," and thereby "making them easy targets for criminal gangs."'
    )
    assert any("easy targets" in q.content for q in quotes_in(text, "2016-01-15"))


@pytest.mark.parametrize(
    "text",
    [
        "Nearly nine out of 10 say they will need to continually develop new skills to advance "
        "their careers.",
        "Seven in 10 voters say the country is on the wrong track.",
        "Roughly three out of ten say they would never vote for him.",
    ],
)
def test_a_share_out_of_ten_is_a_finding(quotes_in, text) -> None:
    """Blind audit, round 71: the speaker was "nine"."""
    assert quotes_in(text, "2016-03-16") == []


def test_a_person_then_a_percentage_still_speaks(quotes_in) -> None:
    found = quotes_in("Smith said 70% of voters were angry.", "2016-03-16")
    assert [q.speaker.text for q in found] == ["Smith"]


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "Speaking from Cuba, Chavez criticized the travel warning issued by the US State "
            "Department that says Venezuela has one of the top five highest murder rates in the "
            "world.",
            "State Department",
        ),
        (
            "Putin dismissed the report published by the European Commission that says Russian "
            "banks evaded the sanctions.",
            "European Commission",
        ),
        (
            "Maduro rejected a statement issued by the Organization of American States that says "
            "the election was rigged.",
            "Organization of American States",
        ),
    ],
)
def test_a_criticised_paper_speaks_for_its_issuer(quotes_in, text, maker) -> None:
    """Blind audit, round 71: the State Department's warning was given to Chavez."""
    speakers = [q.speaker for q in quotes_in(text, "2016-01-15") if q.speaker is not None]
    assert speakers and all(maker in (s.actor or s.text) for s in speakers)


@pytest.mark.parametrize(
    "chief",
    [
        "The chief of regional security for the federal police, Luis Cardenas Palomino,",
        "The head of intelligence for the federal police, Jorge Ramos,",
        "The spokesman of the federal police, Jose Ruiz,",
    ],
)
def test_the_police_are_not_the_chief_of_one_of_their_units(quotes_in, chief) -> None:
    """Blind audit, round 71: "the federal police said" went to the security chief."""
    text = (
        f"{chief} said all the officers were replaced. After the shooting, the federal police "
        "said that the dead officers had been trying to arrest colleagues."
    )
    said = next(q for q in quotes_in(text, "2012-07-02") if "arrest colleagues" in q.content)
    assert said.speaker.text == "the federal police"
    assert said.speaker.actor != chief.split(", ")[1].rstrip(",")


@pytest.mark.parametrize(
    ("text", "answerer"),
    [
        (
            "Last month, The Huffington Post’s Scott Conroy asked Bernie Sanders whether questions "
            "about his health and age were fair game in the campaign.\n\n“Sure it is. I would not "
            "have run if I was not blessed,” he said.",
            "Bernie Sanders",
        ),
        (
            "On Monday, Jake Tapper asked Ted Cruz about the wall. “We will build it. Mexico will "
            "pay,” he said.",
            "Ted Cruz",
        ),
        (
            "A reporter from the Times, John Smith, asked Marco Rubio whether he would endorse "
            "Trump. “I will support the nominee,” he said.",
            "Marco Rubio",
        ),
    ],
)
def test_the_answer_after_a_question_is_the_asked_ones(quotes_in, text, answerer) -> None:
    """Blind audit, round 71: Sanders's answer went to the reporter who asked him."""
    found = [q for q in quotes_in(text, "2016-01-17") if q.kind == "direct"]
    assert [q.speaker.actor for q in found] == [answerer]


def test_a_question_two_sentences_back_does_not_turn_the_speaker(quotes_in) -> None:
    text = (
        "On Monday, Ted Cruz asked Jake Tapper about the wall. Tapper paused. “We will build it,” "
        "he said."
    )
    found = [q for q in quotes_in(text, "2016-01-17") if q.kind == "direct"]
    assert [q.speaker.actor for q in found] == ["Jake Tapper"]
