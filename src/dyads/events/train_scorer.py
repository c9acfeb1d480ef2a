"""Maintainer tool: train the event scorer (``data/event_scorer.json``) on the tune halves.

``python -m dyads.events.train_scorer [--shared ../shared] [--out PATH]``

Every candidate event the coder finds (threshold 0) in the *tune* half
(:func:`dyads.evaluate.half`) of three training sets of ``../shared/eval`` is labelled for its
**arguments** — is the source the one who acts and the target the one acted upon? The category
is the lexicon's job and is measured apart; the sets' categories are too few per trigger word
to learn from without learning their quirks. A reciprocal event ("A and B agreed", "met with")
is right both ways when either way matches.

* ``plv/train.tsv`` — positive when its source overlaps the marked source and its target the
  marked target; negative when the pair is reversed or only one side is on the marked pair;
  others are left out (the set marks one pair per sentence);
* ``cameo_ner/train.txt`` — positive when its source overlaps a gold source span and its target a
  gold target span; negative when either side overlaps no gold source/target span or the pair is
  reversed;
* ``plover_gsr/dev.json`` — positive when both countries match the record's source and target;
  negative when they match reversed.

A logistic regression with L2 penalty is fitted by full-batch gradient descent (NumPy, fixed
iteration count and seed: the result is the same on every run); the penalty is the one of
``L2_GRID`` with the lowest out-of-fold log loss. The threshold is the lowest
confidence at which the tune candidates' precision reaches ``TARGET_PRECISION``, read off
out-of-fold scores (5 folds: each candidate scored by a model that did not see it). Only weights
and figures are written; no text of the sets.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from dyads.evaluate import half
from dyads.events.coder import Coded
from dyads.events.scoring import MODEL_PATH
from dyads.records import Event

Span = tuple[int, int]
SEED = 13
TARGET_PRECISION = 0.80  # the events issue: candidates below it are not emitted
L2_GRID = (0.5, 1.0, 2.0, 4.0, 8.0)  # the penalty is the one with the lowest out-of-fold loss
ITERATIONS = 3000
FOLDS = 5
RATE = 0.5


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _coded(nlp: Any, texts: list[str]) -> Iterator[list[tuple[Coded, Span, Span]]]:
    """Every candidate (threshold 0) with its source and target spans as annotated."""
    from dyads.events.sentences import code_sentences

    for result in code_sentences(nlp, texts, min_confidence=0.0):
        yield [(c, result.span(c.event.source), result.span(c.event.target))
               for c in result.coded]  # fmt: skip


def _plv(nlp: Any, shared: str | None) -> Iterator[tuple[dict[str, str], int]]:
    from dyads.evaluate import plv

    rows = half(plv.load_rows(shared), "tune")
    for row, found in zip(rows, _coded(nlp, [r["text"] for r in rows]), strict=True):
        s, t = row["source"], row["target"]
        for c, src, tgt in found:
            if _reciprocal(c):  # "A and B agreed": right both ways or neither
                src, tgt = sorted((src, tgt), key=lambda sp: not _overlaps(sp, s))
            if _overlaps(src, s) and _overlaps(tgt, t):
                yield c.features, 1
            elif (_overlaps(src, t) and _overlaps(tgt, s)) or (
                _overlaps(src, s) != _overlaps(tgt, t)
            ):
                yield c.features, 0


def _cameo_ner(nlp: Any, shared: str | None) -> Iterator[tuple[dict[str, str], int]]:
    from dyads.evaluate import cameo_ner

    rows = half(cameo_ner.load_sentences(shared), "tune")
    for (_, gold), found in zip(rows, _coded(nlp, [t for t, _ in rows]), strict=True):
        roles = gold["S"] + gold["T"]
        for c, src, tgt in found:
            if _reciprocal(c):  # "A and B met": the set marks both as sources, or one each
                both = all(any(_overlaps(sp, g) for g in roles) for sp in (src, tgt))
                yield c.features, int(both)
                continue
            right = any(_overlaps(src, g) for g in gold["S"]) and any(
                _overlaps(tgt, g) for g in gold["T"]
            )
            stray = not any(_overlaps(src, g) for g in roles) or not any(
                _overlaps(tgt, g) for g in roles
            )
            yield c.features, int(right and not stray)


def _plover(nlp: Any, shared: str | None) -> Iterator[tuple[dict[str, str], int]]:
    from dyads.evaluate import plover

    records = half(plover.load_records("dev", shared), "tune")
    for record, found in zip(records, _coded(nlp, [r["text"] for r in records]), strict=True):
        for c, _, _ in found:
            right = plover._right(c.event, record)
            reverse = _reversed(c.event, record)
            if (right["source"] and right["target"] and record.get("target")) or (
                reverse and _reciprocal(c)
            ):
                yield c.features, 1
            elif reverse:
                yield c.features, 0


def _reciprocal(c: Coded) -> bool:
    return c.features.get("reciprocal") == "True"


def _reversed(event: Event, record: dict[str, Any]) -> bool:
    from dyads.evaluate import plover

    swapped = replace(event, source=event.target, target=event.source)
    right = plover._right(swapped, record)
    return right["source"] and right["target"] and bool(record.get("target"))


def _matrix(rows: list[tuple[dict[str, str], int]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    names = sorted({f"{k}={v}" for feats, _ in rows for k, v in feats.items()})
    column = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (feats, _) in enumerate(rows):
        for k, v in feats.items():
            x[i, column[f"{k}={v}"]] = 1.0
    y = np.array([label for _, label in rows], dtype=float)
    return names, x, y


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Logistic regression by gradient descent: (bias, weights)."""
    n, d = x.shape
    w = np.zeros(d)
    b = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = x.T @ (p - y) / n + l2 * w / n
        w -= RATE * grad
        b -= RATE * float((p - y).mean())
    return b, w


