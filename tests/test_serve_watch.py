"""One writer, many readers, end to end: ``dyads serve --watch FEEDS`` polls a feed on
127.0.0.1 into a DuckDB store while a client reads the dashboard API; new articles appear
in the API as they land; a second process that opens the file gets the one-line message
naming the server (and its address); the server stops cleanly."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from test_analytics import fill
from test_sources_web import RSS, STORY, LocalServer, Route, local_server, rss

ROOT = Path(__file__).resolve().parents[1]
ENV = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")])}
# The worker loads the spaCy model before the first poll; on a busy 2-core machine that and
# the first analyses take a minute or two.
PATIENCE = 420.0
CITIES = ["Vienna", "Oslo", "Lisbon", "Dublin"]


def entries(server: LocalServer, count: int) -> list[tuple[str, str, str, str]]:
    """``count`` full-text entries, each a different story (no page to fetch)."""
    return [
        (f"id-{n}", server.url(f"/story/{n}"), f"Thu, 0{n + 1} Feb 2024 10:00:00 GMT",
         " ".join([STORY.replace("Vienna", CITIES[n])] * 3))
        for n in range(count)
    ]  # fmt: skip


def publish(server: LocalServer, count: int) -> None:
    server.routes["/feed"] = Route(rss(entries(server, count)), headers=RSS | {"ETag": f"v{count}"})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def dyads_process(*args: str, **options: object) -> subprocess.Popen[str]:
    code = "from dyads.cli import main; main()"
    return subprocess.Popen([sys.executable, "-c", code, *args], env=ENV, text=True,
                            **options)  # type: ignore[call-overload]  # fmt: skip


@pytest.fixture
def web() -> Iterator[LocalServer]:
    with local_server() as server:
        yield server


def wait_for_articles(client: httpx.Client, count: int, server: subprocess.Popen[str]) -> float:
    """Read the API (as the dashboard does) until ``count`` articles are listed; seconds."""
    began = time.monotonic()
    while time.monotonic() - began < PATIENCE:
        assert server.poll() is None, "the server stopped"
        for path in ("/events", "/dyads/ARM/RUS", "/network", "/quotes"):
            assert client.get(path).status_code == 200, path
        listed = client.get("/articles", params={"limit": 100})
        assert listed.status_code == 200
        if len(listed.json()) >= count:
            return time.monotonic() - began
        time.sleep(0.5)
    raise AssertionError(f"fewer than {count} articles after {PATIENCE:.0f} s")


def test_serve_watch_writes_while_the_api_reads(web: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    fill(str(db))  # two articles already there
    publish(web, 2)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(web.url("/feed") + "\n", encoding="utf-8")
    port = free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    server = dyads_process("serve", "--db", str(db), "--port", str(port), "--watch", str(feeds),
                           "--every", "5s", "--allow-private-addresses", stdout=log,
                           stderr=subprocess.STDOUT)  # fmt: skip
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if client.get("/articles").status_code == 200:
                        break
                except httpx.TransportError:
                    assert time.monotonic() < deadline and server.poll() is None
                    time.sleep(0.2)
            assert len(client.get("/articles").json()) == 2
            wait_for_articles(client, 4, server)

            reader = dyads_process("summary", "--db", str(db), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)  # fmt: skip
            out, err = reader.communicate(timeout=120)
            assert reader.returncode == 2
            (line,) = err.splitlines()
            assert line.startswith(f"error: {db} is in use by process {server.pid} (python -c")
            assert f"read through its API (http://127.0.0.1:{port})" in line
            assert "dyads serve --watch FEEDS" in line and "PostgreSQL" in line
            assert out == ""

            publish(web, 3)  # a new entry while the server runs
            wait_for_articles(client, 5, server)
            listed = client.get("/articles", params={"limit": 100}).json()
            assert any(a["source"].endswith("/story/2") for a in listed), listed
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=90)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    text = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert server.returncode == 0, text
    assert "  fetched  " in text and "new 2" in text
    stamped = [line for line in text.splitlines() if line[:4].isdigit() and "Z  " in line]
    assert stamped, "each watch line starts with its time"
