"""The dated office-holder table in the actors stage: the publication date picks the holder."""

from __future__ import annotations

import pytest

from dyads.actors import find_mentions


@pytest.fixture(scope="module")
def mentions_of():
    from dyads.events.sentences import load_nlp

    nlp = load_nlp()

    def run(text: str, published: str | None):
        return {m.text: m for m in find_mentions(nlp(text), published=published)}

    return run


@pytest.mark.parametrize(
    ("text", "name", "published", "code"),
    [
        ("Blinken met the ministers in Tokyo on a US tour.", "Blinken", "2023-06-18", "USAGOV"),
        ("Blinken met the ministers in Tokyo on a US tour.", "Blinken", "2026-01-10", None),
        ("Antony Blinken arrived in Tokyo.", "Antony Blinken", "2021-02-01", "USAGOV"),
        ("Stoltenberg spoke to reporters.", "Stoltenberg", "2020-05-05", "IGOWSTNAT"),
        ("Stoltenberg spoke to reporters.", "Stoltenberg", "2025-05-05", None),
        ("Olaf Scholz spoke to reporters.", "Olaf Scholz", "2023-03-01", "DEUGOV"),
    ],
)
def test_the_publication_date_picks_the_office_holder(
    mentions_of, text: str, name: str, published: str, code: str | None
) -> None:
    assert mentions_of(text, published)[name].code == code


def test_a_common_name_is_not_taken_on_the_tables_word() -> None:
    from dyads.actors.officeholders import known_holder

    assert known_holder("John Smith", "2023-06-18") is None
    assert known_holder("Kim", "2023-06-18") is None
    assert known_holder("Blinken", "2023-06-18") is not None


def test_the_title_in_the_text_stays_the_role(mentions_of) -> None:
    found = mentions_of("Prime Minister Nikol Pashinyan spoke on Monday.", "2023-12-28")
    mention = found["Prime Minister Nikol Pashinyan"]
    assert (mention.code, mention.role) == ("ARMGOV", "Prime Minister")


def test_candidates_and_parties_are_party_actors(mentions_of) -> None:
    text = (
        "Republican presidential candidate Donald Trump criticized the Democratic National "
        "Committee."
    )
    found = mentions_of(text, "2016-07-26")
    assert found["Democratic National Committee"].code == "USAPTY"
    assert any(m.code == "USAPTY" and "Trump" in t for t, m in found.items())
