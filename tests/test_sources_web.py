"""Feeds, WARC archives and URLs: read from a local HTTP server (127.0.0.1 only), end to end.

The SSRF guard is checked against addresses that must never be reached; those tests use a
transport that fails the test if anything is sent, so nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

import dyads.sources
from dyads.article import build_article
from dyads.config import load_settings
from dyads.ingest import Summary, run
from dyads.records import Article, Failure, RawDocument
from dyads.sources import iter_documents
from dyads.sources.feeds import feed_documents, parse_feed, refuse_declarations
from dyads.sources.pages import read_url
from dyads.sources.urls import (
    USER_AGENT,
    BlockedAddress,
    Fetcher,
    FetchError,
    FetchPolicy,
    check_address,
)
from dyads.sources.warc import WarcStats, read_warc
from dyads.store import open_store

# ---------------------------------------------------------------------------------------
# a local HTTP server


@dataclass
class Route:
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})


@dataclass
class LocalServer:
    """An HTTP server on 127.0.0.1 serving ``routes``; it records every request."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == path)


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.requests.append((self.path, dict(self.headers)))
            route = server.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = route.headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if "Content-Length" not in route.headers and "X-No-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            if "X-No-Length" in route.headers:
                self.send_header("Connection", "close")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextlib.contextmanager
def local_server() -> Iterator[LocalServer]:
    """A ``LocalServer`` on 127.0.0.1 in a thread, shut down on exit."""
    server = LocalServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def web() -> Iterator[LocalServer]:
    with local_server() as server:
        yield server


def local_fetcher(**policy: object) -> Fetcher:
    return Fetcher(FetchPolicy(allow_private=True, timeout=5.0, total_timeout=10.0, **policy))  # type: ignore[arg-type]


def page(headline: str, body: str, date: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{headline}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>{paragraphs}</article>"
        "<footer>Copyright News Ltd</footer></body></html>"
    ).encode()


STORY = (
    "The foreign ministers of Austria and Hungary met in Vienna on Tuesday to discuss "
    "energy supplies for the coming winter.\n\nBoth governments said they had agreed on a "
    "common approach to gas storage and would meet again in the spring to review progress."
)


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    """An RSS 2.0 feed of ``(guid, link, date, description)`` items."""
    body = "".join(
        f"<item><title>Story {guid}</title><link>{link}</link><guid isPermaLink='false'>{guid}"
        f"</guid><pubDate>{date}</pubDate><description>{description}</description></item>"
        for guid, link, date, description in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{body}</channel></rss>"
    ).encode()


RSS = {"Content-Type": "application/rss+xml"}


class StubPipeline:
    """The real article stage and an ``analyse`` that only counts (no language model)."""

    def __init__(self) -> None:
        self.settings = load_settings()
        self.analysed: list[str] = []

    def build(
        self,
        raw: RawDocument,
        *,
        published: object = None,
        repeated: frozenset[str] = frozenset(),
    ) -> Article:
        return build_article(raw, published=published, repeated=repeated)  # type: ignore[arg-type]

    def analyse(self, article: Article) -> Article:
        self.analysed.append(article.id)
        return article

    def remember(self, rows: list[dict[str, object]]) -> None:
        self.remembered = rows

    def learned_rows(self, article: Article) -> list[dict[str, object]]:
        return []


# ---------------------------------------------------------------------------------------
# the SSRF guard


