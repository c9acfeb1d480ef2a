"""Kinds of the fourteenth session (2026-12-05): PolNeAR train tune-half misses; each kind, the
input and two paraphrases of our own, and a guard for the reading the rule must keep.

Quotes: a line opened by a hyphen and a name after a quotation is its speaker ('-Michelle
Marks, Philadelphia.'); the name between the closing mark and the cue is the whole noun phrase,
not its first word ("Texas delegate Bill Eastland, wearing … “Ted Cruz” campaign pins, said");
"another source" is a speaker, "another" alone points to no one; a participle after a noun's
content clause reports the main clause's subject ("denied the notion that a shakeup is coming,
explaining …"); a participle after a statement noun whose issuer is named reports the issuer
("comments Trump made in 2006 saying …"); "without saying" says nothing; a superlative ("the
meanest he ever got was to label …") is no speaker.
"""

from __future__ import annotations

import pytest


def _article(pipeline, text: str, published: str):
    from dyads.records import RawDocument

    return pipeline.process(RawDocument(source="test", content=text, published=published))


def _speakers(found) -> list[str]:
    return [q.speaker.text for q in found if q.speaker is not None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Convention notebook.\n\n\"The whole idea of a 'Crooked Hillary' is something that "
            'we hear about all the time, and it needs to stop."\n\n-Michelle Marks, Philadelphia.',
            "Michelle Marks",
        ),
        (
            '"We will not back down on this, not now and not ever."\n\n-Senator Maria Lopez, at '
            "a town hall in Reno.",
            "Senator Maria Lopez",
        ),
        (
            '"Nobody here trusts the count anymore, and nobody should."\n\n- John Reyes, a voter '
            "in Toledo.",
            "John Reyes",
        ),
    ],
)
def test_a_hyphen_line_after_a_quotation_names_its_speaker(quotes_in, text, speaker) -> None:
    """PolNeAR train, tune half: a notebook's quotations, each signed on the next line."""
    found = [q for q in quotes_in(text) if q.kind == "direct"]
    assert _speakers(found) == [speaker]


def test_a_hyphen_line_with_a_clause_names_no_one(quotes_in) -> None:
    text = (
        '"The vote should never have been held in the first place."\n\n- The vote was delayed '
        "twice by the court."
    )
    assert _speakers(quotes_in(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, "
            "wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti "
            "fluttered down around him.",
            "Texas delegate Bill Eastland",
        ),
        (
            "“We have seen better days than this one,” Ohio voter Mary Lee, holding a “Trump” "
            "sign over her head, said quietly.",
            "Ohio voter Mary Lee",
        ),
        (
            "“We have seen better days than this one,” Iowa voter Jim Hale, wearing a “Feel the "
            "Bern” shirt, said with a shrug.",
            "Iowa voter Jim Hale",
        ),
    ],
)
def test_the_name_before_a_subjectless_cue_is_the_whole_phrase(quotes_in, text, speaker) -> None:
    """PolNeAR train, tune half: the quotation was dropped, or given to "Texas"."""
    found = [q for q in quotes_in(text) if q.kind == "direct"]
    assert _speakers(found) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Another source familiar with Cruz’s thinking said, “I think he’ll certainly try to get "
        "to be more friendly with his colleagues.”",
        "Another source close to Merkel said, “She will certainly try to mend fences with Paris.”",
        "Another source familiar with Obama’s plans said, “He will travel to Cuba in March.”",
    ],
)
def test_another_source_is_a_speaker(quotes_in, text) -> None:
    """PolNeAR train, tune half: "Another source" was taken for a pointer to no one."""
    assert _speakers(quotes_in(text)) == ["Another source"]


