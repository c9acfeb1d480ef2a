"""Kinds of blind-audit round 58 (fresh seed 46; session 2026-12-05): each kind, the input and
two paraphrases of our own (a guard where the old code already passed, and one for the reading
the rule must keep).

Actors: a one-word "person" heading a phrase after "the" is a building or a prison ("killed in
the Pavon"), so a later "he" does not go to it; "the Obama administration" keeps its person.
Quotes: "X quoted Y as saying …" is Y's; "one of Carson's advisers said" speaks as one of the
group (it was dropped as an unresolved "one"); a suggestion or claim someone bristles or scoffs
at is not theirs; a gerund's possessor does it ("Trump's calling Clinton a bigot"); unnamed
groups listed together speak together; "…, because, according to Trump, X" is X; a cue's object
that the parser made one of two subjects of the writer's next clause ends before it.
"""

from __future__ import annotations

import pytest


def _speakers(quotes) -> list[str]:
    return [q.speaker.text for q in quotes if q.speaker is not None]


@pytest.mark.parametrize(
    "text",
    [
        "In his testimony, Sperisen pointed to statements by the mother of one of the inmates "
        "killed in the Pavon, who said that she did not blame him. Guatemala's new president has "
        "denied the Pavon allegations, most recently in an interview with the EFE Agency, in "
        "which he claimed that the accusations are politically motivated.",
        "Guards fired on inmates in the Pavon in 2006. Guatemala's president has denied the "
        "allegations, and he claimed that the accusations are politically motivated.",
        "Two prisoners escaped from the Pavon on Monday. Guatemala's interior minister said he "
        "believed that the escape had been planned for months.",
    ],
)
def test_a_name_after_the_is_no_person(mentions_of, text) -> None:
    """Round 58: "the Pavon" (a prison) was a person, and a later "he" went to it."""
    found = mentions_of(text, "2020-01-20")
    assert not [m for m in found if m.text.endswith("Pavon") and m.kind == "person"]
    he = [m for m in found if m.text == "he"]
    assert he and all(m.actor != "Pavon" and (m.code or "").startswith("GTM") for m in he)


def test_a_modifier_after_the_stays_a_person(mentions_of) -> None:
    found = mentions_of("Barack Obama spoke on Monday. The Obama administration said it would act.")
    assert any(m.text == "Obama" and m.kind == "person" for m in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ben Carson spoke on Monday. The New York Times quoted one of Carson's advisers as "
            "saying the retired neurosurgeon is having trouble understanding foreign policy.",
            "one of Carson's advisers",
        ),
        (
            "State media quoted Foreign Minister Wang Yi as saying China would respond firmly.",
            "Foreign Minister Wang Yi",
        ),
        (
            "The agency cited a police spokesman as saying that six people had died in the fire.",
            "a police spokesman",
        ),
    ],
)
def test_the_one_quoted_speaks(quotes_in, text, speaker) -> None:
    """Round 58: the paper that quoted the adviser was given as the speaker."""
    assert _speakers(quotes_in(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ben Carson spoke on Monday. One of Carson's advisers said the retired neurosurgeon "
            "is having trouble understanding foreign policy.",
            "One of Carson's advisers",
        ),
        ("Some of the protesters said they would return to the square on Friday.",
         "Some of the protesters"),
        ("“We will be back next week,” one of the protesters said.", "one of the protesters"),
    ],
)  # fmt: skip
def test_one_of_a_group_speaks(quotes_in, text, speaker) -> None:
    assert _speakers(quotes_in(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Christie bristled at the suggestion that he was responsible for advising Trump to "
        "soften his stance on immigration.",
        "Christie scoffed at claims that he had advised Trump to soften his stance.",
        "The minister responded to the accusation that he had lied to parliament.",
    ],
)
def test_a_suggestion_put_to_someone_is_not_theirs(quotes_in, text) -> None:
    """Round 58: the interviewer's suggestion was given to Christie."""
    assert not quotes_in(text)


