"""Kinds of blind-audit rounds 40-42 (fresh seeds 35 and 36 and seed 1, on 4504e89 and
fe5d729; session 2026-12-03e): each kind, the input and two paraphrases of our own.

Actors: a one-word name that ends a body's longer name is that body ("the Post" after "The
Washington Post"), unless two bodies end with it; the surname of a person the article named is
that person when it opens a sentence as its subject, tagged a common noun; "the network" or
"channel" that neither reports nor is reported to is no broadcaster; "The Florida senator" is
the person named as the subject of the sentence before, as an unplaced title already was.
Events: a former office-holder acted in the office held on the event's date, also in an article
with no publication day; seeking an office is no appeal to its holder; a person's opponent,
challenger or predecessor is not that person; an attack given as the reason for something else
("because of", "due to", "amid") is not reported; a verb joined to the trigger in another form
("accuses … and distribute it ahead of the primary") keeps its date to itself; a published
text ("an editorial that accuses Sanders") does what it says, though a present relative clause
otherwise describes; criminals moving into a country occupy no territory; in a sentence about a
poll, support and opposition in any tense are answers, not events.
New-user trial: "Brussels" acting stands for the EU (igos.yaml ``seat``), not Belgium.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Washington Post editorial board slammed Bernie Sanders on Wednesday.\n\n"
            "On Thursday, Bernie Sanders unloaded on the Post during a media breakfast.",
            "USAMED",
        ),
        (
            "The New York Times reported the deal on Monday. Donald Trump attacked the Times "
            "on Tuesday.",
            "USAMED",
        ),
        (
            "Donald Trump criticized the Post on Tuesday. The Washington Post had called his "
            "plan reckless.",
            "USAMED",
        ),
    ],
)
def test_a_short_name_is_the_body_it_shortens(mentions_of, text, code) -> None:
    found = [m for m in mentions_of(text, "2016-01-29") if m.text in ("Post", "Times")]
    assert [m.code for m in found] == [code]


def test_a_short_name_two_bodies_end_with_stays_unknown(mentions_of) -> None:
    text = (
        "The Washington Post and the Huffington Post both reported the visit. Donald Trump "
        "criticized the Post on Tuesday."
    )
    found = [m for m in mentions_of(text, "2016-01-29") if m.text == "Post"]
    assert [m.code for m in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump laid out stark differences with Hillary Clinton.\n\nTrump blamed Clinton "
        "directly for the past decade and a half of foreign policies.",
        "Donald Trump spoke in Cleveland on Thursday.\n\nTrump accused Hillary Clinton of "
        "weakness.",
        "Donald Trump spoke in Cleveland on Thursday.\n\nTrump criticized Hillary Clinton.",
    ],
)
def test_a_named_person_s_surname_opening_a_sentence_is_that_person(events_at, text) -> None:
    """Round 41: "Trump" opening a sentence was tagged a common noun; the accusation was lost."""
    found = events_at(text, "2016-07-22")
    assert [(e.source.code, e.target.code) for e in found if e.source.text == "Trump"] == [
        ("USAPTY", "USAPTY")
    ]


def test_a_common_noun_subject_is_no_surname(mentions_of) -> None:
    text = "Donald Trump spoke on Thursday. Trump cards were played at the table."
    assert [m.text for m in mentions_of(text)].count("Trump") == 0


@pytest.mark.parametrize(
    "text",
    [
        "CARACAS - Organized crime was minimal when former President Hugo Chavez took power. "
        "(Chavez officially expelled the US Drug Enforcement Administration in 2005.)",
        "CARACAS - Former President Hugo Chavez died in 2013. In 2005, Chavez expelled the US "
        "Drug Enforcement Administration.",
        "BOGOTA - Former President Alvaro Uribe spoke on Monday. In 2008, Uribe accused "
        "Venezuela of arming the FARC.",
    ],
)
def test_a_former_president_acted_as_president_then_without_a_publication_day(
    events_at, text
) -> None:
    """Round 40: the InSight Crime article has no publication day; Chavez stayed VENELI."""
    found = events_at(text, None)
    assert found and all(e.source.code.endswith("GOV") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "All the Republicans seeking the White House raced into the first debate of 2016.",
        "Hillary Clinton is seeking the presidency for the second time.",
        "Three Republicans are seeking the governorship of Ohio.",
    ],
)
def test_seeking_an_office_is_no_appeal(events_at, text) -> None:
    """Round 40: "the Republicans seeking the White House" coded 020 to USAGOV."""
    assert events_at(text, "2016-01-15") == []


def test_seeking_help_is_still_an_appeal(events_at) -> None:
    found = events_at("Donald Trump sought help from Russia.", "2016-01-15")
    assert [(e.cameo, e.target.code) for e in found] == [("020", "RUS")]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton's Democratic opponent, Vermont Sen. Bernie Sanders, also praised "
        "President Barack Obama's actions.",
        "Hillary Clinton's Democratic opponent also praised President Barack Obama.",
        "Donald Trump's predecessor criticized Russia on Monday.",
    ],
)
def test_a_person_s_opponent_is_not_that_person(events_at, text) -> None:
    """Round 40: the praise of Clinton's opponent was coded as Clinton's."""
    found = events_at(text, "2016-01-05")
    assert all(e.source.text not in ("Hillary Clinton", "Donald Trump") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jeb Bush says it's even more important to defend gun rights because of Islamic "
        "State-linked attacks and mass shootings in Paris and California.",
        "Oil prices rose due to Russian air strikes on Syria.",
        "Oil prices rose amid Russian air strikes on Syria.",
    ],
)
def test_an_attack_given_as_a_reason_is_no_report_of_it(events_at, text) -> None:
    """Round 40: "because of Islamic State-linked attacks … in Paris" coded 190 against FRA."""
    assert [e for e in events_at(text, "2016-01-05") if e.cameo[:2] in ("18", "19")] == []


def test_an_attack_in_which_people_died_is_still_reported(events_at) -> None:
    found = events_at("Civilians were killed in Russian air strikes on Aleppo.", "2016-01-05")
    assert [(e.source.code, e.cameo) for e in found] == [("RUS", "195")]


@pytest.mark.parametrize(
    "text",
    [
        "El Espectador reported the seizure on Monday. The network smuggled weapons from "
        "Venezuela into Colombia, the newspaper said.",
        "El Tiempo reported the arrests. The network moved cocaine through the port of "
        "Buenaventura, police said.",
        "El Universal published the report. Investigators say the channel carried drugs to "
        "the border.",
    ],
)
def test_a_criminal_network_is_no_broadcaster(mentions_of, text) -> None:
    """Round 40: "the network" (an arms-smuggling ring) resolved to El Espectador."""
    found = [m for m in mentions_of(text) if m.text in ("network", "channel")]
    assert [m.code for m in found if m.code] == []


def test_a_network_that_reports_is_the_broadcaster(mentions_of) -> None:
    found = [m for m in mentions_of("CNN aired the debate. The network said ratings rose.")]
    assert [(m.text, m.code) for m in found if m.text == "network"] == [("network", "USAMED")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Marco Rubio spoke over boos from the audience as he congratulated Donald Trump. "
            "Rubio offered the crowd an emotional evaluation as he ended his bid.\n\nThe Florida "
            'senator sought to calm his supporters, saying the person would "not get beat up" '
            "at his rally.",
            "Marco Rubio",
        ),
        (
            "Ted Cruz won the Iowa caucuses on Monday.\n\nThe Texas senator said the result was "
            "a victory for conservatives.",
            "Ted Cruz",
        ),
        (
            "John Kasich campaigned in Cleveland on Monday.\n\nThe Ohio governor said he would "
            "stay in the race.",
            "John Kasich",
        ),
    ],
)
def test_a_placed_title_is_the_person_named_just_before(quotes_in, text, speaker) -> None:
    """Round 40: "The Florida senator" after "Rubio offered …" was left "American senator"."""
    found = quotes_in(text, "2016-03-15")
    assert found and all(q.speaker.actor == speaker for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Clinton campaign will distribute a withering Washington Post editorial that "
        "accuses Bernie Sanders of running a fiction-filled campaign.",
        "Hillary Clinton printed copies of a Washington Post editorial that accuses Bernie "
        "Sanders of running a fiction-filled campaign.",
        "Voters read a New York Times editorial that accuses Donald Trump of lying.",
    ],
)
def test_a_published_text_does_what_it_says(events_at, text) -> None:
    """Round 41: "a Washington Post editorial that accuses Sanders" gave no accusation."""
    found = events_at(text, "2016-01-29")
    assert [(e.source.code, e.cameo) for e in found] == [("USAMED", "112")]


def test_a_person_who_backs_another_is_still_described(events_at) -> None:
    assert events_at("Rudy Giuliani, who backs Donald Trump, spoke on Monday.", "2016-01-29") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Her campaign is planning to reprint a Washington Post editorial that accuses "
            "Bernie Sanders of running a fiction-filled campaign and distribute it to voters "
            "ahead of the Feb. 9 primary.",
            "2016-01-29",
        ),
        (
            "Vladimir Putin met Barack Obama in 2012 and has praised Donald Trump.",
            "2016-01-29",
        ),
        (
            "Vladimir Putin criticized Barack Obama on Monday and will meet Angela Merkel next "
            "week.",
            "2016-01-25",
        ),
    ],
)
def test_a_joined_verb_of_another_form_keeps_its_own_date(events_at, text, day) -> None:
    """Round 41: the accusation took the date of the distribution joined to it."""
    found = [e for e in events_at(text, "2016-01-29") if e.cameo[:2] in ("05", "11")]
    assert found and all(e.date.start == day for e in found)


def test_joined_verbs_of_one_form_share_their_date(events_at) -> None:
    found = events_at("Russia and Ukraine met and signed an agreement on Tuesday.", "2016-01-29")
    assert found and all(e.date.start == "2016-01-26" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "When the Zetas moved into Guatemala in 2008, Coban was one of their centers of operation.",
        "The Rastrojos moved tons of cocaine from Colombia into Venezuela.",
        "The Sinaloa Cartel moved into Honduras in 2012.",
    ],
)
def test_criminals_moving_into_a_country_occupy_nothing(events_at, text) -> None:
    """Round 42: a cartel's expansion and a smuggling route coded 192 against the country."""
    assert [e for e in events_at(text, "2016-06-10") if e.cameo == "192"] == []


