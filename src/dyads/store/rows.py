"""Records to table rows (flat columns plus the full JSON record) and back."""

from __future__ import annotations

import json
from typing import Any

from dyads.records import Event, Mention, Quote, to_dict


def _json(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False)


def mention_row(article_id: str, idx: int, mention: Mention) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "idx": idx,
        "text": mention.text,
        "span_start": mention.span[0],
        "span_end": mention.span[1],
        "actor": mention.actor,
        "code": mention.code,
        "country": mention.country,
        "sector": mention.sector,
        "role": mention.role,
        "kind": mention.kind,
    }


def quote_row(article_id: str, idx: int, quote: Quote) -> dict[str, Any]:
    speaker, date = quote.speaker, quote.date
    return {
        "article_id": article_id,
        "idx": idx,
        "kind": quote.kind,
        "content": quote.content,
        "span_start": quote.span[0],
        "span_end": quote.span[1],
        "speaker_text": speaker.text if speaker else None,
        "speaker_actor": speaker.actor if speaker else None,
        "speaker_code": speaker.code if speaker else None,
        "cue": quote.cue.text if quote.cue else None,
        "medium": quote.medium,
        "addressee": quote.addressee,
        "date_start": date.start if date and date.anchored else None,
        "date_end": date.end if date and date.anchored else None,
        "confidence": quote.confidence,
        "record": _json(quote),
    }


def event_row(article_id: str, idx: int, event: Event) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "idx": idx,
        "source_actor": event.source.actor,
        "source_code": event.source.code,
        "source_country": event.source.country,
        "target_actor": event.target.actor,
        "target_code": event.target.code,
        "target_country": event.target.country,
        "cameo": event.cameo,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "date_start": event.date.start if event.date and event.date.anchored else None,
        "date_end": event.date.end if event.date and event.date.anchored else None,
        "date_precision": event.date.precision if event.date and event.date.anchored else None,
        "negated": event.negated,
        "evidence": event.evidence.sentence,
        "evidence_start": event.evidence.span[0],
        "evidence_end": event.evidence.span[1],
        "confidence": event.confidence,
        "record": _json(event),
    }


def extraction_rows(article_id: str, article: Any) -> dict[str, list[dict[str, Any]]]:
    """Rows for every extraction table, keyed by table name."""
    return {
        "mentions": [mention_row(article_id, i, m) for i, m in enumerate(article.mentions)],
        "quotes": [quote_row(article_id, i, q) for i, q in enumerate(article.quotes)],
        "events": [event_row(article_id, i, e) for i, e in enumerate(article.events)],
    }


def article_record(
    row: dict[str, Any],
    *,
    sources: list[dict[str, Any]],
    mentions: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    events: list[dict[str, Any]],
) -> dict[str, Any]:
    """Stored rows back to the record contract's Article form (plus status and sources)."""
    published = row["published"]
    return {
        "id": row["id"],
        "source": row["source"],
        "sources": [item["source"] for item in sources],
        "url": row["url"],
        "headline": row["headline"],
        "caption": row["caption"],
        "dateline": {
            "place": row["dateline_place"],
            "agency": row["dateline_agency"],
            "region": row.get("dateline_region"),
        },
        "published": published.isoformat() if published is not None else None,
        "language": row["language"],
        "status": row["status"],
        "reason": row["reason"],
        "text": row["text"],
        "body": [row["body_start"], row["body_end"]],
        "boilerplate": json.loads(row["boilerplate"]),
        "byline": row.get("byline"),
        "analysed": row.get("analysed", True) is not False,
        "analysis_note": row.get("analysis_note"),
        "mentions": [
            {
                "text": m["text"],
                "span": [m["span_start"], m["span_end"]],
                **{key: m[key] for key in ("actor", "code", "country", "sector", "role", "kind")},
            }
            for m in mentions
        ],
        "quotes": [json.loads(q["record"]) for q in quotes],
        "events": [json.loads(e["record"]) for e in events],
    }
