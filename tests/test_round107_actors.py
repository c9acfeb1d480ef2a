"""Actor kinds of the blind audit of round 107; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* a past head of state the text titles by the office ("President Bill Clinton" in 2016) is the
  country's elite on the publication day (:mod:`dyads.actors.titled_formers`);
* a person's name before a noun of a time or of a body called after the person ("the Clinton
  years", "The Clinton Foundation") is no mention of the person acting
  (:mod:`dyads.actors.named_for`);
* a country named as a place: listed after "the … countries of" in a locative phrase, a
  possessive whose noun is left out ("second only to Mexico City's"), the destination of travel
  advice, the object of a verb that would remake it (:mod:`dyads.actors.named_places`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


# -- a titled past head of state -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Democrats in the United States long backed the agenda of President Bill Clinton. "
            "For most Democrats today, the Clinton years remain the good old days.",
            "President Bill Clinton",
        ),
        (
            "Many Americans still admire President Bill Clinton, and Clinton spoke in Ohio.",
            "Clinton",
        ),
        (
            "The US economy grew fast under President Bill Clinton, economists in Washington said.",
            "President Bill Clinton",
        ),
    ],
)
def test_a_titled_past_head_is_an_elite(mentions_of: Any, text: str, mention: str) -> None:
    assert set(_codes(mentions_of(text, "2016-03-23"), mention)) == {"USAELI"}


def test_a_titled_head_in_office_stays_the_government(mentions_of: Any) -> None:
    found = mentions_of(
        "Democrats in the United States backed President Bill Clinton.", "1998-03-23"
    )
    assert set(_codes(found, "President Bill Clinton")) == {"USAGOV"}


def test_the_tenure_of_a_titled_past_head_is_his_government(mentions_of: Any) -> None:
    found = mentions_of(
        "Democrats in the United States faulted the law passed during President Bill "
        "Clinton's tenure.",
        "2016-03-23",
    )
    assert set(_codes(found, "President Bill Clinton")) == {"USAGOV"}


def test_an_event_of_a_titled_past_head_has_the_elite_as_source(events_at: Any) -> None:
    events = events_at(
        "In Washington, President Bill Clinton unloaded on Bernie Sanders in a speech Sunday, "
        "accusing Sanders's followers of sexism.",
        "2016-02-10",
    )
    assert {e.source.code for e in events if e.source.text.endswith("Clinton")} == {"USAELI"}


# -- a name before a noun of a time or a namesake body ----------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Bill Clinton spoke in Ohio. Because for anyone who takes economic inequality "
            "seriously, the chief villain of the Clinton years wasn't Ken Starr.",
            "Bill Clinton",
        ),
        (
            "Hillary Clinton campaigned in Iowa. The Clinton Foundation received as much as "
            "$26.4 million in previously undisclosed payments, the Washington Post reported.",
            "Hillary Clinton",
        ),
        (
            "Ronald Reagan is remembered fondly in the United States. Wages stalled during "
            "the Reagan era, and the Reagan Library opened an exhibit.",
            "Ronald Reagan",
        ),
    ],
)
def test_a_name_before_a_time_or_a_namesake_body_is_no_actor(
    mentions_of: Any, text: str, person: str
) -> None:
    found = [m for m in mentions_of(text, "2016-03-23") if m.actor == person]
    assert found[0].code  # the person named first acts
    assert all(m.code is None for m in found[1:])


def test_a_name_before_a_campaign_keeps_its_actor(mentions_of: Any) -> None:
    found = mentions_of(
        "Hillary Clinton campaigned in Iowa. The Clinton campaign attacked Bernie Sanders.",
        "2016-03-23",
    )
    assert set(_codes(found, "Hillary Clinton")) == {"USAPTY"}
    assert "USAPTY" in set(_codes(found, "Clinton")) or not _codes(found, "Clinton")


# -- a country named as a place ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "In the Northern Triangle countries of El Salvador, Guatemala and Honduras, for "
            "example, the United States has spent hundreds of millions of dollars on "
            "security-related aid programs over the past decade.",
            "Honduras",
        ),
        (
            "Across the Andean countries of Peru, Bolivia and Colombia, Washington has funded "
            "crop eradication for years.",
            "Bolivia",
        ),
        ("Travel advice was also updated for Colombia.", "Colombia"),
        ("The State Department issued a travel warning for Mexico on Friday.", "Mexico"),
        (
            "For years, the cartel also maintained control of the Cancun airport, which is "
            "second only to Mexico City's in terms of passenger traffic.",
            "Mexico City",
        ),
        (
            "Sanders warned that the financial elite want to stop our campaign to transform "
            "America.",
            "America",
        ),
        ("Cruz said his movement would remake America from the ground up.", "America"),
    ],
)
def test_a_country_named_as_a_place_is_no_actor(mentions_of: Any, text: str, mention: str) -> None:
    found = mentions_of(text, "2016-03-23")
    assert _codes(found, mention)
    assert set(_codes(found, mention)) == {None}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The United States has spent millions of dollars on aid.", "United States", "USA"),
        ("Mexico City rejected the proposal on Friday.", "Mexico City", "MEXGOV"),
        ("Colombia updated its travel advice for Venezuela.", "Colombia", "COL"),
        ("Russia threatened to attack Ukraine.", "Ukraine", "UKR"),
    ],
)
def test_a_country_acting_keeps_its_code(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert code in set(_codes(mentions_of(text, "2016-03-23"), mention))


def test_a_past_head_titled_in_an_earlier_article_is_still_an_elite() -> None:
    """The audit's path: an earlier article's "President Bill Clinton" taught the memory his
    title, and "Bill Clinton unloaded on Sanders" came out USAGOV."""
    from dyads.pipeline import Pipeline
    from dyads.records import RawDocument

    pipeline = Pipeline()
    pipeline.process(
        RawDocument(
            source="a",
            content="Democrats in the United States long backed the agenda of President Bill "
            "Clinton.",
            published="2016-03-23",
        )
    )
    article = pipeline.process(
        RawDocument(
            source="b",
            content="Bill Clinton unloaded on Bernie Sanders in a speech Sunday, accusing "
            "Sanders's followers of sexism.",
            published="2016-02-10",
        )
    )
    sources = {e.source.code for e in article.events if e.source.text == "Bill Clinton"}
    assert sources == {"USAELI"}
