"""The dashboard on a large store: first data paint, filter change, and every endpoint it uses.

Run: ``.venv/bin/python benchmarks/dashboard.py [--articles 11500] [--db FILE] [--runs 5]``
and, for the screenshots in ``docs/``: ``benchmarks/dashboard.py --screenshots docs``.

Builds a DuckDB store (in a temporary folder unless ``--db`` names one that already holds the
events) from synthetic records (``tests/test_dashboard_synthetic.py``: 11,500 articles give
about 50,000 events), serves it with ``dyads serve`` in a process of its own on a free
127.0.0.1 port, then

* times each ``/view/...`` endpoint the page uses with one client (httpx, one request at a
  time, ``--requests`` per endpoint over a cycle of filter sets): p50, p95, max;
* in Chromium (Playwright, a fresh context each run, so nothing cached), the first data paint
  (navigation start to the first panel drawn with data, the page's ``dyads:first-data``
  mark) and all four panels drawn (``dyads:ready:1``), median of ``--runs``;
* a filter change: from the change event on actor A to every panel redrawn (and the next
  animation frame), median of ``--runs`` changes.

Prints the figures and exits 1 when a target is missed (first paint <= 1.0 s, filter change
<= 0.5 s, every endpoint p95 <= 200 ms). ``--screenshots DIR`` instead ingests ``samples/``
through the pipeline and saves a screenshot of each view into DIR.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from test_dashboard_synthetic import bulk_store, synthetic_articles  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
FILTERS: list[dict[str, str]] = [
    {},
    {"a": "RUR"},
    {"a": "ELB", "b": "RUR"},
    {"since": "2023-01-01", "until": "2023-06-30"},
    {"root": "11"},
    {"a": "Anna Kovac"},
    {"quad": "4", "conf": "0.8"},
    {"outlet": "herald.example"},
    {"plover": "AID", "a": "SYL"},
    {"a": "FRDGOV"},
]
CHANGES = ["RUR", "ELB", "Latveria", "GNVMIL", "Boris Lind"]
CLI = "from dyads.cli import app; app()"  # the dyads command of this checkout
TARGETS = {"first_paint": 1.0, "filter_change": 0.5, "endpoint_p95": 0.2}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build(path: str, articles: int) -> dict[str, int]:
    started = time.perf_counter()
    counts = bulk_store(path, synthetic_articles(articles, seed=0))
    print(f"built {path}: {counts} in {time.perf_counter() - started:.1f} s", flush=True)
    return counts


def serve(db: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-c", CLI, "serve", "--db", db, "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/view/options", timeout=5).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not start")


def endpoints(url: str, requests: int) -> dict[str, dict[str, float]]:
    """Latency of every endpoint the page uses, one request at a time."""
    with httpx.Client(base_url=url, timeout=30) as client:
        page = client.get("/view/events", params={"size": 5}).json()["rows"]
        one = page[0]
        paths = {
            "page /": lambda f: ("/", {}),
            "options": lambda f: ("/view/options", {}),
            "actor search": lambda f: ("/view/actors", {"q": (f.get("a") or "ru")[:3]}),
            "timeline": lambda f: ("/view/timeline", f),
            "network": lambda f: ("/view/network", f),
            "events table": lambda f: ("/view/events", {**f, "sort": "goldstein", "order": "desc"}),
            "events page 20": lambda f: ("/view/events", {**f, "page": "20"}),
            "quotes": lambda f: ("/view/quotes", f),
            "event evidence": lambda f: (f"/view/events/{one['article_id']}/{one['idx']}", {}),
            "quote evidence": lambda f: (f"/view/quotes/{one['article_id']}/0", {}),
            "article reader": lambda f: (f"/view/articles/{one['article_id']}", {}),
        }
        for make in paths.values():  # warm every path once (caches, first import)
            path, params = make({})
            client.get(path, params=params)
        figures = {}
        for name, make in paths.items():
            times = []
            for i in range(requests):
                path, params = make(FILTERS[i % len(FILTERS)])
                started = time.perf_counter()
                response = client.get(path, params=params)
                times.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise SystemExit(f"{name}: {response.status_code} {response.text[:200]}")
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            figures[name] = {"p50": statistics.median(times), "p95": p95, "max": times[-1]}
        report(figures, {})
        for kind in ("csv", "parquet", "tsv"):
            figures[f"export {kind} (whole store)"] = _export(
                client, f"/view/export/events.{kind}", {}
            )
            figures[f"export {kind} (a dyad)"] = _export(
                client, f"/view/export/events.{kind}", {"a": "ELB", "b": "RUR"}
            )
        figures["export quotes csv (whole store)"] = _export(client, "/view/export/quotes.csv", {})
    return figures


def _export(client: httpx.Client, path: str, params: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    first = None
    size = 0
    with client.stream("GET", path, params=params, timeout=300) as response:
        for chunk in response.iter_bytes():
            first = first or time.perf_counter() - started
            size += len(chunk)
    return {"first_byte": first or 0.0, "total": time.perf_counter() - started, "bytes": size}


READY = """async (generation) => {
    while (document.body.dataset.ready !== String(generation)) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
}"""
CHANGE = """async (value) => {
    const input = document.getElementById("f-a");
    const started = performance.now();
    input.value = value;
    input.dispatchEvent(new Event("change"));
    const generation = document.body.dataset.generation;
    while (document.body.dataset.ready !== generation) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
}"""


def browser_timings(url: str, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    found: dict[str, list[float]] = {"first_paint": [], "all_panels": [], "filter_change": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        warm = browser.new_context().new_page()  # the browser's own start is not the page's
        warm.goto(url + "/view/options")
        warm.context.close()
        for run in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(url + "/")
            page.evaluate(READY, 1)
            marks = page.evaluate("""() => Object.fromEntries(performance.getEntriesByType("mark")
                .map((m) => [m.name, m.startTime]))""")
            found["first_paint"].append(marks["dyads:first-data"] / 1000)
            found["all_panels"].append(marks["dyads:ready:1"] / 1000)
            found["filter_change"].append(page.evaluate(CHANGE, CHANGES[run % len(CHANGES)]) / 1000)
            context.close()
        browser.close()
    return found


def screenshots(folder: Path) -> None:
    """Ingest samples/ through the pipeline and save a screenshot of each view."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "samples.duckdb")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        command = [sys.executable, "-c", CLI, "ingest", str(ROOT / "samples"), "--db", db]
        subprocess.run([*command, "--date-from-name"], env=env, check=True, capture_output=True)
        process, url = serve(db)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                views = [
                    ("dashboard.png", "/", None),
                    ("dashboard-dyad.png", "/?a=RUS&b=IGOWSTNAT", None),
                    ("dashboard-evidence.png", "/?a=GEO", "#events tr.event-row"),
                    ("dashboard-reader.png", "/?a=ARM", "#events tr.event-row button.read"),
                    ("dashboard-quotes.png", "/?speaker=Ararat%20Mirzoyan", None),
                ]
                for name, path, click in views:
                    page.goto(url + path)
                    page.evaluate(READY, 1)
                    if click:
                        page.locator(click).first.click()
                        page.wait_for_timeout(600)
                        page.evaluate("window.scrollTo(0, 0)")  # the filter bar is sticky
                    target = page.locator("#quotes-section") if "quotes" in name else page
                    target.screenshot(
                        path=str(folder / name), **({} if "quotes" in name else {"full_page": True})
                    )
                    print(f"saved {folder / name}")
                page.set_viewport_size({"width": 420, "height": 900})
                page.goto(url + "/?a=ARM")
                page.evaluate(READY, 1)
                page.screenshot(path=str(folder / "dashboard-420px.png"), full_page=True)
                print(f"saved {folder / 'dashboard-420px.png'}")
                browser.close()
        finally:
            process.terminate()
            process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=11500)
    parser.add_argument("--db", help="a DuckDB file to use (built when it does not exist)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=40, help="requests per endpoint")
    parser.add_argument("--screenshots", type=Path, help="save screenshots of each view here")
    args = parser.parse_args()
    if args.screenshots:
        screenshots(args.screenshots)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "dashboard.duckdb")
        if not Path(db).exists():
            build(db, args.articles)
        import duckdb

        with duckdb.connect(db, read_only=True) as conn:
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        print(f"store: {articles} articles, {events} events; load average {os.getloadavg()}")
        process, url = serve(db)
        try:
            figures = endpoints(url, args.requests)
            timings = browser_timings(url, args.runs)
        finally:
            process.kill()
            process.wait(10)
    return report(figures, timings)


