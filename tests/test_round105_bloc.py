"""A new user's trial (session 27): "Kallas said the bloc was ready to meet Iranian officials"
left "the bloc" unresolved after the European Union: the description table's "|" split the
IGO types of one target into targets of their own, so "the bloc" could only be an alliance.
The input, two paraphrases and a guard."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The European Union imposed sanctions on Iran. Kallas said the bloc was ready to meet "
         "Iranian officials to discuss the issue.", "IGOEUREEC"),
        ("The European Union imposed sanctions on Iran. The bloc was ready to meet Iranian "
         "officials.", "IGOEUREEC"),
        ("NATO met in Brussels on Monday. The bloc said it was ready to talk to Russia.",
         "IGOWSTNAT"),
    ],
)  # fmt: skip
def test_the_bloc_is_the_union_or_alliance_named(pipeline, text, code) -> None:
    from dyads.records import RawDocument

    article = pipeline.process(
        RawDocument(source="t", content="Sanctions widen.\n\n" + text, published="2025-06-23")
    )
    assert {m.code for m in article.mentions if m.text.lower() == "the bloc"} == {code}


def test_guard_the_bloc_with_no_union_named_is_no_one(pipeline) -> None:
    from dyads.records import RawDocument

    text = "Votes counted.\n\nThe conservative bloc in parliament voted against the bill."
    article = pipeline.process(RawDocument(source="t", content=text, published="2025-06-23"))
    assert not [m for m in article.mentions if "bloc" in m.text and m.code]