def test_another_alone_points_to_no_one(quotes_in) -> None:
    text = "Several voters spoke about Merkel. Another said, “She will try to mend fences.”"
    assert _speakers(quotes_in(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Reached by POLITICO, Bennett denied the notion that a campaign shakeup is coming, "
            "explaining that he was unaware of Carson’s interview because he was “taking a day "
            "off.”",
            "Bennett",
        ),
        (
            "Reached by phone, Lopez denied the notion that a staff shakeup is coming, explaining "
            "that she was away because she was “on vacation.”",
            "Lopez",
        ),
        (
            "Asked about it on Monday, Reyes denied the notion that a merger is coming, explaining "
            "that he was unaware of the report because he was “traveling.”",
            "Reyes",
        ),
    ],
)
def test_a_participle_after_a_content_clause_is_the_main_subjects(quotes_in, text, speaker) -> None:
    """PolNeAR train, tune half: given to "a campaign shakeup", the content clause's subject."""
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert _speakers(found) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Clinton’s attacks were echoed by her campaign and Democrats across the country, who "
            "highlighted comments Trump made in 2006 saying he “sort of hopes” the housing bubble "
            "would burst because “people like me could make a lot of money.”",
            "Trump",
        ),
        (
            "Republicans highlighted comments Clinton made in 2014 saying she “would have” voted "
            "for the deal.",
            "Clinton",
        ),
        (
            "Democrats echoed the attack and highlighted comments the governor made in 2012 saying "
            "he “would gladly” cut the program.",
            "the governor",
        ),
    ],
)
def test_a_participle_after_issued_comments_is_the_issuers(quotes_in, text, speaker) -> None:
    """PolNeAR train, tune half: given to the Democrats who highlighted Trump's comments."""
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert _speakers(found) == [speaker]


def test_a_report_saying_is_still_its_makers(quotes_in) -> None:
    text = "Lopez dismissed a report from Bloomberg saying the plant would close in March."
    assert _speakers(quotes_in(text)) == ["Bloomberg"]


@pytest.mark.parametrize(
    "text",
    [
        "I had to spend the weekend figuring out how to attack a friend without saying, “This is "
        "the most retarded argument I’ve ever read.”",
        "He left the room without saying that the deal was dead.",
        "She criticized the plan without saying, “It is a disaster for the city.”",
    ],
)
def test_without_saying_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_saying_after_a_comma_is_a_quotation(quotes_in) -> None:
    found = quotes_in("He criticized the plan, saying, “It is a disaster for the city.”")
    assert [q.content for q in found] == ["It is a disaster for the city."]


@pytest.mark.parametrize(
    "text",
    [
        "They know his nice-guy rep – the meanest he ever really got was to label as “USED NEWS” "
        "a story borrowed from one previously published.",
        "Nobody expected much: the farthest he went was to call the plan “a disaster.”",
        "The best she managed was to describe the deal as “a start.”",
    ],
)
def test_a_superlative_is_no_speaker(quotes_in, text) -> None:
    """PolNeAR train, tune half: "the meanest" given as the speaker."""
    assert quotes_in(text) == []


def test_a_superlative_modifier_keeps_its_speaker(quotes_in) -> None:
    found = quotes_in("The oldest delegate said, “She will try to mend fences with Paris.”")
    assert _speakers(found) == ["The oldest delegate"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Authorities in Mexico have arrested one of the last main leaders of the Knights "
            "Templar crime group, likely leaving the organization's already debilitated leadership "
            'in further disarray. Ignacio Renteria Andrade, alias "El Cenizo," was arrested in the '
            "Paracuaro municipality of Mexico's western state of Michoacan on June 21 after a "
            "confrontation between armed individuals and soldiers, Proceso reported.",
            "2016-06-24",
            "2016-06-21",
        ),
        (
            "Police in Brazil have arrested a leader of the Red Command gang. Marcos Silva was "
            "arrested in Rio de Janeiro on March 3 after a shootout, Globo reported.",
            "2016-03-10",
            "2016-03-03",
        ),
        (
            "Colombian troops have killed a senior commander of the Gulf Clan. Luis Orozco, alias "
            '"El Tigre," was killed in Antioquia on Sunday, the army said.',
            "2016-03-10",
            "2016-03-06",
        ),
    ],
)
def test_a_perfect_lead_retold_with_its_day_takes_that_day(events_at, text, published, day):
    """Blind audit, round 64: the arrest dated by the publication day, June 21 in the next
    sentence."""
    first = text.split(". ")[0]
    found = [e for e in events_at(text, published) if e.evidence.sentence.startswith(first)]
    assert found and all(e.date is not None and e.date.start == day for e in found)


