"""`dyads alignment`: the Python API's alignment in the terminal (a new user's trial, session
30, found it only in the API and got an empty frame with no word on why)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dyads.cli import app
from test_analytics import fill

runner = CliRunner()


def _store(tmp_path: Path) -> str:
    url = str(tmp_path / "s.duckdb")
    fill(url)
    return url


def test_totals_and_periods_per_partner(tmp_path: Path) -> None:
    url = _store(tmp_path)
    result = runner.invoke(app, ["alignment", "ARM", "RUS", "USA", "--db", url, "--both"])
    assert result.exit_code == 0, result.output
    rus = next(line for line in result.output.splitlines() if "│ RUS" in line)
    cells = [c.strip() for c in rus.split("│") if c.strip()]
    assert cells[:5] == ["RUS", "3", "0", "3", "-3"], cells
    assert "2023-09" in result.output and "2023-12" in result.output
    assert "2023-10" not in result.output  # a period without events is no row


def test_one_direction_counts_fewer(tmp_path: Path) -> None:
    url = _store(tmp_path)
    result = runner.invoke(app, ["alignment", "ARM", "RUS", "--db", url, "--freq", "year"])
    rus = next(line for line in result.output.splitlines() if "│ RUS" in line)
    assert [c.strip() for c in rus.split("│") if c.strip()][:2] == ["RUS", "1"], result.output


def test_no_events_names_the_store(tmp_path: Path) -> None:
    url = _store(tmp_path)
    result = runner.invoke(app, ["alignment", "ARMGOV", "USA", "--db", url])
    assert result.exit_code == 0
    assert "no events" in result.output and "s.duckdb" in result.output


def test_the_actor_as_its_own_partner_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["alignment", "ARM", "RUS", "ARM", "--db", _store(tmp_path)])
    assert result.exit_code == 2 and "same actor" in result.output


def test_an_unknown_partner_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["alignment", "ARM", "XYZ", "--db", _store(tmp_path)])
    assert result.exit_code == 2 and "not an actor code" in result.output


def test_a_wrong_freq_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["alignment", "ARM", "RUS", "--freq", "fortnight"])
    assert result.exit_code == 2 and "--freq" in result.output
