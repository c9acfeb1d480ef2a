"""Issue 15 (blind audits of rounds 99 and 100, the kinds still open): reported clauses cut
before the speaker's last words, and speakers left as descriptions. Each fault's input, two
paraphrases and the guards of what was right."""

from __future__ import annotations

import pytest

DAY = "2016-07-11"


def _contents(quotes_in, text: str) -> list[str]:
    return [q.content for q in quotes_in(text, DAY)]


# --- a list of embedded questions goes on past its comma ----------------------------------


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Additionally, Cruz said Plan Secure El Salvador could benefit from a comprehensive "
         "assessment to figure out if the program is working, where it's working and where it "
         "needs to be improved.", "where it needs to be improved"),
        ("Hernandez said the study would reveal if the police reform works, where it works and "
         "where it fails.", "where it fails"),
        ("Officials said inspectors will check if the dam is safe, where it is weakest and what "
         "repairs it needs.", "what repairs it needs"),
    ],
)  # fmt: skip
def test_questions_listed_after_a_question_are_still_said(quotes_in, text, tail) -> None:
    assert any(c.endswith(tail) for c in _contents(quotes_in, text))


def test_writers_relative_after_the_claim_stays_cut(quotes_in) -> None:
    assert _contents(quotes_in, "Hernandez said the program would reduce crime, which critics "
                     "doubt.") == ["the program would reduce crime"]  # fmt: skip


# --- "a spokesperson for X": X's body when X is coded or names a body named before ---------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Mexican Navy announced the arrest of the brother of one of the original founders "
         "of the Gulf Cartel, Osiel Cardenas Guillen, in Tamaulipas state. Mario Cardenas "
         "Guillen was reportedly arrested Monday, a spokesperson for the marines said.", "MEXMIL"),
        ("The Colombian Army said it had killed a rebel commander in Cauca. The operation "
         "lasted three days, a spokesman for the troops said.", "COLMIL"),
        ("The Honduran National Police arrested two men in San Pedro Sula on Friday. The "
         "suspects were carrying rifles, a spokeswoman for the police said.", "HNDCOP"),
    ],
)  # fmt: skip
def test_spokesperson_for_a_coded_body_speaks_for_it(quotes_in, text, code) -> None:
    spoken = [q for q in quotes_in(text, DAY) if q.speaker and q.speaker.text.startswith("a spoke")]
    assert spoken and spoken[0].speaker.code == code


def test_spokesperson_for_an_uncoded_family_gets_no_body(quotes_in) -> None:
    text = ("The Mexican Navy arrested two men on Monday. The candidate will hold a rally in "
            "Monterrey on Friday, a spokesman for the family said.")  # fmt: skip
    codes = [q.speaker.code for q in quotes_in(text, DAY) if q.speaker and "rally" in q.content]
    assert "MEXMIL" not in codes


# --- a clause after the dash that closes an inverted tag spells out the claim ---------------


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Last month's murder figures have some positive implications for Mexico, argues "
         "Alejandro Hope -- violence continues to fall in the long term, with signs that "
         "criminal groups may be shifting towards policies of more caution and lower "
         "visibility.", "more caution and lower visibility"),
        ("The new budget will hurt rural schools, says Senator Maria Lopez -- districts there "
         "already lack teachers and buses.", "lack teachers and buses"),
        ("The reform is a step forward, said analyst Juan Perez -- it gives judges more power "
         "to jail corrupt officials.", "to jail corrupt officials"),
    ],
)  # fmt: skip
def test_the_clause_after_the_tags_dash_is_the_speakers(quotes_in, text, tail) -> None:
    found = [q for q in quotes_in(text, DAY) if q.content.endswith(tail)]
    assert found and found[0].gap is not None  # the tag itself is left out


@pytest.mark.parametrize(
    "text",
    [
        "The deal will collapse, said Juan Perez -- a claim the ministry rejected.",
        "The deal will collapse, said Juan Perez -- the same warning the ministry gave in May.",
    ],
)
def test_the_writers_gloss_after_the_tags_dash_stays_out(quotes_in, text) -> None:
    assert _contents(quotes_in, text) == ["The deal will collapse"]


# --- a transcript turn set in quotation marks is its label's --------------------------------

_PANEL = (
    "Instead, {a}, {b} and {c} argued that the plan is naive.\n\n"
    '"{a_full}: {first}"\n\n'
    "{b}: She is right on all these things if you dig down.\n\n"
    "{a}: Well, speculation is bad.\n\n"
    "{c}: Everyone has a different image of what that is.\n\n"
    "{a}: Here is the irony of our time."
)


@pytest.mark.parametrize(
    ("names", "first"),
    [
        (("Matthews", "Alex Seitz-Wald", "Luciana Lopez", "Chris Matthews"),
         "Seriously, seriously about this. Bernie says he is going to pay for it."),
        (("Hannity", "Mary Katharine Ham", "Juan Williams", "Sean Hannity"),
         "Let me push back on that. The tax would hit retirees first."),
        (("Maddow", "Steve Kornacki", "Joy Reid", "Rachel Maddow"),
         "Hold on a second. Nobody in that room has read the bill."),
    ],
)  # fmt: skip
def test_quoted_transcript_turn_is_its_labels(quotes_in, names, first) -> None:
    a, b, c, a_full = names
    text = _PANEL.format(a=a, b=b, c=c, a_full=a_full, first=first)
    quotes = quotes_in(text, DAY)
    turn = [q for q in quotes if q.content == first]
    assert turn and all(q.speaker and q.speaker.text == a_full for q in turn)
    assert not any(q.content.startswith(a_full + ":") for q in quotes)
    assert any(q.speaker and q.speaker.text == b and q.content.startswith("She is") for q in quotes)


# --- a speech verb in a "with" phrase of a vague group is the writer's background ----------


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia's stance on coca has caused tensions. With some politicians proposing to "
        "increase the legal quota to 20,000 hectares while Bolivia receives millions in "
        "international anti-drug aid annually, the issue remains tense.",
        "With several mayors demanding that the state send more police, the governor met them "
        "on Friday.",
        "With other parties proposing to cut the budget by half, the talks stalled.",
    ],
)
def test_a_vague_groups_proposal_in_a_with_phrase_is_no_report(quotes_in, text) -> None:
    assert _contents(quotes_in, text) == []


def test_a_named_speaker_in_a_with_phrase_still_reports(quotes_in) -> None:
    text = "With Senator Maria Lopez saying that the bill would fail, the vote was delayed."
    assert _contents(quotes_in, text) == ["the bill would fail"]


@pytest.mark.parametrize(
    "text",
    [
        'The parade was somber, with many marchers and spectators chanting "We are Orlando" and '
        '"Disarm hate."',
        'The rally grew loud, with some protesters shouting "No more wars" at the police.',
    ],
)
def test_words_a_vague_group_utters_in_a_with_phrase_stay(quotes_in, text) -> None:
    assert _contents(quotes_in, text)
