"""What every store backend offers, and the migrations they share."""

from __future__ import annotations

import json
from enum import Enum
from importlib import resources
from typing import Any, Protocol

from dyads.records import Article, Failure, to_dict


class SaveResult(Enum):
    STORED = "stored"
    UNCHANGED = "unchanged"


class Store(Protocol):
    def save_article(
        self, article: Article, *, status: str = "processed", reason: str | None = None
    ) -> SaveResult: ...
    def has_article(self, article_id: str) -> bool: ...
    def save_failure(self, failure: Failure) -> None: ...
    def article(self, article_id: str) -> dict[str, Any] | None: ...
    def latest_articles(self, limit: int = 10) -> list[dict[str, Any]]: ...
    def failures(self) -> list[dict[str, Any]]: ...
    def counts(self) -> dict[str, int]: ...
    def schema_version(self) -> int: ...
    def close(self) -> None: ...


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
    }
