"""Near-duplicate articles are linked; events reported twice share one cluster."""

from __future__ import annotations

from dataclasses import replace

from dyads.dedup import signature
from dyads.records import Article, DateSpan, Event, Evidence, Side
from dyads.store import open_store

BODY = (
    "Russia criticised Armenia on Thursday for deepening its ties with NATO, saying the "
    "country was trading a time-tested alliance for vague promises from the West. The "
    "foreign ministry in Moscow said the drills held in September were a step too far, and "
    "that Yerevan would bear responsibility for the consequences of its choice."
)


def _event(start: str, end: str, cameo: str = "111") -> Event:
    return Event(
        source=Side("Russia", (0, 6), "Russia", "RUS", "RUS", None),
        target=Side("Armenia", (18, 25), "Armenia", "ARM", "ARM", None),
        cameo=cameo, root=cameo[:2], quad_class=3, goldstein=-2.0, plover="DISAPPROVE",
        date=DateSpan(start, end, "day" if start == end else "range"), negated=False,
        evidence=Evidence(BODY[:80], (0, 80)),
    )  # fmt: skip


def _article(article_id: str, text: str, events: list[Event]) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=text, body=(0, len(text)),
                   events=events)  # fmt: skip


def test_signature_similarity_separates_reprints_from_other_stories() -> None:
    reprint = BODY.replace("Thursday", "Thursday evening") + " Subscribe for more."
    other = "Japan and South Korea agreed to share missile warning data in real time."
    assert signature(BODY).jaccard(signature(reprint)) > 0.6
    assert signature(BODY).jaccard(signature(other)) < 0.1


def test_reprint_under_another_id_is_linked_and_its_events_merged(store_url: str) -> None:
    store = open_store(store_url)
    try:
        store.save_article(_article("first", BODY, [_event("2023-12-28", "2023-12-28")]))
        reprint = _article("reprint", BODY + "\n\nGet the Weekly in your inbox:", [
            _event("2023-12-27", "2023-12-28"),
            _event("2023-12-28", "2023-12-28", cameo="036"),
        ])  # fmt: skip
        store.save_article(reprint)
        other = _article("other", "Japan and South Korea met in Tokyo on Tuesday to talk.",
                         [_event("2023-06-01", "2023-06-01")])  # fmt: skip
        store.save_article(other)
        rows = {
            r["id"]: r["duplicate_of"] for r in store.query("SELECT id, duplicate_of FROM articles")
        }
        assert rows == {"first": None, "reprint": "first", "other": None}
        clusters = store.query(
            "SELECT cluster, count(*) AS reports, count(DISTINCT article_id) AS articles "
            "FROM events GROUP BY cluster ORDER BY reports DESC, cluster"
        )
        # the 111 event reported by both copies is one cluster with two sources; the 036
        # (another CAMEO root) and the June event (another date) stay apart
        assert [(c["reports"], c["articles"]) for c in clusters] == [(2, 2), (1, 1), (1, 1)]
    finally:
        store.close()


def test_duplicate_index_survives_reopening_the_store(store_url: str) -> None:
    store = open_store(store_url)
    store.save_article(_article("first", BODY, []))
    store.close()
    store = open_store(store_url)
    try:
        store.save_article(replace(_article("second", BODY + " (Reuters)", []), source="b.txt"))
        found = store.query("SELECT duplicate_of FROM articles WHERE id = 'second'")
        assert found == [{"duplicate_of": "first"}]
    finally:
        store.close()
