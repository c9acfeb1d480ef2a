"""ConfliBERT pentaclass sentences: the five-way class of each sentence's main event.

Reads ``../shared/eval/pentaclass/train.tsv`` (``sentence<TAB>label``; 0 statement, 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), never copied into
the repo. The rows are shuffled with a fixed seed and split in two halves: ``part="tune"`` is the
half used while writing the lexicon, ``part="report"`` the half whose figures are reported.
A sentence's class is that of its main coded event; with no event between two actors, that of
its highest lexicon trigger (modality applied); with no trigger, 0.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language

from dyads.evaluate import EvalDataMissing, Part, half, shared_dir
from dyads.events.sentences import code_sentences, load_nlp

__all__ = ["evaluate", "load_rows"]


def load_rows(shared: str | Path | None = None) -> list[tuple[str, int]]:
    path = shared_dir(shared) / "eval" / "pentaclass" / "train.tsv"
    if not path.is_file():
        raise EvalDataMissing(f"pentaclass sentences not found: {path}")
    rows: list[tuple[str, int]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for fields in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(fields) >= 2 and fields[-1].strip().isdigit():
                rows.append(("\t".join(fields[:-1]).strip(), int(fields[-1])))
    return rows


def sample(
    rows: list[tuple[str, int]], part: Part = "report", limit: int | None = 2000, seed: int = 0
) -> list[tuple[str, int]]:
    return half(rows, part, seed)[: limit or None]


def evaluate(
    *,
    part: Part = "report",
    limit: int | None = 2000,
    seed: int = 0,
    shared: str | Path | None = None,
    nlp: Language | None = None,
) -> dict[str, Any]:
    """Accuracy and per-class figures on a fixed random sample of the file."""
    rows = load_rows(shared)
    chosen = sample(rows, part, limit, seed)
    nlp = nlp or load_nlp()
    began = time.perf_counter()
    confusion: Counter[tuple[int, int]] = Counter()
    from_events = 0
    for (_, gold), result in zip(chosen, code_sentences(nlp, (t for t, _ in chosen)), strict=True):
        predicted = result.penta_class
        from_events += bool(result.coded)
        confusion[(gold, predicted)] += 1
    n = len(chosen)
    right = sum(v for (g, p), v in confusion.items() if g == p)
    per_class = {}
    for label in range(5):
        tp = confusion[(label, label)]
        gold_n = sum(v for (g, _), v in confusion.items() if g == label)
        pred_n = sum(v for (_, p), v in confusion.items() if p == label)
        per_class[label] = {
            "precision": tp / pred_n if pred_n else 0.0,
            "recall": tp / gold_n if gold_n else 0.0,
            "gold": gold_n,
        }
    return {
        "file_rows": len(rows),
        "part": part,
        "seed": seed,
        "sentences": n,
        "accuracy": right / n if n else 0.0,
        "with_coded_event": from_events,
        "per_class": per_class,
        "confusion": {f"{g}->{p}": v for (g, p), v in sorted(confusion.items())},
        "seconds": round(time.perf_counter() - began, 2),
    }
