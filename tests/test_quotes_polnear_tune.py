"""Quotation kinds read off the errors of PolNeAR train's tune half (the report half and dev are
only scored): a speaker and a long appositive between the closing mark and the cue; the cue right
after the closing mark over a later one the parser hung the quotation on; a parenthetical report
whose clause opens inside a quotation; a name tagged as a verb before its cue; an exclamation
after a verb of saying taken for a title; a cue whose adjunct ends at the opening mark; "according
to" after the closing mark; a layout cue whose subject is a thing; "adding" after a partial
quotation. Each kind: the tuned input and two paraphrases, and what must stay."""

from __future__ import annotations

import pytest


def _pairs(quotes) -> list[tuple[str, str | None]]:
    return [(q.content, q.speaker.text if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential "
            "frontrunner nationally and current polling leader in South Carolina by a wide margin "
            "after winning the New Hampshire primaries, said when Boyle asked him a question.",
            "Very good reporter, very good reporter this guy,",
            "Trump",
        ),
        (
            "“We will win this state,” Sanders, the Vermont senator who has drawn huge crowds "
            "across the Midwest and in the industrial towns of the North, said as polls closed.",
            "We will win this state,",
            "Sanders",
        ),
        (
            "“The deal is dead,” Merkel, the German chancellor and the longest-serving leader in "
            "the European Union by a wide margin, told reporters on Monday.",
            "The deal is dead,",
            "Merkel",
        ),
    ],
)
def test_a_long_appositive_between_quotation_and_cue_keeps_the_speaker(
    quotes_in, text, content, speaker
) -> None:
    assert (content, speaker) in _pairs(quotes_in(text))


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        (
            '"I never said that. I never said that," Trump said, after CNBC\'s Becky Quick said '
            'the billionaire front-runner had referred to Marco Rubio as the "personal senator" '
            "of Mark Zuckerberg.",
            "Trump",
            "CNBC's Becky Quick",
        ),
        (
            '"That is not true," Clinton said, before Sanders said she had taken money from Wall '
            "Street.",
            "Clinton",
            "Sanders",
        ),
        (
            '"We will not back down," Putin said, after Biden said Russia would pay a price.',
            "Putin",
            "Biden",
        ),
    ],
)
def test_the_cue_after_the_closing_mark_is_the_quotations(quotes_in, text, speaker, other) -> None:
    found = quotes_in(text)
    direct = [q for q in found if q.kind == "direct"]
    assert [q.speaker.text for q in direct if q.speaker] == [speaker]
    # the second speaker's report is theirs alone and never starts inside the quotation
    assert all(q.span[0] > direct[0].span[1] for q in found if q is not direct[0])
    assert any(q.speaker and q.speaker.text == other for q in found if q.kind == "indirect")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Jeb wants to be a tough guy tonight," Trump shot back.', "Trump"),
        ('"You are a liar," Cruz shot back.', "Cruz"),
        ('"That is nonsense," Rubio snapped.', "Rubio"),
    ],
)
def test_a_name_before_a_manner_cue_is_the_speaker(quotes_in, text, speaker) -> None:
    assert [q.speaker.text for q in quotes_in(text) if q.speaker] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She declared “What a Super Tuesday!” and left the stage.", "What a Super Tuesday!"),
        ("Rubio shouted “Long Live Free Cuba!” as the crowd cheered.", "Long Live Free Cuba!"),
        ("The senator tweeted “Happy Fourth Of July!” on Monday morning.", "Happy Fourth Of July!"),
    ],
)
def test_an_exclamation_after_a_verb_of_saying_is_no_title(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


def test_a_title_after_a_naming_verb_stays_out(quotes_in) -> None:
    found = quotes_in("She wrote “The Art Of The Deal” in a single summer.")
    assert [q.content for q in found] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "When someone in the audience shouted, “Cruz,” Beck joked, again using an exaggerated "
            "Southern accent, “Amen, brother! Come on up and get baptized!”",
            "Amen, brother! Come on up and get baptized!",
            "Beck",
        ),
        (
            "When a reporter asked about the polls, Trump said, smiling at the cameras in the "
            "front row, “We are winning everywhere.”",
            "We are winning everywhere.",
            "Trump",
        ),
        (
            "After the crowd chanted, “Lock him up,” Warren said, again raising her voice, “Not "
            "on my watch!”",
            "Not on my watch!",
            "Warren",
        ),
    ],
)
def test_a_cue_whose_adjunct_ends_at_the_mark_names_the_speaker(
    quotes_in, text, content, speaker
) -> None:
    assert (content, speaker) in _pairs(quotes_in(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The talks have stalled and no date is set,” according to Kremlin spokesman Dmitry "
            "Peskov.",
            "Kremlin spokesman Dmitry Peskov",
        ),
        (
            "“We will resume deliveries next week,” according to Gazprom chief executive Alexei "
            "Miller.",
            "Gazprom chief executive Alexei Miller",
        ),
        (
            "“There is no ceasefire,” according to Hamas official Osama Hamdan.",
            "Hamas official Osama Hamdan",
        ),
    ],
)
def test_according_to_after_the_closing_mark_names_the_speaker(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in found] == [("direct", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "When Trump finally wrapped up — “I will fight for you, and I will win for you!” — the "
        "balloons cascaded down on the crowd.",
        "When the speech ended — “God bless America!” — the confetti rained down on the delegates.",
        "As the band played — “Born in the USA!” — the lights dimmed over the arena.",
    ],
)
def test_a_thing_after_the_quotation_is_no_speaker(quotes_in, text) -> None:
    assert all(q.speaker is None or q.speaker.text[:4] != "the " for q in quotes_in(text))


