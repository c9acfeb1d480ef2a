"""Pieces every store backend shares: migrations, statement splitting, article rows."""

from __future__ import annotations

import json
from enum import Enum
from importlib import resources
from typing import Any

from dyads.records import Article, to_dict


class SaveResult(Enum):
    STORED = "stored"
    UNCHANGED = "unchanged"


def migrations() -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` of every migration, in order."""
    folder = resources.files("dyads.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name.removesuffix(".sql").partition("_")
            found.append((int(number), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def split_statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "headline": article.headline,
        "caption": article.caption,
        "dateline_place": article.dateline.place,
        "dateline_agency": article.dateline.agency,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "body_start": article.body[0],
        "body_end": article.body[1],
        "boilerplate": json.dumps(to_dict(article.boilerplate), ensure_ascii=False),
        "byline": article.byline,
        "analysed": article.analysed,
        "analysis_note": article.analysis_note,
    }
