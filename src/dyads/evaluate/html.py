"""HTML main-text scorer: the Scrapinghub article-extraction benchmark metric on its pages.

``score`` compares two texts as multisets of 4-gram shingles of word tokens (``\\w+``), as the
benchmark's ``evaluate.py`` does. ``evaluate_html`` reads every page of a split exactly as
``dyads ingest`` reads a file (``iter_documents``, then the article stage ``Pipeline.build``,
every language) and scores the article's main text (``dyads.article.main_text``: the body as
the language stages read it, with captions, credits, dateline and furniture blanked). It
reports macro precision and recall, with F1 of the macro means, over all pages, over the
English pages, and over the tune and report halves (``dyads.evaluate.half``).
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from dyads.article import main_text
from dyads.errors import DyadsError
from dyads.evaluate import EvalDataMissing, half, shared_dir
from dyads.pipeline import Pipeline
from dyads.records import Failure
from dyads.sources import iter_documents

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


def _extract(pipeline: Pipeline, path: Path) -> tuple[str, str | None, str | None]:
    """Main text, language and error for one page file, read as ``dyads ingest`` reads it."""
    documents = list(iter_documents([path], max_bytes=pipeline.settings.max_text_bytes))
    if len(documents) != 1 or isinstance(documents[0], Failure):
        reason = documents[0].reason if documents else "no document"  # type: ignore[union-attr]
        return "", None, reason
    try:
        article = pipeline.build(documents[0])  # type: ignore[arg-type]
    except DyadsError as err:
        return "", None, str(err)
    return main_text(article), article.language, None


def evaluate_html(split: str = "dev", shared: str | Path | None = None) -> dict[str, Any]:
    """Read every page of ``html_articles/<split>`` as ingest does and score its main text.

    The result's ``precision``, ``recall`` and ``f1`` are over all pages; ``english`` over the
    pages identified as English; ``parts`` gives ``tune`` and ``report`` (each with its own
    ``english``), the halves of ``dyads.evaluate.half``. ``articles`` lists every page.
    """
    folder = split_dir(split, shared)
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise EvalDataMissing(f"no HTML evaluation split at {folder} (ground-truth.json missing)")
    truth: dict[str, dict[str, Any]] = json.loads(truth_path.read_text(encoding="utf-8"))
    articles: list[dict[str, Any]] = []
    pipeline = Pipeline()  # the article stage only: no language model is loaded
    started = time.perf_counter()
    for key in sorted(truth):
        gold = truth[key].get("articleBody") or ""
        pred, language, error = _extract(pipeline, folder / "html" / f"{key}.html.gz")
        counts = shingle_counts(pred, gold)
        p, r = _precision(*counts), _recall(*counts)
        articles.append(
            {
                "id": key,
                "url": truth[key].get("url"),
                "language": language,
                "counts": counts,
                "precision": p,
                "recall": r,
                "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "chars": len(pred),
                "error": error,
            }
        )
    seconds = time.perf_counter() - started
    failures = [
        {"id": a["id"], "url": a["url"] or "", "reason": a["error"]} for a in articles if a["error"]
    ]
    parts = {part: _summary(half(articles, part)) for part in ("tune", "report")}
    return {
        "split": split,
        **_summary(articles),
        "parts": parts,
        "n_failed": len(failures),
        "seconds": seconds,
        "articles": articles,
        "failures": failures,
    }


def _summary(articles: list[dict[str, Any]]) -> dict[str, Any]:
    english = [a for a in articles if a["language"] == "en"]
    return {
        **macro([a["counts"] for a in articles]),
        "n": len(articles),
        "english": {**macro([a["counts"] for a in english]), "n": len(english)},
    }
