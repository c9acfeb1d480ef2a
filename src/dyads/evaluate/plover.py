"""PLOVER gold-standard records: event category and source/target countries of the main event.

Reads ``../shared/eval/plover_gsr/<split>.json`` (never copied into the repo). Each record is one
sentence with an event category (PLOVER, some under their pre-2021 names: DEMAND, DISAPPROVE,
INVESTIGATE, FIGHT) and source/target actors with country codes (``IGO``/``NGO`` for
organisations). The sentence is coded with no publication date; the *main* event (see
:func:`dyads.events.sentences.main_event`) is compared with the record. A record is right when
the category matches (current or legacy name), the source country is one of the gold sources
and the target country one of the gold targets (any target when the record names none).

Conventions read off the records: a gold actor's ``code`` is an ISO 3166 alpha-3 country (CAMEO's
``JAP`` for Japan), or ``IGO``/``NGO`` for an organisation with no country. The records do not
keep the two apart (Amnesty International is ``IGO``, a human rights group ``NGO``), so both
count as one class, "organisation": a predicted ``IGO…`` or ``NGO…`` code matches either. A
predicted side is compared by its country, else by the first three letters of its code.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from spacy.language import Language

from dyads.evaluate import EvalDataMissing, Part, half, shared_dir
from dyads.events.ontology import cameo
from dyads.events.sentences import code_sentences, load_nlp, main_event
from dyads.records import Event, Side

__all__ = ["evaluate", "load_records"]

# the records use CAMEO's own country code where it differs from ISO 3166 alpha-3
_CAMEO_COUNTRY = {"JAP": "JPN"}


def load_records(split: str = "dev", shared: str | Path | None = None) -> list[dict[str, Any]]:
    path = shared_dir(shared) / "eval" / "plover_gsr" / f"{split}.json"
    if not path.is_file():
        raise EvalDataMissing(f"PLOVER gold-standard records not found: {path}")
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("text") and r.get("event") != "DOCUMENT"]


_ORGANISATION = "IGO"  # the one class the IGO and NGO gold codes fall in


def _norm(code: str) -> str:
    code = _CAMEO_COUNTRY.get(code, code)
    return _ORGANISATION if code in ("IGO", "NGO") else code


def _gold_codes(value: Any) -> set[str]:
    if not isinstance(value, list):
        return set()
    codes = {str(a.get("code") or "").strip().upper() for a in value}
    return {_norm(c) for c in codes if c}


def _side_code(side: Side) -> str:
    code = (side.code or "").upper()
    if code.startswith(("IGO", "NGO")):
        return _ORGANISATION
    return _norm(side.country or code[:3])


def _category_ok(event: Event, gold: str) -> bool:
    entry = cameo(event.cameo)
    return gold in {entry.plover, entry.plover_legacy}


def _right(event: Event, record: dict[str, Any]) -> dict[str, bool]:
    sources, targets = _gold_codes(record.get("source")), _gold_codes(record.get("target"))
    src, tgt = _side_code(event.source), _side_code(event.target)
    return {
        "category": _category_ok(event, record["event"]),
        "source": src in sources,
        "target": not targets or tgt in targets,
    }


def evaluate(
    split: str = "dev",
    *,
    part: Part = "report",
    limit: int | None = None,
    shared: str | Path | None = None,
    nlp: Language | None = None,
    details: bool = False,
) -> dict[str, Any]:
    """Figures over one half of the split (:func:`dyads.evaluate.half`; first ``limit`` records
    of it when given)."""
    records = half(load_records(split, shared), part)[: limit or None]
    nlp = nlp or load_nlp()
    began = time.perf_counter()
    counts = {"category": 0, "dyad": 0, "full": 0, "any_full": 0, "coded": 0}
    rows: list[dict[str, Any]] = []
    for record, result in zip(
        records, code_sentences(nlp, (r["text"] for r in records)), strict=True
    ):
        main = main_event(result)
        verdicts = [_right(c.event, record) for c in result.coded]
        if main is not None:
            counts["coded"] += 1
            right = _right(main.event, record)
            counts["category"] += right["category"]
            counts["dyad"] += right["source"] and right["target"]
            counts["full"] += all(right.values())
        counts["any_full"] += any(all(v.values()) for v in verdicts)
        if details:
            rows.append(
                {
                    "id": record["id"],
                    "gold": record["event"],
                    "text": record["text"],
                    "main": None
                    if main is None
                    else (
                        main.event.source.code,
                        main.event.target.code,
                        main.event.cameo,
                        cameo(main.event.cameo).plover_legacy or main.event.plover,
                    ),
                }
            )
    n = len(records)
    figures: dict[str, Any] = {
        "part": part,
        "records": n,
        "coded": counts["coded"],
        "category_accuracy": counts["category"] / n if n else 0.0,
        "dyad_accuracy": counts["dyad"] / n if n else 0.0,
        "accuracy": counts["full"] / n if n else 0.0,
        "any_event_accuracy": counts["any_full"] / n if n else 0.0,
        "seconds": round(time.perf_counter() - began, 2),
    }
    if details:
        figures["rows"] = rows
    return figures