class Refuse(httpx.BaseTransport):
    """A transport that fails the test if a request ever reaches it."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        raise AssertionError(f"a request was sent to {request.url}")


def resolver_for(mapping: dict[str, str]) -> Callable[..., list[tuple]]:
    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple]:
        address = mapping.get(host, host)  # an IP literal resolves to itself
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    return resolve


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1:9/", "loopback"),
        ("http://10.0.0.1/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:9/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://[::ffff:10.0.0.1]/", "private"),
    ],
)
def test_ssrf_guard_refuses_before_connecting(url: str, kind: str) -> None:
    transport = Refuse()
    fetcher = Fetcher(FetchPolicy(respect_robots=False), transport=transport)
    with pytest.raises(BlockedAddress, match=kind):
        fetcher.fetch(url)
    assert transport.sent == []
    out = list(read_url(url, fetcher=Fetcher(transport=transport)))
    assert len(out) == 1 and isinstance(out[0], Failure) and "refused" in out[0].reason
    assert transport.sent == []


def test_ssrf_guard_resolves_host_names() -> None:
    resolve = resolver_for({"intranet.example": "127.0.0.1", "meta.example": "169.254.169.254"})
    for host in ("intranet.example", "meta.example"):
        with pytest.raises(BlockedAddress, match=host):
            check_address(f"http://{host}/", resolver=resolve)
    # allowed explicitly: resolved and returned, still without connecting
    assert check_address("http://10.0.0.1/", allow_private=True) == ["10.0.0.1"]
    assert check_address("http://[::1]/", allow_private=True) == ["::1"]
    assert check_address("http://intranet.example/", allow_private=True, resolver=resolve) == [
        "127.0.0.1"
    ]


def test_redirect_targets_are_checked_again() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.url} Host={request.headers['host']}")
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/"})

    fetcher = Fetcher(
        transport=httpx.MockTransport(answer),
        resolver=resolver_for({"news.example": "93.184.216.34"}),
    )
    with pytest.raises(BlockedAddress, match=r"169\.254\.169\.254"):
        fetcher.fetch("http://news.example/story")
    # connections were pinned to the checked address; the redirect target was never asked
    assert seen == [
        "http://93.184.216.34/robots.txt Host=news.example",
        "http://93.184.216.34/story Host=news.example",
    ]


def test_local_server_needs_the_explicit_switch(web: LocalServer) -> None:
    web.routes["/a"] = Route(page("Vienna talks", STORY))
    with pytest.raises(BlockedAddress):
        Fetcher().fetch(web.url("/a"))
    assert web.requests == []
    assert local_fetcher().fetch(web.url("/a")).status == 200


# ---------------------------------------------------------------------------------------
# fetching: robots.txt, user agent, caps


def test_user_agent_robots_and_conditional_requests(web: LocalServer) -> None:
    web.routes["/robots.txt"] = Route(
        b"User-agent: dyads\nDisallow: /private\n", headers={"Content-Type": "text/plain"}
    )
    web.routes["/news"] = Route(page("Vienna talks", STORY), headers={"ETag": '"v1"'})
    web.routes["/private/x"] = Route(page("Secret", STORY))
    with local_fetcher() as fetcher:
        first = fetcher.fetch(web.url("/news"))
        assert first.status == 200 and b"Vienna" in first.content
        again = fetcher.fetch(web.url("/news"), etag='"v1"')
        assert again.not_modified
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.fetch(web.url("/private/x"))
    assert web.hits("/robots.txt") == 1, "robots.txt is cached per host"
    assert web.hits("/private/x") == 0
    agents = {headers.get("User-Agent") for _, headers in web.requests}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith("dyads/") and "(+https://github.com/dyads)" in USER_AGENT


def test_robots_unreachable_disallows(web: LocalServer) -> None:
    web.routes["/robots.txt"] = Route(b"oops", status=503)
    web.routes["/a"] = Route(page("Vienna talks", STORY))
    with pytest.raises(FetchError, match=r"robots\.txt"):
        local_fetcher().fetch(web.url("/a"))
    assert web.hits("/a") == 0


@pytest.mark.parametrize("declared", [True, False])
def test_size_cap_stops_the_download(web: LocalServer, declared: bool) -> None:
    headers = {"Content-Type": "text/html"} | ({} if declared else {"X-No-Length": "1"})
    web.routes["/big"] = Route(b"<p>" + b"x" * 300_000 + b"</p>", headers=headers)
    with pytest.raises(FetchError, match="larger than"):
        local_fetcher(max_bytes=100_000).fetch(web.url("/big"))


def test_redirects_are_capped(web: LocalServer) -> None:
    for n in range(5):
        web.routes[f"/r{n}"] = Route(b"", status=302, headers={"Location": f"/r{n + 1}"})
    web.routes["/r5"] = Route(page("Vienna talks", STORY))
    assert local_fetcher(max_redirects=5).fetch(web.url("/r0")).url == web.url("/r5")
    with pytest.raises(FetchError, match="more than 2 redirects"):
        local_fetcher(max_redirects=2).fetch(web.url("/r0"))


def test_connection_refused_is_a_failure() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = list(read_url(f"http://127.0.0.1:{port}/x", fetcher=local_fetcher()))
    assert len(out) == 1 and isinstance(out[0], Failure)
    assert "robots.txt" in out[0].reason or "connect" in out[0].reason


# ---------------------------------------------------------------------------------------
# feeds


def test_feed_entries_become_documents(web: LocalServer) -> None:
    long_text = " ".join([STORY] * 4)
    web.routes["/story/2"] = Route(page("Teaser story", STORY, date="2023-12-20"))
    web.routes["/feed"] = Route(
        rss(
            [
                ("a1", web.url("/story/1"), "Thu, 28 Dec 2023 10:00:00 GMT", long_text),
                ("a2", web.url("/story/2"), "Wed, 27 Dec 2023 23:30:00 -0500", "Short teaser."),
            ]
        ),
        headers=RSS,
    )
    out = list(read_url(web.url("/feed"), fetcher=local_fetcher()))
    assert [type(d) for d in out] == [RawDocument, RawDocument]
    first, second = out
    assert (first.kind, first.url, first.title, first.published) == (
        "text", web.url("/story/1"), "Story a1", "2023-12-28",
    )  # fmt: skip
    assert first.content.startswith("The foreign ministers")
    # a short summary: the linked page is read as HTML; the feed's own date (local day) wins
    assert (second.kind, second.url, second.published) == (
        "html",
        web.url("/story/2"),
        "2023-12-27",
    )
    assert web.hits("/story/1") == 0 and web.hits("/story/2") == 1


def test_atom_feed() -> None:
    atom = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>x</title><id>urn:f</id><updated>2024-01-01T00:00:00Z</updated>"
        b'<entry><title>E &amp; F</title><link href="/story/9"/><id>urn:9</id>'
        b"<updated>2023-12-27T23:30:00-05:00</updated><content type='html'>"
        b"&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &lt;b&gt;bold&lt;/b&gt;.&lt;/p&gt;"
        b"</content></entry></feed>"
    )
    [entry] = parse_feed(atom, url="http://news.example/feed.atom")
    assert entry.key == "urn:9"
    assert entry.link == "http://news.example/story/9"
    assert entry.title == "E & F"
    assert entry.published == "2023-12-27"
    assert entry.text == "First paragraph.\n\nSecond bold."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>x", "malformed"),
        (b"\x00\x01\x02 not xml at all", "not an RSS or Atom feed ("),
        (b"<html><body><p>Just a page</p></body></html>", "not an RSS or Atom feed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            b"<rss version='2.0'><channel><item><title>&lol2;</title></item></channel></rss>",
            "DOCTYPE or ENTITY",
        ),
        (
            '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE x [<!ENTITY a "b">]><rss/>'.encode(
                "utf-16"
            ),
            "DOCTYPE or ENTITY",
        ),
    ],
)
def test_bad_feeds_become_failures(data: bytes, reason: str) -> None:
    out = list(feed_documents(data, url="http://news.example/feed"))
    assert len(out) == 1 and isinstance(out[0], Failure)
    assert out[0].stage == "feed" and reason in out[0].reason


def test_quoted_doctype_inside_content_is_not_a_declaration() -> None:
    refuse_declarations(
        b"<rss version='2.0'><channel><item><description><![CDATA[<!DOCTYPE html><p>x</p>]]>"
        b"</description></item></channel></rss>"
    )


# ---------------------------------------------------------------------------------------
# WARC


def warc_record(
    uri: str,
    payload: bytes,
    *,
    kind: str = "response",
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    date: str = "2024-01-05T10:00:00Z",
) -> bytes:
    if kind in ("response", "request"):
        start = "GET / HTTP/1.1" if kind == "request" else f"HTTP/1.1 {status}"
        block = (
            f"{start}\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n"
        ).encode() + payload
        block_type = f"application/http; msgtype={kind}"
    else:
        block, block_type = payload, content_type
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nContent-Type: {block_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def sample_warc(compress: bool) -> bytes:
    records = [
        warc_record(
            "", b"software: test\r\n", kind="warcinfo", content_type="application/warc-fields"
        ),
        warc_record("http://news.example/a", b"", kind="request"),
        warc_record("http://news.example/a", page("Vienna talks", STORY)),
        warc_record("http://news.example/logo.png", b"\x89PNG...", content_type="image/png"),
        warc_record("http://news.example/gone", page("Gone", STORY), status="404 Not Found"),
        warc_record(
            "http://news.example/b",
            page("Budapest talks", STORY.replace("Vienna", "Budapest"), date="2023-11-02"),
        ),
    ]
    if compress:
        return b"".join(gzip.compress(r) for r in records)
    return b"".join(records)


@pytest.mark.parametrize("compress", [False, True])
def test_warc_html_responses_become_documents(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(sample_warc(compress))
    stats = WarcStats()
    out = list(read_warc(path, stats=stats))
    assert all(isinstance(d, RawDocument) for d in out)
    assert [(d.url, d.kind, d.published) for d in out] == [  # type: ignore[union-attr]
        ("http://news.example/a", "html", "2024-01-05"),  # no date of its own: WARC-Date
        ("http://news.example/b", "html", None),  # its own date wins, later
    ]
    assert stats.records == 6 and stats.documents == 2
    assert stats.skipped == {"warcinfo": 1, "request": 1, "not HTML": 1, "HTTP 404": 1}


@pytest.mark.parametrize("compress", [False, True])
def test_truncated_warc_keeps_what_was_read(tmp_path: Path, compress: bool) -> None:
    data = sample_warc(compress)
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    path.write_bytes(data[: len(data) - 200])
    out = list(read_warc(path))
    assert [d.url for d in out if isinstance(d, RawDocument)] == ["http://news.example/a"]
    failures = [d for d in out if isinstance(d, Failure)]
    assert len(failures) == 1 and "truncated" in failures[0].reason
    assert failures[0].source == str(path)


def _ingest(inputs: list[str], db: Path) -> tuple[Summary, StubPipeline]:
    pipeline = StubPipeline()
    summary = Summary()
    store = open_store(str(db))
    try:
        for outcome in run(inputs, pipeline=pipeline, store=store):  # type: ignore[arg-type]
            summary.add(outcome)
    finally:
        store.close()
    return summary, pipeline


def test_ingest_warc_files_and_urls_end_to_end(
    web: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `dyads ingest` gets the switch from its --allow-private-addresses flag; here the default
    # policy of the sources is swapped so that ingest.run reaches 127.0.0.1.
    monkeypatch.setattr(dyads.sources, "FetchPolicy", lambda: FetchPolicy(allow_private=True))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.warc.gz").write_bytes(sample_warc(True))
    cut = sample_warc(False)
    (tmp_path / "in" / "cut.warc").write_bytes(cut[: len(cut) - 200])
    web.routes["/page"] = Route(page("Warsaw talks", STORY.replace("Vienna", "Warsaw")))
    web.routes["/broken"] = Route(b"Internal error", status=500)
    web.routes["/crawl.warc"] = Route(
        sample_warc(False).replace(b"Vienna", b"Prague"),
        headers={"Content-Type": "application/warc"},
    )
    long_text = " ".join([STORY.replace("Vienna", "Berlin")] * 4)
    web.routes["/feed"] = Route(
        rss([("f1", web.url("/s/1"), "Thu, 28 Dec 2023 10:00:00 GMT", long_text)]), headers=RSS
    )
    inputs = [
        str(tmp_path / "in"),
        web.url("/page"),
        web.url("/broken"),
        web.url("/feed"),
        web.url("/crawl.warc"),
    ]
    summary, _ = _ingest(inputs, tmp_path / "store.duckdb")
    # files: 2 pages + the one before the cut (a copy: unchanged); the page; the feed entry;
    # the served WARC: a changed page and a copy (unchanged); two failures
    assert summary.counts == {"read": 9, "stored": 5, "unchanged": 2, "failed": 2}
    store = open_store(str(tmp_path / "store.duckdb"))
    try:
        failures = {row["source"]: row["reason"] for row in store.failures()}
        urls = {row["url"] for row in store.query("SELECT url FROM articles")}
    finally:
        store.close()
    assert "truncated" in failures[str(tmp_path / "in" / "cut.warc")]
    assert "HTTP 500" in failures[web.url("/broken")]
    assert web.url("/page") in urls and web.url("/s/1") in urls
    assert "http://news.example/a" in urls
    # re-running changes nothing
    again, _ = _ingest(inputs, tmp_path / "store.duckdb")
    assert again.counts["stored"] == 0 and again.counts["unchanged"] == 7


def test_iter_documents_keeps_local_behaviour(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    out = list(iter_documents([tmp_path, str(tmp_path / "missing.txt")]))
    assert [type(d) for d in out] == [RawDocument, Failure]
