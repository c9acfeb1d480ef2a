"""Kinds from blind audit round 76 (fresh seed 57): each input with two paraphrases of our own,
and a guard for the reading the rule must keep."""

from __future__ import annotations

import pytest

# --- events -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Honduras was set to buy at least four Super Tucanos from Brazil.",
        "Guatemala was due to buy six Super Tucanos from Brazil.",
        "Honduras is poised to buy four Super Tucanos from Brazil.",
    ],
)
def test_a_purchase_one_is_set_to_make_is_an_intent(events_at, text) -> None:
    """Round 76: "was set to buy … from Brazil" was 061, cooperation done."""
    found = events_at(text, "2016-07-15")
    assert found and all(e.cameo.startswith("03") for e in found)


def test_a_purchase_made_stays_done(events_at) -> None:
    found = events_at("Honduras bought four Super Tucanos from Brazil.", "2016-07-15")
    assert [e.cameo[:2] for e in found] == ["06"]


# --- quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A new US government report on lesser-used drug trafficking techniques such as tunnels "
        "and ultralight aircraft further undermines claims that building a border wall will "
        "halt the flow of illegal drugs into the country.",
        "A new UN report on lesser-known smuggling routes such as rivers and small planes "
        "further undermines claims that a border fence will stop cocaine trafficking.",
        "A new Senate study on lesser-used smuggling methods such as drones and tunnels further "
        "contradicts claims that a wall will halt the drug trade.",
    ],
)
def test_claims_a_report_undermines_are_not_its_own(quotes_in, text) -> None:
    """Round 76: the parser read "undermines" as a noun and "claims" as the report's verb."""
    assert quotes_in(text, "2017-03-01") == []


@pytest.mark.parametrize(
    "text",
    [
        "An opposition politician says he has seen a long-delayed report and that it concludes "
        "the country needs only 6,000 hectares to meet legal demand, claims the government has "
        "denied but which could place its policies in a precarious position.",
        "A senator says he has read the secret audit and that it shows the army lost 3,000 "
        "rifles, claims the ministry has rejected but which could hurt the minister.",
        "A union leader says he has seen the draft and that it cuts pensions by a third, claims "
        "the cabinet has denied but which could spark strikes.",
    ],
)
def test_claims_set_after_a_report_are_a_noun_not_a_second_report(quotes_in, text) -> None:
    """Round 76: "claims the government has denied but which …" was a second report."""
    found = quotes_in(text, "2016-05-01")
    assert [q.cue.text for q in found] == ["says"]


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Icahn invited two guests: Tim Cook, and his friend Donald Trump, who has pledged to "
            "make Mr. Icahn secretary of the Treasury if he wins the presidency.",
            "if he wins the presidency",
        ),
        (
            "He dined with Donald Trump, who has promised to name him ambassador if he wins the "
            "election.",
            "if he wins the election",
        ),
        (
            "She met Hillary Clinton, who has promised to raise the minimum wage if she wins the "
            "White House.",
            "if she wins the White House",
        ),
    ],
)
def test_a_promise_keeps_its_condition(quotes_in, text, tail) -> None:
    """Round 76: Trump's pledge lost "if he wins the presidency"."""
    found = quotes_in(text, "2015-12-30")
    assert found and all(q.content.endswith(tail) for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The black market for guns in the country is increasingly open, "almost unchecked," '
            "in the words of the secretary general of the Organization of American States, Jose "
            "Miguel Insulza.",
            "Jose Miguel Insulza",
        ),
        (
            'The black market for drugs in the region is increasingly open, "almost unchecked," '
            "in the words of the president of Colombia, Juan Manuel Santos.",
            "Juan Manuel Santos",
        ),
        (
            'The trade in arms across the border is increasingly brazen, "almost unchecked," in '
            "the words of the UN secretary general, Ban Ki-moon.",
            "Ban Ki-moon",
        ),
    ],
)
def test_in_the_words_of_after_the_quotation_names_its_speaker(quotes_in, text, speaker) -> None:
    """Round 76: "“almost unchecked,” in the words of … Insulza" went to "International
    organizations"."""
    found = quotes_in(text, "2016-03-01")
    assert found and {q.speaker.text for q in found} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The GOP front-runner complained that the contest had been "rigged" against him, a '
            "charge that Colorado Republican leaders strongly denied, noting that they had been "
            "using the same system since the 2004 presidential election.",
            "Colorado Republican leaders",
        ),
        (
            "Trump said the vote was rigged, a claim that election officials rejected, saying "
            "the count was fair.",
            "election officials",
        ),
        (
            "Sanders said the primary was unfair, an accusation that party officials disputed, "
            "adding that the rules had not changed.",
            "party officials",
        ),
    ],
)
def test_a_participle_after_a_relative_is_the_relatives_subjects(quotes_in, text, speaker) -> None:
    """Round 76: "noting that they had been using the same system" went to the front-runner;
    "a claim that election officials rejected" was itself a quotation."""
    found = quotes_in(text, "2016-04-17")
    last = max(found, key=lambda q: q.span[0])
    assert last.speaker.text == speaker
    assert all(not q.content.startswith(("election officials", "party officials")) for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a tweet, the city of Nice urged people to seek shelter that way, and the hashtag "
            "was soon trending globally.",
            "the city of Nice",
        ),
        ("The state of Texas said it would appeal the ruling.", "The state of Texas"),
        ("The city of Chicago said it would close the shelter.", "The city of Chicago"),
    ],
)
def test_a_city_named_by_its_of_phrase_is_the_whole_speaker(quotes_in, text, speaker) -> None:
    """Round 76: the speaker was cut to "the city"."""
    found = quotes_in(text, "2016-07-15")
    assert found and {q.speaker.text for q in found} == {speaker}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It is little surprise such traffickers would also use the country to set up money "
            "laundering operations, according to the US State Department.",
            "such traffickers would also use the country to set up money laundering operations",
        ),
        (
            "It's no wonder that exports fell by a third last year, according to the central bank.",
            "exports fell by a third last year",
        ),
        (
            "It is hardly a coincidence that the cartel moved its labs, according to Mexican "
            "prosecutors.",
            "the cartel moved its labs",
        ),
    ],
)
def test_the_writers_verdict_before_an_according_report_is_not_the_sources(
    quotes_in, text, content
) -> None:
    """Round 76: "It is little surprise …" was stored as the State Department's words."""
    found = quotes_in(text, "2016-05-01")
    assert [q.content for q in found] == [content]


