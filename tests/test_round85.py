"""Event kinds of blind-audit round 84 (seed 60, after): events a careful coder records that
the extract lacked, each with the input, two paraphrases of our own, and a guard.

* counted people a domestic force acts on are that country's civilians ("Police arrested 718
  people"; :mod:`dyads.events.victims`);
* a clause parsed as the complement of a later ", so …" clause keeps its own mood ("attacked
  Clinton …, so it may come as a surprise"; :func:`dyads.events.conditions.misread_consequence`);
* "pushed X to", "pressed X to" (100), "sounded off on X" (111), "found X guilty" (116).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Colombian police also levied fines against 8,012 citizens and arrested 718 people.",
         "COLCVL"),
        ("Mexican police detained 40 people in Juarez on Monday.", "MEXCVL"),
        ("Seven people were killed by FARC rebels on Monday.", "COLCVL"),
    ],
)  # fmt: skip
def test_counted_people_a_domestic_force_acts_on_are_civilians(events_at, text, code) -> None:
    """Round 84: "Police also levied fines against 8,012 citizens and arrested 718 people" and
    "Seven people ... were murdered by rebels" were listed missed: no target."""
    found = events_at(text, "2016-03-15")
    assert code in {e.target.code for e in found if e.root in ("17", "18", "19", "20")}


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops killed 20 people on Monday.",  # a military may fight abroad
        "FARC rebels killed 12 people in Venezuela on Monday.",  # another country's people
        "Colombian police said 718 people attended the march.",  # no one acted upon
        # a place of another country anywhere in the sentence
        "Two Palestinian militants killed 12 people when they opened fire in Jerusalem.",
    ],
)
def test_counted_people_elsewhere_or_unharmed_stay_uncoded(events_at, text) -> None:
    found = events_at(text, "2016-03-15")
    assert not [e for e in found if (e.target.code or "").endswith("CVL")]


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders often attacked Hillary Clinton during the primaries for her close ties "
        "to Wall Street, so it may come as a surprise that the DNC has courted the banks.",
        "Donald Trump criticized Ted Cruz on Monday, so Cruz may respond tomorrow.",
        "Ted Cruz denounced Donald Trump in the debate, so the race could tighten.",
    ],
)
def test_a_clause_before_so_keeps_its_own_mood(events_at, text) -> None:
    """Round 84: the attack took the "may" of the ", so" clause the parser hung it under."""
    found = events_at(text, "2016-03-15")
    assert [e.root for e in found if e.root == "11"] == ["11"]


def test_a_hypothetical_before_so_stays_hypothetical(events_at) -> None:
    found = events_at(
        "Donald Trump may criticize Ted Cruz on Monday, so Cruz will respond.", "2016-03-15"
    )
    assert not [e for e in found if e.root == "11"]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("President Barack Obama pushed China and India to control hydrofluorocarbons.", "100",
         "CHN"),
        ("Angela Merkel pressed Greece to cut its pensions on Monday.", "100", "GRC"),
        ("Justice Ruth Bader Ginsburg sounded off on Donald Trump in three interviews.", "111",
         "USAPTY"),
        ("Justice Ruth Bader Ginsburg sounded off about Donald Trump on Monday.", "111",
         "USAPTY"),
        ("A Mexican court found the Sinaloa Cartel leader guilty of organized crime.", "116",
         "MEXCRM"),
        ("A Colombian judge found the FARC commander guilty of kidnapping.", "116", "COLREB"),
    ],
)  # fmt: skip
def test_pressing_sounding_off_and_finding_guilty(events_at, text, code, target) -> None:
    """Round 84: "He pushed China and India to control hydrofluorocarbons", "the justice
    sounded off on Trump", "A court ... found Ye Yong Qing guilty" were listed missed."""
    found = events_at(text, "2016-03-15")
    assert (code, target) in {(e.cameo, e.target.code) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The Mexican police pushed the car off the road.",
        "The sound of the Venezuelan protest was loud.",
        "The Mexican army found a way to reach the Sinaloa Cartel leader.",
    ],
)
def test_the_other_senses_are_no_events(events_at, text) -> None:
    found = events_at(text, "2016-03-15")
    assert not [e for e in found if e.cameo in ("100", "111", "116")]


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's army patrols the streets. However, its findings fly in the face of a stark "
        "political reality: the Mexican people continue to ask for the army to save them.",
        "The Mexican public asks the United States to stop the deportations.",
        "The American people demand that Russia release the sailors.",
    ],
)
def test_what_a_whole_people_does_in_the_present_is_an_opinion(events_at, text) -> None:
    """Round 84: "the Mexican people continue to ask for the army to save them", the writer's
    summary of polls, was coded MEXCVL 020 MEXMIL."""
    found = events_at(text, "2016-03-15")
    assert not [e for e in found if e.source.code in ("MEX", "MEXCVL", "USACVL")]


