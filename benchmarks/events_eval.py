"""Event coding figures: PLOVER dev, pentaclass sample, and the cost of the event stage.

Run: ``.venv/bin/python benchmarks/events_eval.py [--rounds 3] [--plover-limit N]
[--penta-limit 2000] [--skip-quality]``. Reads ``../shared/eval`` (or ``$DYADS_SHARED``); prints
"skipped" when absent. Timing: the PolNeAR dev texts are parsed once with ``nlp.pipe`` (the model
with the actor ruler: the parse the pipeline runs), mentions and quotes are found once, then
``code_events`` alone is timed; rounds alternate and the fastest of each is kept (shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
LIMIT = 0.15


def timing(rounds: int) -> dict[str, float]:
    from dyads.actors import find_mentions
    from dyads.events.coder import code_events
    from dyads.events.lexicon import load_lexicon
    from dyads.events.sentences import load_nlp
    from dyads.quotes import find_quotes

    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((SHARED / "eval/polnear/dev/text").glob("*.txt"))
    ]
    nlp = load_nlp()
    load_lexicon()
    list(nlp.pipe(texts[:2]))  # warm up
    parse_best = events_best = float("inf")
    docs = []
    for _ in range(rounds):
        began = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        parse_best = min(parse_best, time.perf_counter() - began)
    inputs = []
    for doc in docs:
        mentions = find_mentions(doc)
        inputs.append((doc, mentions, find_quotes(doc, mentions)))
    count = 0
    for _ in range(rounds):
        began = time.perf_counter()
        count = sum(len(code_events(d, m, q)) for d, m, q in inputs)
        events_best = min(events_best, time.perf_counter() - began)
    return {
        "texts": len(texts),
        "characters": sum(len(t) for t in texts),
        "parse_seconds": round(parse_best, 3),
        "events_seconds": round(events_best, 3),
        "events_over_parse": round(events_best / parse_best, 4),
        "events_found": count,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--plover-limit", type=int, default=None)
    parser.add_argument("--penta-limit", type=int, default=2000)
    parser.add_argument("--skip-quality", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "eval").is_dir():
        print("skipped: ../shared/eval is absent")
        return 0
    out: dict[str, object] = {}
    if not args.skip_quality:
        from dyads.evaluate import pentaclass, plover
        from dyads.events.sentences import load_nlp

        nlp = load_nlp()
        out["plover_dev"] = plover.evaluate("dev", limit=args.plover_limit, nlp=nlp)
        for part in ("report", "tune"):
            figures = pentaclass.evaluate(part=part, limit=args.penta_limit, nlp=nlp)
            figures.pop("confusion")
            out[f"pentaclass_{part}"] = figures
    out["timing"] = timing(args.rounds)
    print(json.dumps(out, indent=1))
    ratio = out["timing"]["events_over_parse"]  # type: ignore[index]
    print(f"event stage / parse = {ratio:.1%} (limit {LIMIT:.0%})")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
