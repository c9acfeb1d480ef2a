"""Benchmark: HTML main-text extraction on the Scrapinghub article-extraction pages.

Runs ``dyads.evaluate.html.evaluate_html`` on a split of ``../shared/eval/html_articles``: every
page is read and built exactly as ``dyads ingest`` does (every language), and its main text
(the body as analysed) is scored. Prints macro precision, recall and F1 (4-gram shingles, as
the upstream benchmark) over all pages and the English ones, for the tune and report halves
and in all, and the timing. ``--worst`` lists the lowest pages of the tune half only (the
report half is scored, never read).

    .venv/bin/python benchmarks/html_extraction.py --split dev [--shared PATH] [--worst 10]
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from dyads.evaluate import EvalDataMissing, half
from dyads.evaluate.html import evaluate_html


def _line(name: str, figures: dict[str, Any]) -> str:
    english = figures["english"]
    return (
        f"{name:<7} {figures['n']:>3} pages  P={figures['precision']:.4f} "
        f"R={figures['recall']:.4f} F1={figures['f1']:.4f}   English {english['n']:>3}: "
        f"P={english['precision']:.4f} R={english['recall']:.4f} F1={english['f1']:.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help="split folder name (default: dev)")
    parser.add_argument("--shared", type=Path, default=None, help="shared data folder")
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest tune pages")
    args = parser.parse_args(argv)

    try:
        result = evaluate_html(args.split, args.shared)
    except EvalDataMissing as exc:
        print(f"skipped: {exc}")
        return 0
    n = result["n"]
    print(f"trafilatura {version('trafilatura')}, htmldate {version('htmldate')}")
    print(f"html_articles/{args.split}: {n} pages, {result['n_failed']} failed")
    for part in ("tune", "report"):
        print(_line(part, result["parts"][part]))
    print(_line("all", result))
    print(
        f"time: {result['seconds']:.2f} s total, {1000 * result['seconds'] / max(n, 1):.1f} ms/page"
    )
    for failure in result["failures"]:
        print(f"  failed {failure['id'][:12]} {failure['url']}: {failure['reason']}")
    tune = half(result["articles"], "tune")
    for article in sorted(tune, key=lambda a: a["f1"])[: args.worst]:
        print(
            f"  {article['id'][:12]} {article['language']} P={article['precision']:.3f} "
            f"R={article['recall']:.3f} {article['url']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
