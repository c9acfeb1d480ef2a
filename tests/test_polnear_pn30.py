"""Kinds read off the direct-quotation errors of PolNeAR train's tune half (the report half and
dev are only scored; helper h-pn30, session 30): "it read" after the document it stands for;
"sounds like X" is no comparison; a group carried to a "he"; a tag verb the parser hung on its
own subject; a quotation going on past the donor's own reported clause. Each kind: a minimal
input of our own and two paraphrases."""

from __future__ import annotations

import pytest


def _speakers(quotes) -> dict[str, str | None]:
    return {q.content: q.speaker.actor if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "Senator Jane Holloway sent a letter to the agency on Monday.\n\n"
            "“The delays are unacceptable and must end,” it read.",
            "The delays are unacceptable and must end,",
            "Jane Holloway",
        ),
        (
            "On her website, Mayor Ruth Calder lays out her plans for the city.\n\n"
            "“Our city deserves better schools,” it says.",
            "Our city deserves better schools,",
            "Ruth Calder",
        ),
        (
            "Governor Tom Reyes sent an email to supporters on Friday.\n\n"
            "“We will win this fight together,” it said.",
            "We will win this fight together,",
            "Tom Reyes",
        ),
    ],
)
def test_it_after_a_document_is_the_documents_maker(quotes_in, text, content, actor) -> None:
    assert _speakers(quotes_in(text)).get(content) == actor


def test_it_after_a_carried_sign_stays_no_ones(quotes_in) -> None:
    text = (
        "Senator Jane Holloway sent a letter to the agency on Monday. Outside, a protester "
        "waved a sign.\n\n“Hands off our schools,” it read."
    )
    assert "Hands off our schools," not in _speakers(quotes_in(text))


_LEFT = "Sen. Marco Rubio (R-Fla.) lost his White House bid, and his Senate term ends in January.\n"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            _LEFT + "It doesn’t sound like Rubio knows what he’ll do next. He has had no time to "
            "think about it. He may teach. He may write. Another run is up to the voters.\n"
            "“I haven’t thought about the future yet,” he said.",
            "I haven’t thought about the future yet,",
        ),
        (
            _LEFT + "It doesn’t sound like Rubio has a plan. He has had no time to think about it. "
            "He may teach. He may write. Another run is up to the voters.\n"
            "“I have not made up my mind,” he said.",
            "I have not made up my mind,",
        ),
        (
            _LEFT + "It doesn’t sound like Rubio knows where he’s headed. He has had no time to "
            "think about it. He may teach. He may write. Another run is up to the voters.\n"
            "“Ask me again in a year,” he said.",
            "Ask me again in a year,",
        ),
    ],
)
def test_sounds_like_a_name_is_no_comparison(quotes_in, text, content) -> None:
    # the parser makes the name the object of "like"; the last naming before "he said"
    assert _speakers(quotes_in(text)).get(content) == "Marco Rubio"


@pytest.mark.parametrize(
    "text",
    [
        "President Lee Park rebuked critics who say he should step down.\n\n"
        "“What would that change? Nothing at all,” he said.",
        "President Lee Park answered opponents who say he should quit.\n\n"
        "“What would that change? Nothing at all,” he said.",
        "President Lee Park dismissed rivals who claim he must resign.\n\n"
        "“What would that change? Nothing at all,” he said.",
    ],
)
def test_a_group_is_not_carried_to_he(quotes_in, text) -> None:
    # the critics speak in the relative clause just before; "he" is the president
    assert _speakers(quotes_in(text)).get("What would that change? Nothing at all,") == "Lee Park"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“Is the mayor going to finally act on the floods? If he does not, he should resign!” "
            "the city's new council leader, Maria Lopez, tweeted Sunday after the storm.",
            "Is the mayor going to finally act on the floods? If he does not, he should resign!",
        ),
        (
            "“Will the board ever release the report? If not, it should step aside!” the "
            "union's longtime president, Maria Lopez, wrote Monday after the meeting.",
            "Will the board ever release the report? If not, it should step aside!",
        ),
        (
            "“Where is the money going? If they cannot say, they should resign!” the state's "
            "top auditor, Maria Lopez, posted Friday after the hearing.",
            "Where is the money going? If they cannot say, they should resign!",
        ),
    ],
)
def test_a_tag_hung_on_its_subject_keeps_the_speaker(quotes_in, text, content) -> None:
    assert _speakers(quotes_in(text)).get(content) == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "goes_on"),
    [
        (
            "“We will fix every road,” Mayor Ann Cole told the crowd, saying the state would "
            "“cut the budget again.”\n\n“And that is a promise I will keep.”",
            "And that is a promise I will keep.",
        ),
        (
            "“Nobody will lose a job,” Governor Tom Reyes told workers, saying the plant would "
            "“stay open for years.”\n\n“You have my word on that.”",
            "You have my word on that.",
        ),
        (
            "“The bridge will be finished,” Senator Jane Holloway told reporters, saying the money "
            "was “already in the bank.”\n\n“We start in the spring.”",
            "We start in the spring.",
        ),
    ],
)
def test_a_quotation_going_on_continues_the_quotation_not_the_clause_after_it(
    quotes_in, text, goes_on
) -> None:
    cues = {q.content: q.cue.text if q.cue else None for q in quotes_in(text)}
    assert cues.get(goes_on) == "told"
