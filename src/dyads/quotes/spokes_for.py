"""The body a spokesperson speaks for when the "for" phrase is no name: "a spokesperson for
the marines" after "The Mexican Navy announced …" is the navy's (blind audit, round 100: left
unresolved)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from dyads.records import Mention

__all__ = ["body_spoken_for"]

_DATA = Path(__file__).resolve().parents[1] / "data" / "service_members.yaml"
LOOKBACK_CHARS = 2000  # about the article's first paragraphs: where the body was named


@cache
def _members() -> dict[str, frozenset[str]]:
    with _DATA.open(encoding="utf-8") as handle:
        table = yaml.safe_load(handle) or {}
    return {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in table.items()}


def body_spoken_for(obj: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The coded organisation named before ``obj`` (a "for" phrase's head with no mention of
    its own) whose name holds the word ``obj`` stands for; the nearest such body."""
    if obj.pos_ not in ("NOUN", "PROPN") or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in obj.children
    ):
        return None  # "a spokesman for a local group", "for Cruz": no body named before
    word = obj.lower_
    wanted = _members().get(word) or _members().get(obj.lemma_.lower()) or frozenset({word})
    for mention in reversed(mentions):
        if mention.span[1] > obj.idx:
            continue
        if obj.idx - mention.span[0] > LOOKBACK_CHARS:
            return None
        if mention.kind != "organisation" or not mention.actor or not mention.code:
            continue
        named = set(mention.actor.lower().split()) | set(mention.text.lower().split())
        if named & wanted:
            return mention
    return None
