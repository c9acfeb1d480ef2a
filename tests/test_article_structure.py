"""The article stage on plain text: caption, headline, dateline, body, boilerplate."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyads.article import build_article, normalise_date
from dyads.article.boilerplate import repeated_lines
from dyads.article.plain import structure_text
from dyads.cli import app
from dyads.records import RawDocument


def test_seed_structure_matches_gold(seed_path, seed_text: str, seed_gold: dict) -> None:
    result = CliRunner().invoke(app, ["extract", str(seed_path), "--published", "2023-12-28"])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)["articles"]
    want = seed_gold["structure"]
    assert article["text"] == seed_text  # offsets refer to the file exactly as read
    assert article["caption"] == want["caption"]
    assert article["headline"] == want["headline"]
    assert {k: article["dateline"][k] for k in want["dateline"]} == want["dateline"]
    assert article["dateline"].get("region") is None  # "YEREVAN (Azatutyun) —" names none
    assert [item["text"] for item in article["boilerplate"]] == want["boilerplate"]
    for item in article["boilerplate"]:
        start, end = item["span"]
        assert seed_text[start:end] == item["text"]
    start, end = article["body"]
    assert seed_text[start:end].startswith(want["body_starts_with"])
    assert seed_text[start:end].endswith(want["body_ends_with"])
    assert article["published"] == "2023-12-28"
    assert article["language"] == "en"


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("WASHINGTON, Dec 28 (Reuters) - ", "WASHINGTON", "Reuters"),
        ("NEW YORK — ", "NEW YORK", None),
        ("ST. PETERSBURG, Russia (AP) — ", "ST. PETERSBURG", "AP"),
        ("Kyiv (AFP) – ", "Kyiv", "AFP"),
    ],
)
def test_dateline_forms(opening: str, place: str, agency: str | None) -> None:
    text = f"Ministers Meet Again\n\n{opening}The ministers met on Monday to talk.\n\nThey agreed."
    parts = structure_text(text)
    assert parts.dateline.place == place
    assert parts.dateline.agency == agency
    assert text[parts.body[0] :].startswith("The ministers met")
    assert parts.headline == "Ministers Meet Again"


def test_no_header_no_dateline_is_all_body() -> None:
    text = "The ministers met on Monday - and talked for hours.\n\nThey agreed to meet again."
    parts = structure_text(text)
    assert parts.headline is None and parts.caption is None
    assert parts.dateline.place is None
    assert parts.body == (0, len(text))


def test_caption_marker_and_known_title() -> None:
    text = "Photo: the two leaders in Paris\n\nLeaders Meet in Paris\n\nThe leaders met today."
    parts = structure_text(text, title="Leaders Meet in Paris")
    assert parts.headline == "Leaders Meet in Paris"
    assert parts.caption == "Photo: the two leaders in Paris"


def test_boilerplate_patterns_and_repeated_lines() -> None:
    shared_line = "Dyads Wire: independent news since 1990"
    texts = [f"Story {i} begins here and goes on.\n\n{shared_line}\n\nIt ends." for i in range(3)]
    repeated = repeated_lines(texts)
    text = f"A story.\n\nSubscribe to our newsletter\n\nMore story.\n\n{shared_line}"
    parts = structure_text(text, repeated=repeated)
    assert [b.text for b in parts.boilerplate] == ["Subscribe to our newsletter", shared_line]
    assert (
        text[parts.body[0] : parts.body[1]]
        == "A story.\n\nSubscribe to our newsletter\n\nMore story."
    )


def test_publication_date_is_never_guessed() -> None:
    assert normalise_date("2023-12-28T10:00:00Z") == "2023-12-28"
    assert normalise_date("December 28, 2023") == "2023-12-28"
    assert normalise_date("December 2023") is None  # no day: not guessed
    assert normalise_date("not a date") is None
    raw = RawDocument(source="x.txt", content="The ministers met on Monday in Paris and talked.")
    assert build_article(raw).published is None
    assert build_article(raw, published="2024-01-02").published == "2024-01-02"
    dated = RawDocument(source="x.jsonl:1", content=raw.content, published="2023-05-01")
    assert build_article(dated, published="2024-01-02").published == "2023-05-01"


def test_non_english_article_is_built_and_marked_not_analysed() -> None:
    raw = RawDocument(
        source="fr.txt",
        content="Les ministres des affaires étrangères se sont réunis mardi à Bruxelles "
        "pour discuter des sanctions et de la situation dans la région.",
    )
    article = build_article(raw)
    assert article.language == "fr"
    assert article.analysed is False
    assert article.analysis_note is not None and "'fr'" in article.analysis_note
    assert article.text == raw.content
    assert build_article(raw, languages=("en", "fr")).analysed is True
