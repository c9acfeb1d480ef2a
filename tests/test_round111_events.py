"""Blind audit, round 111 (fresh seed 113): event kinds a reviewer judged wrong.

Each input (the sentence as the article has it) and two paraphrases of our own, beside guards
for what was right. The pipeline is the whole one (article stage, parse, actors, quotes).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The (source code, CAMEO code, target code) triples the pipeline stores for an article."""
    from dyads.records import RawDocument

    def run(text: str, published: str = "2016-08-01") -> set[tuple]:
        article = pipeline.process(
            RawDocument(source="test", content="World news.\n\n" + text, published=published)
        )
        return {(e.source.code, e.cameo, e.target.code) for e in article.events}

    return run


# Force on a thing online is no use of force: "Syrian hackers backing embattled President Bashar
# Assad hijacked The Associated Press' Twitter account" was coded 181 (hijack).


@pytest.mark.parametrize(
    "text",
    [
        "In 2013, Syrian hackers backing embattled President Bashar Assad hijacked The Associated "
        "Press\u2019 Twitter account, tweeting out falsified reports of two explosions at the "
        "White House that had injured Obama.",
        "North Korean hackers attacked the servers of Sony Pictures.",
        "Russian hackers attacked the email accounts of the Democratic National Committee.",
    ],
)
def test_force_on_a_thing_online_is_no_force(events_of, text) -> None:
    assert not {e for e in events_of(text) if e[1][:2] in ("18", "19", "20")}


def test_guard_a_hijacked_airliner_stays(events_of) -> None:
    found = events_of("Palestinian militants hijacked an Israeli airliner in Athens.")
    assert any(code[:2] == "18" for _, code, _ in found), found


# A push to be better at a role is no demand: "Sanders has pushed the former secretary of state
# to be a 'stronger' and 'more aggressive' candidate" was coded 100 (demand).


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders debated Hillary Clinton on Sunday. Speaking later on the same show, "
        "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed the "
        "former secretary of state to be a "
        "\u201cstronger\u201d and \u201cmore aggressive\u201d candidate.",
        "Bernie Sanders pushed Hillary Clinton to be a more aggressive candidate.",
        "Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has endorsed "
        "Clinton, said Bernie Sanders has pushed Hillary Clinton to be a \u201cstronger\u201d and "
        "\u201cmore aggressive\u201d candidate.",
        "Senator Elizabeth Warren has pushed Hillary Clinton to become a tougher critic of Wall "
        "Street.",
    ],
)
def test_a_push_to_be_better_is_no_demand(events_of, text) -> None:
    assert not {e for e in events_of(text, "2015-11-09") if e[1][:2] == "10"}


def test_guard_a_push_to_act_stays_a_demand(events_of) -> None:
    assert ("USAGOV", "100", "USALEG") in events_of("Obama pushed Congress to pass the budget.")


# The content of a claim noun is the claim, not a deed: the Kremlin's "'proof' that Ukraine had
# shot down the Malaysia Airlines flight" was coded 193 from Ukraine to Malaysia.


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin was caught in 2014 manipulating satellite images to produce \u201cproof\u201d "
        "that Ukraine had shot down the Malaysia Airlines flight that was downed over Ukraine, "
        "killing 298 passengers.",
        "The Kremlin produced \u201cproof\u201d that Ukraine had shot down the Malaysia Airlines "
        "flight.",
        "Russian television aired \u201cevidence\u201d that Ukraine had shot down the Malaysian "
        "airliner.",
    ],
)
def test_a_claims_content_is_no_deed(events_of, text) -> None:
    assert not {e for e in events_of(text) if e[0] == "UKR"}


def test_guard_a_reported_shooting_down_stays(events_of) -> None:
    found = events_of("Ukraine shot down the Malaysia Airlines flight, the Kremlin said.")
    assert ("UKR", "193", "MYS") in found


