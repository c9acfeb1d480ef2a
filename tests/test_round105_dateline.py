"""A new user's trial (session 27): a Nairobi-datelined story about Sudan coded "army spokesman
Nabil Abdallah" KENMIL and the RSF's victims KENCVL: the bureau's dateline was taken as the
story's country though the body names Sudan's bodies more often. The dateline stays the story's
country unless the body names another country more often. The input and two paraphrases."""

from __future__ import annotations

import pytest

_SUDAN = (
    "Kenya condemns Sudan paramilitary attack\n\n"
    "NAIROBI, 12 May 2025 (AFP) - Kenya on Sunday condemned an attack by Sudan's Rapid Support "
    "Forces on a refugee camp in North Darfur.\n\n"
    "Sudan's army accused the RSF of killing dozens of civilians, said army spokesman Nabil "
    "Abdallah.\n\nThe RSF denied the allegations."
)
_SAHEL = (
    "Mali junta under pressure\n\n"
    "DAKAR, 3 March 2025 (Reuters) - Mali's junta on Monday expelled the French ambassador. "
    "Mali's army said the police had arrested two opposition leaders in Bamako, according to "
    "army spokesman Souleymane Dembele.\n\nMali's government gave no reason."
)
_GAZA = (
    "Truce talks stall\n\n"
    "CAIRO, 4 June 2025 (AP) - Israel's army said troops had killed three gunmen in Gaza, "
    "according to army spokesman Avichay Adraee. Israel's cabinet met on Tuesday.\n\n"
    "Israel's defense minister said the offensive would go on."
)


@pytest.mark.parametrize(
    ("text", "published", "spokesman", "code"),
    [
        (_SUDAN, "2025-05-12", "army spokesman Nabil Abdallah", "SDNMIL"),
        (_SAHEL, "2025-03-03", "army spokesman Souleymane Dembele", "MLIMIL"),
        (_GAZA, "2025-06-04", "army spokesman Avichay Adraee", "ISRMIL"),
    ],
)
def test_a_bureau_dateline_does_not_name_the_storys_country(
    pipeline, text, published, spokesman, code
) -> None:
    from dyads.records import RawDocument

    article = pipeline.process(RawDocument(source="t", content=text, published=published))
    codes = {m.code for m in article.mentions if m.text == spokesman}
    assert codes == {code}


def test_guard_a_dateline_story_about_its_own_country_keeps_it(pipeline) -> None:
    from dyads.records import RawDocument

    text = (
        "Kenya police act\n\nNAIROBI, 12 May 2025 (AFP) - Kenya's police arrested two "
        "protesters on Sunday, said police spokesman Muchiri Nyaga. Kenya's government defended "
        "the arrests.\n\nThe army stayed in its barracks."
    )
    article = pipeline.process(RawDocument(source="t", content=text, published="2025-05-12"))
    assert {m.code for m in article.mentions if m.text == "army"} <= {"KENMIL"}
