"""Kinds of blind-audit round 29 (fresh seed 27, session 2026-12-03b): each kind, the input
and two paraphrases of our own.

Events: "fired his police chief" is a dismissal, not a shooting; "welcomed X as a distraction"
is no visit; "stepped up his attacks on X" takes the noun's own sense; "dismissed criticism of
X" answers the critics, not X; a place evacuated is left, not helped; "too friendly with" is a
criticism and "friendly with" no praise. Dates: "over the past two weeks", "in the 1952
campaign"; "in the past" / "previously" give no day. Actors: "Representative X" sits in the
legislature; "the Saudis" acting as a side are the state; a region's adjective gives no
country; a "future" office is not held yet; "Mr. Khan" is the man of two Khans; a sentence's
opening "-ing" verb is no name part. Quotes: a subjectless verb phrase repeating the report's
auxiliary is more of the report; the accused "faced accusations", they did not make them; a
dash ends a noun's content and the participle after it is the answerer's.
"""

from __future__ import annotations

import pytest

from dyads.timex import find_dates


def _events(events_at, text: str, published: str = "2016-04-05") -> list[tuple[str, str, str]]:
    return [(e.source.code, e.cameo, e.target.code) for e in events_at(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "Over the past two weeks, prosecutors charged the officer with murder and Mayor Rahm "
        "Emanuel fired his police chief, Garry F. McCarthy.",
        "The governor fired the state's health director on Tuesday.",
        "President Obama fired General Stanley McChrystal in June.",
    ],
)
def test_firing_a_person_is_no_shooting(events_at, text) -> None:
    assert not [e for e in events_at(text, "2015-12-04") if e.cameo.startswith("19")]


def test_firing_on_people_is_still_force(events_at) -> None:
    # force still; since blind audit round 47 an army's force against its own protesters is
    # coded as repression (175), no longer as a small-arms fight (193)
    found = _events(events_at, "Troops fired on protesters in Yangon.")
    assert ("MMRMIL", "175", "MMROPP") in found


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Over the past two weeks, prosecutors charged him.", "2015-11-20", "2015-12-04"),
        ("In the last 3 days troops fired on the town.", "2015-12-01", "2015-12-04"),
        ("During the past year, exports grew.", "2014-12-04", "2015-12-04"),
    ],
)
def test_the_past_n_units_run_back_from_publication(text, start, end) -> None:
    (_, found), *_ = find_dates(text, "2015-12-04")
    assert (found.start, found.end, found.precision) == (start, end, "range")


def test_past_weeks_without_a_number_is_no_date() -> None:
    assert find_dates("In the past weeks, exports grew.", "2015-12-04") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In the 1952 campaign, Eisenhower criticized Truman.", "1952"),
        ("During his 2008 campaign, Obama visited Berlin.", "2008"),
        ("At the 2012 summit, leaders agreed on a plan.", "2012"),
    ],
)
def test_a_year_naming_the_occasion_dates_it(text, year) -> None:
    (_, found), *_ = find_dates(text, "2015-12-01")
    assert (found.start, found.end) == (f"{year}-01-01", f"{year}-12-31")


def test_a_year_naming_an_object_is_no_date() -> None:
    assert find_dates("They violated the 2015 agreement.", "2016-12-01") == []


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama spoke. She noted that Bernie Sanders in the past has criticized "
        "the president for accepting contributions from Wall Street.",
        "President Barack Obama spoke. Bernie Sanders, a senator, previously criticized Obama "
        "over trade.",
        "President Barack Obama spoke. Earlier, Senator Bernie Sanders criticized Obama over "
        "trade.",
    ],
)
def test_an_event_before_the_report_without_a_day_takes_no_day(events_at, text) -> None:
    found = [e for e in events_at(text, "2016-01-18") if e.cameo == "111"]
    assert found and all(e.date is None for e in found)