def test_an_according_report_without_a_verdict_keeps_its_start(quotes_in) -> None:
    found = quotes_in("Exports fell by a third last year, according to the central bank.")
    assert [q.content for q in found] == ["Exports fell by a third last year"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mexican officials accused liberal U.S. gun laws of fueling the violence.", "USAGOV"),
        ("The Zetas killed a US agent in San Luis Potosi in February 2011.", "USAGOV"),
        ("Russia praised Chinese policy on Syria on Monday.", "CHNGOV"),
    ],
)
def test_a_states_laws_and_agents_are_the_state(events_at, text, target) -> None:
    """Round 76: "liberal U.S. gun laws" and "a US agent" were the bare country, USA."""
    found = events_at(text, "2012-03-01")
    assert found and {e.target.code for e in found} == {target}


def test_a_countrys_people_stay_civilians(events_at) -> None:
    found = events_at("Mexican soldiers shot Guatemalan migrants on Monday.", "2012-03-01")
    assert {e.target.code for e in found} == {"GTMCVL"}


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton's gun control offensive against Bernie Sanders will provide the "
        "template for the general election.",
        "Russia's offensive against Ukraine could reshape the region.",
        "Trump's attacks on Clinton will hurt him with women voters.",
    ],
)
def test_what_a_possessed_deed_will_do_reports_no_deed(events_at, text) -> None:
    """Round 77: "Clinton's gun control offensive against Sanders will provide the template"
    was her 111 against Sanders."""
    assert events_at(text, "2016-01-15") == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Talks between Armenia and Azerbaijan will resume in May.", "036"),
        ("Israel's offensive against Hamas killed dozens on Monday.", "190"),
    ],
)
def test_an_event_nouns_own_future_and_a_possessed_deed_done_stay(events_at, text, cameo) -> None:
    found = events_at(text, "2016-01-15")
    assert found and found[0].cameo == cameo
