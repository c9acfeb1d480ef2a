"""Stored articles the language stages did not run on, and their analysis written in place.

An article in a language no installed model served is stored with ``analysed = FALSE``
(migration 0006). When a model serves the language, ``dyads reanalyse`` reads those articles
back (:func:`unanalysed_articles`) and writes their mentions, quotes and events in place
(:func:`replace_analysis`); the article row, its id and its sources stay as they were.
"""

from __future__ import annotations

import json
from typing import Any

from dyads.records import Article, Boilerplate, Dateline
from dyads.store.rows import extraction_rows
from dyads.store.sql import SqlStore


def unanalysed_counts(store: SqlStore) -> dict[str, int]:
    """Stored articles the language stages did not run on, by language code."""
    rows = store.query(
        "SELECT COALESCE(language, '') AS language, count(*) AS n FROM articles "
        "WHERE analysed = FALSE GROUP BY 1 ORDER BY 2 DESC, 1"
    )
    return {row["language"] or "unknown": int(row["n"]) for row in rows}


def unanalysed_articles(store: SqlStore, language: str) -> list[Article]:
    """The stored articles of ``language`` not analysed yet, oldest first, as Articles."""
    rows = store.query(
        "SELECT * FROM articles WHERE language = ? AND analysed = FALSE ORDER BY ingested_at, id",
        [language],
    )
    return [_article(row) for row in rows]


def replace_analysis(
    store: SqlStore, article: Article, actors: list[dict[str, Any]] | None = None
) -> None:
    """Write ``article``'s mentions, quotes and events in place of any stored for it, mark it
    analysed, and save the actor-memory rows it taught; one transaction."""
    rows = extraction_rows(article.id, article)
    with store.transaction():
        store.changed_article(article.id)
        for table in ("mentions", "quotes", "events"):
            store.execute(f"DELETE FROM {table} WHERE article_id = ?", [article.id])
        taken: set[str] = set()
        for idx, (event, row) in enumerate(zip(article.events, rows["events"], strict=True)):
            row["cluster"] = store._cluster_of(article.id, idx, event, taken)
            taken.add(row["cluster"])
        for table, table_rows in rows.items():
            store.insert(table, table_rows)
        store.execute(
            "UPDATE articles SET analysed = ?, analysis_note = ? WHERE id = ?",
            [article.analysed, article.analysis_note, article.id],
        )
        store.save_actors(actors or [])


def _article(row: dict[str, Any]) -> Article:
    published = row["published"]
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        body=(int(row["body_start"]), int(row["body_end"])),
        url=row["url"],
        headline=row["headline"],
        caption=row["caption"],
        dateline=Dateline(
            row["dateline_place"], row["dateline_agency"], row.get("dateline_region")
        ),
        published=published.isoformat() if published is not None else None,
        language=row["language"],
        boilerplate=[
            Boilerplate(item["text"], tuple(item["span"]), item.get("kind", "furniture"))
            for item in json.loads(row["boilerplate"])
        ],
        byline=row.get("byline"),
        analysed=bool(row.get("analysed", True)),
        analysis_note=row.get("analysis_note"),
    )
