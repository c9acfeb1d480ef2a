"""Near-duplicate articles (MinHash LSH over word shingles) and cross-article event merging.

A reprint of a story is stored as its own article (its own source and id) but linked to the
first copy by ``duplicate_of``; events that several articles report are merged into one
cluster (same source and target codes, same CAMEO root, overlapping dates), so analytics
count a real-world event once while every report keeps its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH

from dyads.records import Article, Event

NUM_PERM = 64
SHINGLE = 5
# Jaccard similarity of word 5-shingles above which two bodies are one story.
THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


def signature(text: str) -> LeanMinHash:
    """MinHash of the lower-cased word shingles of ``text``."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return LeanMinHash(minhash)


def to_bytes(minhash: LeanMinHash) -> bytes:
    buffer = bytearray(minhash.bytesize())
    minhash.serialize(buffer)
    return bytes(buffer)


def from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash.deserialize(bytes(data))


class DuplicateIndex:
    """An LSH index of article bodies: which stored article is this one a copy of?"""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.signatures: dict[str, LeanMinHash] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, bytes]]) -> DuplicateIndex:
        index = cls()
        for article_id, data in rows:
            index.add(article_id, from_bytes(data))
        return index

    def add(self, article_id: str, minhash: LeanMinHash) -> None:
        if article_id not in self.signatures:
            self.lsh.insert(article_id, minhash)
            self.signatures[article_id] = minhash

    def original_of(self, article_id: str, minhash: LeanMinHash) -> str | None:
        """The most similar earlier article above the threshold, if any."""
        best: tuple[float, str] | None = None
        for candidate in self.lsh.query(minhash):
            if candidate == article_id:
                continue
            similarity = minhash.jaccard(self.signatures[candidate])
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        return best[1] if best else None


def body_text(article: Article) -> str:
    start, end = article.body
    return article.text[start:end]


def same_event(event: Event, row: dict) -> bool:
    """Whether a stored event row reports the same real-world event as ``event``."""
    if (row["source_code"], row["target_code"], row["root"]) != (
        event.source.code,
        event.target.code,
        event.root,
    ):
        return False
    when = event.date if event.date is not None and event.date.anchored else None
    if when is None or row["date_start"] is None:
        return when is None and row["date_start"] is None
    return str(row["date_start"]) <= when.end and str(row["date_end"]) >= when.start
