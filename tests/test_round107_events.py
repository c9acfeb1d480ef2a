"""Blind audit, round 107 (fresh seed 109): event kinds a reviewer judged wrong.

Each input (the sentence as the article has it) and two paraphrases of our own, beside guards
for what was right. The pipeline is the whole one (article stage, parse, actors, quotes).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The (source code, root, target code) triples the pipeline stores for an article."""
    from dyads.records import RawDocument

    def run(text: str, published: str = "2015-12-10") -> set[tuple]:
        article = pipeline.process(RawDocument(source="test", content=text, published=published))
        return {(e.source.code, e.root, e.target.code) for e in article.events}

    return run


def _story(*sentences: str) -> str:
    # a one-line text is read as its headline: give the story a headline of its own
    return "World news.\n\n" + " ".join(sentences)


# A habit is no occasion: "The Israeli leader frequently meets with Republican and Democratic
# members of Congress" was coded 040 both ways on the publication day.


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli leader frequently meets with Republican and Democratic members of Congress.",
        "The Iranian president often visits Moscow.",
        "Turkey's foreign minister regularly criticizes the European Union.",
    ],
)
def test_a_habit_is_no_event(events_of, text) -> None:
    assert not events_of(_story(text))


def test_guard_a_meeting_on_a_day_stays(events_of) -> None:
    found = events_of(_story("The Israeli leader met with members of Congress on Monday."))
    assert ("ISRGOV", "04", "USALEG") in found


# A held attitude is no act: "several included on it told POLITICO they were only leaning
# toward Cruz, or simply opposed to Trump" was coded 120 (reject) from the delegates to Trump.


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear how loyal all of Cruz's slate will be, as several included on it told "
        "POLITICO they were only leaning toward Cruz, or simply opposed to Trump.",
        "Several Republican delegates said they were leaning toward Marco Rubio, or opposed to "
        "Donald Trump.",
        "Some senators were undecided, or firmly opposed to Barack Obama.",
    ],
)
def test_opposed_to_as_an_alternative_is_no_rejection(events_of, text) -> None:
    assert not [t for t in events_of(_story(text)) if t[1] == "12"]


def test_guard_opposed_to_told_of_its_subject_stays(events_of) -> None:
    found = events_of(_story("The Iranian government was firmly opposed to the United States."))
    assert ("IRNGOV", "12", "USA") in found


# A visit kept from happening is no visit: "Arab Israeli lawmakers called on the government
# Wednesday to block Trump's visit to Israel" was coded 042 (Trump -> Israel) on Wednesday.


@pytest.mark.parametrize(
    "text",
    [
        "Arab Israeli lawmakers called on the government Wednesday to block Trump's visit to "
        "Israel.",
        "The Cuban government postponed Obama's visit to Cuba on Monday.",
        "Donald Trump's trip to Mexico was called off on Monday.",
    ],
)
def test_a_prevented_visit_is_no_visit(events_of, text) -> None:
    assert not [t for t in events_of(_story(text)) if t[1] == "04"]


def test_guard_a_visit_that_ended_stays(events_of) -> None:
    found = events_of(_story("Joe Biden's visit to Kyiv ended on Monday."))
    assert ("USAGOV", "04", "UKR") in found


# Several trips named as the time of a deed are no visit: "Netanyahu and other right-wing
# Israeli leaders shunned Jimmy Carter during his recent trips to Israel" was coded 042 (Carter
# -> Israel), dated by the lead's Wednesday; the shunning itself was lost.


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu and other right-wing Israeli leaders shunned Barack Obama during his recent "
        "trips to Israel.",
        "Benjamin Netanyahu criticized Barack Obama during his trips to Washington.",
        "Vladimir Putin praised Xi Jinping throughout his visits to Beijing.",
    ],
)
def test_trips_as_a_time_frame_are_no_visit(events_of, text) -> None:
    found = events_of(_story(text))
    assert found  # the deed the trips frame is still coded
    assert not [t for t in found if t[1] == "04"]


def test_guard_one_visit_as_a_frame_is_still_told(events_of) -> None:
    found = events_of(_story("During his visit to Moscow last week, Netanyahu met Putin."))
    assert ("ISRGOV", "04", "RUS") in found


def test_shunning_is_a_rejection(events_of) -> None:
    found = events_of(_story("Benjamin Netanyahu shunned Barack Obama on Monday."))
    assert ("ISRGOV", "12", "USAGOV") in found


@pytest.fixture(scope="module")
def dated(pipeline):
    """(cameo root, date start, basis) of each event of an article."""
    from dyads.records import RawDocument

    def run(text: str, published: str | None = "2015-12-10") -> set[tuple]:
        article = pipeline.process(RawDocument(source="test", content=text, published=published))
        return {
            (e.root, e.date.start if e.date else None, e.date.basis if e.date else None)
            for e in article.events
        }

    return run


