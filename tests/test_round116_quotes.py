"""Blind audit, round 116 (fresh seed 116): quotations that were no one's words.

Each input and two paraphrases of our own, beside a guard for what was right.
"""

from __future__ import annotations

import pytest

# A table's line "Name: figure." is no quotation: a delegate count gave "Sanders: 46." and
# "Hillary Clinton: 1,769." as the candidates' words.


_TABLE = (
    "Delegate Update: The latest count in the race.\n\nIt takes 2,383 delegates to win the "
    "nomination.\n\n___.\n\nPLEDGED DELEGATES.\n\nThese are won in primaries.\n\n{rows}"
    "\n\n___.\n\nSUPERDELEGATES.\n\nThese are party officials.\n\n{rows}\n\n___.\n\n"
    "THE TOTAL.\n\n{rows}\n\n___.\n\nOUTSTANDING.\n\n{rows}\n\nClinton needs 67 delegates."
)


@pytest.mark.parametrize(
    "rows",
    [
        "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.",
        "Donald Trump: 46.\n\nTed Cruz: 12.",
        "Clinton: 547.\n\nSanders: 46.",
    ],
)
def test_a_tables_figures_are_no_quotation(quotes_in, rows) -> None:
    found = quotes_in(_TABLE.format(rows=rows), "2016-06-08")
    assert not [q for q in found if not any(ch.isalpha() for ch in q.content)], found


def test_guard_a_colon_quotation_stays(quotes_in) -> None:
    text = "Bernie Sanders: \u201cThe count is unfair and we will fight on.\u201d"
    found = quotes_in(text, "2016-06-08")
    assert any("unfair" in q.content for q in found), found


# An outlet's correction of its own text is no one's words: "An earlier version of this article
# stated that he is the head of the Justice First party" was a quotation of "An earlier version".


@pytest.mark.parametrize(
    "text",
    [
        "An earlier version of this article stated that he is the head of the Justice First party.",
        "A previous version of this story said that the minister had resigned.",
        "The original version of this report stated that the talks had collapsed.",
    ],
)
def test_a_correction_of_the_articles_own_text_is_no_quotation(quotes_in, text) -> None:
    assert not quotes_in("Venezuela news.\n\n" + text, "2016-06-08")


def test_guard_a_version_of_events_someone_told_stays(quotes_in) -> None:
    text = "Venezuela news.\n\nPresident Nicolas Maduro said the opposition lied."
    found = quotes_in(text, "2016-06-08")
    assert any("opposition lied" in q.content for q in found), found
