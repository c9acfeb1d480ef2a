"""Quotes stage on PolNeAR dev beside textacy's ``direct_quotations``, and its cost vs parsing.

Run: ``.venv/bin/python benchmarks/quotes_polnear.py [--split dev]``. Reads ``../shared/eval``
(or ``$DYADS_SHARED``); exits quietly when it is absent. Both systems see the same parsed docs
and are scored by the same scorer (``score_polnear.py``).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from dyads.config import load_settings
from dyads.evaluate import EvalDataMissing
from dyads.evaluate.polnear import load_texts, parse, polnear_dir, predict, score
from dyads.nlp import load_model

OUT = Path("build") / "benchmarks"


def textacy_lines(names: Sequence[str], docs: Sequence[Doc]) -> tuple[list[dict[str, Any]], int]:
    """textacy's direct quotations in the scorer's form, and how many docs it failed on."""
    from textacy.extract.triples import direct_quotations

    lines, failures = [], 0
    for name, doc in zip(names, docs, strict=True):
        quotes = []
        try:
            for triple in direct_quotations(doc):
                content = triple.content
                speaker = None
                if triple.speaker:
                    first, last = triple.speaker[0], triple.speaker[-1]
                    speaker = [first.idx, last.idx + len(last)]
                quotes.append(
                    {"content": [content.start_char, content.end_char], "speaker": speaker}
                )
        except Exception:  # textacy raises on some unbalanced quotes; count, keep going
            failures += 1
        lines.append({"article": name, "quotes": quotes})
    return lines, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    try:
        folder = polnear_dir(args.split)
    except EvalDataMissing as exc:
        print(f"skipped: {exc}")
        return
    texts = load_texts(folder)
    names = [name for name, _ in texts]
    nlp = load_model(load_settings().spacy_model)
    list(nlp.pipe(t for _, t in texts[:4]))  # warm up
    docs, parse_seconds = parse(nlp, (t for _, t in texts))
    ours, quote_seconds = predict(names, docs)
    started = time.perf_counter()
    theirs, failures = textacy_lines(names, docs)
    textacy_seconds = time.perf_counter() - started
    results = {
        "dyads": score(ours, folder, OUT / f"polnear_{args.split}_dyads.jsonl"),
        "textacy": score(theirs, folder, OUT / f"polnear_{args.split}_textacy.jsonl"),
    }
    words = sum(len(doc) for doc in docs)
    print(f"PolNeAR {args.split}: {len(docs)} articles, {words} tokens")
    for system, by_subset in results.items():
        for row in by_subset.values():
            print(f"{system:8} {json.dumps(row)}")
    if failures:
        print(f"textacy failed on {failures} articles (counted as no quotes)")
    print(
        f"time: spaCy parse {parse_seconds:.2f}s, find_quotes {quote_seconds:.2f}s "
        f"(+{100 * quote_seconds / parse_seconds:.1f}% of parse), "
        f"textacy direct_quotations {textacy_seconds:.2f}s"
    )


if __name__ == "__main__":
    main()
