"""The acceptance case: the whole pipeline on the seed article against its gold annotation.

Each section (structure, actors, quotes, indirect speech, required and forbidden events,
dyad tone) is checked by ``dyads.evaluate.seed``, the same code behind ``dyads eval seed``.
"""

from __future__ import annotations

import pytest

from dyads.evaluate.seed import SeedReport, evaluate_seed


@pytest.fixture(scope="module")
def report(shared_dir) -> SeedReport:
    _, report = evaluate_seed(shared_dir)
    return report


@pytest.mark.parametrize(
    "section",
    [
        "structure",
        "actors",
        "quotes",
        "indirect speech",
        "events required",
        "events forbidden",
        "dyads",
    ],
)
def test_seed_section(report: SeedReport, section: str) -> None:
    checks = [check for check in report.checks if check.section == section]
    assert checks, f"no checks ran for {section}"
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not failed, failed
