"""Pronoun and namesake kinds of the blind audit of round 111 (fresh news); each kind, the
input, two paraphrases of our own, and a guard for the reading the rule must keep.

* a bare surname whose own sentence names a namesake as "his wife, Hillary Clinton" is the
  other namesake, of the possessive's gender (:mod:`dyads.actors.namesakes`);
* a bare surname that stood for one namesake while the nearest full name is the other, with
  nothing in the sentence to tell them apart, is left uncoded;
* a pronoun inside a sentence's opening participial phrase is the person named right after
  the phrase (:mod:`dyads.actors.participle_cataphors`);
* a plural pronoun in a fronted adverbial clause ("Perhaps so that we can see them, …, the gang
  members …") is the group named as the subject after it, unless the sentence before names a
  plural group too (then no one);
* a group named only inside a bracketed aside is no antecedent of a "they" after it, which is
  left open when an uncoded plural ("a parents' meeting") opens the sentence
  (:mod:`dyads.actors.bracket_asides`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _actors(found: list[Any], text: str) -> list[str | None]:
    return [m.actor for m in found if m.text == text]


_BROADDRICK = (
    "A woman who has accused former President Bill Clinton of rape said Sunday night that "
    "Clinton was trying to strike up a date with her weeks after he had sexually assaulted her. "
    "She also described an interaction with Hillary Clinton that she interpreted meant Hillary "
    "Clinton knew about the incident and was covering it up.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _BROADDRICK + "She has gone public with her story again as Clinton has emerged to play a "
        "role in the campaign of his wife, Hillary Clinton, as she pursues the nomination.",
        "Former President Bill Clinton spoke in Iowa. Hillary Clinton spoke in Ohio. On Monday, "
        "Clinton campaigned for his wife, Hillary Clinton, in New Hampshire.",
        "Hillary Clinton spoke in Iowa on Sunday. Former President Bill Clinton stayed home. "
        "Later, Clinton appeared at a rally beside her husband, Bill Clinton, in Des Moines.",
    ],
)
def test_a_surname_beside_his_wife_named_is_the_other_namesake(mentions_of, text) -> None:
    found = mentions_of(text, "2016-01-18")
    last = [m for m in found if m.text == "Clinton"][-1]
    wife = "his wife" in text
    assert last.actor == ("Bill Clinton" if wife else "Hillary Clinton"), [
        (m.text, m.actor) for m in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        _BROADDRICK + "Juanita Broaddrick, who said Clinton raped her in 1978, recounted the "
        "incident on the radio.",
        "Former President Bill Clinton spoke in Iowa. Clinton was in a good mood. Hillary Clinton "
        "spoke in Ohio on the same day.\n\nThe aide said Clinton called her twice in 1998.",
        "Former President Bill Clinton attended the dinner. Clinton was late. Hillary Clinton "
        "sent a note.\n\nA reporter said Clinton had left early.",
    ],
)
def test_a_surname_no_sentence_can_tell_is_left_uncoded(mentions_of, text) -> None:
    found = mentions_of(text, "2016-01-18")
    last = [m for m in found if m.text == "Clinton"][-1]
    assert last.code is None and last.actor not in ("Hillary Clinton", "Bill Clinton"), [
        (m.text, m.actor, m.code) for m in found
    ]


def test_a_surname_after_one_namesake_only_stays_hers(mentions_of) -> None:
    """Guard: a bare surname that always stood for the nearest namesake keeps it."""
    found = mentions_of(
        "Former President Bill Clinton spoke in Iowa. Hillary Clinton spoke in Ohio. Clinton "
        "said the economy was improving.\n\nLater, Clinton told reporters she would win.",
        "2016-01-18",
    )
    assert _actors(found, "Clinton")[-1] == "Hillary Clinton"


# -- a pronoun in an opening participial phrase -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The French priest was killed in Normandy. Hastily politicizing the tragedy in Nice "
            "― much like he did after the deadly attacks in Paris in January of last year ― "
            "Trump cast the blame on his democratic rivals in the U.S.",
            "Donald Trump",
        ),
        (
            "The pope met the victims in Rome. Speaking in Ohio, as he had done after the attack "
            "in Orlando, Trump blamed his rivals for the killings.",
            "Donald Trump",
        ),
        (
            "Jeb Bush spoke on Monday. Asked whether he would run again, Obama said no.",
            "Barack Obama",
        ),
    ],
)
def test_a_pronoun_in_an_opening_participle_is_the_subject_after(mentions_of, text, actor) -> None:
    found = mentions_of(text, "2016-08-03")
    pronouns = [m for m in found if m.text == "he"]
    assert pronouns and all(m.actor == actor for m in pronouns), [(m.text, m.actor) for m in found]


def test_a_participle_naming_its_own_person_keeps_the_pronoun(mentions_of) -> None:
    """Guard: "Meeting Obama after he won, Trump …": "he" is not the subject after."""
    found = mentions_of(
        "Donald Trump spoke in Ohio. Praising Barack Obama after he won the prize, Hillary "
        "Clinton said the party was united.",
        "2016-08-03",
    )
    assert "Hillary Clinton" not in _actors(found, "he")


# -- a plural pronoun in a fronted adverbial clause -------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        (
            "Police are looking for two suspects from the MS. *** Perhaps so that we can see "
            "them, or maybe because they don't care at all if we see them, the gang members that "
            "control this place pass a pistol from hand to hand.",
            "them",
        ),
        (
            "The mayor spoke on Monday. Perhaps so that the mayor can see them, the gang members "
            "sit in the plaza.",
            "them",
        ),
        (
            "The mayor spoke on Monday. Because they feared reprisals, the gang members stayed "
            "inside.",
            "they",
        ),
    ],
)
def test_a_plural_in_a_fronted_clause_is_the_group_after(mentions_of, text, pronoun) -> None:
    found = mentions_of(text)
    pronouns = [m for m in found if m.text == pronoun]
    assert pronouns and all(m.actor == "gang members" for m in pronouns), [
        (m.text, m.actor) for m in found
    ]


def test_a_plural_group_just_before_leaves_the_fronted_pronoun_open(mentions_of) -> None:
    """Guard: "Protesters gathered. While they marched, the police watched": not the police."""
    found = mentions_of(
        "Protesters gathered in the square. While they marched, the police watched from the "
        "rooftops."
    )
    assert "police" not in {m.actor for m in found if m.text == "they"}


def test_them_after_the_group_is_not_the_group(mentions_of) -> None:
    """Guard: "Because they were late, the police arrested them": "they" are the smugglers."""
    found = mentions_of(
        "The smugglers crossed the river at night. Because they were late, the police arrested "
        "them."
    )
    assert {m.actor for m in found if m.text == "they"} == {"criminals"}


# -- a group named only inside a bracketed aside ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Edwin, representing Barrio 18, said: "There will no longer be any bloodshed". And '
        "people applauded. *** Today there is a parents' meeting in the Colonia Las Canas school "
        "[located in a long-time dangerous neighborhood controlled by and divided between the "
        "MS-13 and Barrio 18], where they will discuss the important point of student security.",
        "The Zetas run the area. There is a neighbors' assembly in the community hall [in a "
        "district controlled by the Zetas], where they will vote on security.",
        "Gangs fight over the town. Today there is a parents' meeting at the Santa Ana school (in "
        "an area disputed by the MS-13 and Barrio 18), where they will discuss the new fences.",
    ],
)
def test_they_after_an_aside_is_not_the_aside_s_group(mentions_of, text) -> None:
    found = mentions_of(text)
    assert not [m for m in found if m.text == "they" and m.code], [
        (m.text, m.actor, m.code) for m in found
    ]


def test_a_group_outside_the_aside_keeps_its_they(mentions_of) -> None:
    """Guard: "The FARC (a Marxist rebel group) said they …" is the FARC."""
    found = mentions_of("The FARC (a Marxist rebel group) said they would disarm next year.")
    assert {m.code for m in found if m.text == "they"} == {"COLREB"}
