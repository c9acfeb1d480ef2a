"""Kinds of blind-audit round 34 (fresh seed 30; session 2026-12-03d): each kind, the input and
two paraphrases of our own.

Quotes: a definite description opening a sentence is the person named as the subject of the
sentence before; a subject pronoun is never a name inside its own clause; a quotation goes on
from the main report, not from a report in its adverbial clause; the topic of a recollection,
the writer's "implying", names "mentioned as" nominees and things offered are no quotations;
a relative clause's words are its own name's; an "apposition" right before a subjectless verb
is that verb's subject; "according to X" reports the verb phrase it modifies.
"""

from __future__ import annotations

import pytest


def _speakers(quotes, content_start: str) -> list[str | None]:
    return [
        q.speaker.actor if q.speaker else None
        for q in quotes
        if q.content.startswith(content_start)
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ruth Bader Ginsburg regrets her insults of Donald Trump.\n\nThe Supreme Court justice "
            "said she regretted her remarks and promised to stay out of it in the future.",
            "she regretted",
            "Ruth Bader Ginsburg",
        ),
        (
            "Still, Harry Reid would not say whether he would prefer that Democrats face Trump. "
            "The minority leader said flatly: “I don’t think it matters.”",
            "I don’t think",
            "Harry Reid",
        ),
        (
            "Ruth Bader Ginsburg spoke to reporters on Monday. The justice said the court would "
            "hear the case in the autumn.",
            "the court would",
            "Ruth Bader Ginsburg",
        ),
    ],
)
def test_description_is_the_last_named_subject(quotes_in, text, content, speaker) -> None:
    assert _speakers(quotes_in(text, "2016-07-15"), content) == [speaker]


def test_description_needs_a_named_subject(quotes_in) -> None:
    """A person named only as an object is not the description's (no guess from nearness);
    with two justices named, neither is the sole one of the title's sector (round 44: the table
    now codes both)."""
    text = (
        "Protesters shouted at Clarence Thomas and Ruth Bader Ginsburg outside the building. The "
        "Supreme Court justice said the court would hear the case."
    )
    assert _speakers(quotes_in(text, "2016-07-15"), "the court would") != ["Ruth Bader Ginsburg"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Glenn Beck spoke at a rally for Ted Cruz in Indiana. He has declared Cruz to be "
            "“anointed” by God.",
            "anointed",
        ),
        (
            "Glenn Beck spoke at a rally for Ted Cruz in Indiana. He has called Cruz “the next "
            "George Washington” more than once.",
            "the next George Washington",
        ),
        (
            "Glenn Beck spoke at a rally for Ted Cruz in Indiana. He described Cruz as “a man "
            "raised for these times” in his speech.",
            "a man raised",
        ),
    ],
)
def test_subject_pronoun_is_not_a_name_in_its_clause(quotes_in, text, content) -> None:
    assert _speakers(quotes_in(text, "2016-05-03"), content) == ["Glenn Beck"]


@pytest.mark.parametrize(
    "text",
    [
        '"Your reputation is amazing," Donald Trump assured Alex Jones, after Jones assured '
        'Trump that most of his listeners supported his candidacy. "I will not let you down."',
        '"We will win this," Donald Trump told Alex Jones, after Jones told Trump that his '
        'listeners were behind him. "I will not let you down."',
        '"You are doing great work," Donald Trump said to Alex Jones, after Jones said that his '
        'audience loved the campaign. "I will not let you down."',
    ],
)
def test_quotation_goes_on_from_the_main_report(quotes_in, text) -> None:
    assert _speakers(quotes_in(text, "2015-12-12"), "I will not let you down") == ["Donald Trump"]


