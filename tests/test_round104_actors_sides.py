"""Round 104 (blind audit): wrong country or sector, each input with two paraphrases of our own.

* "G8 countries along with narcotics-producing nations agreed to create an anti-drug fund using
  assets seized from traffickers": where countries at large are the subject of the sentence, a
  group in it is no one country's (BOLCRM);
* "Jaime Lopez, a security policy consultant and former police official": an office the
  person's own role words call former is no longer held (MEXCOP);
* "As they navigated the halls, some Republicans could be heard grousing": a "they" of a
  fronted clause is the main clause's subject after it, not the voters before (USACVL);
* "two Cruz supporters - his Georgia chairman, Scott Johnson": a person's state chairman is a
  campaign post (USAGOV), and "his" is Cruz's, not Trump's named before.
"""

from __future__ import annotations

import pytest


def _pairs(mentions) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in mentions]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Bolivia: 85% Seized Assets Returned to Drug Traffickers\n\nEighty-five percent of goods "
         "seized from suspected narco-traffickers in Bolivia are later returned. Bolivia's "
         "government also backed a plan, proposed at a anti-drug summit in Paris , where G8 "
         "countries along with narcotics-producing nations agreed to create an anti-drug fund "
         "using assets seized from traffickers.", "traffickers"),
        ("Peru is a producer. Peru backed a deal by which donor nations will fund the fight "
         "against cartels.", "cartels"),
        ("Colombia is a producer. Colombia joined a pact under which Andean countries will "
         "jointly prosecute smugglers.", "smugglers"),
    ],
)  # fmt: skip
def test_a_group_of_countries_at_large_is_no_ones(mentions_of, text, group) -> None:
    mentions = mentions_of(text, "2014-01-01")
    last = [m for m in mentions if m.text == group][-1]
    assert last.code is None, _pairs(mentions)


def test_a_group_of_the_storys_country_stays(mentions_of) -> None:
    mentions = mentions_of("Peru is a producer. Peruvian police said cartels launder money.")
    assert ("cartels", "PERCRM") in _pairs(mentions)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ('Mexico City police arrested ten. "Home delivery is less violent," said Jaime Lopez, a '
         "security policy consultant and former police official.", "Jaime Lopez", "MEXELI"),
        ("Mexico City police arrested ten. Jaime Lopez, an analyst and ex-police commander, "
         "said it was less violent.", "Jaime Lopez", "MEXELI"),
        ("Colombian police arrested ten. Maria Gomez, a lawyer and former prosecutor, said the "
         "law is weak.", "Maria Gomez", "COLELI"),
    ],
)  # fmt: skip
def test_an_office_the_role_calls_former_is_not_held(mentions_of, text, name, code) -> None:
    mentions = mentions_of(text, "2017-06-01")
    assert (name, code) in _pairs(mentions)


def test_a_serving_official_in_an_apposition_stays(mentions_of) -> None:
    text = "Colombian police arrested ten. Maria Gomez, a police official, said the law is weak."
    assert ("Maria Gomez", "COLCOP") in _pairs(mentions_of(text, "2017-06-01"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ted Cruz won. There were more brochures than there were voters who could read them. "
         'As they navigated the halls, some Republicans could be heard grousing that the "fake" '
         "Trump literature was plentiful.", "USAPTY"),
        ("Ted Cruz won the vote. Voters were tired. When they left the hall, many Democrats "
         "complained about the rules.", "USAPTY"),
        ("Ted Cruz won the vote. Voters were tired. While they waited for results, Cruz aides "
         "celebrated.", None),
    ],
)  # fmt: skip
def test_a_fronted_they_is_the_main_subject_after_it(mentions_of, text, code) -> None:
    mentions = mentions_of(text, "2016-04-17")
    assert all(c == code for t, c in _pairs(mentions) if t == "they"), _pairs(mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ted Cruz won most delegates. Donald Trump lost in Wyoming. But two Cruz supporters - "
         "his Georgia chairman, Scott Johnson, and former congressman Robert Barr - won two of "
         "the three delegate slots.", "Georgia chairman, Scott Johnson"),
        ("Hillary Clinton won in Iowa. Her Iowa chairman, John Smith, praised the result.",
         "Iowa chairman, John Smith"),
        ("Bernie Sanders won in New Hampshire. Sanders's New Hampshire chairwoman, Jane Doe, "
         "praised the result.", "New Hampshire chairwoman, Jane Doe"),
    ],
)  # fmt: skip
def test_a_persons_state_chairman_is_a_party_post(mentions_of, text, name) -> None:
    mentions = mentions_of(text, "2016-04-17")
    assert (name, "USAPTY") in _pairs(mentions)
    assert all(m.actor != "Donald Trump" for m in mentions if m.text == "his"), _pairs(mentions)


def test_a_chairman_of_a_state_body_stays_government(mentions_of) -> None:
    text = ("Gov. Nathan Deal spoke in Atlanta. The Georgia chairman of the Public Service "
            "Commission, Tim Echols, agreed.")  # fmt: skip
    codes = [c for t, c in _pairs(mentions_of(text, "2016-04-17")) if "Tim Echols" in t]
    assert codes == ["USAGOV"], codes


def test_a_fronted_they_that_the_main_clause_names_as_them_is_not_its_subject(mentions_of) -> None:
    """Guard: "while they do not have extensive training, average people see them as more
    honest" are the troops of the sentence before, not the people."""
    text = ("Venezuelan National Guard troops are heavily armed. And while they do not have "
            "extensive training, average people see them as more honest.")  # fmt: skip
    mentions = mentions_of(text, "2015-06-01")
    assert [c for t, c in _pairs(mentions) if t == "they"] == ["VENMIL"], _pairs(mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ted Cruz won in Wyoming. But two Cruz supporters - his Georgia chairman, Scott "
         "Johnson, and former congressman Robert Barr - won two of the three delegate slots.",
         "former congressman Robert Barr"),
        ("Ted Cruz won in Wyoming. Two of his backers - Senator Mike Lee - spoke for him.",
         "Senator Mike Lee"),
        ("Ted Cruz won in Wyoming. His ally, former Governor Rick Perry - said he was proud.",
         "former Governor Rick Perry"),
    ],
)  # fmt: skip
def test_a_name_ends_before_a_dash_and_a_lower_case_word(mentions_of, text, name) -> None:
    mentions = mentions_of(text, "2016-04-17")
    assert not [m.text for m in mentions if "-" in m.text and "Robert" in m.text]
    assert name in [m.text for m in mentions], _pairs(mentions)
