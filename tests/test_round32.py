"""Kinds of blind-audit round 32 (fresh seed 29) and the date faults of rounds 28-31 (session
2026-12-03c): each kind, the input and two paraphrases of our own.

Dates: a story's occasion, dated in its lead, dates the deeds it later tells in the simple past
with no date of their own; a day named without a year in an undated article keeps its month and
day.
"""

from __future__ import annotations

import pytest

_OCCASIONS = [
    (
        "CHARLESTON, S.C. - Hillary Clinton aggressively prosecuted Sen. Bernie Sanders on gun "
        "control at a presidential debate Sunday. Clinton put Sanders on the defensive through "
        "much of the debate. He accused Clinton of being too cozy with Wall Street.",
        "2016-01-18",
        ("112", "2016-01-17"),
    ),
    (
        "CLEVELAND - Republican Donald Trump painted a dire portrait of the nation as he "
        "accepted the party's nomination here Thursday night. The delegates cheered. As Trump "
        'attacked Democrat Hillary Clinton, the attendees chanted, "Lock her up!"',
        "2016-07-22",
        ("111", "2016-07-21"),
    ),
    (
        "WASHINGTON - President Obama spent Thursday discussing challenges in Asia. Security "
        "topped the agenda. The president held a joint meeting in the morning with South Korean "
        "President Park Geun Hye.",
        "2016-04-01",
        ("040", "2016-03-31"),
    ),
]


def _dated(events_at, text: str, published: str | None) -> list[tuple[str, str | None, str]]:
    return [
        (e.cameo, e.date.start if e.date else None, e.date.basis if e.date else "")
        for e in events_at(text, published)
    ]


@pytest.mark.parametrize(("text", "published", "expected"), _OCCASIONS)
def test_a_deed_told_after_the_lead_takes_the_occasion_s_day(
    events_at, text, published, expected
) -> None:
    code, day = expected
    found = [f for f in _dated(events_at, text, published) if f[0] == code]
    assert found and all(f[1:] == (day, "lead") for f in found), found


@pytest.mark.parametrize(
    "later",
    [
        "On Monday, Clinton campaigned in Iowa. Sanders criticized Clinton.",
        "Clinton has criticized Sanders for his vote.",
        '"He would attack me," Clinton said. "Sanders criticized me. Sanders criticized Obama."',
    ],
)
def test_the_occasion_does_not_date_a_later_day_a_perfect_or_a_quotation(events_at, later) -> None:
    text = (
        "CHARLESTON, S.C. - Hillary Clinton debated Sen. Bernie Sanders at a presidential "
        f"debate Sunday. The debate lasted two hours. {later}"
    )
    found = [f for f in _dated(events_at, text, "2016-01-18") if f[0] == "111"]
    assert found and all(f[2] != "lead" for f in found), found


def test_a_speaker_s_tonight_does_not_move_the_story_on(events_at) -> None:
    text = (
        "CLEVELAND - Donald Trump accepted the Republican nomination here Thursday night. "
        'Podesta said: "Tonight, Trump painted a dark picture." '
        "Earlier, Sheriff Joe Arpaio praised Trump."
    )
    found = [f for f in _dated(events_at, text, "2016-07-22") if f[0][:2] == "05"]
    assert found and all(f[1:] == ("2016-07-21", "lead") for f in found), found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Colombian authorities still cannot confirm that the FARC commander died when the "
            "Colombian Air Force bombed his camp November 20.",
            "--11-20",
        ),
        ("Mexican police arrested the Zetas leader on May 9 in Reynosa.", "--05-09"),
        ("On 31 October Paraguayan police arrested the PCC cell's leader.", "--10-31"),
    ],
)
def test_an_undated_article_keeps_a_day_without_its_year(events_at, text, day) -> None:
    found = _dated(events_at, text, None)
    assert found and all(f[1] == day for f in found), found


