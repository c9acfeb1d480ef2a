"""Quotation kinds of blind-audit round 13: an idea or a poll's share given as the speaker ("one
popular theory said", "most Republicans agreed"), and a description speaker ("the drug lord
said") the article had named in apposition before ("The drug lord, Joaquin Guzman,"). Each
kind: the audited input and two paraphrases, and the case that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "One popular theory said the fire was set deliberately.",
        "Conventional wisdom says the race is already over.",
        "A persistent rumor said the minister would resign within a week.",
    ],
)
def test_an_idea_is_no_speaker(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Most Republicans agreed that the tax cut was a mistake, the survey found.",
        "Most of the senators said they would vote against the bill.",
        "A majority of voters said the economy was their top concern.",
    ],
)
def test_a_poll_share_is_no_speaker(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_a_group_that_speaks_stays_a_speaker(quotes_in) -> None:
    found = quotes_in("Republican senators said they would vote against the bill.")
    assert [q.content for q in found] == ["they would vote against the bill"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The drug lord, Joaquin Guzman, escaped in 2015. The drug lord said he was never "
            "afraid.",
            "Joaquin Guzman",
        ),
        (
            "Earlier, the retired neurosurgeon, Ben Carson, spoke in Iowa. “We will win,” the "
            "neurosurgeon said.",
            "Ben Carson",
        ),
        (
            "The veteran diplomat, Maria Lopez, arrived on Monday. The diplomat said the talks "
            "had stalled.",
            "Maria Lopez",
        ),
    ],
)
def test_a_description_speaker_is_the_person_named_with_it(quotes_in, text, actor) -> None:
    found = quotes_in(text)
    assert [q.speaker.actor for q in found] == [actor]


def test_a_description_of_another_rank_is_not_that_person(quotes_in) -> None:
    found = quotes_in(
        "The vice president, Maria Lopez, arrived on Monday. The president said the talks had "
        "stalled."
    )
    assert len(found) == 1
    assert found[0].speaker.actor != "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        "Trump praised Saddam Hussein as an effective fighter of terrorism.",
        "Russia condemned the naval exercise as a provocation.",
        "The magazine hailed the general as the most feared man in the region.",
    ],
)
def test_an_evaluation_as_something_is_a_stance_not_a_quotation(quotes_in, pipeline, text) -> None:
    from dyads.quotes import find_attributions

    assert quotes_in(text) == []
    assert len(find_attributions(pipeline.nlp(text), []).stances) == 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She described the vote as a sham.", "the vote as a sham"),
        ("He dismissed the report as fake news.", "the report as fake news"),
    ],
)
def test_saying_that_something_is_so_stays_a_quotation(quotes_in, text, content) -> None:
    assert [q.content for q in quotes_in(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Jorge Domene Zambrano, the security spokesman for the state government "
            "in Nuevo Leon, where Monterrey is located, the bar was a center for drug sales.",
            "the bar was a center for drug sales",
        ),
        (
            "According to Maria Lopez, a spokeswoman for the ministry, the talks will resume on "
            "Monday.",
            "the talks will resume on Monday",
        ),
        (
            "According to Pedro Diaz, the police chief of the city of Tijuana, where the bodies "
            "were found, the victims had been shot.",
            "the victims had been shot",
        ),
    ],
)
def test_according_to_a_named_source_leaves_its_apposition_out(quotes_in, text, content) -> None:
    assert [q.content.rstrip(".") for q in quotes_in(text)] == [content]


def test_according_to_a_source_keeps_a_relative_clause_of_what_was_said(quotes_in) -> None:
    found = quotes_in("According to police, the suspects, who were armed, fled to the hills.")
    expected = ["the suspects, who were armed, fled to the hills"]
    assert [q.content.rstrip(".") for q in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "At the time, President Barack Obama reportedly called President Felipe Calderon to "
        "congratulate him on the timely arrest.",
        "Merkel called Putin to discuss the ceasefire.",
        "The prime minister called the governor to thank her for the rescue work.",
    ],
)
def test_calling_someone_to_do_something_is_a_phone_call(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_calling_on_someone_to_act_stays_a_request(quotes_in) -> None:
    found = quotes_in("Macron called on Iran to release the prisoners.")
    assert [q.content for q in found] == ["to release the prisoners"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mexico's authorities are now saying a massacre at a Mexico prison was part of a "
            "sophisticated prison break.",
            "a massacre at a Mexico prison was part of a sophisticated prison break",
        ),
        (
            "Police are now saying a fire at the warehouse was set on purpose.",
            "a fire at the warehouse was set on purpose",
        ),
        (
            "Trump speculated that the men detained could be part of the Islamic State.",
            "the men detained could be part of the Islamic State",
        ),
    ],
)
def test_a_reported_clause_keeps_its_subject(quotes_in, text, content) -> None:
    assert [q.content.rstrip(".") for q in quotes_in(text)] == [content]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Hillary Clinton told a gathering in Washington she will protect reproductive rights "
            "while her opponent, Donald Trump, wants to roll them back.",
            "wants to roll them back",
        ),
        (
            "The mayor said the city will reopen the schools while the governor, Ana Ruiz, hopes "
            "to keep them closed.",
            "hopes to keep them closed",
        ),
        (
            "The minister said exports will grow this year while imports, hit by the new "
            "tariffs, will fall.",
            "will fall",
        ),
    ],
)
def test_a_verb_with_its_own_subject_is_more_of_what_was_said(quotes_in, text, end) -> None:
    found = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert len(found) == 1
    assert found[0].content.rstrip(".").endswith(end)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking in an interview with Milenio TV, the head of the commission, Monte "
            "Alejandro Rubido Garcia, said the federal forces had ended the operations of the "
            "gang.",
            "Monte Alejandro Rubido Garcia",
        ),
        (
            "Speaking at a press conference in Lima, the interior minister, Carlos Morales "
            "Soto, said the police had arrested the gang's leaders.",
            "Carlos Morales Soto",
        ),
        (
            "Addressing reporters on Monday, the army's spokesman, Colonel Juan Pablo Ortega, "
            "said the troops had left the town.",
            "Juan Pablo Ortega",
        ),
    ],
)
def test_a_speaker_after_a_fronted_participle(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert len(found) == 1
    assert speaker in (found[0].speaker.actor, found[0].speaker.text)


@pytest.mark.parametrize(
    "text",
    [
        "I guess that settles it, said six-million people who lost their health insurance.",
        "Millions of voters said the election was stolen.",
        "Thousands of fans said the team had let them down.",
    ],
)
def test_a_mass_of_people_is_no_speaker(quotes_in, text) -> None:
    named = "Senator Ted Cruz spoke in Houston on Monday. "  # an article names someone
    assert [q for q in quotes_in(named + text) if q.kind == "indirect"] == []


def test_he_is_a_person_not_the_organisation_named_before(quotes_in) -> None:
    found = quotes_in(
        "The minister, Ana Ruiz, said the Knights Templar had been weakened. The Knights "
        "Templar lost most of their leaders. “They are finished,” she said."
    )
    direct = [q for q in found if q.kind == "direct"]
    assert [q.speaker.actor for q in direct] in ([None], ["Ana Ruiz"])


def test_hailed_by_someone_as_something_is_a_stance(quotes_in) -> None:
    found = quotes_in(
        "The law was hailed by former President Alvaro Uribe as one of the country's “most "
        "feared” anti-drug tools."
    )
    assert [q for q in found if q.kind == "indirect"] == []


# blind audit, round 14


@pytest.mark.parametrize(
    "text",
    [
        "The decision by the administration threatens to create a political bind for Hillary "
        "Clinton.",
        "The new plan promises to cut costs for families.",
        "The ruling threatens to delay the election by a month.",
    ],
)
def test_a_thing_that_threatens_or_promises_says_nothing(quotes_in, text) -> None:
    assert quotes_in(text) == []


def test_a_body_that_threatens_still_speaks(quotes_in) -> None:
    found = quotes_in("Russia threatened to cut gas supplies to Ukraine.")
    assert [q.content for q in found] == ["to cut gas supplies to Ukraine"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "BUENA PARK, Calif. - Rallying hundreds of service workers who are struggling to get "
            "by, Hillary Clinton tried here last week to empathize with their frustrations and "
            "promised to deliver change.",
            "Hillary Clinton",
        ),
        (
            "ROCK HILL, S.C. - Speaking to a crowd of students, Bernie Sanders stayed for an hour "
            "and promised to cancel student debt.",
            "Bernie Sanders",
        ),
        (
            "DES MOINES, Iowa - Touring a factory floor, Ted Cruz stopped to greet workers and "
            "promised to abolish the tax code.",
            "Ted Cruz",
        ),
    ],
)
def test_a_dateline_is_never_the_speaker(quotes_in, text, speaker) -> None:
    assert [q.speaker.text for q in quotes_in(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On Thursday evening Hillary Clinton delivered her acceptance speech as the Democratic "
            "nominee. The crowd cheered. “A man you can bait with a tweet is not a man we can "
            "trust with nuclear weapons,” said the Democratic nominee.",
            "Hillary Clinton",
        ),
        (
            "Maria Lopez took office as the new governor on Monday. Crowds gathered outside. "
            "“We will rebuild the roads,” the governor said.",
            "Maria Lopez",
        ),
        (
            "Pedro Diaz spoke at the summit as the chairman of the bloc. The talks ran late. "
            "“We have a deal,” the chairman said.",
            "Pedro Diaz",
        ),
    ],
)
def test_a_title_given_with_as_names_the_speaker(quotes_in, text, actor) -> None:
    assert [q.speaker.actor for q in quotes_in(text)] == [actor]


# blind audit, round 15


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Pena Nieto questioned whether fighting crime was worth putting children's health at "
            "risk.",
            "whether fighting crime was worth putting children's health at risk",
        ),
        (
            "Ruth Marcus asked Mook if a Clinton administration would continue to decline press "
            "conferences.",
            "if a Clinton administration would continue to decline press conferences",
        ),
        (
            "The senator asked whether the treaty would survive the vote.",
            "whether the treaty would survive the vote",
        ),
    ],
)
def test_a_reported_question_keeps_whether_or_if(quotes_in, text, content) -> None:
    assert [q.content.rstrip(".") for q in quotes_in(text)] == [content]


def test_a_reported_statement_drops_that(quotes_in) -> None:
    found = quotes_in("The minister said that the talks would resume on Monday.")
    assert [q.content.rstrip(".") for q in found] == ["the talks would resume on Monday"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The Washington Post ran an editorial on Monday. The paper's editorial board wrote, "
            "“He is a politician selling his own brand of fiction.”",
            "Washington Post",
        ),
        (
            "The New York Times endorsed her on Saturday. “She is the most qualified candidate,” "
            "the newspaper's editors wrote.",
            "New York Times",
        ),
        (
            "The Guardian published the leaked files. “The public has a right to know,” the "
            "paper's editor said.",
            "Guardian",
        ),
    ],
)
def test_a_body_of_the_paper_is_the_paper_named_before(quotes_in, text, outlet) -> None:
    found = quotes_in(text)
    assert len(found) == 1
    assert outlet in (found[0].speaker.actor or "")
