"""Issue 15 (blind audit, round 111, fresh articles): a reported clause that opens a quotation
the writer never closes in the paragraph runs on with it ("Broaddrick said Hillary Clinton
approached her “and said, ‘…’ … . And said, ‘…’ …" stopped at the first full stop). Each
fault's input, two paraphrases and the guards of what was right."""

from __future__ import annotations

import pytest

DAY = "2016-01-18"


def _indirect(quotes_in, text: str) -> list[str]:
    return [q.content for q in quotes_in(text, DAY) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Broaddrick said Hillary Clinton approached her “and said, ‘It’s so nice to meet you’ "
         "and all of the niceties she was trying to say at the time. And said, ‘I just want you "
         "to know how much Bill and I appreciate the things you do for him.’ And I just stood "
         "there … . I was sort of you might say shell-shocked. “And she said, ‘Do you "
         "understand. Everything you do,'” Broaddrick said.", "you might say shell-shocked."),
        ("Diaz said the guard pushed him against the fence “and shouted, ‘Go back where you "
         "came from’ and kicked his bag into the street. Then he laughed at him. Nobody came to "
         "help.", "Nobody came to help."),
        ("Perez said the landlord came to the door “and told her, ‘You have one week’ and taped "
         "a notice on the wall. Then he drove off. She had nowhere to go.",
         "She had nowhere to go."),
    ],
)  # fmt: skip
def test_a_report_runs_on_with_the_quotation_left_open(quotes_in, text, last) -> None:
    assert any(c.endswith(last) for c in _indirect(quotes_in, text))


def test_a_quotation_closed_in_the_paragraph_still_ends_the_report(quotes_in) -> None:
    text = ("Smith said the mayor came in “and told us the plan was over. Then he left without "
            "a word.” The council met again on Friday.")  # fmt: skip
    assert not any("Friday" in c for c in _indirect(quotes_in, text))


def test_a_quotation_going_on_into_the_next_paragraph_is_left_as_it_was(quotes_in) -> None:
    text = ("Smith said the mayor came in “and told us the plan was over. Then he left without "
            "a word.\n\n“Nobody knew what to do,” he said.")  # fmt: skip
    assert "the mayor came in “and told us the plan was over" in _indirect(quotes_in, text)
