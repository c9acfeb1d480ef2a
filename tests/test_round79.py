"""Kinds from blind audit round 79 (fresh seed 58): each input with two paraphrases of our own,
and a guard for the reading the rule must keep."""

from __future__ import annotations

import pytest

# --- events: who is judged for a deed did it ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Just recently the Armenians of Israel protested Israel for selling arms to Azerbaijan.",
         "ISR", "AZE"),
        ("Greek students protested Germany for selling weapons to Turkey.", "DEU", "TUR"),
        ("Kurdish activists denounced Sweden for selling arms to Turkey.", "SWE", "TUR"),
    ],
)  # fmt: skip
def test_the_one_protested_for_a_deed_did_it(events_at, text, source, target) -> None:
    """Round 79: "the Armenians of Israel protested the government for selling arms to
    Azerbaijan" coded the protesters as selling the arms."""
    found = [e for e in events_at(text, "2016-04-27") if e.cameo.startswith("06")]
    assert [(e.source.code, e.target.code) for e in found] == [(source, target)]


def test_the_protesters_do_their_own_deed(events_at) -> None:
    found = events_at("Greek students protested Germany by burning flags.", "2016-04-27")
    assert all(e.source.code != "DEU" for e in found)


def test_the_original_protest_sells_nothing(events_at) -> None:
    text = "Just recently the Armenians of Israel protested the government for selling arms to "
    found = events_at(text + "Azerbaijan.", "2016-04-27")
    assert not [e for e in found if e.source.code and e.source.code.startswith("ISRCVL")]


# --- dates: an anniversary is no occasion ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "April 24 marked 101 years since the start of the Armenian genocide. The Republic of "
        "Turkey denies that the crime was a genocide. The Azerbaijani authorities declared war "
        "on Nagorno-Karabakh.",
        "Monday marked ten years since the flood in the capital. Many residents still live in "
        "tents. Rebels attacked the Colombian army near Cali.",
        "Sunday was the fifth anniversary of the coup. The junta still rules. Thai soldiers "
        "arrested Cambodian fishermen near the border.",
    ],
)
def test_a_day_the_lead_commemorates_dates_nothing_after(events_at, text) -> None:
    """Round 79: "April 24 marked 101 years since …" dated a war of 1991 and a protest "just
    recently" to April 24, as the story's occasion."""
    (found,) = events_at(text, "2016-04-27")
    assert found.date is not None and found.date.basis == "published"


def test_a_lead_that_dates_its_deed_still_dates_the_story(events_at) -> None:
    text = (
        "Thai soldiers on Sunday stormed a camp near the border. The junta still rules. Thai "
        "soldiers arrested Cambodian fishermen near the border."
    )
    found = [e for e in events_at(text, "2016-04-27") if e.cameo.startswith("17")]
    assert [(e.date.start, e.date.basis) for e in found] == [("2016-04-24", "lead")]


# --- dates: a clause joined to a dated one ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Chris Christie attacked Marco Rubio in Saturday’s debate, and the New Jersey governor "
         "mocked Marco Rubio for his reliance on talking points.", "2016-02-06"),
        ("Russian troops shelled Kharkiv on Tuesday, and Ukrainian forces attacked Russian "
         "positions near Izium.", "2016-02-02"),
        ("On Friday Israeli jets struck Gaza, and Hamas fighters fired rockets at Israel.",
         "2016-02-05"),
    ],
)  # fmt: skip
def test_a_clause_joined_to_a_dated_one_shares_its_day(events_at, text, day) -> None:
    """Round 79: "… in Saturday's debate, and the New Jersey governor tripped up Rubio" took
    the publication day."""
    found = events_at(text, "2016-02-07")
    assert len(found) == 2 and all(e.date.start == day for e in found), [
        (e.cameo, e.date) for e in found
    ]


def test_a_joined_clause_in_another_tense_keeps_its_own_time(events_at) -> None:
    text = (
        "Russian troops shelled Kharkiv on Tuesday, and Ukrainian forces have attacked Russian "
        "positions for weeks."
    )
    found = [e for e in events_at(text, "2016-02-07") if e.source.code == "UKRMIL"]
    assert found and all(e.date.start != "2016-02-02" for e in found)


# --- events: a nationality that says how, a figure of speech, a mass killing ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Nearly three in four union workers say they would like to buy goods made in the United "
        "States. A mere 9 percent say they only buy American.",
        "Most union workers say they try to buy American.",
        "Detroit autoworkers said they always buy American.",
    ],
)
def test_a_bare_nationality_object_is_no_target(events_at, text) -> None:
    """Round 79: "say they only buy American" was 061 to the United States."""
    assert [e for e in events_at(text, "2016-04-14") if e.target.code == "USA"] == []


def test_people_of_a_nationality_stay_a_target(events_at) -> None:
    found = events_at("Russian police arrested two Americans in Moscow.", "2016-04-14")
    assert [(e.cameo[:2], e.target.code) for e in found] == [("17", "USACVL")]


