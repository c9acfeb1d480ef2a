"""Pages as published: a fixed set of news pages written for these tests (no third-party
text), each with the furniture the article stage must keep out of the analysed text: photo
captions and credits, bylines, author blocks, inline related-story links, end-of-page lists.

Every page is built the way ``dyads ingest`` builds it (``build_article``), and the checks are
on ``main_text`` (what the language stages read) and on the fields the furniture goes to.
"""

from __future__ import annotations

import pytest

from dyads.article import analysis_text, build_article, main_text
from dyads.records import Article, RawDocument

BODY = [
    "Ministers from the two countries met in the capital on Monday to discuss the dispute over "
    "water rights on the river, which has strained relations for more than a decade.",
    "Officials said the talks lasted five hours and ended with an agreement to set up a joint "
    "commission that will report on the sharing of the river's flow by the end of next year.",
    "Opposition leaders criticised the deal, saying the government had given ground without "
    "consulting parliament, and called for a public debate before any treaty is signed.",
    "Analysts in the region described the meeting as the most significant step towards a "
    "settlement since the two sides restored diplomatic ties four years ago.",
]


def _page(article: str, *, title: str = "Neighbours agree to share river water") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
</nav></header>
<main>{article}</main>
<footer><p>The Daily Ledger, 12 Market Street.</p></footer></body></html>"""


def _paragraphs(items: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in items)


def _build(html: str) -> Article:
    return build_article(RawDocument(source="page.html", content=html, kind="html"))


def _assert_body(article: Article) -> str:
    text = " ".join(main_text(article).split())
    for paragraph in BODY[1:]:
        assert paragraph in text
    return text


def test_figure_caption_with_file_photo_before_the_body() -> None:
    caption = (
        "Serbian President Aleksandar Vucic and Chinese President Xi Jinping shake hands in "
        "Belgrade, May 8, 2023. (File photo)"
    )
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        f'<figure><img src="/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        f"{_paragraphs(BODY)}</article>"
    )
    article = _build(html)
    assert article.caption == caption
    text = _assert_body(article)
    assert "shake hands" not in text and "File photo" not in text


def test_caption_and_credit_classes_beside_an_image_without_article_markup() -> None:
    html = _page(
        '<div class="story"><h1>Neighbours agree to share river water</h1>'
        '<div class="media"><img src="/b.jpg"><div class="image-caption">Farmers draw water from '
        'the river near the border on Sunday. <span class="photo-credit">Photo: Ana Ruiz / Ledger'
        "</span></div></div>"
        f"{_paragraphs(BODY[:2])}"
        '<div class="wp-block-image"><img src="/c.jpg">'
        "<p>A dam upstream of the border crossing.</p></div>"
        f"{_paragraphs(BODY[2:])}</div>"
    )
    text = _assert_body(_build(html))
    assert "Farmers draw water" not in text
    assert "Ana Ruiz" not in text
    assert "A dam upstream" not in text


def test_byline_markup_is_the_byline_not_the_text() -> None:
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        '<p class="article-author">By <a rel="author" href="/staff/mj">Maria Jensen</a> and '
        '<a rel="author" href="/staff/tb">Tomas Berg</a> | May 2, 2023 10:15</p>'
        f"{_paragraphs(BODY)}</article>"
    )
    article = _build(html)
    assert article.byline == "Maria Jensen and Tomas Berg"
    assert "Maria Jensen" not in _assert_body(article)


def test_itemprop_author_and_closing_author_block() -> None:
    bio = "Maria Jensen is a correspondent for The Daily Ledger in Brussels."
    html = _page(
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        "<h1>Neighbours agree to share river water</h1>"
        '<div class="meta"><span itemprop="author">Maria Jensen</span></div>'
        f"{_paragraphs(BODY)}"
        f'<div class="author-bio"><p>{bio}</p></div></article>'
    )
    article = _build(html)
    assert article.byline == "Maria Jensen"
    assert bio not in _assert_body(article)


@pytest.mark.parametrize(
    "name",
    [
        # a person card: the name links to a pop-up that repeats it and lists stories
        '<span class="rollover-people"><a href="/people/jane-hale">Jane Hale</a>'
        '<span class="rollover-people-block"><span>Jane Hale</span>'
        '<a href="/x/1">Lawmakers press agency on river data</a>'
        '<a href="/x/2">Hale seeks inquiry into dam safety</a></span></span>',
        # a tooltip after the link, repeating the name with a role and a story
        '<a href="/people/jane-hale">Jane Hale</a><span class="tip">Jane Hale, member for the '
        'river district. <a href="/x/3">Lawmakers press agency on river data</a></span>',
        # the same name linked twice, the second time hidden from readers
        '<a href="/people/jane-hale">Jane Hale</a><a href="/people/jane-hale" '
        'aria-hidden="true">Jane Hale Lawmakers press agency on river data</a>',
    ],
    ids=["person-card", "tooltip", "hidden-repeat"],
)
def test_inline_related_story_cards_are_not_run_into_the_sentence(name: str) -> None:
    sentence = (
        f"Rep. {name} (D-Ore.) said on Tuesday that the committee would hold a hearing on the "
        "agreement."
    )
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        f"{_paragraphs(BODY[:2])}<p>{sentence}</p>{_paragraphs(BODY[2:])}</article>"
    )
    text = _assert_body(_build(html))
    assert "Rep. Jane Hale (D-Ore.) said on Tuesday" in text
    assert "Lawmakers press" not in text and "Jane HaleJane Hale" not in text


def test_link_box_inside_a_paragraph_is_dropped_but_links_in_a_sentence_stay() -> None:
    box = (
        '<span class="related-inline">Related coverage: <a href="/r/1">Drought hits southern '
        'farms</a> <a href="/r/2">River talks stall again in spring</a></span>'
    )
    prose = (
        'The <a href="/org/commission">joint commission</a> will meet in <a href="/city">the '
        "capital</a> every three months, officials said."
    )
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        f"{_paragraphs(BODY[:2])}<p>{prose} {box}</p>{_paragraphs(BODY[2:])}</article>"
    )
    text = _assert_body(_build(html))
    assert "The joint commission will meet in the capital every three months" in text
    assert "Drought hits" not in text


def test_end_of_page_furniture_read_more_related_newsletter_share() -> None:
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        f"{_paragraphs(BODY)}"
        "<p>Sign up for our morning newsletter to get the day's top stories in your inbox.</p>"
        "<p>Share this article</p>"
        "<p>Read more:</p>"
        "<p>Drought hits southern farms as reservoirs fall</p>"
        "<p>River talks stall again after spring floods</p>"
        "</article>"
    )
    article = _build(html)
    text = _assert_body(article)
    assert "newsletter" not in text
    assert "Share this" not in text
    assert "Drought hits" not in text and "Read more" not in text
    assert article.text[article.body[1] :].strip() == "" or all(
        item.span[0] >= article.body[1] or item.kind != "furniture" for item in article.boilerplate
    )


def test_reporting_credit_and_related_line_inside_a_block() -> None:
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        f"{_paragraphs(BODY[:3])}"
        f"<div>{BODY[3]}<br>Related: Drought hits southern farms as reservoirs fall</div>"
        "<p>(Reporting by Maria Jensen; Editing by Tomas Berg)</p>"
        "</article>"
    )
    article = _build(html)
    text = _assert_body(article)
    assert "Reporting by" not in text
    assert "Drought hits" not in text
    kinds = {item.kind for item in article.boilerplate}
    assert "credit" in kinds


def test_short_story_caption_stays_out_on_the_extractor_fallback() -> None:
    caption = "Ministers shake hands after the talks in the capital, May 8, 2023. (File photo)"
    html = (
        "<html><body><div>"
        f'<figure><img src="/d.jpg"><figcaption>{caption}</figcaption></figure>'
        "<p>The two countries signed a water-sharing agreement on Monday, officials said.</p>"
        "</div></body></html>"
    )
    article = _build(html)
    assert "shake hands" not in main_text(article)
    assert "signed a water-sharing agreement" in main_text(article)


def test_hidden_text_is_not_main_text() -> None:
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        f"{_paragraphs(BODY[:2])}"
        '<p style="display: none">Subscribers only: read the full dossier on river rights.</p>'
        '<div aria-hidden="true"><p>Advert: holidays on the river from 99 euros.</p></div>'
        f"{_paragraphs(BODY[2:])}</article>"
    )
    text = _assert_body(_build(html))
    assert "Subscribers only" not in text and "holidays on the river" not in text


def test_blanked_text_keeps_every_offset() -> None:
    html = _page(
        "<article><h1>Neighbours agree to share river water</h1>"
        f"{_paragraphs(BODY)}<p>Share this article</p><p>Read more:</p>"
        "<p>River talks stall again after spring floods</p></article>"
    )
    article = _build(html)
    blanked = analysis_text(article)
    assert len(blanked) == len(article.text)
    for start, end in (item.span for item in article.boilerplate):
        assert blanked[start:end].strip() == ""
    start, end = article.body
    kept = [i for i, ch in enumerate(blanked[start:end], start) if not ch.isspace()]
    assert all(blanked[i] == article.text[i] for i in kept)


@pytest.mark.parametrize(
    ("credit", "opening"),
    [
        ('<span class="author">Reuters</span>', "(Reuters) — "),
        ('<div class="byline">AP</div>', "(AP) — "),
        ('<p class="photo-credit">Getty Images</p>', "Getty Images said on Monday that "),
    ],
)
def test_a_short_credit_taken_out_does_not_take_a_sentence_with_it(
    credit: str, opening: str
) -> None:
    first = opening + BODY[0][0].lower() + BODY[0][1:]
    html = _page(
        f"<article><h1>Neighbours agree to share river water</h1>{credit}"
        f"{_paragraphs([first, *BODY[1:]])}</article>"
    )
    text = " ".join(main_text(_build(html)).split())
    assert first in text
