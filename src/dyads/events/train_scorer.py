"""Maintainer tool: train the event scorer (``data/event_scorer.json``) on the tune halves.

``python -m dyads.events.train_scorer [--shared ../shared] [--out PATH]``

Every candidate event the coder finds (threshold 0) in the *tune* half
(:func:`dyads.evaluate.half`) of four training sets of ``../shared/eval`` is labelled:

* ``plv/train.tsv`` — a candidate on the marked source/target pair is positive when its PLOVER
  category is the gold one, negative otherwise; a candidate with a side on the marked pair and
  the other elsewhere, or the pair reversed, is negative; others are left out (the set marks one
  event per sentence);
* ``cameo_ner/train.txt`` — positive when its source overlaps a gold source span and its target a
  gold target span; negative when either side overlaps no gold source/target span or the pair is
  reversed;
* ``plover_gsr/dev.json`` — positive when the category and both countries match the record;
  negative when both countries match but the category does not, or the countries are reversed;
* ``pentaclass/train.tsv`` — a sentence's only candidate is positive when its five-way class is
  the sentence's, negative otherwise.

A logistic regression with L2 penalty is fitted by full-batch gradient descent (NumPy, fixed
iteration count and seed: the result is the same on every run). The threshold is the lowest
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

SEED = 13
TARGET_PRECISION = 0.80  # the events issue: candidates below it are not emitted
L2 = 2.0  # per-feature penalty, chosen on the tune halves (held-out tune folds, see --folds)
ITERATIONS = 3000
FOLDS = 5
RATE = 0.5


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _coded(nlp: Any, texts: list[str]) -> Iterator[list[Coded]]:
    from dyads.actors import find_mentions
    from dyads.events.coder import code_events
    from dyads.quotes import find_quotes

    for doc in nlp.pipe(texts, batch_size=64):
        mentions = find_mentions(doc)
        yield code_events(doc, mentions, find_quotes(doc, mentions), min_confidence=0.0)


def _plv(nlp: Any, shared: str | None) -> Iterator[tuple[dict[str, str], int]]:
    from dyads.evaluate import plv

    rows = half(plv.load_rows(shared), "tune")
    for row, found in zip(rows, _coded(nlp, [r["text"] for r in rows]), strict=True):
        s, t = row["source"], row["target"]
        for c in found:
            src, tgt = c.event.source.span, c.event.target.span
            if _overlaps(src, s) and _overlaps(tgt, t):
                yield c.features, int(plv.category_ok(c.event, row["category"]))
            elif (_overlaps(src, t) and _overlaps(tgt, s)) or (
                _overlaps(src, s) != _overlaps(tgt, t)
            ):
                yield c.features, 0


def _cameo_ner(nlp: Any, shared: str | None) -> Iterator[tuple[dict[str, str], int]]:
    from dyads.evaluate import cameo_ner

    rows = half(cameo_ner.load_sentences(shared), "tune")
    for (_, gold), found in zip(rows, _coded(nlp, [t for t, _ in rows]), strict=True):
        roles = gold["S"] + gold["T"]
        for c in found:
            src, tgt = c.event.source.span, c.event.target.span
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
        for c in found:
            right = plover._right(c.event, record)
            if right["source"] and right["target"]:
                yield c.features, int(right["category"])
            elif _reversed(c.event, record):
                yield c.features, 0


def _pentaclass(nlp: Any, shared: str | None) -> Iterator[tuple[dict[str, str], int]]:
    from dyads.evaluate import pentaclass
    from dyads.events.ontology import cameo

    rows = half(pentaclass.load_rows(shared), "tune")
    for (_, gold), found in zip(rows, _coded(nlp, [t for t, _ in rows]), strict=True):
        if len(found) == 1:  # the sentence's one candidate must be of the sentence's class
            yield found[0].features, int(cameo(found[0].event.cameo).penta_class == gold)


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


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
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


def out_of_fold(x: np.ndarray, y: np.ndarray, folds: int = FOLDS) -> np.ndarray:
    """Each candidate's score from a model fitted on the other folds (fixed seed)."""
    order = np.random.default_rng(SEED).permutation(len(y))
    scores = np.zeros(len(y))
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        b, w = fit(x[train], y[train])
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w + b)))
    return scores


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
    sets = {"plv": _plv, "cameo_ner": _cameo_ner, "plover": _plover, "pentaclass": _pentaclass}
    rows: list[tuple[dict[str, str], int]] = []
    counts: dict[str, dict[str, int]] = {}
    for name, reader in sets.items():
        found = list(reader(nlp, args.shared))
        counts[name] = {"candidates": len(found), "positive": sum(y for _, y in found)}
        rows += found
    names, x, y = _matrix(rows)
    scores = out_of_fold(x, y)  # the threshold is read off scores of unseen folds
    threshold = threshold_for(scores, y)
    kept = scores >= threshold
    bias, weights = fit(x, y)
    model = {
        "about": "dyads event scorer: logistic regression over candidate features "
        "(dyads.events.scoring); trained by dyads.events.train_scorer on the tune halves of "
        "plv/train.tsv, cameo_ner/train.txt, plover_gsr/dev.json, pentaclass/train.tsv "
        "(../shared/eval)",
        "seed": SEED,
        "l2": L2,
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
