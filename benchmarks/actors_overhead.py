"""Cost of actor coding: bare ``nlp.pipe`` vs parse with the gazetteer ruler + ``find_mentions``.

Run: ``.venv/bin/python benchmarks/actors_overhead.py [--rounds 3]``. Reads the PolNeAR dev
texts from ``../shared/eval/polnear/dev/text`` (or ``$DYADS_SHARED``); prints "skipped" when
absent. Two copies of the model are loaded so the bare one never has the ruler; rounds
alternate between them and the fastest round of each is kept (the machine is shared).
The one-off costs (loading the gazetteer, building the ruler) are printed separately.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import spacy

from dyads.actors import add_actor_ruler, find_mentions
from dyads.actors.gazetteer import load_gazetteer
from dyads.config import load_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
LIMIT = 0.10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = SHARED / "eval" / "polnear" / "dev" / "text"
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        print(f"skipped: no texts in {folder}")
        return 0
    texts = [p.read_text(encoding="utf-8") for p in paths]
    model = load_settings().spacy_model
    bare = spacy.load(model)
    coded = spacy.load(model)
    t0 = time.perf_counter()
    load_gazetteer()
    t1 = time.perf_counter()
    add_actor_ruler(coded)
    t2 = time.perf_counter()
    print(f"one-off: gazetteer {t1 - t0:.2f}s, ruler build {t2 - t1:.2f}s")
    for doc in coded.pipe(texts[:3]):  # warm both, and the find_mentions matchers
        find_mentions(doc)
    list(bare.pipe(texts[:3]))

    best_bare = best_coded = best_find = float("inf")
    mentions = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in bare.pipe(texts):
            pass
        best_bare = min(best_bare, time.perf_counter() - start)
        start = time.perf_counter()
        find_time, mentions = 0.0, 0
        for doc in coded.pipe(texts):
            f0 = time.perf_counter()
            mentions += len(find_mentions(doc))
            find_time += time.perf_counter() - f0
        best_coded = min(best_coded, time.perf_counter() - start)
        best_find = min(best_find, find_time)
    ratio = best_coded / best_bare
    print(f"{len(texts)} texts, {sum(map(len, texts))} chars, {mentions} mentions")
    print(f"bare parse:                 {best_bare:.2f}s")
    print(f"parse + ruler + mentions:   {best_coded:.2f}s (find_mentions {best_find:.2f}s)")
    print(f"ratio: {ratio:.3f} (overhead {100 * (ratio - 1):+.1f}%, limit +{100 * LIMIT:.0f}%)")
    return 0 if ratio <= 1 + LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
