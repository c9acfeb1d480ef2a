"""Actor countries on the PLOVER gold records, measured on the actors stage alone.

The ``dyads eval plover`` figure scores the sentence's main *event*, so it also moves with the
events stage. This measure asks only the actors stage: of the gold source and target actors of
each record (``actorText`` with an ISO3 ``code``, or ``IGO``/``NGO``), how many are covered by a
mention with the right country. A gold actor is located at the first whole-word occurrence of
its ``actorText`` in the sentence (as written, else ignoring case); it is right when some
mention overlapping that span has the gold country (``mention.country``, else the first three
letters of its code), or, for an ``IGO``/``NGO`` gold code, an ``IGO…``/``NGO…`` code. Gold
actors whose text is not in the sentence are counted apart (``unlocated``) and stay in the
denominator as wrong.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from spacy.language import Language

from dyads.evaluate import Part, half
from dyads.evaluate.plover import load_records
from dyads.records import Mention

__all__ = ["evaluate_actor_countries"]

_CAMEO_COUNTRY = {"JAP": "JPN"}


def _mention_code(mention: Mention) -> str | None:
    code = (mention.code or "").upper()
    if code.startswith(("IGO", "NGO")):
        return "IGO"
    return mention.country or (code[:3] if len(code) >= 3 else None)


def _gold_code(code: str) -> str:
    code = _CAMEO_COUNTRY.get(code.strip().upper(), code.strip().upper())
    return "IGO" if code in ("IGO", "NGO") else code


def _locate(text: str, words: str) -> tuple[int, int] | None:
    pattern = r"(?<!\w)" + re.escape(words) + r"(?!\w)"
    found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return found.span() if found else None


def evaluate_actor_countries(
    split: str = "dev",
    *,
    part: Part = "report",
    shared: str | Path | None = None,
    nlp: Language | None = None,
    details: bool = False,
) -> dict[str, Any]:
    """Share of gold source/target actors that get a mention with the right country.

    Returns ``{"part", "records", "actors", "right", "unlocated", "share", "seconds"}`` (and
    ``rows``: one per wrong gold actor with the mentions over it, when ``details``; read them
    only for the ``tune`` half). Raises :class:`~dyads.evaluate.EvalDataMissing` without data.
    """
    from dyads.actors import find_mentions
    from dyads.events.sentences import load_nlp

    records = half(load_records(split, shared), part)
    nlp = nlp or load_nlp()
    began = time.perf_counter()
    total = right = unlocated = 0
    rows: list[dict[str, Any]] = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        mentions = find_mentions(doc)
        text = record["text"]
        for side in ("source", "target"):
            for gold in record.get(side) or []:
                words, code = str(gold.get("actorText") or ""), str(gold.get("code") or "")
                if not words or not code:
                    continue
                total += 1
                span = _locate(text, words)
                if span is None:
                    unlocated += 1
                    continue
                over = [m for m in mentions if m.span[0] < span[1] and span[0] < m.span[1]]
                ok = any(_mention_code(m) == _gold_code(code) for m in over)
                right += ok
                if details and not ok:
                    rows.append(
                        {
                            "id": record["id"],
                            "side": side,
                            "gold": (words, code),
                            "mentions": [(m.text, m.code, m.country) for m in over],
                            "text": text,
                        }
                    )
    figures: dict[str, Any] = {
        "part": part,
        "records": len(records),
        "actors": total,
        "right": right,
        "unlocated": unlocated,
        "share": right / total if total else 0.0,
        "seconds": round(time.perf_counter() - began, 2),
    }
    if details:
        figures["rows"] = rows
    return figures
