"""A time phrase after a titled person's "for <office>" is when, never a body (blind audits,
rounds 110-111): "Sen. Ted Cruz for president on Sunday" read "Sunday" as an institution the
gazetteer lacks after the title's of/for-phrase (:func:`dyads.actors.phrase.after`), which
cut the person off the article's country and left the endorsement's target uncoded. A body's
name does not go on over a time word either (:func:`dyads.actors.bodies.body_at`).
"""

from __future__ import annotations

from typing import Any

import pytest

DAY = "2016-01-25"


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Former Texas Gov. Rick Perry announced his endorsement of Sen. Ted Cruz for "
            "president on Sunday.",
            "Sen. Ted Cruz",
            "USAPTY",
        ),
        (
            "Gov. Nikki Haley endorsed Sen. Marco Rubio for president on Wednesday.",
            "Sen. Marco Rubio",
            "USAPTY",
        ),
        (
            "The union backed Gov. John Kasich for president on Tuesday night.",
            "Gov. John Kasich",
            "USAPTY",
        ),
        ("Rick Perry praised Sen. Ted Cruz for governor on Sunday.", "Sen. Ted Cruz", "USAPTY"),
    ],
)
def test_a_time_phrase_after_for_office_keeps_the_person(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # guards: an of-phrase that does name whose the person is, and bodies named with
        # "for"/"on"
        ("Rick Perry praised Sen. Ted Cruz of Texas on Sunday.", "Sen. Ted Cruz", "USALEG"),
        (
            "Rick Perry praised Secretary of the Treasury Jack Lew on Sunday.",
            "Secretary of the Treasury Jack Lew",
            "USAGOV",
        ),
        (
            "Rick Perry praised Director Jack Smith of the Brookings Institution on Sunday.",
            "Director Jack Smith",
            "USANGO",
        ),
        (
            "Physicians for Human Rights said on Sunday that the doctors were killed.",
            "Physicians for Human Rights",
            "NGOHRIPHR",
        ),
        (
            "Sen. Bob Corker, chairman of the Committee on Foreign Relations, spoke on Sunday.",
            "Sen. Bob Corker",
            "USALEG",
        ),
    ],
)
def test_names_with_for_and_on_keep_their_codes(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "John Smith, director of the Center for Strategic Studies on Monday, said so.",
            "Center for Strategic Studies",
        ),
        (
            "Jane Doe, a fellow at the Institute for Policy Research on Friday morning, left.",
            "Institute for Policy Research",
        ),
        # guard: the name still goes on over "on" to a word of its own
        (
            "Jane Doe, a fellow at the Institute on Religion and Democracy, left.",
            "Institute on Religion and Democracy",
        ),
    ],
)
def test_a_body_s_name_ends_before_a_time_word(text: str, name: str) -> None:
    from dyads.actors import bodies
    from dyads.actors.linker import link
    from dyads.events.sentences import load_nlp

    lk = link(load_nlp()(text), published=DAY)
    found = {lk.text(b.start, b.end) for k in range(len(lk.t.text)) if (b := bodies.body_at(lk, k))}
    assert found == {name}