def test_a_whole_people_acting_on_a_day_is_an_event(events_at) -> None:
    found = events_at("The Mexican people asked the Mexican army to leave on Monday.", "2016-03-15")
    assert [(e.source.code, e.root) for e in found] == [("MEXCVL", "02")]


@pytest.mark.parametrize(
    "text",
    [
        "San Vicente del Caguan was the capital of the 42,000 square km safe haven that former "
        "Colombian President Andres Pastrana granted the FARC during the failed peace process "
        "from 1999-2002.",
        "Colombian President Andres Pastrana granted the FARC a demilitarized zone in 1998.",
        "The Colombian government granted the FARC rebels concessions in the talks.",
    ],
)
def test_a_haven_granted_is_yielded_not_aid(events_at, text) -> None:
    """Round 84: "the safe haven that … Pastrana granted the FARC" was coded 070 (aid): what a
    relative clause grants is the noun it hangs on, and a haven granted is a concession."""
    found = events_at(text, "2016-03-15")
    assert {e.root for e in found if e.target.code == "COLREB"} == {"08"}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Colombian government granted the FARC rebels aid in the talks.", "07"),
        ("The deal that angered the Colombian government was signed by the FARC rebels.", None),
    ],
)  # fmt: skip
def test_what_is_granted_still_decides(events_at, text, root) -> None:
    found = events_at(text, "2016-03-15")
    assert "08" not in {e.root for e in found}
    if root:
        assert root in {e.root for e in found}


def _article_events(pipeline, text: str) -> list:
    """The events of an article with a headline, as ``dyads extract`` reads it (the headline
    keeps the first paragraph from being taken for a dated lead)."""
    from dyads.records import RawDocument

    raw = RawDocument(source="test", content="Report.\n\n" + text, published="2015-12-10")
    return pipeline.process(raw).events


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, Hillary Clinton bashed Donald Trump's proposal to ban Muslims. Muslim "
        "groups wrote to her on Thursday. While Clinton has forcefully condemned the GOP "
        "candidate's proposal, the groups say they are concerned.",
        "Muslim groups are pressing Hillary Clinton.\n\nOn Wednesday, Clinton criticized Donald "
        "Trump. Aides said she was tired.\n\nClinton criticized Trump in a speech to supporters.",
        "The refugee talks are going badly.\n\nAngela Merkel praised Recep Tayyip Erdogan on "
        "Monday. The talks went on.\n\nMerkel praised Erdogan for his help with the refugees.",
    ],
)
def test_an_event_told_again_takes_its_day(pipeline, text) -> None:
    """Round 84: "While Clinton has forcefully condemned the GOP candidate's proposal" was dated
    by the publication day; the article told the same condemnation "On Wednesday"."""
    found = _article_events(pipeline, text)
    dates = {e.date.start for e in found if e.root in ("11", "05")}
    assert len([e for e in found if e.root in ("11", "05")]) == 2
    assert dates in ({"2015-12-09"}, {"2015-12-07"})


@pytest.mark.parametrize(
    "text",
    [
        # another occasion
        "Muslim groups are pressing Hillary Clinton.\n\nOn Wednesday, Clinton criticized Donald "
        "Trump.\n\nClinton criticized Trump again in a speech to supporters.",
        # another target
        "Muslim groups are pressing Hillary Clinton.\n\nOn Wednesday, Clinton criticized Donald "
        "Trump.\n\nClinton criticized Ted Cruz in a speech to supporters.",
        # two days: which one is not told
        "Muslim groups are pressing Hillary Clinton.\n\nOn Monday, Clinton criticized Donald "
        "Trump. On Wednesday, Clinton criticized Trump.\n\nClinton criticized Trump in a speech "
        "to supporters.",
    ],
)
def test_another_telling_keeps_the_publication_day(pipeline, text) -> None:
    found = _article_events(pipeline, text)
    last = max((e for e in found if e.root == "11"), key=lambda e: e.evidence.span[0])
    assert last.date.basis == "published"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hillary Clinton told a crowd in Seattle on Tuesday night, after Arizona was called, "
         "following a day in which she repeatedly criticized Donald Trump before also ripping "
         "Ted Cruz.", "2016-03-22"),
        ("Mildred Camero's career ended in 2005, when she was dismissed from office in the same "
         "year that the Venezuelan government expelled the DEA agents.", "2005-01-01"),
        ("Donald Trump won the Arizona primary on Tuesday, the same day that Hillary Clinton "
         "criticized Ted Cruz.", "2016-03-22"),
    ],
)  # fmt: skip
def test_a_clause_on_a_time_noun_happens_then(pipeline, text, day) -> None:
    """Round 85: "following a day in which she … criticized the Republican" and "in the same
    year that the Venezuelan government expelled the US counter drug agents" took the
    publication day or none."""
    from dyads.records import RawDocument

    raw = RawDocument(source="test", content="Report.\n\n" + text, published="2016-03-23")
    found = [e for e in pipeline.process(raw).events if e.root in ("11", "16")]
    assert found and {e.date.start for e in found} == {day}


