"""The cue lexicon (``data/quote_cues.yaml``), loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parents[1] / "data" / "quote_cues.yaml"


@dataclass(frozen=True, slots=True)
class CueLexicon:
    speech: frozenset[str]
    belief: frozenset[str]
    tell_like: frozenset[str]
    medium_words: frozenset[str]
    statement_nouns: frozenset[str]
    media_names: re.Pattern[str]
    object_verbs: frozenset[str]
    topic_verbs: frozenset[str]
    topic_preps: frozenset[str]

    def is_media_name(self, phrase: str) -> bool:
        return self.media_names.fullmatch(phrase.strip()) is not None


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    raw = yaml.safe_load(_DATA.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    names = sorted((str(n) for n in raw.get("media_names") or []), key=len, reverse=True)
    pattern = "(?:the\\s+)?(?:" + "|".join(re.escape(n) for n in names) + ")"
    return CueLexicon(
        speech=words("speech"),
        belief=words("belief") - words("speech"),
        tell_like=words("tell_like"),
        medium_words=words("medium_words"),
        statement_nouns=words("statement_nouns"),
        media_names=re.compile(pattern, re.IGNORECASE),
        object_verbs=words("object_verbs"),
        topic_verbs=words("topic_verbs"),
        topic_preps=words("topic_preps"),
    )
