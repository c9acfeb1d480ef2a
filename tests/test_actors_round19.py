"""Actor kinds of blind-audit round 19 (seed 1 and fresh seed 18 after round 18's rules): a
person's "leadership" coded as a government; a capital in a list of towns coded as its
government; the expletive "it" of "it is going to take … to …" coded as a country; "the Knights
Templar and their leader" given to the security forces of the clause; an alias used before the
full name keeps another code. Each kind: the audited input, two paraphrases and the case that
stays."""

from __future__ import annotations

import pytest


def _codes(mentions, text):
    return [m.code for m in mentions if m.text == text]


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel spoke. Her fall in the polls is attributed to her leadership.",
        "Joe Biden spoke. Critics questioned his leadership during the crisis.",
        "Emmanuel Macron spoke. The party praised his leadership on Europe.",
    ],
)
def test_a_persons_leadership_is_a_quality(mentions_of, text) -> None:
    assert _codes(mentions_of(text), "leadership") == []


def test_a_countrys_leadership_stays_a_body(mentions_of) -> None:
    assert _codes(
        mentions_of("The Iranian leadership rejected the deal."), "Iranian leadership"
    ) == ["IRNGOV"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("These included Guatemala City, Mixco, and Villa Nueva.", "Guatemala City"),
        ("Violence rose in Tegucigalpa, Choloma and La Ceiba.", "Tegucigalpa"),
        ("The gangs control parts of San Salvador, Soyapango and Apopa.", "San Salvador"),
    ],
)
def test_a_capital_listed_with_towns_is_a_place(mentions_of, text, city) -> None:
    assert all(not (c or "").endswith("GOV") for c in _codes(mentions_of(text), city))


def test_capitals_that_agree_stay_governments(mentions_of) -> None:
    mentions = mentions_of("Washington and Moscow agreed to talk.")
    assert _codes(mentions, "Washington") == ["USAGOV"]
    assert _codes(mentions, "Moscow") == ["RUSGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "Obama spoke about the economy. It is going to take a lot more than one jobs report to "
        "dent the pessimism.",
        "Mexico announced a plan. It will take years to rebuild the prisons.",
        "Russia sent aid. It took three weeks to reach the border.",
    ],
)
def test_it_takes_time_is_no_actor(mentions_of, text) -> None:
    assert [m.code for m in mentions_of(text) if m.text.lower() == "it"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Federal forces had ended the operations of the Knights Templar and their leader "
         "Servando Gomez Martinez.", "MEXCRM"),
        ("Mexican marines dismantled the Sinaloa Cartel and their leaders in Culiacan.", "MEXCRM"),
        ("The army has weakened the FARC and their commanders in the south.", "COLREB"),
    ],
)  # fmt: skip
def test_the_possessive_after_and_is_the_bodys(mentions_of, text, code) -> None:
    mentions = mentions_of(text, "2014-03-21")
    owners = [m.code for m in mentions if m.text.lower() in ("their", "its")]
    assert owners == [code]


def test_an_alias_before_the_name_takes_the_names_code(mentions_of) -> None:
    text = (
        "La Tuta posted a new video on Sunday. Federal forces had ended the operations of the "
        "Knights Templar and their leader Servando Gomez Martinez, alias La Tuta, in Michoacan."
    )
    mentions = mentions_of(text, "2014-03-21")
    tuta = [(m.actor, m.code) for m in mentions if "Tuta" in m.text]
    assert tuta and set(tuta) == {("Servando Gomez Martinez", "MEXCRM")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Liz Cheney, the daughter of former Vice President Dick Cheney, won the primary.",
         "Liz Cheney"),
        ("Hunter Biden, the son of President Joe Biden, was indicted.", "Hunter Biden"),
        # Kim Yo Jong was here until round 104: she holds a party office of her own (PRKGOV,
        # tests/test_round104_actors_earlier.py); the leader's title is still not a relative's
        ("Chelsea Clinton, the daughter of former President Bill Clinton, spoke at the gala.",
         "Chelsea Clinton"),
    ],
)  # fmt: skip
def test_a_relatives_title_is_not_the_persons(mentions_of, text, name) -> None:
    mentions = mentions_of(text, "2023-06-01")
    codes = [m.code for m in mentions if m.actor == name or m.text == name]
    assert codes and not any((c or "").endswith(("GOV", "ELI")) for c in codes)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tulsa police Chief Chuck Jordan said the officer would be charged.", "Jordan"),
        ("Coach Kenya Hunt said the team would play on.", "Kenya"),
        ("Senator Israel Rodriguez said the bill would pass.", "Israel"),
    ],
)
def test_a_country_word_after_a_given_name_is_a_surname(mentions_of, text, name) -> None:
    mentions = mentions_of(text)
    assert not any(m.text == name and m.kind == "country" for m in mentions)


def test_the_country_named_after_a_title_stays(mentions_of) -> None:
    mentions = mentions_of("Chuck Jordan met King Abdullah of Jordan.")
    assert [m.code for m in mentions if m.text == "Jordan"] == ["JOR"]


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian gang joined forces with the PCC in 2016.",
        "Mexican traffickers have joined forces with Colombian suppliers.",
        "The two Russian parties joined forces before the vote.",
    ],
)
def test_joining_forces_is_no_military(mentions_of, text) -> None:
    assert not any((m.code or "").endswith("MIL") for m in mentions_of(text))


def test_forces_that_attack_stay_military(mentions_of) -> None:
    mentions = mentions_of("Brazilian forces attacked the camp.")
    assert [m.code for m in mentions] == ["BRAMIL"]
