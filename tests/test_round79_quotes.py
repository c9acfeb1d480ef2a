"""Quotation kinds from blind audit round 79 (fresh seed 58): each input with two paraphrases of
our own, and a guard for the reading the rule must keep."""

from __future__ import annotations

import pytest


def _contents(quotes) -> list[str]:
    return [q.content for q in quotes]


# --- one report split by its tag before its "that" clause ----------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("But there is a risk, some Democrats said, that Mr. Sanders would push the party to "
         "embrace positions.",
         "But there is a risk that Mr. Sanders would push the party to embrace positions"),
        ("It is now clear, officials said, that the army has withdrawn from the town.",
         "It is now clear that the army has withdrawn from the town"),
        ("There is a chance, aides said, that the senator will run again.",
         "There is a chance that the senator will run again"),
    ],
)  # fmt: skip
def test_a_report_split_before_its_that_clause_is_one(quotes_in, text, content) -> None:
    """Round 79: "But there is a risk" alone, judged cut badly."""
    assert _contents(quotes_in(text, "2016-04-26")) == [content]


# --- a means to an act avoided --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leading Democrats want Mr. Sanders to tone down his attacks, while being careful not to "
        "anger Mr. Sanders by urging him to quit the race.",
        "Party leaders want the senator to soften his tone, while taking care not to provoke him "
        "by urging him to withdraw.",
        "Aides want the governor to concede, while being careful not to offend him by telling "
        "him to step aside.",
    ],
)
def test_no_urging_when_the_act_it_serves_is_avoided(quotes_in, text) -> None:
    """Round 79: "careful not to anger Mr. Sanders by urging him to quit" gave "him to quit"."""
    assert not [q for q in quotes_in(text, "2016-05-19") if q.cue and q.cue.text == "urging"]
    assert not [q for q in quotes_in(text, "2016-05-19") if "to quit" in q.content]


def test_a_means_of_an_act_done_is_a_request(quotes_in) -> None:
    found = quotes_in("Party leaders angered the senator by urging him to quit the race.")
    assert _contents(found) == ["him to quit the race"]


# --- "called" for a purpose ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The so called “Implementation Initiative” was called by the SVP to force the government "
        "to adopt the measures passed under the 2010 “Expulsion Initiative.”",
        "The referendum was called by the opposition to force the government to adopt the "
        "“people's budget.”",
        "The strike was called by the unions to press the government to raise “starvation wages.”",
    ],
)
def test_a_vote_called_for_a_purpose_is_no_request(quotes_in, text) -> None:
    """Round 79: "was called by the SVP to force the government …" was a quotation."""
    assert [q for q in quotes_in(text, "2016-03-21") if q.kind == "indirect"] == []


def test_a_call_on_someone_stays_a_request(quotes_in) -> None:
    found = quotes_in("The EU called upon Russia to withdraw its troops.")
    assert _contents(found) == ["to withdraw its troops"]


# --- "according to" inside a relative clause, or another source's relative clause -----------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Bajo Cauca region of northwest Antioquia department, where, according to the UNODC, "
         "the number of hectares under coca cultivation increased by 55 percent in 2017, has "
         "long been the site of criminal clashes due to its contraband routes.",
         "the number of hectares under coca cultivation increased by 55 percent in 2017"),
        ("The Catatumbo region, where, according to the army, rebel attacks doubled last year, "
         "has long been a smuggling corridor.", "rebel attacks doubled last year"),
        ("The port of Buenaventura, where, according to police, homicides fell by half in 2015, "
         "remains one of the poorest cities in Colombia.", "homicides fell by half in 2015"),
    ],
)  # fmt: skip
def test_according_to_in_a_relative_clause_claims_that_clause(quotes_in, text, content) -> None:
    """Round 79: the UNODC's figure ran on into the writer's "has long been the site of …"."""
    found = [q for q in quotes_in(text, "2018-07-01") if q.cue and q.cue.text == "according to"]
    assert _contents(found) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The operation saw the arrest of Mayor Eudocio Perez, who according to La Estrella is "
         "also a high-ranking official of the Democratic Revolutionary Party, as well as the "
         "mayor's assistant and two police officers, La Prensa reported.",
         "The operation saw the arrest of Mayor Eudocio Perez, as well as the mayor's assistant "
         "and two police officers"),
        ("Police detained the mayor, who according to local media is a close ally of the "
         "governor, and seized three trucks, officials said.",
         "Police detained the mayor, and seized three trucks"),
        ("The raid netted Carlos Soto, who according to prosecutors runs the cartel's finances, "
         "along with his two brothers, the newspaper El Tiempo reported.",
         "The raid netted Carlos Soto, along with his two brothers"),
    ],
)  # fmt: skip
def test_another_sources_relative_clause_is_left_out(quotes_in, text, content) -> None:
    """Round 79: La Estrella's claim about the mayor was stored inside La Prensa's report."""
    found = [q for q in quotes_in(text, "2016-05-01") if q.cue and q.cue.text != "according to"]
    assert _contents(found) == [content]


# --- a closing tag read as the first clause's conjunct ---------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The sex industry at Mexico's border with Guatemala is a byproduct of the human "
         "trafficking industry, and criminal organizations also profit indirectly from the sex "
         "trade by charging for protection, ICG reports.",
         "The sex industry at Mexico's border with Guatemala is a byproduct of the human "
         "trafficking industry, and criminal organizations also profit indirectly from the sex "
         "trade by charging for protection"),
        ("Coca crops have spread to new regions, and armed groups now tax the harvest, the UNODC "
         "reports.", "Coca crops have spread to new regions, and armed groups now tax the harvest"),
        ("Extortion is the gangs' main income, and shopkeepers pay weekly fees, InSight Crime "
         "reports.", "Extortion is the gangs' main income, and shopkeepers pay weekly fees"),
    ],
)  # fmt: skip
def test_a_closing_tag_reports_both_clauses(quotes_in, text, content) -> None:
    """Round 79: "…, ICG reports" kept only the clause after "and"."""
    assert _contents(quotes_in(text, "2016-05-01")) == [content]


# --- a participle that says how the reported subject is ------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Blocher continued as a member of parliament until resigning in 2014, claiming he was "
         "wasting time in government, distracted from the real work of championing the people’s "
         "cause.", "he was wasting time in government, distracted from the real work of "
         "championing the people’s cause"),
        ("The senator resigned, saying he had been wasting his time in Washington, isolated from "
         "the voters who elected him.", "he had been wasting his time in Washington, isolated "
         "from the voters who elected him"),
        ("The minister quit last year, complaining that she was overworked, exhausted by endless "
         "crises.", "she was overworked, exhausted by endless crises"),
    ],
)  # fmt: skip
def test_a_participle_of_the_reported_subjects_state_is_reported(quotes_in, text, content) -> None:
    """Round 79: "claiming he was wasting time in government, distracted from …" lost its
    second half."""
    assert _contents(quotes_in(text, "2016-03-21")) == [content]


def test_a_writers_participle_clause_stays_out(quotes_in) -> None:
    found = quotes_in("Kelly said the debate was rigged, sparking a firestorm online.")
    assert _contents(found) == ["the debate was rigged"]
