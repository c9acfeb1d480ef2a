"""Blind audit, round 110 (fresh articles): quotations cut short or run together. A second
quotation after the tag's full stop that opens on "But" finishes the first ("“He can have
intelligence briefings,” Reid said. “But I hope they are fake.”"); a quotation split by "he
wrote" after a colon frame lost its first half to the frame ("Fallon fired back: “As a
guardian …,” he wrote, “we know …”"), and the frame was stored as what he wrote. Each input,
two paraphrases and guards."""

from __future__ import annotations

import pytest

_HEAD = "Convention notebook.\n\n"


def _quotes(quotes_in, text: str) -> list:
    return quotes_in(_HEAD + text, "2016-07-29")


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            '"He can have intelligence briefings," Reid said. "But I hope they are fake."',
            "He can have intelligence briefings, But I hope they are fake.",
        ),
        (
            '"We will win in Ohio," Kasich told reporters on Monday. "And then we will win in '
            'Michigan."',
            "We will win in Ohio, And then we will win in Michigan.",
        ),
        (
            '"The senator can attend the briefings," Mr. Durbin said. "Yet nobody should trust '
            'what he does with them."',
            "The senator can attend the briefings, Yet nobody should trust what he does with them.",
        ),
    ],
)
def test_a_but_after_the_tag_finishes_the_quotation(quotes_in, text, whole) -> None:
    assert [q.content for q in _quotes(quotes_in, text)] == [whole]


def test_a_new_sentence_after_the_tag_stays_a_quotation_of_its_own(quotes_in) -> None:
    text = '"The plan is dead," Pelosi said. "We will start again next year."'
    assert len(_quotes(quotes_in, text)) == 2


@pytest.mark.parametrize(
    ("text", "first", "frame"),
    [
        (
            "Brian Fallon, Clinton's spokesman, answered on Twitter. Fallon fired back: “As a "
            "guardian of the @POTUS legacy,” he wrote, “we know you are rooting for "
            "@HillaryClinton, too. You just play a contrarian on TV!”",
            "As a guardian of the @POTUS legacy, we know",
            "fired back",
        ),
        (
            "Jeff Weaver, the Sanders campaign manager, answered on Twitter. Weaver shot back: "
            "“As a longtime friend of the senator,” he wrote, “I know you want him to win, too. "
            "You just pretend otherwise on TV!”",
            "As a longtime friend of the senator, I know",
            "shot back",
        ),
        (
            "Sean Spicer, the party's spokesman, answered on Twitter. Spicer hit back: “As a "
            "former reporter yourself,” he wrote, “you know this story is false. Please correct "
            "it!”",
            "As a former reporter yourself, you know",
            "hit back",
        ),
    ],
)
def test_a_quotation_split_by_its_tag_after_a_colon_frame_is_whole(
    quotes_in, text, first, frame
) -> None:
    found = _quotes(quotes_in, text)
    assert not [q for q in found if frame in q.content]
    assert any(q.content.startswith(first) for q in found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Hannity says Mr. Gingrich is a very close friend and it's his business what favors "
            "he does for him, though he left open the possibility that Mr. Gingrich could be "
            "wrong.",
            "Mr. Gingrich is a very close friend and it's his business what favors he does for him",
        ),
        (
            "Maddow says Mr. Kasich is a longtime acquaintance and it's his choice which donors "
            "he meets, though she questioned the timing.",
            "Mr. Kasich is a longtime acquaintance and it's his choice which donors he meets",
        ),
        (
            "Carlson says the senator is an old ally and it's her decision whom she endorses, "
            "although he doubted the result.",
            "the senator is an old ally and it's her decision whom she endorses",
        ),
    ],
)
def test_a_present_it_is_clause_goes_on_with_the_claim(quotes_in, text, claim) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.kind == "indirect"]
    assert [q.content for q in found] == [claim]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "One of the decisions they have made, according to a person close to the secretive "
            "process, is to turn any Trump attacks on the foundation into a counterattack.",
            "One of the decisions they have made is to turn",
        ),
        (
            "One of the steps the campaign has taken, according to two aides familiar with the "
            "plan, is to move staff from Iowa to New Hampshire.",
            "One of the steps the campaign has taken is to move",
        ),
        (
            "The main goal of the new strategy, according to a senior adviser, was to win back "
            "suburban women in Ohio.",
            "The main goal of the new strategy was to win back",
        ),
    ],
)
def test_the_subject_before_according_to_is_part_of_the_claim(quotes_in, text, opening) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.cue and q.cue.text == "according to"]
    assert [q.content[: len(opening)] for q in found] == [opening]


def test_a_claim_before_according_to_stays_as_it_was(quotes_in) -> None:
    text = "Iran has refused to budge on the inspections, according to two diplomats."
    found = [q for q in _quotes(quotes_in, text) if q.cue and q.cue.text == "according to"]
    assert [q.content for q in found] == ["Iran has refused to budge on the inspections"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The fear, and perhaps the reality, is that if they return even close to pre-truce "
            "levels, of between 12 and 14 homicides a day, that the process is officially over, "
            "according to one of the architects of the truce, Raul Mijango.",
            "if they return even close to pre-truce levels, of between 12 and 14 homicides a day, "
            "that the process is officially over",
        ),
        (
            "The worry, and perhaps the truth, is that if the gangs rearm, the truce will collapse "
            "within weeks, according to the mediator Raul Mijango.",
            "if the gangs rearm, the truce will collapse within weeks",
        ),
        (
            "The concern is that the army will not leave the border towns before the election, "
            "according to local priest Juan Lopez.",
            "the army will not leave the border towns before the election",
        ),
    ],
)
def test_the_writers_frame_before_a_sourced_claim_is_left_out(quotes_in, text, claim) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.cue and q.cue.text == "according to"]
    assert [q.content for q in found] == [claim]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Mr. Hannity was among those supporting Mr. Ailes amid the sexual harassment scandal, "
            "eventually even discussing a walkout in the event of Mr. Ailes's ouster, as Breitbart "
            "reported a few days later.",
            "Mr. Hannity was among those",
        ),
        (
            "Ms. Ingraham was among the hosts backing the network chief during the crisis, at one "
            "point even threatening to quit if he were fired, as Politico reported last week.",
            "Ms. Ingraham was among the hosts",
        ),
        (
            "The mayor was among the officials opposing the plan, eventually even proposing a "
            "referendum on it, as the Tribune reported.",
            "The mayor was among the officials",
        ),
    ],
)
def test_an_as_reported_tag_after_a_participle_reports_the_whole_clause(
    quotes_in, text, subject
) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.cue and q.cue.text == "reported"]
    assert found and all(q.content.startswith(subject) for q in found)
