"""The blind-audit sheet: facts sampled from ``dyads extract`` over 40 fixed real articles.

Run: ``.venv/bin/python benchmarks/audit_sheet.py OUT_DIR [SEED]`` (reads ``../shared/eval``, or
``$DYADS_SHARED``; prints "skipped" without it). Picks 20 InSight Crime articles
(``audit/corpus/insightcrime``) and 20 PolNeAR train texts with ``random.Random(SEED).sample`` over
the sorted file names, links them into ``OUT_DIR/set``, runs ``dyads extract --date-from-name``
on them into ``OUT_DIR/extract.json`` and writes the judging sheet with the kit's own sampler:
``sample.py --articles 40 --events 8 --quotes 5 --actors 5 --seed SEED`` -> ``OUT_DIR/sheet.jsonl``.
The sheet and ``audit/RUBRIC.md`` go to a reviewer who has not seen the code; ``score.py`` scores
the judged sheet. SEED is 1 unless given: a new seed draws articles no earlier round was
fixed on. Nothing of the articles enters the repository.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
SEED = 1


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print("usage: audit_sheet.py OUT_DIR [SEED]")
        return 2
    seed = int(sys.argv[2]) if len(sys.argv) == 3 else SEED
    audit = SHARED / "eval" / "audit"
    if not audit.is_dir():
        print("skipped: ../shared/eval/audit is absent")
        return 0
    out = Path(sys.argv[1])
    chosen = out / "set"
    chosen.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    crime = sorted((audit / "corpus" / "insightcrime").glob("*.txt"))
    politics = sorted((SHARED / "eval" / "polnear" / "train" / "text").glob("*.txt"))
    for path in rng.sample(crime, 20) + rng.sample(politics, 20):
        link = chosen / path.name
        if not link.exists():
            link.symlink_to(path)
    dyads = Path(sys.executable).with_name("dyads")
    with (out / "extract.json").open("w", encoding="utf-8") as handle:
        subprocess.run(
            [str(dyads), "extract", str(chosen), "--date-from-name", "--format", "json"],
            stdout=handle, check=True,
        )  # fmt: skip
    with (out / "sheet.jsonl").open("w", encoding="utf-8") as handle:
        subprocess.run(
            [sys.executable, str(audit / "sample.py"), str(out / "extract.json"), "--articles",
             "40", "--events", "8", "--quotes", "5", "--actors", "5", "--seed", str(seed)],
            stdout=handle, check=True,
        )  # fmt: skip
    print(f"sheet: {out / 'sheet.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
