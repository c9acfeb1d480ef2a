"""Actor-coding faults from blind-audit round 13, each with two paraphrases of ours and a guard
that the legitimate case still codes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyads.records import Mention

DATA = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data"


def _at(mentions: list[Mention], text: str) -> Mention:
    return next(m for m in mentions if m.text == text)


# -- 1. a country that owns a thing, or is a mere place, is no actor ---------------------------
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Mexico's institutions are weak, analysts say.", "Mexico", "MEX"),
        ("Peru's rivers are polluted this winter.", "Peru", "PER"),
        ("Analysts worry that Chile's roads cannot carry the load.", "Chile", "CHL"),
        ("Japan is rich. Its aging population worries planners.", "Its", "JPN"),
        ("Brazil held a vote. The country's economy is shrinking.", "The country", "BRA"),
        ("Ecuador is small. The nation's roads are crumbling.", "The nation", "ECU"),
    ],
)  # fmt: skip
def test_a_country_that_owns_a_thing_is_no_actor(mentions_of, text, word, country) -> None:
    found = _at(mentions_of(text), word)
    assert found.code is None
    assert found.country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The drugs were traced back to the United States.", "United States"),
        ("The weapons were traced to Venezuela, investigators said.", "Venezuela"),
        ("The money was shipped back to Panama last year.", "Panama"),
        ("Buyers came from as far away as Venezuela.", "Venezuela"),
        ("The cartel's reach extends as far as Argentina.", "Argentina"),
        ("Sales reached buyers as far north as Canada.", "Canada"),
        ("The deal has positive implications for Mexico.", "Mexico"),
        ("The ruling has serious consequences for Guatemala.", "Guatemala"),
        ("The drought is a problem for Bolivia, experts said.", "Bolivia"),
    ],
)  # fmt: skip
def test_a_country_named_as_a_scene_is_no_actor(mentions_of, text, word) -> None:
    assert _at(mentions_of(text), word).code is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Mexico's decision angered its neighbours.", "Mexico", "MEX"),
        ("China's refusal surprised the delegates.", "China", "CHN"),
        ("Russia's invasion continued for a third week.", "Russia", "RUS"),
        ("Peru's proposal was rejected.", "Peru", "PER"),
        ("China's coast guard fired water cannon.", "China's coast guard", "CHNMIL"),
        ("Mexico's president said the plan was good.", "Mexico's president", "MEXGOV"),
        ("Russia spoke. The country's foreign ministry said it would respond.",
         "foreign ministry", "RUSGOV"),
        ("Pakistan threatened to cut ties with Congo and Costa Rica over their ties with Israel.",
         "their", "CRI"),
        ("The United States imposed sanctions on Mexico.", "Mexico", "MEX"),
    ],
)  # fmt: skip
def test_a_country_that_decides_or_acts_is_still_coded(mentions_of, text, word, code) -> None:
    assert _at(mentions_of(text), word).code == code


def test_the_deeds_cover_the_event_lexicons_nouns() -> None:
    deeds = yaml.safe_load((DATA / "actors" / "possessions.yaml").read_text())["deeds"]
    nouns = yaml.safe_load((DATA / "event_lexicon.yaml").read_text())["nouns"]
    assert set(nouns) <= set(deeds)


def test_the_whole_pipeline_keeps_the_owner_uncoded_and_the_actor_coded(pipeline) -> None:
    from dyads.records import RawDocument

    text = "Mexico's economy shrank. Mexico's decision angered Peru."
    article = pipeline.process(RawDocument(source="test", content=text))
    codes = [(m.text, m.code) for m in article.mentions if m.text == "Mexico"]
    assert codes == [("Mexico", None), ("Mexico", "MEX")]
    assert all(e.source.code != "MEX" or e.source.span[0] > 20 for e in article.events)
