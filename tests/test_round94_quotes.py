"""Quotation kinds from blind audit round 94 (seed 80): each audited input, shortened into a
sentence of our own, with two paraphrases of our own, and a guard for the reading the rule must
keep.

Kind 1: speakers wrong.

1. "And Skelly called Braynard “a real smart guy …”": the one a naming verb names right before
   the opening mark is no speaker; the name the parser hung on the cue is
   (``objects.named_not_speaker``).
2. "Frank quotes former Carter adviser Alfred Kahn: “…”": the person a writer quotes is the
   speaker, not the writer (``objects.quoted_one``).
3. "…, the New York Post reported": a statement noun ending a paper's name is the paper, not a
   post whose author is "New York" (``authors.paper_title``).
4. "The newspaper reported" after "…, the Orlando Sentinel reported": the paper last named, even
   when the actors stage took it for a person (``described._outlet_before``, ``mastheads`` in
   ``data/quote_cues.yaml``).
5. "A number of readers have asked questions about Clinton's assertion that …": a clause the
   parser hung on the cue belongs to the named maker's statement noun before its "that"
   (``owned.owned_claim``).
"""

from __future__ import annotations

import pytest

_PUB = "2016-01-05"


def _speaker_text(quotes: list, needle: str) -> str | None:
    found = [q for q in quotes if needle in q.content]
    assert found, needle
    speaker = found[0].speaker
    return speaker.text if speaker is not None else None


# 1. The one named is no speaker.


@pytest.mark.parametrize(
    ("text", "needle", "named", "speaker"),
    [
        (
            "Report.\n\nBill Skelly worked with Matt Braynard at the RNC. And Skelly called "
            "Braynard “a real smart guy. I’d like to think he probably understands the data. "
            "I’d imagine he’s probably a good asset.”",
            "a real smart guy",
            "Braynard",
            "Skelly",
        ),
        (
            "Report.\n\nRay Connelly ran the field office with Dan Maddox. And Connelly called "
            "Maddox “a real hard worker. He knows the data better than anyone I have met.”",
            "a real hard worker",
            "Maddox",
            "Connelly",
        ),
        (
            "Report.\n\nTom Manly hired Joe Ruggles in 2012. And Manly called Ruggles “a sharp "
            "operator. He sees the problems before anyone else does.”",
            "a sharp operator",
            "Ruggles",
            "Manly",
        ),
    ],
)
def test_the_one_named_is_no_speaker(quotes_in, text, needle, named, speaker) -> None:
    who = _speaker_text(quotes_in(text, _PUB), needle)
    assert who is None or named not in who
    assert who is not None and speaker in who


def test_a_speaker_after_the_quotation_is_kept(quotes_in) -> None:
    """Guard: '“…,” said Braynard' after a quotation is Braynard's own words."""
    quotes = quotes_in(
        "Report.\n\nBill Skelly worked with Matt Braynard at the RNC. “Understanding the "
        "nuance of political data is a difficult thing to do,” said Braynard.",
        _PUB,
    )
    assert "Braynard" in (_speaker_text(quotes, "nuance of political data") or "")


# 2. The one a writer quotes is the speaker.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Report.\n\nJimmy Carter lent his ear to deregulation advocates. Frank quotes former "
            "Carter adviser Alfred Kahn:\n\n“I’d love the Teamsters to be worse off. I’d love the "
            "automobile workers to be worse off.”",
            "Teamsters to be worse off",
            "Kahn",
        ),
        (
            "Report.\n\nThe banks were left alone for a decade. In the book, Smith quotes former "
            "Treasury official John Miller:\n\n“We never expected the banks to fail. We thought "
            "the market would take care of itself.”",
            "banks to fail",
            "Miller",
        ),
        (
            "Report.\n\nPrices rose for years. The author quotes economist Laura Chen: “Wages "
            "have not kept pace with prices. Families are poorer than they were.”",
            "Wages have not kept pace",
            "Chen",
        ),
    ],
)
def test_the_one_quoted_is_the_speaker(quotes_in, text, needle, speaker) -> None:
    assert speaker in (_speaker_text(quotes_in(text, _PUB), needle) or "")


def test_a_cited_thing_leaves_the_writer(quotes_in) -> None:
    """Guard: "Frank cites the union's support …, “…”" names no person to quote."""
    quotes = quotes_in(
        "Report.\n\nThomas Frank wrote a book. Frank cites the United Auto Workers’ support for "
        "the Civil Rights Act: “the union placards carried by marchers at the March on "
        "Washington were everywhere.”",
        _PUB,
    )
    found = [q for q in quotes if "union placards" in q.content]
    assert all(q.speaker is None or "Auto Workers" not in (q.speaker.text or "") for q in found)


# 3. A paper whose name ends in a statement noun is the paper.


@pytest.mark.parametrize(
    ("text", "needle", "paper"),
    [
        (
            "Report.\n\nWeiner, 51, who is married to top Hillary Clinton aide Huma Abedin, "
            "allegedly sent lurid photos to another woman, the New York Post reported.",
            "sent lurid photos",
            "New York Post",
        ),
        (
            "Report.\n\nThe mayor quietly met the developers twice last spring, the Denver Post "
            "reported on Sunday.",
            "met the developers",
            "Denver Post",
        ),
        (
            "Report.\n\nThe Jerusalem Post said the minister had been warned about the delays "
            "months earlier.",
            "had been warned",
            "Jerusalem Post",
        ),
    ],
)
def test_a_paper_named_post_is_the_paper(quotes_in, text, needle, paper) -> None:
    found = [q for q in quotes_in(text, "2016-08-29") if needle in q.content]
    assert found and found[0].speaker is not None
    assert found[0].speaker.actor == paper