def test_an_earlier_event_with_its_own_day_keeps_it(events_at) -> None:
    text = "President Barack Obama spoke. Earlier on Monday, Senator Bernie Sanders criticized him."
    (event,) = [e for e in events_at(text, "2016-01-20") if e.cameo == "111"]
    assert event.date is not None and event.date.start == "2016-01-18"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Republican National Committee is welcoming the Sanders show as a distraction.", None),
        ("The Democratic Party welcomed the Trump rally as a gift.", None),
        (
            "Chinese President Xi Jinping welcomed Russian President Vladimir Putin in Beijing.",
            ("CHNGOV", "043", "RUSGOV"),
        ),
    ],
)
def test_welcoming_a_thing_is_no_visit(events_at, text, kept) -> None:
    found = [x for x in _events(events_at, text) if x[1] == "043"]
    assert found == ([kept] if kept else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hillary Clinton and Donald Trump are rivals. Trump stepped up his attacks on Clinton.",
            ("USAPTY", "111", "USAPTY"),
        ),
        ("Russia stepped up its attacks on Ukrainian cities.", ("RUS", "190", "UKR")),
        # pressure is a demand only with what is demanded (blind audit, round 103)
        (
            "The United States stepped up pressure on Iran to halt enrichment.",
            ("USA", "100", "IRN"),
        ),
    ],
)
def test_stepping_up_takes_the_nouns_own_sense(events_at, text, expected) -> None:
    found = _events(events_at, text)
    assert expected in found and not [x for x in found if x[1] == "138"]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump, the Republican nominee, spoke. Mr. Trump's campaign chairman, Paul "
        "Manafort, dismissed criticism of Mr. Trump's comments.",
        "Donald Trump, the Republican nominee, spoke. His campaign chairman, Paul Manafort, "
        "rejected criticism of Trump.",
        "Vladimir Putin, the Russian president, spoke. The Kremlin dismissed accusations against "
        "Putin.",
    ],
)
def test_dismissing_criticism_of_x_answers_the_critics_not_x(events_at, text) -> None:
    assert not [x for x in _events(events_at, text) if x[1] in ("120", "016", "125")]


def test_rejecting_someones_accusations_answers_them(events_at) -> None:
    found = _events(events_at, "Russia rejected Ukraine's accusations.")
    assert [x for x in found if x[0] == "RUS" and x[2] == "UKR"]


@pytest.mark.parametrize(
    "text",
    [
        "The Americans finally evacuated the CIA base at dawn.",
        "The Italian soldiers evacuated the embassy in Tripoli.",
        "French troops evacuated the airport on Sunday.",
    ],
)
def test_a_place_evacuated_is_no_aid(events_at, text) -> None:
    assert not [x for x in _events(events_at, text) if x[1].startswith("07")]


def test_people_evacuated_are_helped(events_at) -> None:
    found = _events(events_at, "The Indian Navy evacuated 500 Indian citizens from Yemen.")
    assert ("INDMIL", "073", "INDCVL") in found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Hillary Clinton spoke at the debate. Bernie Sanders said Clinton was too friendly "
            "with Wall Street to be trusted.",
            ["111"],
        ),
        (
            "Hillary Clinton spoke at the debate. Bernie Sanders said Clinton was overly friendly "
            "with bankers.",
            ["111"],
        ),
        (
            "Hillary Clinton spoke at the debate. Bernie Sanders said Clinton was friendly with "
            "Wall Street.",
            [],
        ),
    ],
)
def test_too_friendly_is_criticism_and_friendly_with_no_praise(events_at, text, codes) -> None:
    found = [x[1] for x in _events(events_at, text, "2016-01-18") if x[1][:2] in ("05", "11")]
    assert found == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Representative Mike Coffman of Colorado, a Republican who served as a Marine, "
            "denounced Mr. Trump's remarks.",
            "USALEG",
        ),
        ("Representative Elise Stefanik of New York criticized the plan.", "USALEG"),
        ("Russia's representative to the UN said the vote was illegal.", "RUSGOV"),
    ],
)
def test_representative_before_a_name_is_a_legislator(mentions_of, text, code) -> None:
    first = next(m for m in mentions_of(text) if "epresentative" in m.text)
    assert first.code == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "U.S. officials have praised the Saudis for their help in battling terrorist groups.",
            "Saudis",
            "SAUGOV",
        ),
        ("Trump urged the Russians to hack her emails.", "Russians", "RUSGOV"),
        ("The Iranians rejected the offer on Monday.", "Iranians", "IRNGOV"),
        ("Americans are angry about prices.", "Americans", "USACVL"),
        ("The Russians living in Latvia protested.", "Russians", "RUSCVL"),
    ],
)
def test_a_people_acting_as_a_side_is_its_state(mentions_of, text, word, code) -> None:
    assert next(m for m in mentions_of(text) if m.text == word).code == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The Islamic State controls parts of Syria. US special forces are in Syria. Obama "
            "ordered 300 of them to Cameroon to assist African troops.",
            "troops",
        ),
        ("The Islamic State controls parts of Syria. European troops arrived.", "troops"),
        ("Colombia's president spoke. Latin American leaders met in Lima.", "leaders"),
    ],
)
def test_a_regions_adjective_gives_no_country(mentions_of, text, word) -> None:
    found = [m for m in mentions_of(text) if m.text.endswith(word)]
    assert found and all(m.code is None for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Washington has long debated containment. In the 1952 campaign, Eisenhower and his "
            "future secretary of State, John Foster Dulles, criticized President Truman.",
            "John Foster Dulles",
        ),
        ("The future justice minister, Maria Ortega, taught law in Lima.", "Maria Ortega"),
        ("Her would-be chief of staff, Daniel Moreno, spoke in Washington.", "Daniel Moreno"),
    ],
)
def test_a_future_office_is_not_held_yet(mentions_of, text, name) -> None:
    found = [m for m in mentions_of(text) if m.actor == name]
    assert found and all(m.code is None or not m.code.endswith("GOV") for m in found)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Bill Clinton joined Hillary Clinton at the rally in Ohio. "We will win," Mrs. '
            "Clinton said.",
            ["Hillary Clinton"],
        ),
        (
            'Maria Lopez and her brother, Carlos Lopez, run a shop. "Business is slow," Mr. '
            'Lopez said. "We pay more taxes," Ms. Lopez said.',
            ["Carlos Lopez", "Maria Lopez"],
        ),
        (
            'Hillary Clinton introduced Bill Clinton in Ohio. "She is ready," Mr. Clinton said.',
            ["Bill Clinton"],
        ),
    ],
)
def test_the_honorific_picks_the_namesake_of_its_gender(quotes_in, text, speakers) -> None:
    assert [q.speaker.actor for q in quotes_in(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "I would certainly agree. Entrusting Donald Trump with our economic future is a risky "
        "proposition. He has suggested that the United States could default on its debt.",
        "It is simple. Electing Donald Trump would be a mistake. He has said that the wall will "
        "be built.",
        "We disagree. Trusting Vladimir Putin again is naive. He has said that the troops will "
        "stay.",
    ],
)
def test_an_opening_verb_is_no_part_of_the_name(quotes_in, text) -> None:
    (quote,) = quotes_in(text)
    assert quote.speaker is not None and quote.speaker.actor in ("Donald Trump", "Vladimir Putin")


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "The newspaper interviewed several officers who said that many police were feeling "
            "under threat, and were doing the minimum they could get away with.",
            "many police were feeling under threat, and were doing the minimum they could get "
            "away with",
        ),
        (
            "Reporters met farmers who said that prices were rising fast, and were eating less.",
            "prices were rising fast, and were eating less",
        ),
        (
            "The agency hired analysts who said the rebels were losing ground, and were running "
            "out of money.",
            "the rebels were losing ground, and were running out of money",
        ),
    ],
)
def test_a_verb_phrase_repeating_the_reports_auxiliary_is_more_of_it(
    quotes_in, text, whole
) -> None:
    assert whole in [q.content for q in quotes_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Mexican government has faced accusations that it favors the Sinaloa Cartel.",
        "The ministry has drawn accusations that it hid the figures from parliament.",
        "The company faced claims that it had polluted the river for years.",
    ],
)
def test_the_accused_did_not_make_the_accusation(quotes_in, text) -> None:
    assert not [q for q in quotes_in(text) if q.speaker is not None]


