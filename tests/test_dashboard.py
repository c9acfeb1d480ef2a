"""The dashboard in a real browser (Playwright driving Debian's Chromium), served by uvicorn.

Skips when /usr/bin/chromium is absent. Checks the ARM–RUS timeline, a Lavrov quote and its
evidence sentence, an edge of the network, and that article text never runs as HTML.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from dyads.api import create_app
from dyads.records import Article, Quote, Speaker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_analytics import fill, seed_like_articles

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ROOT = Path(__file__).resolve().parents[1]
XSS = '<script>alert("x")</script> and "><img src=x onerror=alert(1)>'

pytestmark = pytest.mark.skipif(not CHROMIUM.is_file(), reason="/usr/bin/chromium is absent")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """The app served by uvicorn in a thread on 127.0.0.1."""

    def __init__(self, db_url: str) -> None:
        self.port = _free_port()
        config = uvicorn.Config(create_app(db_url), host="127.0.0.1", port=self.port,
                                log_level="warning")  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def xss_article() -> Article:
    text = f"Hostile markup\n\nSergei Lavrov said: “{XSS}” about Armenia.\n"
    start = text.index("“") + 1
    end = text.index("”")
    return Article(
        id="xss", source="xss.txt", text=text, body=(text.index("Sergei"), len(text)),
        headline='<b onmouseover="alert(2)">Hostile</b> markup', published="2023-12-20",
        quotes=[Quote("direct", text[start:end], (start, end),
                      Speaker("Sergei Lavrov", (text.index("Sergei"), text.index(" said")),
                              "Sergei Lavrov", "RUSGOV"))],
    )  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.dialogs: list[str] = []  # type: ignore[misc]
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.errors: list[str] = []  # type: ignore[misc]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    # Everything the dashboard loads comes from the app itself: no CDN, no network.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        "http://127.0.0.1") else route.abort())  # fmt: skip
    yield page
    context.close()


def test_dyad_timeline_quote_and_evidence(store_url: str, page: Any) -> None:
    fill(store_url, seed_like_articles())
    with Server(store_url) as server:
        page.goto(f"{server.url}/?a=ARM&b=RUS")
        summary = page.locator("#dyad-summary")
        summary.filter(has_text="events").wait_for()
        assert float(summary.get_attribute("data-mean")) < 0
        assert "ARM–RUS: 3 events" in summary.inner_text()
        page.locator("#timeline .barlayer .point").first.wait_for()
        lavrov = page.locator("#quote-list li", has_text="Sergei Lavrov")
        assert "official Yerevan" in lavrov.inner_text()
        lavrov.get_by_role("button", name="evidence").click()
        mark = page.locator("#evidence-list mark.quote")
        mark.wait_for()
        assert mark.inner_text().startswith("Unfortunately, official Yerevan")
        assert page.locator("#evidence-list mark.cue").inner_text() == "told"
        # a timeline period opens its events, sides highlighted in the sentence
        page.locator("#period-table button.period-events").last.click()
        page.locator("#evidence-title", has_text="2023-12-01").wait_for()
        sentence = page.locator("#evidence-list li").first
        assert sentence.locator("mark.source").inner_text() == "Sergei Lavrov"
        assert sentence.locator("mark.target").inner_text() == "Armenia"
        # clicking a bar of the chart does the same
        box = page.locator("#timeline .barlayer .point path").first.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.locator("#evidence-title", has_text="2023-09-01").wait_for()
        # the network has an edge per dyad, coloured by tone
        page.locator("#network .scatterlayer .trace").first.wait_for()
        page.locator("#actor-b").fill("NATO")
        page.locator("#dyad-form button").click()
        page.locator("#dyad-summary", has_text="ARM–NATO").wait_for()
        assert float(page.locator("#dyad-summary").get_attribute("data-mean")) > 0
    assert page.errors == []


def test_article_text_is_never_markup(store_url: str, page: Any) -> None:
    fill(store_url, [*seed_like_articles(), xss_article()])
    with Server(store_url) as server:
        page.goto(f"{server.url}/?a=ARM&b=RUS")
        page.locator("#dyad-summary", has_text="events").wait_for()
        page.locator("#quote-text").fill("script")
        page.locator("#quote-form button").click()
        quote = page.locator("#quote-list li", has_text="<script>")
        quote.wait_for()
        assert XSS in quote.inner_text()
        quote.get_by_role("button", name="evidence").click()
        page.locator("#evidence-list mark.quote").wait_for()
        assert page.locator("#evidence-list mark.quote").inner_text() == XSS
        assert (
            '<b onmouseover="alert(2)">Hostile</b>' in page.locator("#evidence-list").inner_text()
        )
        assert page.locator("img").count() == 0 and page.locator("main script").count() == 0
        page.goto(f"{server.url}/?a=%3Cscript%3Ealert(3)%3C/script%3E&b=RUS")
        page.locator("#dyad-summary", has_text="no events").wait_for()
        assert page.locator("#actor-a").input_value() == "<script>alert(3)</script>"
        page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.errors == []


def test_real_seed_dashboard(store_url: str, page: Any, seed_path: Path) -> None:
    """The seed run through the pipeline; DYADS_DASHBOARD_PNG=docs/dashboard.png saves a
    screenshot of it."""
    from dyads.pipeline import Pipeline
    from dyads.records import RawDocument

    raw = RawDocument(source=str(seed_path), content=seed_path.read_text(encoding="utf-8"))
    article = Pipeline().process(raw, published="2023-12-28")
    if not article.events:
        pytest.skip("the pipeline does not extract events yet")
    fill(store_url, [article])
    with Server(store_url) as server:
        page.goto(f"{server.url}/?a=ARM&b=RUS")
        summary = page.locator("#dyad-summary", has_text="events")
        summary.wait_for()
        assert float(summary.get_attribute("data-mean")) < 0
        lavrov = page.locator("#quote-list li", has_text="Sergei Lavrov").first
        lavrov.get_by_role("button", name="evidence").click()
        page.locator("#evidence-list mark.quote").wait_for()
        assert "Lavrov" in page.locator("#evidence-list").inner_text()
        page.locator("#period-table button.period-events").last.click()
        page.locator("#evidence-list mark.source").first.wait_for()
        page.locator("#network .scatterlayer .trace").first.wait_for()
        if target := os.environ.get("DYADS_DASHBOARD_PNG"):
            page.wait_for_timeout(500)
            page.screenshot(path=target, full_page=True)
    assert page.errors == []
