"""Synthetic news records for the dashboard's tests and benchmark (``benchmarks/dashboard.py``).

``synthetic_articles(n)`` writes ``n`` articles of our own making: each reports a few events
between coded actors ("Ruritania's government criticised Elbonia on Tuesday.") with their
evidence spans, a quotation with its speaker and cue, and the mentions behind both; about one
article in seven is a wire reprint of an earlier one's first event, so events have clusters.
Fixed seed; nothing read from anywhere. ``bulk_store`` writes them straight into the store's
tables (fast, for the 50,000-event benchmark); tests go through ``save_article``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dyads.records import (
    Article,
    Cue,
    DateSpan,
    Event,
    Evidence,
    Mention,
    Quote,
    Side,
    Speaker,
    spoken,
)
from dyads.store import open_store
from dyads.store.base import article_row
from dyads.store.rows import extraction_rows

COUNTRIES = [
    ("Ruritania", "RUR"),
    ("Elbonia", "ELB"),
    ("Freedonia", "FRD"),
    ("Sylvania", "SYL"),
    ("Latveria", "LTV"),
    ("Genovia", "GNV"),
    ("Krakozhia", "KRK"),
    ("Zubrowka", "ZUB"),
    ("Borduria", "BRD"),
    ("Syldavia", "SDV"),
    ("Tomainia", "TMN"),
    ("Osterlich", "OST"),
]
SECTORS = [("government", "GOV"), ("military", "MIL"), ("opposition", "OPP")]
PEOPLE = [
    "Anna Kovac",
    "Boris Lind",
    "Clara Osei",
    "Dmitri Vale",
    "Elena Roth",
    "Farid Nasser",
    "Greta Holm",
    "Hugo Brandt",
    "Ines Dube",
    "Jonas Weil",
    "Karin Aalto",
    "Lev Marin",
]
VERBS = [  # words, CAMEO code, root, quad class, Goldstein, PLOVER
    ("criticised", "111", "11", 3, -2.0, "ACCUSE"),
    ("praised", "051", "05", 1, 3.4, "SUPPORT"),
    ("met", "040", "04", 1, 1.0, "CONSULT"),
    ("threatened", "130", "13", 3, -4.4, "THREATEN"),
    ("sent aid to", "070", "07", 2, 7.0, "AID"),
    ("attacked", "190", "19", 4, -10.0, "ASSAULT"),
    ("accused", "112", "11", 3, -2.0, "ACCUSE"),
    ("agreed with", "030", "03", 1, 4.0, "AGREE"),
    ("expelled diplomats of", "161", "16", 3, -4.0, "REDUCE"),
]
OUTLETS = [
    "https://www.daily-ledger.example",
    "https://wire.example.org",
    "https://gazette.example",
    "https://courier.example.net",
    "https://herald.example",
]


def actors() -> list[tuple[str, str, str, str]]:
    """(words in the text, canonical name, code, country) of every synthetic actor."""
    found = []
    for country, iso in COUNTRIES:
        found.append((country, country, iso, iso))
        for sector, code in SECTORS:
            found.append((f"{country}'s {sector}", f"{country} {sector}", iso + code, iso))
    for i, person in enumerate(PEOPLE):
        country, iso = COUNTRIES[i % len(COUNTRIES)]
        found.append((person, person, iso + "GOV", iso))
    return found


def _side(text: str, at: int, actor: tuple[str, str, str, str]) -> Side:
    words, name, code, iso = actor
    return Side(words, (at, at + len(words)), name, code, iso, code[3:] or None)


def synthetic_articles(n: int, seed: int = 0, events_per_article: int = 5) -> list[Article]:
    """``n`` articles with about ``events_per_article`` events each (see the module doc)."""
    rng = random.Random(seed)
    cast = actors()
    first_day = date(2022, 1, 3)
    articles: list[Article] = []
    for i in range(n):
        day = first_day + timedelta(days=rng.randrange(730))
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        if articles and rng.random() < 0.15:
            original = articles[rng.randrange(len(articles))]
            if original.events:
                articles.append(_reprint(original, i, outlet))
                continue
        parts: list[str] = [f"Tensions and talks, report {i}\n\n"]
        events, mentions = [], []
        for _ in range(events_per_article):
            src, tgt = rng.sample(cast, 2)
            verb = VERBS[rng.randrange(len(VERBS))]
            start = sum(len(p) for p in parts)
            sentence = f"{src[0]} {verb[0]} {tgt[0]} on {day.strftime('%A')}."
            tgt_at = start + len(src[0]) + len(verb[0]) + 2
            source, target = _side(sentence, start, src), _side(sentence, tgt_at, tgt)
            events.append(
                Event(
                    source,
                    target,
                    verb[1],
                    verb[2],
                    verb[3],
                    verb[4],
                    verb[5],
                    DateSpan(day.isoformat(), day.isoformat(), "day", None, "published"),
                    False,
                    Evidence(sentence, (start, start + len(sentence))),
                    round(rng.uniform(0.4, 0.95), 2),
                )
            )
            for side, who in ((source, src), (target, tgt)):
                mentions.append(
                    Mention(
                        side.text,
                        side.span,
                        who[1],
                        who[2],
                        who[3],
                        who[2][3:] or None,
                        None,
                        "person" if who[1] in PEOPLE else "country",
                    )
                )
            parts.append(sentence + "\n\n")
        speaker = cast[rng.randrange(len(cast))]
        start = sum(len(p) for p in parts) + 1
        content = f"We will answer report {i} with patience and resolve"
        line = f"“{content},” {speaker[0]} said.\n"
        speaker_at = start + len(content) + 3
        cue_at = speaker_at + len(speaker[0]) + 1
        parts.append(line)
        text = "".join(parts)
        quote = Quote(
            "direct",
            content,
            (start, start + len(content)),
            Speaker(speaker[0], (speaker_at, speaker_at + len(speaker[0])), speaker[1], speaker[2]),
            Cue("said", (cue_at, cue_at + 4)),
            date=DateSpan(day.isoformat(), day.isoformat(), "day", None, "published"),
            confidence=round(rng.uniform(0.5, 1.0), 2),
        )
        articles.append(
            Article(
                id=f"syn-{i:06d}",
                source=f"synthetic/{i}.txt",
                text=text,
                body=(len(parts[0]), len(text)),
                url=f"{outlet}/news/{i}",
                headline=f"Tensions and talks, report {i}",
                published=day.isoformat(),
                language="en",
                mentions=mentions,
                quotes=[quote],
                events=events,
            )
        )
    return articles


def _reprint(original: Article, i: int, outlet: str) -> Article:
    """A wire copy of ``original``'s first event, published a day later."""
    event = original.events[0]
    head = f"Wire: report {i}\n\n"
    text = head + event.evidence.sentence + "\n"
    shift = len(head) - event.evidence.span[0]

    def moved(side: Side) -> Side:
        return Side(
            side.text,
            (side.span[0] + shift, side.span[1] + shift),
            side.actor,
            side.code,
            side.country,
            side.sector,
        )

    published = date.fromisoformat(original.published or "2022-01-01") + timedelta(days=1)
    copy = Event(
        moved(event.source),
        moved(event.target),
        event.cameo,
        event.root,
        event.quad_class,
        event.goldstein,
        event.plover,
        event.date,
        False,
        Evidence(event.evidence.sentence, (len(head), len(head) + len(event.evidence.sentence))),
        event.confidence,
    )
    return Article(
        id=f"syn-{i:06d}",
        source=f"synthetic/{i}.txt",
        text=text,
        body=(len(head), len(text)),
        url=f"{outlet}/wire/{i}",
        headline=f"Wire: report {i}",
        published=published.isoformat(),
        language="en",
        events=[copy],
    )