# Throwing one's support behind someone endorses them: "Carly Fiorina threw her support behind
# Sen. Ted Cruz (R-Texas) Wednesday" was missed (the article leaves Fiorina uncoded; the
# paraphrases name coded sources).


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Former Florida Gov. Jeb Bush threw his support behind Sen. Ted Cruz (R-Texas) "
            "Wednesday, saying it is time to have a real constitutional conservative in the "
            "White House.",
            ("USAELI", "051", "USAPTY"),
        ),
        (
            "Senator Elizabeth Warren threw her support behind Hillary Clinton on Thursday.",
            ("USALEG", "051", "USAPTY"),
        ),
        (
            "Former Florida Gov. Jeb Bush threw his weight behind Ted Cruz on Wednesday.",
            ("USAELI", "051", "USAPTY"),
        ),
    ],
)
def test_thrown_support_is_an_endorsement(events_of, text, pair) -> None:
    assert pair in events_of(text, "2016-03-10")


def test_guard_thrown_stones_are_no_endorsement(events_of) -> None:
    assert not {
        e for e in events_of("Iraqi police threw stones at the protesters.") if e[1] == "051"
    }


# A country's own efforts, decisions and proposals are its state's: "the US government is so
# strongly supporting Colombia's efforts to negotiate a settlement with the FARC" gave the bare
# country COL as target (round 110: the Colombian government).


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "In addition, it is hypocritical to stand aside completely, especially when the US "
            "government is so strongly supporting Colombia's efforts to negotiate a settlement "
            "with the Revolutionary Armed Forces of Colombia (FARC).",
            ("USAGOV", "051", "COLGOV"),
        ),
        (
            "The European Union welcomed Iran's decision to release the sailors.",
            ("IGOEUREEC", "051", "IRNGOV"),
        ),
        ("Russia rejected Ukraine's proposal for a ceasefire.", ("RUS", "120", "UKRGOV")),
    ],
)
def test_a_countrys_own_act_is_its_states(events_of, text, triple) -> None:
    assert triple in events_of(text)


def test_guard_a_countrys_beaches_are_no_state(events_of) -> None:
    assert not {e for e in events_of("Tourists praised Italy's beaches.") if e[2] == "ITAGOV"}


# A participle beside an intent verb is done, not intended: "former Arkansas Gov. Mike Huckabee
# agreed, praising his former presidential primary opponent as 'one of the most gifted,
# up-and-coming Republican stars'" was coded 032 (an intent) from "agreed".


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, praising "
            "his former presidential primary opponent Marco Rubio as one of the most gifted, "
            "up-and-coming Republican stars that we've got.",
            ("USAELI", "051", "USALEG"),
        ),
        (
            "Former Arkansas Gov. Mike Huckabee agreed, criticizing Hillary Clinton for her "
            "emails.",
            ("USAELI", "111", "USAPTY"),
        ),
        (
            "Former Arkansas Gov. Mike Huckabee promised to campaign for Marco Rubio, praising him "
            "as a star.",
            ("USAELI", "051", "USALEG"),
        ),
    ],
)
def test_a_participle_beside_an_intent_verb_is_done(events_of, text, triple) -> None:
    assert triple in events_of(text, "2016-08-10")


def test_guard_an_infinitive_of_an_intent_verb_stays_intended(events_of) -> None:
    found = events_of("Former Arkansas Gov. Mike Huckabee plans to praise Marco Rubio.")
    assert not {e for e in found if e[1] == "051"}


# A claim the next words take back is no deed: "The Supreme Court sided with them on
# immigration. Kind of." was coded 050 from the court to the Republicans (round 110: the court
# had deadlocked; the input needs the whole article to code, so the same words with another
# pair stand for it).


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The European Union sided with Greece on migration. Kind of.", "IGOEUREEC"),
        ("China backed Russia at the United Nations. Not really.", "CHN"),
        ("Iran praised Turkey for its mediation. Sort of.", "IRN"),
    ],
)
def test_a_claim_taken_back_is_no_deed(events_of, text, source) -> None:
    assert not {e for e in events_of(text, "2016-06-27") if e[0] == source}


def test_guard_a_claim_not_taken_back_stays(events_of) -> None:
    found = events_of("China backed Russia at the United Nations. It was a big win.")
    assert ("CHN", "051", "RUS") in found
