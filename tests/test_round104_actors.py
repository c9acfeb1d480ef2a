"""Round 104 (blind audit): places named as actors, each input with two paraphrases of our own.

* a country as the ground of a trade in a relative clause ("the role Belize plays in the drug
  trade") or as a description ("the country's significant role in the … timber trade");
* a description of a country where things are counted ("the country had 1,045 homicides");
* a country as a label ("the ''forgotten America''");
* one of a hyphened pair before its noun ("Bolivia-Brazil Drug Trafficking Ring");
* the subject of an absolute clause whose predicate is a site ("with Paraguay also a major
  transshipment point for cocaine").
"""

from __future__ import annotations

import pytest

DAY = "2015-06-01"


def _codes(mentions_of, text: str, day: str = DAY) -> dict[str, str | None]:
    return {m.text: m.code for m in mentions_of(text, day)}


def _pairs(mentions) -> list[tuple[str, str | None]]:
    return _pairs(mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The arrest is also a reminder of the role Belize plays in the drug trade.", "Belize"),
        ("The seizure is a reminder of the role Honduras plays in cocaine trafficking.",
         "Honduras"),
        ("Few grasp the role Guatemala plays in the smuggling of migrants.", "Guatemala"),
    ],
)  # fmt: skip
def test_the_role_a_country_plays_in_a_trade_is_its_ground(mentions_of, text, name) -> None:
    codes = _codes(mentions_of, text)
    assert name in codes and codes[name] is None, codes


def test_the_role_a_country_plays_in_talks_is_an_actors(mentions_of) -> None:
    codes = _codes(mentions_of, "Few grasp the role Venezuela plays in the peace negotiations.")
    assert codes.get("Venezuela") == "VEN", codes


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Costa Rica have called attention to the problem of illicit logging in "
        "the country, underlining the country's significant role in the highly profitable "
        "global illegal timber trade.",
        "Officials in Honduras highlighted the country's large role in the cocaine trade.",
        "Police in Peru described the nation's central role in illegal timber trafficking.",
    ],
)
def test_a_described_countrys_role_in_a_trade_is_its_ground(mentions_of, text) -> None:
    mentions = mentions_of(text, DAY)
    described = [m for m in mentions if m.text in ("the country", "the nation")]
    assert described and all(m.code is None for m in described), _pairs(mentions)


@pytest.mark.parametrize(
    "text",
    [
        "El Salvador is small. During the first half of 2013, the country had 1,045 homicides, "
        "down from 1,562 during the same period in 2012.",
        "El Salvador is small. Last year the country had 3,900 murders, up from 2,500 in 2014.",
        "Honduras is violent. In 2015, the nation recorded 6,656 homicides.",
    ],
)
def test_a_described_country_where_things_are_counted_is_no_actor(mentions_of, text) -> None:
    mentions = mentions_of(text, DAY)
    described = [m for m in mentions if m.text in ("the country", "the nation")]
    assert described and all(m.code is None for m in described), _pairs(mentions)


def test_a_described_country_that_acts_stays_an_actor(mentions_of) -> None:
    codes = _codes(mentions_of, "Honduras is violent. In 2015, the nation recalled its ambassador.")
    assert codes.get("the nation") == "HND", codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("That is also true in places that are otherwise labeled the ''forgotten America.''",
         "America"),
        ("It is true in places some call the ''forgotten Mexico.''", "Mexico"),
        ("He spoke for the silent America that feels ignored.", "America"),
    ],
)  # fmt: skip
def test_a_country_as_a_label_is_no_actor(mentions_of, text, name) -> None:
    codes = _codes(mentions_of, text, "2016-09-07")
    assert name in codes and codes[name] is None, codes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police Break Up Bolivia-Brazil Drug Trafficking Ring", ("Bolivia", "Brazil")),
        ("Police Dismantle Colombia-Venezuela Smuggling Network", ("Colombia", "Venezuela")),
        ("Authorities uncovered a Mexico-Guatemala arms pipeline.", ("Mexico", "Guatemala")),
    ],
)
def test_a_hyphened_pair_of_countries_before_a_noun_is_no_actor(mentions_of, text, names) -> None:
    codes = _codes(mentions_of, text)
    # the pair's countries are no actor, alone or as the country of the thing they name
    # ("Brazil Drug Trafficking Ring" is one uncoded mention once ring phrases are roles)
    assert all(any(n in name for name in codes) for n in names), codes
    assert not [name for name, code in codes.items() if code and any(n in name for n in names)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("However, with Paraguay also a major transshipment points for cocaine and the biggest "
         "producer of marijuana in South America, the profits on offer and the rapid expansion "
         "of the PCC will likely see it increasing its presence in Paraguay.", "Paraguay"),
        ("With Guatemala a major transit point for cocaine, the cartels will grow.", "Guatemala"),
        ("With Honduras now a key hub for drug flights, the gangs will grow.", "Honduras"),
    ],
)  # fmt: skip
def test_a_country_an_absolute_clause_calls_a_site_is_no_actor(mentions_of, text, name) -> None:
    mentions = mentions_of(text, DAY)
    named = [m for m in mentions if m.text == name]
    assert named and all(m.code is None for m in named), _pairs(mentions)


def test_a_country_an_absolute_clause_calls_a_partner_stays(mentions_of) -> None:
    codes = _codes(mentions_of, "With Mexico a key partner, Washington will act.")
    assert codes.get("Mexico") == "MEX", codes


def test_a_country_that_acts_stays_an_actor(mentions_of) -> None:
    codes = _codes(mentions_of, "Venezuela announced new sanctions on Monday.")
    assert codes.get("Venezuela") == "VEN", codes