def bulk_store(url: str, articles: list[Article], chunk: int = 2000) -> dict[str, int]:
    """Write ``articles`` into the store's tables directly (no dedup index, clusters set
    here: a reprint's event joins its original's), ``chunk`` articles per transaction."""
    from datetime import UTC, datetime

    now = datetime.now(UTC).replace(tzinfo=None)
    by_sentence: dict[tuple[str, str], str] = {}
    counts = {"articles": 0, "events": 0, "quotes": 0, "mentions": 0}
    with open_store(url) as store:
        for at in range(0, len(articles), chunk):
            tables: dict[str, list[dict[str, Any]]] = {
                "articles": [],
                "mentions": [],
                "quotes": [],
                "events": [],
            }
            for article in articles[at : at + chunk]:
                row = article_row(article) | {
                    "status": "processed",
                    "reason": None,
                    "ingested_at": now,
                    "duplicate_of": None,
                }
                tables["articles"].append(row)
                rows = extraction_rows(article.id, article)
                for idx, event_row in enumerate(rows["events"]):
                    key = (event_row["evidence"], event_row["cameo"])
                    event_row["cluster"] = by_sentence.setdefault(key, f"{article.id}:{idx}")
                for table, found in rows.items():
                    tables[table] += found
            with store.transaction():
                for table, found in tables.items():
                    store.insert(table, found)
                    counts[table] += len(found)
    return counts


def test_synthetic_spans_point_at_their_words() -> None:
    articles = synthetic_articles(40)
    assert sum(len(a.events) for a in articles) > 100
    assert any(
        a.id != a.events[0].evidence.sentence and a.headline.startswith("Wire") for a in articles
    )
    for article in articles:
        text = article.text
        for event in article.events:
            start, end = event.evidence.span
            assert text[start:end] == event.evidence.sentence
            for side in (event.source, event.target):
                assert text[side.span[0] : side.span[1]] == side.text
        for quote in article.quotes:
            assert spoken(text, quote.span, quote.gap) == quote.content
            assert (
                quote.speaker
                and text[quote.speaker.span[0] : quote.speaker.span[1]] == quote.speaker.text
            )
            assert quote.cue and text[quote.cue.span[0] : quote.cue.span[1]] == "said"
        for mention in article.mentions:
            assert text[mention.span[0] : mention.span[1]] == mention.text
