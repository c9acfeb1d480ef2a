"""Throughput and memory of dyads end to end, against a bare ``nlp.pipe`` of the same texts.

Run: ``.venv/bin/python benchmarks/throughput.py [--limit N] [--store] [--skip-ray]``. Reads the
PolNeAR texts (``../shared/eval/polnear/{train,dev}/text``, or ``$DYADS_SHARED``; prints
"skipped" when absent). Every configuration runs in a fresh subprocess (so each peak RSS is its
own) over the same files, one after the other:

* ``reference``: the configured model as shipped, ``nlp.pipe`` over the file texts with the
  configured ``batch_size`` (32 documents); ``reference-40k``: the same, in the batches of about
  40,000 characters dyads uses (``PARSE_CHARS``); the faster of the two is the reference;
* ``local-1``: ``dyads.ingest.run`` with one worker (read, article stage, parse, actors, quotes,
  events; records out, no store), as ``dyads extract`` does;
* ``local-2``: the same with two worker processes (pool started and models loaded before the
  clock starts; the parent is the single writer);
* ``ray-2``: the Ray Data runner on a local Ray with 2 CPUs (Ray started before the clock; the
  actors' start-up and model load are inside the time, measured apart on 2 files);
* with ``--store``: ``local-1`` and ``local-2`` again into a fresh DuckDB store (``ingest``);
* ``local-1`` on the first 200 files and on 900, for the memory-growth check;
* ``--compare``: the fast path against the model as shipped (``Pipeline(fast=False)``) on the
  PolNeAR dev texts: articles whose mentions, quotes or events differ (must be 0).

Model loading is outside every timed region. Sentences are the reference parse's sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
MARK = "RESULT "  # the child's result line (Ray and others may print too)


def _files(limit: int | None) -> list[str]:
    folders = [SHARED / "eval" / "polnear" / split / "text" for split in ("train", "dev")]
    files = [str(p) for folder in folders for p in sorted(folder.glob("*.txt"))]
    return files[:limit] if limit else files


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reference(files: list[str], by_size: bool) -> dict[str, Any]:
    from dyads.config import load_settings
    from dyads.nlp import load_model
    from dyads.pipeline import PARSE_CHARS, _by_size

    settings = load_settings()
    nlp = load_model(settings.spacy_model)
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    start = time.perf_counter()
    if by_size:  # the same batches as dyads cuts them
        docs = (
            d
            for group in _by_size(texts, PARSE_CHARS)
            for d in nlp.pipe(group, batch_size=len(group))
        )
    else:
        docs = nlp.pipe(texts, batch_size=settings.batch_size)
    sentences = sum(sum(1 for _ in doc.sents) for doc in docs)
    return {"seconds": time.perf_counter() - start, "sentences": sentences, "peaks": [_peak_mb()]}


def _local(files: list[str], workers: int, store: bool) -> dict[str, Any]:
    from collections import Counter

    from dyads import ingest
    from dyads.config import load_settings
    from dyads.ingest import Options, chunks, finish
    from dyads.pipeline import Pipeline
    from dyads.scale import pool as pools
    from dyads.sources import iter_documents
    from dyads.store import open_store

    pipeline = Pipeline(load_settings())
    folder = tempfile.mkdtemp(prefix="dyads-bench-")
    db = open_store(str(Path(folder) / "bench.duckdb")) if store else None
    counts: Counter[str] = Counter()
    if workers == 1:
        pipeline.nlp  # noqa: B018 - load the model before the clock
        start = time.perf_counter()
        for outcome in ingest.run(files, pipeline=pipeline, store=db):
            counts[outcome.status] += 1
        seconds = time.perf_counter() - start
        peaks = [_peak_mb()]
    else:
        pool = pools.WorkerPool(pipeline.settings, workers)
        pool.warm()
        start = time.perf_counter()
        max_bytes = pipeline.settings.max_text_bytes
        options = Options(repeated=ingest.repeated_in(files, max_bytes))
        if db is not None:
            pipeline.remember(db.actor_rows())
        parts = chunks(iter_documents(files, max_bytes=max_bytes), pools.CHUNK)
        for items in pools.analysed_chunks(pipeline, parts, options, workers, pool=pool, store=db):
            for item in items:
                outcome = finish(pipeline, db, item)
                counts[outcome.status] += 1
        seconds = time.perf_counter() - start
        pool.close()
        peaks = [_peak_mb(), *pools.WORKER_PEAKS.values()]
    if db is not None:
        db.close()
    return {"seconds": seconds, "counts": counts, "peaks": peaks, "redone": ingest.REDONE[0]}


def _ray(files: list[str]) -> dict[str, Any]:
    from collections import Counter

    from dyads import ingest
    from dyads.config import load_settings
    from dyads.pipeline import Pipeline
    from dyads.scale import ray as on_ray

    on_ray.start(num_cpus=2)
    pipeline = Pipeline(load_settings())
    start = time.perf_counter()
    list(on_ray.run(files[:2], pipeline=Pipeline(load_settings())))
    startup = time.perf_counter() - start
    counts: Counter[str] = Counter()
    start = time.perf_counter()
    for outcome in on_ray.run(files, pipeline=pipeline):
        counts[outcome.status] += 1
    seconds = time.perf_counter() - start
    peaks = [_peak_mb(), *on_ray.ACTOR_PEAKS.values()]
    return {
        "seconds": seconds,
        "startup": startup,
        "counts": counts,
        "peaks": peaks,
        "redone": ingest.REDONE[0],
    }


def _compare() -> dict[str, Any]:
    """The fast path (fast attributes, entity windows) against the model as shipped, on the
    dev sets of the quotes and events issues: what differs, and the scores of each."""
    from dyads.actors import add_actor_ruler
    from dyads.config import load_settings
    from dyads.evaluate import plover
    from dyads.evaluate.pentaclass import evaluate as pentaclass
    from dyads.evaluate.polnear import load_texts, polnear_dir, score, to_predictions
    from dyads.nlp import load_model
    from dyads.pipeline import Pipeline
    from dyads.records import RawDocument, to_dict

    folder = polnear_dir("dev", SHARED)
    texts = load_texts(folder)
    out: dict[str, Any] = {"articles": len(texts)}
    records: dict[str, list[dict[str, Any]]] = {}
    for label, pipeline in (("full", Pipeline(fast=False)), ("fast", Pipeline(fast=True))):
        built = [pipeline.build(RawDocument(source=n, content=t)) for n, t in texts]
        start = time.perf_counter()
        done = pipeline.analyse_many(built)
        out[f"{label}_seconds"] = time.perf_counter() - start
        records[label] = [to_dict(a) for a in done]
        lines = [
            {"article": name, "quotes": to_predictions(a.quotes)}
            for (name, _), a in zip(texts, done, strict=True)
        ]
        target = Path(tempfile.mkdtemp(prefix="dyads-compare-")) / "quotes.jsonl"
        scores = score(lines, folder, target, SHARED)
        out[f"{label}_quotes"] = {k: scores[k]["pair_f1"] for k in ("direct", "all")}
    full_nlp = load_model(load_settings().spacy_model)
    add_actor_ruler(full_nlp)
    fast_nlp = Pipeline(fast=True).nlp
    for label, nlp in (("full", full_nlp), ("fast", fast_nlp)):
        out[f"{label}_plover"] = plover.evaluate("dev", shared=SHARED, nlp=nlp)["accuracy"]
        out[f"{label}_pentaclass"] = pentaclass(shared=SHARED, nlp=nlp)["accuracy"]
    out["differ"] = {
        key: sum(a[key] != b[key] for a, b in zip(records["full"], records["fast"], strict=True))
        for key in ("mentions", "quotes", "events")
    }
    out["totals"] = {key: sum(len(a[key]) for a in records["full"]) for key in out["differ"]}
    return out


def _child(config: str, limit: int | None) -> dict[str, Any]:
    files = _files(limit)
    if config.startswith("reference"):
        result = _reference(files, by_size=config == "reference-40k")
    elif config == "compare":
        return _compare()
    elif config.startswith("ray"):
        result = _ray(files)
    else:
        workers = int(config.split("-")[1])
        result = _local(files, workers, store=config.endswith("store"))
    result["articles"] = len(files)
    return result


def _spawn(config: str, limit: int | None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", config]
    if limit:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{config} failed:\n{done.stderr[-3000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARK)]
    if not lines:
        raise SystemExit(f"{config} gave no result:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return json.loads(lines[-1].removeprefix(MARK))


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="use the first N files only")
    parser.add_argument("--store", action="store_true", help="also time ingest into DuckDB")
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--compare", action="store_true", help="fast vs full on PolNeAR dev")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(MARK + json.dumps(_child(args.child, args.limit)), flush=True)
        return 0
    files = _files(args.limit)
    if not files:
        print(f"skipped: no PolNeAR texts under {SHARED / 'eval' / 'polnear'}")
        return 0
    print(f"{len(files)} articles, {sum(Path(f).stat().st_size for f in files):,} bytes")
    print(f"load average before: {_load()}")
    configs = ["reference", "reference-40k", "local-1", "local-2"]
    configs += [] if args.skip_ray else ["ray-2"]
    configs += ["local-1-store", "local-2-store"] if args.store else []
    results: dict[str, dict[str, Any]] = {}
    print(f"{'run':<15} {'seconds':>8} {'art/s':>7} {'sent/s':>7} {'x ref':>6}  peak RSS MB  load")
    for config in configs:
        r = results[config] = _spawn(config, args.limit)
        sentences = results["reference"]["sentences"]
        base = results["reference"]["seconds"]
        n = r["articles"]
        peaks = "/".join(f"{p:.0f}" for p in r["peaks"])
        extra = f"  startup {r['startup']:.1f}s" if "startup" in r else ""
        extra += f"  redone {r['redone']}" if r.get("redone") else ""
        print(
            f"{config:<15} {r['seconds']:8.1f} {n / r['seconds']:7.2f} "
            f"{sentences / r['seconds']:7.1f} {r['seconds'] / base:6.2f}  {peaks}  "
            f"[{_load()}]{extra}",
            flush=True,
        )
    reference = min(results["reference"]["seconds"], results["reference-40k"]["seconds"])
    one = results["local-1"]["seconds"]
    print(f"1 worker / faster reference: {one / reference:.2f} (target <= 1.0)")
    speedup = one / results["local-2"]["seconds"]
    print(f"2 workers / 1 worker throughput: {speedup:.2f}x (target >= 1.7)")
    if "ray-2" in results:
        print(f"ray 2 CPUs / 1 worker throughput: {one / results['ray-2']['seconds']:.2f}x")
    small, large = _spawn("local-1", 200), _spawn("local-1", 900)
    growth = large["peaks"][0] / small["peaks"][0] - 1
    print(
        f"peak RSS, 1 worker: 200 articles {small['peaks'][0]:.0f} MB, 900 articles "
        f"{large['peaks'][0]:.0f} MB ({growth:+.1%}; target within 10%)"
    )
    if args.compare:
        c = _spawn("compare", None)
        print(
            f"fast vs full on PolNeAR dev ({c['articles']} articles, {c['totals']}): articles "
            f"differing {c['differ']}; full {c['full_seconds']:.1f}s, fast {c['fast_seconds']:.1f}s"
        )
        for label in ("full", "fast"):
            q = c[f"{label}_quotes"]
            print(
                f"  {label}: PolNeAR quote pair F1 direct {q['direct']:.3f} all {q['all']:.3f}; "
                f"PLOVER dev {c[f'{label}_plover']:.3f}; pentaclass "
                f"{c[f'{label}_pentaclass']:.3f}"
            )
    print(f"load average after: {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
