"""Event faults from blind-audit round 13: each input (or its kind) and two paraphrases of ours,
with a guard that the neighbouring legitimate case still holds.

Every sentence goes through the actors, quotes and events stages with the shipped scorer and
its default threshold, as ``dyads extract`` runs them.
"""

from __future__ import annotations

import pytest

from dyads.records import Event

PUBLISHED = "2018-11-23"  # a Friday


@pytest.fixture(scope="module")
def nlp():
    from dyads.events.sentences import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def events_of(events_at):
    return lambda text, published=PUBLISHED: events_at(text, published)


def _facts(events: list[Event]) -> set[tuple[str | None, str, str | None, str | None]]:
    return {(e.source.code, e.root, e.target.code, e.date and e.date.start) for e in events}


# --- 1. the date in the event's own clause, read by that clause's tense -----------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a "will" in another clause does not make the called-for day next week's
        (
            "Macron on Monday urged Iran to release the prisoners, who will be freed soon.",
            ("FRAGOV", "02", "IRN", "2018-11-19"),
        ),
        (
            "The Chinese government on Wednesday criticized Japan over a visit that will take "
            "place next month.",
            ("CHNGOV", "11", "JPN", "2018-11-21"),
        ),
        (
            "President Donald Trump on Tuesday called for Mexico to stop the caravan, which will "
            "reach the US border soon.",
            ("USAGOV", "02", "MEX", "2018-11-20"),
        ),
    ],
)
def test_a_weekday_in_the_clause_is_the_last_such_day_in_the_past_tense(
    events_of, text: str, fact: tuple[str, str, str, str]
) -> None:
    assert fact in _facts(events_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Colombian Air Force bombed his FARC camp November 20, and officials will "
            "confirm his death soon.",
            ("COLMIL", "19", "COLREB", "2018-11-20"),
        ),
        (
            "Ecuadorean troops attacked the FARC camp November 19, though prosecutors will open "
            "an inquiry.",
            ("ECUMIL", "19", "COLREB", "2018-11-19"),
        ),
        (
            "Turkish forces shelled Kurdish militants Nov. 19, officials said.",
            ("TURMIL", "19", "TURREB", "2018-11-19"),
        ),
        (
            "Colombian troops attacked the FARC camp last Tuesday, and prosecutors will "
            "investigate.",
            ("COLMIL", "19", "COLREB", "2018-11-20"),
        ),
    ],
)
def test_a_month_day_without_on_dates_a_past_event_before_publication(
    events_of, text: str, fact: tuple[str, str, str, str]
) -> None:
    assert fact in _facts(events_of(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "On Thursday night the Syrian army bombed Turkish positions.",
            ("SYRMIL", "19", "TUR", "2018-11-22"),
        ),
        (
            "Late Sunday night Israeli jets struck Hamas targets in Gaza.",
            ("ISR", "19", "PSEREB", "2018-11-18"),
        ),
        (
            "The Mexican police said Thursday night that they arrested three Guatemalan smugglers.",
            ("MEXCOP", "17", "GTMCRM", "2018-11-22"),
        ),
        (
            "Honduran police said on Wednesday that they detained a Mexican cartel boss.",
            # "cartel boss" is a criminal's title since blind audit round 47 (was bare MEX);
            # the reporter's own deed since round 116 ("Honduran prosecutors said on Wednesday
            # that Honduran police detained …", another's deed, takes the publication day:
            # tests/test_round114_events.py)
            ("HNDCOP", "17", "MEXCRM", "2018-11-21"),
        ),
    ],
)
def test_a_weekday_night_and_a_fresh_reported_deed_take_that_day(
    events_of, text: str, fact: tuple[str, str, str, str]
) -> None:
    assert fact in _facts(events_of(text))


def test_a_perfect_reported_deed_keeps_the_publication_date(events_of) -> None:
    text = "The Mexican police said Thursday night that they had arrested Guatemalan smugglers."
    assert {e.date.basis for e in events_of(text) if e.root == "17"} == {"published"}


def test_a_report_older_than_a_week_does_not_date_the_deed(events_of) -> None:
    text = "The Mexican police said on November 2 that they arrested three Guatemalan smugglers."
    assert {e.date.basis for e in events_of(text) if e.root == "17"} == {"published"}


