"""Kinds of blind-audit round 47 (fresh seed 39, on c0a1ff3; session 2026-12-03g) and of the
PolNeAR train tune half: each kind, the input and two paraphrases of our own (a guard where the
old code already passed).

Events: a view held ("Ryan's concerns about Trump") is no event unless voiced; security forces
shooting protesters is repression (175), not a battle; a to-infinitive under another verb dates
its own act, not the event above it ("obliged Pascual to tender his resignation in 2011");
seasons are dates ("last fall"); a title in apposition to a named person is that person ("Tom
Rath, a veteran GOP leader who had endorsed Kasich").
Quotes: a list of places after the subject is no second speaker ("voters in Alabama, Georgia
and Virginia said"); "a PAC called Our Principles is ramping up" names, it reports nothing;
"called X “…,” but said …" is the caller's; "described immigrants as “criminals”" is what was
said even where the parser hangs "as" on the object.
Actors: "Lindsey" is a given name of men and women alike ("he continued" after Lindsey
Graham's quotation is Graham).
"""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ryan and Donald Trump agreed to meet again to discuss policy issues that may allay "
        "Paul Ryan's concerns about Donald Trump's conformity to conservative orthodoxies.",
        "Germany's concern about Russia's troop movements grew on Tuesday.",
        "The talks may ease Japan's concerns over China's military buildup.",
    ],
)
def test_a_view_held_is_no_event(events_at, text) -> None:
    """Round 47: "allay Ryan's concerns about Trump's conformity" was Ryan 012 Trump."""
    assert [e for e in events_at(text, "2016-05-12") if e.cameo == "012"] == []


def test_a_concern_voiced_is_still_one(events_at) -> None:
    found = events_at("China expressed concern over the US arms sale to Taiwan.", "2016-05-12")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [("CHN", "012", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "In August, Ethiopian security forces shot dead roughly 100 demonstrators and injured "
        "hundreds more.",
        "Egyptian police opened fire on protesters in Cairo on Friday.",
        "Syrian soldiers killed 12 protesters in Deraa on Sunday.",
    ],
)
def test_security_forces_shooting_protesters_is_repression(events_at, text) -> None:
    """Round 47: "security forces shot dead roughly 100 demonstrators" was 193 (small arms)."""
    assert [e.cameo for e in events_at(text, "2016-10-10")] == ["175"]


def test_soldiers_killing_rebels_is_still_fighting(events_at) -> None:
    found = events_at("Syrian soldiers killed 12 rebels in Deraa on Sunday.", "2016-10-10")
    assert [e.cameo[:2] for e in found] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "His fury at former US Ambassador Carlos Pascual's criticism of Mexico's military, "
        "revealed in a WikiLeaks cable, obliged Pascual to tender his resignation in 2011.",
        "Anger at US Ambassador Carlos Pascual's criticism of Mexico's military, revealed by "
        "WikiLeaks, forced Pascual to resign in 2011.",
        "The outcry over Senator John Smith's criticism of Mexico's army, reported by a paper, "
        "led his party to expel him in 2011.",
    ],
)
def test_an_infinitive_below_another_verb_dates_its_own_act(events_at, text) -> None:
    """Round 47: the criticism dated to 2011, the year of the resignation."""
    found = [e for e in events_at(text, "2016-05-12") if e.cameo.startswith("11")]
    assert found and all(e.date.text != "2011" for e in found)


def test_agreeing_to_meet_on_a_day_keeps_the_day(events_at) -> None:
    found = events_at("Russia and Ukraine agreed to resume talks on Tuesday.", "2016-05-12")
    assert {e.date.start for e in found} == {"2016-05-10"}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Last fall, Donald Trump mocked Marco Rubio.", "2015-09-01", "2015-11-30"),
        ("In the spring of 2015, Russia attacked Ukraine.", "2015-03-01", "2015-05-31"),
        ("This past winter, Donald Trump mocked Marco Rubio.", "2015-12-01", "2016-02-29"),
    ],
)
def test_a_season_dates_its_event(events_at, text, start, end) -> None:
    """Round 47: "Last fall, Trump mocked …" took the publication day."""
    found = events_at(text, "2016-05-12")
    assert found and all((e.date.start, e.date.end) == (start, end) for e in found)


