"""Kinds of blind-audit rounds 45 (fresh seed 38) and 46 (seed 1), both on 4f2da19 (session
2026-12-03f): each kind, the input and two paraphrases of our own (a guard where the old code
already passed).

Events: a state's own forces are what it deploys, not whom; an appeal for aid goes to whom it
asks, never to whom the aid is for ("raising money for her"); an "if" clause in the past
subjunctive makes its sentence unreal; a politician "prosecuting" a rival at a debate argues,
as criticism; what a law or designation allows, authorizes or enables is not done; a
resignation accepted is nothing yielded; what jets, drones or helicopters do is aerial (195; the
new-user trial's "Turkish jets shot down a Russian warplane" was 193).
Actors: a bare surname two people share is the one the article's bare surnames have stood
for, unless the other was named in the same sentence.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Mexican President Felipe Calderon deployed close to 50,000 troops to violence-plagued "
        "areas.",
        "Colombian President Juan Manuel Santos sent 2,000 soldiers to the border region.",
        "Brazil's government deployed federal police officers to the favelas of Rio.",
    ],
)
def test_a_state_s_own_forces_are_what_it_sends(events_at, text) -> None:
    """Round 45: "Calderon deployed close to 50,000 troops" had the troops (MEXMIL) as target."""
    found = events_at(text, "2012-01-20")
    assert [e for e in found if e.target.code and e.target.code[3:] in ("MIL", "COP")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Virginia Sen. Tim Kaine — a front-runner to be Hillary Clinton's running mate — has "
        "also been raising money for Hillary Clinton.",
        "Texas Governor Rick Perry raised money for Mitt Romney in 2012.",
        "Senator Elizabeth Warren has been raising cash for Hillary Clinton in Massachusetts.",
    ],
)
def test_raising_money_for_someone_is_no_appeal_to_them(events_at, text) -> None:
    """Round 46: Kaine "raising money for her" was Kaine appealing to Clinton for aid (0231)."""
    assert [e.cameo for e in events_at(text, "2016-07-08") if e.cameo.startswith("02")] == []


def test_an_appeal_for_aid_still_goes_to_whom_it_asks(events_at) -> None:
    found = events_at("Haiti asked the United States for aid on Monday.", "2016-07-08")
    assert [(e.source.code, e.cameo[:2], e.target.code) for e in found] == [("HTI", "02", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump told voters that if Iran were a stock, he would advise buying it.",
        "If the talks had failed, Russia would have attacked Ukraine.",
        "If they were in power, the Syrian rebels would attack the Syrian army.",
    ],
)
def test_a_counterfactual_if_makes_its_sentence_unreal(events_at, text) -> None:
    """Round 45: "if Iran were a stock, he would advise buying it" coded 0311 with Iran."""
    assert events_at(text, "2016-01-20") == []


def test_a_real_condition_is_still_a_threat(events_at) -> None:
    found = events_at("Russia will attack Ukraine if the talks fail.", "2016-01-20")
    assert [e.cameo[:2] for e in found] == ["13"]


@pytest.mark.parametrize(
    "text",
    [
        "Democratic front-runner Hillary Clinton aggressively prosecuted Sen. Bernie Sanders on "
        "issues from gun control to health care.",
        "Republican candidate Ted Cruz prosecuted Donald Trump's record at the debate.",
        "Republican candidate Marco Rubio prosecuted Donald Trump on his business record.",
    ],
)
def test_a_candidate_prosecuting_a_rival_criticizes(events_at, text) -> None:
    """Round 45: Clinton "aggressively prosecuted" Sanders at a debate was an arrest (173)."""
    assert [e.cameo for e in events_at(text, "2016-01-18")] == ["111"]


def test_prosecutors_still_prosecute(events_at) -> None:
    found = events_at(
        "Federal prosecutors in Texas prosecuted the Mexican trafficker Juan Perez.", "2016-01-18"
    )
    assert [e.cameo[:2] for e in found] == ["17"]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. president Obama designated the Zetas a transnational criminal organization, "
        "allowing the Justice Department to seize the group's assets.",
        "The law allows the police to arrest the Zetas' leaders.",
        "The Mexican Congress authorized the army to attack the Zetas.",
    ],
)
def test_what_is_allowed_is_not_done(events_at, text) -> None:
    """Round 45: "allowing the Justice Department to seize the group's assets" coded 171."""
    found = events_at(text, "2012-07-25")
    assert [e for e in found if e.cameo[:2] in ("17", "18", "19")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's Attorney General Arturo Chavez resigned. After accepting Chavez's "
        "resignation, President Felipe Calderon nominated Marisela Morales.",
        "Mexican President Felipe Calderon accepted the resignation of Attorney General Arturo "
        "Chavez on Thursday.",
        "Colombian President Juan Manuel Santos accepted Defense Minister Juan Carlos Pinzon's "
        "resignation.",
    ],
)
def test_an_accepted_resignation_yields_nothing(events_at, text) -> None:
    """Round 45's extract diff: "After accepting Chavez's resignation" coded 080 (yield)."""
    assert [e.cameo for e in events_at(text, "2011-09-08") if e.cameo.startswith("08")] == []


CLINTONS = (
    "Democratic front-runner Hillary Clinton debated Bernie Sanders on Sunday. Clinton put "
    "Sanders on the defensive. Clinton said there was no daylight between them. Clinton used "
    "the exchange to drive a wedge.\n\n"
    "Andrea Mitchell raised the issue of Bill Clinton's affairs. \"His behavior was "
    'deplorable," Sanders said of Bill Clinton.\n\n'
)


@pytest.mark.parametrize(
    "last",
    [
        "Sunday morning, Clinton slammed the shift and accused Sanders of a flip-flop.",
        "Clinton also has called on Sanders to join her in supporting new legislation.",
        "At that, Clinton criticized Sanders.",
    ],
)
def test_a_shared_surname_is_the_story_s_person(mentions_of, last) -> None:
    """Round 45: after "Sanders said of Bill Clinton", every later "Clinton" was Bill's."""
    found = [m for m in mentions_of(CLINTONS + last, "2016-01-18") if m.text == "Clinton"]
    assert found[-1].actor == "Hillary Clinton"


def test_a_namesake_named_in_the_same_sentence_is_that_one(mentions_of) -> None:
    text = CLINTONS + "Bill Clinton spoke later; Clinton said he was proud of her."
    found = [m for m in mentions_of(text, "2016-01-18") if m.text == "Clinton"]
    assert found[-1].actor == "Bill Clinton"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets shot down a Russian warplane near the Syrian border in November.",
        "Israeli drones struck a Hamas post in Gaza on Tuesday.",
        "Syrian helicopters attacked rebel fighters of the Free Syrian Army on Monday.",
    ],
)
def test_what_aircraft_do_is_aerial(events_at, text) -> None:
    """New-user trial: "Turkish jets shot down a Russian warplane" was 193 (small arms)."""
    found = events_at(text, "2016-03-10")
    assert found and all(e.cameo == "195" for e in found)


def test_soldiers_fight_on_the_ground(events_at) -> None:
    found = events_at("Turkish soldiers attacked Kurdish rebels on Monday.", "2016-03-10")
    assert [e.cameo for e in found] == ["190"]
