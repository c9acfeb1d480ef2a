"""Blind audits, rounds 109-111: event dates a reviewer judged wrong, by kind.

Each input (the sentence as the article has it, with the sentences it needs) and two paraphrases
of our own, beside guards for what was right. The pipeline is the whole one (article stage,
parse, actors, quotes).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def dated(pipeline):
    """The events of a story as (source text, root, target text) -> (start, end, basis)."""
    from dyads.records import RawDocument

    def run(text: str, published: str) -> dict[tuple, tuple]:
        article = pipeline.process(RawDocument(source="test", content=text, published=published))
        return {
            (e.source.text, e.root, e.target.text): (
                (e.date.start, e.date.end, e.date.basis) if e.date else None
            )
            for e in article.events
        }

    return run


def _find(found: dict[tuple, tuple], source: str, root: str) -> tuple:
    hits = [when for (s, r, _), when in found.items() if s.endswith(source) and r == root]
    assert hits, f"no {root} event from {source}: {found}"
    return hits[0]


# What the subject faces is a circumstance of its own time: "Facing mounting criticism from
# Democrats and Republicans, Mr. Trump released a follow-up statement on Saturday night" dated
# the criticism Saturday night (round 109).


@pytest.mark.parametrize(
    "text",
    [
        "Facing mounting criticism from Democrats and Republicans, Mr. Trump released a "
        "follow-up statement on Saturday night, describing the Khans' deceased son as a hero.",
        "Facing sharp criticism from Republicans, Hillary Clinton released her tax returns on "
        "Saturday.",
        "Facing harsh criticism from Democrats, Governor Rick Scott signed the bill on Saturday.",
    ],
)
def test_criticism_faced_is_not_dated_by_the_main_clause(dated, text) -> None:
    found = dated("Politics.\n\n" + text, "2016-08-01")
    critic = "Republicans" if "from Republicans" in text else "Democrats"
    start, _, basis = _find(found, critic, "11")
    assert start != "2016-07-30" and basis != "text"


def test_guard_a_criticism_dated_in_its_own_phrase_keeps_its_day(dated) -> None:
    found = dated(
        "Politics.\n\nOn Saturday, Republicans sharply criticized Mr. Trump, who released a "
        "statement on Sunday.",
        "2016-08-01",
    )
    assert _find(found, "Republicans", "11")[0] == "2016-07-30"


# A subheading opens a section on its own occasion: "They hijacked the floor of the House of
# Representatives for almost 26 hours" under "BEST THING THAT HAPPENED TO DEMOCRATS." took the
# Thursday of the first section's Supreme Court ruling (round 110).

_FIRST = (
    "Week in review.\n\nBEST THING THAT HAPPENED TO REPUBLICANS.\n\n"
    "The Supreme Court sided with them on immigration. On Thursday, a deadlocked Supreme Court "
    "failed to reach a decision on whether President Obama overstepped his bounds by deferring "
    "deportations. The non-decision sent the issue back to the lower courts.\n\n"
    "BEST THING THAT HAPPENED TO DEMOCRATS.\n\n"
)


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        (
            "They hijacked the floor of the House of Representatives for almost 26 hours. At least "
            "it was the most dramatic thing to happen to Democrats last week. House Democrats "
            "seized the floor from Republicans on Wednesday and said they would refuse to leave.",
            "They",
            "14",
        ),
        (
            "Nancy Pelosi accused Republicans of cowardice. It was a loud week for Democrats. "
            "Democrats seized the floor from Republicans on Wednesday.",
            "Nancy Pelosi",
            "11",
        ),
        (
            "Democrats criticized Paul Ryan for hours. It was a loud week for them. They attacked "
            "the Speaker on Wednesday over guns.",
            "Democrats",
            "11",
        ),
    ],
)
def test_a_subheading_opens_its_own_occasion(dated, text, source, root) -> None:
    start, _, _ = _find(dated(_FIRST + text, "2016-06-27"), source, root)
    assert start != "2016-06-23"


def test_guard_without_a_subheading_the_lead_day_goes_on(dated) -> None:
    found = dated(
        "Politics.\n\nOn Thursday, a deadlocked Supreme Court failed to reach a decision on "
        "immigration. The ruling sent the issue back to the lower courts. Democrats criticized "
        "Republicans for blocking the nominee.",
        "2016-06-27",
    )
    assert _find(found, "Democrats", "11")[:2] == ("2016-06-23", "2016-06-23")


# "Also" goes on at the time the sentence before gave: "In December 2014, it traded three Cuban
# spies for a Cuban who had worked as an American agent. Cuba also released Alan Gross" took the
# publication day (round 110).


@pytest.mark.parametrize(
    ("text", "source", "root", "start"),
    [
        (
            "In December 2014, the Obama administration traded three Cuban spies for a Cuban who "
            "had worked as an American agent. Cuba also released Alan Gross, an American "
            "contractor accused of spying.",
            "Cuba",
            "08",
            "2014-12-01",
        ),
        (
            "In March 2015, Israel freed 20 Palestinian prisoners. Hamas also released an Israeli "
            "soldier.",
            "Hamas",
            "08",
            "2015-03-01",
        ),
        (
            "In 2011, Israel freed 1,000 Palestinian prisoners for Gilad Shalit. Egypt also "
            "praised Hamas for the exchange.",
            "Egypt",
            "05",
            "2011-01-01",
        ),
    ],
)
def test_also_goes_on_at_the_time_just_given(dated, text, source, root, start) -> None:
    found = dated("Prisoner swaps.\n\n" + text, "2016-01-20")
    assert _find(found, source, root)[0] == start


def test_guard_also_after_a_new_paragraph_takes_its_own_day(dated) -> None:
    found = dated(
        "Prisoner swaps.\n\nIn 2011, Israel freed 1,000 Palestinian prisoners.\n\n"
        "Egypt also praised Hamas for the exchange.",
        "2016-01-20",
    )
    assert _find(found, "Egypt", "05")[0] != "2011-01-01"


# A past head titled by the office acted in that term: "President Ronald Reagan was so consumed
# with American hostages held in the Middle East that he traded arms with Iran" took the 2016
# publication day and the code of a former head, USAELI (round 110).


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "President Ronald Reagan was so consumed with American hostages held in the Middle "
            "East that he traded arms with Iran to secure their release.",
            "he",
        ),
        ("President Ronald Reagan traded arms with Iran for the hostages.", "Ronald Reagan"),
        ("President Reagan secretly sold weapons to Iran.", "Reagan"),
    ],
)
def test_a_titled_past_head_acted_in_his_term(dated, pipeline, text, source) -> None:
    from dyads.records import RawDocument

    article = pipeline.process(
        RawDocument(source="t", content="Hostage deals.\n\n" + text, published="2016-01-20")
    )
    deeds = [e for e in article.events if e.source.text.endswith(source) and e.root == "06"]
    assert deeds, [(e.source.text, e.cameo) for e in article.events]
    deed = deeds[0]
    assert (deed.date.start, deed.date.end) == ("1981-01-20", "1989-01-20")
    assert deed.source.code == "USAGOV"


def test_guard_a_former_head_today_is_not_dated_back(dated) -> None:
    found = dated(
        "Hostage deals.\n\nFormer President Bill Clinton criticized Bernie Sanders.", "2016-01-20"
    )
    assert _find(found, "Bill Clinton", "11")[0] == "2016-01-20"


# A statement's occasion is the teller's: after "Trump's 'excesses' are sickening, Hollande said
# Tuesday in Paris", "Trump lashed out at Khan after he delivered a moving speech at the
# Democratic National Convention" and "Khan … also decried Trump's repeated calls" took
# Hollande's Tuesday (round 111).

_HOLLANDE = (
    "Hollande on Trump.\n\nFrench President François Hollande has joined a growing list of world "
    "leaders who have slammed Republican nominee Donald Trump. Trump's excesses are sickening, "
    "Hollande said Tuesday in Paris. In this instance, Hollande was referring to Trump's recent "
    "remarks about Khizr Khan, the father of a slain U.S. soldier. "
)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Trump lashed out at Khan after he delivered a moving speech at the Democratic "
            "National Convention.",
            "Trump",
        ),
        ("Khan, who is Muslim, also decried Trump's repeated calls to ban all Muslims.", "Khan"),
        ("Trump attacked Khan on Twitter.", "Trump"),
    ],
)
def test_anothers_deed_is_not_on_the_tellers_day(dated, text, source) -> None:
    found = dated(_HOLLANDE + text, "2016-08-03")
    start, _, _ = _find(found, source, "11")
    assert start != "2016-08-02"


def test_guard_the_tellers_own_deed_is_on_his_day(dated) -> None:
    found = dated(_HOLLANDE + "Hollande criticized Trump in a speech to diplomats.", "2016-08-03")
    assert _find(found, "Hollande", "11")[0] == "2016-08-02"
