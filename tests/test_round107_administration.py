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
