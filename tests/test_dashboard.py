"""The dashboard in a real browser (Playwright driving Debian's Chromium), served by uvicorn.

Skips when /usr/bin/chromium is absent. One test per feature: the filters drive every panel
(with the actor name search), the event table sorts and pages on the server and a row opens
its evidence, the article reader highlights its facts and leads back, exports download and
parse back to the table's rows, the URL restores the view, the speaker filter keeps one
speaker, the summary line reads right for a direction without events, the network's labels
never overlap, the page works at 420 px, and store text with markup and script stays text.
"""

from __future__ import annotations

import csv
import io
import itertools
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import uvicorn

from dyads.api import create_app
from dyads.export import GDELT_COLUMNS, global_event_id
from dyads.records import Article, Cue, Event, Evidence, Mention, Quote, Side, Speaker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_analytics import fill, seed_like_articles
from test_dashboard_api import speakers_article
from test_dashboard_synthetic import synthetic_articles

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS = '<script>alert("x")</script> and "><img src=x onerror=alert(1)>'
READY = "document.body.dataset.ready === document.body.dataset.generation"

pytestmark = pytest.mark.skipif(not CHROMIUM.is_file(), reason="/usr/bin/chromium is absent")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """The app served by uvicorn in a thread on 127.0.0.1."""

    def __init__(self, db_url: str) -> None:
        self.port = _free_port()
        config = uvicorn.Config(
            create_app(db_url), host="127.0.0.1", port=self.port, log_level="warning"
        )
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.dialogs: list[str] = []  # type: ignore[misc]
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.errors: list[str] = []  # type: ignore[misc]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    # Everything the dashboard loads comes from the app itself: no CDN, no network.
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("http://127.0.0.1") else route.abort()
        ),
    )
    yield page
    context.close()


@pytest.fixture
def server(store_url: str) -> Iterator[Server]:
    fill(store_url, [*seed_like_articles(), *synthetic_articles(30), speakers_article()])
    with Server(store_url) as running:
        yield running