def out_of_fold(x: np.ndarray, y: np.ndarray, l2: float, folds: int = FOLDS) -> np.ndarray:
    """Each candidate's score from a model fitted on the other folds (fixed seed)."""
    order = np.random.default_rng(SEED).permutation(len(y))
    scores = np.zeros(len(y))
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        b, w = fit(x[train], y[train], l2)
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w + b)))
    return scores


def log_loss(scores: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(scores, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def threshold_for(scores: np.ndarray, y: np.ndarray, target: float = TARGET_PRECISION) -> float:
    """The lowest score at which the candidates at or above it reach ``target`` precision."""
    order = np.argsort(-scores)
    hits = np.cumsum(y[order])
    precision = hits / np.arange(1, len(y) + 1)
    ok = np.nonzero(precision >= target)[0]
    if not len(ok):
        return 1.0
    return float(scores[order][ok.max()])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--out", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    random.seed(SEED)
    np.random.seed(SEED)
    from dyads.events.sentences import load_nlp

    nlp = load_nlp()
    sets = {"plv": _plv, "cameo_ner": _cameo_ner, "plover": _plover}
    rows: list[tuple[dict[str, str], int]] = []
    counts: dict[str, dict[str, int]] = {}
    for name, reader in sets.items():
        found = list(reader(nlp, args.shared))
        counts[name] = {"candidates": len(found), "positive": sum(y for _, y in found)}
        rows += found
    names, x, y = _matrix(rows)
    # the penalty and the threshold are read off scores of unseen folds
    losses = {l2: log_loss(out_of_fold(x, y, l2), y) for l2 in L2_GRID}
    l2 = min(losses, key=lambda k: losses[k])
    scores = out_of_fold(x, y, l2)
    threshold = threshold_for(scores, y)
    kept = scores >= threshold
    bias, weights = fit(x, y, l2)
    model = {
        "about": "dyads event scorer: logistic regression over candidate features "
        "(dyads.events.scoring); trained by dyads.events.train_scorer on the tune halves of "
        "plv/train.tsv, cameo_ner/train.txt, plover_gsr/dev.json (../shared/eval); labels: "
        "are the source and target right",
        "seed": SEED,
        "l2": l2,
        "l2_out_of_fold_loss": {str(k): round(v, 4) for k, v in losses.items()},
        "iterations": ITERATIONS,
        "target_precision": TARGET_PRECISION,
        "threshold": round(threshold, 4),
        "training": counts,
        "folds": FOLDS,
        "tune_precision_at_threshold": round(float(y[kept].mean()) if kept.any() else 0.0, 4),
        "tune_recall_at_threshold": round(float(y[kept].sum() / max(y.sum(), 1)), 4),
        "bias": round(bias, 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, weights, strict=True)
                    if abs(v) >= 1e-3},
    }  # fmt: skip
    Path(args.out).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    summary = {k: v for k, v in model.items() if k != "weights"}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
