"""Blind audit, round 114 (fresh articles): who speaks. "The company" left unresolved though the
body was just named; "the SVP" taken for "Junge SVP", the youth wing whose name ends in the
letters; a report's title given as speaker where the text names the body that made it ("the US
Justice Department's 2011 National Drug Threat Assessment"); a source's next quotation given to
a body that "also reported" something of its own; "the official" left generic though the
sentence before names her with her title; a title-case headline's "Trump Addresses" as
speaker; "the brothers" left unresolved. Each fault's input, two paraphrases and the guards of
what was right."""

from __future__ import annotations

import pytest

DAY = "2016-08-29"


def _speakers(quotes_in, text: str, start: str) -> list[str | None]:
    """The actors of the quotations whose content starts with ``start``."""
    return [
        q.speaker.actor if q.speaker is not None else None
        for q in quotes_in(text, DAY)
        if q.content.startswith(start)
    ]


# --- "the company" after the body that is its sentence's subject ------------------------------


@pytest.mark.parametrize(
    ("text", "start", "actor"),
    [
        ("Business Insider also commented on Weiner’s future as a contributor with the company, "
         "but acknowledged it had no formal relationship to dissolve.\n\n“We are sorry to hear "
         "about the dissolution of the Weiners’ marriage,” the company said in a statement. “We "
         "do not a have formal contributor relationship with Mr. Weiner, but we and our readers "
         "always enjoy his columns.”", "We do not", "Business Insider"),
        ("Goldman Sachs also commented on Gary Cohn’s role as an adviser to the company.\n\n“We "
         "thank him for his service,” the company said in a statement.", "We thank",
         "Goldman Sachs"),
        ("Amazon also commented on Jeff Bezos’s plans for the newspaper.\n\n“He owns the paper "
         "personally,” the company said.", "He owns", "Amazon"),
    ],
)  # fmt: skip
def test_the_company_is_the_body_just_named(quotes_in, text, start, actor) -> None:
    assert _speakers(quotes_in, text, start) == [actor]


def test_the_company_after_a_person_who_leads_the_sentence_stays_unresolved(quotes_in) -> None:
    text = (
        "Gary Cohn left Goldman Sachs in January.\n\nMary Smith, a spokeswoman, declined to "
        "comment. “We thank him for his service,” the company said."
    )
    assert _speakers(quotes_in, text, "We thank") in ([None], [])


# --- an acronym the text defines is the body's, not another name's tail -------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("In the late 1990s, the conservative nationalist Swiss People’s Party, or SVP, began to "
         "politicize immigration. Both Blocher and the SVP have long complained that the "
         "political class does not heed the will of the people. In 2013, the SVP youth wing, "
         "Junge SVP, went a step further.", "the political class"),
        ("The conservative Swiss People’s Party, or SVP, won the most seats in 2015. Since then "
         "the SVP has said that the borders must be closed. Its youth wing, Junge SVP, went "
         "further.", "the borders"),
        ("Last year the right-wing Swiss People’s Party, or SVP, called the vote. The SVP "
         "argued that the treaty broke the constitution. The party's youth, the Junge SVP, held "
         "rallies.", "the treaty"),
    ],
)  # fmt: skip
def test_a_defined_acronym_is_the_body(quotes_in, text, start) -> None:
    assert "Swiss People’s Party" in _speakers(quotes_in, text, start)


def test_the_youth_wing_keeps_its_own_name(mentions_of) -> None:
    text = (
        "Last year the right-wing Swiss People’s Party, or SVP, called the vote. In 2013, the "
        "SVP youth wing, Junge SVP, went a step further."
    )
    actors = {m.text: m.actor for m in mentions_of(text)}
    assert actors.get("Junge SVP") == "Junge SVP"
    assert "Junge SVP" not in {m.actor for m in mentions_of(text) if m.text == "SVP"}


# --- a report's title: the body that made it speaks ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("According to the US Justice Department's 2011 National Drug Threat Assessment , Mexico "
         "is the principal source of methamphetamine for the US market.", "Justice Department"),
        ("According to the Treasury Department's annual National Money Laundering Risk "
         "Assessment, cash smuggling remains the main method.", "Treasury Department"),
        ("According to the State Department's 2015 Threat Assessment, the cartels have grown "
         "stronger in the north.", "State Department"),
    ],
)  # fmt: skip
def test_an_assessment_speaks_for_its_maker(quotes_in, text, actor) -> None:
    found = quotes_in(text, DAY)
    assert [q.speaker.actor for q in found if q.speaker is not None] == [actor]


def test_a_report_keeps_its_maker(quotes_in) -> None:
    text = (
        "According to the State Department's 2014 International Narcotics Control Strategy "
        "Report, Bolivia is the third largest producer of coca."
    )
    assert [q.speaker.actor for q in quotes_in(text, DAY) if q.speaker] == ["State Department"]


# --- a source's next quotation, then a body that "also reported" its own ----------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("\"More than 100 people stayed in Pital and today they are left with nothing to eat,\" "
         "the human rights defender told Verdad Abierta. \"The few shopkeepers who were there "
         "left, and the people are afraid to go to work in the fields because they might be "
         "confronted by armed groups.\" OCHA also reported this confinement and expressed that "
         "the population fears retaliation from the illegal armed groups that now dominate the "
         "area.", "The few shopkeepers", "the human rights defender"),
        ("\"We have no water left,\" the village leader told reporters. \"The children are sick "
         "and the clinic is closed.\" UNICEF also reported the outbreak and said that the roads "
         "were blocked.", "The children", "the village leader"),
        ("\"The roads are closed,\" a local priest told El Tiempo. \"Nobody can leave the town "
         "after dark.\" UNHCR also reported the curfew and warned that food was running "
         "out.", "Nobody can", "a local priest"),
    ],
)  # fmt: skip
def test_a_body_that_also_reports_its_own_does_not_take_the_quotation(
    quotes_in, text, start, speaker
) -> None:
    found = [q for q in quotes_in(text, DAY) if q.content.startswith(start)]
    assert [q.speaker.text for q in found if q.speaker is not None] == [speaker]


