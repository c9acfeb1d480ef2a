"""Usage errors are one line, as the README promises (new-user trial, 2026-12-03: a bad option
value printed click's four-line usage block)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dyads.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["extract", "--published", "03/04/2024", "x.txt"], "is ambiguous"),
        (["export", "csv", "out.csv"], "'csv' is not one of"),
        (["nonsense"], "No such command"),
        (["ingest", "x.txt", "--workers", "0"], "--workers"),
    ],
)
def test_a_usage_error_is_one_line_and_exit_2(args, says) -> None:
    result = runner.invoke(app, args)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0]
    assert "Value error," not in lines[0]


def test_help_and_version_still_exit_0() -> None:
    assert runner.invoke(app, ["--version"]).exit_code == 0
    shown = runner.invoke(app, ["extract", "--help"])
    assert shown.exit_code == 0 and "Usage: dyads extract" in shown.output


def test_an_ingest_that_stores_nothing_says_so(tmp_path) -> None:
    """New-user trial (2026-12-06): `dyads ingest missing.txt` printed "read 1, skipped 0,
    failed 1", leaving out how many were stored. (A missing path alone is now a usage error,
    exit 2, test_cli_trial; among others it is still a failed input.)"""
    db = tmp_path / "store.duckdb"
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    paths = [str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt")]
    result = runner.invoke(app, ["ingest", *paths, "--db", str(db)])
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith("ingest: read 2, stored 0, skipped 0, failed 2")
    assert "missing.txt" in result.output and "no such file" in result.output