def test_guard_the_own_clause_day_and_a_future_day(events_of) -> None:
    assert ("CHN", "16", "CAN", "2018-11-20") in _facts(
        events_of("On Tuesday China imposed duties on Canadian canola.")
    )
    # an intent is dated by the report that states it, not by the day it names (blind audit,
    # round 31: "are meeting up next week" dated to the meeting was judged wrong)
    future = events_of("China will impose duties on Canadian canola on Tuesday.")
    assert {(e.date.start, e.date.basis) for e in future} == {(PUBLISHED, "published")}
    assert all(e.root in ("03", "13") for e in future)
    reported = events_of("China said it will impose duties on Canadian canola on Tuesday.")
    assert {(e.date.start, e.date.basis) for e in reported} == {(PUBLISHED, "published")}


def test_guard_a_date_of_another_sentence_is_never_taken(events_of) -> None:
    text = "On Tuesday the minister spoke. China imposed duties on Canadian canola."
    assert {(e.date.start, e.date.basis) for e in events_of(text)} == {(PUBLISHED, "published")}


# --- 2. what a measure would do, and a generic conditional future, are not events -------------


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania passed a law that would ban Russian officials from entering the country.",
        "The new US law will impose sanctions on Iran.",
        "The US Congress passed a bill that would impose sanctions on Iran.",
        "The Venezuelan decree would expel Colombian diplomats.",
        '"If you speak out, they will brand you a liar," the Venezuelan opposition leader said.',
        '"If you march, the army will shoot you," the Nicaraguan bishop told the students.',
    ],
)
def test_a_measure_or_generic_future_codes_nothing(events_of, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("US senators introduced a bill that would prohibit Chinese firms from buying land.",
         "prohibit"),
        ("Lithuanian officials said the law would ban Russian diplomats from Lithuania.", "ban"),
        ("Officials said the new law will ban Russian diplomats from Lithuania.", "ban"),
        ("The Russian law would impose sanctions on Latvia.", "sanctions"),
        ('"If you speak out, they will brand you a liar," the opposition leader said.', "brand"),
        ('"If anyone protests, the police will arrest him," the governor said.', "arrest"),
        ('"When you criticize them, they will call you a traitor," the activist said.', "call"),
    ],
)  # fmt: skip
def test_the_mood_is_hypothetical(nlp, text: str, word: str) -> None:
    from dyads.events.factuality import assess
    from dyads.events.lexicon import load_lexicon

    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_ == word)
    assert assess(trigger, load_lexicon(), nominal=trigger.pos_ == "NOUN").kind == "hypothetical"


def test_guard_an_announced_conditional_threat_and_intent_stay(events_of) -> None:
    found = events_of("Russia will strike Ukraine if Ukraine attacks Crimea.")
    assert {(e.source.code, e.root, e.target.code) for e in found} == {("RUS", "13", "UKR")}
    assert ("USA", "16", "IRN") in {
        (e.source.code, e.root, e.target.code)
        for e in events_of("The US imposed sanctions on Iran.")
    }


# --- 3. a place after "in" is never the patient of an arrest ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Adolfo Eribel Rodriguez Barrientos was arrested in Belize by agents from the US Drug "
        "Enforcement Administration (DEA), reported Emisoras Unidas.",
        "Hernan Prada Cortes was captured in Colombia by agents of the Venezuelan National Guard.",
        "Walter Overdick was arrested in Mexico by Guatemalan police.",
    ],
)
def test_the_place_of_an_arrest_is_no_target(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.target.code in ("BLZ", "COL", "MEX")] == []


def test_guard_an_arrest_with_a_known_patient(events_of) -> None:
    found = events_of("The Belizean police arrested a Guatemalan drug trafficker in Belize.")
    assert {(e.source.code, e.root, e.target.code) for e in found} == {("BLZCOP", "17", "GTMCRM")}
    bombed = events_of("Israeli jets bombed targets in Syria.")
    # a state's jets bombing is aerial weapons, 195 (round 44), not a car bomb's 183
    assert {(e.source.code, e.root, e.target.code) for e in bombed} == {("ISR", "19", "SYR")}


# --- 4. a group named only as the kin of the head noun is not the side ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The French government blamed the al-Qaeda offshoot for the attack.",
        "The Malian army accused an Islamic State affiliate of killing the soldiers.",
        "The Colombian government condemned a FARC splinter group for the bombing.",
    ],
)
def test_the_kin_of_a_named_group_is_another_group(events_of, text: str) -> None:
    found = events_of(text)
    assert not [e for e in found if e.target.code in ("IMGMUSALQ", "IMGMUSISI", "COLREB", "NGAREB")]
    assert not [e for e in found if e.source.code in ("IMGMUSISI",)]


