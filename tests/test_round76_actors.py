"""Actor kinds of blind-audit round 76 (seed 57); each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

A body word of a named group outside the state ("ELN leadership") is the group's. Leaders of
unions or companies take that sector, never the government's. An office won or sought ("wins
the presidency", "a White House bid") and an event's time ("the opening night of the …
Convention") are no actors. A country's possessive on a state body ("Mexico's vehicle
protection agency") gives the body's mention. A capital owning a neighbourhood is a place. A
former state's demonym ("Soviet dissident") and classes set against each other ("between
workers and peasants") do not take the article's country. Countries named as a homeland, in a
region's bracketed list or as land reforested are places.
"""

from __future__ import annotations

import pytest


def _codes(mentions, text: str) -> list[str | None]:
    """The codes of the mentions whose text is ``text``."""
    found = [m.code for m in mentions if m.text == text]
    assert found, [(m.text, m.code) for m in mentions]
    return found


def _code(mentions, text: str) -> str | None:
    """The code of the one mention whose text is ``text``."""
    found = _codes(mentions, text)
    assert len(found) == 1, [(m.text, m.code) for m in mentions]
    return found[0]


# --- 1. a named group's leadership is the group's ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "ELN leadership got a significant boost when the rebels met in Havana.",
            "ELN leadership",
            "COLREB",
        ),
        # paraphrases of our own
        ("The Sinaloa Cartel's leadership was decimated by arrests.", "Sinaloa Cartel's leadership",
         "MEXCRM"),
        ("ELN commanders said the talks in Quito were over.", "ELN commanders", "COLREB"),
    ],
)  # fmt: skip
def test_a_named_groups_leadership_is_the_group(mentions_of, text, words, code) -> None:
    """Round 76: "ELN leadership" COLGOV."""
    assert _code(mentions_of(text), words) == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("The Colombian leadership rejected the offer.", "Colombian leadership", "COLGOV"),
        ("The Kremlin leadership rejected the offer.", "Kremlin leadership", "RUSGOV"),
        ("Hamas authorities closed the crossing.", "Hamas authorities", "PSEGOV"),
    ],
)
def test_a_states_leadership_stays_the_government(mentions_of, text, words, code) -> None:
    assert _code(mentions_of(text), words) == code


# --- 2. leaders of unions and companies -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "In Washington, under AFL-CIO procedures, an endorsement by the executive council "
            "needs to be ratified by leaders of the federation’s member unions.",
            "leaders",
            "USALAB",
        ),
        # paraphrases of our own
        ("In Washington, the leader of the union said workers would strike.", "leader", "USALAB"),
        (
            "In Chicago, the deal must be approved by leaders of the local unions.",
            "leaders",
            "USALAB",
        ),
    ],
)
def test_leaders_of_unions_are_labour(mentions_of, text, words, code) -> None:
    """Round 76: "leaders of the federation's member unions" USAGOV."""
    assert _code(mentions_of(text), words) == code


def test_leaders_of_a_union_of_states_are_not_labour(mentions_of) -> None:
    mentions = mentions_of("In Washington, the president of the European Union spoke.")
    assert _code(mentions, "president") == "IGOEUREEC"


# --- 3. an office won or sought, an event's time ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In Washington, Trump said he would make Icahn secretary of the Treasury if he wins "
            "the presidency.",
            "presidency",
        ),
        ("Mark Cuban: I'd consider a future White House bid.", "White House"),
        (
            "On the opening night of the Republican National Convention here, lawmakers cheered.",
            "Republican National Convention",
        ),
        # paraphrases of our own
        ("In Washington, Clinton hopes to win the presidency in November.", "presidency"),
        ("Sanders said he was weighing his White House run.", "White House"),
        (
            "On the last day of the Democratic National Convention, delegates cheered.",
            "Democratic National Convention",
        ),
    ],
)
def test_an_office_sought_or_an_events_time_is_no_actor(mentions_of, text, words) -> None:
    """Round 76: "presidency" and "White House" USAGOV, the convention USAPTY."""
    # the office may leave no mention at all, or one with no code
    assert all(m.code is None for m in mentions_of(text) if m.text == words)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("In Washington, the presidency said it would veto the bill.", "presidency", "USAGOV"),
        ("The White House bid to pass the bill failed.", "White House", "USAGOV"),
        (
            "A resolution of the Republican National Convention condemned the deal.",
            "Republican National Convention",
            "USAPTY",
        ),
    ],
)
def test_the_office_acting_stays_an_actor(mentions_of, text, words, code) -> None:
    assert _code(mentions_of(text), words) == code


