"""The phrase that says whose people an unnamed group speaker is: "Representatives of the
indigenous groups", "insiders in the next two states" (blind audit, round 111: both stored as
the bare noun). Word lists: ``data/speaker_groups.yaml``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Token

__all__ = ["group_word", "members_end"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "speaker_groups.yaml"
# what the phrase stops before: the clauses, lists and asides hung on its noun
_NOT_WHO = frozenset({"acl", "relcl", "appos", "punct", "cc", "conj", "advcl"})


@cache
def _groups() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(_DATA.read_text(encoding="utf-8")) or {}
    return {key: frozenset(str(w).lower() for w in raw.get(key) or {}) for key in raw}


def members_end(head: Token, end: int) -> int:
    """The last token of a group speaker's phrase ``head`` heads, given it ends at ``end``: the
    "of" phrase after "representatives", "members", "leaders", the "in"/"from" phrase after
    "insiders"; the phrase's own clauses, lists and further prepositions (but "of") left out."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_:
        return end
    lemma = head.lemma_.lower()
    groups = _groups()
    prep = next((c for c in head.rights if c.i == end + 1), None)
    if prep is None or prep.dep_ != "prep":
        return end
    of_whom = prep.lower_ == "of" and lemma in groups.get("of_whom", frozenset())
    where = prep.lower_ in ("in", "from") and lemma in groups.get("from_where", frozenset())
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if not (of_whom or where) or obj is None:
        return end
    last = obj.i
    for child in obj.rights:
        if child.dep_ in _NOT_WHO or child.i != last + 1:
            break
        if child.dep_ == "prep" and child.lower_ != "of":
            break
        last = child.right_edge.i
    return last


def group_word(word: str) -> bool:
    """``word`` (as written, singular or plural) is one of ``data/speaker_groups.yaml``: the
    head of a speaker phrase :func:`members_end` runs on past."""
    low = word.lower()
    nouns = frozenset().union(*_groups().values())
    return low in nouns or low.removesuffix("s") in nouns or low.removesuffix("es") in nouns
