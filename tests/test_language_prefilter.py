"""Plainly English text is identified without the language identifier's model, and only where
that cannot change the outcome: the identifier agrees on every such text, and any other text
(another language, a short or mixed one) still goes to the model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dyads.article import language
from dyads.article.language import SAMPLE_CHARS, detect_language, plainly_english
from test_article_languages import ENGLISH, GERMAN, RUSSIAN
from test_crash_safety import news_articles

ROOT = Path(__file__).resolve().parents[1]
FRENCH = (
    "Le gouvernement a annoncé mardi un nouveau plan de soutien aux agriculteurs, qui "
    "manifestent depuis plusieurs semaines contre la baisse de leurs revenus. Selon le "
    "ministre, les mesures seront présentées au Parlement avant la fin du mois, et les "
    "syndicats ont déjà fait savoir qu'ils jugeaient ce plan insuffisant pour répondre à la "
    "crise. Les discussions doivent reprendre jeudi à Paris avec les représentants du secteur."
)


def english_texts() -> list[str]:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in samples] + [
        text for _, text in news_articles(12)
    ]


def test_english_news_is_plainly_english_and_the_identifier_agrees() -> None:
    texts = english_texts()
    passed = [text for text in texts if plainly_english(text[:SAMPLE_CHARS])]
    assert len(passed) >= len(texts) - 2  # nearly every English article takes the short way
    for text in passed:
        assert language._identifier().classify(text[:SAMPLE_CHARS])[0] == "en"


@pytest.mark.parametrize("text", [FRENCH, GERMAN, RUSSIAN, ENGLISH[:200]])
def test_other_languages_and_short_texts_go_to_the_identifier(text: str) -> None:
    assert not plainly_english(text)


def test_mixed_text_goes_to_the_identifier() -> None:
    english, french = english_texts()[0][:1500], FRENCH * 3
    assert not plainly_english((french + english)[:SAMPLE_CHARS])


def test_detect_language_skips_the_model_only_when_english_is_served() -> None:
    text = english_texts()[0]
    assert detect_language(text, served=("en",)) == ("en", 1.0)
    asked = language._identifier().classify(text[:SAMPLE_CHARS])
    assert detect_language(text, served=("de",)) == asked  # its probability matters: asked
    assert detect_language(FRENCH, served=("en",))[0] == "fr"


def test_extract_of_english_never_loads_the_model(tmp_path: Path) -> None:
    """``dyads extract`` of an English article runs without the identifier's model, and of a
    French one still loads it and records the article as not analysed, saying why."""
    script = (
        "import sys\n"
        "from dyads.cli import main\n"
        "from dyads.article import language\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('MODEL', language._load.cache_info().currsize, file=sys.stderr)\n"
    )
    english, french = tmp_path / "en.txt", tmp_path / "fr.txt"
    english.write_text(english_texts()[0], encoding="utf-8")
    french.write_text(FRENCH, encoding="utf-8")
    for path, loaded in ((english, 0), (french, 1)):
        done = subprocess.run(
            [sys.executable, "-c", script, "extract", str(path), "--format", "json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert f"MODEL {loaded}" in done.stderr
        if loaded:
            assert '"analysed": false' in done.stdout
            assert "language is 'fr'" in done.stdout
