"""The seed acceptance case: the pipeline's output on the seed article against its gold."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyads.evaluate import EvalDataMissing, shared_dir
from dyads.pipeline import Pipeline
from dyads.records import Article, Event, RawDocument

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


def _overlaps(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _code_ok(predicted: str | None, gold: str) -> bool:
    if gold == "IGO":  # the gold gives only the prefix
        return bool(predicted) and predicted.startswith("IGO") and len(predicted) > 3
    return predicted == gold


def _country_name(iso3: str | None) -> str | None:
    from dyads.actors.gazetteer import load_gazetteer

    return load_gazetteer().country_name(iso3)


def check_actors(article: Article, gold: dict, report: SeedReport) -> None:
    text = article.text
    for want in gold["actors"]:
        start = text.find(want["mention"])
        spans = []
        while start >= 0:
            spans.append((start, start + len(want["mention"])))
            start = text.find(want["mention"], start + 1)
        found = [
            m
            for span in spans
            for m in article.mentions
            if _overlaps(m.span, span)
            and _code_ok(m.code, want["code"])
            and want["canonical"] in (m.actor, _country_name(m.country))
        ]
        ok = bool(found)
        if ok and want.get("role") and found[0].kind == "person":
            ok = found[0].role == want["role"]
        detail = f"{want['mention']!r} -> " + (
            f"{found[0].actor} {found[0].code} {found[0].role or ''}" if found else "not found"
        )
        report.add("actors", want["canonical"], ok, detail)


def _speaker_ok(speaker: Any, want: dict) -> bool:
    if speaker is None:
        return False
    if speaker.actor == want["name"]:
        return True
    if want.get("country") == "NATO":  # "a senior NATO official": the alliance speaks
        return (speaker.code or "").startswith("IGOWSTNAT")
    return speaker.code == f"{want.get('country')}{want.get('sector')}" and want.get("sector") in (
        "OPP",
        "MIL",
    )


def check_quotes(article: Article, gold: dict, report: SeedReport) -> None:
    for want in gold["quotes"]:
        span = tuple(want["span"])
        quote = next((q for q in article.quotes if q.span == span and q.kind != "indirect"), None)
        if quote is None:
            report.add("quotes", want["id"], False, f"not found: {want['content']!r}")
            continue
        problems = []
        if quote.kind != want["kind"]:
            problems.append(f"kind {quote.kind}")
        if quote.cue is None or quote.cue.text != want["cue"]:
            problems.append(f"cue {quote.cue.text if quote.cue else None!r}")
        if quote.medium != want["medium"]:
            problems.append(f"medium {quote.medium!r}")
        if not _speaker_ok(quote.speaker, want["speaker"]):
            speaker = quote.speaker
            problems.append(f"speaker {speaker.actor if speaker else None!r}")
        report.add("quotes", want["id"], not problems, "; ".join(problems) or want["content"][:50])
    for number, want in enumerate(gold["indirect_speech"], start=1):
        matches = [
            q
            for q in article.quotes
            if q.kind == "indirect" and want["content_contains"] in q.content
        ]
        quote = min(matches, key=lambda q: len(q.content)) if matches else None
        problems = []
        if quote is None:
            problems.append("not found")
        else:
            if quote.cue is None or quote.cue.text != want["cue"]:
                problems.append(f"cue {quote.cue.text if quote.cue else None!r}")
            if not _speaker_ok(quote.speaker, want["speaker"]):
                problems.append(f"speaker {quote.speaker.actor if quote.speaker else None!r}")
            if "date" in want and (
                quote.date is None or not quote.date.start.startswith(want["date"])
            ):
                problems.append(f"date {quote.date.start if quote.date else None}")
        report.add(
            "indirect speech", f"I{number}", not problems, "; ".join(problems) or want["cue"]
        )


def side_names(side: Any) -> set[str]:
    """Every name an event side answers to: country, actor, code, text, and NATO for its codes."""
    names = {name for name in (side.country, side.actor, side.code, side.text) if name}
    if (side.code or "").startswith("IGOWSTNAT") or side.actor == "NATO":
        names.add("NATO")
    if (side.code or "").startswith("IGOCASCST") or side.actor == "CSTO":
        names.add("CSTO")
    return names


def event_matches(event: Event, spec: dict) -> bool:
    """Whether ``event`` satisfies a gold event pattern (required or forbidden)."""
    source, target = side_names(event.source), side_names(event.target)
    tests = [
        "source" not in spec or spec["source"] in source,
        not (spec.get("target_any") or "target" in spec)
        or bool(set(spec.get("target_any") or [spec["target"]]) & target),
        "pair" not in spec
        or (spec["pair"][0] in source and spec["pair"][1] in target)
        or (spec["pair"][1] in source and spec["pair"][0] in target),
        "source_sector" not in spec or event.source.sector == spec["source_sector"],
        "target_sector" not in spec or (event.target.sector or "GOV") == spec["target_sector"],
        "cameo_any" not in spec or event.cameo in spec["cameo_any"],
        "cameo_root_any" not in spec or event.root in spec["cameo_root_any"],
        "quad" not in spec or event.quad_class == spec["quad"],
        "quad_any" not in spec or event.quad_class in spec["quad_any"],
        "evidence_contains" not in spec or spec["evidence_contains"] in event.evidence.sentence,
        "evidence_contains_any" not in spec
        or any(word in event.evidence.sentence for word in spec["evidence_contains_any"]),
    ]
    if ("date" in spec or "date_between" in spec) and event.date is None:
        return False
    if "date" in spec:
        tests.append(
            event.date.start.startswith(spec["date"]) and event.date.end.startswith(spec["date"])
        )
    if "date_between" in spec:
        low, high = spec["date_between"]
        tests.append(low <= event.date.start and event.date.end <= high)
    return all(tests)


def check_events(article: Article, gold: dict, report: SeedReport) -> None:
    for spec in gold["events_required"]:
        found = [e for e in article.events if event_matches(e, spec)]
        detail = spec["why"]
        if found:
            first = found[0]
            when = first.date.start if first.date else "undated"
            detail = f"{first.source.code} {first.cameo} {first.target.code} {when}"
        report.add("events required", spec["id"], bool(found), detail)
    for number, spec in enumerate(gold["events_forbidden"], start=1):
        rule = {k: v for k, v in spec.items() if k not in ("why", "any_code")}
        bad = [e for e in article.events if not e.negated and event_matches(e, rule)]
        detail = spec["why"] if not bad else f"coded: {bad[0].evidence.sentence[:60]!r}"
        report.add("events forbidden", f"F{number}", not bad, detail)
    for spec in gold["dyad_expectations"]:
        a, b = spec["pair"]
        scores = [
            e.goldstein
            for e in article.events
            if not e.negated
            and (
                (a in side_names(e.source) and b in side_names(e.target))
                or (b in side_names(e.source) and a in side_names(e.target))
            )
        ]
        mean = sum(scores) / len(scores) if scores else 0.0
        ok = bool(scores) and ((mean < 0) if spec["mean_goldstein"] == "< 0" else (mean > 0))
        report.add("dyads", f"{a}-{b}", ok, f"mean Goldstein {mean:+.2f} over {len(scores)} events")


def evaluate_seed(
    shared: str | Path | None = None, pipeline: Pipeline | None = None
) -> tuple[Article, SeedReport]:
    """Run the whole pipeline on the seed and check every part of the gold."""
    text, gold = load_seed(shared)
    pipeline = pipeline or Pipeline()
    raw = RawDocument(source=gold["file"], content=text)
    article = pipeline.process(raw, published=gold["published"])
    report = SeedReport()
    check_structure(article, gold, report)
    check_actors(article, gold, report)
    check_quotes(article, gold, report)
    check_events(article, gold, report)
    return article, report
