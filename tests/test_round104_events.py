"""Blind audit, round 104 (fresh seed 106): event kinds a reviewer judged wrong.

"Trump holds multiple investments in Apple" was coded 061 (economic cooperation): holding
shares is a state, no act between the two. Each input and two paraphrases of our own, beside a
guard that "hold" stays the light verb of talks.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The events the whole pipeline stores for an article."""
    from dyads.records import RawDocument

    def run(text: str, published: str) -> list:
        return pipeline.process(
            RawDocument(source="test", content=text, published=published)
        ).events

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump attacked Boeing in February. Trump holds multiple investments in Boeing, "
        "which combined are worth between $1.1 million and $2.25 million.",
        "Hillary Clinton praised Goldman Sachs. Clinton holds investments in Goldman Sachs.",
        "Senator Ted Cruz criticized Boeing. Cruz holds a large investment in Boeing.",
    ],
)
def test_a_holding_is_no_cooperation(events_of, text) -> None:
    found = events_of(text, "2016-05-18")
    assert [e for e in found if e.root in ("05", "11")]  # the sentence before still codes
    assert not [e for e in found if e.root == "06"]


def test_guard_hold_talks_stays_a_meeting(events_of) -> None:
    found = events_of("Russia held talks with Iran in Geneva on Monday.", "2016-05-18")
    assert ("RUS", "04", "IRN") in {(e.source.code, e.root, e.target.code) for e in found}


# An aim is no threat made (blind audits, rounds 103 and 104): "his office was looking to seize
# properties from traffickers" (131) and "Bukele's administration has sought to prevent
# journalists from carrying out their work" (132) were coded as threats.


@pytest.mark.parametrize(
    "text",
    [
        "One police colonel in Santa Cruz, Bolivia told InSight Crime his office was looking to "
        "seize properties from Bolivian traffickers in order to acquire new office space.",
        "The army is looking to capture FARC rebels in the north of Colombia.",
        "Mexico's government wants to arrest Sinaloa Cartel leaders before the election.",
        "The Salvadoran government has sought to prevent journalists from El Faro from carrying "
        "out their work.",
    ],
)
def test_an_aim_to_do_harm_is_no_threat(events_of, text) -> None:
    assert not [e for e in events_of(text, "2019-05-18") if e.root == "13"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Israel plans to attack Iran.", ("ISR", "13", "IRN")),
        ("Russia threatened to impose sanctions on Ukraine.", ("RUS", "13", "UKR")),
        ("China seeks to improve ties with India.", ("CHN", "03", "IND")),
        ("Russia wants to meet Ukraine in Istanbul.", ("RUS", "03", "UKR")),
    ],
)
def test_guard_a_declared_plan_threatens_and_an_aim_to_cooperate_is_intent(
    events_of, text, fact
) -> None:
    found = events_of(text, "2019-05-18")
    assert fact in {(e.source.code, e.root, e.target.code) for e in found}


# A preposition of time is no particle: "called Donald Trump 'a psychopath' on Sunday" was an
# appeal (020, "call on"), and the quoted epithet, parsed as an apposition, was no criticism
# (round 104's listed missed facts: Plouffe's "a psychopath", Christie's "petulant child").


@pytest.mark.parametrize(
    "text",
    [
        'Senator Bernie Sanders called Donald Trump "a psychopath" on Sunday.',
        'Hillary Clinton called Donald Trump "a psychopath" on Sunday.',
        "Senator Ted Cruz called Donald Trump a liar on Monday.",
        "Chris Christie called President Obama a petulant child for the first time.",
    ],
)
def test_calling_a_name_on_a_day_is_criticism_not_an_appeal(events_of, text) -> None:
    found = events_of(text, "2016-01-05")
    assert not [e for e in found if e.root == "02"]
    assert [e for e in found if e.cameo == "111"]


@pytest.mark.parametrize(
    "text",
    [
        'New Jersey Gov. Chris Christie called President Obama a "petulant child" who is acting '
        '"as if he is a king."',
        "Hillary Clinton called Donald Trump unfit to be president.",
        'Senator Bernie Sanders called Donald Trump "a maniac" in Iowa.',
    ],
)
def test_a_campaign_insult_is_criticism(events_of, text) -> None:
    assert "111" in {e.cameo for e in events_of(text, "2016-01-05")}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Hillary Clinton on Sunday called on Russia to release the sailors.", "02"),
        ("Hillary Clinton called on Russia on Sunday to release the sailors.", "02"),
    ],
)
def test_guard_a_call_on_someone_stays_an_appeal(events_of, text, root) -> None:
    assert root in {e.root for e in events_of(text, "2016-01-05")}


def test_guard_an_apposition_without_quotes_is_no_epithet(events_of) -> None:
    found = events_of("Hillary Clinton called Donald Trump, the nominee, on Sunday.", "2016-01-05")
    assert not [e for e in found if e.root in ("05", "11")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Kharkiv on Monday as if the ceasefire did not exist.",
        "Donald Trump attacked Ted Cruz on Monday as if he were his only rival.",
        "China blockaded Taiwan on Friday as though the island were its province.",
    ],
)
def test_as_if_is_a_likeness_not_a_condition(events_of, text) -> None:
    assert [e for e in events_of(text, "2016-01-05") if e.root in ("11", "17", "18", "19")]


