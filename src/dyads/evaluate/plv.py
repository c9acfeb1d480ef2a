"""ZSP's PLV sentences: event category and both sides of a marked source/target pair.

Reads ``../shared/eval/plv/train.tsv`` (Hu et al., ACL 2024; never copied into the repo): real
news sentences 2018-2020, each with one source and one target marked in ``marked_sentence``
(``<s>…</s>``, ``<t>…</t>``) and the gold PLOVER category of the event between them
(``gold_root``; ``YIELD`` stands for PLOVER's CONCEDE and RETREAT).

A sentence is right when some event coded in it has its source span overlapping the marked
source, its target span overlapping the marked target, and the gold category. Beside that
figure, ``pair_precision`` is the share of coded events whose two sides overlap the marked
pair (either way round) — a floor on precision, since the set marks one pair per sentence. A
pronoun side is read as the named mention of its actor in the sentence, as an annotator marks it.
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language

from dyads.evaluate import EvalDataMissing, Part, half, shared_dir
from dyads.events.ontology import cameo
from dyads.events.sentences import code_sentences, load_nlp
from dyads.records import Event

__all__ = ["evaluate", "load_rows", "marked_spans"]

_TAG = re.compile(r"</?[st]>")
_YIELD = {"CONCEDE", "RETREAT"}


def marked_spans(marked: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """The plain sentence and the character spans of its ``<s>`` and ``<t>`` marks."""
    plain: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    at = 0
    pos = 0
    for match in _TAG.finditer(marked):
        chunk = marked[pos : match.start()]
        plain.append(chunk)
        at += len(chunk)
        tag = match.group()
        if tag.startswith("</"):
            spans[tag[2]] = (opened.get(tag[2], at), at)
        else:
            opened[tag[1]] = at
        pos = match.end()
    plain.append(marked[pos:])
    return "".join(plain), spans.get("s", (0, 0)), spans.get("t", (0, 0))


def load_rows(shared: str | Path | None = None) -> list[dict[str, Any]]:
    path = shared_dir(shared) / "eval" / "plv" / "train.tsv"
    if not path.is_file():
        raise EvalDataMissing(f"PLV sentences not found: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out = []
    for row in rows:
        text, source, target = marked_spans(row["marked_sentence"])
        if source[1] > source[0] and target[1] > target[0]:
            out.append(
                {
                    "text": text,
                    "source": source,
                    "target": target,
                    "category": row["gold_root"],
                    "modality": row.get("modality_L2"),
                }
            )
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def category_ok(event: Event, gold: str) -> bool:
    """The event's PLOVER category (or its pre-2021 name) is the gold one."""
    entry = cameo(event.cameo)
    names = {entry.plover, entry.plover_legacy}
    return gold in names or (gold == "YIELD" and bool(names & _YIELD))


def evaluate(
    *,
    part: Part = "report",
    limit: int | None = None,
    shared: str | Path | None = None,
    nlp: Language | None = None,
) -> dict[str, Any]:
    """Figures over one half of the file (:func:`dyads.evaluate.half`)."""
    rows = half(load_rows(shared), part)[: limit or None]
    nlp = nlp or load_nlp()
    began = time.perf_counter()
    right = pair_found = events = on_pair = 0
    wrong_category: Counter[str] = Counter()
    for row, result in zip(rows, code_sentences(nlp, (r["text"] for r in rows)), strict=True):
        s, t = row["source"], row["target"]
        spans = [
            (c.event, result.span(c.event.source), result.span(c.event.target))
            for c in result.coded
        ]
        events += len(spans)
        pair = [e for e, src, tgt in spans if _overlaps(src, s) and _overlaps(tgt, t)]
        on_pair += sum(
            (_overlaps(src, s) and _overlaps(tgt, t)) or (_overlaps(src, t) and _overlaps(tgt, s))
            for _, src, tgt in spans
        )
        pair_found += bool(pair)
        if any(category_ok(e, row["category"]) for e in pair):
            right += 1
        elif pair:
            wrong_category[row["category"]] += 1
    n = len(rows)
    return {
        "part": part,
        "sentences": n,
        "accuracy": right / n if n else 0.0,
        "pair_found": pair_found / n if n else 0.0,
        "events": events,
        "pair_precision": on_pair / events if events else 0.0,
        "wrong_category": dict(wrong_category.most_common()),
        "seconds": round(time.perf_counter() - began, 2),
    }
