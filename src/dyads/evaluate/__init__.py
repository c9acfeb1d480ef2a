"""Evaluation against ``../shared/eval`` (never copied into the repo): ``dyads eval ...``."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TypeVar

T = TypeVar("T")
Part = Literal["tune", "report", "all"]
SPLIT_SEED = 0  # the one split of every set: fixed once, never re-drawn


class EvalDataMissing(FileNotFoundError):
    """The evaluation folder, or the part a command needs, is not on this machine."""


def shared_dir(explicit: str | Path | None = None) -> Path:
    """The ``shared`` folder: explicit, ``DYADS_SHARED``, beside the repo, or beside the cwd.
    An explicit folder that is not there is an error, never a fallback to another one."""
    if explicit and not Path(explicit).is_dir():
        raise EvalDataMissing(f"evaluation data not found: no folder at {explicit}")
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


def half(items: Sequence[T], part: Part = "report", seed: int = SPLIT_SEED) -> list[T]:
    """One half of an evaluation set: ``tune`` (errors may be read, models trained, thresholds
    set) or ``report`` (figures only), or ``all``.

    The items are shuffled with ``random.Random(seed)`` and dealt alternately: positions 0, 2,
    4 ... of the shuffled order are the tune half, 1, 3, 5 ... the report half. Same input, same
    halves, on every machine.
    """
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    if part != "all":
        order = order[(0 if part == "tune" else 1) :: 2]
    return [items[i] for i in order]
