"""Event faults from blind-audit rounds 11 and 12: each input (or its kind) and two
paraphrases of ours.

Every sentence goes through the actors, quotes and events stages with the shipped scorer and
its default threshold, as ``dyads extract`` runs them.
"""

from __future__ import annotations

import pytest

from dyads.records import Event

PUBLISHED = "2016-07-27"


@pytest.fixture(scope="module")
def events_of(events_at):
    return lambda text, published=PUBLISHED: events_at(text, published)


def _codes(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code, e.cameo, e.target.code) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian President Evo Morales stated unequivocally that the U.S. Drug Enforcement "
        "Administration (DEA) will not return to Bolivia.",
        "The Venezuelan foreign minister said that American diplomats will not return to "
        "Caracas this year.",
        "Mexico's interior minister said the DEA would not operate in Sinaloa again.",
    ],
)
def test_a_refusal_someone_else_reports_is_not_the_subjects(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.root == "12"]


def test_a_refusal_the_speaker_reports_of_itself_stays(events_of) -> None:
    found = events_of("The EU said it won't lift sanctions on Belarus.")
    assert ("IGOEUREEC", "1244", "BLR") in _codes(found)


@pytest.mark.parametrize(
    "text",
    [
        "But neither Germany's Angela Merkel nor France's Francois Hollande have gone as far "
        "as Cameron in chiding Trump.",
        "Neither Russia nor China condemned the attack on Syria.",
        "No Western government criticized Turkey.",
    ],
)
def test_subjects_under_neither_or_no_did_not_act(events_of, text) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "British Prime Minister David Cameron criticized Trump last year. On Monday, Cameron's "
        "spokesman said the prime minister stood by his original comments.",
        "German Chancellor Angela Merkel spoke on Monday. The chancellor defended her "
        "decision to open the borders.",
        "Russian President Vladimir Putin spoke on Monday. The president praised his own "
        "government's response.",
    ],
)
def test_a_pronoun_of_the_sources_own_code_is_no_target(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.source.code == e.target.code]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia and China condemned the strike on Syria.", "SYR"),
        ("Iran denounced the attack on Iraq.", "IRQ"),
        ("The EU criticized the sanctions against Cuba.", "CUB"),
    ],
)
def test_the_victim_of_a_condemned_deed_is_not_criticised(events_of, text, target) -> None:
    assert not [e for e in events_of(text) if e.target.code == target and e.root == "11"]


def test_the_doer_of_a_condemned_deed_is(events_of) -> None:
    assert ("RUS", "111", "USA") in _codes(events_of("Russia condemned the US strike on Syria."))


@pytest.mark.parametrize(
    "text",
    [
        "MS13 gang members killed three Salvadoran civilians on Monday.",
        "Mexican police shot dead four Mexican civilians near the border.",
        "FARC rebels attacked Colombian civilians in Cauca.",
    ],
)
def test_irregular_force_on_civilians_is_an_assault_not_a_fight(events_of, text) -> None:
    found = [e for e in events_of(text) if e.target.sector == "CVL"]
    assert found and all(e.root == "18" for e in found)


def test_an_armys_force_stays_a_fight_as_plover_codes_it(events_of) -> None:
    """PLOVER dev gold: "Russian aircraft … killed 46 Afghan civilians" is FIGHT."""
    found = events_of("Colombian soldiers attacked FARC rebels and Colombian civilians on Monday.")
    assert {(e.target.code, e.root) for e in found} == {("COLREB", "19"), ("COLCVL", "19")}


@pytest.mark.parametrize(
    "text",
    [
        "General Jaime Lasprilla Villamizar received extensive US military training.",
        "Turkish officers received NATO training in Germany.",
        "Ukraine received a phone call from the French president.",
    ],
)
def test_receiving_training_or_a_call_is_no_visit(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.cameo == "043"]


def test_receiving_a_visitor_is(events_of) -> None:
    found = events_of(
        "Russian President Vladimir Putin received Turkish President Recep Tayyip Erdogan in "
        "Moscow on Monday."
    )
    assert ("RUSGOV", "043", "TURGOV") in _codes(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Moreco leader Juan Perez also maintained ties with the Gulf Cartel.",
        "The 'Ndrangheta established links with the Gulf Cartel.",
        "The Zetas forged an alliance with the Knights Templar.",
    ],
)
def test_criminal_groups_do_no_diplomacy(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.root == "05"]


@pytest.mark.parametrize(
    "text",
    [
        "The Rastrojos are fighting the Urabenos gang.",
        "The Rastrojos are locked in a fierce battle with the rival Urabenos gang.",
        "The Rastrojos waged a war against the Urabenos.",
    ],
)
def test_rival_named_groups_under_one_code_are_two_sides(events_of, text) -> None:
    found = [e for e in events_of(text) if e.root == "19"]
    assert {e.source.actor for e in found} >= {"Rastrojos"}
    assert all(e.source.actor != e.target.actor for e in found)