def test_a_suggestion_one_makes_is_theirs(quotes_in) -> None:
    text = "Christie made the suggestion that Trump should soften his stance on immigration."
    assert _speakers(quotes_in(text)) == ["Christie"]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about Trump's calling Hillary Clinton a bigot last week, Christie blamed Clinton "
        "for introducing charges of racism into the campaign.",
        "Christie defended Trump's saying that the system was rigged against him.",
        "Aides worried about Trump's insisting that the election was rigged against him.",
    ],
)
def test_a_gerunds_possessor_speaks(quotes_in, text) -> None:
    """Round 58: the bigot remark went to Christie."""
    found = quotes_in(text)
    assert found or "insisting" in text  # the third is not found at all: never the aides'
    assert all(q.speaker is not None and q.speaker.text == "Trump" for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But labor unions, environmental groups, and many Democratic lawmakers claim it will "
            "result in massive manufacturing job losses.",
            "labor unions, environmental groups, and many Democratic lawmakers",
        ),
        (
            "Farmers, truckers and small business owners say the new tax will ruin them.",
            "Farmers, truckers and small business owners",
        ),
        ("Officials and diplomats said the talks had stalled over the border.",
         "Officials and diplomats"),
    ],
)  # fmt: skip
def test_listed_groups_speak_together(quotes_in, text, speaker) -> None:
    """Round 58: the speaker was cut to "labor unions"."""
    assert _speakers(quotes_in(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Trump went to that debate, and he’ll probably go to the debate on December 15th, "
            "because, according to Trump, the media would call him a “chicken” if he didn’t.",
            "the media would call him a “chicken” if he didn’t",
        ),
        (
            "The army withdrew in March, but according to the police the gang returned within "
            "weeks.",
            "the gang returned within weeks",
        ),
        (
            "The mayor resigned in May, although, according to local reporters, she had been "
            "asked to stay.",
            "she had been asked to stay",
        ),
    ],
)
def test_according_to_inside_a_subordinate_clause(quotes_in, text, content) -> None:
    """Round 58: the writer's main clause was given as Trump's."""
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [q.content for q in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "InSight Crime noted the candidates' lack of interest in crime policy in January, and "
        "the subsequent six months of campaigning did little to change that.",
        "The report noted the government's failure to act in 2015, and the following years of "
        "drought did little to improve matters.",
    ],
)
def test_an_object_is_not_the_writers_next_clause(quotes_in, text) -> None:
    """Round 58: the content ran on into the writer's clause after ", and"."""
    for q in quotes_in(text):
        assert "did little" not in q.content


@pytest.mark.parametrize(
    "text",
    [
        "Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim "
        "that President Barack Obama “founded ISIS,” saying they were nitpicking.",
        "Clinton attacked Donald Trump's claim that the election was “rigged” against him.",
        "Obama ridiculed Donald Trump's claim that America was “a laughing stock” abroad.",
    ],
)
def test_words_inside_anothers_claim_are_theirs(quotes_in, text) -> None:
    """Round 58: "founded ISIS" was given to Pence, whose cue governs the whole phrase."""
    partial = [q for q in quotes_in(text) if q.kind == "partial"]
    assert partial or "ridiculed" in text  # the third keeps only Trump's whole claim
    assert all(q.speaker.text.endswith("Trump") for q in partial)
    assert not [q for q in quotes_in(text) if "“" in q.content and q.speaker.text != "Donald Trump"]


@pytest.mark.parametrize(
    "text",
    [
        "Such accusations have grown more frequent as administration officials have responded "
        "to his exoneration on one charge by seeking to implicate Sanchez on another.",
        "Such accusations have grown more frequent as officials responded to the ruling.",
        "Tensions rose as the ministry answered the protests by banning all marches.",
    ],
)
def test_an_as_clause_that_acts_reports_nothing(quotes_in, text) -> None:
    """Round 58: the writer's main clause was given as the officials' response."""
    assert not quotes_in(text)


def test_as_someone_said_still_reports(quotes_in) -> None:
    found = quotes_in("The policy is failing, as the minister conceded on Tuesday.")
    assert [q.content for q in found] == ["The policy is failing"]


@pytest.mark.parametrize(
    "text",
    [
        "Christie bristled at the suggestion that he was responsible for advising Trump to "
        "soften his stance on immigration.",
        "Christie scoffed at the claim that he had urged Trump to drop the wall.",
        "Christie laughed at the suggestion that he told Trump to quit the race.",
    ],
)
def test_a_suggestion_put_to_a_known_person_is_not_theirs(pipeline, text) -> None:
    """The guard above held only while "he" stayed unresolved: once an earlier article made
    Christie known (the pipeline's actor memory), the advising was his report (a merge,
    session 29)."""
    from dyads.records import RawDocument

    intro = "News.\n\nNew Jersey Gov. Chris Christie endorsed Donald Trump on Friday."
    pipeline.process(RawDocument(source="intro", content=intro, published="2016-03-01"))
    article = pipeline.process(
        RawDocument(source="t", content="News.\n\n" + text, published="2016-03-01")
    )
    assert not article.quotes, [(q.content, q.cue and q.cue.text) for q in article.quotes]