# helpers ---------------------------------------------------------------------------------------
def wait_until(page: Any, script: str, timeout: float = 20.0) -> None:
    """Poll ``script`` in the page until it is true (``wait_for_function`` evaluates strings,
    which the page's Content-Security-Policy rightly forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(script):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {script}")
        time.sleep(0.02)


def ready(page: Any) -> None:
    wait_until(page, READY)


def open_view(page: Any, server: Server, query: str = "") -> None:
    page.goto(f"{server.url}/{query}")
    ready(page)


def set_filter(page: Any, name: str, value: str) -> None:
    field = page.locator(f"#f-{name}")
    if field.evaluate("node => node.tagName") == "SELECT":
        field.select_option(value)
    else:
        field.fill(value)
        field.dispatch_event("change")
    ready(page)


def panels(page: Any) -> dict[str, Any]:
    """What each panel shows, in a comparable form."""
    return page.evaluate("""() => ({
        summary: document.getElementById("summary").innerText,
        timeline: [...document.querySelectorAll("#timeline rect.bar")].map(
            (r) => r.dataset.direction + r.dataset.period + r.getAttribute("height")).join(),
        table: document.getElementById("events-count").innerText + "|"
            + [...document.querySelectorAll(
            "#events tr.event-row")].map((r) => r.dataset.key).join(),
        network: [...document.querySelectorAll("#edge-list .edge-item")]
            .map((b) => b.innerText).join("|"),
        quotes: document.getElementById("quotes-title").innerText + "|"
            + [...document.querySelectorAll(
            "#quote-list li.quote")].map((q) => q.dataset.key).join(),
    })""")


def rows(page: Any) -> list[dict[str, Any]]:
    return page.evaluate("""() => [...document.querySelectorAll("#events tr.event-row")]
      .map((r) => ({
        key: r.dataset.key, date: r.querySelector(".date").innerText,
        source: r.querySelector(".source code")?.innerText || "",
        target: r.querySelector(".target code")?.innerText || "",
        cameo: r.querySelector(".event code").innerText,
        goldstein: r.querySelector(".goldstein").innerText.replace("−", "-"),
        confidence: r.querySelector(".confidence").innerText,
        article: r.querySelector(".article").innerText }))""")


def api_rows(page: Any, server: Server, **params: str) -> list[dict[str, Any]]:
    found, number = [], 1
    while True:
        answer = page.request.get(
            f"{server.url}/view/events", params={**params, "size": 200, "page": number}
        ).json()
        found += answer["rows"]
        if len(found) >= answer["total"]:
            return found
        number += 1


# features --------------------------------------------------------------------------------------
def test_filters_drive_every_panel(server: Server, page: Any) -> None:
    open_view(page, server)
    before = panels(page)
    # name search over the names and codes the store knows
    page.locator("#f-a").fill("Ruri")
    wait_until(
        page,
        """[...document.querySelectorAll('#actors-a option')]
        .some((o) => o.value === 'Ruritania') && [...document.querySelectorAll('#actors-a option')]
        .some((o) => o.value === 'RUR')""",
    )
    set_filter(page, "a", "RUR")
    after = panels(page)
    assert all(after[name] != before[name] for name in before), (before, after)
    assert all(r["source"].startswith("RUR") or r["target"].startswith("RUR") for r in rows(page))
    assert page.locator("#edge-list .edge-item").count() > 0
    edges = page.locator("#edge-list .edge-item").all_text_contents()
    assert all("(RUR" in text for text in edges), edges
    assert all(
        code.startswith("RUR")
        for code in page.locator("#quote-list .speaker code").all_inner_texts()
    )
    assert page.locator("#summary").inner_text().startswith("RUR: ")
    # actor B: the dyad in both directions
    set_filter(page, "b", "ELB")
    dyad = panels(page)
    assert all(dyad[name] != after[name] for name in ("summary", "table", "network"))
    assert {r["source"][:3] + r["target"][:3] for r in rows(page)} <= {"RURELB", "ELBRUR"}
    legend = page.locator("#timeline .legend").inner_text()
    assert "RUR→ELB" in legend and "ELB→RUR" in legend
    summary = page.locator("#summary")
    assert int(summary.get_attribute("data-events")) == int(
        page.locator("#events-count").inner_text()
    )
    # dates move every panel, quotes included
    page.locator("#f-reset").click()
    ready(page)
    set_filter(page, "since", "2023-01-01")
    set_filter(page, "until", "2023-03-31")
    dated = panels(page)
    assert all(dated[name] != before[name] for name in before)
    assert all("2023-01-01" <= r["date"] <= "2023-03-31" for r in rows(page))
    # event kinds, confidence and outlet: each narrows the event panels, and they agree
    for name, value, check in [
        ("root", "11", lambda r: r["cameo"].startswith("11")),
        ("quad", "4", lambda r: float(r["goldstein"]) <= -9),
        ("plover", "AID", lambda r: r["cameo"].startswith("07")),
        ("conf", "0.9", lambda r: float(r["confidence"]) >= 0.9),
        ("outlet", "herald.example", lambda r: "herald.example" in r["article"]),
    ]:
        page.locator("#f-reset").click()
        ready(page)
        set_filter(page, name, value)
        found = rows(page)
        assert found and all(check(r) for r in found), name
        shown = panels(page)
        assert shown["table"] != before["table"] and shown["summary"] != before["summary"], name
        assert int(summary.get_attribute("data-events")) == int(
            page.locator("#events-count").inner_text()
        )
    assert page.errors == []


def test_table_sorts_pages_and_opens_evidence(server: Server, page: Any) -> None:
    open_view(page, server)
    total = int(page.locator("#events-count").inner_text())
    assert total > 50
    page.locator("th[data-key=goldstein] button").click()
    ready(page)
    assert page.locator("th[data-key=goldstein]").get_attribute("aria-sort") == "ascending"
    first = [float(r["goldstein"]) for r in rows(page)]
    assert first == sorted(first) and len(first) == 25
    page.locator("th[data-key=goldstein] button").click()
    ready(page)
    assert page.locator("th[data-key=goldstein]").get_attribute("aria-sort") == "descending"
    page_one = rows(page)
    page.locator("#events-pager .next").click()
    ready(page)
    page_two = rows(page)
    assert page.locator("#events-pager .position").inner_text().startswith(f"26–50 of {total}")
    scores = [float(r["goldstein"]) for r in page_one + page_two]
    assert scores == sorted(scores, reverse=True)
    assert not {r["key"] for r in page_one} & {r["key"] for r in page_two}
    page.locator("th[data-key=date] button").click()
    ready(page)
    dates = [r["date"] for r in rows(page)]
    assert dates == sorted(dates, reverse=True) and page.locator(
        "#events-pager .position"
    ).inner_text().startswith("1–25")
    # a row opens its evidence: the sentence, the sides highlighted, every report of it
    set_filter(page, "a", "Sergei Lavrov")
    page.locator("#events tr.event-row", has_text="criticised Armenia").click()
    pane = page.locator("#evidence-section")
    pane.locator("mark.source").first.wait_for()
    assert pane.locator("mark.source").first.inner_text() == "Sergei Lavrov"
    assert pane.locator("mark.target").first.inner_text() == "Armenia"
    assert (
        "Criticize or denounce" in pane.inner_text()
        and "Also reported by 1 other article" in pane.inner_text()
    )
    assert "event=seed-like%3A0" in page.url or "event=seed-like:0" in page.url
    assert page.errors == []


def test_article_reader_highlights_and_leads_back(server: Server, page: Any) -> None:
    open_view(page, server, "?a=ARM&b=RUS")
    row = page.locator("#events tr.event-row", has_text="criticised Armenia")
    row.locator("button.read").click()
    reader = page.locator("#reader")
    reader.locator(".hl.focus").first.wait_for()
    assert page.locator("#view").is_hidden()
    focused = "".join(reader.locator(".hl.e.focus").all_inner_texts())
    assert (
        focused
        == "YEREVAN — Russian Foreign Minister Sergei Lavrov criticised Armenia for turning to "
        "the West on Thursday."
    )
    assert reader.locator(".hl.source").inner_text() == "Sergei Lavrov"
    assert reader.locator(".hl.target").inner_text() == "Armenia"
    assert reader.locator("#reader-events li.fact-item").count() == 6
    assert reader.locator("#reader-quotes li.fact-item").count() == 3
    assert reader.locator("#reader-events li.selected").count() == 1
    assert "Criticize or denounce" in reader.locator("#reader-events li.selected").inner_text()
    # a listed quote selects its words
    reader.locator("#reader-quotes li.fact-item").first.click()
    assert "".join(reader.locator(".hl.q.focus").all_inner_texts()) == (
        "Unfortunately, official Yerevan is trying to reform its foreign policy line,"
    )
    assert "focus=q0" in page.url
    # words in the text select their fact
    reader.locator(".hl.m", has_text="NATO").first.click()
    assert reader.locator("#reader-mentions li.selected").inner_text().startswith("NATO")
    # back to the view as it was
    page.locator("#reader-back").click()
    page.locator("#view").wait_for()
    ready(page)
    assert reader.is_hidden() and page.locator("#f-a").input_value() == "ARM"
    assert page.locator("#events tr.event-row", has_text="criticised Armenia").count() == 1
    # from a quote to its article, and from the article to an event's evidence
    page.locator("#quote-list li.quote").first.locator("button.read").click()
    reader.locator(".hl.q.focus").first.wait_for()
    reader.locator("#reader-events li.fact-item").first.click()
    page.get_by_role("button", name="Show this event's evidence and reports").click()
    page.locator("#evidence-section mark.source").first.wait_for()
    assert reader.is_hidden()
    assert page.errors == []


def _download(page: Any, selector: str) -> bytes:
    with page.expect_download() as info:
        page.locator(selector).click()
    return Path(info.value.path()).read_bytes()


def test_exports_download_and_parse_back(server: Server, page: Any) -> None:
    open_view(page, server, "?a=RUR&sort=goldstein&order=asc")
    expected = api_rows(page, server, a="RUR", sort="goldstein", order="asc")
    on_screen = [r["key"] for r in rows(page)]
    assert on_screen == [f"{r['article_id']}:{r['idx']}" for r in expected][: len(on_screen)]
    keys = [(r["article_id"], r["idx"], r["cameo"], r["goldstein"]) for r in expected]
    found = list(csv.DictReader(io.StringIO(_download(page, "#export-csv").decode("utf-8"))))
    assert [
        (f["article_id"], int(f["idx"]), f["cameo"], float(f["goldstein"])) for f in found
    ] == keys
    assert [f["source_code"] for f in found] == [r["source"]["code"] for r in expected]
    table = pq.read_table(io.BytesIO(_download(page, "#export-parquet")))
    assert (
        list(
            zip(
                table["article_id"].to_pylist(),
                table["idx"].to_pylist(),
                table["cameo"].to_pylist(),
                table["goldstein"].to_pylist(),
                strict=True,
            )
        )
        == keys
    )
    lines = _download(page, "#export-gdelt").decode("utf-8").splitlines()
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)
    assert {int(line.split("\t")[0]) for line in lines} == {
        global_event_id(r["event_key"]) for r in expected
    }
    quotes = page.request.get(f"{server.url}/view/quotes", params={"a": "RUR", "size": 200}).json()
    found = list(csv.DictReader(io.StringIO(_download(page, "#export-quotes").decode("utf-8"))))
    assert [(f["article_id"], int(f["idx"]), f["content"]) for f in found] == [
        (q["article_id"], q["idx"], q["content"]) for q in quotes["rows"]
    ]
    assert all(f["speaker_code"].startswith("RUR") for f in found)
    page.locator("#f-reset").click()
    ready(page)
    quotes = page.request.get(f"{server.url}/view/quotes", params={"size": 200}).json()
    found = list(csv.DictReader(io.StringIO(_download(page, "#export-quotes").decode("utf-8"))))
    assert len(found) == quotes["total"] > 20
    assert [(f["article_id"], int(f["idx"]), f["speaker"]) for f in found] == [
        (q["article_id"], q["idx"], q["speaker"]) for q in quotes["rows"]
    ]
    assert page.errors == []


def test_url_state_restores_the_view(server: Server, page: Any, browser: Any) -> None:
    open_view(page, server)
    set_filter(page, "since", "2022-03-01")
    set_filter(page, "root", "11")
    page.locator("th[data-key=goldstein] button").click()
    ready(page)
    if page.locator("#events-pager .next").is_enabled():
        page.locator("#events-pager .next").click()
        ready(page)
    page.locator("#q-speaker").fill("Anna Kovac")
    page.locator("#quote-form button[type=submit]").click()
    ready(page)
    shown = panels(page)
    url = page.url
    assert "since=2022-03-01" in url and "root=11" in url and "sort=goldstein" in url
    page.reload()
    ready(page)
    assert panels(page) == shown
    assert page.locator("#f-since").input_value() == "2022-03-01"
    assert page.locator("#f-root").input_value() == "11"
    assert page.locator("#q-speaker").input_value() == "Anna Kovac"
    assert page.locator("th[data-key=goldstein]").get_attribute("aria-sort") == "ascending"
    other = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    other.goto(url)
    wait_until(other, READY)
    assert panels(other) == shown
    other.context.close()
    # the browser's Back returns to the view before the last change
    page.go_back()
    ready(page)
    assert page.locator("#q-speaker").input_value() == ""
    assert page.errors == []


def test_speaker_filter_returns_only_that_speaker(server: Server, page: Any) -> None:
    open_view(page, server)
    page.locator("#q-speaker").fill("Mao")
    wait_until(
        page,
        "[...document.querySelectorAll('#speakers option')].some((o) => o.value === 'Mao Ning')",
    )
    page.locator("#q-speaker").fill("Mao Ning")
    page.locator("#quote-form button[type=submit]").click()
    ready(page)
    quotes = page.locator("#quote-list li.quote")
    assert quotes.count() == 1
    assert {q.get_attribute("data-speaker") for q in quotes.all()} == {"Mao Ning"}
    assert page.locator("#quotes-title").inner_text() == "1 quote by Mao Ning"
    # changing the view's filters keeps the speaker search (the list never shows anyone else)
    set_filter(page, "a", "CHN")
    set_filter(page, "b", "PHL")
    assert {q.get_attribute("data-speaker") for q in quotes.all()} <= {"Mao Ning"}
    assert "by Mao Ning" in page.locator("#quotes-title").inner_text()
    page.locator("#f-reset").click()
    ready(page)
    assert {q.get_attribute("data-speaker") for q in quotes.all()} == {"Mao Ning"}
    page.locator("#q-speaker").fill("Lin Jian")
    page.locator("#quote-form button[type=submit]").click()
    ready(page)
    assert {q.get_attribute("data-speaker") for q in quotes.all()} == {"Lin Jian"}
    assert "“Mao Ning”" in page.locator("#quote-list").inner_text()  # linked to Lin Jian, shown so
    assert page.errors == []


def test_summary_line_for_a_direction_without_events(server: Server, page: Any) -> None:
    open_view(page, server, "?a=IGOWSTNAT&b=ARMGOV")
    text = page.locator("#summary").inner_text()
    assert "IGOWSTNAT ↔ ARMGOV: 1 event, mean Goldstein +3.40" in text
    assert "ARMGOV→IGOWSTNAT no events" in text and ", )" not in text and ": 0," not in text
    open_view(page, server, "?a=ZZZ")
    assert page.locator("#summary").inner_text().startswith("ZZZ: 0 events")
    assert page.locator("#events tbody").inner_text() == "No events in this view."


def _label_boxes(page: Any, selector: str) -> list[list[tuple[float, float]]]:
    """Each label's box as drawn (rotation included): four corners in page coordinates."""
    return page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].map((t) => {
        const b = t.getBBox(); const m = t.getScreenCTM();
        return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height],
                [b.x, b.y + b.height]]
            .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]); })""",
        selector,
    )


def _overlap(
    p: list[tuple[float, float]], q: list[tuple[float, float]], slack: float = 0.5
) -> bool:
    """Whether two convex quadrilaterals overlap by more than ``slack`` px (separating axes)."""
    for poly in (p, q):
        for i in range(4):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % 4]
            nx, ny = y2 - y1, x1 - x2
            norm = (nx * nx + ny * ny) ** 0.5 or 1
            a = [(x * nx + y * ny) / norm for x, y in p]
            b = [(x * nx + y * ny) / norm for x, y in q]
            if max(a) <= min(b) + slack or max(b) <= min(a) + slack:
                return False
    return True


@pytest.mark.parametrize("width", [1400, 420])
def test_network_labels_never_overlap(server: Server, page: Any, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    open_view(page, server)
    for selector in ("#network .node-label", "#network .edge-label"):
        boxes = _label_boxes(page, selector)
        assert len(boxes) > 5, selector
        clashes = [
            (i, j)
            for i, j in itertools.combinations(range(len(boxes)), 2)
            if _overlap(boxes[i], boxes[j])
        ]
        assert clashes == [], selector
    assert (
        page.locator("#network .node-label").count() == page.locator("#network circle.node").count()
    )


def test_the_page_works_at_420_px(server: Server, page: Any) -> None:
    page.set_viewport_size({"width": 420, "height": 900})
    open_view(page, server, "?a=ARM")
    assert page.evaluate("document.documentElement.scrollWidth") <= 420
    for selector in (
        "#timeline svg",
        "#network svg",
        "#events tr.event-row",
        "#quote-list li.quote",
    ):
        box = page.locator(selector).first.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 420, selector
    page.locator("#events tr.event-row").first.locator("button.read").click()
    page.locator("#reader .hl.focus").first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 420
    assert page.errors == []


def hostile_article() -> Article:
    """An article whose every field carries markup and script."""
    evil = "<img src=x onerror=alert(2)>"
    text = (
        f"{XSS}\n\n{evil} Minister said: “{XSS}”.\n\n"
        f"The {evil}ians criticised <b>Ruritania</b> on Monday.\n"
    )
    sentence = f"The {evil}ians criticised <b>Ruritania</b> on Monday."
    at = text.index(sentence)
    src = (text.index(f"The {evil}ians") + 4, text.index("ians criticised") + 4)
    tgt = (text.index("<b>Ruritania</b>"), text.index("<b>Ruritania</b>") + 16)
    quote = (text.index("“") + 1, text.index("”"))
    speaker = (text.index(f"{evil} Minister"), text.index(" said:"))
    return Article(
        id="hostile<script>",
        source="hostile.txt",
        text=text,
        body=(0, len(text)),
        url="javascript:alert(3)",
        headline=f'<b onmouseover="alert(4)">Hostile</b> {XSS}',
        published="2023-05-05",
        language="en",
        mentions=[
            Mention(
                text[src[0] : src[1]], src, f"{evil} people", "EVL", "EVL", None, None, "group"
            ),
            Mention(text[tgt[0] : tgt[1]], tgt, "Ruritania", "RUR", "RUR", None, None, "country"),
        ],
        quotes=[
            Quote(
                "direct",
                text[quote[0] : quote[1]],
                quote,
                Speaker(text[speaker[0] : speaker[1]], speaker, f"{evil} Minister", "EVLGOV"),
                Cue("said", (speaker[1] + 1, speaker[1] + 5)),
            )
        ],
        events=[
            Event(
                Side(text[src[0] : src[1]], src, f"{evil} people", "EVL", "EVL"),
                Side(text[tgt[0] : tgt[1]], tgt, "<b>Ruritania</b>", "RUR", "RUR"),
                "111",
                "11",
                3,
                -2.0,
                "ACCUSE",
                None,
                False,
                Evidence(sentence, (at, at + len(sentence))),
                0.9,
            )
        ],
    )


def test_store_text_with_markup_and_script_stays_text_everywhere(store_url: str, page: Any) -> None:
    fill(store_url, [*seed_like_articles(), hostile_article()])
    with Server(store_url) as server:
        open_view(page, server, "?a=EVL")
        table = page.locator("#events").inner_text()
        assert "<img src=x onerror=alert(2)>ians criticised <b>Ruritania</b>" in table
        assert '<b onmouseover="alert(4)">Hostile</b>' in table
        assert "<img src=x onerror=alert(2)> people" in table
        network = page.locator("#network").text_content()
        assert "<img src=x onerror=alert(2)> people" in network and "<b>Ruritania</b>" in network
        quotes = page.locator("#quote-list").inner_text()
        assert XSS in quotes and "<img src=x onerror=alert(2)> Minister" in quotes
        page.locator("#f-b").fill("<img")
        wait_until(
            page,
            "[...document.querySelectorAll('#actors-b option')]"
            ".some((o) => o.value.startsWith('<img'))",
        )
        page.locator("#events tr.event-row").first.click()
        page.locator("#evidence-section mark.source").wait_for()
        assert "<b>Ruritania</b>" in page.locator("#evidence-section").inner_text()
        page.locator("#quote-list li.quote").first.locator("button.quote-evidence").click()
        page.locator("#evidence-section mark.quote").wait_for()
        assert page.locator("#evidence-section mark.quote").inner_text() == XSS
        page.locator("#quote-list li.quote").first.locator("button.read").click()
        page.locator("#reader .hl.q.focus").first.wait_for()
        reader = page.locator("#reader").inner_text()
        assert XSS in reader and '<b onmouseover="alert(4)">Hostile</b>' in reader
        assert page.locator("#reader a").count() == 0  # a javascript: URL is never a link
        page.goto(
            f"{server.url}/?a=%3Cscript%3Ealert(5)%3C/script%3E&speaker=%3Cimg%20src=x%20onerror=alert(6)%3E"
        )
        ready(page)
        assert page.locator("#f-a").input_value() == "<script>alert(5)</script>"
        page.wait_for_timeout(300)
        assert page.locator("img").count() == 0
        assert page.locator("script").count() == 1  # the page's own module
    assert page.dialogs == []
    assert page.errors == []


def test_events_dated_to_a_longer_span_get_no_bar_and_a_note(server: Server, page: Any) -> None:
    """The two events dated only to September are in no week's bar (no spike on its first
    week), counted in the summary's totals and said so; by month they are September's."""
    open_view(page, server, "?a=ARM&b=RUS&freq=week")
    summary = page.locator("#summary")
    said = " ".join(summary.inner_text().split())
    assert said.startswith("ARM ↔ RUS: 3 events")
    assert (
        "2 events dated only to a longer span (a year, a month) are not in the weekly bars" in said
    )
    assert summary.get_attribute("data-coarser") == "2"
    bars = page.locator("#timeline rect.bar")
    assert [bar.get_attribute("data-period") for bar in bars.all()] == ["2023-12-25"]
    open_view(page, server, "?a=ARM&b=RUS&freq=month")
    assert "dated only to a longer span" not in summary.inner_text()
    periods = {bar.get_attribute("data-period") for bar in bars.all()}
    assert periods == {"2023-09-01", "2023-12-01"}
    assert page.errors == []