@pytest.mark.parametrize(
    ("text", "content", "answerer"),
    [
        (
            "Democratic National Committee Chair Debbie Wasserman Schultz dismissed Bernie "
            "Sanders’ accusations that the Clinton campaign is violating federal election law "
            "— saying the Sanders campaign chose not to accept the same help.",
            "the Clinton campaign is violating federal election law",
            "Debbie Wasserman Schultz",
        ),
        (
            "Senator Mitch McConnell rejected Chuck Schumer's claims that the bill was partisan "
            "— saying Democrats had written half of it.",
            "the bill was partisan",
            "Mitch McConnell",
        ),
        (
            "Governor Greg Abbott dismissed Beto O'Rourke's allegations that the grid had failed "
            "— arguing that demand had broken records.",
            "the grid had failed",
            "Greg Abbott",
        ),
    ],
)
def test_a_dash_ends_a_nouns_content_and_the_answerer_speaks_after_it(
    quotes_in, text, content, answerer
) -> None:
    found = quotes_in(text)
    assert content in [q.content for q in found]
    after = [q for q in found if q.cue is not None and q.cue.text in ("saying", "arguing")]
    assert after and all(q.speaker is not None and answerer in q.speaker.text for q in after)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colombian authorities said that an armed group killed eight villagers in a raid on a "
            "bar in the southern department of Narino.",
            ("COLUAF", "COLCVL"),
        ),
        (
            "Mexican police are searching the hills of Guerrero. A criminal gang kidnapped six "
            "passengers from a bus near Acapulco.",
            ("MEXCRM", "MEXCVL"),
        ),
        (
            "Colombia's army patrols the province of Cauca. A guerrilla group attacked "
            "villagers near Toribio on Sunday.",
            ("COLREB", "COLCVL"),
        ),
    ],
)
def test_an_armed_group_in_a_one_country_story_is_that_countrys(events_at, text, expected) -> None:
    found = [(e.source.code, e.target.code) for e in events_at(text, "2019-08-20")]
    assert expected in found


def test_a_court_in_a_one_country_story_keeps_no_country(mentions_of) -> None:
    text = "Colombian police patrol Cauca. A human rights group said the raids were illegal."
    found = [m for m in mentions_of(text) if "rights group" in m.text]
    assert all(m.code is None for m in found)
