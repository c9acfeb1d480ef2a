"""Settings from the environment: a value not of its kind or out of its range is one plain
line naming the variable, never an internal error (new user's trial, session 24: the CLI's
``--min-confidence 2`` was fixed, ``DYADS_MIN_CONFIDENCE=2`` was taken silently)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dyads.config import load_settings
from dyads.errors import SettingsError

DYADS = str(Path(sys.executable).with_name("dyads"))


@pytest.mark.parametrize(
    ("name", "raw", "said"),
    [
        ("DYADS_MIN_CONFIDENCE", "2", "DYADS_MIN_CONFIDENCE (or min_confidence in dyads.toml) "
         "must be between 0 and 1, got 2"),
        ("DYADS_MIN_CONFIDENCE", "nan", "must be between 0 and 1, got nan"),
        ("DYADS_MIN_CONFIDENCE", "abc", "DYADS_MIN_CONFIDENCE must be a number, got 'abc'"),
        ("DYADS_BATCH_SIZE", "x", "DYADS_BATCH_SIZE must be a whole number, got 'x'"),
        ("DYADS_BATCH_SIZE", "0", "DYADS_BATCH_SIZE (or batch_size in dyads.toml) must be 1 or "
         "more, got 0"),
    ],
)  # fmt: skip
def test_a_bad_setting_names_itself(monkeypatch, name: str, raw: str, said: str) -> None:
    monkeypatch.setenv(name, raw)
    with pytest.raises(SettingsError, match=said.replace("(", r"\(").replace(")", r"\)")):
        load_settings()


def test_good_settings_are_taken(monkeypatch) -> None:
    monkeypatch.setenv("DYADS_MIN_CONFIDENCE", "0.5")
    monkeypatch.setenv("DYADS_BATCH_SIZE", "8")
    settings = load_settings()
    assert (settings.min_confidence, settings.batch_size) == (0.5, 8)


def test_the_cli_says_it_in_one_line_with_exit_2(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Russia attacked Ukraine on Monday, officials said in a statement.\n")
    env = {"DYADS_MIN_CONFIDENCE": "2", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([DYADS, "extract", str(story)], capture_output=True, text=True,
                          env=env, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: DYADS_MIN_CONFIDENCE (or min_confidence in dyads.toml) must be between 0 and 1, "
        "got 2"
    ]
