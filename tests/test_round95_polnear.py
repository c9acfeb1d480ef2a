"""Direct quotations PolNeAR's train tune half showed missed (round 95), by kind; every input is
a paraphrase of our own, with a guard for the reading each rule must keep.

1. A tag after the closing mark that the parser did not hang the quotation on: '“…?” reacted
   Dalton.', '“…!” reacted Ann Lee on Facebook.' (``inverted.inverted_tag``; "react" in
   ``manner`` of data/quote_cues.yaml); words in capitals before a tag of saying ('“Like
   Boston. Or Denver,” Smith said.') are what was said, not a title (``said_not_titled``); a
   tag between commas the parser made a complement of the verb after it ("Instead, Ramos told
   NPR, her plan would be “…”"; ``parenthetical._comma_tag``).
2. A "that" clause after a time adjunct of the cue ('said following a vote in 2004 that she had
   “…”') the parser made a relative of the adjunct's noun (``clauses._marked_relatives``).
3. "According to the newspaper, “…”" after a paper named "… News" (``news`` in ``mastheads``).
4. A colon after a clause whose cue has no subject: the subject of the verb the cue hangs on
   ('…, who told senators when asked …: “…”'; ``colon.colon_subject``).
   A person named right before a subjectless cue, hung on a fronted adjunct's noun ("Saturday
   at the convention Sen. Ruth Adler (D-OR) said …"; ``fronted.adjunct_name``).
6. An opening mark after an invisible direction character ("\\u202a”Sorry …!!” posted X"): the
   character is no text before the quotation (``marks.visible``).
"""

from __future__ import annotations

import pytest

_PUB = "2016-01-05"


def _direct(quotes: list, needle: str) -> list:
    return [q for q in quotes if q.kind == "direct" and needle in q.content]


def _speaker(quotes: list, needle: str) -> str | None:
    found = _direct(quotes, needle)
    assert found, needle
    return found[0].speaker.text if found[0].speaker is not None else None


# 1. The tag after the closing mark.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Report.\n\n\u201cThe governor said in his address that farmers are our heroes. "
            "Which farmers does he mean?\u201d reacted Dalton.",
            "Which farmers does he mean?",
            "Dalton",
        ),
        (
            "Report.\n\n\u201cIs the mayor hiding something?\u201d asked Okafor on Monday.",
            "hiding something",
            "Okafor",
        ),
        (
            "Report.\n\n\u201cWe will not pay for his wall!\u201d reacted Paul Ostrowski on "
            "Facebook.",
            "pay for his wall",
            "Ostrowski",
        ),
    ],
)
def test_a_tag_after_the_quotation_is_its_cue(quotes_in, text, needle, speaker) -> None:
    assert speaker in (_speaker(quotes_in(text, _PUB), needle) or "")


def test_a_title_after_the_closing_mark_is_no_tag(quotes_in) -> None:
    """Guard: '“Star Wars,” starred Harrison Ford' names a film; 'starred' is no speech."""
    quotes = quotes_in(
        "Report.\n\nThe film was a hit. \u201cStar Wars,\u201d starred Harrison Ford.", _PUB
    )
    assert not _direct(quotes, "Star Wars")


def test_scare_quotes_before_a_tag_stay_partial(quotes_in) -> None:
    """Guard: a quoted word inside the writer's sentence is no direct quotation of the tag's."""
    quotes = quotes_in(
        "Report.\n\nCritics mocked his \u201cbeautiful wall,\u201d recalled Ann Lee.", _PUB
    )
    assert not _direct(quotes, "beautiful wall")


# 6. An invisible direction character before the opening mark.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Report.\n\nHer post drew replies.\n\n\u202a\u201dThanks Anna, this is why we "
            "fight!!\u201d wrote Pete Holm.",
            "this is why we fight",
            "Pete Holm",
        ),
        (
            "Report.\n\nThe message went viral.\n\n\u202a\u201dSorry Mark, you should have "
            "stayed home, because we all saw the footage!!\u201d posted Lena Varga.",
            "you should have stayed home",
            "Lena Varga",
        ),
    ],
)
def test_a_direction_mark_is_no_text_before_a_quotation(quotes_in, text, needle, speaker) -> None:
    assert speaker in (_speaker(quotes_in(text, _PUB), needle) or "")


