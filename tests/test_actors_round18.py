"""Actor kinds of blind-audit round 18: a former office-holder named "ex-president" inside the
phrase or "the former governor" after it coded as serving; a body part ("the back of the head")
and banknote paper coded as actors; an inheriting sector leaking into a code ("USA*CVL"); a
capital named as the city coded as its government; a person's voters or company coded as the
person; "their" given to the group that reports, not the one that owns. Each kind: the audited
input, two paraphrases and the case that stays."""

from __future__ import annotations

import pytest


def _codes(mentions, text):
    return [m.code for m in mentions if m.text == text]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Brazilian ex-president José Sarney is under investigation.", "Brazilian ex-president "
         "José Sarney", "BRAELI"),
        ("Howard Dean, the former governor of Vermont, spoke on Thursday.", "Howard Dean",
         "USAELI"),
        ("Mexican ex-president Felipe Calderon criticized the plan.", "Mexican ex-president "
         "Felipe Calderon", "MEXELI"),
    ],
)  # fmt: skip
def test_a_former_office_holder_is_an_elite(mentions_of, text, name, code) -> None:
    assert _codes(mentions_of(text, "2017-04-12"), name) == [code]


def test_a_serving_president_stays_government(mentions_of) -> None:
    mentions = mentions_of("Brazilian President Michel Temer spoke.", "2017-04-12")
    assert _codes(mentions, "Brazilian President Michel Temer") == ["BRAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "She threw a Bible at an agent, hitting him in the back of the head.",
        "The officer was shot in the head during the raid.",
        "A stone struck the protester on the head.",
    ],
)
def test_a_body_part_is_no_actor(mentions_of, text) -> None:
    assert _codes(mentions_of(text), "head") == []


def test_the_head_of_a_body_stays_a_title(mentions_of) -> None:
    mentions = mentions_of("The head of the commission resigned.")
    assert [m.text for m in mentions if "head" in m.text]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported the deal. Venezuela imports the paper used to print bolivars.",
        "Reuters reported the seizure. The paper the money is printed on is worth more.",
        "Reuters reported the theft. Counterfeiters bleach the paper and reprint it.",
    ],
)
def test_banknote_paper_is_no_outlet(mentions_of, text) -> None:
    assert _codes(mentions_of(text), "paper") == []


def test_the_paper_that_reports_stays_the_outlet(mentions_of) -> None:
    mentions = mentions_of("Reuters reported the deal. The paper said the deal was signed.")
    assert _codes(mentions, "paper") == ["GBRMED"]


@pytest.mark.parametrize(
    "text",
    [
        "Pollsters have offered fewer caveats to Trump's lead than they did in Iowa.",
        "Pollsters in New Hampshire expect a close race.",
        "Republican pollsters were surprised by the turnout.",
    ],
)
def test_no_code_holds_an_inheritance_mark(mentions_of, text) -> None:
    assert not any("*" in (m.code or "") for m in mentions_of(text))


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "While Mexico City has long been the prize possession, criminal groups have also "
            "sought access to other airports.",
            "Mexico City",
        ),
        ("Bogota's main wildlife rehabilitation center receives 350 animals a month.", "Bogota"),
        ("Moscow's streets were empty on Sunday.", "Moscow"),
    ],
)
def test_a_capital_named_as_the_city_is_no_government(mentions_of, text, city) -> None:
    assert all(not (c or "").endswith("GOV") for c in _codes(mentions_of(text), city))


def test_a_capital_that_acts_stays_the_government(mentions_of) -> None:
    mentions = mentions_of("Moscow is unwilling to defend its ally. Beijing's decision angered "
                           "Washington.")  # fmt: skip
    assert _codes(mentions, "Moscow") == ["RUSGOV"]
    assert _codes(mentions, "Beijing") == ["CHNGOV"]


@pytest.mark.parametrize(
    ("text", "noun", "code"),
    [
        ("In July alone, $495,000 went to Trump's company that owns the plane.", "company",
         "USABUS"),
        ("Trump's voters want him to win.", "voters", "USACVL"),
        ("President Obama's voters stayed home.", "voters", "USACVL"),
    ],
)  # fmt: skip
def test_a_persons_people_are_their_own(mentions_of, text, noun, code) -> None:
    assert _codes(mentions_of(text), noun) == [code]


@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        ("Mexican authorities said the Knights Templar lost their leader on Sunday.",
         "Knights Templar", "MEXCRM"),
        ("Colombian police said the FARC had moved their camps.", "FARC", "COLREB"),
        ("Salvadoran officials said MS13 had changed their tactics.", "MS13", "SLVCRM"),
    ],
)  # fmt: skip
def test_their_is_the_owning_subjects(mentions_of, text, group, code) -> None:
    mentions = mentions_of(text, "2014-03-21")
    assert _codes(mentions, group) == [code]
    assert _codes(mentions, "their") == [code]


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("The drug lord Servando Gomez, alias La Tuta, is on the run. La Tuta was seen in "
         "Michoacan.", "La Tuta"),
        ("Ovidio Guzman, alias El Raton, was extradited. El Raton ran the family's business.",
         "El Raton"),
        ("Dairo Antonio Usuga, known as Otoniel, was captured. Otoniel led the Clan del Golfo.",
         "Otoniel"),
    ],
)  # fmt: skip
def test_an_alias_names_the_same_person(mentions_of, text, alias) -> None:
    mentions = mentions_of(text)
    named = [m.actor for m in mentions if m.kind == "person" and m.text.endswith(alias)]
    assert named
    assert alias not in named
