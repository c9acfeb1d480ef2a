"""PolNeAR evaluation of the quotes stage: parse, ``find_quotes``, predictions, shared scorer.

Predictions follow PolNeAR's annotation conventions before scoring: one attribution per speech
act, so the quoted pieces that share a cue ("“…,” he said. “…”") become one discontinuous
content, and a partial quotation inside reported speech is part of that speech's content, not a
separate attribution. Speakers are judged by span.

PolNeAR annotates as attributions more than speech: stances ("praised Clinton", "supports the
bill"), intentions ("refused to release his returns") and beliefs ("thinks the deal will hold").
dyads does not store those as quotes; ``find_attributions`` returns them apart as stances. Each
evaluation therefore scores two prediction sets: the quotes alone, and the quotes with the stances
(PolNeAR's notion of an attribution). ``direct`` is scored on the quotes alone.
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dyads.evaluate import EvalDataMissing, Part, half, shared_dir
from dyads.records import Quote

Prediction = dict[str, Any]


def polnear_dir(split: str = "dev", shared: str | Path | None = None) -> Path:
    """The folder of a PolNeAR split (``text/`` and ``attributions/``)."""
    folder = shared_dir(shared) / "eval" / "polnear" / split
    if not (folder / "text").is_dir():
        raise EvalDataMissing(f"PolNeAR split {split!r} not found under {folder}")
    return folder


def load_texts(folder: Path) -> list[tuple[str, str]]:
    """``(article name, text)`` for every ``text/*.txt`` of a split, read exactly as the scorer."""
    return [
        (path.stem, path.read_text(encoding="utf-8"))
        for path in sorted((folder / "text").glob("*.txt"))
    ]


def load_scorer(shared: str | Path | None = None) -> ModuleType:
    path = shared_dir(shared) / "eval" / "score_polnear.py"
    spec = importlib.util.spec_from_file_location("score_polnear", path)
    if spec is None or spec.loader is None:
        raise EvalDataMissing(f"scorer not found: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def to_predictions(quotes: Sequence[Quote]) -> list[Prediction]:
    """Quote records in the scorer's form, grouped the way PolNeAR annotates attributions.

    Quotes that share a cue are one attribution: its content is the reported clause and the
    quoted pieces, without the partial quotations that lie inside the reported clause.
    """
    groups: dict[object, list[Quote]] = {}
    for quote in sorted(quotes, key=lambda q: q.span):
        key: object = quote.cue.span if quote.cue is not None else id(quote)
        groups.setdefault(key, []).append(quote)
    out = []
    for group in groups.values():
        wide = [q for q in group if q.kind != "partial"]
        pieces = [q for q in group if q.kind != "partial" or not any(_overlap(q, w) for w in wide)]
        speaker = next((q.speaker for q in pieces if q.speaker is not None), None)
        out.append(
            {
                "content": [list(q.span) for q in pieces],
                "speaker": list(speaker.span) if speaker is not None else None,
            }
        )
    return out


def _overlap(a: Quote, b: Quote) -> bool:
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> tuple[list[Doc], float]:
    """The parsed texts and the seconds the parse took."""
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    return docs, time.perf_counter() - started


def predict(names: Sequence[str], docs: Sequence[Doc]) -> tuple[list[dict[str, Any]], float]:
    """Scorer lines for parsed docs, and the seconds ``find_quotes`` took over all of them."""
    from dyads.quotes import find_quotes

    lines = []
    spent = 0.0
    for name, doc in zip(names, docs, strict=True):
        started = time.perf_counter()
        quotes = find_quotes(doc, [])
        spent += time.perf_counter() - started
        lines.append({"article": name, "quotes": to_predictions(quotes)})
    return lines, spent


def score(
    lines: Sequence[dict[str, Any]],
    folder: Path,
    out: Path,
    shared: str | Path | None = None,
    names: Sequence[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Write ``lines`` to ``out`` (JSONL) and score them with the shared PolNeAR scorer.

    ``names`` limits the gold to those articles of ``folder`` (one half of a split); the scorer
    reads a temporary folder linking just them.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line) + "\n")
    scorer = load_scorer(shared)
    if names is None:
        return {s: scorer.score(str(folder), str(out), s) for s in ("direct", "all")}
    with tempfile.TemporaryDirectory() as tmp:
        gold = _subset(folder, names, Path(tmp))
        return {s: scorer.score(str(gold), str(out), s) for s in ("direct", "all")}


def _subset(folder: Path, names: Sequence[str], into: Path) -> Path:
    """``into`` with links to the texts and annotations of ``names`` in ``folder``."""
    for sub in ("text", "attributions"):
        (into / sub).mkdir()
    for name in names:
        (into / "text" / f"{name}.txt").symlink_to((folder / "text" / f"{name}.txt").resolve())
        for ann in (folder / "attributions").glob(f"{name}_*.ann"):
            (into / "attributions" / ann.name).symlink_to(ann.resolve())
    return into


def evaluate_polnear(
    split: str = "dev",
    *,
    nlp: Language | None = None,
    docs: Sequence[Doc] | None = None,
    out: str | Path | None = None,
    shared: str | Path | None = None,
) -> dict[str, Any]:
    """Run spaCy and the quotes stage over a PolNeAR split and score the predictions.

    Returns ``{"direct": scores, "all": scores, "articles", "parse_seconds", "quote_seconds",
    "predictions"}``; pass ``docs`` to reuse a parse of the split's texts in file order.
    """
    folder = polnear_dir(split, shared)
    texts = load_texts(folder)
    names = [name for name, _ in texts]
    parse_seconds = 0.0
    if docs is None:
        if nlp is None:
            from dyads.config import load_settings
            from dyads.nlp import load_model

            nlp = load_model(load_settings().spacy_model)
        docs, parse_seconds = parse(nlp, (text for _, text in texts))
    lines, quote_seconds = predict(names, docs)
    target = Path(out) if out is not None else Path("build") / f"polnear_{split}_dyads.jsonl"
    result: dict[str, Any] = dict(score(lines, folder, target, shared))
    result.update(
        articles=len(texts),
        parse_seconds=parse_seconds,
        quote_seconds=quote_seconds,
        predictions=str(target),
    )
    return result


if __name__ == "__main__":
    report = evaluate_polnear()
    for subset in ("direct", "all"):
        print(json.dumps(report[subset]))
    print(f"parse {report['parse_seconds']:.2f}s, quotes {report['quote_seconds']:.2f}s")


def evaluate_pipeline(
    split: str = "dev",
    *,
    part: Part = "all",
    shared: str | Path | None = None,
    out: str | Path | None = None,
) -> dict[str, Any]:
    """Run the whole dyads pipeline (article, actors, quotes, events) over a PolNeAR split.

    Unlike :func:`evaluate_polnear` (the quote stage alone over bare parses), this is what a
    user gets from ``dyads extract``: article structure, actor mentions resolving speakers.
    ``part`` takes one half of the split (:func:`dyads.evaluate.half`: ``tune`` or ``report``).

    Returns ``{"direct": direct quotations from the quotes alone, "direct_stances": from the
    quotes with the stances, "all": all attributions from the quotes with the stances (PolNeAR's
    notion of an attribution), "all_quotes": from the quotes alone, "articles", "failed",
    "seconds", "predictions"}``.
    """
    from dyads.errors import DyadsError
    from dyads.pipeline import Pipeline, analysis_doc
    from dyads.quotes import find_attributions
    from dyads.records import RawDocument

    folder = polnear_dir(split, shared)
    texts = load_texts(folder) if part == "all" else half(load_texts(folder), part)
    pipeline = Pipeline()
    quote_lines, all_lines, failed = [], [], 0
    started = time.perf_counter()
    for name, text in texts:
        quotes: Sequence[Quote] = []
        stances: Sequence[Quote] = []
        try:
            article = pipeline.build(RawDocument(source=name, content=text))
            doc = pipeline.nlp(analysis_doc(pipeline.nlp, article))  # as Pipeline.analyse
            article = pipeline.analyse_doc(article, doc)
            quotes = article.quotes
            stances = find_attributions(
                doc, article.mentions, published=article.published, body=article.body
            ).stances
        except DyadsError:
            failed += 1
        quote_lines.append({"article": name, "quotes": to_predictions(quotes)})
        all_lines.append({"article": name, "quotes": to_predictions([*quotes, *stances])})
    seconds = time.perf_counter() - started
    stem = f"polnear_{split}" + ("" if part == "all" else f"_{part}")
    target = Path(out) if out is not None else Path("build") / f"{stem}_pipeline.jsonl"
    names = None if part == "all" else [name for name, _ in texts]
    by_quotes = score(quote_lines, folder, target, shared, names)
    wide = target.with_name(target.stem + "_stances.jsonl")
    with_stances = score(all_lines, folder, wide, shared, names)
    return {
        "direct": by_quotes["direct"],
        "direct_stances": with_stances["direct"],
        "all": with_stances["all"],
        "all_quotes": by_quotes["all"],
        "articles": len(texts),
        "failed": failed,
        "seconds": seconds,
        "predictions": str(target),
    }