def test_a_day_without_a_year_is_stored_without_a_date(events_at) -> None:
    from dyads.store.rows import event_row

    (event,) = events_at("Mexican police arrested the Zetas leader on May 9 in Reynosa.", None)
    assert event.date is not None and not event.date.anchored
    row = event_row("a", 0, event)
    assert row["date_start"] is None and row["date_precision"] is None
    assert '"--05-09"' in row["record"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tim Allen spoke to reporters. “I’m not as well worded,” he said, “because Mike "
            "Baxter can say this stuff quickly and funny.”",
            "I’m not as well worded, because Mike Baxter can say this stuff quickly and funny.",
        ),
        (
            'Richard Trumka spoke in Ohio. "Trump says he’s with the American working class," '
            'Trumka said in March, "but when you look close, it’s just hot air."',
            "Trump says he’s with the American working class, but when you look close, it’s "
            "just hot air.",
        ),
        (
            "Donald Trump spoke in Florida. “We want to live in a safe country,” he said two "
            "days after the attack, “which wants to murder gays.”",
            "We want to live in a safe country, which wants to murder gays.",
        ),
    ],
)
def test_a_quotation_split_by_its_tag_leaves_the_tag_out(quotes_in, text, content) -> None:
    found = [q for q in quotes_in(text, "2016-07-01") if q.kind == "direct"]
    assert [q.content for q in found] == [content]
    assert found[0].gap is not None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "One Inverval executive said that he had given $500,000 to the mayor's office, "
            "according to Factum.",
            "he had given $500,000 to the mayor's office",
        ),
        (
            "Mexican officials said the gunmen fled toward the border, the Associated Press "
            "reported.",
            "the gunmen fled toward the border",
        ),
        (
            "The police chief said all the officers had been reassigned to other states, "
            "reported the Associated Press.",
            "all the officers had been reassigned to other states",
        ),
    ],
)
def test_the_writer_s_source_is_not_part_of_the_report(quotes_in, text, content) -> None:
    assert [q.content for q in quotes_in(text, "2016-07-01")] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Curt Schilling was fired from ESPN on Wednesday. Last month, he waded into politics on "
        'a Kansas City radio station when he suggested that Hillary Clinton "should be buried '
        'under a jail somewhere."',
        "Curt Schilling was fired on Wednesday. Last month, he spoke on a Boston television "
        'channel when he said that Hillary Clinton "should be in jail."',
        "Curt Schilling was fired on Wednesday. Last month, he wrote for a Texas newspaper when "
        'he said that Hillary Clinton "should be in jail."',
    ],
)
def test_he_never_stands_for_a_station_or_paper(quotes_in, text) -> None:
    found = [q for q in quotes_in(text, "2016-04-21") if q.speaker is not None]
    assert found and all(q.speaker.actor == "Curt Schilling" for q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The House budget includes $10 million for Colombia to train police globally.",
        "The bill sets aside money for Mexico to arrest cartel leaders.",
        "Washington sent funds for Kenya to train Somali soldiers.",
    ],
)
def test_what_something_is_for_is_not_done(events_at, text) -> None:
    assert events_at(text, "2016-01-01") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In her New Year speech, Merkel warned against the forces of hate.", "forces"),
        ("The pope prayed against the forces of evil in Germany.", "forces"),
        ("Macron said the forces of nationalism threaten France.", "forces"),
    ],
)
def test_forces_of_an_abstraction_are_no_military(mentions_of, text, word) -> None:
    assert not [m for m in mentions_of(text) if word in m.text and m.sector == "MIL"]


def test_forces_of_a_body_stay_armed(mentions_of) -> None:
    found = [m for m in mentions_of("Syrian forces of the regime shelled Aleppo.")]
    assert any(m.text == "Syrian forces" and m.code == "SYRMIL" for m in found), found


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Did the Zetas Force US Agents Killer to Surrender?The Zetas forced one of their "
            "henchmen to surrender, according to a captured lieutenant.",
            "The Zetas forced",
        ),
        (
            "Is Peru Ready for the Vote?Officials said the election would be held in June.",
            "the election would",
        ),
        (
            "Gangs Strike Again!Police said the gunmen fled toward the border.",
            "the gunmen fled",
        ),
    ],
)
def test_a_headline_glued_to_the_body_is_not_part_of_a_quotation(quotes_in, text, first) -> None:
    found = quotes_in(text, "2016-01-01")
    assert found and all(q.content.startswith(first) for q in found), [q.content for q in found]
