"""How long the command line takes to answer: ``dyads --help``, an argument error, and
``dyads extract`` of one short file against a bare ``spacy.load`` and one parse.

Run: ``.venv/bin/python benchmarks/startup.py [--runs 10] [--extract-runs 5]``.

Each measure is the median wall time of ``--runs`` fresh processes, run interleaved with its
baseline (``python -c pass``; for ``extract``, a process that imports spaCy, loads the same
model and parses the same text) so that a busy machine slows both alike. Prints each median,
the difference from ``python -c pass`` for the quick commands and the ratio for ``extract``;
exits 1 when ``dyads --help`` takes more than ``HELP_LIMIT`` s or ``extract`` more than
``EXTRACT_RATIO`` times the bare parse (issue 17).

The processes inherit the environment. Where it sets ``PYTHONDONTWRITEBYTECODE`` (as this
workplace's shells do), Python compiles every module of a source tree (``src/dyads``) from
source in every process, while the installed packages (spaCy) have bytecode from their install.
``--bytecode`` measures as an installed dyads runs instead: the processes may write and read
bytecode, kept in a temporary ``PYTHONPYCACHEPREFIX`` (the tree stays clean), after one
discarded run of each command to fill it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "baku-yerevan-talks-2024-03-14.txt"
HELP_LIMIT = 0.3  # seconds, median
EXTRACT_RATIO = 1.3
ENV = os.environ | {"PYTHONPATH": str(ROOT / "src")}
DYADS = [sys.executable, "-c", "from dyads.cli import main; main()"]


def bytecode_cached(folder: str) -> None:
    """Let the measured processes write and read bytecode, under ``folder``."""
    ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    ENV["PYTHONPYCACHEPREFIX"] = folder


CPU: dict[str, float] = {}  # median CPU seconds (user + system) per command, filled by medians


def seconds(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run (CPU time is what a busy machine changes least)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall seconds per command, the commands run in turn ``runs`` times (the median
    CPU seconds go to ``CPU``)."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    if "PYTHONPYCACHEPREFIX" in ENV:  # --bytecode: one discarded run fills the cache
        for command in commands.values():
            seconds(command)
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(seconds(command))
    for name, values in times.items():
        CPU[name] = statistics.median(cpu for _, cpu in values)
    return {name: statistics.median(wall for wall, _ in values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--extract-runs", type=int, default=5)
    parser.add_argument(
        "--bytecode", action="store_true", help="cached bytecode, as an installed dyads runs"
    )
    args = parser.parse_args()
    cache = tempfile.TemporaryDirectory()
    if args.bytecode:
        bytecode_cached(cache.name)
    from dyads.config import load_settings

    model = load_settings().spacy_model
    quick = medians(
        {
            "python -c pass": [sys.executable, "-c", "pass"],
            "dyads --help": [*DYADS, "--help"],
            "dyads (argument error)": [*DYADS, "ingest", "--workers", "0", "x.txt"],
        },
        args.runs,
    )
    base = quick["python -c pass"]
    bytecode = "cached bytecode" if args.bytecode else "bytecode as the environment says"
    print(f"median of {args.runs} runs: wall seconds, CPU seconds (load "
          f"{os.getloadavg()[0]:.1f}; {bytecode})")  # fmt: skip
    for name, value in quick.items():
        extra = "" if name == "python -c pass" else f"  (+{value - base:.3f} over python -c pass)"
        print(f"{name:<28} {value:7.3f} {CPU[name]:7.3f}{extra}")
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "short.txt"
        text.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
        bare = (f"import spacy\nnlp = spacy.load({model!r})\n"
                f"nlp(open({str(text)!r}, encoding='utf-8').read())\n")  # fmt: skip
        slow = medians(
            {"bare spacy.load + parse": [sys.executable, "-c", bare],
             "dyads extract short.txt": [*DYADS, "extract", str(text)]},
            args.extract_runs,
        )  # fmt: skip
    print(f"median of {args.extract_runs} runs: wall seconds, CPU seconds "
          f"({len(SAMPLE.read_bytes())} bytes)")  # fmt: skip
    for name, value in slow.items():
        print(f"{name:<28} {value:7.3f} {CPU[name]:7.3f}")
    ratio = slow["dyads extract short.txt"] / slow["bare spacy.load + parse"]
    cpu = CPU["dyads extract short.txt"] / CPU["bare spacy.load + parse"]
    print(f"extract / bare parse: {ratio:.2f}x wall, {cpu:.2f}x CPU (limit {EXTRACT_RATIO}x)")
    ok = quick["dyads --help"] <= HELP_LIMIT and ratio <= EXTRACT_RATIO
    print(f"dyads --help: {quick['dyads --help']:.3f} s (limit {HELP_LIMIT} s)")
    print("within limits" if ok else "OVER A LIMIT")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
