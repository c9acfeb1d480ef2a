"""The HTTP API under load: many clients reading while ``dyads serve --watch`` writes.

Run: ``.venv/bin/python benchmarks/api_load.py [--seconds 60] [--clients 50]
[--articles 5000] [--db URL] [--reuse]``.

1. A store of ``--articles`` articles (a fresh DuckDB file in a temporary folder unless
   ``--db`` names one, e.g. a ``postgresql://`` URL of an empty schema). Built quickly: the
   samples and ``TEMPLATES`` generated news articles go through the pipeline once, then each
   is stored again and again as a copy with its own id, source and dates moved on a day per
   round (so copies are separate events, not reprints); the pipeline never runs 5,000 times.
   ``--reuse`` keeps a store at ``--db`` that already holds enough articles.
2. A feed on 127.0.0.1 that publishes a new generated article every ``--feed-every``
   seconds, and ``dyads serve --watch`` on it (polling every 5 s) in a process of its own:
   the one writer, storing new articles during the run.
3. Each of ``READS`` asked once (``--no-warm`` leaves that out: then the first requests of
   the run wait for the first computation of each answer). Then, for ``--seconds``,
   ``--clients`` asyncio httpx clients, each with a connection of its own, read the
   dashboard's endpoints (``READS``, and single articles) as fast as they are answered (no
   pause between requests: the harshest case).

Prints request counts, errors (any non-2xx answer or failed request) and p50/p95/p99 latency
per endpoint and for all reads, and the articles the feed loop stored meanwhile; exits 1 on
an error, or when the p99 of reads is over ``--p99-limit`` ms. Loopback only; it stops by
itself (the server is interrupted at the end).
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from test_crash_safety import news_articles  # noqa: E402  (the generated articles)

READS = [
    ("dyad ARM/RUS", "/dyads/ARM/RUS"),
    ("events RUS-ARM", "/events?source=RUS&target=ARM&either=true"),
    ("events", "/events?limit=200"),
    ("quotes by Lavrov", "/quotes?speaker=Sergei%20Lavrov"),
    ("quotes about ARM", "/quotes?about=ARM&limit=100"),
    ("articles", "/articles?limit=50"),
    ("network", "/network"),
]
TEMPLATES = 40  # generated articles analysed once, besides the samples
REQUEST_TIMEOUT = 30.0
FIRST_DAY = date(2022, 1, 3)
ENV = os.environ | {"PYTHONPATH": str(ROOT / "src")}


# the store --------------------------------------------------------------------------------------
def templates() -> list[Any]:
    """The samples and generated articles, analysed once (the only pipeline runs)."""
    from dyads.ingest import run
    from dyads.pipeline import Pipeline

    with tempfile.TemporaryDirectory() as tmp:
        for name, text in news_articles(TEMPLATES):
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        inputs = [ROOT / "samples", Path(tmp)]
        outcomes = run(inputs, pipeline=Pipeline(), date_from_name=True, published="2024-01-02")
        return [o.article for o in outcomes if o.status == "extracted" and o.article]


def _moved(day: str | None, days: int) -> str | None:
    return None if day is None else (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def copy_of(article: Any, number: int, days: int) -> Any:
    """``article`` as article ``number``: its own id and source, every date ``days`` later."""
    twin = copy.deepcopy(article)
    twin.id, twin.source = f"{article.id}-{number:05d}", f"synthetic:{number}"
    twin.url = f"https://news.example/{number}"
    twin.published = (FIRST_DAY + timedelta(days=days)).isoformat()
    for fact in (*twin.events, *twin.quotes):
        if fact.date is not None:
            fact.date.start = _moved(fact.date.start, days) or fact.date.start
            fact.date.end = _moved(fact.date.end, days) or fact.date.end
    return twin


def build(url: str, count: int) -> int:
    """Fill the store at ``url`` up to ``count`` articles; how many it holds."""
    from dyads.store import open_store

    started = time.perf_counter()
    base = templates()
    print(f"{len(base)} templates analysed in {time.perf_counter() - started:.0f} s")
    with open_store(url) as store:
        have = store.count("articles")
        for number in range(have, count):
            rounds, which = divmod(number, len(base))
            store.save_article(copy_of(base[which], number, rounds))
            if number and number % 1000 == 0:
                print(f"  {number} articles, {time.perf_counter() - started:.0f} s", flush=True)
        return store.count("articles")


# the feed the server watches ----------------------------------------------------------------------
@dataclass
class Feed:
    """An RSS feed on 127.0.0.1 that gains a new full-text entry every ``every`` seconds.

    ``first`` numbers its first generated article; ``load`` starts it past the articles a
    reused store holds, so that the feed's entries are new to the store from the start
    (from a fixed number, a store kept from earlier runs had them all, and the run waited
    ten seconds per article stored before, until the feed got past them)."""

    every: float
    first: int = 100_000
    published: int = 0
    port: int = 0
    started: float = field(default_factory=time.monotonic)

    def body(self) -> bytes:
        count = 1 + int((time.monotonic() - self.started) / self.every)
        self.published = count
        entries = news_articles(min(count, 30), start=self.first + max(0, count - 30))
        items = "".join(
            f"<item><title>{name}</title><link>http://127.0.0.1:{self.port}/{name}</link>"
            f"<guid isPermaLink='false'>{name}</guid><pubDate>Tue, 02 Jan 2024 10:00:00 GMT"
            f"</pubDate><description>{_escape(text)}</description></item>"
            for name, text in entries
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>load'
            f"</title><link>http://127.0.0.1/</link><description>d</description>{items}"
            "</channel></rss>"
        ).encode()

    def serve(self) -> ThreadingHTTPServer:
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = feed.body() if self.path == "/feed" else b""
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = httpd.server_address[1]
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        return httpd


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# the load ---------------------------------------------------------------------------------------
@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def record(self, label: str, started: float, problem: str | None) -> None:
        self.latencies[label].append(time.perf_counter() - started)
        if problem is not None:
            self.errors[label].append(problem)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(url: str, port: int, feeds: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in ENV.items() if k != "DYADS_API_TOKEN"}
    command = [sys.executable, "-c", "from dyads.cli import main; main()", "serve", "--db", url,
               "--port", str(port), "--watch", str(feeds), "--every", "5s",
               "--pages", "never", "--allow-private-addresses"]  # fmt: skip
    with log.open("wb") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)


async def count_articles(client: httpx.AsyncClient) -> int:
    return len((await client.get("/articles", params={"limit": 1000, "offset": 0})).json())


async def wait_ready(client: httpx.AsyncClient, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if (await client.get("/articles?limit=1")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.2)
    raise SystemExit("the server did not answer within 120 s")


async def reader(base: str, ids: list[str], tally: Tally, until: float,
                 rng: random.Random) -> None:  # fmt: skip
    """One client: a connection of its own, the next request as soon as the last is answered.
    (One AsyncClient shared by all, with a pool of 50 connections, spent more CPU choosing a
    connection than the server spent answering: httpcore scans its whole pool per request.)"""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=REQUEST_TIMEOUT) as client:
        await _read(client, ids, tally, until, rng)


async def _read(client: httpx.AsyncClient, ids: list[str], tally: Tally, until: float,
                rng: random.Random) -> None:  # fmt: skip
    while time.perf_counter() < until:
        if rng.random() < 0.2:
            label, path = "article by id", f"/articles/{rng.choice(ids)}"
        else:
            label, path = rng.choice(READS)
        started = time.perf_counter()
        try:
            response = await client.get(path)
            problem = None if response.status_code == 200 else f"{response.status_code}"
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
        tally.record(label, started, problem)


def percentile_ms(values: list[float], q: int) -> float:
    if len(values) == 1:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


def report(tally: Tally, seconds: float) -> tuple[int, float]:
    """Print the table; (errors, p99 of all reads in ms)."""
    print(f"{'endpoint':<18} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'p99 ms':>8}")  # fmt: skip
    reads: list[float] = []
    for label in sorted(tally.latencies):
        values = tally.latencies[label]
        reads += values
        print(f"{label:<18} {len(values):>8} {len(tally.errors[label]):>6} "
              f"{percentile_ms(values, 50):>8.1f} {percentile_ms(values, 95):>8.1f} "
              f"{percentile_ms(values, 99):>8.1f}")  # fmt: skip
    errors = sum(len(e) for e in tally.errors.values())
    for label, found in ((label, e) for label, e in tally.errors.items() if e):
        print(f"errors on {label}: {sorted(set(found))[:5]}")
    p99 = percentile_ms(reads, 99)
    print(f"{'all reads':<18} {len(reads):>8} {errors:>6} {percentile_ms(reads, 50):>8.1f} "
          f"{percentile_ms(reads, 95):>8.1f} {p99:>8.1f}")  # fmt: skip
    print(f"{len(reads)} requests in {seconds:.1f} s ({len(reads) / seconds:.1f}/s), "
          f"{errors} errors")  # fmt: skip
    return errors, p99


async def load(url: str, ids: list[str], args: argparse.Namespace, folder: Path) -> int:
    feed = Feed(every=args.feed_every, first=100_000 + len(ids))
    httpd = feed.serve()
    feeds = folder / "feeds.txt"
    feeds.write_text(f"http://127.0.0.1:{feed.port}/feed\n", encoding="utf-8")
    port = free_port()
    log = args.log or folder / "serve.log"
    server = start_server(url, port, feeds, log)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT) as client:
            await wait_ready(client, server)
            ready = time.monotonic()
            while stored_by_feed(log) == 0 and time.monotonic() - ready < 600:
                await asyncio.sleep(1)  # the worker has loaded its model and writes
            if args.warm:  # each kept answer's first computation, before the clock starts
                for _, path in READS:
                    (await client.get(path)).raise_for_status()
            before = stored_by_feed(log)
            answers = "computed once before" if args.warm else "first computed in"
            print(f"server on 127.0.0.1:{port}; the feed loop writes ({before} stored so far); "
                  f"answers {answers} the run")  # fmt: skip
            tally = Tally()
            rng = random.Random(args.seed)
            began, cpu = time.perf_counter(), time.process_time()
            server_cpu = process_cpu(server.pid)
            until = began + args.seconds
            tasks = [reader(base, ids, tally, until, random.Random(rng.random()))
                     for _ in range(args.clients)]  # fmt: skip
            await asyncio.wait_for(
                asyncio.gather(*tasks), timeout=args.seconds + 2 * REQUEST_TIMEOUT
            )
            spent = time.perf_counter() - began
            cpu = time.process_time() - cpu
            server_cpu = process_cpu(server.pid) - server_cpu
            written = stored_by_feed(log) - before
            print(f"{args.clients} clients for {args.seconds:.0f} s on {describe(url)}; the feed "
                  f"loop stored {written} new articles meanwhile")  # fmt: skip
            errors, p99 = report(tally, spent)
            print(f"the clients' own CPU: {cpu:.1f} s in {spent:.1f} s ({cpu / spent:.0%} of a "
                  "core, on the same machine as the server)")  # fmt: skip
            requests = sum(len(v) for v in tally.latencies.values())
            each = 1000 / max(1, requests)
            print(f"the server's CPU: {server_cpu:.1f} s ({server_cpu / spent:.0%} of a core; "
                  f"{server_cpu * each:.2f} ms a request, with its writes and refreshes; the "
                  f"clients {cpu * each:.2f} ms a request)")  # fmt: skip
            alive = server.poll() is None
            print(f"server still up: {alive}")
            ok = not errors and alive and written > 0 and p99 <= args.p99_limit
            print(
                f"p99 of reads {p99:.1f} ms (limit {args.p99_limit:.0f} ms): "
                + ("within" if ok else "NOT MET")
            )
            return 0 if ok else 1
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        httpd.shutdown()


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far, its threads included and its
    children (the parsing worker) not (Linux ``/proc``; NaN elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stored_by_feed(log: Path) -> int:
    """Articles the server's feed loop has stored, from its time-stamped cycle lines."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return sum(int(n) for n in re.findall(r"new \d+ \([^)]*\bstored (\d+)", text))