def test_troops_moving_into_a_country_still_occupy(events_at) -> None:
    found = events_at("Russian troops moved into Ukraine in 2014.", "2016-06-10")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [("RUSMIL", "192", "UKR")]


@pytest.mark.parametrize(
    "text",
    [
        "The poll also noted that 73 percent of Democrats who said they had supported Sen. "
        "Bernie Sanders now support Hillary Clinton.",
        "In the survey, most Republicans who had backed Ted Cruz said they now back Donald Trump.",
        "Some 40 percent of voters who once opposed Hillary Clinton now support her.",
    ],
)
def test_a_poll_s_answers_are_no_events(events_at, text) -> None:
    """Round 42: poll respondents who "had supported" Sanders coded 051."""
    assert [e for e in events_at(text, "2016-06-10") if e.cameo[:2] in ("05", "12")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Brussels warned Hungary that it would freeze funds.",
        "Brussels criticized Poland over the court reform on Monday.",
        "Brussels accused Google of abusing its dominance.",
    ],
)
def test_brussels_acting_is_the_eu(mentions_of, text) -> None:
    """New-user trial: "Brussels" as an actor was Belgium's government."""
    found = [m for m in mentions_of(text) if m.text == "Brussels"]
    assert [m.code for m in found] == ["IGOEUREEC"]


def test_brussels_as_a_place_is_still_a_place(mentions_of) -> None:
    found = [m for m in mentions_of("EU leaders met in Brussels on Thursday.")]
    assert [m.code for m in found if m.text == "Brussels"] == [None]
