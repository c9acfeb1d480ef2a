"""The inputs of issue 16, each with two paraphrases written for these tests: what the
article stage did wrong, and what every later stage then got wrong because of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.article import analysis_text, build_article, main_text
from dyads.article.plain import structure_text
from dyads.cli import app
from dyads.pipeline import Pipeline
from dyads.records import Article, RawDocument

FILE_PHOTO = (
    "Serbian President Aleksandar Vucic and Chinese President Xi Jinping shake hands in "
    "Belgrade, May 8, 2023. (File photo)"
)
SERBIA_BODY = [
    "BELGRADE (Dyads Wire) - Serbia and China signed a free trade agreement on Tuesday, the "
    "Serbian government said.",
    "The agreement removes tariffs on most goods traded between the two countries and will "
    "take effect next year, officials in Belgrade said.",
    "Trade between Serbia and China has grown quickly over the past decade, and Chinese "
    "companies now run several factories and a copper mine in the east of the country.",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _html(before_body: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in SERBIA_BODY)
    return (
        "<html><head><title>Serbia and China sign trade deal</title></head><body><article>"
        f"<h1>Serbia and China sign trade deal</h1>{before_body}{body}</article></body></html>"
    )


def _no_fact_from(article: Article, words: str) -> None:
    """No event dated by the photo, and nothing found in the caption's words."""
    assert all(e.date is None or e.date.start != "2023-05-08" for e in article.events)
    at = article.text.find(words)
    if at >= 0:
        inside = [m for m in article.mentions if at <= m.span[0] < at + len(words)]
        assert inside == []


# -- captions --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "before",
    [
        f"<figure><img src='/x.jpg'><figcaption>{FILE_PHOTO}</figcaption></figure>",
        f"<div class='photo'><img src='/x.jpg'><div class='photo-caption'>{FILE_PHOTO}</div></div>",
        f"<p><img src='/x.jpg'></p><p>{FILE_PHOTO}</p>",
    ],
    ids=["figcaption", "caption-class", "paragraph-after-image"],
)
def test_caption_is_no_source_of_events(pipeline: Pipeline, before: str) -> None:
    raw = RawDocument(source="serbia.html", content=_html(before), kind="html")
    article = pipeline.process(raw, published="2023-10-17")
    assert "shake hands" not in main_text(article)
    assert article.headline == "Serbia and China sign trade deal"
    _no_fact_from(article, "shake hands")
    assert any(e.source.code and e.source.code.startswith("SRB") for e in article.events)


def test_plain_text_caption_line_is_the_caption_and_blanked(pipeline: Pipeline) -> None:
    text = "\n\n".join([FILE_PHOTO, "Serbia and China sign trade deal", *SERBIA_BODY])
    raw = RawDocument(source="serbia.txt", content=text)
    article = pipeline.process(raw, published="2023-10-17")
    assert article.caption == FILE_PHOTO
    assert article.headline == "Serbia and China sign trade deal"
    assert "shake hands" not in analysis_text(article)
    _no_fact_from(article, "shake hands")


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Ministers arrive for the signing in Belgrade on Tuesday.",
        "Ministers arrive for the signing in Belgrade. (AP Photo/Jane Roe)",
        "Ministers arrive for the signing in Belgrade on Tuesday / Getty Images",
    ],
)
def test_caption_inside_the_body_is_blanked(caption: str) -> None:
    text = "\n\n".join(
        ["Serbia and China sign trade deal", SERBIA_BODY[0], caption, *SERBIA_BODY[1:]]
    )
    article = build_article(RawDocument(source="s.txt", content=text))
    assert caption not in main_text(article)
    assert SERBIA_BODY[2] in main_text(article)
    assert article.caption == caption


# -- bylines ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("headline", "byline_line", "opening", "byline", "place", "agency"),
    [
        (
            "EU Agrees To Open Membership Talks With Moldova",
            "By Maria Jensen and Tomas Berg",
            "BRUSSELS (Dyads Wire) - ",
            "Maria Jensen and Tomas Berg",
            "BRUSSELS",
            "Dyads Wire",
        ),
        (
            "Moldova Wins Backing For Accession Talks",
            "By LENA KOVAC, Associated Press",
            "LUXEMBOURG (AP) — ",
            "LENA KOVAC, Associated Press",
            "LUXEMBOURG",
            "AP",
        ),
        (
            "EU Ministers Back Talks With Moldova",
            "by Peter Hale",
            "STRASBOURG, Dec 14 (Reuters) - ",
            "Peter Hale",
            "STRASBOURG",
            "Reuters",
        ),
    ],
)
def test_byline_is_neither_headline_nor_caption(
    headline: str, byline_line: str, opening: str, byline: str, place: str, agency: str
) -> None:
    text = (
        f"{headline}\n\n{byline_line}\n\n{opening}European Union governments agreed on Tuesday "
        "to open membership talks with Moldova, diplomats said after the meeting.\n\n"
        "The decision follows a report by the European Commission."
    )
    parts = structure_text(text)
    assert parts.headline == headline
    assert parts.byline == byline
    assert parts.caption is None
    assert (parts.dateline.place, parts.dateline.agency) == (place, agency)
    assert text[parts.body[0] :].startswith("European Union governments agreed")


