"""HTML main-text scorer: the Scrapinghub article-extraction benchmark metric on its pages.

``score`` compares two texts as multisets of 4-gram shingles of word tokens (``\\w+``), as the
benchmark's ``evaluate.py`` does; ``evaluate_html`` runs ``extract_html`` on every page of a split
and reports per-article and macro precision and recall, with F1 of the macro means.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from dyads.article.html import HtmlError, decode_html, extract_html
from dyads.evaluate import EvalDataMissing, shared_dir

SHINGLE = 4
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    # a text shorter than one shingle still counts as one (shorter) shingle, as upstream
    grams = (tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)))
    return Counter(gram for gram in grams if gram)


def shingle_counts(pred: str, gold: str) -> Counts:
    """True positive, false positive and false negative shingles, normalised to sum to 1."""
    pred_sh, gold_sh = _shingles(pred), _shingles(gold)
    tp = sum((pred_sh & gold_sh).values())
    fp = sum((pred_sh - gold_sh).values())
    fn = sum((gold_sh - pred_sh).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(pred: str, gold: str) -> tuple[float, float]:
    """Precision and recall of predicted against gold main text over 4-gram shingle multisets."""
    counts = shingle_counts(pred, gold)
    return _precision(*counts), _recall(*counts)


def macro(counts: list[Counts]) -> dict[str, float]:
    """Macro precision and recall (upstream's exclusions), F1 of the two means."""
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def split_dir(split: str = "dev", shared: str | Path | None = None) -> Path:
    return shared_dir(shared) / "eval" / "html_articles" / split


def evaluate_html(split: str = "dev", shared: str | Path | None = None) -> dict[str, Any]:
    """Extract every page of ``html_articles/<split>`` and score it against ground truth."""
    folder = split_dir(split, shared)
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise EvalDataMissing(f"no HTML evaluation split at {folder} (ground-truth.json missing)")
    truth: dict[str, dict[str, Any]] = json.loads(truth_path.read_text(encoding="utf-8"))
    articles: list[dict[str, Any]] = []
    failures: list[dict[str, str]] = []
    counts: list[Counts] = []
    started = time.perf_counter()
    for key in sorted(truth):
        gold = truth[key].get("articleBody") or ""
        url = truth[key].get("url")
        page = folder / "html" / f"{key}.html.gz"
        pred, error = "", None
        try:
            pred = extract_html(decode_html(gzip.decompress(page.read_bytes())), url=url).text
        except HtmlError as err:
            error = str(err)
        except (OSError, EOFError) as err:
            error = f"cannot read {page.name}: {err}"
        if error:
            failures.append({"id": key, "url": url or "", "reason": error})
        c = shingle_counts(pred, gold)
        counts.append(c)
        p, r = _precision(*c), _recall(*c)
        articles.append(
            {
                "id": key,
                "url": url,
                "precision": p,
                "recall": r,
                "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "chars": len(pred),
                "error": error,
            }
        )
    seconds = time.perf_counter() - started
    return {
        "split": split,
        **macro(counts),
        "n": len(truth),
        "n_failed": len(failures),
        "seconds": seconds,
        "articles": articles,
        "failures": failures,
    }
