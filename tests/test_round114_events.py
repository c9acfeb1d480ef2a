"""Blind audits, rounds 113 and 114 (fresh seeds 114 and 115): event and date kinds a reviewer
judged wrong or listed as missed.

Each input (the sentence as the article has it, or its clause) and two paraphrases of our own,
beside guards for what was right. The pipeline is the whole one (article stage, parse, actors,
quotes).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The events the pipeline stores for an article, as (source, CAMEO, target, date) rows."""
    from dyads.records import RawDocument

    def run(text: str, published: str = "2016-05-01") -> set[tuple]:
        article = pipeline.process(
            RawDocument(source="test", content="World news.\n\n" + text, published=published)
        )
        return {
            (
                e.source.code,
                e.cameo,
                e.target.code,
                None if e.date is None else (e.date.start, e.date.end, e.date.precision),
            )
            for e in article.events
            if not e.negated
        }

    return run


# A deed "before" which something else would have to happen is only as real as that: "there
# was no risk that Hillary Clinton and Sen. Bernie Sanders would have to choose between the two
# states before backing the plan" was coded 051 (round 113: wrong).


@pytest.mark.parametrize(
    "text",
    [
        "Since Charleston\u2019s Navy base has long been considered a top contender, there was "
        "no risk that Hillary Clinton and Sen. Bernie Sanders would have to choose between the "
        "two states before backing President Barack Obama.",
        "Hillary Clinton would have to win the primary before endorsing President Barack Obama.",
        "Germany may have to consult its partners before supporting France.",
    ],
)
def test_a_deed_before_a_hypothetical_is_not_done(events_of, text) -> None:
    assert not {e for e in events_of(text) if e[1][:2] == "05"}


def test_guard_a_deed_before_a_past_deed_stays(events_of) -> None:
    found = events_of("Germany consulted its partners on Monday before supporting France.")
    assert any(e[1][:2] == "05" and e[2] == "FRA" for e in found), found


def test_guard_a_deed_before_a_denied_one_is_not_denied(pipeline) -> None:
    from dyads.records import RawDocument

    article = pipeline.process(
        RawDocument(
            source="test",
            content="World news.\n\nGermany did not consult Italy before supporting France.",
            published="2016-05-01",
        )
    )
    backing = [e for e in article.events if e.cameo[:2] == "05" and e.target.code == "FRA"]
    assert backing and not any(e.negated for e in backing), article.events


# "In recent months" is a stretch before publication, dated as one: "In recent months, several
# Mexican businesses have called off projects with him" was left undated (round 114).


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "In recent months, several Mexican businesses have called off projects with Donald "
            "Trump because of his comments.",
            "2015-08-08",
        ),
        ("In recent weeks, Russia has attacked Ukraine.", "2015-10-18"),
        ("Over recent years, Mexican businesses have criticized Donald Trump.", "2012-11-08"),
    ],
)
def test_recent_stretch_dates_the_deed(events_of, text, start) -> None:
    found = events_of(text, published="2015-11-08")
    assert found and all(e[3] == (start, "2015-11-08", "range") for e in found), found


def test_guard_a_counted_stretch_keeps_its_count(events_of) -> None:
    found = events_of("In the past two weeks, Russia has attacked Ukraine.", published="2015-11-08")
    assert found and all(e[3] == ("2015-10-25", "2015-11-08", "range") for e in found), found


# Calling off projects with someone cuts ties, it yields nothing: coded 080 (round 114:
# partly, the root wrong).


@pytest.mark.parametrize(
    "text",
    [
        "Several Mexican businesses have called off projects with Donald Trump because of his "
        "comments.",
        "Mexican companies called off their deals with Donald Trump.",
        "Several Mexican businesses called off a joint venture with Donald Trump last week.",
    ],
)
def test_calling_off_projects_reduces_relations(events_of, text) -> None:
    found = events_of(text)
    assert any(e[0] == "MEXBUS" and e[1] == "160" and e[2] == "USAPTY" for e in found), found
    assert not any(e[1].startswith("08") for e in found), found


def test_guard_calling_off_talks_stays_164(events_of) -> None:
    found = events_of("Ukraine called off the talks with Russia on Monday.")
    assert ("UKR", "164", "RUS") in {e[:3] for e in found}, found


# The patient of a for-to passive is not whom an appeal is made to: "A lawmaker in the
# Philippines is calling for Donald Trump to be banned from the country" was coded 020 to Trump
# after round 114 listed it as missed; round 115's reviewer judged the target wrong (the appeal
# goes to the government that would ban him), so it stays uncoded.


@pytest.mark.parametrize(
    "text",
    [
        "A lawmaker in the Philippines is calling for Donald Trump to be banned from the "
        "country after the U.S. presidential candidate insulted Philippine immigrants.",
        "Mexican senators called for Donald Trump to be barred from Mexico.",
        "A Philippine lawmaker is pushing for Donald Trump to be declared unwelcome.",
    ],
)
def test_the_patient_of_an_appeal_is_not_its_target(events_of, text) -> None:
    found = events_of(text)
    assert not any(e[1][:2] in ("02", "10") and e[2] == "USAPTY" for e in found), found


def test_guard_whom_a_for_clause_asks_to_act_stays_the_target(events_of) -> None:
    found = events_of("Mexican senators pushed for Donald Trump to apologize to Mexico.")
    assert any(e[1][:2] in ("02", "10") and e[2] == "USAPTY" for e in found), found


