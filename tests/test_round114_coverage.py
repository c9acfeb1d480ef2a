"""Uncoded mentions that cost round 114 its events (the blind reviewer's missed events).

* a person the text says leads or led an armed or criminal group is the group's: "The Tlahuac
  Cartel, formerly led by X", "X later took control over the Knights Templar", "X, who heads
  the Zetas" (:mod:`dyads.actors.predicates`), with a name the recogniser split in two
  ("Felipe de Jesus" + "Perez Luna": :mod:`dyads.actors.entity_runs`);
* a group's people named by a title it owns: "the criminal organization's second-in-command,
  X", "the Urabenos -- whose leading cocaine broker X" (``roles.csv``, :mod:`.phrase`);
* named police forces and parties: "the Bolivarian National Police (PNB)", "members of the
  Airport Security Police (PSA)", "the Justicialist Party (PJ)", "Federal Police" in a story
  about Mexico and American agents (:mod:`dyads.actors.named_bodies`, the brackets' letters:
  :mod:`dyads.actors.defined`); "Venezuela's investigative police agency" (``roles.csv``);
* the Paraguayan People's Army and "the EPP" in Paraguay's stories (``metonyms.csv``,
  ``shared_names.yaml``); street dealers ("microtraffickers") are criminals;
* "the press", "the media" at large are the story's (:func:`.group_country.press_country`).

Guards: a protest led by a person makes no criminal of her; "Federal Police" in a story of two
countries neither of which has one stays uncoded; "the EPP" of Europe's parliament is no
Paraguayan rebel; "the newspaper" is never guessed from the story's country.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


def _shown(found: list[Any]) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in found]


def _events(found: list[Any]) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo[:2], e.target.code) for e in found]


# -- 1. a group's leader by what the text says he did ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            'The Tlahuac Cartel, formerly led by Felipe de Jesus Perez Luna, alias "El Ojos," '
            "before he was killed by Mexico's Navy in July 2017, was thought to operate freely "
            "and sell drugs in the region.",
            "Felipe de Jesus Perez Luna",
            "MEXCRM",
        ),
        (
            'The Gulf Cartel, once led by Juan Garcia Abrego, alias "El Muneco," before he was '
            "arrested by Mexican police, controlled the border.",
            "Juan Garcia Abrego",
            "MEXCRM",
        ),
        (
            "The FARC, led by Rodrigo Londono, signed a peace deal with the government of "
            "Colombia.",
            "Rodrigo Londono",
            "COLREB",
        ),
    ],
)
def test_the_man_a_group_is_led_by_is_the_groups(mentions_of, text, name, code) -> None:
    """Round 114: "formerly led by Felipe de Jesus Perez Luna … before he was killed by
    Mexico's Navy" left him and his "he" uncoded, and the killing was lost."""
    found = mentions_of(text, "2018-03-01")
    assert _codes(found, name) == [code], _shown(found)


def test_the_leader_killed_by_the_navy_is_an_event(events_at) -> None:
    text = (
        'The Tlahuac Cartel, formerly led by Felipe de Jesus Perez Luna, alias "El Ojos," before '
        "he was killed by Mexico's Navy in July 2017, was thought to operate freely."
    )
    found = events_at(text, "2018-03-01")
    assert ("MEXMIL", "19", "MEXCRM") in _events(found), _events(found)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            'Servando Gomez, alias "La Tuta," later took control over the Knights Templar. Gomez '
            "was arrested by an elite Mexican police force in February 2015.",
            "Gomez",
            "MEXCRM",
        ),
        (
            "Heriberto Lazcano took control of the Zetas in 2003. Lazcano was killed by the "
            "Mexican Navy in 2012.",
            "Lazcano",
            "MEXCRM",
        ),
        (
            "Police in Mexico said Omar Trevino, who heads the Zetas, was arrested by federal "
            "agents on Wednesday.",
            "Omar Trevino",
            "MEXCRM",
        ),
    ],
)
def test_who_takes_over_or_heads_a_group_is_the_groups(mentions_of, text, name, code) -> None:
    """Round 114: "Gomez was arrested by an elite Mexican police force" lost its event."""
    found = mentions_of(text, "2015-06-23")
    assert set(_codes(found, name)) == {code}, _shown(found)


def test_the_arrest_of_the_man_who_took_control_is_an_event(events_at) -> None:
    text = (
        'Servando Gomez, alias "La Tuta," later took control over the Knights Templar. Gomez was '
        "arrested by an elite Mexican police force in February 2015."
    )
    found = events_at(text, "2015-06-23")
    assert ("MEXCOP", "17", "MEXCRM") in _events(found), _events(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The protest, led by Maria Diaz, marched through Mexico City.", "Maria Diaz"),
        ("Jorge Ramos took control of the meeting in Mexico City.", "Jorge Ramos"),
    ],
)
def test_leading_no_armed_group_makes_no_criminal(mentions_of, text, name) -> None:
    """Guard: only an armed or criminal group's leader takes its code."""
    found = mentions_of(text, "2015-06-23")
    assert all(code is None or not code.endswith("CRM") for code in _codes(found, name))