def report(figures: dict[str, dict[str, float]], timings: dict[str, list[float]]) -> int:
    missed = []
    print(f"\n{'endpoint (one client)':36} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, f in figures.items():
        if "p95" in f:
            print(f"{name:36} {f['p50'] * 1000:8.1f} {f['p95'] * 1000:8.1f} {f['max'] * 1000:8.1f}")
            if f["p95"] > TARGETS["endpoint_p95"]:
                missed.append(f"{name} p95 {f['p95'] * 1000:.0f} ms")
    print(f"\n{'export':36} {'1st byte ms':>11} {'total ms':>9} {'bytes':>11}")
    for name, f in figures.items():
        if "first_byte" in f:
            first, total = f["first_byte"] * 1000, f["total"] * 1000
            print(f"{name:36} {first:11.1f} {total:9.1f} {f['bytes']:11,}")
    print()
    for name, values in timings.items():
        median = statistics.median(values)
        runs = ", ".join(f"{v:.3f}" for v in values)
        print(f"{name:14} median {median:.3f} s  (runs: {runs})")
        if name in TARGETS and median > TARGETS[name]:
            missed.append(f"{name} {median:.3f} s")
    print(f"load average {os.getloadavg()} (the machine has {os.cpu_count()} cores)")
    print("\ntargets: " + ("all met" if not missed else "missed: " + "; ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
