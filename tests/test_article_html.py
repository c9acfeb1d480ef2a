"""HTML main-text extraction (dyads.article.html) and its benchmark scorer (dyads.evaluate.html)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from dyads.article.html import HtmlArticle, HtmlError, decode_html, extract_html
from dyads.evaluate.html import evaluate_html, score

PARAGRAPHS = [
    "The foreign ministers met in the capital on Thursday to discuss the border dispute, "
    "which has strained relations between the two neighbours for more than three decades.",
    "Officials said the talks lasted four hours and ended with an agreement to set up a joint "
    "commission that will report on the demarcation of the frontier by the end of next year.",
    "Opposition leaders criticised the deal, saying the government had made concessions without "
    "consulting parliament, and called for a public debate before any treaty is signed.",
    "Analysts in the region described the meeting as the most significant step towards a "
    "settlement since the ceasefire, although several questions remain unresolved.",
]


def page(head: str = "", before: str = "", paragraphs: list[str] | None = None) -> str:
    """A news page: navigation, an article with paragraphs, related links and a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Border talks | Daily Planet</title>
{head}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
{before}
<div class="article-body">{body}</div>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Markets slide on trade fears</a></li>
<li><a href="/b">Storm closes airports</a></li></ul></aside></main>
<footer><p>Copyright Daily Planet. All rights reserved.</p></footer>
</body></html>"""


def ld_json(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_main_text_keeps_paragraphs_and_drops_boilerplate() -> None:
    article = extract_html(page(before="<h1>Ministers agree to border commission</h1>"))
    assert isinstance(article, HtmlArticle)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert "Markets slide" not in article.text
    assert "Copyright" not in article.text


def test_headline_from_json_ld_graph_wins_over_h1_and_og_title() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Daily Planet"},
            {"@type": "NewsArticle", "headline": "Ministers agree to a border commission"},
        ],
    }
    html = page(
        head=ld_json(graph) + '<meta property="og:title" content="Border talks | Daily Planet">',
        before="<h1>Border talks: live</h1>",
    )
    assert extract_html(html).headline == "Ministers agree to a border commission"


def test_single_h1_is_the_headline() -> None:
    html = page(
        head='<meta property="og:title" content="Something else entirely">',
        before="<h1>Ministers agree to border commission</h1>",
    )
    assert extract_html(html).headline == "Ministers agree to border commission"


def test_headline_kicker_and_date_stamp_repeated_in_body_are_dropped() -> None:
    furniture = ["World", "Ministers agree to border commission", "14 December 2023, 10:45"]
    html = page(
        before="<h1>Ministers agree to border commission</h1>", paragraphs=furniture + PARAGRAPHS
    )
    assert extract_html(html).text.split("\n\n") == PARAGRAPHS


def test_leading_heading_that_is_not_the_headline_is_kept() -> None:
    lead = ["Calendar of talks for 2024"]
    html = page(
        before="<h1>Ministers agree to border commission</h1>", paragraphs=lead + PARAGRAPHS
    )
    assert extract_html(html).text.split("\n\n") == lead + PARAGRAPHS


@pytest.mark.parametrize("sep", [" | ", " - ", " – ", " :: "])
def test_og_title_site_suffix_is_stripped(sep: str) -> None:
    head = (
        f'<meta property="og:title" content="Border commission agreed{sep}Daily Planet">'
        '<meta property="og:site_name" content="Daily Planet">'
    )
    html = page(head=head, before="<h1>World</h1><h1>Border talks</h1>")
    assert extract_html(html).headline == "Border commission agreed"


def test_og_title_dash_that_does_not_name_the_site_is_kept() -> None:
    head = (
        '<meta property="og:title" content="Peace talks - a new start">'
        '<meta property="og:site_name" content="Daily Planet">'
    )
    html = page(head=head, before="<h1>One</h1><h1>Two</h1>")
    assert extract_html(html).headline == "Peace talks - a new start"


def test_publication_date_prefers_the_original_date() -> None:
    head = (
        '<meta property="article:published_time" content="2023-12-28T09:15:00+00:00">'
        '<meta property="article:modified_time" content="2024-01-05T17:00:00+00:00">'
    )
    assert extract_html(page(head=head)).published == "2023-12-28"


def test_publication_date_from_json_ld() -> None:
    obj = {"@type": "NewsArticle", "headline": "Talks", "datePublished": "2021-03-04T10:00:00Z"}
    assert extract_html(page(head=ld_json(obj))).published == "2021-03-04"


def test_no_date_is_none_not_today() -> None:
    assert extract_html(page()).published is None


def test_url_argument_wins_and_canonical_is_the_fallback() -> None:
    html = page(head='<link rel="canonical" href="https://planet.example/world/border-talks">')
    assert extract_html(html).url == "https://planet.example/world/border-talks"
    assert extract_html(html, url="https://x.example/a").url == "https://x.example/a"


def test_caption_from_figcaption_without_credit() -> None:
    figure = (
        '<figure><img src="/ministers.jpg" alt="">'
        "<figcaption>The ministers shake hands after the talks."
        '<span class="credit">Photo: Jane Doe/Agency</span></figcaption></figure>'
    )
    article = extract_html(page(before=figure))
    assert article.caption == "The ministers shake hands after the talks."


def test_no_caption_when_none_is_marked() -> None:
    assert extract_html(page()).caption is None


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n\t ",
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
        "<<<>>>",
        "\x00\x01\x02",
        "https://example.com/news/article-1",  # never fetched: htmldate would download it
    ],
)
def test_empty_or_textless_html_raises_html_error(html: str) -> None:
    with pytest.raises(HtmlError, match=r"HTML page"):
        extract_html(html)


def test_navigation_only_page_has_no_main_text() -> None:
    html = '<html><body><nav><a href="/">Home</a> <a href="/b">News</a></nav></body></html>'
    with pytest.raises(HtmlError, match="no main text found in the HTML page"):
        extract_html(html)


def test_bytes_input_is_rejected_with_a_hint() -> None:
    with pytest.raises(HtmlError, match="decode bytes first"):
        extract_html(page().encode())  # type: ignore[arg-type]


def test_arbitrary_bytes_raise_only_html_error() -> None:
    rng = random.Random(20231228)
    real = page().encode("utf-8")
    for _ in range(60):
        size = rng.randint(0, 3000)
        junk = bytes(rng.randrange(256) for _ in range(size))
        cut = rng.randint(0, len(real))
        for data in (junk, real[:cut] + junk, junk + real[cut:]):
            try:
                result = extract_html(data.decode("utf-8", errors="surrogateescape"))
            except HtmlError as err:
                assert str(err)
            else:
                assert isinstance(result, HtmlArticle) and result.text


def test_decode_html_honours_meta_charset_and_bom() -> None:
    text = "<html><head><meta charset='windows-1251'></head><body><p>Москва</p></body></html>"
    assert "Москва" in decode_html(text.encode("cp1251"))
    latin = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    assert "café" in decode_html((latin + "<p>café</p>").encode("cp1252"))
    assert decode_html("<p>ok</p>".encode("utf-8-sig")) == "<p>ok</p>"
    assert "naïve" in decode_html("<p>naïve</p>".encode())


def test_score_is_shingle_precision_and_recall() -> None:
    gold = "a b c d e f g h"  # five 4-gram shingles
    assert score(gold, gold) == (1.0, 1.0)
    assert score("a b c d e f", gold) == pytest.approx((1.0, 3 / 5))
    assert score("", gold) == (0.0, 0.0)
    # multisets: repeating the text is penalised, punctuation is not a token
    assert score("a b c d a b c d", "a b c d") == pytest.approx((1 / 5, 1.0))
    assert score("a, b. c; d!", "a b c d") == (1.0, 1.0)


def test_dev_main_text_f1(shared_dir: Path) -> None:
    if not (shared_dir / "eval" / "html_articles" / "dev" / "ground-truth.json").is_file():
        pytest.skip("html_articles/dev is absent")
    result = evaluate_html("dev", shared_dir)
    assert result["n"] == 90 and len(result["articles"]) == 90
    # every page, whatever its language, read and built as ``dyads ingest`` does
    assert result["n_failed"] == 0
    assert result["f1"] >= 0.96, (result["precision"], result["recall"], result["f1"])
    assert result["english"]["f1"] >= 0.96
    assert result["english"]["n"] < result["n"]
    tune, report = result["parts"]["tune"], result["parts"]["report"]
    assert tune["n"] + report["n"] == 90
    assert abs(tune["f1"] - report["f1"]) <= 0.05
