"""New-user trials (sessions 26 and 27): ``dyads dyad --help`` and ``dyads export --help`` were
drawn in boxed panels with ``--help <bool>`` and broken wraps, the other commands in plain text.
Every command's help is now plain, in one style."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dyads.cli import DyadsGroup, app

_BOX = ("╭", "╰", "│", "─")


@pytest.mark.parametrize("command", sorted(DyadsGroup.lazy))
def test_every_commands_help_is_plain(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ")
    assert not any(mark in result.output for mark in _BOX)
    assert "<bool>" not in result.output