def test_a_given_name_run_the_recogniser_split_off_is_the_name(mentions_of) -> None:
    found = mentions_of("Felipe de Jesus Perez Luna was killed in July.", "2018-03-01")
    assert "Felipe de Jesus Perez Luna" in [m.text for m in found], _shown(found)


# -- 2. titles a group owns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Knights Templar lost ground. Just weeks after that, the criminal organization's "
            'second-in-command, Enrique Plancarte, alias "El Kike," was killed.',
            "second-in-command, Enrique Plancarte",
            "MEXCRM",
        ),
        (
            "The Zetas regrouped. The criminal group's second-in-command, Ivan Velazquez, was "
            "arrested in Mexico.",
            "second-in-command, Ivan Velazquez",
            "MEXCRM",
        ),
        (
            "Traffickers came for Colombia's premier criminal operation, the Urabenos -- whose "
            'leading cocaine broker Henry de Jesus Lopez, alias "Mi Sangre," was arrested in '
            "Argentina in 2012.",
            "cocaine broker Henry de Jesus Lopez",
            "COLCRM",
        ),
        (
            "Argentina hosted the Rastrojos, whose top cocaine broker Daniel Barrera was seen in "
            "Buenos Aires.",
            "top cocaine broker Daniel Barrera",
            "COLCRM",
        ),
    ],
)
def test_a_title_a_group_owns_is_the_groups(mentions_of, text, name, code) -> None:
    found = mentions_of(text, "2014-06-01")
    assert _codes(found, name) == [code], _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The alleged microtraffickers responded by threatening the student in Mexico City.",
            "alleged microtraffickers",
        ),
        (
            "Police in Mexico City detained three microtraffickers near the campus.",
            "microtraffickers",
        ),
        (
            "Two alleged money launderers were arrested in Mexico on Friday.",
            "alleged money launderers",
        ),
    ],
)
def test_street_dealers_and_launderers_are_criminals(mentions_of, text, words) -> None:
    found = mentions_of(text, "2018-03-01")
    assert _codes(found, words) == ["MEXCRM"], _shown(found)


# -- 3. named police forces and parties ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Over 100 Venezuelan security officials were linked to extortion in Venezuela. Most "
            "represented was Venezuela's investigative police agency (CICPC) with 46 members, "
            "followed by the Bolivarian National Police (PNB) with 26 members. Security forces -- "
            "particularly the PNB and the CICPC -- have been accused of crimes.",
            [
                "Bolivarian National Police",
                "PNB",
                "CICPC",
                "Venezuela's investigative police agency",
            ],
            "VENCOP",
        ),
        (
            "Argentina arrested a police chief in Cordoba, Argentina. On Monday, members of the "
            "Airport Security Police (PSA) arrested him in his home.",
            ["Airport Security Police"],
            "ARGCOP",
        ),
        (
            "Colombia sent troops to Tumaco, Colombia. Officials are waiting for a National Police "
            "dispatch to enter the village.",
            ["National Police"],
            "COLCOP",
        ),
    ],
)
def test_a_named_police_force_is_the_storys(mentions_of, text, words, code) -> None:
    """Round 114: "PNB", "CICPC", "Airport Security Police (PSA)" were left uncoded."""
    found = mentions_of(text, "2016-09-20")
    for word in words:
        codes = _codes(found, word)
        assert codes and set(codes) == {code}, (word, _shown(found))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Argentina's anti-drug chief was arrested in Cordoba, Argentina. It prompted "
            "criticism from officials of the Justicialist Party (PJ), who claimed the "
            "prosecutor was himself working for drug traffickers. The PJ denied it.",
            ["Justicialist Party", "PJ"],
        ),
        (
            "Argentina voted on Sunday. The Radical Civic Union Party won in Cordoba, Argentina.",
            ["Radical Civic Union Party"],
        ),
        (
            "Protesters marched in Buenos Aires, Argentina. Leaders of the Renewal Front Party "
            "joined them.",
            ["Renewal Front Party"],
        ),
    ],
)
def test_a_named_party_is_the_storys(mentions_of, text, words) -> None:
    found = mentions_of(text, "2016-09-20")
    for word in words:
        assert set(_codes(found, word)) == {"ARGPTY"}, (word, _shown(found))


