"""CPU time of the language stages (actors, quotes, events) on parses made once.

Run: ``.venv/bin/python benchmarks/stages.py [--limit 200] [--rounds 2] [--profile FILE]``.
Reads the first ``--limit`` PolNeAR train texts (``../shared/eval/polnear/train/text``, or
``$DYADS_SHARED``; prints "skipped" when absent), builds them as ``dyads extract
--date-from-name`` does and parses them once with the fast model. Each round then runs
``find_mentions``, ``find_quotes`` and ``find_events`` over fresh copies of those parses
(``Doc.from_bytes``, so no per-doc cache survives a round) with a fresh actor memory that
learns as ``Pipeline.analyse_doc`` does; the fastest round of each stage is kept. Times are
the process's CPU time (``time.process_time``): the machine is shared. ``--profile`` writes
a cProfile of one more round of ``Pipeline.analyse_doc``. ``--redone N`` runs instead
``dyads.ingest.run`` with two workers over the first N texts and prints how many articles the
writer analysed again because a worker's actor-memory answers had changed
(``dyads.batch.REDONE``).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import time
from pathlib import Path

from spacy.tokens import Doc

from dyads.actors import ActorMemory, find_mentions
from dyads.batch import date_in_name
from dyads.events.coder import find_events
from dyads.pipeline import Pipeline
from dyads.quotes import find_quotes
from dyads.records import RawDocument

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", help="write a cProfile of analyse_doc here")
    parser.add_argument("--redone", type=int, help="two workers over this many texts")
    args = parser.parse_args()
    folder = SHARED / "eval" / "polnear" / "train" / "text"
    paths = sorted(folder.glob("*.txt"))[: args.redone or args.limit]
    if not paths:
        print(f"skipped: no texts in {folder}")
        return 0
    if args.redone:
        return _redone([str(p) for p in paths])
    pipeline = Pipeline()
    articles = [
        pipeline.build(
            RawDocument(str(p), p.read_text(encoding="utf-8"), kind="text"),
            published=date_in_name(str(p)),
        )
        for p in paths
    ]
    start = time.perf_counter()
    parses = [d.to_bytes(exclude=["user_data"]) for d in pipeline.parse_many(articles)]
    print(f"{len(paths)} texts parsed in {time.perf_counter() - start:.1f} s")
    vocab = pipeline.nlp.vocab
    best = {"actors": float("inf"), "quotes": float("inf"), "events": float("inf")}
    counts = (0, 0, 0)
    for _ in range(args.rounds):
        memory = ActorMemory()
        spent = dict.fromkeys(best, 0.0)
        found = [0, 0, 0]
        for article, data in zip(articles, parses, strict=True):
            doc = Doc(vocab).from_bytes(data)
            place = ", ".join(filter(None, (article.dateline.place, article.dateline.region)))
            t0 = time.process_time()
            mentions = find_mentions(
                doc,
                published=article.published,
                memory=memory,
                dateline_place=place or None,
                body=article.body,
            )
            t1 = time.process_time()
            quotes = find_quotes(doc, mentions, published=article.published, body=article.body)
            t2 = time.process_time()
            events = find_events(
                doc, mentions, quotes, published=article.published, body=article.body,
                min_confidence=pipeline.settings.min_confidence,
            )  # fmt: skip
            t3 = time.process_time()
            memory.learn(mentions, article.published)
            spent["actors"] += t1 - t0
            spent["quotes"] += t2 - t1
            spent["events"] += t3 - t2
            found = [found[0] + len(mentions), found[1] + len(quotes), found[2] + len(events)]
        best = {stage: min(best[stage], spent[stage]) for stage in best}
        counts = tuple(found)
    total = sum(best.values())
    print(f"mentions {counts[0]}, quotes {counts[1]}, events {counts[2]}")
    for stage, seconds in best.items():
        print(f"{stage:8s} {seconds:7.2f} s CPU")
    print(f"{'stages':8s} {total:7.2f} s CPU (fastest of {args.rounds} rounds per stage)")
    if args.profile:
        pipeline.memory = ActorMemory()
        docs = [Doc(vocab).from_bytes(data) for data in parses]
        profile = cProfile.Profile()
        profile.enable()
        for article, doc in zip(articles, docs, strict=True):
            pipeline.analyse_doc(article, doc)
        profile.disable()
        profile.dump_stats(args.profile)
        print(f"profile of analyse_doc written to {args.profile}")
    return 0


def _redone(files: list[str]) -> int:
    from dyads import batch, ingest

    outcomes = list(ingest.run(files, pipeline=Pipeline(), workers=2, date_from_name=True))
    print(f"{len(outcomes)} texts, 2 workers: {batch.REDONE[0]} analysed again by the writer")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