def test_a_dash_line_with_a_name_stays_a_speaker(quotes_in) -> None:
    found = quotes_in(
        "“We will not bargain over borders.”\n— NATO Secretary General Jens Stoltenberg"
    )
    assert [q.speaker.text for q in found if q.speaker] == [
        "NATO Secretary General Jens Stoltenberg"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation "
            "which was maniacal,” adding, “He lost all of the Latino vote.”",
            "Trump",
        ),
        (
            "Clinton told CNN that Trump “has no plan at all,” adding, “He is unfit to be "
            "president.”",
            "Clinton",
        ),
        (
            "Warren told reporters that the bank “broke the law,” adding, “Its chief should "
            "resign.”",
            "Warren",
        ),
    ],
)
def test_adding_after_a_partial_quotation_is_the_tellers(quotes_in, text, speaker) -> None:
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [q.speaker.text for q in direct if q.speaker] == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Jennifer Palmieri runs the operation.\n\nThe main problem they have been facing, "
            "Palmieri says, is figuring out how to parry a presidential Trump.\n\nEarlier this "
            "week, Clinton spoke at a fundraiser.",
            "The main problem they have been facing is figuring out how to parry a presidential "
            "Trump",
            "Palmieri",
        ),
        (
            "Economists have studied the tax.\n\nIn the long run, many economists say, the effect "
            "could ripple through the whole health care system.\n\nCongress voted on Friday.",
            "the effect could ripple through the whole health care system",
            "many economists",
        ),
        (
            "Carl Anthony is a historian.\n\nThe first lady shaped many decisions, Anthony says, "
            "and she felt free to contradict the president.\n\nShe died on Sunday.",
            "The first lady shaped many decisions and she felt free to contradict the president",
            "Anthony",
        ),
    ],
)
def test_a_parenthetical_report_that_ends_a_paragraph_is_kept(
    quotes_in, text, content, speaker
) -> None:
    assert (content, speaker) in _pairs(quotes_in(text))


TRANSCRIPT = """Chris Matthews hosted the panel on Friday.

MATTHEWS: Bernie says he is going to pay for free tuition with a tax on speculation.

LOPEZ: Everyone has a different image of what that is.

MATTHEWS: Well, speculation is bad.

LOPEZ: No one thinks their savings are speculation."""


