"""A new user's trial, session 29 (three wire stories of its own): event kinds it found wrong.

Each input (the sentence as the story has it) and two paraphrases of our own, beside guards for
what was right. The pipeline is the whole one.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    """(source code, CAMEO code, target code, date start) of a story's events."""
    from dyads.records import RawDocument

    def run(text: str, published: str) -> set[tuple]:
        article = pipeline.process(
            RawDocument(source="test", content="World news.\n\n" + text, published=published)
        )
        return {
            (e.source.code, e.cameo, e.target.code, e.date.start if e.date else None)
            for e in article.events
        }

    return run


# What an agreement is for has its own time: "On Friday, Philippine Foreign Secretary Enrique
# Manalo and Japanese Foreign Minister Takeshi Iwaya signed an agreement in Tokyo to share
# maritime surveillance data and to hold joint coast guard drills later this year" was dated
# "later this year" and turned into an intent (032) on the publication day.


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On Friday, Philippine Foreign Secretary Enrique Manalo and Japanese Foreign Minister "
            "Takeshi Iwaya signed an agreement in Tokyo to share maritime surveillance data and "
            "to hold joint coast guard drills later this year.",
            ("PHLGOV", "JPNGOV"),
        ),
        (
            "On Friday, Greek Foreign Minister George Gerapetritis and Turkish Foreign Minister "
            "Hakan Fidan signed an agreement to resume talks later this year.",
            ("GRCGOV", "TURGOV"),
        ),
        (
            "On Friday, Indian Foreign Minister Subrahmanyam Jaishankar and Japanese Foreign "
            "Minister Takeshi Iwaya signed a pact to hold joint naval drills later this year.",
            ("INDGOV", "JPNGOV"),
        ),
    ],
)
def test_an_agreement_is_signed_on_its_own_day(events_of, text, pair) -> None:
    found = events_of(text, "2025-06-09")
    assert (pair[0], "057", pair[1], "2025-06-06") in found, found


def test_guard_a_signing_dated_by_its_own_clause_stays(events_of) -> None:
    found = events_of("Greece and Turkey signed a deal in Athens on Friday.", "2025-06-09")
    assert ("GRC", "057", "TUR", "2025-06-06") in found


# A deed denied is no rejection of whom it would touch: "Islamabad denies supporting
# militants." was coded 120 (reject) from Pakistan to the militants.


@pytest.mark.parametrize(
    "text",
    [
        "Police said the men were members of Lashkar-e-Taiba, a militant group that India says "
        "is backed by Pakistan. Islamabad denies supporting militants.",
        "Russia denied supplying weapons to the rebels.",
        "Moscow denied arming the separatists in Donbas.",
    ],
)
def test_a_deed_denied_rejects_no_one(events_of, text) -> None:
    assert not {e for e in events_of(text, "2025-05-15") if e[1].startswith("12")}


def test_guard_a_denied_entry_stays_a_rejection(events_of) -> None:
    found = events_of("Serbia denied Kosovo officials entry to Belgrade.", "2025-05-15")
    assert any(e[0] == "SRB" and e[1] == "120" for e in found), found


# A group of a country's people is not the country: "Britain on Tuesday imposed sanctions on two
# Serbian nationalist groups it accused of stirring unrest in northern Kosovo" was GBR 163 SRB.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Separately, Britain on Tuesday imposed sanctions on two Serbian nationalist groups it "
            "accused of stirring unrest in northern Kosovo.",
            "GBR",
        ),
        ("Russia banned two Ukrainian organizations.", "RUS"),
        ("The United States imposed sanctions on three Iranian groups.", "USA"),
    ],
)
def test_a_countrys_groups_are_not_the_country(events_of, text, source) -> None:
    found = events_of(text, "2025-03-20")
    assert not {e for e in found if e[0] == source and e[2] in ("SRB", "UKR", "IRN")}, found


def test_guard_sanctions_on_the_country_stay(events_of) -> None:
    assert ("GBR", "163", "SRB", "2025-03-20") in events_of(
        "Britain imposed sanctions on Serbia.", "2025-03-20"
    )
