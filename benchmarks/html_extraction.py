"""Benchmark: HTML main-text extraction on the Scrapinghub article-extraction pages.

Runs ``dyads.evaluate.html.evaluate_html`` on a split of ``../shared/eval/html_articles`` and
prints macro precision, recall and F1 (4-gram shingles, as the upstream benchmark) and timing.

    .venv/bin/python benchmarks/html_extraction.py --split dev [--shared PATH] [--worst 10]
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path

from dyads.evaluate import EvalDataMissing
from dyads.evaluate.html import evaluate_html


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help="split folder name (default: dev)")
    parser.add_argument("--shared", type=Path, default=None, help="shared data folder")
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages")
    args = parser.parse_args(argv)

    try:
        result = evaluate_html(args.split, args.shared)
    except EvalDataMissing as exc:
        print(f"skipped: {exc}")
        return 0
    n = result["n"]
    print(f"trafilatura {version('trafilatura')}, htmldate {version('htmldate')}")
    print(f"html_articles/{args.split}: {n} pages, {result['n_failed']} failed")
    print(
        f"precision={result['precision']:.4f} recall={result['recall']:.4f} F1={result['f1']:.4f}"
    )
    print(
        f"time: {result['seconds']:.2f} s total, {1000 * result['seconds'] / max(n, 1):.1f} ms/page"
    )
    for failure in result["failures"]:
        print(f"  failed {failure['id'][:12]} {failure['url']}: {failure['reason']}")
    worst = sorted(result["articles"], key=lambda a: a["f1"])[: args.worst]
    for article in worst:
        print(
            f"  {article['id'][:12]} P={article['precision']:.3f} R={article['recall']:.3f} "
            f"{article['url']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