def test_reporters_get_no_actor_codes(pipeline: Pipeline) -> None:
    text = (
        "EU Agrees To Open Membership Talks With Moldova\n\nBy Maria Jensen and Tomas Berg\n\n"
        "BRUSSELS (Dyads Wire) - European Union governments agreed on Tuesday to open "
        "membership talks with Moldova, diplomats said.\n\nThe decision follows a report by "
        "the European Commission."
    )
    article = pipeline.process(RawDocument(source="eu.txt", content=text))
    assert article.byline == "Maria Jensen and Tomas Berg"
    assert not [m for m in article.mentions if "Jensen" in m.text or "Berg" in m.text]


# -- a quotation on the first line -----------------------------------------------------------
def test_opening_quotation_is_not_the_headline(pipeline: Pipeline) -> None:
    text = (
        "“We will keep supporting Ukraine for as long as it takes.” — NATO Secretary General "
        "Jens Stoltenberg\n\nNATO allies met in Brussels on Tuesday to discuss further military "
        "aid to Ukraine.\n\nThe ministers agreed to meet again in June."
    )
    article = pipeline.process(RawDocument(source="nato.txt", content=text))
    assert article.headline is None
    assert article.body[0] == 0
    speakers = {q.speaker.actor for q in article.quotes if q.speaker and q.kind == "direct"}
    assert "Jens Stoltenberg" in speakers


@pytest.mark.parametrize(
    "first",
    [
        '"Europe must stand together on energy" - European Commission President',
        "«We will not give up a single village» — President of Armenia",
    ],
)
def test_opening_quotation_paraphrases_stay_in_the_body(first: str) -> None:
    text = f"{first}\n\nLeaders met in Brussels on Monday.\n\nThey agreed to meet again in June."
    parts = structure_text(text)
    assert parts.headline is None and parts.caption is None
    assert parts.body[0] == 0


# -- the sentence after a dateline -----------------------------------------------------------
def _events(path: Path, published: str = "2023-05-04") -> set[tuple[str | None, str, str | None]]:
    result = CliRunner().invoke(app, ["extract", str(path), "--published", published])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)["articles"]
    return {(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in article["events"]}


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        (
            "CHISINAU, May 2 (Example News) - ",
            "Moldova and France signed a defence cooperation agreement on Thursday, the Moldovan "
            "government said.",
        ),
        (
            "WARSAW, May 3 (Reuters) - ",
            "Poland and Ukraine signed a border security agreement on Wednesday, the Polish "
            "government said.",
        ),
        (
            "BERLIN (dpa) - ",
            "Germany and Moldova signed an energy cooperation agreement on Tuesday, the German "
            "government said.",
        ),
    ],
)
def test_sentence_after_dateline_gives_the_same_events_as_alone(
    tmp_path: Path, dateline: str, sentence: str
) -> None:
    alone, with_dateline = tmp_path / "alone.txt", tmp_path / "dateline.txt"
    alone.write_text(sentence + "\n", encoding="utf-8")
    with_dateline.write_text(dateline + sentence + "\n", encoding="utf-8")
    expected = _events(alone)
    assert expected, "the sentence alone is coded"
    assert _events(with_dateline) == expected


def test_dateline_is_blanked_for_analysis() -> None:
    text = "CHISINAU, May 2 (Example News) - Moldova and France signed an agreement on Thursday."
    article = build_article(RawDocument(source="d.txt", content=text))
    assert article.dateline.place == "CHISINAU"
    blanked = analysis_text(article)
    assert blanked[: article.body[0]].strip() == ""
    assert blanked[article.body[0] :] == text[article.body[0] :]


# -- end-of-page furniture in plain text -----------------------------------------------------
@pytest.mark.parametrize(
    "tail",
    [
        ["Read more:", "Moldova opens talks with the EU", "France and Moldova sign defence pact"],
        ["Related:", "Serbia signs trade deal with China", "Tags: Moldova, EU, enlargement, talks"],
        [
            "Sign up for our morning newsletter and get the top stories in your inbox.",
            "Share this article",
            "Like this story? Share it with a friend!",
        ],
    ],
)
def test_end_of_page_furniture_is_not_body(tail: list[str]) -> None:
    body = SERBIA_BODY
    text = "\n\n".join(["Serbia and China sign trade deal", *body, *tail])
    article = build_article(RawDocument(source="s.txt", content=text))
    assert text[: article.body[1]].endswith(body[-1])
    for line in tail:
        assert line not in main_text(article)
    assert {item.text for item in article.boilerplate} >= set(tail)
