"""Blind audit, round 114 (fresh articles): what a quotation holds. No-break spaces made the
parser run a report into the writer's "after …" clause ("announced they were separated after
the New York Post revealed …"); a fronted "According to X," lost the claim's subject the parser
made X's apposition; a source backing the reason of the writer's "It is little surprise …"
was given the writer's conclusion; "threatened to force Mexico to pay" was stored as words.
Each fault's input, two paraphrases and the guards of what was right."""

from __future__ import annotations

import pytest

DAY = "2016-08-29"
NBSP = "\u00a0"


def _contents(quotes_in, text: str, cue: str | None = None) -> list[str]:
    return [
        q.content
        for q in quotes_in(text, DAY)
        if cue is None or (q.cue is not None and q.cue.text == cue)
    ]


# --- no-break spaces read as spaces -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (f"Anthony Weiner Receives More Bad News.\n\nFormer congressman Anthony Weiner had a "
         f"rough day Monday.\n\nFirst his wife, longtime Hillary Clinton aide Huma Abedin, "
         f"announced they were{NBSP}separated after the New York Post{NBSP}revealed Weiner had "
         f"been{NBSP}sexting another woman.", "announced", f"they were{NBSP}separated"),
        (f"City Hall Shake-Up.\n\nIt was a long night.\n\nFirst her deputy, veteran council "
         f"member Rosa Ortiz, confirmed she was{NBSP}resigning after the Chicago Tribune{NBSP}"
         f"revealed the office had{NBSP}lost the files.", "confirmed", f"she was{NBSP}resigning"),
    ],
)  # fmt: skip
def test_a_report_stops_before_the_writers_time_clause_across_no_break_spaces(
    quotes_in, text, cue, content
) -> None:
    assert _contents(quotes_in, text, cue) == [content]


def _read(quotes_in, text: str) -> list[tuple]:
    return [
        (q.kind, q.content.replace(NBSP, " "), q.speaker and q.speaker.text.replace(NBSP, " "),
         q.speaker and q.speaker.actor, q.cue and q.cue.text)
        for q in quotes_in(text, DAY)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Monday that the talks had stalled after the rebels rejected the "
        "offer.",
        "Police spokesman Juan Perez told reporters that the suspects were arrested before they "
        "could flee the city.",
        "The company announced it was closing the plant after regulators found the water had "
        "been contaminated.",
    ],
)
def test_no_break_spaces_read_as_plain_ones(quotes_in, text) -> None:
    assert _read(quotes_in, text.replace(" ", NBSP)) == _read(quotes_in, text)


def test_a_quotation_keeps_the_no_break_spaces_it_was_written_with(quotes_in) -> None:
    text = f"The mayor said the{NBSP}budget was{NBSP}balanced."
    found = quotes_in(text, DAY)
    assert [q.content for q in found] == [f"the{NBSP}budget was{NBSP}balanced"]
    assert found[0].speaker is not None and found[0].speaker.text == "The mayor"


# --- "According to X," with the claim's subject made X's apposition ---------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to Rep. Trey Gowdy, Congressional probing of the Benghazi scandal was at "
         "least partly responsible for the forced exposure of the Hillary Clinton email scandal.",
         "Congressional probing of the Benghazi scandal was at least partly responsible for the "
         "forced exposure of the Hillary Clinton email scandal"),
        ("According to Rep. Adam Schiff, Congressional scrutiny of the Russia affair was largely "
         "responsible for the exposure of the contacts.",
         "Congressional scrutiny of the Russia affair was largely responsible for the exposure "
         "of the contacts"),
        ("According to Gov. Chris Christie, Federal probing of the bridge scandal was at least "
         "partly responsible for the delays.",
         "Federal probing of the bridge scandal was at least partly responsible for the delays"),
    ],
)  # fmt: skip
def test_a_fronted_according_to_keeps_the_claims_subject(quotes_in, text, content) -> None:
    assert _contents(quotes_in, text) == [content]


def test_a_fronted_according_to_with_an_apposition_keeps_it_in_the_source(quotes_in) -> None:
    text = "According to John Smith, a police spokesman, the suspect fled on foot."
    found = quotes_in(text, DAY)
    assert [q.content for q in found] == ["the suspect fled on foot"]
    assert found[0].speaker is not None and "John Smith" in found[0].speaker.text