def test_transcript_turns_are_quotations_of_their_labels(quotes_in) -> None:
    found = quotes_in(TRANSCRIPT)
    assert _pairs(found) == [
        ("Bernie says he is going to pay for free tuition with a tax on speculation.", "MATTHEWS"),
        ("Everyone has a different image of what that is.", "LOPEZ"),
        ("Well, speculation is bad.", "MATTHEWS"),
        ("No one thinks their savings are speculation.", "LOPEZ"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump: We are going to win so much.\n\nDonald Trump declared victory on Tuesday.",
        "Poll: Clinton leads in Ohio.\n\nUpdate: The count goes on.\n\nNote: Figures are early.",
        "WASHINGTON: The Senate passed the bill.\n\nThe House votes next week.",
    ],
)
def test_a_single_label_or_page_furniture_is_no_transcript(quotes_in, text) -> None:
    assert all(q.speaker is None or q.speaker.text.isupper() is False for q in quotes_in(text))
    assert not any(
        q.content.startswith(("We are going", "Clinton leads", "The Senate"))
        for q in quotes_in(text)
    )


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "According to the NBC-Wall Street Journal poll, her negative ratings now outweigh "
            "her positives by 24 points.",
            "her negative ratings now outweigh her positives by 24 points",
        ),
        (
            "According to a new survey, most voters want lower prices.",
            "most voters want lower prices",
        ),
        (
            "According to the study, the program cut poverty in Ohio by a third.",
            "the program cut poverty in Ohio by a third",
        ),
    ],
)
def test_what_a_poll_shows_is_a_finding_not_a_quotation(pipeline, text, finding) -> None:
    from dyads.pipeline import analysis_doc
    from dyads.quotes import find_attributions
    from dyads.records import RawDocument

    article = pipeline.build(RawDocument(source="test", content=text))
    doc = pipeline.nlp(analysis_doc(pipeline.nlp, article))
    article = pipeline.analyse_doc(article, doc)
    assert finding not in [q.content for q in article.quotes]
    found = find_attributions(doc, article.mentions, published=None, body=article.body)
    assert finding in [s.content for s in found.stances]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched through Cleveland on Monday. “Animal liberation now,” read a shirt "
        "worn by one marcher.",
        "Outside the hall in Denver, a banner said “No war with Iran.”",
        "Delegates crowded the floor in Philadelphia. “Bernie or bust,” the placards said.",
    ],
)
def test_a_shirt_or_a_banner_is_no_speaker(quotes_in, text) -> None:
    assert [q.speaker.text for q in quotes_in(text) if q.speaker] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The spokesman for David Cameron refused to answer questions but said there was no "
            "telephone call planned with Trump, adding: “If one is proposed we will consider it.”",
            "If one is proposed we will consider it.",
        ),
        (
            "The minister declined to comment on the talks, saying only: “We will see.”",
            "We will see.",
        ),
        (
            "Sanders refused to concede, adding that “the fight goes on.”",
            "the fight goes on",
        ),
    ],
)
def test_a_participle_after_a_refusal_was_said(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


def test_a_refusal_to_say_stays_unsaid(quotes_in) -> None:
    assert quotes_in("Clinton declined to say whether she would debate Sanders in Brooklyn.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to "
            "lose,” referencing the large number of Cuban immigrants in the region.",
            "If they sue us in a court in Miami, they’re going to lose,",
            "Rubio",
        ),
        (
            "Warren shot back angrily: “That is simply not true,” pointing to the bank's own "
            "filings.",
            "That is simply not true,",
            "Warren",
        ),
        (
            "Sanders replied calmly: “We will win this state,” citing the crowds in Detroit.",
            "We will win this state,",
            "Sanders",
        ),
    ],
)
def test_a_cue_and_its_adverb_before_the_colon_speak(quotes_in, text, content, speaker) -> None:
    assert (content, speaker) in _pairs(quotes_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking "
        'the Justice Department to investigate the "fiasco."',
        "The governor sent a letter to the White House urging the Pentagon to release the "
        '"missing" funds.',
        'Senator Grassley wrote to the agency asking the FBI to explain the "delay."',
    ],
)
def test_the_one_asked_is_no_speaker(quotes_in, text) -> None:
    speakers = [q.speaker.text for q in quotes_in(text) if q.speaker]
    assert not any(s in ("the Justice Department", "the Pentagon", "the FBI") for s in speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Has Mexico Neutralized the Knights Templar Boss? The leader is practically "
            "neutralized, but he is not ready to bow out just yet\n\nSpeaking in an interview "
            "with Milenio TV , the head of Mexico's National Security Commission, Monte Alejandro "
            "Rubido Garcia, said the federal security forces had effectively ended the "
            "operations of the Knights Templar.",
            "Garcia",
        ),
        (
            "Talks resume in Geneva\n\nSpeaking to reporters on Monday, the head of the Russian "
            "delegation, Sergei Ryabkov, said the talks had stalled.",
            "Ryabkov",
        ),
        (
            "Key points of the budget\n\nSpeaking in parliament, the finance minister, Jeremy "
            "Hunt, said taxes would fall next year.",
            "Hunt",
        ),
    ],
)
def test_a_line_without_a_full_stop_ends_its_sentence(quotes_in, text, speaker) -> None:
    found = quotes_in(text)
    assert any(
        q.kind == "indirect" and q.speaker and speaker in f"{q.speaker.text} {q.speaker.actor}"
        for q in found
    )