# 4. A colon after a clause whose cue has no subject of its own.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Report.\n\nThe ruling would fall to Judge Maria Ortiz, who told senators when "
            'asked in March about the lawsuit: "The case is in the hands of career prosecutors. '
            'They weigh the facts."',
            "in the hands of career prosecutors",
            "Ortiz",
        ),
        (
            "Report.\n\nAny decision would involve Chief Inspector Rolf Amsel, who told "
            'lawmakers when asked last week about the audit: "That matter is being handled by '
            'independent examiners. They follow the books."',
            "independent examiners",
            "Amsel",
        ),
        (
            "Report.\n\nIn the clip, the preacher Omar Haddad, who died in 2014, is shown "
            "preaching: \u201cBrothers, take heed. There are dark clouds gathering.\u201d",
            "dark clouds gathering",
            "preacher",
        ),
    ],
)
def test_a_colon_quotation_takes_the_subject_its_cue_hangs_on(
    quotes_in, text, needle, speaker
) -> None:
    assert speaker in (_speaker(quotes_in(text, _PUB), needle) or "")


def test_a_colon_list_with_a_quoted_sign_is_no_quotation(quotes_in) -> None:
    """Guard: a colon that lists what was seen gives the signs' words no speaker."""
    quotes = quotes_in(
        'Report.\n\nHe described the scene: a crowd, a stage and signs reading "Dump Trump."',
        _PUB,
    )
    assert not _direct(quotes, "Dump Trump")


# 1b. Words in capitals before a tag of saying are what was said, not a title.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        ("Report.\n\n\u201cLike Boston. Or Denver,\u201d Smith said.", "Like Boston", "Smith"),
        (
            "Report.\n\nShe was asked where crime is worst. \u201cLike Tulsa. Or Fresno,\u201d "
            "Alvarez said. \u201cThe figures are worse there.\u201d",
            "Like Tulsa",
            "Alvarez",
        ),
        ("Report.\n\n\u201cNot Ever. Not Once!\u201d Kowalski said.", "Not Ever", "Kowalski"),
    ],
)
def test_capitals_before_a_tag_of_saying_are_said(quotes_in, text, needle, speaker) -> None:
    assert speaker in (_speaker(quotes_in(text, _PUB), needle) or "")


def test_a_title_before_a_naming_tag_stays_a_title(quotes_in) -> None:
    """Guard: a show's name the speaker calls something is no quotation of it."""
    quotes = quotes_in(
        "Report.\n\nHer favourite show is \u201cGame of Thrones,\u201d a series she calls "
        "addictive.",
        _PUB,
    )
    assert not _direct(quotes, "Game of Thrones")


# 2. A "that" clause after a time adjunct of the cue, made a relative of the adjunct's noun.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Report.\n\nOkonkwo said following a vote in 2004 that she had \u201cvery serious "
            "doubts about the long-term plans of a steadily growing lobby.\u201d",
            "very serious doubts",
            "Okonkwo",
        ),
        (
            "Report.\n\nBrandt said following a debate in 2008 that he had \u201cvery real fears "
            "about the long-term costs of a rapidly expanding program.\u201d",
            "very real fears",
            "Brandt",
        ),
    ],
)
def test_a_that_clause_after_a_time_adjunct_is_reported(quotes_in, text, needle, speaker) -> None:
    found = [q for q in quotes_in(text, _PUB) if needle in q.content]
    assert found and all(q.speaker is not None and speaker in q.speaker.text for q in found)
    assert any(q.kind == "indirect" and q.content.startswith(("he had", "she had")) for q in found)


def test_a_relative_on_the_adjunct_stays_a_relative(quotes_in) -> None:
    """Guard: 'after a vote that the council had “rushed through”' describes the vote."""
    quotes = quotes_in(
        "Report.\n\nShe spoke after a vote that the council had \u201crushed through.\u201d", _PUB
    )
    assert not [q for q in quotes if q.kind == "indirect"]


# 3. 'According to the newspaper, “…”' after a paper whose name ends in "News".