# A stance said in the present is taken when it is said: "Netanyahu said late Wednesday that
# he would go ahead with the Trump meeting, although he tweeted that he 'rejects Donald Trump's
# latest comments about Muslims'" was dated by the publication day (12-10), not Wednesday.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Netanyahu said late Wednesday that he would go ahead with the Trump meeting, although "
         "he tweeted that he \"rejects Donald Trump's latest comments about Muslims.\"",
         "2015-12-09"),
        ("Barack Obama said on Tuesday that he condemns the Russian attack on Ukraine.",
         "2015-12-08"),
        ("Iran's president said on Monday that Iran rejects the American demands.",
         "2015-12-07"),
    ],
)  # fmt: skip
def test_a_present_stance_takes_its_reports_day(dated, text, day) -> None:
    found = dated(_story(text))
    assert found and {d for _, d, _ in found} == {day}


# A deed right after a sentence that moved the story to another day happened on it: "On
# Monday, Hillary Clinton sought to turn the tables on Sanders …" then "Clinton suggested
# Sanders was being hypocritical …", and "… who, on a press call Friday, criticized Sanders
# …" then "Her campaign manager, Robby Mook, suggested …": both took the publication day.

_LEAD = (
    "Clinton looks for pace to quicken.\n\n"
    "CONCORD, N.H. - Sen. Bernie Sanders scored a decisive victory in Tuesday's New Hampshire "
    "presidential primary, embarrassing Hillary Clinton. The outcome provides a fresh burst "
    "of momentum for Sanders.\n\n"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (_LEAD + "On Monday, Hillary Clinton sought to turn the tables on Sanders.\n\n"
         "Clinton suggested Sanders was being hypocritical.", "2016-02-08"),
        (_LEAD + "On Sunday, her campaign's leadership criticized Sanders on a press call. Her "
         "campaign manager, Robby Mook, said Sanders was a liar.", "2016-02-07"),
        (_LEAD + "Donald Trump attacked Jeb Bush in a speech on Sunday. Trump also insulted "
         "Marco Rubio.", "2016-02-07"),
    ],
)  # fmt: skip
def test_a_deed_after_a_day_the_story_moved_to_takes_it(dated, text, day) -> None:
    found = {d for root, d, _ in dated(text, "2016-02-10") if root == "11"}
    assert found == {day}


def test_a_possessive_day_alone_dates_the_lead(dated) -> None:
    text = _LEAD + "Clinton criticized Sanders's plans."
    assert {d for root, d, _ in dated(text, "2016-02-10") if root == "11"} == {"2016-02-09"}


def test_guard_another_paragraph_and_doer_keeps_the_publication_day(dated) -> None:
    text = (
        _LEAD + "On Monday, Hillary Clinton sought to turn the tables on Sanders.\n\n"
        "Jeb Bush criticized Donald Trump."
    )
    assert {d for root, d, _ in dated(text, "2016-02-10") if root == "11"} == {"2016-02-10"}


# A time of its own that cannot be dated is no retelling: in an undated article, "While at
# least 140 people have been killed by Rio police so far this year" took the "February 2017"
# of "police forces in the state of Rio de Janeiro killed 84 people in February 2017".


@pytest.mark.parametrize(
    "later",
    [
        "While at least 140 people have been killed by Rio police so far this year, just 46 "
        "officers have lost their lives.",
        "Rio police have killed at least 140 people so far this year.",
        "This year, Rio police have killed at least 140 people.",
    ],
)
def test_a_time_of_its_own_is_no_retelling(dated, later) -> None:
    text = (
        "Rio police killings rise.\n\n"
        "Police forces in the state of Rio de Janeiro killed 84 people in February 2017. " + later
    )
    found = dated(text, None)
    assert ("18", "2017-02-01", "text") in found
    assert len(found) == 2 and ("18", None, None) in found


# Round 107's listed missed facts: "Sanders called the DNC's suspension 'arbitrary'" was lost
# (the word was no evaluation, and the party body's possession was read as the critic's own,
# both being USAPTY).


@pytest.mark.parametrize(
    "text",
    [
        'Bernie Sanders called the DNC\'s suspension "arbitrary."',
        'Bernie Sanders called the Democratic National Committee\'s decision "arbitrary."',
        "Jeb Bush criticized the Democratic National Committee's decision.",
    ],
)
def test_a_party_body_criticized_through_what_it_did(events_of, text) -> None:
    assert {t[1:] for t in events_of(_story(text), "2015-12-20")} == {("11", "USAPTY")}


