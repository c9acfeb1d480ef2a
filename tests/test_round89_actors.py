"""Actor kinds of the blind audit of seed 63 (round 89); each kind, an input of the audit's kind
written anew, two paraphrases of our own, and a guard for the reading the rule must keep.

* a country that "saw" a trend given as a clause ("saw violence rise") is where figures were
  counted, not an actor (:func:`dyads.actors.scenes.statistic`);
* a country said to be a hideout, refuge or sanctuary is a place
  (:func:`dyads.actors.locations.site_predicate`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


def _shown(found: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.actor, m.code) for m in found]


_HEAD = "Crime Report.\n\nPresident Obama spoke on Monday. "

# -- 1. a country that saw a trend given as a clause -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("While Venezuela saw violence rise over the last decade, murders fell in the US.",
         "Venezuela"),
        ("Honduras saw murders fall sharply in 2015, officials said.", "Honduras"),
        ("Last year El Salvador saw extortion cases climb in the capital.", "El Salvador"),
    ],
)  # fmt: skip
def test_a_country_that_saw_a_trend_clause_is_a_place(mentions_of, sentence, country) -> None:
    """Round 89: "Venezuela saw violence rise steadily" coded VEN."""
    found = mentions_of(_HEAD + sentence, "2016-08-20")
    assert _codes(found, country) == {None}, _shown(found)


def test_a_country_that_saw_a_deed_fail_stays_coded(mentions_of) -> None:
    """Guard: a clause that is no trend leaves the country an actor."""
    found = mentions_of(_HEAD + "Mexico saw the proposal fail in Congress.", "2016-08-20")
    assert _codes(found, "Mexico") == {"MEX"}, _shown(found)


# -- 2. a country said to be a hideout -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Argentina has long been a popular hideout and meeting place for Colombian "
         "traffickers.", "Argentina"),
        ("For years Paraguay was a favourite refuge of Brazilian gang bosses.", "Paraguay"),
        ("Venezuela has become a sanctuary for rebel commanders.", "Venezuela"),
    ],
)  # fmt: skip
def test_a_country_said_to_be_a_hideout_is_a_place(mentions_of, sentence, country) -> None:
    """Round 89: "Argentina has long been a popular hideout" coded ARG."""
    found = mentions_of(_HEAD + sentence, "2016-08-20")
    assert _codes(found, country) == {None}, _shown(found)


def test_a_country_said_to_be_a_partner_stays_coded(mentions_of) -> None:
    """Guard: a country predicated as a partner is an actor."""
    found = mentions_of(_HEAD + "Colombia has been a reliable partner of Washington.", "2016-08-20")
    assert _codes(found, "Colombia") == {"COL"}, _shown(found)


# -- 3. a country that owns a figure written as a proper noun --------------------------------


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The spending is equal to 8.7 percent of the country's GDP, or 470 dollars for each "
         "Guatemalan.", "the country"),
        ("Remittances make up a fifth of Honduras' GDP.", "Honduras"),
        ("Bolivia's GNP grew by 4 percent last year.", "Bolivia"),
    ],
)  # fmt: skip
def test_a_country_owning_its_gdp_is_no_actor(mentions_of, sentence, country) -> None:
    """Round 89: "8.7 percent of the country's GDP" coded GTM."""
    found = mentions_of(_HEAD + "Guatemala is poor. " + sentence, "2016-08-20")
    assert _codes(found, country) == {None}, _shown(found)


def test_a_named_body_a_country_owns_keeps_its_code(mentions_of) -> None:
    """Guard: a named company after the possessive is still the country's company."""
    found = mentions_of(_HEAD + "Mexico's Pemex signed a deal with Chevron.", "2016-08-20")
    assert _codes(found, "Pemex") == {"MEXBUS"}, _shown(found)


# -- 4. the country as where the nation "is headed" ------------------------------------------

_US = "Poll Report.\n\nPresident Obama spoke in Washington about the United States economy. "


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("A majority of Americans believe the country is headed off on the wrong track.",
         "the country"),
        ("Most voters in Ohio think the nation is on the wrong track.", "the nation"),
        ("Pollsters asked where the country is headed after the jobs report.", "the country"),
    ],
)  # fmt: skip
def test_where_the_country_is_headed_is_no_actor(mentions_of, sentence, country) -> None:
    """Round 89: "the country is headed off on the 'wrong track'" coded USA."""
    found = mentions_of(_US + sentence, "2015-11-09")
    assert _codes(found, country) == {None}, _shown(found)


@pytest.mark.parametrize(
    "sentence", ["The country went to war in 2003.", "The country is headed by a military junta."]
)
def test_a_country_that_goes_to_war_or_is_led_stays_coded(mentions_of, sentence) -> None:
    """Guard: a deed or a leader keeps the country an actor."""
    found = mentions_of(_US + sentence, "2015-11-09")
    assert _codes(found, "The country") == {"USA"}, _shown(found)


# -- 5. a country name ending a body's name the recogniser missed ----------------------------


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Geoff Garin, a pollster working for Priorities USA, a super PAC supporting Hillary "
         "Clinton, spoke.", "USA"),
        ("According to Transparency Venezuela, the contracts were never audited.", "Venezuela"),
        ("A group called Accountability Brazil sued the firm.", "Brazil"),
    ],
)  # fmt: skip
def test_a_country_ending_a_body_name_is_no_actor(mentions_of, sentence, country) -> None:
    """Round 89: "Priorities USA" coded USA, "Transparency Venezuela" coded VEN."""
    found = mentions_of(_HEAD + sentence, "2016-08-20")
    assert _codes(found, country) == {None}, _shown(found)


def test_a_country_after_a_named_word_stays_coded(mentions_of) -> None:
    """Guard: "Communist China", a word the recogniser names, leaves the country an actor."""
    found = mentions_of(_HEAD + "Officials said Communist China was compared.", "2016-08-20")
    assert _codes(found, "China") == {"CHN"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hillary Clinton's husband, Bill Clinton, served as governor of Arkansas. Later, former "
         "President Bill Clinton greeted voters in Boston.", "Bill Clinton"),
        ("Laura Bush's husband, George W. Bush, spoke in Dallas on Monday.", "George W. Bush"),
        ("Michelle Obama's husband, Barack Obama, greeted voters in Chicago.", "Barack Obama"),
    ],
)  # fmt: skip
def test_a_past_office_holder_introduced_as_kin_is_no_private_citizen(pipeline, text, name) -> None:
    """Round 88 review (seed 65): "Clinton's husband, Bill Clinton" was coded USACVL, and with
    him his later "former President Bill Clinton"."""
    from dyads.records import RawDocument

    article = pipeline.process(
        RawDocument(source="test", content="Report.\n\n" + text, published="2016-03-01")
    )
    codes = {m.code for m in article.mentions if m.actor == name}
    assert codes and not any(c and c.endswith("CVL") for c in codes)
