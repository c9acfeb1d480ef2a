"""Quotation faults from blind-audit rounds 11 and 12: each input (or its kind) and two
paraphrases of ours. Sentences are the project's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        'A memorandum said his administration had "seriously considered designating Colombia" '
        "as a failed partner.",
        "Defense Department documents estimate that some 1,470 officers will be trained in 2015.",
        "The emails described the group's cash reserves as large, officials said later.",
    ],
)
def test_a_paper_whose_author_is_unresolved_is_no_speaker(quotes_in, text) -> None:
    kept = [q for q in quotes_in(text) if q.speaker and q.speaker.text.lower().endswith(
        ("memorandum", "documents", "emails"))]  # fmt: skip
    assert kept == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Salvador Ruano was angry. His voice was a shout: \"I'm making a call to the "
        'central government."',
        'The minister told a story. His wife asked, "Does that mean we can leave?"',
        'The candidate smiled. Her aide added that "nothing has changed."',
    ],
)
def test_an_unresolved_possessive_speaker_is_left_out(quotes_in, text) -> None:
    assert not [q for q in quotes_in(text) if q.speaker and q.speaker.actor is None
                and q.speaker.text.split()[0].lower() in ("his", "her")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Rampant xenophobe pledged to ban all Muslims from entering the country.",
        "Only time will tell if the gangs are at war with the state.",
        "Use shows that the figures are wrong.",
    ],
)
def test_a_bare_common_noun_is_no_speaker(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_a_bare_plural_or_counted_speaker_stays(quotes_in) -> None:
    assert [q.speaker.text for q in quotes_in("Experts said the law would fail.")] == ["Experts"]
    found = quotes_in('"We will fight," one farmer said.')
    assert [q.speaker.text for q in found] == ["one farmer"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Despite President Jose Mujica's concerns regarding the entry of cheaper Paraguayan "
         "marijuana into the country, the fixed price is comparable to its current retail "
         "price, according to the United Nations.",
         "the fixed price is comparable to its current retail price"),
        ("Amid a wave of arrests in the capital, the gang has lost most of its leaders, "
         "according to the police.", "the gang has lost most of its leaders"),
        ("Boasting 108,000 residents from farmers to professors, Vigo County has voted for the "
         "winner in every election since 1956, Politico reported.",
         "Vigo County has voted for the winner in every election since 1956"),
    ],
)  # fmt: skip
def test_the_writers_fronted_framing_is_not_the_content(quotes_in, text, content) -> None:
    assert content in [q.content.rstrip(",.") for q in quotes_in(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the government, homicide rates fell by nearly eight per 100,000 "
         "inhabitants between 2008 and 2011, a claim that has been corroborated by crime "
         "analyst Carlos Mendoza.",
         "homicide rates fell by nearly eight per 100,000 inhabitants between 2008 and 2011"),
        ("Senator Bernie Sanders said Hillary Clinton has the qualifications to be president -- "
         "having suggested in a recent speech that she is unqualified.",
         "Hillary Clinton has the qualifications to be president"),
        ("The army said the rebels had fled into the hills, a claim which the rebels deny.",
         "the rebels had fled into the hills"),
    ],
)  # fmt: skip
def test_the_writers_gloss_after_the_content_is_cut(quotes_in, text, content) -> None:
    assert content in [q.content.rstrip(",.") for q in quotes_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Nestor Reverol, who was appointed to the cabinet position in early "
        "August by President Nicolas Maduro, El Universal reported.",
        "In which agents bought ketamine from street dealers, as La Republica reports.",
        "Commenting on Colombia's collaboration with US authorities, El Tiempo reported, “",
    ],
)
def test_a_content_that_is_no_clause_is_left_out(quotes_in, text) -> None:
    assert [q for q in quotes_in(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton is expected to argue that Trump is unfit for office.",
        "Donald Trump on Tuesday seemed to imply that gun owners should act.",
        "Clinton is set to say that the economy is strong.",
    ],
)
def test_a_forecast_or_the_writers_reading_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_what_was_said_stays(quotes_in) -> None:
    found = quotes_in("Donald Trump said on Tuesday that gun owners should act.")
    assert [q.content for q in found] == ["gun owners should act"]