# --- 4. a country's possessive on a state body ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "However, Mexico's vehicle protection agency has claimed the trade is worth $11 "
            "billion.",
            "Mexico's vehicle protection agency",
            "MEXGOV",
        ),
        # paraphrases of our own
        (
            "Colombia's anti-kidnapping office said the number fell.",
            "Colombia's anti-kidnapping office",
            "COLGOV",
        ),
        ("Guatemala's customs agency seized the cargo.", "Guatemala's customs agency", "GTMGOV"),
    ],
)
def test_a_countrys_state_body_is_the_bodys_mention(mentions_of, text, words, code) -> None:
    """Round 76: "Mexico" coded MEX as the actor."""
    assert _code(mentions_of(text), words) == code


def test_a_country_owning_a_thing_stays_no_actor(mentions_of) -> None:
    assert _code(mentions_of("Mexico's institutions are weak."), "Mexico") is None


# --- 5. a capital owning a neighbourhood is a place -------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tepito is Mexico City's most emblematic 'barrio bravo'.", "Mexico City"),
        # paraphrases of our own
        ("Mexico City's poorest district saw more killings.", "Mexico City"),
        ("Bogota's historic quarter is crowded with tourists.", "Bogota"),
    ],
)
def test_a_capital_owning_a_neighbourhood_is_a_place(mentions_of, text, words) -> None:
    """Round 76: "Mexico City" MEXGOV."""
    assert _code(mentions_of(text), words) is None


def test_a_capital_that_speaks_stays_the_government(mentions_of) -> None:
    mentions = mentions_of("Mexico City said it would ban cars.")
    assert _code(mentions, "Mexico City") == "MEXGOV"


# --- 6. a former state's demonym; classes set against each other ------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In Washington, Soviet dissident Milovan Djilas referred to the \"New Class.\"",
            "dissident Milovan Djilas",
        ),
        # paraphrases of our own
        ("In Washington, Yugoslav dissident Milovan Djilas wrote a book.",
         "dissident Milovan Djilas"),
        ("In Washington, Soviet dissident Andrei Sakharov was honoured.",
         "dissident Andrei Sakharov"),
    ],
)  # fmt: skip
def test_a_former_states_dissident_is_not_the_articles_country(mentions_of, text, words) -> None:
    """Round 76: Djilas USAOPP."""
    assert _code(mentions_of(text), words) is None


def test_a_known_nationality_stays(mentions_of) -> None:
    mentions = mentions_of("In Washington, Russian dissident Alexei Navalny spoke.")
    assert _code(mentions, "Russian dissident Alexei Navalny") == "RUSOPP"


@pytest.mark.parametrize(
    "text",
    [
        "In Washington, socialist equality was supposed to eliminate the distinction between "
        "workers and peasants and their capitalist exploiters.",
        # paraphrases of our own
        "In Washington, the deal widened the gap between workers and managers.",
        "In Washington, the essay drew a line between workers and owners.",
    ],
)
def test_classes_set_against_each_other_take_no_country(mentions_of, text) -> None:
    """Round 76: "workers" USALAB in an essay on socialism."""
    assert all(code is None for code in _codes(mentions_of(text), "workers"))


def test_workers_who_act_keep_the_articles_country(mentions_of) -> None:
    mentions = mentions_of("In Washington, workers went on strike.")
    assert _code(mentions, "workers") == "USALAB"


# --- 7. countries as places -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "He is facing drug trafficking charges in his home country of Nicaragua.",
            "Nicaragua",
        ),
        (
            "Gangs operate across the Northern Triangle nations (El Salvador, Guatemala and "
            "Honduras).",
            "Guatemala",
        ),
        (
            "Illegal logging continues in Costa Rica in the context of successful government "
            "policies to reforest the country.",
            "the country",
        ),
        # paraphrases of our own
        ("She returned to her native country of Honduras last year.", "Honduras"),
        (
            "Migrants flee from the Northern Triangle countries (El Salvador, Guatemala and "
            "Honduras).",
            "El Salvador",
        ),
        ("The plan is to deforest the country within a decade, critics in Brazil say.",
         "the country"),
    ],
)  # fmt: skip
def test_a_country_as_a_place_is_no_actor(mentions_of, text, words) -> None:
    """Round 76: NIC, GTM, CRI."""
    assert _code(mentions_of(text), words) is None


def test_countries_listed_as_actors_keep_their_code(mentions_of) -> None:
    mentions = mentions_of(
        "The leaders of three countries (El Salvador, Guatemala and Honduras) met."
    )
    assert _code(mentions, "Guatemala") == "GTM"
