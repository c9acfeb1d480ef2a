"""Event kinds of blind-audit rounds 82 (seed 59, after) and 83 (fresh seed 60), each with the
input, two paraphrases of our own, and a guard for the reading the rule must keep.

* an object before a to-infinitive does the infinitive, whatever the governing verb
  ("solicited the financial giants to support Clinton"; :mod:`dyads.events.subjects`);
* what an indirect question asks about is not told ("asking Rubio why he decided to attack
  Trump"; :func:`dyads.events.conditions.asked_about`);
* a subject that counts no one does nothing ('"zero" voters would endorse Bush';
  :func:`dyads.events.conditions.nobody`).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton was once asked about her enemies. Bernie Sanders often attacked Clinton "
        "during the primaries, so it may come as a surprise to Sanders' supporters the very same "
        "DNC which sponsored Sanders' presidential run has solicited the financial giants to "
        "support Clinton.",
        "Hillary Clinton won Ohio. The DNC, which backed Bernie Sanders' run, recruited the big "
        "banks to endorse Clinton.",
        "Hillary Clinton won Ohio. Bernie Sanders' campaign has lobbied wealthy donors to praise "
        "Clinton.",
    ],
)
def test_an_object_before_an_infinitive_does_it(events_at, text) -> None:
    """Round 83: the donors' support for Clinton was coded as Sanders's (051), through a
    misparsed subject ("Sanders' presidential run has solicited")."""
    found = events_at(text, "2016-07-01")
    assert not [e for e in found if e.source.actor == "Bernie Sanders" and e.root == "05"]


def test_an_instrument_before_an_infinitive_does_not(events_at) -> None:
    """Guard: "used a closed-door luncheon to criticize" — the user criticises."""
    found = events_at(
        "Senator Kelly Ayotte used a closed-door luncheon on Tuesday to criticize Donald Trump.",
        "2016-06-09",
    )
    assert [(e.source.actor, e.root) for e in found] == [("Kelly Ayotte", "11")]


def test_an_actor_object_before_an_infinitive_is_its_source(events_at) -> None:
    found = events_at(
        "Barack Obama persuaded Angela Merkel to condemn Vladimir Putin on Monday.", "2016-07-01"
    )
    on_putin = [e for e in found if e.target.actor == "Vladimir Putin"]
    assert all(e.source.actor != "Barack Obama" for e in on_putin)


@pytest.mark.parametrize(
    "text",
    [
        "Moderator Bret Baier started the exchange off by asking Marco Rubio why he decided to "
        "attack Donald Trump personally.",
        "Reporters asked Donald Trump why he attacked Marco Rubio on Monday.",
        "Journalists wondered why Angela Merkel had praised Recep Tayyip Erdogan on Monday.",
    ],
)
def test_what_an_indirect_question_asks_about_is_not_told(events_at, text) -> None:
    """Round 82: "asking Rubio why he decided to attack Trump personally" was coded 1384."""
    assert events_at(text, "2016-03-03") == []


def test_a_told_deed_stays(events_at) -> None:
    found = events_at("Angela Merkel praised Recep Tayyip Erdogan on Monday.", "2016-03-03")
    assert [(e.source.actor, e.root) for e in found] == [("Angela Merkel", "05")]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump campaigned in Iowa against Jeb Bush on Saturday. Trump's biggest applause "
        'came when he said "zero" voters would follow Sen. Lindsey O. Graham (R-S.C.) and '
        "endorse Bush.",
        'Donald Trump spoke in Iowa. He said "zero" American voters would endorse Jeb Bush.',
        "Donald Trump spoke in Iowa. He said no American voters would back Jeb Bush.",
    ],
)
def test_a_subject_that_counts_no_one_does_nothing(events_at, text) -> None:
    """Round 82: Trump saying "zero" voters would endorse Bush was coded voters 032 Bush."""
    found = events_at(text, "2016-01-17")
    assert not [e for e in found if e.target.actor == "Jeb Bush" and not e.negated
                and e.root in ("03", "05")]  # fmt: skip


def test_voters_who_would_endorse_stay(events_at) -> None:
    found = events_at(
        "Donald Trump spoke in Iowa. He said American voters would endorse Jeb Bush.",
        "2016-01-17",
    )
    assert [(e.root, e.target.actor) for e in found if not e.negated] == [("03", "Jeb Bush")]