# An accord worked out with someone is an agreement reached: "In 2014, Mr. Sanders, as chairman
# of the Senate Veterans Affairs Committee, worked out an accord with Senator John McCain" was
# missed (round 114).


@pytest.mark.parametrize(
    "text",
    [
        "In 2014, Senator Bernie Sanders worked out an accord with Senator John McCain.",
        "Secretary of State John Kerry hammered out a deal with Foreign Minister Sergei Lavrov "
        "on Friday.",
        "Russia worked out an agreement with Ukraine on Tuesday.",
    ],
)
def test_working_out_an_accord_is_an_agreement(events_of, text) -> None:
    found = events_of(text)
    assert any(e[1] == "057" for e in found), found


def test_guard_working_out_is_no_agreement(events_of) -> None:
    assert not events_of("Hillary Clinton worked out with Barack Obama at the gym on Tuesday.")


# A part of a head's term named as the deed's time dates it: "Congress, which acted quickly in
# Obama's first year to bar him from moving Gitmo detainees onto U.S. soil" took the
# publication day (round 113).


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "President Barack Obama sent his plan to Congress.\n\n"
            "In Congress, which acted quickly in Obama's first year to bar him from moving "
            "Gitmo detainees onto U.S. soil, Republicans are angry.",
            ("2009-01-20", "2010-01-19", "range"),
        ),
        (
            "During Obama's first 100 days, Russia criticized the United States.",
            ("2009-01-20", "2009-04-29", "range"),
        ),
        (
            "In his second term, President Barack Obama criticized Russia.",
            ("2013-01-20", "2016-02-23", "range"),
        ),
    ],
)
def test_a_part_of_a_heads_term_dates_the_deed(events_of, text, span) -> None:
    found = events_of(text, published="2016-02-23")
    assert found and all(e[3] == span for e in found), found


def test_guard_a_term_still_to_come_dates_nothing(events_of) -> None:
    found = events_of("In Trump's first year, Russia criticized the United States.", "2016-02-23")
    assert found and all(e[3] == ("2016-02-23", "2016-02-23", "day") for e in found), found


# Crediting someone with a good outcome is praise: "US Ambassador to El Salvador Jean Manes has
# credited the program for a drop in the number of people fleeing" and "credited the Federal
# Police with saving his life" were missed (round 114).


@pytest.mark.parametrize(
    "text",
    [
        "US Ambassador Jean Manes has credited the Salvadoran government for a drop in the "
        "number of people fleeing the country.",
        "President Enrique Pena Nieto credited the Mexican Federal Police with saving lives.",
        "Colombian President Juan Manuel Santos credited the Colombian army for the capture.",
    ],
)
def test_crediting_someone_is_praise(events_of, text) -> None:
    assert any(e[1] == "051" for e in events_of(text)), events_of(text)


def test_guard_credited_money_is_no_praise(events_of) -> None:
    found = events_of("Mexico credited the funds to the account of the Salvadoran government.")
    assert not any(e[1] == "051" for e in found), found


# A possessive date is its noun's: "But the leader of last week's high-profile filibuster is
# pressing Schumer to take a crack at gun laws" was dated last week (round 116).


@pytest.mark.parametrize(
    "text",
    [
        "Russia criticized Tuesday's NATO summit.",
        "Senator Chuck Schumer, the hero of last week's filibuster, criticized Senator Mitch "
        "McConnell.",
        "Iran condemned Monday's Israeli strike on Gaza.",
    ],
)
def test_a_possessive_date_is_its_nouns(events_of, text) -> None:
    found = [e for e in events_of(text, published="2016-06-22") if e[1][:2] == "11"]
    assert found and all(e[3] == ("2016-06-22", "2016-06-22", "day") for e in found), found


def test_guard_an_occasion_owned_by_its_day_dates_the_clause(events_of) -> None:
    text = "At Monday's meeting, President Barack Obama criticized Russia."
    found = events_of(text, "2016-06-22")
    assert found and all(e[3] == ("2016-06-20", "2016-06-20", "day") for e in found), found


# Another's deed a dated report tells takes the publication day: "Cardin said Wednesday that
# Republicans rejected his attempts to include language …" was dated Wednesday (rounds 111, 112
# and 116: judged wrong each time); the speaker's own deed keeps the report's day.


@pytest.mark.parametrize(
    "text",
    [
        "Russia said Wednesday that Ukraine attacked Russian troops.",
        "Germany said on Wednesday that Russia criticized the European Union.",
        "The Kremlin said Wednesday that Ukraine criticized Russia.",
    ],
)
def test_anothers_deed_in_a_dated_report_takes_the_publication_day(events_of, text) -> None:
    found = [e for e in events_of(text, published="2016-07-16") if e[0][:3] != e[2][:3]]
    found = [e for e in found if e[1][:2] in ("19", "11", "12")]
    assert found and all(e[3] == ("2016-07-16", "2016-07-16", "day") for e in found), found


def test_guard_the_speakers_own_deed_keeps_the_reports_day(events_of) -> None:
    found = events_of("Russia said Wednesday that it attacked Ukraine.", "2016-07-16")
    assert ("RUS", "190", "UKR", ("2016-07-13", "2016-07-13", "day")) in found, found