@pytest.mark.parametrize(
    "text",
    [
        "His moral authority, his popularity with voters and his political battles with Congress "
        "have worked to squelch the kind of ideological battles that have divided the party.",
        "Beijing's trade war with Washington hurt American farmers.",
        "Ankara's legal battle with Brussels dragged on for years.",
    ],
)
def test_a_figurative_battle_uses_no_force(events_at, text) -> None:
    """Round 79: "his political battles with Congress" was 190 both ways."""
    found = events_at("Barack Obama leads the Democrats. " + text, "2016-04-26")
    assert [e for e in found if e.cameo[:2] in ("18", "19", "20")] == []


def test_a_war_between_states_stays_force(events_at) -> None:
    found = events_at("Russia's war with Ukraine killed thousands.", "2016-04-26")
    assert {e.cameo[:2] for e in found} == {"19"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ottoman Turks killed approximately 1.5 million Armenians, Assyrians and Greeks.",
         "ARMCVL"),
        ("Khmer Rouge soldiers killed thousands of Cambodian civilians.", "KHMCVL"),
        ("Serb forces killed 8,000 Bosnian Muslims at Srebrenica.", "BIH"),
    ],
)  # fmt: skip
def test_a_killing_of_thousands_is_a_mass_killing(events_at, text, target) -> None:
    """Round 79: the killing of 1.5 million Armenians was 1823, a single assault."""
    found = [e for e in events_at(text, "2016-04-27") if e.target.code == target]
    assert [e.cameo for e in found] == ["202"]


def test_a_killing_of_a_few_stays_an_attack(events_at) -> None:
    found = events_at("Rebels killed 20 Colombian soldiers.", "2016-04-27")
    assert [e.cameo for e in found] == ["190"]


# --- round 80: people protesting demonstrate; a means is dated by its act --------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Armenians of Israel protested the Israeli government for selling arms to "
         "Azerbaijan.", "ISRCVL", "ISRGOV"),
        ("Greek pensioners protested the Greek government over pension cuts.", "GRCCVL",
         "GRCGOV"),
        ("Kenyan students protested the government over fuel prices.", "KENEDU", "KENGOV"),
    ],
)  # fmt: skip
def test_people_protesting_their_government_demonstrate(events_at, text, source, target) -> None:
    """Rounds 79 and 80: "the Armenians of Israel protested the government" was 114, judged a
    protest (root 14) both times."""
    found = [e for e in events_at(text, "2016-04-27") if e.target.code == target]
    assert [(e.source.code, e.cameo) for e in found] == [(source, "141")]


def test_a_state_protesting_complains_officially(events_at) -> None:
    found = events_at("China protested the visit of the Japanese prime minister.", "2016-04-27")
    assert [e.cameo for e in found] == ["114"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Chris Christie won the exchange in Saturday’s debate by accusing Marco Rubio of "
         "reciting talking points.", "2016-02-06"),
        ("On Tuesday Russian troops took the town by shelling Ukrainian positions.",
         "2016-02-02"),
        ("Mexican police on Friday freed the hostages by storming the ranch of the Zetas.",
         "2016-02-05"),
    ],
)  # fmt: skip
def test_a_means_is_dated_by_its_act(events_at, text, day) -> None:
    """Round 80: "tripped up Rubio by calling him out" in Saturday's debate took the
    publication day."""
    found = events_at(text, "2016-02-07")
    assert found and all(e.date.start == day for e in found), [(e.cameo, e.date) for e in found]


def test_an_accusation_of_a_dated_deed_keeps_its_own_day(events_at) -> None:
    text = (
        "The Philippines on Monday accused China's coast guard of firing water cannon at a "
        "Philippine supply boat last Tuesday."
    )
    found = [e for e in events_at(text, "2024-05-06") if e.cameo.startswith("112")]
    assert [e.date.start for e in found] == ["2024-05-06"]


@pytest.mark.parametrize(
    "text",
    [
        "April 24 marked 101 years since the start of the Armenian genocide, when Ottoman Turks "
        "killed approximately 1.5 million Armenians.",
        "Survivors remember the start of the war, when Serb forces shelled Sarajevo.",
        "Many still speak of the dark days of the dictatorship, when Chilean soldiers arrested "
        "thousands of students.",
    ],
)
def test_a_when_clause_on_an_undated_time_has_no_day(events_at, text) -> None:
    """Rounds 79 and 80: the killings of 1915 "when Ottoman Turks killed …" took the
    publication day."""
    found = events_at(text, "2016-04-27")
    assert found and all(e.date is None for e in found), [(e.cameo, e.date) for e in found]


def test_a_when_clause_on_an_occasion_is_the_storys(events_at) -> None:
    found = events_at("Voters remember the rally, when Donald Trump attacked Hillary Clinton.",
                      "2016-04-27")  # fmt: skip
    assert [e.date.basis for e in found] == ["published"]
