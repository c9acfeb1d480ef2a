"""Actor kinds of the blind audit of round 111 (fresh news); each kind, the input, two
paraphrases of our own, and a guard for the reading the rule must keep.

* former office-holders the words around the name show ("former Carter adviser Alfred Kahn",
  "the former governor of Minnesota and a Republican presidential candidate in 2012", "at the
  time, chairman of the House Ways and Means Committee") are ELI, not a serving or party sector
  (:mod:`dyads.actors.former_words`);
* the head of an antinarcotics police the tagger misread is the police's (:mod:`.phrase`);
* an office run for ("while he was running for governor") is no actor (:mod:`.offices`);
* a country named as where refugees come from is a place (:mod:`.scenes`);
* "It is also worth considering …" is an expletive "it" (:mod:`.pronouns`);
* unnamed critics who say something are no opposition (:mod:`.bare_critics`);
* a country ending a programme's name ("Plan Secure El Salvador") is no actor, nor the "it" of
  the programme (:mod:`.name_parts`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


def _actor_codes(found: list[Any], actor: str) -> set[str | None]:
    return {m.code for m in found if m.actor == actor}


# -- 1. former office-holders by the words around the name -------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The U.S. Democratic Party turned on labor. Jimmy Carter appointed a Federal Reserve "
            "chairman bent on breaking union power. "
            "Frank quotes former Carter adviser Alfred Kahn: the rednecks do not deserve high "
            "wages. There is a moral judgment embedded in Kahn's econo-speak.",
            "Alfred Kahn",
        ),
        (
            "The book on U.S. politics quotes former Reagan aide Michael Deaver on the campaign. "
            "Deaver said the convention had been a show.",
            "Michael Deaver",
        ),
        (
            "The panel heard from former Obama adviser David Plouffe, who said the party had "
            "lost its way.",
            "David Plouffe",
        ),
    ],
)
def test_former_before_a_named_modifier_is_an_elite(mentions_of, text, actor) -> None:
    found = mentions_of(text, "2016-03-23")
    assert _actor_codes(found, actor) == {"USAELI"}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "''If it were just Trump versus Rubio, Rubio would win that,'' said Tim Pawlenty, "
            "the former governor of Minnesota and a Republican presidential candidate in 2012.",
            "Tim Pawlenty",
        ),
        (
            "Rubio could still win, said Rick Santorum, the former senator from Pennsylvania and "
            "a Republican presidential candidate in 2012.",
            "Rick Santorum",
        ),
        (
            "The first grim sign came in 2014. Dave Camp, a broadly respected Republican and, "
            "at the time, chairman of the House Ways and Means Committee, spent months crafting "
            "a bipartisan plan. Jettisoning the limitations that constrained Mr. Camp, they "
            "looked to cut the top rate.",
            "Dave Camp",
        ),
    ],
)
def test_a_party_man_out_of_office_is_an_elite(mentions_of, text, actor) -> None:
    found = mentions_of(text, "2016-02-25")
    assert _actor_codes(found, actor) == {"USAELI"}, [(m.text, m.code) for m in found]


def test_a_former_governor_running_now_keeps_his_party(mentions_of) -> None:
    """Guard: a race he runs now ("a Republican presidential candidate") is his party's."""
    found = mentions_of(
        "The debate went on, said Jeb Bush, the former governor of Florida and a Republican "
        "presidential candidate.",
        "2016-02-01",
    )
    assert "USAELI" not in _actor_codes(found, "Jeb Bush")


def test_a_serving_adviser_stays_in_government(mentions_of) -> None:
    """Guard: no "former" before the modifier."""
    found = mentions_of("The report quotes Obama adviser Valerie Jarrett on the plan.")
    assert _actor_codes(found, "Valerie Jarrett") != {"USAELI"}


# -- 2. the head of an antinarcotics police --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Argentina have arrested the head of the Cordoba province antinarcotics "
        "police for alleged drug ties.",
        "Argentine prosecutors charged the chief of the Cordoba province antinarcotics police "
        "with taking bribes.",
        "Argentina arrested the director of the Cordoba province antinarcotics police for "
        "alleged drug ties.",
    ],
)
def test_the_head_of_an_antinarcotics_police_is_police(mentions_of, text) -> None:
    found = mentions_of(text)
    codes = {m.code for m in found if m.text in ("head", "chief", "director")}
    assert codes == {"ARGCOP"}, [(m.text, m.code) for m in found]


def test_the_head_of_a_ministry_stays_government(mentions_of) -> None:
    """Guard: the head of a ministry is the government's."""
    found = mentions_of("Argentine authorities arrested the head of the Security Ministry.")
    assert "ARGCOP" not in {m.code for m in found if m.text == "head"}


