"""Issue 15 (blind audit, round 111, fresh articles): what is no quotation. A poll's share as
speaker ("three-fourths say"), a survey's tendency ("were more likely to say") or screen
("voters who said they would vote"), a one-word label ("what he calls the “lie”", "denouncing
the “perversion” of …") and a cue's object run on into another deed ("has touted her
husband's record … and promised …"). Each fault's input, two paraphrases and the guards of
what was right."""

from __future__ import annotations

import pytest

DAY = "2016-05-24"


def _contents(quotes_in, text: str) -> list[str]:
    return [q.content for q in quotes_in(text, DAY)]


# --- a poll's fraction is no speaker ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By 2-1, Millennials see police violence against African Americans as a problem, and "
        "three-fourths say the government should require police officers to wear body cameras "
        "to protect citizens.",
        "By 3-1, Republicans see immigration as a problem, and three-fourths say the government "
        "should build a wall to protect the border.",
        "Young voters are worried about debt, and four-fifths say colleges should cut tuition.",
    ],
)  # fmt: skip
def test_a_polls_fraction_says_nothing(quotes_in, text) -> None:
    assert _contents(quotes_in, text) == []


def test_a_named_group_that_says_still_speaks(quotes_in) -> None:
    quotes = quotes_in("Three senators said the bill would pass next week.", DAY)
    assert [q.content for q in quotes] == ["the bill would pass next week"]


# --- a survey's tendency or screen is no statement -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One notable trend: Democratic insiders in New Hampshire were more likely to say "
        "Clinton still has a shot to win New Hampshire, despite Sanders’ lead.",
        "Republican donors were more likely to say Trump could win the general election.",
        "Older voters in Iowa were less likely than younger ones to say the caucuses are fair.",
        "The new poll takes into account both Democrats and independent voters who said they "
        "would vote in the Democratic primary.",
        "The survey counts only registered voters who said they planned to vote in November.",
        "The Quinnipiac sample included independents who said they lean Republican.",
    ],
)  # fmt: skip
def test_what_a_poll_tells_of_respondents_is_no_quotation(quotes_in, text) -> None:
    assert _contents(quotes_in, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The poll was conducted by researchers who said the margin of error was three points.",
         "the margin of error was three points"),
        ("The survey was designed by economists who said the results surprised them.",
         "the results surprised them"),
    ],
)  # fmt: skip
def test_pollsters_who_report_a_finding_still_speak(quotes_in, text, content) -> None:
    assert _contents(quotes_in, text) == [content]


def test_people_a_paper_interviewed_still_speak(quotes_in) -> None:
    text = "The newspaper interviewed several officers who said they were afraid to patrol."
    assert _contents(quotes_in, text) == ["they were afraid to patrol"]


def test_a_relative_speaker_outside_a_poll_still_speaks(quotes_in) -> None:
    quotes = quotes_in("Podesta, who said the campaign would win, left early.", DAY)
    assert [(q.speaker.actor, q.content) for q in quotes] == [("Podesta", "the campaign would win")]


# --- a one-word label is no quotation ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Williamson assails in scoffing prose what he calls the “immoral” “lie” of the current "
        "political moment.",
        "Sanders attacked what he calls the \"rigged\" economy.",
        "But while denouncing the ''perversion'' of corporate tax avoidance to campaign "
        "audiences, she hasn't outlined a plan to overhaul corporate taxes and may not do so "
        "this year.",
        "Critics denounced the \"betrayal\" of the party's voters.",
        "The senator assailed the \"theft\" of public land by developers.",
    ],
)  # fmt: skip
def test_a_quoted_label_is_no_quotation(quotes_in, text) -> None:
    assert _contents(quotes_in, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator called the bill a \"disgrace\" on Monday.", "disgrace"),
        ("Trump called Cruz a \"liar\" at the rally.", "liar"),
        ("The mayor praised the plan, calling it \"a model for the nation.\"",
         "a model for the nation"),
    ],
)  # fmt: skip
def test_a_name_given_in_quotes_stays(quotes_in, text, content) -> None:
    assert content in _contents(quotes_in, text)


# --- a cue's object run on into another deed ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("She has touted her husband’s economic record—“the longest peacetime expansion in our "
         "history”—and promised to put him in charge of fixing the economy because, in her "
         "words, “he knows how to do it.”", "the longest peacetime expansion in our history"),
        ("He has touted his wife’s business record—“the best in the state”—and promised to put "
         "her in charge of the budget because, in his words, “she knows money.”",
         "the best in the state"),
        ("She has touted her husband’s economic record—“the longest peacetime expansion in our "
         "history”—and promised to put him in charge of the economy.",
         "the longest peacetime expansion in our history"),
    ],
)  # fmt: skip
def test_a_touted_object_and_a_promise_are_no_report(quotes_in, text, quoted) -> None:
    contents = _contents(quotes_in, text)
    assert not any("promised" in c for c in contents)
    assert quoted in contents  # the quoted words in it stay hers


def test_a_touted_clause_is_still_reported(quotes_in) -> None:
    contents = _contents(quotes_in, "The governor touted that the state had added 40,000 jobs.")
    assert contents == ["the state had added 40,000 jobs"]
