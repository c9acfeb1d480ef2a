"""The seed acceptance case: the pipeline's output on the seed article against its gold."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dyads.evaluate import EvalDataMissing, shared_dir
from dyads.pipeline import Pipeline
from dyads.records import Article, RawDocument

SEED_NAME = "armenia-lavrov-2023-12-28"


@dataclass(slots=True)
class Check:
    section: str
    name: str
    ok: bool
    detail: str = ""


@dataclass(slots=True)
class SeedReport:
    checks: list[Check] = field(default_factory=list)

    def add(self, section: str, name: str, ok: bool, detail: str = "") -> None:
        self.checks.append(Check(section, name, ok, detail))

    def sections(self) -> dict[str, tuple[int, int]]:
        totals: dict[str, tuple[int, int]] = {}
        for check in self.checks:
            passed, total = totals.get(check.section, (0, 0))
            totals[check.section] = (passed + check.ok, total + 1)
        return totals

    @property
    def passed(self) -> bool:
        return all(check.ok for check in self.checks)


def load_seed(shared: str | Path | None = None) -> tuple[str, dict]:
    root = shared_dir(shared)
    gold_path = root / "eval" / "seed" / f"{SEED_NAME}.gold.json"
    if not gold_path.is_file():
        raise EvalDataMissing(f"seed gold not found at {gold_path}")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (root / gold["file"]).read_text(encoding="utf-8")
    return text, gold


def check_structure(article: Article, gold: dict, report: SeedReport) -> None:
    want = gold["structure"]
    body = article.text[article.body[0] : article.body[1]]
    report.add("structure", "caption", article.caption == want["caption"], repr(article.caption))
    report.add(
        "structure", "headline", article.headline == want["headline"], repr(article.headline)
    )
    report.add(
        "structure",
        "dateline place",
        article.dateline.place == want["dateline"]["place"],
        repr(article.dateline.place),
    )
    report.add(
        "structure",
        "dateline agency",
        article.dateline.agency == want["dateline"]["agency"],
        repr(article.dateline.agency),
    )
    found = [item.text for item in article.boilerplate]
    report.add("structure", "boilerplate", found == want["boilerplate"], repr(found))
    report.add(
        "structure", "body start", body.startswith(want["body_starts_with"]), repr(body[:60])
    )
    report.add("structure", "body end", body.endswith(want["body_ends_with"]), repr(body[-60:]))


def evaluate_seed(
    shared: str | Path | None = None, pipeline: Pipeline | None = None
) -> tuple[Article, SeedReport]:
    """Run the pipeline on the seed and check every part of the gold it covers."""
    text, gold = load_seed(shared)
    pipeline = pipeline or Pipeline()
    raw = RawDocument(source=gold["file"], content=text)
    article = pipeline.process(raw, published=gold["published"])
    report = SeedReport()
    check_structure(article, gold, report)
    return article, report
