"""Kinds of blind-audit round 30 (seed 1, after round 29's rules; session 2026-12-03b): each
kind, the input and two paraphrases of our own.

Actors: a place something is bound for, or a route runs into, is a place, not a side.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Paraguayan police seized cocaine bound for Argentina.", "Argentina"),
        ("The gang controls the main routes into Argentina.", "Argentina"),
        ("Colombian navy seized a boat headed for Honduras on Monday.", "Honduras"),
    ],
)
def test_a_place_bound_for_is_no_side(mentions_of, text, place) -> None:
    found = [m for m in mentions_of(text) if m.text == place]
    assert found and all(m.code is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        'GOP front-runner Donald Trump - who previously said he would "bomb the [expletive] out '
        'of" oil fields seized by the Islamic State - said at a Saturday rally in Texas that the '
        "United States should close its borders.",
        "Vladimir Putin, who previously said he would attack Ukraine's bridges, spoke at a "
        "Saturday meeting in Moscow about the budget.",
        "President Barack Obama, who once said he would sanction Russia, spoke on Monday in "
        "Chicago about schools.",
    ],
)
def test_a_report_made_some_time_before_gives_its_content_no_day(events_at, text) -> None:
    found = events_at(text, "2015-11-15")
    assert found and all(e.date is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's existing property seizure law was hailed by former President Alvaro Uribe "
        'as one of the country\'s "most feared" anti-drug tools.',
        "Former Mexican President Vicente Fox praised Mexico's new energy law.",
        "Republican Senator Ted Cruz criticized America's tax code on Monday.",
    ],
)
def test_a_domestic_actor_and_its_own_country_are_no_dyad(events_at, text) -> None:
    found = [(e.source.code, e.target.code) for e in events_at(text, "2019-08-20")]
    assert not [p for p in found if p[1] and len(p[1]) == 3 and p[0][:3] == p[1]], found


def test_rebels_against_their_state_stay_a_dyad(events_at) -> None:
    found = [
        (e.source.code, e.target.code)
        for e in events_at("FARC rebels attacked Colombia.", "2019-08-20")
    ]
    assert ("COLREB", "COL") in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hillary Clinton, the Democratic nominee, spoke in Ohio. Clinton officials were "
            "thrilled by the result.",
            "USAPTY",
        ),
        (
            "Ted Cruz, the Republican candidate, spoke in Iowa. Cruz officials declined to "
            "comment.",
            "USAPTY",
        ),
        (
            "President Barack Obama spoke in Ohio. Obama officials declined to comment.",
            "USAGOV",
        ),
    ],
)
def test_a_candidates_officials_are_the_party_s(mentions_of, text, code) -> None:
    # during the primaries: after his campaign the table knows Cruz as a senator (round 44)
    (officials,) = [m for m in mentions_of(text, "2016-01-29") if m.text == "officials"]
    assert officials.code == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If Donald Trump becomes the president, taxes will fall.", "president"),
        ("Hillary Clinton could become the next president in January.", "president"),
        ("Senator Marco Rubio wants to remain the senator for Florida.", "senator"),
    ],
)
def test_an_office_someone_would_become_is_no_one(mentions_of, text, word) -> None:
    assert not [m for m in mentions_of(text) if m.text.endswith(word) and m.code]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia is investigating alleged attacks by Serbian civilians against Albanian "
            "villagers.",
            ("SRB", "090", "SRBCVL"),
        ),
        ("Mexico arrested Mexican civilians suspected of smuggling.", ("MEX", "173", "MEXCVL")),
    ],
)
def test_a_state_and_its_own_civilians_stay_a_dyad(events_at, text, expected) -> None:
    found = [(e.source.code, e.cameo, e.target.code) for e in events_at(text, "2019-08-20")]
    assert expected in found


# round 31 (fresh seed 28): a namesake introduced as someone's relative is not who a bare
# surname names after him
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Democratic presidential candidate Hillary Clinton will not be happy. The video "
            "features her husband, former President Bill Clinton. During the debate, Clinton "
            "claimed that Donald Trump is the best recruiter.",
            "Hillary Clinton",
        ),
        (
            "Senator Maria Lopez toured the border. Her brother, the banker Carlos Lopez, joined "
            "her. Lopez said the wall would fail.",
            "Maria Lopez",
        ),
        (
            "Hillary Clinton spoke in Ohio. Her husband, Bill Clinton, waited. Bill Clinton "
            "spoke in Iowa on Monday. Clinton said the crowd was large.",
            "Bill Clinton",
        ),
    ],
)
def test_a_namesake_named_as_kin_is_not_the_bare_surname(quotes_in, text, speaker) -> None:
    found = [
        q
        for q in quotes_in(text, "2015-12-21")
        if q.cue is not None and q.cue.text in ("claimed", "said")
    ]
    assert [q.speaker.actor for q in found] == [speaker]


def _coded(events_at, text: str, published: str = "2016-05-05") -> list[tuple[str, str, str]]:
    return [(e.source.code, e.cameo, e.target.code) for e in events_at(text, published)]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            'Priebus told Fox News: "Both Donald Trump and Paul Ryan, the House speaker, are '
            'meeting up next week to talk about these things."',
            "036",
        ),
        ("Donald Trump and Paul Ryan, the House speaker, meet next Tuesday in Washington.", "036"),
        ("Russia will attack Ukraine next month, the minister said.", "138"),
    ],
)
def test_an_event_dated_after_publication_is_an_intent_at_most(events_at, text, intent) -> None:
    found = events_at(text, "2016-05-05")
    assert found and all(e.cameo.startswith(intent[:2]) for e in found)
    assert all(e.date is None or e.date.start <= "2016-05-05" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump had been expected to visit Mexico as early as next week.",
        "It is likely that Mexican authorities will continue to assist the United States.",
        "It is possible that Russia will send troops to Syria.",
    ],
)
def test_others_expectations_and_forecasts_are_no_event(events_at, text) -> None:
    assert _coded(events_at, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ryan, the House speaker, spoke. \"I'm just not ready,\" Ryan told CNN's Jake "
        "Tapper about extending his support to Trump.",
        "The senators asked Secretary of State John Kerry about sending aid to Ukraine.",
        "Reporters asked Chancellor Angela Merkel about imposing sanctions on Russia.",
    ],
)
def test_a_deed_named_as_the_topic_of_talk_is_no_event(events_at, text) -> None:
    assert not [x for x in _coded(events_at, text) if x[1][:2] in ("05", "07", "16")]