@pytest.mark.parametrize(
    "text",
    [
        "Over lunch, he recalled what it was like to be a high school student when a Marxist "
        "junta overthrew Emperor Haile Selassie.",
        "The senator recalled what it was like to grow up in a mining town.",
        "She described what it was like to be held for ransom in the jungle.",
    ],
)
def test_topic_of_a_recollection_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The 2017 coca cultivation survey estimated the total area under coca cultivation at "
        "24,500 hectares, implying that up to 9,800 hectares are entering the illegal market.",
        "The report counted 300 laboratories in the region, implying that production has "
        "doubled since 2015.",
        "Seizures fell by half last year, implying that traffickers have found new routes.",
    ],
)
def test_the_writer_s_implying_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three names prominently mentioned as potential nominees are Jane Kelly, a judge on "
        "the United States Court of Appeals in Cedar Rapids, Iowa, and two judges in "
        "Washington.",
        "Two names often mentioned as possible successors are Maria Lopez and Juan Perez.",
        "The names most frequently mentioned as candidates are those of two former governors.",
    ],
)
def test_names_mentioned_say_nothing(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            '"Moises" had the support of most of the town, which offered him hiding places and '
            "food, if necessary.",
            [],
        ),
        ("The villagers offered the fugitives hiding places and food.", []),
        (
            "The mayor offered to mediate between the two gangs.",
            ["to mediate between the two gangs"],
        ),
    ],
)
def test_things_offered_are_no_quotation(quotes_in, text, kept) -> None:
    assert [q.content for q in quotes_in(text)] == kept


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Contrast that with Donald Trump, who has called the 12-nation TPP pact "insanity," '
            'and Bernie Sanders, who says it is "disastrous."',
            "insanity",
            "disastrous",
        ),
        (
            'Set that beside Donald Trump, who has called the deal "a disaster," and Bernie '
            'Sanders, who says it is "a terrible deal."',
            "a disaster",
            "a terrible deal",
        ),
        (
            'Donald Trump, who called the pact "a rape of our country," and Bernie Sanders, who '
            'called it "disastrous," agree on little else.',
            "a rape of our country",
            "disastrous",
        ),
    ],
)
def test_relative_clause_is_its_own_name_s(quotes_in, text, first, second) -> None:
    quotes = quotes_in(text, "2016-05-02")
    assert _speakers(quotes, first) == ["Donald Trump"]
    assert _speakers(quotes, second) == ["Bernie Sanders"]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton spoke on television on Friday. In an interview with Morning Joe hosts "
        "Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate stated that "
        "Trump's comments were divisive.",
        "Hillary Clinton spoke on television on Friday. In a conversation with hosts Joe "
        "Scarborough and Mika Brzezinski, the Democratic presidential candidate said that "
        "Trump's comments were divisive.",
        "Hillary Clinton spoke on television on Friday. Speaking to Joe Scarborough and Mika "
        "Brzezinski, the Democratic presidential candidate argued that Trump's comments were "
        "divisive.",
    ],
)
def test_apposition_before_a_subjectless_verb_is_its_subject(quotes_in, text) -> None:
    assert _speakers(quotes_in(text, "2016-02-26"), "Trump's comments") == ["Hillary Clinton"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Colombia has surpassed Peru in coca cultivation, according to a new United Nations "
            "report, and may have reclaimed its title as the world's top cocaine producer.",
            "Colombia has surpassed Peru in coca cultivation",
        ),
        (
            "Cuchillo managed to escape but according to the police fell into a river and drowned.",
            "fell into a river and drowned",
        ),
        (
            "According to the Justice Department, Mexico is the principal source of "
            "methamphetamine for the US market, and according to the newspaper, the DEA "
            "estimates that Mexico produces 90 percent of it.",
            "Mexico is the principal source of methamphetamine for the US market",
        ),
    ],
)
def test_according_to_reports_the_phrase_it_modifies(quotes_in, text, content) -> None:
    cued = [q.content for q in quotes_in(text) if q.cue and q.cue.text.lower() == "according to"]
    assert content in cued
    assert all(len(c) <= len(content) + 5 for c in cued if c.startswith(content[:10]))


@pytest.mark.parametrize(
    "text",
    [
        "Juan Carlos Alvarez Meyendorff, a Colombian drug trafficker, was arrested in Buenos "
        "Aires in April 2011.",
        "The protesters were arrested in Moscow on Saturday.",
        "A Mexican drug trafficker was detained in Guatemala City last week.",
    ],
)
def test_an_arrest_naming_no_arrester_gives_no_event(events_at, text) -> None:
    """Rounds 34-37: an arresting police inferred from the place ("was arrested in Bogota" ->
    `COLCOP`) was judged a wrong source twice; the text names no one who acts."""
    assert events_at(text, "2016-06-08") == []


def test_a_named_arrester_is_the_source(events_at) -> None:
    text = "A Mexican drug trafficker was arrested by Guatemalan police in Guatemala City."
    found = [(e.source.code, e.cameo[:3], e.target.code) for e in events_at(text, "2016-06-08")]
    assert ("GTMCOP", "173", "MEXCRM") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Bader Ginsburg criticized Donald Trump. Trump called on her to resign.",
        "Ruth Bader Ginsburg criticized Donald Trump. Trump spoke about her at length.",
        "Ruth Bader Ginsburg criticized Donald Trump. Trump laughed at her on Tuesday.",
    ],
)
def test_a_verb_s_prepositional_object_pronoun_is_not_its_subject(mentions_of, text) -> None:
    hers = [m.actor for m in mentions_of(text) if m.text == "her"]
    assert hers and all(actor != "Donald Trump" for actor in hers)