@pytest.mark.parametrize(
    "text",
    [
        "The Mexican government says the shooting of several CIA agents by Federal Police last "
        "month may have been an accident. Mexican Interior Minister Alexandro Poire confirmed "
        "that Federal Police attacked a diplomatic vehicle with CIA personnel inside. US "
        "officials in Mexico and Washington declined to comment.",
        "Mexico's interior ministry said Federal Police fired on a car carrying two US "
        "diplomats near Mexico City. The United States asked Mexico for an inquiry.",
        "Federal Police detained two American tourists in Acapulco, Mexico, the US embassy said. "
        "Mexican officials said the Americans were released.",
    ],
)
def test_federal_police_are_the_one_story_country_that_has_them(mentions_of, text) -> None:
    """Round 114: "Federal Police attacked a diplomatic vehicle with CIA personnel" in a story
    of Mexico and the United States, which has no Federal Police, was left uncoded."""
    found = mentions_of(text, "2012-09-05")
    codes = _codes(found, "Federal Police")
    assert codes and set(codes) == {"MEXCOP"}, _shown(found)


def test_federal_police_stay_uncoded_where_no_story_country_has_them(mentions_of) -> None:
    """Guard: a story of the United States and Britain names no country's Federal Police."""
    text = (
        "Federal Police questioned the two men, the State Department said. The United States "
        "and Britain asked for details, US and British officials in London said."
    )
    found = mentions_of(text, "2012-09-05")
    assert _codes(found, "Federal Police") == [None], _shown(found)


def test_the_federal_police_attack_is_an_event(events_at) -> None:
    text = (
        "The Mexican government says the shooting of several CIA agents by Federal Police last "
        "month may have been an accident. Mexican Interior Minister Alexandro Poire confirmed "
        "that Federal Police attacked a diplomatic vehicle with CIA personnel inside. US "
        "officials in Mexico and Washington declined to comment."
    )
    found = events_at(text, "2012-09-05")
    assert ("MEXCOP", "19", "USASPY") in _events(found), _events(found)


# -- 4. the Paraguayan People's Army ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The government of Paraguay argued the law would help it fight the guerrilla "
            "insurgents of the Paraguayan People's Army (EPP). The attack is believed to have "
            "been carried out by the EPP.",
            ["Paraguayan People's Army", "EPP"],
        ),
        (
            "President Horacio Cartes said the EPP guerrillas killed five guards.",
            ["EPP guerrillas"],
        ),
        ("Paraguay blamed the EPP for the kidnapping of a rancher in Concepcion.", ["EPP"]),
    ],
)
def test_the_epp_is_paraguays_armed_group(mentions_of, text, words) -> None:
    found = mentions_of(text, "2013-08-22")
    for word in words:
        assert set(_codes(found, word)) == {"PRYREB"}, (word, _shown(found))


def test_the_epp_of_the_european_parliament_is_no_paraguayan_rebel(mentions_of) -> None:
    found = mentions_of("The EPP won the most seats in the European Parliament in Brussels.")
    assert "PRYREB" not in _codes(found, "EPP"), _shown(found)


# -- 5. the press at large -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Hillary Clinton visited the memorial in Washington. Members of the conservative press "
            "accused Clinton of implying police officers were racist.",
            "conservative press",
        ),
        ("Donald Trump spoke in Ohio. The media ignored his remarks, Trump said.", "media"),
        (
            "Clinton spoke in Iowa and Ohio. The press criticized her silence on the emails.",
            "press",
        ),
    ],
)
def test_the_press_at_large_is_the_storys(mentions_of, text, words) -> None:
    found = mentions_of(text, "2016-07-14")
    assert _codes(found, words) == ["USAMED"], _shown(found)


def test_the_conservative_press_accusing_clinton_is_an_event(events_at) -> None:
    text = (
        "Hillary Clinton visited the memorial in Washington. Members of the conservative press "
        "accused Clinton of implying police officers were racist."
    )
    found = events_at(text, "2016-07-14")
    assert ("USAMED", "11", "USAPTY") in _events(found), _events(found)


def test_the_newspaper_is_never_guessed(mentions_of) -> None:
    """Guard: one outlet the story never named keeps no code."""
    found = mentions_of("Donald Trump spoke in Ohio. The newspaper did not say who paid for it.")
    assert _codes(found, "newspaper") in ([], [None]), _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bernie Sanders found ways to press his agenda in the Senate in Washington.", "press"),
        (
            "Sanders and Clinton repeated the attacks they have been airing in the media since "
            "their last debate in New York.",
            "media",
        ),
        ("Donald Trump spoke in Ohio. Social media has spread the rumor further.", "Social media"),
    ],
)
def test_a_verb_a_medium_and_social_media_are_no_press(mentions_of, text, words) -> None:
    """Guards: "to press his agenda" is a verb; "airing in the media" says where; social media
    are platforms, no press."""
    found = mentions_of(text, "2016-04-15")
    assert "USAMED" not in _codes(found, words), _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Zetas were led by Miguel Trevino until his arrest in Mexico.", "Miguel Trevino"),
        (
            "Heriberto Lazcano has led the Zetas since 2003, police in Mexico said.",
            "Heriberto Lazcano",
        ),
    ],
)
def test_a_passive_or_perfect_leading_is_leading(mentions_of, text, name) -> None:
    found = mentions_of(text, "2013-07-16")
    assert set(_codes(found, name)) == {"MEXCRM"}, _shown(found)
