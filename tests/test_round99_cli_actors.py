"""A name two actors bear, given as a dyad's actor, stands for both (blind audit, round 99:
``dyads dyad RSF X`` never reached Sudan's Rapid Support Forces, since "RSF" looked up to
Reporters Without Borders alone; ``shared_names.yaml``, :func:`dyads.actor_specs.resolve_actor`).
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dyads.actor_specs import resolve_actor, same_actor
from dyads.cli import app

runner = CliRunner()

SUDAN = (
    "KHARTOUM, Sudan — Sudan's army bombed RSF positions in Khartoum on Monday. The RSF "
    "attacked the army's base in Omdurman on Tuesday.\n"
)


@pytest.fixture(scope="module")
def sudan_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("sudan")
    (folder / "khartoum.txt").write_text(SUDAN, encoding="utf-8")
    db = str(folder / "sudan.duckdb")
    done = runner.invoke(app, ["ingest", str(folder), "--db", db, "--published", "2024-05-07"])
    assert done.exit_code == 0, done.output
    return db


@pytest.mark.parametrize("pair", [("RSF", "SDNMIL"), ("SDNMIL", "RSF"), ("Rapid Support Forces",
                                  "SDNMIL")])  # fmt: skip
def test_rsf_as_a_dyad_actor_reaches_the_rapid_support_forces(
    sudan_store: str, pair: tuple[str, str]
) -> None:
    result = runner.invoke(app, ["dyad", *pair, "--db", sudan_store], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "no events between them" not in result.stdout


def test_rsf_stands_for_both_actors_that_bear_it() -> None:
    spec = resolve_actor("RSF")
    codes = {one.prefix for one in spec.readings()}
    assert codes == {"NGOHRIRWB", "SDNUAF"}
    assert "Rapid Support Forces" in spec.names()


def test_a_name_one_actor_bears_has_no_other_reading() -> None:
    """Guard: "NATO" is NATO alone, and "RSF" is still not the same actor as Sudan."""
    assert resolve_actor("NATO").others == ()
    assert same_actor("RSF", "SDN") is None
