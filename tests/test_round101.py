"""Event kinds of session 26: the new user's trial of session 25 and blind-audit round 101
(fresh seed 104); each input with two paraphrases of our own, and guards.

* "expelled diplomats from Poland, Germany and Sweden": the parser hangs "from" on the verb,
  and the diplomats, having no country, gave no expulsion; the "from" countries own them.
"""

from __future__ import annotations

import pytest


def _codes(found) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo, e.target.code) for e in found if not e.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia expelled diplomats from Poland, Germany and Sweden on Monday.",
         {("RUS", "161", "POLGOV"), ("RUS", "161", "DEUGOV"), ("RUS", "161", "SWEGOV")}),
        ("Russia on Monday expelled 10 diplomats from Poland in retaliation.",
         {("RUS", "161", "POLGOV")}),
        ("Moscow ordered out diplomats from Britain and Canada.",
         {("RUSGOV", "161", "GBRGOV"), ("RUSGOV", "161", "CANGOV")}),
    ],
)  # fmt: skip
def test_diplomats_from_countries_are_theirs(events_at, text, expected) -> None:
    """Trial (session 25): the Polish-Russian expulsions were lost."""
    assert expected <= set(_codes(events_at(text, "2024-03-05")))


@pytest.mark.parametrize(
    "text",
    [
        "The party expelled Smith from its ranks.",
        "Russia recalled its diplomats from Poland on Monday.",
    ],
)
def test_a_from_phrase_gives_no_owner_to_what_has_one(events_at, text) -> None:
    """Guard: a person expelled from a body, or a state's own envoys recalled, keep their own
    side (the recall is aimed at Poland, not at Polish diplomats)."""
    codes = _codes(events_at(text, "2024-03-05"))
    assert not [c for c in codes if c[2] == "POLGOV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KHARTOUM, April 20 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces "
         "clashed again on Thursday. Saudi Arabia urged both sides to return to talks.",
         {("SAU", "020", "SDNMIL"), ("SAU", "020", "SDNUAF")}),
        ("Israel and Hamas traded fire on Monday. Egypt called on the two sides to respect the "
         "ceasefire.", {("EGY", "020", "ISR"), ("EGY", "020", "PSEREB")}),
        ("Armenia and Azerbaijan exchanged fire overnight. Russia urged the warring parties to "
         "show restraint.", {("RUS", "020", "ARM"), ("RUS", "020", "AZE")}),
    ],
)  # fmt: skip
def test_both_sides_are_the_pair_just_told(events_at, text, expected) -> None:
    """Trial (session 25): "urged both sides" had no target."""
    assert expected <= set(_codes(events_at(text, "2023-04-20")))


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia urged both sides to return to talks.",
        "Israel and Hamas traded fire on Monday. Egypt praised both sides of the debate.",
    ],
)
def test_both_sides_with_no_pair_told_name_no_one(events_at, text) -> None:
    """Guards: with no pair before, or "both sides of" something, no target."""
    assert not [c for c in _codes(events_at(text, "2023-04-20")) if c[0] in ("SAU", "EGY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India traded fire with Pakistan on Monday.",
         {("IND", "190", "PAK"), ("PAK", "190", "IND")}),
        ("Israel and Hamas traded fire on Monday.",
         {("ISR", "190", "PSEREB"), ("PSEREB", "190", "ISR")}),
        ("Armenia and Azerbaijan exchanged fire overnight.",
         {("ARM", "190", "AZE"), ("AZE", "190", "ARM")}),
    ],
)  # fmt: skip
def test_fire_traded_is_a_clash_both_ways(events_at, text, expected) -> None:
    assert expected <= set(_codes(events_at(text, "2023-04-20")))


def test_goods_traded_are_no_clash(events_at) -> None:
    """Guard: trade in goods is no fight."""
    assert not [c for c in _codes(events_at("The US traded wheat with Egypt.", "2023-04-20"))
                if c[1].startswith("19")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopian soldiers arrested three Somali officials last week. The African Union called "
         "on both countries to resume talks.",
         {("IGOAFRAFU", "020", "ETH"), ("IGOAFRAFU", "020", "SOM")}),
        ("Indian troops shelled Pakistani posts on Monday. China urged the two neighbours to "
         "show restraint.", {("CHN", "020", "IND"), ("CHN", "020", "PAK")}),
        ("Serbian police detained two Kosovo officials on Friday. The EU called on both "
         "governments to talk.", {("IGOEUREEC", "020", "SRB"), ("IGOEUREEC", "020", "XKX")}),
    ],
)  # fmt: skip
def test_both_countries_are_the_countries_of_the_pair(events_at, text, expected) -> None:
    """Trial (session 26): "called on both countries to resume talks" had no target."""
    assert expected <= set(_codes(events_at(text, "2025-03-04")))


