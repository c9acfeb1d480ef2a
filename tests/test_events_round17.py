"""Event kinds of blind-audit rounds 16 and 17: a warning about a third party coded as a threat;
arrests coded as occupying territory ("captured four members"); predictions, inferences, mandates
and conditions coded as deeds ("barring a change … will sign", "means that … will threaten", "a
requirement that Mexico extradite"); an investigation to come coded as an intent to cooperate; a
question coded as an appeal; "rally Republicans" as a protest; a fronted setting ("On CNN") and
a possessor of kin ("his wife") taken as sides. Each kind: the audited input and two
paraphrases, and the case that must stay."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-10"


@pytest.fixture
def events_of(events_at):
    return lambda text: events_at(text, PUBLISHED)


def _codes(events) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo, e.target.code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Josh Hendler, a Democratic operative, warned Saturday that the DNC’s move against "
        "Sanders could deeply damage the party.",
        "Senator Lindsey Graham warned that the DNC's decision would hurt Democrats.",
        "Senator Chuck Schumer warned that the Republican National Committee's plan could "
        "backfire.",
    ],
)
def test_a_warning_about_a_third_party_is_no_threat(events_of, text) -> None:
    events = events_of(text)
    assert events, text
    assert all(e.root == "11" for e in events)


def test_a_warning_to_the_one_who_will_pay_stays_a_threat(events_of) -> None:
    events = events_of("Putin warned Ukraine that it would pay a heavy price.")
    assert _codes(events) == [("RUSGOV", "130", "UKR")]


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Paraguay have captured four members of a PCC cell operating on the "
        "border with Brazil.",
        "Colombian police captured two leaders of the Urabenos gang on Tuesday.",
        "Mexican soldiers captured three members of the Sinaloa Cartel in Culiacan.",
    ],
)
def test_capturing_people_is_an_arrest(events_of, text) -> None:
    events = events_of(text)
    assert events, text
    assert {e.root for e in events} == {"17"}


def test_capturing_a_town_stays_an_occupation(events_of) -> None:
    events = events_of("Russian forces captured the town of Avdiivka from Ukraine.")
    assert [e.root for e in events] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "Barring a dramatic change, Colombia and the FARC will sign a peace agreement next year.",
        "Barring a collapse of the talks, Armenia and Azerbaijan will sign a treaty in June.",
        "Barring a last-minute deal, Serbia will impose tariffs on Kosovo next month.",
        "The Iran deal means that within ten years Iran will threaten Israel with nuclear bombs.",
        "The vote indicates that Russia will attack Ukraine again.",
        "There are indications that the Mexicans have established direct ties with the FARC.",
        "It is a legal requirement that Mexico extradite Guzman to the United States.",
        "The treaty requires that Germany return the artefacts to Nigeria.",
        "It is essential that China release the detained Canadians.",
    ],
)
def test_predictions_inferences_and_mandates_are_no_events(events_of, text) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The remaining ex-president, Fernando Collor, will be investigated by Brazil's Supreme "
        "Court.",
        "Mexico's attorney general will investigate the Guatemalan police.",
        "The European Commission will examine Poland's judicial reforms.",
    ],
)
def test_an_investigation_to_come_is_no_intent_to_cooperate(events_of, text) -> None:
    assert not any(e.cameo.startswith("03") for e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Marcus asked Robby Mook if a Clinton administration would hold press conferences.",
        "Biden asked Xi Jinping why China had not condemned Russia.",
        "Macron asked Putin whether Russian troops would leave Belarus.",
    ],
)
def test_a_question_is_no_appeal(events_of, text) -> None:
    assert not any(e.root == "02" for e in events_of(text))


def test_asking_someone_to_act_stays_an_appeal(events_of) -> None:
    events = events_of("Zelensky asked Joe Biden to send more air defence systems.")
    assert [e.root for e in events] == ["02"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump sought to rally Republicans to his cause with attacks on Clinton.",
        "Zelensky rallied European leaders behind his peace plan.",
        "Erdogan rallied his supporters in Istanbul on Sunday.",
    ],
)
def test_rallying_supporters_is_no_protest(events_of, text) -> None:
    assert not any(e.root in ("13", "14") for e in events_of(text))


def test_rallying_against_a_government_stays_a_protest(events_of) -> None:
    events = events_of("Thousands of protesters rallied against the government in Tbilisi.")
    assert [e.root for e in events] == ["14"]


@pytest.mark.parametrize(
    "text",
    [
        "On CNN Tuesday, Jane Sanders criticized Hillary Clinton.",
        "On Fox News, Senator Ted Cruz criticized Joe Biden.",
        "At the United Nations, Blinken criticized Russia.",
    ],
)
def test_a_fronted_setting_is_no_side(events_of, text) -> None:
    events = events_of(text)
    assert not any(e.target.code in ("USAMED", "IGOUNO") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders campaigned in Iowa. On Tuesday, his wife, Jane, criticized Hillary "
        "Clinton.",
        "Vladimir Putin spoke in Moscow. His daughter praised the Chinese government.",
        "Joe Biden was in Delaware. His son criticized the Ukrainian government.",
    ],
)
def test_kin_are_not_the_person_they_belong_to(events_of, text) -> None:
    events = events_of(text)
    assert not any(e.source.text.lower() in ("his", "her") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic Party wants to address concerns about fundraising after recently "
        "accusing the Republican National Committee of violating fundraising laws.",
        "Russia plans to expand its army after accusing NATO of provoking the war.",
        "Armenia hopes to resume talks after criticizing Azerbaijan for the blockade.",
    ],
)
def test_a_deed_before_a_plan_is_no_threat(events_of, text) -> None:
    events = events_of(text)
    assert events, text
    assert {e.root for e in events} == {"11"}


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders has captured the allegiance of younger voters across America.",
        "The Republicans hope to capture the Senate in November.",
        "Marine Le Pen captured the attention of French voters.",
        "Donald Trump had stolen Chris Christie's thunder.",
        "Macron stole the show at the NATO summit.",
        "Zelensky stole the spotlight in Brussels.",
    ],
)
def test_metaphors_of_seizure_are_no_events(events_of, text) -> None:
    assert not any(e.root in ("17", "19") for e in events_of(text))


def test_capturing_a_town_by_name_stays(events_of) -> None:
    events = events_of("Russian forces captured the town of Bakhmut from Ukraine.")
    assert [(e.source.code, e.root, e.target.code) for e in events] == [("RUSMIL", "19", "UKR")]


@pytest.mark.parametrize(
    "text",
    [
        "Paul Manafort acknowledged Donald Trump's deep unpopularity with women.",
        "The Kremlin acknowledged the difficulties of the Ukrainian campaign.",
        "China acknowledged the importance of its ties with Russia.",
    ],
)
def test_acknowledging_a_fact_is_no_claim_of_responsibility(events_of, text) -> None:
    assert not any(e.cameo == "015" for e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump is backed by 34% of GOP voters in the RealClearPolitics average.",
        "Joe Biden is supported by 40 percent of Democrats.",
        "Marine Le Pen is backed by a plurality of French voters.",
    ],
)
def test_a_polls_share_is_no_side(events_of, text) -> None:
    assert events_of(text) == []
