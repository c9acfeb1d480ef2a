"""The HTTP API under load: many concurrent readers while articles are ingested.

Run: ``.venv/bin/python benchmarks/api_load.py [--seconds 60] [--clients 50] [--db URL]``.

Preloads a store (a fresh DuckDB file in a temporary folder unless ``--db`` names one, e.g. a
``postgresql://`` URL of an empty schema) with the seed article (when ``../shared`` is there)
and ``--articles`` generated news articles, starts ``dyads serve`` on a free 127.0.0.1 port in
a process of its own (token from ``DYADS_API_TOKEN``), then for ``--seconds``: ``--clients``
asyncio httpx clients read ``/dyads/ARM/RUS``, ``/events``, ``/quotes``, ``/articles`` and
single articles as fast as answered, while one writer posts new articles to ``POST /articles``.
Prints request counts, errors (any non-2xx answer or failed request) and p50/p95/p99 latency
per endpoint; exits 1 when there was an error. Loopback only; stops by itself (the server is
terminated at the end).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from dyads.ingest import run
from dyads.pipeline import Pipeline
from dyads.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "seed" / "armenia-lavrov-2023-12-28.txt"
sys.path.insert(0, str(ROOT / "tests"))
from test_crash_safety import news_articles  # noqa: E402  (the generated articles)

READS = [
    ("dyad ARM/RUS", "/dyads/ARM/RUS"),
    ("events RUS-ARM", "/events?source=RUS&target=ARM&either=true"),
    ("events", "/events?limit=200"),
    ("quotes by Lavrov", "/quotes?speaker=Sergei%20Lavrov"),
    ("quotes about ARM", "/quotes?about=ARM&limit=100"),
    ("articles", "/articles?limit=50"),
]
REQUEST_TIMEOUT = 30.0


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


def preload(url: str, folder: Path, count: int) -> list[str]:
    """Store the seed and ``count`` generated articles; their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in news_articles(count):
        (folder / name).write_text(text, encoding="utf-8")
    inputs = [folder] + ([SEED] if SEED.is_file() else [])
    with open_store(url) as store:
        outcomes = list(run(inputs, pipeline=Pipeline(), store=store, published="2024-01-02",
                            date_from_name=True))  # fmt: skip
    kept = ("stored", "unchanged")
    return [o.article.id for o in outcomes if o.article is not None and o.status in kept]


def start_server(url: str, port: int, token: str) -> subprocess.Popen[bytes]:
    env = os.environ | {"DYADS_API_TOKEN": token}
    command = [sys.executable, "-c", "from dyads.cli import app; app()",
               "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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


async def reader(client: httpx.AsyncClient, ids: list[str], tally: Tally, until: float,
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


async def writer(client: httpx.AsyncClient, token: str, tally: Tally, until: float,
                 first: int) -> int:  # fmt: skip
    """Post new articles one after another; how many were stored."""
    stored, index = 0, first
    headers = {"Authorization": f"Bearer {token}"}
    while time.perf_counter() < until:
        ((name, text),) = news_articles(1, start=index)
        index += 1
        body = {"text": text, "url": f"https://news.example/{name}", "published": "2024-01-03"}
        started = time.perf_counter()
        try:
            response = await client.post("/articles", json=body, headers=headers)
            ok = response.status_code == 201 and response.json()["status"] == "stored"
            problem = None if ok else f"{response.status_code} {response.text[:100]}"
            stored += ok
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
        tally.record("POST /articles", started, problem)
    return stored


def percentile_ms(values: list[float], q: int) -> float:
    if len(values) == 1:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


def report(tally: Tally, seconds: float) -> int:
    print(f"{'endpoint':<18} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'p99 ms':>8}")  # fmt: skip
    everything: list[float] = []
    reads: list[float] = []
    for label in sorted(tally.latencies):
        values = tally.latencies[label]
        everything += values
        if label != "POST /articles":
            reads += values
        print(f"{label:<18} {len(values):>8} {len(tally.errors[label]):>6} "
              f"{percentile_ms(values, 50):>8.1f} {percentile_ms(values, 95):>8.1f} "
              f"{percentile_ms(values, 99):>8.1f}")  # fmt: skip
    errors = sum(len(e) for e in tally.errors.values())
    for label, found in ((label, e) for label, e in tally.errors.items() if e):
        print(f"errors on {label}: {sorted(set(found))[:5]}")
    print(f"{'all reads':<18} {len(reads):>8} {'':>6} {percentile_ms(reads, 50):>8.1f} "
          f"{percentile_ms(reads, 95):>8.1f} {percentile_ms(reads, 99):>8.1f}")  # fmt: skip
    print(f"{len(everything)} requests in {seconds:.1f} s ({len(everything) / seconds:.1f}/s), "
          f"{errors} errors")  # fmt: skip
    return errors


async def load(url: str, ids: list[str], args: argparse.Namespace) -> int:
    token = secrets.token_urlsafe(24)
    port = free_port()
    server = start_server(url, port, token)
    limits = httpx.Limits(
        max_connections=args.clients + 1, max_keepalive_connections=args.clients + 1
    )
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits,
                                     timeout=REQUEST_TIMEOUT) as client:  # fmt: skip
            await wait_ready(client, server)
            started = time.perf_counter()  # the server's first ingest loads the model
            ((_, text),) = news_articles(1, start=args.articles)
            warm = await client.post("/articles", json={"text": text},
                                     headers={"Authorization": f"Bearer {token}"})  # fmt: skip
            print(f"server on 127.0.0.1:{port}; first POST (loads the model): "
                  f"{warm.status_code} in {time.perf_counter() - started:.1f} s")  # fmt: skip
            tally = Tally()
            rng = random.Random(args.seed)
            began = time.perf_counter()
            until = began + args.seconds
            tasks = [reader(client, ids, tally, until, random.Random(rng.random()))
                     for _ in range(args.clients)]  # fmt: skip
            stored, *_ = await asyncio.wait_for(
                asyncio.gather(writer(client, token, tally, until, args.articles + 1), *tasks),
                timeout=args.seconds + 2 * REQUEST_TIMEOUT,
            )
            spent = time.perf_counter() - began
            print(f"{args.clients} readers and 1 writer for {args.seconds:.0f} s; "
                  f"{stored} articles stored through the API")  # fmt: skip
            errors = report(tally, spent)
            alive = server.poll() is None
            print(f"server still up: {alive}")
            return 1 if errors or not alive else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--articles", type=int, default=200, help="generated articles preloaded")
    parser.add_argument("--db", help="store URL (default: a fresh DuckDB file)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyads-load-") as tmp:
        url = args.db or str(Path(tmp) / "load.duckdb")
        started = time.perf_counter()
        ids = preload(url, Path(tmp) / "news", args.articles)
        where = "PostgreSQL" if url.startswith("postgres") else url
        print(
            f"preloaded {len(ids)} articles into {where} in {time.perf_counter() - started:.1f} s"
        )
        if not ids:
            print("nothing preloaded")
            return 1
        return asyncio.run(load(url, ids, args))


if __name__ == "__main__":
    raise SystemExit(main())
