"""The event scorer: a confidence for each candidate event, from a small trained model.

Owns the features a candidate is judged on and the model that weighs them. The features are
ones a reader can inspect: the trigger's kind and sense origin, the CAMEO root,
the dependency path from the trigger to each side, the factuality class, whether the event is
reciprocal (scored once, both ways), whether the source was inherited from a governing verb and
whether the trigger stands inside a quotation. Nothing about the actors themselves: the sets
are single sentences, where pronouns and countryless groups resolve unlike in articles, and
who an actor is belongs to the actors stage.

The model is a logistic regression over those features (one weight per ``name=value``), trained
by ``python -m dyads.events.train_scorer`` on the *tune* halves of the shared training sets
(see that module and ``src/dyads/data/README.md``) and shipped as ``data/event_scorer.json``:
``{"bias": b, "weights": {"name=value": w}, "threshold": t, ...}``. The threshold was set on the
tune halves for precision >= 0.80. ``DYADS_MIN_CONFIDENCE`` (or ``--min-confidence``) replaces it.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dyads.events.ontology import cameo

if TYPE_CHECKING:
    from dyads.events.factuality import Mood
    from dyads.events.frames import Trigger
    from dyads.events.sides import Arg

__all__ = ["MODEL_PATH", "Scorer", "features", "load_scorer"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "event_scorer.json"
ENV_VAR = "DYADS_MIN_CONFIDENCE"


@dataclass(frozen=True, slots=True)
class Scorer:
    """Weights of the logistic model; ``confidence`` is its probability, in [0, 1]."""

    bias: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.0

    def confidence(self, feats: dict[str, str]) -> float:
        if not self.weights:
            return 1.0
        z = self.bias + sum(self.weights.get(f"{k}={v}", 0.0) for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def features(
    trig: Trigger,
    source: Arg,
    target: Arg,
    *,
    mood: Mood,
    inherited: bool,
    quoted: bool,
    final: str,
    reciprocal: bool = False,
) -> dict[str, str]:
    """The candidate's features as ``{name: value}`` strings (see the module docstring)."""
    root = cameo(final).root
    return {
        "via": trig.via,
        "root": root,
        "origin": getattr(trig.sense, "origin", "dyads"),
        "source_path": source.path,
        "target_path": target.path,
        "target_path_root": f"{target.path}|{root}",
        "mood": mood.kind,
        "reciprocal": str(reciprocal),
        "inherited": str(inherited),
        "quoted": str(quoted),
    }


@cache
def _load(path: str, override: str | None) -> Scorer:
    file = Path(path)
    if not file.is_file():
        return Scorer(threshold=float(override) if override else 0.0)
    data = json.loads(file.read_text(encoding="utf-8"))
    threshold = float(override) if override else float(data.get("threshold", 0.0))
    return Scorer(float(data["bias"]), dict(data["weights"]), threshold)


def load_scorer(path: str | Path | None = None) -> Scorer:
    """The shipped scorer (or the JSON file at ``path``), loaded once; the threshold comes from
    ``$DYADS_MIN_CONFIDENCE`` when set. Without a model file every candidate scores 1.0."""
    override = os.environ.get(ENV_VAR) or None
    return _load(str(path or MODEL_PATH), override)
