"""Issue 15 (blind audits of rounds 99 and 100, the kinds still open): reported clauses cut
before the speaker's last words, and speakers left as descriptions. Each fault's input, two
paraphrases and the guards of what was right."""

from __future__ import annotations

import pytest

DAY = "2016-07-11"


def _contents(quotes_in, text: str) -> list[str]:
    return [q.content for q in quotes_in(text, DAY)]


# --- a list of embedded questions goes on past its comma ----------------------------------


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Additionally, Cruz said Plan Secure El Salvador could benefit from a comprehensive "
         "assessment to figure out if the program is working, where it's working and where it "
         "needs to be improved.", "where it needs to be improved"),
        ("Hernandez said the study would reveal if the police reform works, where it works and "
         "where it fails.", "where it fails"),
        ("Officials said inspectors will check if the dam is safe, where it is weakest and what "
         "repairs it needs.", "what repairs it needs"),
    ],
)  # fmt: skip
def test_questions_listed_after_a_question_are_still_said(quotes_in, text, tail) -> None:
    assert any(c.endswith(tail) for c in _contents(quotes_in, text))


def test_writers_relative_after_the_claim_stays_cut(quotes_in) -> None:
    assert _contents(quotes_in, "Hernandez said the program would reduce crime, which critics "
                     "doubt.") == ["the program would reduce crime"]  # fmt: skip
