"""PolNeAR dev through the whole pipeline, scored by the shared scorer (skips without it)."""

from __future__ import annotations

from pathlib import Path

from dyads.evaluate.polnear import evaluate_pipeline


def test_polnear_dev_meets_the_attribution_targets(shared_dir: Path, tmp_path: Path) -> None:
    result = evaluate_pipeline("dev", shared=shared_dir, out=tmp_path / "pred.jsonl")
    assert result["failed"] == 0
    # PolNeAR's notion of an attribution: the quotes with the stance records
    assert result["direct_stances"]["pair_f1"] >= 0.86, result["direct_stances"]
    assert result["all"]["pair_f1"] >= 0.65, result["all"]
    # what a user gets as quotes: fewer, right facts
    assert result["direct"]["pair_f1"] >= 0.84, result["direct"]
    assert result["direct"]["content_p"] >= 0.93, result["direct"]
    assert result["all_quotes"]["content_p"] >= 0.91, result["all_quotes"]
