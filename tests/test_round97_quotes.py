"""Round 97 (fresh seed 84): a measure proposed, named by a noun or a gerund, is a stance, no
quotation ("Carson proposed the creation of a federal agency", "He proposed conducting
surveillance on mosques", both judged no quotation); a proposal in words stays one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Retired neurosurgeon Ben Carson proposed the creation of a federal agency to coordinate "
        "cyber security efforts.",
        "He proposed conducting surveillance on mosques and signaled support for a database.",
        "Donald Trump proposed building a wall on the southern border.",
    ],
)
def test_a_measure_proposed_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text, "2016-01-26") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Carson proposed that the government create a cyber agency.",
         "the government create a cyber agency"),
        ("Carson proposed to cut the education budget by half.",
         "to cut the education budget by half"),
    ],
)  # fmt: skip
def test_a_proposal_in_words_stays_a_quotation(quotes_in, text, content) -> None:
    assert [q.content for q in quotes_in(text, "2016-01-26")] == [content]