def test_a_pronoun_that_goes_on_still_speaks(quotes_in) -> None:
    text = '"We are seeking a court order." She further announced that the suit was filed.'
    found = [q for q in quotes_in(text, DAY) if q.content.startswith("We are seeking")]
    assert [q.cue.text for q in found if q.cue is not None] == ["announced"]


# --- "the official" after the titled person the sentence before opens with ---------------------


@pytest.mark.parametrize(
    ("text", "start", "actor"),
    [
        ("The human rights defender interviewed by Verdad Abierta said that people also sought "
         "refuge in nearby towns. Local Ombudsman Amy Castillo confirmed that dozens of people "
         "who arrived to the urban center were given food and accommodation assistance by the "
         "mayor's office. However, the official acknowledged that the municipality did not have "
         "the resources to tend to all of those displaced for the three months required by "
         "law.", "the municipality", "Amy Castillo"),
        ("Carlos Ruiz, a farmer, said the roads were closed. Local Auditor Jennifer Walsh "
         "confirmed that the town had spent its budget. However, the official admitted that the "
         "audit was late.", "the audit", "Jennifer Walsh"),
        ("Police chief Mario Gomez declined to comment. Regional Comptroller Luis Perez said "
         "that the budget had been spent. But the official admitted that the audit was late.",
         "the audit", "Luis Perez"),
    ],
)  # fmt: skip
def test_the_official_is_the_titled_person_just_named(quotes_in, text, start, actor) -> None:
    assert _speakers(quotes_in, text, start) == [actor]


def test_the_official_after_an_untitled_person_stays_generic(quotes_in) -> None:
    text = (
        "Maria Lopez, a teacher, said the school was closed. Pedro Diaz said the water was "
        "dirty. The official said the supply was safe."
    )
    assert "Pedro Diaz" not in _speakers(quotes_in, text, "the supply")


# --- a title-case headline's verb is no part of the speaker's name ------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\nDonald Trump spoke about the "
         "attack in Munich on Friday.", "Trump", "Donald Trump"),
        ("Clinton Slams Trade Deal: ‘We Can Do Better.’\n\nHillary Clinton spoke about trade in "
         "Ohio on Friday.", "Clinton", "Hillary Clinton"),
        ("Sanders Responds To Critics: ‘The Numbers Add Up.’\n\nBernie Sanders spoke in Vermont "
         "on Friday.", "Sanders", "Bernie Sanders"),
    ],
)  # fmt: skip
def test_a_headlines_name_before_its_verb_speaks(quotes_in, text, speaker, actor) -> None:
    found = [q for q in quotes_in(text, DAY) if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker.actor) for q in found if q.speaker] == [(speaker, actor)]


def test_a_lead_in_name_with_a_colon_still_speaks(quotes_in) -> None:
    text = (
        "The Kremlin answered at once.\n\nAnd from Kremlin spokesman Dmitry Peskov: “We will "
        "respond.”"
    )
    found = [q for q in quotes_in(text, DAY) if q.content.startswith("We will")]
    assert [q.speaker.actor for q in found if q.speaker] == ["Dmitry Peskov"]


# --- "the brothers": the one family the article names -----------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "actors"),
    [
        ("\"Mexicans laugh at our tragedies,\" said German Ortega, one of the stars of the "
         "play.\n\n\"This is a social critique,\" said Freddy Ortega, German's brother and "
         "fellow comedian.\n\nThe play will tour Mexico. In some ways, the brothers noted, Trump "
         "might appreciate their performance.", "Trump might", {"German Ortega", "Freddy Ortega"}),
        ("Mark Kelly, an astronaut, spoke first. His twin, Scott Kelly, spoke after him. The "
         "brothers said the mission had changed them.", "the mission",
         {"Mark Kelly", "Scott Kelly"}),
        ("\"We sing for the town,\" said Ana Diaz. Her sister, Lucia Diaz, joined the band in "
         "2010. The sisters said they would tour Spain next year.", "they would",
         {"Ana Diaz", "Lucia Diaz"}),
    ],
)  # fmt: skip
def test_the_brothers_are_the_family_named(quotes_in, text, start, actors) -> None:
    assert set(_speakers(quotes_in, text, start)) == actors


def test_the_sisters_with_no_family_named_stay_unresolved(quotes_in) -> None:
    text = (
        '"We sing for the town," said Ana Diaz. Her friend Maria Lopez joined the band in '
        "2010. The sisters said they would tour Spain next year."
    )
    assert set(_speakers(quotes_in, text, "they would")) <= {None}


# --- a contraction the recogniser takes for a place is no actor --------------------------------


@pytest.mark.parametrize(
    ("text", "clitic"),
    [
        ("If the breakup of his marriage wasn’t bad enough, Weiner also lost two jobs.", "n’t"),
        ("The senator didn't answer, and the party's chairman left early.", "n't"),
        ("They’re not ready, the coach said after the game in Boston.", "’re"),
    ],
)
def test_a_contraction_taken_for_a_name_is_no_mention(pipeline, text, clitic) -> None:
    from spacy.tokens import Span

    from dyads.actors import find_mentions

    doc = pipeline.nlp(text)
    i = next(t.i for t in doc if t.text == clitic)
    ents = [e for e in doc.ents if not e.start <= i < e.end]
    doc.ents = [*ents, Span(doc, i, i + 1, label="GPE")]
    assert clitic not in {m.text for m in find_mentions(doc)}
