"""A new user's trial, session 30 (three wire stories of its own): kinds it found wrong.

Each input (the sentence as the story has it) and two paraphrases of our own, beside guards for
what was right; and the command-line faults it met, with the exit code and message now.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.cli import app
from test_analytics import fill

runner = CliRunner()


@pytest.fixture(scope="module")
def events_of(pipeline):
    """(source code, CAMEO code, target code) of a story's events."""
    from dyads.records import RawDocument

    def run(text: str, published: str = "2024-09-10") -> set[tuple]:
        article = pipeline.process(
            RawDocument(source="test", content="World news.\n\n" + text, published=published)
        )
        return {(e.source.code, e.cameo, e.target.code) for e in article.events}

    return run


# A duty given "of N percent" keeps its preposition: "The European Commission imposed duties of
# 18 percent on Indonesian biodiesel on Aug. 16" found no duty (only the accusation beside it).


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The European Commission imposed duties of 18 percent on Indonesian biodiesel on "
            "Aug. 16.",
            "IDN",
        ),
        ("The United States imposed duties of 25 percent on Chinese steel.", "CHN"),
        ("India slapped duties of up to 30 percent on Pakistani cement last month.", "PAK"),
    ],
)
def test_a_duty_given_in_percent_is_a_sanction(events_of, text, target) -> None:
    found = events_of(text)
    assert any(e[1] == "163" and e[2] == target for e in found), found


def test_guard_duties_of_an_office_are_no_sanction(events_of) -> None:
    found = events_of("The minister took up the duties of his office on Monday.")
    assert not any(e[1] == "163" for e in found), found


# Goods "imported from" a country are that country's: "Indonesia on Tuesday imposed tariffs of
# up to 25 percent on dairy products imported from the European Union" had no target.


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Indonesia on Tuesday imposed tariffs of up to 25 percent on dairy products imported "
            "from the European Union.",
            "IGOEUREEC",
        ),
        ("China imposed tariffs on soybeans imported from the United States.", "USA"),
        ("Canada imposed tariffs on steel products exported from China.", "CHN"),
    ],
)
def test_goods_imported_from_a_country_are_its(events_of, text, target) -> None:
    found = events_of(text)
    assert any(e[1] == "163" and e[2] == target for e in found), found


# The command line: a negative --limit leaked a database error after partial output; writing
# an export into a missing folder exited 1 (some input failed) where nothing was done (2).


def test_a_negative_limit_is_a_usage_error(tmp_path: Path) -> None:
    url = str(tmp_path / "s.duckdb")
    fill(url)
    result = runner.invoke(app, ["summary", "--db", url, "--limit", "-3"])
    assert result.exit_code == 2
    assert "--limit" in result.output and "Traceback" not in result.output
    assert "internal error" not in result.output


def test_an_export_into_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    url = str(tmp_path / "s.duckdb")
    fill(url)
    out = tmp_path / "missing" / "events.tsv"
    result = runner.invoke(app, ["export", "gdelt", str(out), "--db", url])
    assert result.exit_code == 2
    assert "cannot write" in result.output and not out.exists()
