"""Round 105: speakers and the writer's words left from earlier rounds (notes of session 26).

1. "Clinton, the aide said, “…”": the one spoken of before the tag is no antecedent of the
   description; "a top aide" (an indefinite) stays an unnamed source, never Clinton.
2. "Bloomberg says its reporting …": an outlet's name spoken of as "it" is the outlet, and "The
   company" after it points back to the outlet.
3. A subheadline above the story ("Other voices counter it's time to embrace the mogul.") is no
   report.
4. The writer's words closing a reported clause: another source's report that dates it ("after
   the New York Post revealed …"), the writer's name for the speaker's means ("with his appeal
   to …"), the one told ("to the radio talk show host").
"""

from __future__ import annotations

import pytest

DAY = "2016-09-01"


def _by_content(quotes_in, text: str, words: str):
    return [q for q in quotes_in(text, DAY) if words in q.content]


# --- 1. "X, the aide said, “…”": the aide the article names --------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Councilwoman Ana Ruiz met her aide Carl Denton on Monday. Ruiz, the aide said, “is "
         "furious about the vote.”", "furious", "Carl Denton"),
        ("Tom Wexler hired spokesman Dan Ortiz in May. Wexler, the spokesman said, “is not going "
         "to resign over the audit.”", "resign", "Dan Ortiz"),
        ("Lia Brandt spoke with her adviser Sara Kline on Monday. Brandt, the adviser said, “is "
         "very confident about the race.”", "confident", "Sara Kline"),
    ],
)  # fmt: skip
def test_the_one_spoken_of_before_the_tag_is_no_antecedent(quotes_in, text, words, actor):
    found = _by_content(quotes_in, text, words)
    assert found and all(q.speaker.actor == actor for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton prepared with top aides John Podesta and Howard Wolfson. Clinton, a top "
        "aide said, “is very confident, very confident in the contrast” between her and Trump.",
        "Ellen Marsh spoke with her aide Tim Howe on Friday. Marsh, a top aide said, “is "
        "reviewing the motion this week.”",
    ],
)
def test_an_indefinite_teller_stays_unnamed(quotes_in, text) -> None:
    """Guard: "a top aide" is a source the article does not name, neither the one spoken of
    nor an aide named elsewhere."""
    found = [q for q in quotes_in(text, DAY) if q.speaker and "aide" in q.speaker.text]
    assert found and all(q.speaker.actor is None for q in found)


# --- 2. an outlet's "its" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Michael R. Bloomberg founded the news service in 1981. Bloomberg says its deeper "
         "reporting has found that the entities are still under his control.", "deeper"),
        ("Former mayor Michael Bloomberg owns the news service. Bloomberg says it started "
         "marking down her wealth in February.", "marking down"),
        ("Michael Bloomberg spoke in Denver on Monday. Bloomberg said its index is updated "
         "daily.", "updated daily"),
    ],
)  # fmt: skip
def test_an_outlet_spoken_of_as_it_is_the_outlet(quotes_in, text, words) -> None:
    found = _by_content(quotes_in, text, words)
    assert found and all(q.speaker.actor == "Bloomberg News" for q in found)


def test_the_company_after_the_outlet_is_the_outlet(quotes_in) -> None:
    text = (
        "Michael Bloomberg does not appear on Bloomberg’s own billionaire list. The company says "
        "its policy is not to cover its founder."
    )
    found = _by_content(quotes_in, text, "its policy")
    assert found and all(q.speaker.actor == "Bloomberg News" for q in found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Michael Bloomberg spoke in Denver on Monday. Bloomberg said he would not run for "
         "president.", "not run"),
        ("Michael Bloomberg spoke in Denver on Monday. Bloomberg said it was time for a change "
         "in Washington.", "time for a change"),
        ("Michael Bloomberg spoke in Denver on Monday. Mr. Bloomberg said its policy was clear.",
         "policy was clear"),
    ],
)  # fmt: skip
def test_the_person_stays_the_person(quotes_in, text, words) -> None:
    """Guards: "he", an empty "it", a title before the name."""
    found = _by_content(quotes_in, text, words)
    assert found and all(q.speaker.actor == "Michael Bloomberg" for q in found)


