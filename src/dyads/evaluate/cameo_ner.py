"""ConfliBERT CAMEO source/target spans: who acts on whom, span by span.

Reads ``../shared/eval/cameo_ner/train.txt`` (never copied into the repo): real news sentences,
one token and BIO tag a line (``S`` source, ``T`` target, ``R`` other role), a blank line between
sentences. Tokens are joined with single spaces to make the text the pipeline reads, so gold
spans are character spans of that text.

Per role (source, target): the coded events' distinct side spans are the predictions. A
prediction is right when it overlaps a gold span of its role (span precision); a gold span is
found when some prediction overlaps it (span recall). ``macro_f1`` is the mean of the two roles'
F1 over those overlap counts. A reciprocal event (one the coder emits both ways: "A and B met")
counts once, in the direction the annotation reads it. A pronoun side is read as the named
mention of its actor in the sentence. ``precision_marked`` counts predictions only in sentences
whose annotation marks both a source and a target (about a fifth of the sentences mark no
target, so a right target there counts as wrong in ``precision``).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from spacy.language import Language

from dyads.evaluate import EvalDataMissing, Part, half, shared_dir
from dyads.events.sentences import code_sentences, load_nlp

__all__ = ["evaluate", "load_sentences"]

Spans = dict[str, list[tuple[int, int]]]


def _spans(tokens: list[tuple[str, str]]) -> tuple[str, Spans]:
    text_parts: list[str] = []
    spans: Spans = {"S": [], "T": [], "R": []}
    at = 0
    open_role: str | None = None
    start = end = 0
    for word, tag in tokens:
        begin = at
        role = tag[2:] if len(tag) > 2 else None
        if open_role and not (tag.startswith("I-") and role == open_role):
            spans[open_role].append((start, end))
            open_role = None
        if tag.startswith("B-") or (tag.startswith("I-") and open_role is None):
            open_role, start = role, begin
        text_parts.append(word)
        at += len(word) + 1
        end = begin + len(word)
    if open_role:
        spans[open_role].append((start, end))
    return " ".join(text_parts), spans


def load_sentences(shared: str | Path | None = None) -> list[tuple[str, Spans]]:
    path = shared_dir(shared) / "eval" / "cameo_ner" / "train.txt"
    if not path.is_file():
        raise EvalDataMissing(f"CAMEO source/target spans not found: {path}")
    out: list[tuple[str, Spans]] = []
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        fields = line.split()
        if len(fields) >= 2:
            tokens.append((fields[0], fields[-1]))
        elif tokens:
            out.append(_spans(tokens))
            tokens = []
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(
    *,
    part: Part = "report",
    limit: int | None = None,
    shared: str | Path | None = None,
    nlp: Language | None = None,
) -> dict[str, Any]:
    """Span precision, recall and F1 per role over one half of the file."""
    rows = half(load_sentences(shared), part)[: limit or None]
    nlp = nlp or load_nlp()
    began = time.perf_counter()
    counts = {r: {"pred": 0, "right": 0, "gold": 0, "found": 0} for r in ("S", "T")}
    # precision where the annotation can judge it: sentences that mark a source and a target
    judged = {r: {"pred": 0, "right": 0} for r in ("S", "T")}
    for (_, gold), result in zip(rows, code_sentences(nlp, (t for t, _ in rows)), strict=True):
        predicted: dict[str, set[tuple[int, int]]] = {"S": set(), "T": set()}
        for c in result.coded:
            src, tgt = result.span(c.event.source), result.span(c.event.target)
            # a reciprocal event is emitted both ways; it counts once, read the way the
            # annotation reads it (its side on a gold source is the source)
            reciprocal = c.features.get("reciprocal") == "True"
            if reciprocal and any(_overlaps(tgt, g) for g in gold["S"]):
                src, tgt = tgt, src
            predicted["S"].add(src)
            predicted["T"].add(tgt)
        marked = bool(gold["S"]) and bool(gold["T"])
        for role in ("S", "T"):
            c = counts[role]
            right = sum(any(_overlaps(p, g) for g in gold[role]) for p in predicted[role])
            c["pred"] += len(predicted[role])
            c["right"] += right
            if marked:
                judged[role]["pred"] += len(predicted[role])
                judged[role]["right"] += right
            c["gold"] += len(gold[role])
            c["found"] += sum(any(_overlaps(p, g) for p in predicted[role]) for g in gold[role])
    figures: dict[str, Any] = {"part": part, "sentences": len(rows)}
    f1s = []
    for role, name in (("S", "source"), ("T", "target")):
        c = counts[role]
        p = c["right"] / c["pred"] if c["pred"] else 0.0
        r = c["found"] / c["gold"] if c["gold"] else 0.0
        j = judged[role]
        figures[name] = {
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "precision_marked": j["right"] / j["pred"] if j["pred"] else 0.0,
            **c,
        }
        f1s.append(_f1(p, r))
    figures["macro_f1"] = sum(f1s) / 2
    figures["seconds"] = round(time.perf_counter() - began, 2)
    return figures
