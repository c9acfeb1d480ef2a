"""Shared fixtures: the evaluation folder (skipped when absent) and the spaCy model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("DYADS_SHARED", ROOT.parent / "shared"))
SEED_TEXT = SHARED / "corpus" / "seed" / "armenia-lavrov-2023-12-28.txt"
SEED_GOLD = SHARED / "eval" / "seed" / "armenia-lavrov-2023-12-28.gold.json"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: evaluation data not available")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED_TEXT.is_file():
        pytest.skip("seed article not available")
    return SEED_TEXT


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_TEXT.is_file():
        pytest.skip("seed article not available")
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    if not SEED_GOLD.is_file():
        pytest.skip("seed gold annotation not available")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    from dyads.config import load_settings
    from dyads.nlp import load_model

    return load_model(load_settings().spacy_model)
