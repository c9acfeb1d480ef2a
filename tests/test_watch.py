"""``dyads watch``: conditional polls, only new entries, failures that do not stop the loop,
and a restart that loses nothing and duplicates nothing. Feeds come from 127.0.0.1 only."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.cli import app
from dyads.store import open_store
from dyads.store.watch_state import WatchState
from dyads.watch import parse_interval, poll_feed, poll_feeds, read_feed_list, watch
from test_sources_web import (
    RSS,
    STORY,
    LocalServer,
    Route,
    StubPipeline,
    local_fetcher,
    local_server,
    page,
    rss,
)


@pytest.fixture
def web() -> Iterator[LocalServer]:
    with local_server() as server:
        yield server


DAYS = ["Mon, 25 Dec 2023", "Tue, 26 Dec 2023", "Wed, 27 Dec 2023", "Thu, 28 Dec 2023"]
CITIES = ["Vienna", "Oslo", "Lisbon", "Dublin", "Madrid"]


def items(server: LocalServer, count: int) -> list[tuple[str, str, str, str]]:
    """``count`` entries with full text (no page fetch), each a different story."""
    return [
        (
            f"id-{n}",
            server.url(f"/story/{n}"),
            f"{DAYS[n % 4]} 10:00:00 GMT",
            " ".join([STORY.replace("Vienna", CITIES[n])] * 4),
        )
        for n in range(count)
    ]


def serve_feed(server: LocalServer, count: int, version: str) -> None:
    server.routes["/feed"] = Route(rss(items(server, count)), headers=RSS | {"ETag": version})


def test_parse_interval() -> None:
    assert parse_interval("15m") == 900
    assert parse_interval("1h30m") == 5400
    assert parse_interval("45") == 45
    assert parse_interval("2d") == 172_800
    for bad in ("", "soon", "15 minutes", "m15"):
        with pytest.raises(ValueError):
            parse_interval(bad)


def test_read_feed_list(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text(
        "# my feeds\nhttps://a.example/rss  # world news\n\nhttps://b.example/atom\n"
        "https://a.example/rss\n",
        encoding="utf-8",
    )
    assert read_feed_list(path) == ["https://a.example/rss", "https://b.example/atom"]
    path.write_text("ftp://nope.example/feed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"feeds\.txt:1"):
        read_feed_list(path)


def test_only_new_entries_are_ingested(web: LocalServer, store_url: str) -> None:
    serve_feed(web, 2, '"v1"')
    pipeline = StubPipeline()
    with open_store(store_url) as store, local_fetcher() as fetcher:
        poll = dict(store=store, pipeline=pipeline, fetcher=fetcher)
        first = poll_feed(web.url("/feed"), **poll)  # type: ignore[arg-type]
        assert (first.status, first.entries, first.new) == ("fetched", 2, 2)
        assert first.summary.counts["stored"] == 2
        # unchanged feed: a conditional request, answered 304, nothing read
        second = poll_feed(web.url("/feed"), **poll)  # type: ignore[arg-type]
        assert (second.status, second.new) == ("not modified", 0)
        assert web.requests[-1][1].get("If-None-Match") == '"v1"'
        # the feed gains one entry: only that one goes through the pipeline
        serve_feed(web, 3, '"v2"')
        third = poll_feed(web.url("/feed"), **poll)  # type: ignore[arg-type]
        assert (third.status, third.entries, third.new) == ("fetched", 3, 1)
        assert len(pipeline.analysed) == 3
        assert store.count("articles") == 3
        assert len(WatchState(store).items(web.url("/feed"))) == 3
        published = {
            r["published"].isoformat() for r in store.query("SELECT published FROM articles")
        }
        assert published == {"2023-12-25", "2023-12-26", "2023-12-27"}


class Crash(BaseException):
    """The process dies (not an error the pipeline would catch)."""


class CrashingPipeline(StubPipeline):
    def __init__(self, crash_at: int) -> None:
        super().__init__()
        self.crash_at = crash_at

    def analyse(self, article):  # type: ignore[no-untyped-def]
        if len(self.analysed) + 1 == self.crash_at:
            raise Crash
        return super().analyse(article)


def test_restart_mid_way_loses_nothing_and_duplicates_nothing(
    web: LocalServer, store_url: str
) -> None:
    serve_feed(web, 5, '"v1"')
    db = store_url
    crashing = CrashingPipeline(crash_at=3)
    with open_store(db) as store, local_fetcher() as fetcher, pytest.raises(Crash):
        for _ in watch(
            [web.url("/feed")], store=store, pipeline=crashing, fetcher=fetcher, once=True
        ):
            pass
    assert len(crashing.analysed) == 2
    # restart: a fresh process with the same store
    pipeline = StubPipeline()
    with open_store(db) as store, local_fetcher() as fetcher:
        reports = list(
            watch([web.url("/feed")], store=store, pipeline=pipeline, fetcher=fetcher, once=True)
        )
        assert len(reports) == 1
        assert reports[0].feeds[0].new == 3
        assert len(pipeline.analysed) == 3, "the two entries stored before the crash are skipped"
        assert store.count("articles") == 5
        assert store.count("article_sources") == 5
        keys = [row["item_key"] for row in WatchState(store).items()]
        assert sorted(keys) == [f"id-{n}" for n in range(5)]
        # the validators were saved only now, when every entry is handled
        assert WatchState(store).feed(web.url("/feed")).etag == '"v1"'


def test_feed_down_or_garbage_leaves_failures_and_the_loop_goes_on(
    web: LocalServer, tmp_path: Path
) -> None:
    serve_feed(web, 2, '"v1"')
    web.routes["/garbage"] = Route(b"\x00\x01 this is not a feed", headers=RSS)
    web.routes["/down"] = Route(b"Service Unavailable", status=503)
    feeds = [web.url("/down"), web.url("/garbage"), web.url("/feed")]
    pipeline = StubPipeline()
    with open_store(str(tmp_path / "s.duckdb")) as store, local_fetcher() as fetcher:
        reports = list(
            watch(feeds, store=store, pipeline=pipeline, fetcher=fetcher, every=0, max_cycles=2)
        )
        assert len(reports) == 2
        first = {f.url: f for f in reports[0].feeds}
        assert first[web.url("/down")].status == "failed"
        assert first[web.url("/garbage")].status == "failed"
        assert first[web.url("/feed")].summary.counts["stored"] == 2
        failures = {row["source"]: row["reason"] for row in store.failures()}
        assert "HTTP 503" in failures[web.url("/down")]
        assert "not an RSS or Atom feed" in failures[web.url("/garbage")]
        state = WatchState(store)
        assert state.feed(web.url("/down")).errors_in_row == 2
        # the feed recovers: its failure row goes, its error count resets
        serve_feed(web, 1, '"x1"')
        web.routes["/down"] = web.routes["/feed"]
        poll_feeds(
            [web.url("/down")],
            store=store,
            pipeline=pipeline,
            fetcher=fetcher,
            respect_backoff=False,
        )
        assert state.feed(web.url("/down")).errors_in_row == 0
        assert web.url("/down") not in {row["source"] for row in store.failures()}


def test_failing_feed_backs_off(web: LocalServer, tmp_path: Path) -> None:
    web.routes["/down"] = Route(b"", status=500)
    with open_store(str(tmp_path / "s.duckdb")) as store, local_fetcher() as fetcher:
        poll = dict(store=store, pipeline=StubPipeline(), fetcher=fetcher, every=3600.0)
        assert poll_feed(web.url("/down"), **poll).status == "failed"  # type: ignore[arg-type]
        assert poll_feed(web.url("/down"), **poll).status == "backing off"  # type: ignore[arg-type]
    assert web.hits("/down") == 1


def test_page_failing_for_now_is_retried(web: LocalServer, tmp_path: Path) -> None:
    web.routes["/feed"] = Route(
        rss([("t1", web.url("/story/t1"), "Thu, 28 Dec 2023 10:00:00 GMT", "A teaser.")]),
        headers=RSS | {"ETag": '"v1"'},
    )
    web.routes["/story/t1"] = Route(b"busy", status=503)
    with open_store(str(tmp_path / "s.duckdb")) as store, local_fetcher() as fetcher:
        poll = dict(store=store, pipeline=StubPipeline(), fetcher=fetcher)
        first = poll_feed(web.url("/feed"), **poll)  # type: ignore[arg-type]
        assert first.summary.counts["retry"] == 1
        assert "HTTP 503" in store.failures()[0]["reason"]
        assert WatchState(store).feed(web.url("/feed")).etag is None  # no 304 next time
        web.routes["/story/t1"] = Route(page("Oslo talks", STORY.replace("Vienna", "Oslo")))
        second = poll_feed(web.url("/feed"), **poll)  # type: ignore[arg-type]
        assert second.summary.counts["stored"] == 1
        assert store.failures() == []
        [row] = store.query("SELECT url, published, headline FROM articles")
        assert row["url"] == web.url("/story/t1") and row["published"].isoformat() == "2023-12-28"


def test_watch_command_once(web: LocalServer, tmp_path: Path) -> None:
    serve_feed(web, 2, '"v1"')
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(web.url("/feed") + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    refused = CliRunner().invoke(app, ["watch", str(feeds), "--once", "--db", db])
    assert refused.exit_code == 1, "every feed failed: a script must be able to tell"
    (line,) = refused.stderr.splitlines()
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  +failed  ", line), line
    assert "loopback" in line
    result = CliRunner().invoke(
        app, ["watch", str(feeds), "--once", "--db", db, "--allow-private-addresses"]
    )
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert store.count("articles") == 2
        assert store.failures() == []


def test_digest_after_each_cycle_and_mail_failures_do_not_stop_it(
    web: LocalServer, tmp_path: Path
) -> None:
    from dyads.alerts import AlertConfig, SmtpConfig, Watch
    from test_alerts import ACCUSE, NOISE, make_article

    serve_feed(web, 1, '"v1"')
    watched = (Watch("ARM-RUS", dyad=("ARM", "RUS")),)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    unreachable = SmtpConfig(host="127.0.0.1", port=closed, to=("a@example.org",), timeout=5)
    folder = tmp_path / "digests"
    with open_store(str(tmp_path / "s.duckdb")) as store, local_fetcher() as fetcher:
        store.save_article(
            make_article(
                "e1", [ACCUSE, NOISE], [(0, "RUSGOV", "112", "ARMGOV", -2.0, "2023-12-28")]
            )
        )
        run = dict(store=store, pipeline=StubPipeline(), fetcher=fetcher)
        failed = poll_feeds(
            [web.url("/feed")],
            **run,
            alerts=AlertConfig(watched, digest_dir=folder, smtp=unreachable),
        )  # type: ignore[arg-type]
        assert failed.digest is None
        assert failed.feeds[0].summary.counts["stored"] == 1, "the feed was still ingested"
        assert "could not write or send" in store.failures()[0]["reason"]
        sent = poll_feeds([web.url("/feed")], **run, alerts=AlertConfig(watched, digest_dir=folder))  # type: ignore[arg-type]
        assert sent.digest is not None and [i.key for i in sent.digest.items] == ["e1:0"]
        # written both times (the first one could not be mailed), under distinct names
        assert len(list(folder.glob("*.md"))) == 2
        assert sent.digest.files[0].exists()


def test_page_down_for_good_is_given_up(
    web: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dyads.watch.MAX_ATTEMPTS", 2)
    web.routes["/feed"] = Route(
        rss([("t1", web.url("/story/t1"), "Thu, 28 Dec 2023 10:00:00 GMT", "A teaser.")]),
        headers=RSS | {"ETag": '"v1"'},
    )
    web.routes["/story/t1"] = Route(b"busy", status=503)
    with open_store(str(tmp_path / "s.duckdb")) as store, local_fetcher() as fetcher:
        poll = dict(store=store, pipeline=StubPipeline(), fetcher=fetcher)
        statuses = [
            poll_feed(web.url("/feed"), **poll).summary.counts  # type: ignore[arg-type]
            for _ in range(3)
        ]
        assert [dict(s) for s in statuses] == [
            {"read": 1, "retry": 1},
            {"read": 1, "failed": 1},
            {},  # handled: the feed answers 304 now
        ]
        [item] = WatchState(store).items()
        assert (item["status"], item["attempts"]) == ("failed", 1)
    assert web.hits("/story/t1") == 2
