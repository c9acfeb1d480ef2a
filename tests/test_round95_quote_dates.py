"""A quotation with no date in its cue's clause takes the publication day (``basis:
published``), as an event does; the new user's trial of session 23 found quotes undated beside
events dated by publication."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Germany's foreign minister said the next NATO summit would take place in Washington.",
        "\u201cWe will not retreat,\u201d said Lithuanian President Gitanas Nauseda.",
        "Sudan's army said the paramilitary forces had broken the truce.",
    ],
)
def test_an_undated_quote_takes_the_publication_day(quotes_in, text) -> None:
    found = quotes_in(text, "2024-05-03")
    assert found and all((q.date.start, q.date.basis) == ("2024-05-03", "published") for q in found)


def test_a_quote_dated_in_its_clause_keeps_its_day(quotes_in) -> None:
    found = quotes_in(
        "Germany's foreign minister said on Monday that the next NATO summit would take place "
        "in Washington.", "2024-05-03",
    )  # fmt: skip
    assert [(q.date.start, q.date.basis) for q in found] == [("2024-04-29", "text")]


def test_with_no_publication_day_a_quote_stays_undated(quotes_in) -> None:
    found = quotes_in("Sudan's army said the paramilitary forces had broken the truce.")
    assert found and all(q.date is None for q in found)