def test_a_time_noun_of_the_future_gives_no_past_day(pipeline) -> None:
    """Guard: "the day that Trump will remember" is no day of the criticism."""
    from dyads.records import RawDocument

    text = "Report.\n\nPeople met.\n\nHillary Clinton criticized Ted Cruz, a week he will recall."
    raw = RawDocument(source="test", content=text, published="2016-03-23")
    found = [e for e in pipeline.process(raw).events if e.root == "11"]
    assert found and {e.date.basis for e in found} == {"published"}


@pytest.mark.parametrize(
    "text",
    [
        "The International Crisis Group has warned that illegal armed groups in Colombia will "
        "try to expand their power in upcoming local government elections.",
        "The Pentagon warned that Russian troops could attack Ukraine.",
        "Human Rights Watch warned that Mexican police would keep torturing suspects.",
    ],
)
def test_a_warning_of_what_others_will_do_is_no_event_on_them(events_at, text) -> None:
    """Round 85: the ICG's forecast was coded NGOPOLICG 110 COLUAF."""
    found = events_at(text, "2016-03-23")
    assert not [e for e in found if e.root in ("11", "13")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United States warned that Iran would face serious consequences.", "IRN"),
        ("The EU warned Russia that it would impose sanctions.", "RUS"),
    ],
)  # fmt: skip
def test_a_warning_to_whom_it_threatens_stays(events_at, text, target) -> None:
    found = events_at(text, "2016-03-23")
    assert target in {e.target.code for e in found if e.root in ("11", "13")}


@pytest.mark.parametrize(
    "text",
    [
        "Now the FBI is looking into whether Hillary Clinton was guilty of public corruption "
        "while secretary of state.",
        "The FBI is investigating whether Hillary Clinton broke the law.",
        "The FBI looked into whether Hillary Clinton had deleted the emails.",
    ],
)
def test_an_inquiry_into_whether_someone_did_targets_them(events_at, text) -> None:
    """Round 85: "the FBI is looking into whether Clinton was guilty of public corruption" was
    listed missed ("look into" was no trigger; a "whether" clause gave no target)."""
    found = events_at(text, "2016-01-12")
    assert ("USACOP", "090", "USAPTY") in {(e.source.code, e.cameo, e.target.code) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The senator looked into the camera and smiled.",
        "The FBI is investigating whether the leak came from a server.",
    ],
)
def test_looking_into_a_thing_is_no_event(events_at, text) -> None:
    assert not [e for e in events_at(text, "2016-01-12") if e.root == "09"]


@pytest.mark.parametrize(
    "text",
    [
        "Mali's military government ordered the French ambassador to leave the country within "
        "72 hours on Wednesday, accusing him of hostile remarks.",
        "Niger's junta ordered the French ambassador to leave immediately on Wednesday.",
        "Russia ordered two Estonian diplomats to leave Moscow within a week on Wednesday.",
    ],
)
def test_a_past_day_in_a_requests_infinitive_dates_the_request(pipeline, text) -> None:
    """A new user's trial of samples/mali-junta-2024-02-01.html: the order "on Wednesday" was
    dated by the publication day (Thursday)."""
    from dyads.records import RawDocument

    raw = RawDocument(source="test", content="Report.\n\n" + text, published="2024-02-01")
    found = pipeline.process(raw).events
    assert found and {e.date.start for e in found} == {"2024-01-31"}


def test_a_deadline_in_a_requests_infinitive_is_the_acts(pipeline) -> None:
    from dyads.records import RawDocument

    text = (
        "Report.\n\nMali's military government ordered the French ambassador to leave by Wednesday."
    )
    raw = RawDocument(source="test", content=text, published="2024-02-01")
    found = pipeline.process(raw).events
    assert found and {e.date.basis for e in found} == {"published"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan and South Korea pledged on Tuesday to deepen their security cooperation.",
         ("JPN", "KOR")),
        ("France and Germany vowed to strengthen their defence cooperation.", ("FRA", "DEU")),
        ("India and Pakistan promised to resume their bilateral dialogue.", ("IND", "PAK")),
    ],
)  # fmt: skip
def test_a_joint_pledge_goes_both_ways(events_at, text, pair) -> None:
    """A new user's trial of samples/wire-feed-2024-06.jsonl: "Japan and South Korea pledged
    ... to deepen their security cooperation" gave no event (the pledge had no target)."""
    found = {
        (e.source.code, e.target.code) for e in events_at(text, "2024-06-11") if e.root == "03"
    }
    assert {pair, pair[::-1]} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Japan and South Korea pledged to raise their defence budgets.",
        "Russia and Belarus vowed to continue their war against the West.",
    ],
)
def test_a_pledge_of_no_cooperation_gives_no_pair(events_at, text) -> None:
    found = events_at(text, "2024-06-11")
    assert not [e for e in found if e.root == "03"]
