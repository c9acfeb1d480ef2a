"""Blind audit, round 107: "the Trump administration announced that … it will rescind
immigration protections" left its speaker a generic "government" (the recogniser tags "Trump"
an organisation, after the Trump Organization); "the Obama administration" was USAGOV."""

from __future__ import annotations

import pytest

from dyads.records import RawDocument


def _article(pipeline, text: str, published: str | None):
    return pipeline.process(RawDocument(source="t", content="US news.\n\n" + text,
                                        published=published))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("For instance, just two days before warning US citizens to rethink traveling to El "
         "Salvador, the Trump administration announced that in September 2019 it will rescind "
         "immigration protections awarded to Salvadorans.", None),
        ("The Trump administration said on Monday that it would end the program.", "2018-01-10"),
        ("Officials in the Trump administration's State Department said the aid would be cut.",
         "2019-03-01"),
    ],
)  # fmt: skip
def test_a_heads_administration_is_his_government(pipeline, text, published) -> None:
    article = _article(pipeline, text, published)
    coded = {m.code for m in article.mentions if m.text.lower().startswith("administration")}
    coded |= {q.speaker.code for q in article.quotes if "administration" in q.speaker.text}
    assert coded and coded <= {"USAGOV"}


def test_guard_the_trump_organization_stays_a_company(pipeline) -> None:
    article = _article(pipeline, "The Trump Organization said it would build a hotel.",
                       "2018-01-10")  # fmt: skip
    assert not [m for m in article.mentions if m.code == "USAGOV"]


# Rounds 107 and 109: the next sentence, "Officials said the decision was based on …", gave the
# quotation to the Salvadoran government (El Salvador, the place named last).


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Trump administration announced that it will rescind immigration protections "
         "awarded to Salvadorans following a pair of earthquakes in El Salvador. Officials said "
         "the decision was based on a determination that conditions had improved.", "USAGOV"),
        ("The German government said on Monday it would expel two diplomats from Russia. "
         "Officials said the decision followed a cyber attack.", "DEUGOV"),
        ("The Kenyan government suspended flights to Somalia on Monday. Officials said the "
         "decision was made for security reasons.", "KENGOV"),
    ],
)  # fmt: skip
def test_bare_officials_go_on_from_the_state_body_before(pipeline, text, code) -> None:
    article = _article(pipeline, text, "2018-01-10")
    assert {q.speaker.code for q in article.quotes if q.speaker.text == "Officials"} == {code}


def test_guard_bare_officials_after_no_state_subject_keep_the_scene(pipeline) -> None:
    text = ("Gangs killed 40 people in San Salvador last month. Officials said the killings had "
            "slowed.")  # fmt: skip
    article = _article(pipeline, text, "2018-01-10")
    assert {q.speaker.code for q in article.quotes if q.speaker.text == "Officials"} == {"SLVGOV"}
