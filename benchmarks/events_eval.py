"""Event coding figures on both halves of every set, and the cost of the event stage.

Run: ``.venv/bin/python benchmarks/events_eval.py [--rounds 3] [--skip-quality]``. Reads
``../shared/eval`` (or ``$DYADS_SHARED``); prints "skipped" when absent. For each of PLOVER dev,
pentaclass, PLV and the CAMEO source/target spans it prints the *tune* half (looked at, trained
and tuned on) and the *report* half (only scored) and the gap between them.

Timing: the PolNeAR dev texts are parsed once with ``nlp.pipe`` (the model
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
    parser.add_argument("--skip-quality", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "eval").is_dir():
        print("skipped: ../shared/eval is absent")
        return 0
    out: dict[str, object] = {}
    if not args.skip_quality:
        from dyads.evaluate import cameo_ner, pentaclass, plover, plv
        from dyads.events.sentences import load_nlp

        nlp = load_nlp()
        for part in ("tune", "report"):
            p = plover.evaluate("dev", part=part, nlp=nlp)
            q = pentaclass.evaluate(part=part, nlp=nlp)
            v = plv.evaluate(part=part, nlp=nlp)
            c = cameo_ner.evaluate(part=part, nlp=nlp)
            out[part] = {
                "plover_category_and_countries": round(p["accuracy"], 3),
                "plover_countries": round(p["dyad_accuracy"], 3),
                "pentaclass": round(q["accuracy"], 3),
                "plv_category_and_sides": round(v["accuracy"], 3),
                "plv_events_on_marked_pair": round(v["pair_precision"], 3),
                "spans_source_precision": round(c["source"]["precision"], 3),
                "spans_source_precision_marked": round(c["source"]["precision_marked"], 3),
                "spans_source_recall": round(c["source"]["recall"], 3),
                "spans_target_precision": round(c["target"]["precision"], 3),
                "spans_target_precision_marked": round(c["target"]["precision_marked"], 3),
                "spans_target_recall": round(c["target"]["recall"], 3),
                "spans_macro_f1": round(c["macro_f1"], 3),
            }
        tune, report = out["tune"], out["report"]
        out["gap_tune_minus_report"] = {k: round(tune[k] - report[k], 3) for k in tune}  # type: ignore[index]
    out["timing"] = timing(args.rounds)
    print(json.dumps(out, indent=1))
    ratio = out["timing"]["events_over_parse"]  # type: ignore[index]
    print(f"event stage / parse = {ratio:.1%} (limit {LIMIT:.0%})")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