def test_seasons_resolve_around_publication() -> None:
    from dyads.seasons import relative_season, season
    from dyads.timex import find_dates

    day = date_of("2016-12-10")
    assert relative_season("last", "fall", day) == season("fall", 2016)
    assert relative_season("next", "spring", day) == season("spring", 2017)
    assert relative_season("this", "winter", date_of("2016-02-01")) == season("winter", 2015)
    assert find_dates("the last fall of Rome", "2016-05-12") == []
    assert find_dates("during the winter of 2014", "2016-05-12") == []  # which end of it?


def date_of(iso: str) -> date:
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "text",
    [
        "“What Ryan did is calling out for that kind of moment,” said Tom Rath, a veteran New "
        "Hampshire GOP leader who had endorsed John Kasich.",
        "Tom Rath, a veteran New Hampshire party leader who had endorsed John Kasich, spoke.",
        "Tom Rath, a longtime Iowa activist who endorsed John Kasich, spoke to reporters.",
    ],
)
def test_a_title_in_apposition_is_the_named_person(events_at, text) -> None:
    """Round 47 (the date change's diff): the endorser was "New Hampshire" (USACVL)."""
    found = [e for e in events_at(text, "2016-05-05") if e.cameo.startswith("05")]
    assert [e.source.actor for e in found] == ["Tom Rath"]


@pytest.mark.parametrize(
    "text",
    [
        "Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed by "
        "their own party.",
        "Farmers in Iowa, Nebraska and Kansas said the drought had ruined their crops.",
        "Teachers in Ohio, Michigan and Indiana said the new tests were unfair.",
    ],
)
def test_a_list_of_places_is_no_speaker(quotes_in, text) -> None:
    """Round 47: the voters' words given to "Georgia" and to "Virginia"."""
    for quote in quotes_in(text, "2016-03-02"):
        assert quote.speaker is not None
        assert quote.speaker.text not in ("Georgia", "Virginia", "Nebraska", "Kansas",
                                          "Michigan", "Indiana")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "An anti-Trump super PAC called Our Principles is ramping up its operations.",
        "A new group called Citizens for Peace is raising money in Ohio.",
        "A small charity named Hope for Haiti has opened an office in Miami.",
    ],
)
def test_a_name_given_reports_nothing(quotes_in, text) -> None:
    """Round 47: "called Our Principles is ramping up" was the PAC's indirect quotation."""
    assert quotes_in(text, "2016-03-02") == []


def test_calling_someone_a_name_is_still_said(quotes_in) -> None:
    found = quotes_in("Donald Trump called Hillary Clinton a liar.", "2016-03-02")
    assert [q.content for q in found] == ["Hillary Clinton a liar"]


@pytest.mark.parametrize(
    "text",
    [
        "Last month, FBI Director James Comey called Clinton's use of private email servers "
        '"extremely careless," but said she should face no criminal charges, a recommendation '
        "Attorney General Loretta Lynch adopted.",
        'FBI Director James Comey called the practice "reckless," but said no charges were '
        "warranted, a finding Attorney General Loretta Lynch accepted.",
        'Senator John McCain called the deal "a disaster," but said he would not block it, a '
        "stance Senator Lindsey Graham shared.",
    ],
)
def test_what_the_caller_said_next_is_the_caller_s(quotes_in, text) -> None:
    """Round 47: "… but said she should face no criminal charges" given to Loretta Lynch."""
    found = [q for q in quotes_in(text, "2016-08-01") if q.cue and q.cue.text == "said"]
    assert found and all(q.speaker.actor in ("James Comey", "John McCain") for q in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In his announcement speech, Donald Trump described Mexican immigrants as "
            "“criminals” and “rapists.”",
            "Mexican immigrants as “criminals” and “rapists.”",
        ),
        (
            "Senator Ted Cruz described the deal as “a catastrophe” on Monday.",
            "the deal as “a catastrophe”",
        ),
        (
            "Hillary Clinton characterized the plan as “reckless” and “dangerous.”",
            "the plan as “reckless” and “dangerous.”",
        ),
    ],
)
def test_described_as_is_what_was_said(quotes_in, text, content) -> None:
    """PolNeAR train, tune half: "described Mexican immigrants as “criminals”" kept only the
    quoted words; the statement is what the object is described as."""
    assert content in [q.content for q in quotes_in(text, "2016-03-02")]


