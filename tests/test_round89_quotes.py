"""Quotation kinds from blind audit round 89 (seed 63): each audited input, shortened into a
sentence of our own, with two paraphrases of our own, and a guard for the reading the rule must
keep.

Kind: non-speech cues taken for speech.

1. "points to the pickle a candidate might be in": "point" alone is no cue; the phrasal
   "pointed out that …" is (``speech`` and ``phrasal`` in ``data/quote_cues.yaml``).
2. "the government's announcement suggests …": someone's act read by the writer under a cue of
   ``needs_agent`` is an inference (``read_acts`` in ``data/quote_cues.yaml``,
   ``practices.inferred_from_text``).
3. "Rust Belt states Indiana, Michigan and Ohio supported Bush": the noun "states" between a
   region and its members (``misreads.noun_misread``).
4. "Republicans can campaign saying they won": what they may say, no speech
   (``hypothetical_aux`` in ``data/quote_cues.yaml``).
"""

from __future__ import annotations

import pytest

_PUB = "2016-07-18"


def _contents(quotes: list) -> list[str]:
    return [q.content for q in quotes]


def _has(quotes: list, needle: str) -> bool:
    return any(needle in c for c in _contents(quotes))


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Mr. Birdthistle points to the political pickle a candidate might be in for "
            "supporting the savings plan.",
            "a candidate might be in",
        ),
        (
            "Professor Lee, who taught law for years, points to the bind a senator might be in "
            "for opposing the bill.",
            "a senator might be in",
        ),
        (
            "Mr. Haddad points to the trap a mayor might be in for raising taxes.",
            "a mayor might be in",
        ),
    ],
)
def test_points_to_a_thing_is_no_quotation(quotes_in, text: str, needle: str) -> None:
    assert not _has(quotes_in(text, _PUB), needle)


def test_pointed_out_that_stays(quotes_in) -> None:
    quotes = quotes_in("The senator pointed out that the deal had no budget.", _PUB)
    assert _has(quotes, "the deal had no budget")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "The government's announcement suggests authorities will keep relying on "
            "heavy-handed policing.",
            "authorities will keep relying",
        ),
        (
            "The ministry's announcement indicates the army will stay in the northern towns.",
            "the army will stay",
        ),
        (
            "The army's announcement suggests soldiers will remain in the border towns.",
            "soldiers will remain",
        ),
    ],
)
def test_an_owned_act_read_by_the_writer_is_no_quotation(quotes_in, text, needle) -> None:
    assert not _has(quotes_in(text, _PUB), needle)


def test_an_owned_report_suggesting_stays(quotes_in) -> None:
    text = "The ministry's annual report suggests that kidnappings have fallen in the south."
    assert _has(quotes_in(text, _PUB), "kidnappings have fallen")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Back in 1988, Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all "
            "supported Bush.",
            "Michigan",
        ),
        (
            "In 1984, Sun Belt states Arizona, Texas, Georgia and Florida all supported Reagan.",
            "supported Reagan",
        ),
        (
            "In 2000, Sun Belt states Arizona, Texas, Georgia and Florida all backed Bush.",
            "backed Bush",
        ),
    ],
)
def test_region_states_is_no_cue(quotes_in, text: str, needle: str) -> None:
    assert not _has(quotes_in(text, _PUB), needle)


def test_a_body_that_states_stays(quotes_in) -> None:
    quotes = quotes_in("The State Department states that the embassy will stay open.", _PUB)
    assert _has(quotes, "the embassy will stay open")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Republicans can reasonably campaign saying they won this legal battle.",
            "they won this legal battle",
        ),
        (
            "Democrats can now campaign claiming the governor cut school funding.",
            "the governor cut school funding",
        ),
        (
            "The mayor can tell voters that crime has fallen.",
            "crime has fallen",
        ),
    ],
)
def test_what_someone_can_say_is_no_quotation(quotes_in, text: str, needle: str) -> None:
    assert not _has(quotes_in(text, _PUB), needle)


def test_campaigning_saying_stays(quotes_in) -> None:
    quotes = quotes_in("Republicans campaigned for weeks saying they won the legal battle.", _PUB)
    assert _has(quotes, "they won the legal battle")
