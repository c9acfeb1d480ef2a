"""Evaluation against ``../shared/eval`` (never copied into the repo): ``dyads eval ...``."""

from __future__ import annotations

import os
from pathlib import Path


class EvalDataMissing(FileNotFoundError):
    """The evaluation folder, or the part a command needs, is not on this machine."""


def shared_dir(explicit: str | Path | None = None) -> Path:
    """The ``shared`` folder: explicit, ``DYADS_SHARED``, beside the repo, or beside the cwd."""
    candidates = [explicit, os.environ.get("DYADS_SHARED")]
    candidates += [
        Path(__file__).resolve().parents[3].parent / "shared",
        Path.cwd().parent / "shared",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    raise EvalDataMissing(
        "evaluation data not found: put it at ../shared beside the repository or set DYADS_SHARED"
    )