def test_a_generic_group_is_not_a_rival_of_a_named_one(events_of) -> None:
    assert events_of("Criminal groups attacked the Zetas.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("London mayor Sadiq Khan took office in May. Trump had initially welcomed Khan's "
         "election.", "051"),
        ("German Chancellor Angela Merkel spoke on Monday. France welcomed Merkel's decision.",
         "051"),
        ("Armenian Prime Minister Nikol Pashinyan won the vote. Russia welcomed Pashinyan's "
         "victory.", "051"),
    ],
)  # fmt: skip
def test_welcoming_a_decision_or_a_win_is_approval_not_a_visit(events_of, text, code) -> None:
    found = events_of(text)
    assert found and all(e.cameo == code for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The US government supported the construction of a policing school with Colombian "
        "trainers in Tegucigalpa, Honduras.",
        "Germany financed the building of a hospital with French engineers.",
        "Japan backed the creation of a port with Indonesian workers.",
    ],
)
def test_who_helped_build_is_not_whom_it_was_for(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.target.sector == "CVL"]


@pytest.mark.parametrize(
    "text",
    [
        "US Congressman Beto Smith spoke about it prior to his arrest in February 2012 by the US "
        "Drug Enforcement Administration (DEA).",
        "Colombian Senator Ana Ruiz was silent after her detention by Venezuelan police.",
        "Mexican Governor Juan Diaz resigned before his arrest by the Mexican army.",
    ],
)
def test_with_a_by_agent_the_possessor_is_the_one_acted_upon(events_of, text) -> None:
    found = [e for e in events_of(text) if e.root == "17"]
    assert found and all(e.target.text.lower() in ("his", "her") for e in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France mourned the victims of the Islamic State, which French President Francois "
         "Hollande blamed for the attacks.", ("FRAGOV", "IMGMUSISI")),
        ("The talks involved the Taliban, whom Afghan President Ashraf Ghani accused of "
         "stalling.", ("AFGGOV", "AFGREB")),
        ("Analysts watched the Kremlin, which Ukrainian President Volodymyr Zelensky blamed "
         "for the strike.", ("UKRGOV", "RUSGOV")),
    ],
)  # fmt: skip
def test_a_relative_pronoun_object_is_its_antecedent(events_of, text, pair) -> None:
    found = {(e.source.code, e.target.code) for e in events_of(text) if e.root == "11"}
    assert pair in found


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian President Evo Morales expelled the DEA in September 2008 after accusing them "
        "of conspiring to overthrow his administration.",
        "Rebels plotted to kill the Colombian president.",
        "The gang schemed to bomb the Mexican police headquarters.",
    ],
)
def test_a_plot_is_not_its_deed(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.root in ("18", "19", "20")]


def test_after_doing_shares_a_months_date_not_a_days(events_of) -> None:
    by_month = events_of(
        "Bolivian President Evo Morales expelled the DEA in September 2008 after accusing them "
        "of conspiring to overthrow his administration."
    )
    accused = [e for e in by_month if e.root == "11"]
    assert accused and accused[0].date.text == "September 2008"
    by_day = events_of(
        "Bolivian President Evo Morales expelled the DEA on September 10, 2008 after accusing "
        "them of conspiring to overthrow his administration."
    )
    accused = [e for e in by_day if e.root == "11"]
    assert accused and accused[0].date.basis == "published"


@pytest.mark.parametrize(
    "text",
    [
        "Pablo Benito Cabrera, alias “Fabian Ramirez,” a top commander of the FARC, died when the "
        "Colombian Air Force bombed his camp.",
        "Ivan Marquez, alias “El Paisa,” a FARC commander, survived after the Colombian army "
        "bombed his camp.",
        "Luis Suarez, alias “Jojoy,” a senior FARC leader, fled when the Colombian military bombed "
        "his hideout.",
    ],
)
def test_a_commander_behind_an_alias_is_coded_and_an_armys_bombing_is_aerial(
    events_of, text
) -> None:
    found = [e for e in events_of(text) if e.target.code == "COLREB"]
    assert found and all(e.cameo == "195" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton spoke. Clinton won her nominating battle against Senator Bernie Sanders.",
        "Senator Ted Cruz lost his fight against Donald Trump for the nomination.",
        "Senator Bernie Sanders waged a long battle against Hillary Clinton.",
    ],
)
def test_a_politicians_battle_is_no_force(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.root in ("18", "19")]


@pytest.mark.parametrize(
    "text",
    [
        "The battle between the Sinaloa Cartel and the Beltran Leyva Organization and the "
        "weakening of Familia Michoacana drove violence.",
        "Talks between Armenia and Azerbaijan and the collapse of Russia's influence followed.",
        "Clashes between the Zetas and the Gulf Cartel and the decline of the Knights Templar "
        "continued.",
    ],
)
def test_a_party_between_is_named_by_its_own_words(events_of, text) -> None:
    owners = ("Familia Michoacana", "Russia", "Knights Templar")
    assert not [e for e in events_of(text) if e.source.actor in owners or e.target.actor in owners]


@pytest.mark.parametrize(
    "text",
    [
        "Ohio Governor John Kasich said he is leaning toward supporting Donald Trump.",
        "Senator Marco Rubio is weighing endorsing Donald Trump.",
        "Governor Chris Christie is mulling backing Donald Trump.",
    ],
)
def test_leaning_toward_an_act_is_not_the_act(events_of, text) -> None:
    assert not [e for e in events_of(text) if e.root == "05"]