def test_guard_a_faction_is_part_of_its_group(events_of) -> None:
    # a branch, wing or faction acts as its group at the level of country and sector
    found = events_of("Nigeria's army attacked a faction of Boko Haram near the border.")
    assert ("NGAMIL", "19", "NGAREB") in {(e.source.code, e.root, e.target.code) for e in found}
    wing = events_of("The Colombian army bombed a FARC faction in the jungle.")
    assert ("COLMIL", "19", "COLREB") in {(e.source.code, e.root, e.target.code) for e in wing}


def test_guard_the_named_group_itself_and_its_fighters(events_of) -> None:
    found = events_of("The French government blamed al-Qaeda for the attack.")
    assert ("FRAGOV", "11", "IMGMUSALQ") in {(e.source.code, e.root, e.target.code) for e in found}
    fighters = events_of("The Iraqi army attacked Islamic State fighters in Mosul.")
    assert ("IRQMIL", "19", "IMGMUSISI") in {
        (e.source.code, e.root, e.target.code) for e in fighters
    }


# --- 5. a present obligation is no deed --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The provision is meant to make sure Congress has to approve any future deals with Iran.",
        "Congress has to approve the nuclear deal with Iran.",
        "Turkey has to sign the accord with Greece.",
    ],
)
def test_what_an_actor_has_to_do_is_no_event(events_of, text: str) -> None:
    assert events_of(text) == []


def test_guard_what_an_actor_did_stays(events_of) -> None:
    found = events_of("Turkey signed the accord with Greece on Monday.")
    assert {(e.source.code, e.root, e.target.code) for e in found} >= {("TUR", "05", "GRC")}


# --- 6. blind audit, round 14: a swap of people is their release; a threat to pull out -----------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "In May 2014, the US traded five Taliban detainees held at Guantanamo Bay for Sgt. "
            "Bowe Bergdahl.",
            "AFGREB",  # the Taliban's held members: REB, as the metonym table has them (r. 110)
        ),
        ("In December 2014, the United States traded three Cuban spies for an agent.", "CUBSPY"),
        ("Russia traded two Ukrainian prisoners for a Russian pilot.", "UKR"),
    ],
)
def test_trading_people_is_releasing_them(events_of, text: str, target: str) -> None:
    found = events_of(text)
    assert [e.root for e in found if e.target.code and e.target.code.startswith(target)] == ["08"]


def test_guard_trading_goods_stays_economic(events_of) -> None:
    found = events_of("China traded soybeans with Brazil.")
    assert {(e.source.code, e.cameo, e.target.code) for e in found} == {("CHN", "061", "BRA")}


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump, the Republican nominee, has been scathing, threatening to pull out of NATO "
        "if he is elected.",
        "Turkey threatened to pull out of NATO.",
        "The Philippine president threatened to pull out of the Association of Southeast Asian "
        "Nations.",
    ],
)
def test_threatening_to_pull_out_is_a_threat(events_of, text: str) -> None:
    found = events_of(text)
    assert found and all(e.root == "13" for e in found)


# --- 7. blind audit, round 15 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Angela Merkel on Friday called Vladimir Putin's threats against the Baltics "
        "“unacceptable,” a rare rebuke.",
        "President Obama on Monday called Russia's move a mistake.",
        "Prime Minister Theresa May on Tuesday called Russia's attack reckless.",
    ],
)
def test_a_preposition_before_call_is_no_call_on_anyone(events_of, text: str) -> None:
    assert not [e for e in events_of(text, published="2016-06-08") if e.root == "02"]


def test_guard_calling_on_someone_after_the_verb_stays_an_appeal(events_of) -> None:
    found = events_of(
        "On Monday, Obama called for Russia to release the prisoners.", published="2016-06-08"
    )
    assert [e.root for e in found] == ["02"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Speaker Paul D. Ryan on Tuesday called Donald J. Trump's remarks about a Latino judge "
            "''racist,'' an extraordinary indictment.",
            "USALEG",
            "USAPTY",
        ),
        (
            "Chancellor Angela Merkel on Friday called Vladimir Putin's threats ''unacceptable,'' "
            "a rare rebuke.",
            "DEUGOV",
            "RUSGOV",
        ),
        (
            "President Vladimir Putin on Friday called Barack Obama's sanctions against Russia "
            "''illegal,'' a harsh charge.",
            "RUSGOV",
            "USAGOV",
        ),
    ],
)
def test_a_quoted_evaluation_after_a_called_phrase_is_criticism(
    events_of, text: str, source: str, target: str
) -> None:
    found = events_of(text, published="2016-06-08")
    assert (source, "11", target) in {(e.source.code, e.root, e.target.code) for e in found}