# -- 3. an office run for ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She has said that the rape took place in 1978, when she met him at a Little Rock, Ark., "
        "event while he was running for governor of Arkansas.",
        "He ran for governor of Texas in 1994 and won.",
        "She announced her campaign for mayor of Chicago on Monday.",
    ],
)
def test_an_office_run_for_is_no_actor(mentions_of, text) -> None:
    found = mentions_of(text)
    assert not [m for m in found if m.text in ("governor", "mayor") and m.code], [
        (m.text, m.code) for m in found
    ]


def test_a_governor_campaigned_for_is_an_actor(mentions_of) -> None:
    """Guard: "campaigned for the governor of Texas" is a person."""
    found = mentions_of("The aide campaigned for the governor of Texas in 2014.")
    assert _codes(found, "governor") == {"USAGOV"}


# -- 4. the country refugees come from ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Millennials want action. They endorse putting body cameras on police officers and "
            "accepting refugees from war-torn countries such as Syria.",
            "Syria",
        ),
        ("Voters backed accepting refugees from countries like Iraq.", "Iraq"),
        ("Germany welcomed migrants from poor nations such as Afghanistan.", "Afghanistan"),
    ],
)
def test_where_refugees_come_from_is_a_place(mentions_of, text, place) -> None:
    assert _codes(mentions_of(text), place) == {None}


def test_a_warning_from_a_country_is_its_own(mentions_of) -> None:
    """Guard: what a country sends is its act."""
    text = "The United States received a warning from countries such as China."
    assert _codes(mentions_of(text), "China") == {"CHN"}


# -- 5. an expletive "it" past adverbs ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States funds the canal's security. It is also worth considering just how "
        "many other weapons may be moving along the canal undetected.",
        "The United States funds the canal. It is also worth noting how many weapons pass "
        "through the locks.",
        "The United States funds the canal. It is perhaps worth asking whether the canal is a "
        "hub for crime.",
    ],
)
def test_an_expletive_it_past_an_adverb_is_no_actor(mentions_of, text) -> None:
    found = mentions_of(text)
    assert not [m for m in found if m.text == "It" and m.code], [(m.text, m.code) for m in found]


def test_it_that_acts_stays_the_country(mentions_of) -> None:
    """Guard: "It also sent troops" is the country."""
    found = mentions_of("Mexico signed the deal. It also sent troops to the border.")
    assert _codes(found, "It") == {"MEX"}


# -- 6. unnamed critics ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El Salvador's government launched the plan. At the same time, critics say the 50 "
        "municipalities that the plan initially targeted were selected based on faulty criteria.",
        "Mexico's president defended the police force. Critics say the force is more about "
        "politics than about security.",
        "The Venezuelan government raised prices. Critics have called the measure cruel.",
    ],
)
def test_unnamed_critics_are_no_opposition(mentions_of, text) -> None:
    found = mentions_of(text)
    critics = [m for m in found if m.text.lower() == "critics"]
    assert critics and all(m.code is None for m in critics), [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nicolas Maduro spoke. His critics in Venezuela were jailed.", "VENOPP"),
        ("The Venezuelan government spoke. Opposition critics say the vote was rigged.", "VENOPP"),
    ],
)
def test_critics_whose_side_is_named_keep_it(mentions_of, text, code) -> None:
    found = mentions_of(text)
    assert {m.code for m in found if "critics" in m.text} == {code}


# -- 7. a country ending a programme's name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Additionally, Cruz said Plan Secure El Salvador could benefit from a comprehensive "
            "assessment to figure out if the program is working, where it's working and where "
            "it needs to be improved.",
            "El Salvador",
        ),
        (
            "Additionally, Cruz said Plan Secure Guatemala could benefit from an assessment to "
            "figure out where it's working.",
            "Guatemala",
        ),
        (
            "Experts said Plan Secure Honduras could benefit from a review to see whether it is "
            "working.",
            "Honduras",
        ),
    ],
)
def test_a_programme_named_for_a_country_is_not_the_country(mentions_of, text, country) -> None:
    found = mentions_of(text)
    assert not [m for m in found if m.text in (country, "it") and m.code], [
        (m.text, m.code) for m in found
    ]


def test_a_country_after_its_plan_stays_an_actor(mentions_of) -> None:
    """Guard: "the plan of El Salvador" and "El Salvador launched a plan" are the country's."""
    found = mentions_of("El Salvador launched a plan, and it will send troops.")
    assert _codes(found, "El Salvador") == {"SLV"}