def test_another_deed_of_the_same_verb_keeps_its_own_day(events_at) -> None:
    text = (
        "Police have arrested two gang leaders in Juarez. Later a third suspect was arrested on "
        "Monday in Sonora."
    )
    found = [e for e in events_at(text, "2016-03-10") if e.cameo.startswith("17")]
    assert found and all(e.date is not None and e.date.basis == "published" for e in found)


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "Presumptive Republican nominee Donald Trump is discrediting an earlier report from "
            "Bloomberg saying Trump’s campaign invited Mike Tyson to appear at the GOP National "
            "Convention in July.",
            "Bloomberg",
        ),
        (
            "The White House is discrediting an earlier report from CNN saying Obama’s aides met "
            "Iranian officials in Oman.",
            "CNN",
        ),
        (
            "The ministry denied a report from Interfax saying Russian troops attacked a Ukrainian "
            "village on Monday.",
            "Interfax",
        ),
    ],
)
def test_a_disputed_report_is_its_makers_and_no_event(pipeline, text, maker) -> None:
    """Blind audit, round 68: Bloomberg's claim given to Trump, who disputes it, and coded as
    Trump's intent to meet Tyson."""
    article = _article(pipeline, text, "2016-06-29")
    assert [q.speaker.text for q in article.quotes if q.speaker is not None] == [maker]
    assert article.events == []


def test_a_report_published_is_still_told(pipeline) -> None:
    text = "Russian troops attacked a Ukrainian village on Monday, Interfax reported."
    article = _article(pipeline, text, "2016-06-29")
    assert [e.cameo[:2] for e in article.events] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "During a town hall event broadcast by CNN, Democrats Hillary Clinton, Bernie Sanders, and "
        "Martin O'Malley offered Iowa voters different approaches to the presidency.",
        "Trump offered Ohio voters a simple message on trade.",
        "Cruz offered Iowa voters a clear message on taxes and a vision of the party.",
    ],
)
def test_a_pitch_offered_to_voters_is_no_event(events_at, text) -> None:
    """Blind audit, round 68: coded 030 intent to cooperate."""
    assert events_at(text, "2016-01-26") == []


def test_an_offered_loan_is_still_an_intent(events_at) -> None:
    found = events_at("Germany offered Greece a new loan on Monday.", "2016-01-26")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [("DEU", "030", "GRC")]


@pytest.mark.parametrize(
    "text",
    [
        "Clinton has said the information in question was not classified at the time the emails "
        "were sent - a point that intelligence officials have disputed.",
        "Lopez said the deal was signed in March, a point that her rivals dispute.",
        "The mayor said the budget was balanced last year - a point that the auditor rejected.",
    ],
)
def test_the_writers_point_after_a_report_is_not_reported(quotes_in, text) -> None:
    """Blind audit, round 68: "- a point that intelligence officials have disputed" kept as
    Clinton's words."""
    (found,) = quotes_in(text)
    assert "point" not in found.content


def test_a_spaced_hyphen_aside_inside_a_report_stays(quotes_in) -> None:
    (found,) = quotes_in("Lopez said the plan - a bill she wrote herself - would pass this spring.")
    assert found.content.endswith("would pass this spring")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Band member Flea shared the news on social media last week, writing “Feels great to "
            "support someone I believe in. This is a man with integrity.”",
            "Band member Flea",
        ),
        (
            "Singer Adele shared the news on Instagram last week, writing “Feels great to be home "
            "again after so long.”",
            "Singer Adele",
        ),
        (
            "Actor Tom Hanks shared the photo on social media on Monday, writing “Feels great to "
            "support a friend I believe in.”",
            "Actor Tom Hanks",
        ),
    ],
)
def test_a_participle_made_the_quotations_subject_still_cues(quotes_in, text, speaker) -> None:
    """PolNeAR train, tune half: "writing" parsed as the subject of "Feels", the quotation lost."""
    assert _speakers(quotes_in(text)) == [speaker]