def test_guard_a_condition_stays_hypothetical(events_of) -> None:
    found = events_of("If Russia attacks Ukraine, NATO will defend Poland.", "2016-01-05")
    assert not [e for e in found if e.source.code == "RUS"]


# "Lazio was quickly dismissed by the media and voters as an un-senatorial bumbler": a reception
# by the public, coded 111 from "the media" (blind audit, round 104).


@pytest.mark.parametrize(
    "text",
    [
        "ABC News hosted the debate. She held her ground, and Rick Lazio was quickly dismissed "
        "by the press and voters as an un-senatorial bumbler.",
        "CNN hosted the debate. The press and voters dismissed Ted Cruz as a phony.",
        "CNN hosted the debate. The press and the voters quickly dismissed Marco Rubio as a robot.",
    ],
)
def test_the_media_and_voters_together_are_a_reception(events_of, text) -> None:
    assert not [e for e in events_of(text, "2016-09-01") if e.root == "11"]


def test_guard_a_paper_alone_still_criticises(events_of) -> None:
    found = events_of("The New York Times sharply criticized Ted Cruz on Monday.", "2016-09-01")
    assert "11" in {e.root for e in found}


# A crime group taken apart by force is coercion: "Paraguayan authorities dismantled an armed
# wing of the Red Command" was listed missed (blind audit, round 104).


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Earlier this year, Paraguayan authorities dismantled an armed wing of the Red Command "
         "in another border town.", ("PRYGOV", "BRACRM")),
        ("Paraguayan authorities dismantled a cell of the Red Command.", ("PRYGOV", "BRACRM")),
        ("Brazilian police broke up a Red Command cell.", ("BRACOP", "BRACRM")),
    ],
)  # fmt: skip
def test_a_crime_group_dismantled_is_coerced(events_of, text, pair) -> None:
    found = events_of(text, "2014-05-18")
    assert (pair[0], "17", pair[1]) in {(e.source.code, e.root, e.target.code) for e in found}


def test_guard_a_settlement_dismantled_is_no_coercion(events_of) -> None:
    found = events_of("Israel dismantled the settlement near Hebron.", "2014-05-18")
    assert not [e for e in found if e.root == "17"]


# A ceasefire one side declares goes one way (CAMEO spans, tune half: "Afghan President Ashraf
# Ghani announced a unilateral eight-day ceasefire with the Taliban" coded the Taliban too).


@pytest.mark.parametrize(
    "text",
    [
        "Afghan President Ashraf Ghani announced a unilateral eight-day ceasefire with the "
        "Taliban on Tuesday.",
        "Afghan President Ashraf Ghani declared a ceasefire with the Taliban on Tuesday.",
        "Israel announced a unilateral truce with Hamas on Sunday.",
    ],
)
def test_a_declared_ceasefire_is_one_sides(events_of, text) -> None:
    found = [e for e in events_of(text, "2018-06-07") if e.root == "08"]
    assert found and {e.source.code[:3] for e in found} == {found[0].source.code[:3]}
    assert all(e.source.code in ("AFGGOV", "ISR", "ISRGOV") for e in found)


def test_guard_a_ceasefire_both_agreed_goes_both_ways(events_of) -> None:
    text = "Afghan President Ashraf Ghani and the Taliban agreed to a ceasefire on Tuesday."
    found = events_of(text, "2018-06-07")
    assert {e.source.code for e in found} == {"AFGGOV", "AFGREB"}


# "At a rally in Portsmouth, N.H., he knocked Cruz for not reporting loans" was listed missed
# (blind audit, round 103): "knock X for" is criticism.


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump escalated his attacks on Ted Cruz on Saturday. At a rally in Portsmouth, "
        "N.H., he knocked Cruz for not reporting loans from Goldman Sachs and Citibank.",
        "Donald Trump knocked Ted Cruz on Monday for failing to report the loans.",
        "Hillary Clinton knocked Bernie Sanders for his vote on guns.",
    ],
)
def test_knocking_someone_for_something_is_criticism(events_of, text) -> None:
    assert "111" in {e.cameo for e in events_of(text, "2016-01-17")}


def test_guard_knocking_on_doors_is_no_criticism(events_of) -> None:
    found = events_of("Ted Cruz knocked on doors in Iowa for Donald Trump.", "2016-01-17")
    assert not [e for e in found if e.root == "11"]