@pytest.mark.parametrize(
    ("text", "needle", "outlet"),
    [
        (
            "Report.\n\nOn Monday, the Springfield Daily News suggested the attacks highlight a "
            "threat. The Daily News claims the group's refusal is a danger.\n\nAccording to the "
            "newspaper, \u201cOur porous laws let dealers sell weapons to nearly any adult. Very "
            "few classes of people are disqualified.\u201d",
            "porous laws",
            "Daily News",
        ),
        (
            "Report.\n\nOn Tuesday, the Lakeland Morning News argued the budget was a failure. The "
            "Morning News said the council had failed.\n\nAccording to the paper, \u201cThe "
            "council has spent the reserve. Few of its members have explained why.\u201d",
            "spent the reserve",
            "Morning News",
        ),
        (
            "Report.\n\nOn Tuesday, the Harbor City News reported on the strike. It said talks "
            "had stalled.\n\nAccording to the newspaper, \u201cThe union has rejected the offer. "
            "Its leaders want a new contract.\u201d",
            "rejected the offer",
            "Harbor City News",
        ),
    ],
)
def test_the_newspaper_is_the_news_named_before(quotes_in, text, needle, outlet) -> None:
    found = _direct(quotes_in(text, _PUB), needle)
    assert found and found[0].speaker is not None and outlet in (found[0].speaker.actor or "")


def test_the_newspaper_is_no_union_named_before(quotes_in) -> None:
    """Guard: an organisation whose name is no masthead is not "the newspaper"."""
    quotes = quotes_in(
        "Report.\n\nOn Monday, the Riverside Farmers Union suggested the tariffs hurt growers. "
        "The union claims the levy is a danger.\n\nAccording to the newspaper, \u201cOur growers "
        "cannot sell abroad. Very few farms will survive the year.\u201d",
        _PUB,
    )
    assert not any("Union" in (q.speaker.actor or "") for q in _direct(quotes, "growers"))


# 4b. A person named right before a subjectless cue, hung on a fronted adjunct's noun.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Report.\n\nMonday at the annual union convention Sen. Paul Whitfield (R-Ohio) said "
            "the trade deal was a \u201ccomplete betrayal\u201d of workers.",
            "complete betrayal",
            "Whitfield",
        ),
        (
            "Report.\n\nSaturday at the Oregon Democratic state\u2019s party convention Sen. Ruth "
            "Adler (D-OR) said presumptive Republican presidential nominee Mark Dunn was a "
            "\u201ctotal fraud\u201d in business.",
            "total fraud",
            "Adler",
        ),
    ],
)
def test_a_name_before_a_subjectless_cue_speaks(quotes_in, text, needle, speaker) -> None:
    found = [q for q in quotes_in(text, _PUB) if needle in q.content]
    assert found and all(q.speaker is not None and speaker in q.speaker.text for q in found)


def test_a_name_inside_the_adjunct_is_no_speaker(quotes_in) -> None:
    """Guard: the one the board met with is the object of "with", not a speaker."""
    quotes = quotes_in(
        "Report.\n\nOn Monday the board met with Tom Kessler said the farm bill was \u201cdead "
        "on arrival.\u201d",
        _PUB,
    )
    assert not any(q.speaker is not None and "Kessler" in q.speaker.text for q in quotes)


# 1c. A tag between commas the parser made a complement of the verb after it.


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Report.\n\nInstead, Ramos told NPR, her plan would simply be \u201cto wait them "
            "out\u201d if the talks fail.",
            "her plan would simply be",
            "Ramos",
        ),
        (
            "Report.\n\nInstead, Vargas told NPR, her plan would simply be \u201cto wait them "
            "out\u201d if the talks fail.",
            "her plan would simply be",
            "Vargas",
        ),
        (
            "Report.\n\nInstead, Ramos told NBC, her plan would simply be \u201cto ride it "
            "out\u201d if the strike drags on.",
            "her plan would simply be",
            "Ramos",
        ),
    ],
)
def test_a_tag_between_commas_reports_the_clause_after(quotes_in, text, needle, speaker) -> None:
    found = [q for q in quotes_in(text, _PUB) if q.kind == "indirect" and needle in q.content]
    assert found and found[0].speaker is not None and speaker in found[0].speaker.text


def test_a_fronted_object_clause_is_no_tag(quotes_in) -> None:
    """Guard: 'what Ramos told NPR, her aides would not repeat' reports nothing of the aides."""
    quotes = quotes_in("Report.\n\nInstead, what Ramos told NPR, her aides would not repeat.", _PUB)
    assert not [q for q in quotes if "aides would not repeat" in q.content]
