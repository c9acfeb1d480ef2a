"""Blind audit, round 108x, kinds left over (taken up with round 110): a reply's own ", she
said," inside another's reported clause ("Mrs. Schlafly replied … that she was pleased Ms.
Friedan had said that because, she said, the comment had made it plain …" given to Friedan),
and a description "– as described by FBI Director James Comey –" whose content ran on over the
dash into the writer's claim ("many believe Clinton has already proven herself incapable").
Each input, two paraphrases and guards."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "replier", "other", "claim"),
    [
        (
            "Phyllis Schlafly and Betty Friedan debated often. When Ms. Friedan, during a debate "
            "at Indiana University in 1973, recommended that she burn at the stake, Mrs. "
            "Schlafly replied in an even voice that she was pleased Ms. Friedan had said that "
            "because, she said, the comment had made it plain to the audience just how "
            "intolerant ''intemperate, agitating proponents of the E.R.A.'' were.",
            "Phyllis Schlafly",
            "Betty Friedan",
            "the comment had made it plain to the audience",
        ),
        (
            "Nancy Pelosi and Newt Gingrich debated often. When Mr. Gingrich, during a debate in "
            "Atlanta in 1995, called her a radical, Ms. Pelosi answered calmly that she was "
            "glad Mr. Gingrich had said that because, she said, the remark had shown the voters "
            "just how desperate his side had become.",
            "Nancy Pelosi",
            "Newt Gingrich",
            "the remark had shown the voters",
        ),
        (
            "Bernie Sanders and Hillary Clinton debated often. When Mrs. Clinton, during a debate "
            "in Flint in 2016, called his plan a fantasy, Mr. Sanders replied that he was happy "
            "Mrs. Clinton had said that because, he said, the line had told the audience just "
            "how little her campaign cared about workers.",
            "Bernie Sanders",
            "Hillary Clinton",
            "the line had told the audience",
        ),
    ],
)
def test_a_replys_own_tag_inside_anothers_report_is_the_replier(
    quotes_in, text, replier, other, claim
) -> None:
    found = [q for q in quotes_in("Debates.\n\n" + text, "2016-09-07") if claim in q.content]
    assert found
    for quote in found:
        assert quote.speaker is not None and quote.speaker.actor != other
        assert not quote.content.startswith("because")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "From her inability as secretary of state to secure the lives of those under her "
            "charge in Benghazi, to being “extreme careless” in the handling of classified "
            "information – as described by FBI Director James Comey – many believe Clinton has "
            "already proven herself incapable on matters of national security.",
            "being “extreme careless” in the handling of classified information",
        ),
        (
            "From his failures as governor to balance the budget in Trenton, to being “totally "
            "unprepared” in the response to the storm – as described by Senator Cory Booker – "
            "many voters believe Christie has already shown himself unfit for the White House.",
            "being “totally unprepared” in the response to the storm",
        ),
        (
            "From his record as mayor of a small city, to being “dangerously naive” about "
            "foreign affairs – as described by Senator John McCain – many Republicans believe "
            "the candidate has already disqualified himself.",
            "being “dangerously naive” about foreign affairs",
        ),
    ],
)
def test_a_description_set_off_by_dashes_stops_at_the_dash(quotes_in, text, content) -> None:
    found = quotes_in("Convention.\n\n" + text, "2016-07-29")
    for quote in found:
        assert "believe" not in quote.content
    assert content in [q.content for q in found if q.kind == "indirect"] or not [
        q for q in found if q.kind == "indirect"
    ]


def test_an_inverted_tag_with_a_dash_sequel_still_goes_on(quotes_in) -> None:
    text = (
        "Last month's murder figures have some positive implications for Mexico, argues "
        "Alejandro Hope -- violence continues to fall in the long term."
    )
    found = quotes_in("Mexico.\n\n" + text, "2016-07-29")
    assert any("violence continues to fall" in q.content for q in found)
