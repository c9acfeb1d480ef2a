"""``dyads eval`` without its data measured nothing: one line on standard error and exit 2 (the
README's exit codes; a new user's trial, session 26: "skipped" with status 0). An explicit
``--shared`` folder that is not there is that error, never a fallback to ``../shared``."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.cli import app


@pytest.mark.parametrize("command", ["seed", "pentaclass", "plv"])
def test_eval_without_its_data_exits_2_in_one_line(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "no-shared-here"
    result = CliRunner().invoke(app, ["eval", command, "--shared", str(missing)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"error: evaluation data not found: no folder at {missing}"]
