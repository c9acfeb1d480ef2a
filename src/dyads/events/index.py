"""The actor mention on each token of a parsed document, for the events stage's lookups."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from dyads.records import Mention

__all__ = ["MentionIndex"]


class MentionIndex:
    """The actor mention covering each token of a parsed document (shortest mention wins)."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]) -> None:
        self.by_token: list[Mention | None] = [None] * len(doc)
        for mention in sorted(mentions, key=lambda m: m.span[1] - m.span[0]):
            if not mention.actor:
                continue
            span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if self.by_token[tok.i] is None:
                    self.by_token[tok.i] = mention

    def __getitem__(self, i: int) -> Mention | None:
        return self.by_token[i]
