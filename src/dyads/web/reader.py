"""The article reader: an article's text with every mention, quote and event as spans
(character offsets into ``text``), so the page can highlight them in place and list them
beside it."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from dyads.database import Database
from dyads.web.common import QUAD_NAMES, cameo_name, code_label


def _span(part: dict[str, Any] | None) -> list[int] | None:
    span = (part or {}).get("span")
    return [int(span[0]), int(span[1])] if span and span[0] is not None else None


def outlet(url: str | None, agency: str | None) -> str | None:
    """An article's outlet as the filters name it: its URL's host without ``www.``, else its
    dateline's agency."""
    host = urlsplit(url).netloc.lower() if isinstance(url, str) and "://" in url else ""
    return (host[4:] if host.startswith("www.") else host) or (
        agency if isinstance(agency, str) else None
    )


def article_view(db: Database, article_id: str) -> dict[str, Any] | None:
    """``{id, headline, published, url, outlet, dateline, text, body, mentions, quotes,
    events}``; each fact carries ``idx`` (its position in the article, as the other
    endpoints name it), ``span`` and what the page lists beside the text."""
    record = db.article(article_id)
    if record is None:
        return None
    mentions = [
        {
            "idx": i,
            "span": m["span"],
            "text": m["text"],
            "actor": m["actor"],
            "code": m["code"],
            "label": code_label(m["code"]),
            "kind": m["kind"],
        }
        for i, m in enumerate(record["mentions"])
    ]
    quotes = []
    for i, q in enumerate(record["quotes"]):
        speaker = q.get("speaker") or {}
        quotes.append(
            {
                "idx": i,
                "span": _span(q),
                "kind": q["kind"],
                "content": q["content"],
                "gap": q.get("gap"),  # the attribution inside the span, not in the content
                "speaker": speaker.get("actor") or speaker.get("text"),
                "speaker_code": speaker.get("code"),
                "speaker_span": _span(speaker),
                "cue": (q.get("cue") or {}).get("text"),
                "cue_span": _span(q.get("cue")),
                "medium": q.get("medium"),
            }
        )
    events = []
    for i, e in enumerate(record["events"]):
        sides = {}
        for side in ("source", "target"):
            part = e.get(side) or {}
            sides[side] = {
                "name": part.get("actor") or part.get("text"),
                "code": part.get("code"),
                "label": code_label(part.get("code")),
                "span": _span(part),
            }
        evidence = e.get("evidence") or {}
        events.append(
            {
                "idx": i,
                "span": _span(evidence),
                "sentence": evidence.get("sentence"),
                **sides,
                "cameo": e["cameo"],
                "cameo_name": cameo_name(e["cameo"]),
                "goldstein": e["goldstein"],
                "quad_class": e["quad_class"],
                "quad_name": QUAD_NAMES.get(e["quad_class"]),
                "plover": e.get("plover"),
                "negated": bool(e.get("negated")),
                "date": (e.get("date") or {}).get("start"),
                "confidence": e.get("confidence"),
            }
        )
    dateline = record.get("dateline") or {}
    return {
        "id": record["id"],
        "headline": record["headline"],
        "published": record["published"],
        "url": record["url"],
        "outlet": outlet(record["url"], dateline.get("agency")),
        "dateline": dateline,
        "status": record["status"],
        "text": record["text"],
        "body": record["body"],
        "mentions": mentions,
        "quotes": quotes,
        "events": events,
    }
