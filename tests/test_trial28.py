"""A new user's trial, session 28: three wire stories of its own (Kosovo-Serbia arrests, a
China-Philippines shoal clash, US sanctions on an Iranian oil network). Each fault kind with
the story's sentence and two paraphrases of our own, beside guards for what was right."""

from __future__ import annotations

import pytest

from dyads.commands.show import day_text
from dyads.records import RawDocument


def _article(pipeline, text: str, published: str = "2026-10-14"):
    return pipeline.process(RawDocument(source="t", content="World news.\n\n" + text,
                                        published=published))  # fmt: skip


# "Kosovo police arrested …, the interior ministry said" was given to Serbia's ministry and
# "Serbian Foreign Minister Marko Djuric summoned …, the foreign ministry said" to Kosovo's.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("PRISTINA, Oct 14 (Dyads Wire) - Kosovo police arrested three Serbian nationals near the "
         "northern town of Zubin Potok on Tuesday, accusing them of smuggling weapons across the "
         "boundary with Serbia, the interior ministry said.", "XKXGOV"),
        ("Serbian Foreign Minister Marko Djuric summoned the head of the EU delegation in "
         "Belgrade, Emanuele Giaufret, on Tuesday evening to demand the men's release, the "
         "foreign ministry said in a statement.", "SRBGOV"),
        ("Polish border guards detained two Belarusian soldiers near the border with Belarus, "
         "the interior ministry said.", "POLGOV"),
    ],
)  # fmt: skip
def test_a_ministry_tag_speaks_for_the_state_whose_body_acted(pipeline, text, code) -> None:
    article = _article(pipeline, text)
    speakers = {q.speaker.code for q in article.quotes if "ministry" in q.speaker.text}
    assert speakers == {code}


def test_guard_a_ministry_tag_after_a_place_only_keeps_its_rule(pipeline) -> None:
    text = ("Belarus's foreign ministry called the move a provocation. A ministry spokesman "
            "added that Minsk would respond.")  # fmt: skip
    article = _article(pipeline, text)
    assert {m.code for m in article.mentions if "ministry" in m.text.lower()} == {"BLRGOV"}


# "President Donald Trump restored his policy of 'maximum pressure' on Tehran" was coded 050
# (diplomatic cooperation) from the US to Iran: a sanctions story read as cooperation.


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions are the latest in a series of measures aimed at Iran's oil exports since "
        'President Donald Trump restored his policy of "maximum pressure" on Tehran.',
        "President Donald Trump restored sanctions on Iran's oil exports.",
        "The Iranian government restored its restrictions on American journalists.",
    ],
)
def test_restoring_a_policy_is_no_cooperation(pipeline, text) -> None:
    article = _article(pipeline, text, "2026-09-09")
    assert not [e for e in article.events if e.root == "05"]


def test_guard_restoring_relations_is_cooperation(pipeline) -> None:
    article = _article(pipeline, "Egypt restored diplomatic relations with Iran on Monday.")
    assert ("EGY", "050", "IRN") in {
        (e.source.code, e.cameo, e.target.code) for e in article.events
    }


# "Islamic Revolutionary Guard Corps" and "KFOR, NATO's peacekeeping force in Kosovo" were
# left uncoded.


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The companies moved oil on behalf of Iran's Islamic Revolutionary Guard Corps.",
         "Islamic Revolutionary Guard Corps", "IRNMIL"),
        ("The IRGC seized a British tanker in the Strait of Hormuz.", "IRGC", "IRNMIL"),
        ("KFOR said it had increased patrols along the boundary line.", "KFOR", "IGOWSTNAT"),
    ],
)  # fmt: skip
def test_named_forces_are_coded(pipeline, text, name, code) -> None:
    article = _article(pipeline, text)
    assert {m.code for m in article.mentions if m.text == name} == {code}


# A year's date (stored as its first day) was printed as 1 January: "2024-01-01".


@pytest.mark.parametrize(
    ("start", "precision", "shown"),
    [("2024-01-01", "year", "2024"), ("2024-03-01", "month", "2024-03"),
     ("2026-11-02", "day", "2026-11-02"), (None, None, "")],
)  # fmt: skip
def test_a_date_is_shown_as_precise_as_it_is_known(start, precision, shown) -> None:
    assert day_text(start, precision) == shown


# "Chinese foreign ministry spokesman Lin Jian …" then "Manila to stop what he called
# provocations", said by "Lin": the bare family name was left to no one.


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Chinese foreign ministry spokesman Lin Jian accused the Philippine boat of intruding. "
         "Lin urged Manila to stop provocations.", "Lin", "CHNGOV"),
        ("Chinese President Xi Jinping met South Korean President Lee Jae-myung on Monday. "
         "Xi praised Lee.", "Lee", "KORGOV"),
        ("Vietnamese Prime Minister Pham Minh Chinh met Chinese Foreign Minister Wang Yi. "
         "Pham thanked Wang.", "Wang", "CHNGOV"),
    ],
)  # fmt: skip
def test_a_family_name_first_names_the_person_after(pipeline, text, name, code) -> None:
    article = _article(pipeline, text, "2026-11-03")
    assert {m.code for m in article.mentions if m.text == name} == {code}


def test_guard_a_western_name_keeps_its_surname() -> None:
    from dyads.actors.family_names import family_name_first

    assert family_name_first("Kim Davis") is None
    assert family_name_first("Lee Harvey Oswald") is None
    assert family_name_first("Lee Jae-myung") == "Lee"
    assert family_name_first("Lin Jian") == "Lin"


# "The Philippines summoned China's ambassador …" then "Ambassador Huang Xilian" in a story
# from Manila was coded PHLGOV: an envoy is not of the country he is posted to.


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("MANILA, Nov 3 (Dyads Wire) - The Philippines summoned China's ambassador on Tuesday. "
         "Foreign Secretary Theresa Lazaro said she had summoned Ambassador Huang Xilian to lodge "
         "a strong protest.", "Ambassador Huang Xilian", "CHNGOV"),
        ("VILNIUS, Nov 3 (Dyads Wire) - Lithuania expelled Russia's ambassador on Monday. "
         "Ambassador Alexei Isakov was given 48 hours to leave the country.",
         "Ambassador Alexei Isakov", "RUSGOV"),
        ("ANKARA, Nov 3 (Dyads Wire) - Turkey summoned Sweden's envoy on Monday. Ambassador "
         "Staffan Herrstrom was told of Ankara's anger.", "Ambassador Staffan Herrstrom",
         "SWEGOV"),
    ],
)  # fmt: skip
def test_an_untitled_ambassador_is_the_sending_countrys(pipeline, text, name, code) -> None:
    article = _article(pipeline, text, "2026-11-03")
    assert {m.code for m in article.mentions if m.text == name} == {code}


def test_guard_an_ambassador_with_no_sender_named_is_no_ones(pipeline) -> None:
    text = "MANILA, Nov 3 (Dyads Wire) - Ambassador Zhou Wenhua said China would respond."
    article = _article(pipeline, text, "2026-11-03")
    assert {m.code for m in article.mentions if "Zhou" in m.text} == {None}