def test_guard_a_partys_own_decision_is_defended_by_no_one_else(events_of) -> None:
    assert not events_of(_story("The Republican Party defended its decision."), "2015-12-20")


# A crime fought in a place is not a fight with the place: "The U.S has promised more aid to
# fight drug trafficking in Central America" (listed missed as aid) is no threat to the region.


@pytest.mark.parametrize(
    "text",
    [
        "The United States promised more aid to fight drug trafficking in Guatemala.",
        "The Colombian army fought drug trafficking in Venezuela on Monday.",
        "Mexico vowed to combat arms smuggling in Guatemala.",
    ],
)
def test_a_crime_fought_somewhere_is_no_force_against_it(events_of, text) -> None:
    assert not [t for t in events_of(_story(text)) if t[1] in ("13", "17", "18", "19", "20")]


def test_guard_an_attack_on_camps_in_a_country_stays(events_of) -> None:
    found = events_of(_story("The Colombian army attacked FARC camps in Venezuela on Monday."))
    assert [t for t in found if t[1] == "19"]


# Blind audit, round 108x (fresh seed 111, mid-session): "Later that day, Trump fired back a
# response saying he would not support Ryan's agenda" (after "On Thursday, Ryan said …") and,
# after a lead "… candidates began making their final pitches Monday", "Trump continued to
# question Cruz's temperament" both took the publication day.


@pytest.mark.parametrize(
    "later",
    [
        "Later that day, Trump fired back a response saying he would not support Ryan's agenda.",
        "Later that day, Trump issued a statement saying he would not back Ryan's agenda.",
        "That night, Trump posted a message saying he would not support Paul Ryan's agenda.",
    ],
)
def test_that_day_on_the_report_dates_what_it_says(dated, later) -> None:
    text = (
        "Trump and Ryan to meet.\n\nThe two men will meet next week.\n\n"
        "On Thursday, Paul Ryan said he was not ready to support Donald Trump. " + later
    )
    found = {d for root, d, _ in dated(text, "2016-05-06") if root == "12"}
    assert found == {"2016-05-05"}


@pytest.mark.parametrize(
    "deed",
    [
        "In an interview with CNN, Donald Trump continued to question Ted Cruz's temperament.",
        "Donald Trump kept attacking Ted Cruz on Fox News.",
        "Hillary Clinton continued to criticize Bernie Sanders.",
    ],
)
def test_going_on_at_the_occasion_takes_its_day(dated, deed) -> None:
    text = (
        "Candidates fan out in Iowa.\n\nOne week before Iowa opens the nomination process, "
        "Democratic and Republican candidates began making their final pitches Monday via the "
        "Internet and town halls.\n\nThe races have tightened on both sides as the caucuses near, "
        "polls show.\n\n" + deed
    )
    found = {(d, basis) for root, d, basis in dated(text, "2016-01-26") if root == "11"}
    assert found == {("2016-01-25", "lead")}


def test_guard_going_on_over_years_is_a_trend(dated) -> None:
    text = (
        "Candidates fan out in Iowa.\n\nDemocratic and Republican candidates began making their "
        "final pitches Monday.\n\nThe race is tight.\n\n"
        "Over the years, Ted Cruz continued to criticize the Republican Party."
    )
    found = {basis for root, _, basis in dated(text, "2016-01-26") if root == "11"}
    assert found and "lead" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz also picked up an endorsement from former Texas governor Rick Perry.",
        "Ted Cruz collected an endorsement from former Texas governor Rick Perry.",
        "Ted Cruz scored an endorsement from former Texas governor Rick Perry on Monday.",
    ],
)
def test_an_endorsement_picked_up_is_the_givers(events_of, text) -> None:
    """Round 108x's listed missed facts: "Cruz also picked up an endorsement from a onetime
    Republican opponent, former Texas governor Rick Perry" gave nothing."""
    assert ("USAELI", "05", "USAPTY") in events_of(_story(text), "2016-01-26")


# Own reading of round 107's articles after the changes: "just two days before warning US
# citizens to rethink traveling to El Salvador, the Trump administration announced …" was a
# threat (130) from the US government to its citizens: advice is an appeal at most.


@pytest.mark.parametrize(
    "text",
    [
        "Two days before warning US citizens to rethink traveling to El Salvador, the Trump "
        "administration announced the plan.",
        "The State Department warned Americans to avoid travel to Mexico.",
        "Britain warned its citizens to reconsider trips to Iran.",
    ],
)
def test_travel_advice_is_no_threat(events_of, text) -> None:
    assert not [t for t in events_of(_story(text), "2018-01-10") if t[1] == "13"]


def test_guard_warning_a_state_off_stays_a_threat(events_of) -> None:
    found = events_of(_story("The United States warned Iran not to attack its ships."))
    assert ("USA", "13", "IRN") in found
