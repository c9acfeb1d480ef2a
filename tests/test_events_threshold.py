"""The confidence threshold: the trained default, a setting and ``--min-confidence`` move it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.cli import app
from dyads.config import load_settings
from dyads.events.scoring import load_scorer

STORY = (
    "Moscow Talks Collapse\n\n"
    "MOSCOW (AP) — The Russian Foreign Ministry on Monday condemned Armenia for its "
    "military drills with the United States. Armenia hosted a US-Armenian military exercise "
    "on Tuesday. Police in Yerevan arrested two Russian journalists on Wednesday.\n"
)


def _confidences(tmp_path: Path, *flags: str) -> list[float]:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    args = ["extract", str(story), "--published", "2024-05-09", *flags]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)["articles"]
    return [event["confidence"] for event in article["events"]]


def test_min_confidence_flag_moves_the_threshold(tmp_path: Path) -> None:
    every = _confidences(tmp_path, "--min-confidence", "0")
    default = _confidences(tmp_path)
    threshold = load_scorer().threshold
    assert every, "the story has candidate events"
    assert sorted(default) == sorted(c for c in every if c >= threshold)
    assert _confidences(tmp_path, "--min-confidence", "1") == [c for c in every if c >= 1.0]
    middle = sorted(every)[len(every) // 2]
    kept = _confidences(tmp_path, "--min-confidence", str(middle))
    assert kept and min(kept) >= middle and len(kept) <= len(every)


def test_min_confidence_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(story), "--min-confidence", "1.5"])
    assert result.exit_code == 2
    assert "--min-confidence" in result.output


def test_min_confidence_setting_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADS_MIN_CONFIDENCE", "0.25")
    assert load_settings().min_confidence == 0.25
    assert load_settings(min_confidence=0.9).min_confidence == 0.9