@pytest.mark.parametrize(
    "text",
    [
        '"Russia is waging a hybrid war against Poland and we will respond," Sikorski told '
        "parliament.",
        "China is waging an economic war on Taiwan, the minister said.",
        "Moscow has waged an information war against the Baltic states for years.",
    ],
)
def test_a_figurative_war_waged_is_no_force(events_at, text) -> None:
    """Trial (session 26): RUS 190 POL (Goldstein -10) from a minister's "hybrid war"."""
    assert not [c for c in _codes(events_at(text, "2025-05-14")) if c[1].startswith("19")]


def test_a_war_waged_is_force(events_at) -> None:
    """Guard: a war waged is 190."""
    codes = _codes(events_at("Russia waged war against Ukraine in 2022.", "2025-05-14"))
    assert ("RUS", "190", "UKR") in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan lodged a protest with North Korea through its embassy in Beijing, Chief Cabinet "
         "Secretary Yoshimasa Hayashi said.", ("JPN", "114", "PRK")),
        ("China lodged a complaint with Japan on Tuesday.", ("CHN", "114", "JPN")),
        ("Seoul lodged a formal protest against Tokyo over the textbook.",
         ("KORGOV", "114", "JPNGOV")),
    ],
)  # fmt: skip
def test_a_protest_lodged_is_an_official_complaint(events_at, text, expected) -> None:
    """Trial (session 26): Japan's protest to North Korea was missing."""
    assert expected in _codes(events_at(text, "2025-01-14"))


def test_a_protest_held_is_still_a_demonstration(events_at) -> None:
    """Guard: protesters' protest against a government is 141, not a complaint."""
    codes = _codes(
        events_at("Students held a protest against the Serbian government.", "2025-01-14")
    )
    assert not [c for c in codes if c[1] == "114"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Billionaire Donald Trump praised Breitbart News’ Washington Political Editor Matthew "
         "Boyle at a press conference in Hanahan, South Carolina on Monday.",
         ("USAPTY", "051", "USAMED")),
        ("Billionaire Donald Trump criticized the Republican National Committee on Monday.",
         ("USAPTY", "111", "USAPTY")),
        ("Real estate mogul Donald Trump attacked Jeb Bush on Monday.", ("USAPTY", "111", None)),
    ],
)  # fmt: skip
def test_a_trade_word_before_a_known_name_keeps_the_office(events_at, text, expected) -> None:
    """Round 101 (missed): "Billionaire Donald Trump" was uncoded, his praise of Boyle lost."""
    codes = _codes(events_at(text, "2016-02-16"))
    assert any(c[:2] == expected[:2] and (expected[2] is None or c[2] == expected[2])
               for c in codes), codes  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia threatened to retaliate against Poland.", ("RUS", "130", "POL")),
        ("Moscow threatened to respond to Warsaw's decision.", ("RUSGOV", "130", "POLGOV")),
        ("Tehran threatened to retaliate against Israel.", ("IRNGOV", "130", "ISR")),
    ],
)  # fmt: skip
def test_a_threat_to_answer_is_aimed_at_whom_it_answers(events_at, text, expected) -> None:
    """Trial (session 26): "said Moscow would retaliate" lost; "threatened to retaliate
    against Poland" had no target."""
    assert expected in _codes(events_at(text, "2025-05-14"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China threatened to impose tariffs on Australian wine.", ("CHN", "1312", "AUS")),
        ("North Korea threatened to attack South Korea.", ("PRK", "1384", "KOR")),
    ],
)  # fmt: skip
def test_a_threatened_act_keeps_its_own_code(events_at, text, expected) -> None:
    """Guard: a threatened act the lexicon codes keeps its specific threat."""
    codes = _codes(events_at(text, "2025-05-14"))
    assert expected in codes and not [c for c in codes if c[1] == "130"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union's foreign policy chief Kaja Kallas condemned what she called "
         '"reckless Russian sabotage".', ("IGOEUREEC", "111", "RUS")),
        ("The EU condemned what it called Russia's aggression.", ("IGOEUREEC", "111", "RUS")),
        ("Seoul denounced what it described as North Korea's provocations.",
         ("KORGOV", "111", "PRK")),
    ],
)  # fmt: skip
def test_what_the_judge_calls_a_deed_is_its_object(events_at, text, expected) -> None:
    """Trial (session 26): "condemned what she called reckless Russian sabotage" lost."""
    assert expected in _codes(events_at(text, "2025-05-14"))
