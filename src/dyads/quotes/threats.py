"""Threats that are acts, not words: "Obama has threatened to veto the bill" reports a veto
threat (an event), and its infinitive is nothing Obama said (blind audit, round 108x: "to veto
the bill …" stored as Obama's words). "threatened to leave the talks" stays a quotation."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Token

_DATA = Path(__file__).resolve().parents[1] / "data" / "threat_acts.yaml"
_THREATS = frozenset({"threaten"})


@cache
def _acts() -> frozenset[str]:
    """The verbs of power whose threat is an act (data/threat_acts.yaml)."""
    with _DATA.open(encoding="utf-8") as handle:
        table = yaml.safe_load(handle) or {}
    return frozenset(str(w).lower() for w in table.get("acts", []))


def act_threatened(verb: Token, child: Token) -> bool:
    """``verb`` is "threaten" and ``child``, its infinitive, an act of power ("to veto")."""
    return (
        verb.lemma_.lower() in _THREATS
        and child.dep_ == "xcomp"
        and child.lemma_.lower() in _acts()
    )