# --- 3. a subheadline ------------------------------------------------------------------------

_STORY = (
    "The Democratic race moved on to the West on Wednesday as both campaigns counted delegates, "
    "and aides to the two candidates spent the day on the telephone with donors, superdelegates "
    "and local party chairs across California and Oregon."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Push inside GOP to upend Trump.\n\nad blitz planned; romney to speak out.\n\nOther "
         "voices counter it's time to embrace the mogul.\n\n" + _STORY, "embrace the mogul"),
        ("Clinton edges out Sanders in Kentucky.\n\nsanders vows to fight on; oregon goes his "
         "way.\n\nSupporters say the race is far from over.\n\n" + _STORY, "far from over"),
        ("Trump's wall plan under fire.\n\nCritics argue the cost is too high for taxpayers."
         "\n\n" + _STORY, "too high"),
    ],
)  # fmt: skip
def test_a_subheadline_is_no_report(quotes_in, text, words) -> None:
    assert not _by_content(quotes_in, text, words)


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke in Iowa on Monday.\n\nTrump said the wall will be built.\n\n" + _STORY,
        "Donald Trump rallied in Iowa.\n\nTrump said the wall will be built.\n\n" + _STORY,
    ],
)
def test_the_storys_own_short_lines_report(quotes_in, text) -> None:
    """Guard: short lines with a finite verb and no title above them are the story's."""
    assert _by_content(quotes_in, text, "the wall will be built")


# --- 4. the writer's words closing a reported clause ----------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Anthony Weiner got more bad news on Monday. First his wife, longtime Hillary Clinton "
         "aide Huma Abedin, announced they were separated after the New York Post revealed "
         "Weiner had been sexting another woman.", "they were separated"),
        ("The mayor faced questions on Monday. Mayor John Reyes said he would resign after the "
         "Miami Herald reported he had misused city funds.", "he would resign"),
        ("The merger drew scrutiny on Monday. Acme Corp. announced the deal was off after "
         "Reuters reported that regulators would block it.", "the deal was off"),
        ("Biden will defend Pennsylvania for Democrats after Trump has promised to put it into "
         "play with his appeal to blue collar and middle-class white men whose industries have "
         "been hit hard by multinational trade deals.", "to put it into play"),
        ("Sanders spoke in Flint on Sunday. Bernie Sanders vowed to win Michigan with his "
         "message on trade deals that cost factory jobs.", "to win Michigan"),
        ("Clinton spoke in Ohio on Monday. Hillary Clinton pledged to carry Ohio with her appeal "
         "to suburban women who backed Mitt Romney.", "to carry Ohio"),
        ("Cruz spoke on Monday. While Trump affirmed that he likes Cruz to the radio talk show "
         "host, he also said Cruz had flaws.", "he likes Cruz"),
        ("Clinton spoke on Monday. Hillary Clinton insisted that she respects Sanders to the "
         "MSNBC anchor.", "she respects Sanders"),
        ("Rubio spoke on Monday. Marco Rubio confirmed that he admires Jeb Bush to the "
         "interviewer.", "he admires Jeb Bush"),
    ],
)  # fmt: skip
def test_the_writers_closing_words_are_left_out(quotes_in, text, content) -> None:
    found = _by_content(quotes_in, text, content.split()[-1])
    assert [q.content for q in found if q.content.startswith(content[:6])] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Trump spoke on Monday. Donald Trump said he would explain the plan to reporters.",
         "he would explain the plan to reporters"),
        ("Trump spoke on Monday. Donald Trump promised to pay for the wall with his own money.",
         "to pay for the wall with his own money"),
        ("Reyes spoke on Monday. Mayor John Reyes said he would resign after the council votes "
         "on the budget.", "he would resign after the council votes on the budget"),
        ("Trump spoke on Monday. Donald Trump said he would meet with his rivals.",
         "he would meet with his rivals"),
    ],
)  # fmt: skip
def test_the_speakers_own_closing_words_stay(quotes_in, text, content) -> None:
    """Guards: a verb of saying's own addressee, a means that is no pitch, a time clause with
    no report in it, an argument of the verb."""
    assert content in [q.content for q in quotes_in(text, DAY)]