# Goods seized or frozen name their owner: "Colombian authorities seized hundreds of millions of
# dollars of assets linked to Alvarez Meyendorff", "have frozen $100 million in assets belonging
# to a major property developer" (blind audits, rounds 102-104: listed missed).


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("In June, Colombian authorities seized hundreds of millions of dollars of assets linked "
         "to the Rastrojos.", ("COLGOV", "17", "COLCRM")),
        ("Colombian police seized 1.5 tons of cocaine belonging to the ELN.",
         ("COLCOP", "17", "COLREB")),
        ("Authorities in Argentina have frozen $100 million in assets belonging to the Sinaloa "
         "Cartel.", ("ARGGOV", "16", "MEXCRM")),
    ],
)  # fmt: skip
def test_goods_seized_name_their_owner(events_at, text, fact) -> None:
    found = events_at(text, "2013-08-10")
    assert fact in {(e.source.code, e.root, e.target.code) for e in found}


def test_guard_goods_with_an_unnamed_owner_give_no_target(events_at) -> None:
    found = events_at(
        "Colombian police seized a house in Cali owned by a businessman.", "2013-08-10"
    )
    assert not found


# Pressure stepped up is a demand only with what is demanded: "as it ratchets up the pressure on
# Mexico's most feared organized crime group" was coded 100 (blind audit, round 103: wrong).


@pytest.mark.parametrize(
    "text",
    [
        "The US Treasury has added two alleged Zetas financial operatives to its Kingpin List as "
        "it ratchets up the pressure on Mexico's most feared organized crime group.",
        "The United States stepped up pressure on Iran on Monday.",
        "The European Union ratcheted up the pressure on Belarus last week.",
    ],
)
def test_pressure_stepped_up_without_a_demand_is_no_demand(events_at, text) -> None:
    assert not [e for e in events_at(text, "2013-08-10") if e.root == "10"]


def test_guard_pressure_stepped_up_to_make_someone_act_is_a_demand(events_at) -> None:
    found = events_at(
        "The United States stepped up pressure on Iran to halt enrichment.", "2013-08-10"
    )
    assert ("USA", "10", "IRN") in {(e.source.code, e.root, e.target.code) for e in found}


# "Iran's foreign ministry condemned the decision", "Russia criticised the move": the deed just
# reported is the one censured (a new user's trial, session 27: no target, no event).


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The European Union imposed sanctions on Iran's oil ministry on Monday. Iran's foreign "
         "ministry spokesman Esmaeil Baghaei condemned the decision.",
         ("IRNGOV", "111", "IGOEUREEC")),
        ("The European Union imposed sanctions on Iran's oil ministry on Monday. Iran's foreign "
         "ministry condemned the decision. Russia criticised the move as illegal.",
         ("RUS", "111", "IGOEUREEC")),
        ("Poland expelled two Russian diplomats on Friday. Moscow denounced the step.",
         ("RUSGOV", "111", "POL")),
        ("Poland expelled two Russian diplomats on Friday. Lithuania welcomed the decision.",
         ("LTU", "051", "POL")),
        ("The European Union imposed sanctions on Iran on Monday. Ukraine welcomed the move.",
         ("UKR", "051", "IGOEUREEC")),
    ],
)  # fmt: skip
def test_a_censured_decision_is_its_doers(events_at, text, fact) -> None:
    found = events_at(text, "2025-06-23")
    assert fact in {(e.source.code, e.cameo, e.target.code) for e in found}


def test_guard_a_decision_of_ones_own_is_no_target(events_at) -> None:
    text = "Russia expelled two Polish diplomats on Friday. Moscow defended the decision."
    found = events_at(text, "2025-06-23")
    assert not [e for e in found if e.root in ("11", "12") and e.target.code == "RUS"]


# "… after a Chinese coast guard ship fired a water cannon at a Philippine fisheries vessel …"
# then "Three Filipino crew members were injured in Monday's incident": Monday (a new user's
# trial, session 27: the publication day).


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("MANILA, Sept 17 (Reuters) - Philippine and Chinese diplomats met in Manila on Wednesday "
         "to try to ease tensions after a Chinese coast guard ship fired a water cannon at a "
         "Philippine fisheries vessel near Scarborough Shoal, the Philippine Department of "
         "Foreign Affairs said.\n\nThree Filipino crew members were injured in Monday's "
         "incident, according to the Philippine Coast Guard.", "2025-09-15"),
        ("Talks resumed after Russian troops shelled Ukrainian positions near Bakhmut.\n\nTwo "
         "soldiers died in Sunday's attack, Kyiv said.", "2025-09-14"),
        ("Officials met after Israeli forces attacked Palestinian militants in Jenin.\n\nThe "
         "attack on Tuesday left three dead.", "2025-09-16"),
    ],
)  # fmt: skip
def test_an_incident_named_by_its_day_next_dates_the_deed(events_of, text, day) -> None:
    found = [e for e in events_of(text, "2025-09-17") if e.root in ("17", "18", "19", "20")]
    assert found and {e.date.start for e in found} == {day}


def test_guard_an_incident_two_sentences_on_dates_nothing(events_of) -> None:
    text = (
        "Talks resumed after Russian troops shelled Ukrainian positions near Bakhmut.\n\n"
        "Kyiv protested.\n\nTwo soldiers died in Sunday's attack."
    )
    found = [e for e in events_of(text, "2025-09-17") if e.root in ("18", "19", "20")]
    assert found and {e.date.basis for e in found} == {"published"}