def describe(url: str) -> str:
    return "PostgreSQL" if url.startswith("postgres") else "DuckDB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--articles", type=int, default=5000, help="articles in the store")
    parser.add_argument("--db", help="store URL (default: a fresh DuckDB file)")
    parser.add_argument("--reuse", action="store_true", help="keep a store that is big enough")
    parser.add_argument("--feed-every", type=float, default=3.0, help="seconds per new entry")
    parser.add_argument("--p99-limit", type=float, default=300.0)
    parser.add_argument(
        "--warm",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="ask each of READS once before the clock starts (--no-warm: the first requests "
        "wait for the server's first computation of each answer, 0.1-2 s)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--log", type=Path, help="keep the server's log here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyads-load-") as tmp:
        url = args.db or str(Path(tmp) / "load.duckdb")
        from dyads.store import open_store

        started = time.perf_counter()
        have = 0
        if args.reuse:
            try:
                with open_store(url, read_only=True) as store:
                    have = store.count("articles")
            except Exception:  # no store yet
                have = 0
        if have < args.articles:
            have = build(url, args.articles)
        print(f"store: {have} articles in {describe(url)} ({time.perf_counter() - started:.0f} s)")
        with open_store(url, read_only=True) as store:
            ids = [row["id"] for row in store.query("SELECT id FROM articles ORDER BY id")]
        return asyncio.run(load(url, ids, args, Path(tmp)))


if __name__ == "__main__":
    raise SystemExit(main())