# --- the writer's "no surprise" and the source's reason ----------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It is little surprise such traffickers would also use the country to set up money "
         "laundering operations, not only for convenience, but also because the country's boom "
         "and bust economy has created ideal conditions for financial crimes, according to the "
         "US State Department ; there is a widespread use of cash.",
         "the country's boom and bust economy has created ideal conditions for financial "
         "crimes"),
        ("It is no surprise that smugglers favour the port, because customs checks there are "
         "rare and poorly paid, according to the World Bank.",
         "customs checks there are rare and poorly paid"),
        ("It is hardly a wonder the gangs moved into the region, not only for its roads but also "
         "because local police have been disbanded, according to the United Nations.",
         "local police have been disbanded"),
    ],
)  # fmt: skip
def test_the_source_backs_the_reason_not_the_writers_verdict(quotes_in, text, content) -> None:
    assert _contents(quotes_in, text) == [content]


def test_a_verdict_with_no_reason_keeps_the_claim(quotes_in) -> None:
    text = "It is no surprise that smugglers favour the port, according to the World Bank."
    assert _contents(quotes_in, text) == ["smugglers favour the port"]


# --- a threat of coercion is an act ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump has long criticised Mexico. The president once tweeted that Mexico's "
        '"weak" efforts to help secure the US border had been of "little help," and he has '
        "routinely threatened to force Mexico to pay for the construction of a wall along the "
        "border.",
        "The governor has repeatedly threatened to force the city to pay for the new stadium.",
        "The minister threatened to compel the banks to lend to small farmers.",
    ],
)
def test_a_threat_to_force_is_no_words(quotes_in, text) -> None:
    assert not [c for c in _contents(quotes_in, text) if c.startswith("to ")]


def test_the_tweet_beside_the_threat_stays(quotes_in) -> None:
    text = (
        'The president once tweeted that Mexico\'s "weak" efforts to help secure the US border '
        'had been of "little help," and he has routinely threatened to force Mexico to pay for '
        "the construction of a wall along the border."
    )
    assert [c for c in _contents(quotes_in, text, "tweeted") if c.startswith("Mexico's")]


def test_a_threat_to_walk_out_still_speaks(quotes_in) -> None:
    text = "The union leader threatened to walk out of the talks if wages were not raised."
    assert [c for c in _contents(quotes_in, text) if c.startswith("to walk out")]


# --- the writer's clause a dash gloss sums up ("— something X indicated") ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Members of the conservative press accused Clinton of implying police officers were "
        "racist — something President Barack Obama indicated earlier this week.",
        "Members of the liberal media accused Trump of implying Mexican immigrants were rapists "
        "— something Governor Jeb Bush indicated earlier this week.",
        "Members of the foreign press accused Putin of implying Ukrainian leaders were fascists "
        "— something Chancellor Angela Merkel indicated earlier this week.",
    ],
)
def test_a_dash_gloss_that_sums_up_takes_no_clause(quotes_in, text) -> None:
    assert not [c for c in _contents(quotes_in, text) if c.startswith("Members")]


def test_a_dash_inside_what_was_said_stays(quotes_in) -> None:
    text = "The bridge collapsed — something engineers had warned about, the mayor said."
    assert "The bridge collapsed" in _contents(quotes_in, text, "said")


# --- a relative the parser hung on a heading ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Editor’s note: Donald Trump is a demagogue, habitual liar, bigot and birther who has "
        "often vowed to deport millions of immigrants.",
        "Editor’s note: Ted Cruz is a zealot, habitual liar, bully and birther who has often "
        "vowed to abolish the IRS.",
        "Editor’s note: Newt Gingrich is a demagogue, habitual liar, bigot and birther who has "
        "often vowed to deport millions of immigrants.",
    ],
)
def test_a_relative_on_a_predicate_noun_after_a_heading_speaks_for_the_name(
    quotes_in, text
) -> None:
    found = quotes_in(text, DAY)
    name = text.split(": ")[1].split(" is ")[0]
    assert found and {q.speaker.actor for q in found if q.speaker} == {name}