def test_a_statement_keeps_its_author(quotes_in) -> None:
    """Guard: "The Kremlin statement said" is still the Kremlin's statement."""
    found = [
        q
        for q in quotes_in("Report.\n\nThe Kremlin statement said the talks had failed.", _PUB)
        if "the talks had failed" in q.content
    ]
    assert found and found[0].speaker is not None
    assert found[0].speaker.actor == "Russia"


# 4. "The newspaper" is the paper last named, even one the actors stage took for a person.


@pytest.mark.parametrize(
    ("text", "needle", "paper"),
    [
        (
            "Report.\n\nClinton met the families in the morning, the Associated Press reported. "
            "Later she pledged to “fight for change,” the Orlando Sentinel reported.\n\nThe "
            "newspaper reported that the candidate met privately with several victims.",
            "met privately with several victims",
            "Orlando Sentinel",
        ),
        (
            "Report.\n\nThe governor toured the flooded towns, Reuters reported. He promised "
            "“every dollar we have,” the Tampa Ledger reported.\n\nThe newspaper reported that "
            "the governor met privately with several families.",
            "met privately with several families",
            "Tampa Ledger",
        ),
        (
            "Report.\n\nThe mayor visited the school, the Associated Press reported. She vowed to "
            "“rebuild it by fall,” the Columbus Dispatch reported.\n\nThe paper also reported "
            "that the mayor met privately with the teachers.",
            "met privately with the teachers",
            "Columbus Dispatch",
        ),
    ],
)
def test_the_newspaper_is_the_paper_last_named(quotes_in, text, needle, paper) -> None:
    found = [q for q in quotes_in(text, "2016-07-22") if needle in q.content]
    assert found and found[0].speaker is not None
    assert found[0].speaker.actor == paper


def test_the_newspaper_with_one_paper_named(quotes_in) -> None:
    """Guard: with only the Associated Press named before, "the newspaper" stays with it."""
    found = [
        q
        for q in quotes_in(
            "Report.\n\nThe mayor visited the school, the Associated Press reported. She vowed "
            "to rebuild it by fall.\n\nThe newspaper also reported that the mayor met privately "
            "with the teachers.",
            "2016-07-22",
        )
        if "met privately with the teachers" in q.content
    ]
    assert found and found[0].speaker is not None
    assert found[0].speaker.actor == "Associated Press"


# 5. A clause after a named maker's statement noun in the cue's object is that maker's.


@pytest.mark.parametrize(
    ("text", "needle", "maker"),
    [
        (
            "Report.\n\nA number of readers have asked questions about Clinton's assertion "
            "that 90 to 95 percent of the e-mails were in the State Department system.",
            "90 to 95 percent",
            "Clinton",
        ),
        (
            "Report.\n\nMany readers have asked questions about Gates's assertion that most of "
            "the e-mails were in the Defense Department system.",
            "Defense Department system",
            "Gates",
        ),
        (
            "Report.\n\nMany listeners have asked questions about Powell's assertion that most "
            "of the memos were in the State Department system.",
            "most of the memos",
            "Powell",
        ),
    ],
)
def test_the_noun_owns_its_clause(quotes_in, text, needle, maker) -> None:
    found = [q for q in quotes_in(text, "2015-11-16") if needle in q.content]
    assert found and found[0].speaker is not None
    assert maker in found[0].speaker.text


def test_a_statement_of_the_cue_keeps_the_cue(quotes_in) -> None:
    """Guard: "said in its Tuesday statement that …" stays the subject's, under "said"."""
    found = [
        q
        for q in quotes_in(
            "Report.\n\nThe ministry said in its Tuesday statement that the army had withdrawn.",
            "2015-11-16",
        )
        if "army had withdrawn" in q.content
    ]
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == "The ministry"
    assert found[0].cue is not None and found[0].cue.text == "said"


# 6. "The drug lord" right after a sentence whose subject is a named person is that person.


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Report.\n\nThe commission said its forces had ended the operations of their leader "
            'Servando Gomez Martinez, alias "La Tuta." However, just days later, La Tuta returned '
            "to YouTube to post a video attacking the militias. The drug lord alleged that "
            "several leaders owed the Knights Templar money.",
            "several leaders owed",
            ("Servando Gomez Martinez", "La Tuta"),
        ),
        (
            "Report.\n\nHector Beltran posted a message online last week. The drug lord claimed "
            "that the army had killed his brother.",
            "army had killed",
            ("Hector Beltran",),
        ),
        (
            "Report.\n\nRafael Caro Quintero gave an interview from hiding. The drug lord insisted "
            "that he had never ordered the killing.",
            "never ordered the killing",
            ("Rafael Caro Quintero",),
        ),
    ],
)
def test_the_drug_lord_is_the_one_just_named(quotes_in, text, needle, actor) -> None:
    found = [q for q in quotes_in(text, "2014-02-01") if needle in q.content]
    assert found and found[0].speaker is not None
    assert found[0].speaker.actor in actor


def test_a_drug_lord_met_is_no_subject(quotes_in) -> None:
    """Guard: "Mayor Ana Ruiz met a drug lord. The drug lord said" is not the mayor."""
    found = [
        q
        for q in quotes_in(
            "Report.\n\nMayor Ana Ruiz met a drug lord on Monday. The drug lord said that the "
            "police worked for him.",
            "2014-02-01",
        )
        if "police worked for him" in q.content
    ]
    assert found and (found[0].speaker is None or found[0].speaker.actor != "Ana Ruiz")
