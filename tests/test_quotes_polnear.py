"""PolNeAR dev through the whole pipeline, scored by the shared scorer (skips without it)."""

from __future__ import annotations

from pathlib import Path

from dyads.evaluate.polnear import evaluate_pipeline


def test_polnear_dev_meets_the_attribution_targets(shared_dir: Path, tmp_path: Path) -> None:
    result = evaluate_pipeline("dev", shared=shared_dir, out=tmp_path / "pred.jsonl")
    assert result["failed"] == 0
    assert result["direct"]["pair_f1"] >= 0.85, result["direct"]
    assert result["all"]["pair_f1"] >= 0.60, result["all"]