def test_he_continued_after_lindsey_graham_is_graham(quotes_in) -> None:
    """Round 47: "He continued, “…”" after Graham's quotation was given to Donald Trump."""
    text = (
        "Sen. Lindsey Graham called out his rival Donald Trump for alienating Hispanics.\n\n"
        "Graham said, “I believe we’re losing the Hispanic vote because they think we don’t "
        "like them.”\n\n"
        "He continued, “I believe Donald Trump is destroying the Republican Party’s chance to "
        "win an election.”"
    )
    found = quotes_in(text, "2015-12-04")
    assert [q.speaker.actor for q in found] == ["Lindsey Graham", "Lindsey Graham"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Kelly Ayotte, a New Hampshire Republican who is also in a difficult re-election "
        "fight, used a closed-door luncheon to complain that Mr. Trump's comments were obscuring "
        "the party's economic message and urged Senator Jeff Sessions to tell Mr. Trump to drop "
        "his jeremiad against the judge.",
        "Senator Kelly Ayotte complained that Donald Trump's comments were obscuring the party's "
        "message and urged Senator Jeff Sessions to intervene.",
        "Senator Kelly Ayotte warned that Donald Trump's remarks were hurting the party and urged "
        "Senator Jeff Sessions to speak to him.",
    ],
)
def test_a_past_act_joined_to_a_reported_progressive_is_the_reporter_s(events_at, text) -> None:
    """Round 46 (seed 1), missed: Ayotte urging Sessions; "urged" hangs on "were obscuring",
    so the act had no source."""
    found = [e for e in events_at(text, "2016-06-09") if e.target.actor == "Jeff Sessions"]
    assert [(e.source.actor, e.cameo[:2]) for e in found] == [("Kelly Ayotte", "02")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Donald Trump went on to criticize the Democratic National Convention for its failure "
            "to mention ISIS or the plight of police officers in the U.S.",
            "11",
        ),
        (
            "Ted Cruz criticized the Republican National Convention for its choice of speakers.",
            "11",
        ),
        ("Bernie Sanders praised the Democratic National Convention for its platform.", "05"),
    ],
)
def test_a_party_s_national_convention_is_the_party(events_at, text, code) -> None:
    """Round 46 (seed 1), missed: Trump criticizing the DNC; the convention was uncoded."""
    found = events_at(text, "2016-07-27")
    assert [(e.cameo[:2], e.target.code) for e in found] == [(code, "USAPTY")]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Lindsey Graham called out his rival Donald Trump for alienating Hispanics.",
        "Senator Ted Cruz called out Donald Trump on Tuesday.",
        "Hillary Clinton called out her rival Bernie Sanders over his gun record.",
    ],
)
def test_calling_someone_out_is_criticism(events_at, text) -> None:
    """Round 47, missed: Graham "called out his rival Donald Trump" (the "for" of "call for"
    won, and "his rival" was Graham's own)."""
    assert [e.cameo for e in events_at(text, "2015-12-04")] == ["111"]


def test_calling_out_the_guard_is_no_criticism(events_at) -> None:
    found = events_at("The governor called out the National Guard on Friday.", "2015-12-04")
    assert [e for e in found if e.cameo == "111"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Senator Marco Rubio offered a sharp critique of Donald Trump on Sunday.",
        "Senator Ted Cruz offered a blistering criticism of Donald Trump on Sunday.",
        "Hillary Clinton offered a pointed critique of Bernie Sanders on Sunday.",
    ],
)
def test_offering_a_critique_is_criticism(events_at, text) -> None:
    """Round 47, missed: "delivered a critique of Hillary Clinton's handling of Benghazi";
    "offered a critique" was an offer (030)."""
    assert [e.cameo for e in events_at(text, "2016-05-12")] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Mexican marines killed clan boss Arturo Beltran Leyva in December 2009.",
        "Colombian police arrested cartel boss Daniel Barrera on Tuesday.",
        "Mexican soldiers captured crime boss Servando Gomez on Friday.",
    ],
)
def test_a_crime_boss_is_a_criminal(events_at, text) -> None:
    """Round 47, missed: "killed clan boss Arturo Beltran Leyva" had an uncoded target."""
    found = events_at(text, "2016-05-12")
    assert found and all(e.target.code and e.target.code.endswith("CRM") for e in found)
