"""Title-case headlines: their sentences, and the capitals they give words that are no names
(moved from :mod:`dyads.actors.names` in blind-audit round 114, with that round's rule: a
headline's capitalised verb, "Argentina Arrests Head of Cordoba Anti-Drug Police", is no part
of a title's name, so the walk from "Head" stops at it; the mention had read "Argentina Arrests
Head", ARGGOV).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from dyads.actors.context import Linker

__all__ = ["headline_sentences", "headline_word"]

# one pass per linking state: four stages ask (profile of 150 PolNeAR texts: 0.9 s of 12)
_HEADLINES: WeakKeyDictionary[Linker, set[int]] = WeakKeyDictionary()
# per linking state: the words written capitalised outside headlines, and the character spans
# of the lines that read as headlines
_ELSEWHERE: WeakKeyDictionary[Linker, tuple[frozenset[str], tuple[tuple[int, int], ...]]] = (
    WeakKeyDictionary()
)


def headline_sentences(lk: Linker) -> set[int]:
    """Sentence ids of title-case headlines: at least three words of four letters or more, all
    capitalised (not all in capitals), and no full stop at the end (news prose has both)."""
    found = _HEADLINES.get(lk)
    if found is None:
        found = _HEADLINES[lk] = _headline_sentences(lk)
    return found


def _headline_sentences(lk: Linker) -> set[int]:
    t = lk.t
    words: dict[int, list[bool]] = {}
    for i, text in enumerate(t.text):
        if text.isalpha() and len(text) > 3:
            words.setdefault(t.sent[i], []).append(text[0].isupper() and not text.isupper())
    ends = {t.sent[i]: t.text[i] for i in range(len(t.text)) if not t.text[i].isspace()}
    return {
        sent
        for sent, flags in words.items()
        if len(flags) >= 3 and all(flags) and ends.get(sent) not in (".", "”", '"', "'")
    }


def headline_word(lk: Linker, i: int) -> bool:
    """Token ``i`` is a capitalised word of a title-case headline (a headline sentence, or a
    line of its own that reads as one: the parser may run a headline into the sentence after
    it) that the article never writes capitalised elsewhere ("Arrests" of "Argentina Arrests
    Head of …"): the headline's capital, no part of a name."""
    elsewhere, lines = _capitals(lk)
    in_line = any(a <= lk.t.idx[i] < b for a, b in lines)
    if not in_line and lk.t.sent[i] not in headline_sentences(lk):
        return False
    return lk.t.text[i] not in elsewhere


def _capitals(lk: Linker) -> tuple[frozenset[str], tuple[tuple[int, int], ...]]:
    found = _ELSEWHERE.get(lk)
    if found is not None:
        return found
    t, text = lk.t, lk.doc_text
    lines, start = [], 0
    for line in text.split("\n"):
        if _title_case(line):
            lines.append((start, start + len(line)))
        start += len(line) + 1
    headlines = headline_sentences(lk)
    elsewhere = frozenset(
        t.text[k] for k in range(len(t.text))
        if t.title[k] and t.sent[k] not in headlines
        and not any(a <= t.idx[k] < b for a, b in lines)
    )  # fmt: skip
    found = _ELSEWHERE[lk] = (elsewhere, tuple(lines))
    return found


def _title_case(line: str) -> bool:
    """The line reads as a title-case headline (the words of :func:`headline_sentences`)."""
    words = [w for w in line.split() if w.isalpha() and len(w) > 3]
    if len(words) < 3 or line.rstrip().endswith((".", "”", '"', "'")):
        return False
    return all(w[0].isupper() and not w.isupper() for w in words)
