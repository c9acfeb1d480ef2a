"""A new user's trial (session 27): "three companies it accuses of supplying drones and ballistic
missiles to Russia for its war in Ukraine" gave "its" to the European Union (the subject), and
the EU was coded as using force against Ukraine (190). A possessive "its" in a reason phrase
right after a country or body is that body's. The input, two paraphrases and a guard."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The European Union on Monday imposed sanctions on eight Iranian officials and three "
         "companies it accuses of supplying drones and ballistic missiles to Russia for its war "
         "in Ukraine.", "RUS"),
        ("The European Union criticized China for its crackdown in Hong Kong.", "CHN"),
        ("The United States imposed new sanctions on Iran over its nuclear programme.", "IRN"),
    ],
)  # fmt: skip
def test_its_in_a_reason_after_a_body_is_that_bodys(pipeline, text, owner) -> None:
    from dyads.records import RawDocument

    article = pipeline.process(
        RawDocument(source="t", content="Sanctions widen.\n\n" + text, published="2025-06-23")
    )
    assert {m.country for m in article.mentions if m.text == "its"} == {owner}
    assert not [e for e in article.events if e.root == "19" and e.source.code == "IGOEUREEC"]


def test_guard_its_after_a_place_keeps_the_subject(pipeline) -> None:
    from dyads.records import RawDocument

    text = "Summit held.\n\nThe European Union held talks in Brussels for its members on Monday."
    article = pipeline.process(RawDocument(source="t", content=text, published="2025-06-23"))
    assert {m.code for m in article.mentions if m.text == "its"} <= {"IGOEUREEC"}
