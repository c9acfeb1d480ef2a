"""Every language goes through the article stage and is stored; the language stages run only
on the languages the installed models serve, and ``dyads reanalyse`` runs them later in place.

The Russian and German stories are written for these tests in the wires' forms (TASS, dpa)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dyads.article import build_article
from dyads.cli import app
from dyads.config import load_settings
from dyads.pipeline import Pipeline
from dyads.reanalyse import NotServed, reanalyse_language
from dyads.records import RawDocument
from dyads.store import open_store
from dyads.store.base import migrations, split_statements

RUSSIAN = (
    "Россия и Армения обсудили сотрудничество в сфере безопасности\n\n"
    "МОСКВА, 28 декабря. /ТАСС/. Министр иностранных дел России провел в четверг переговоры "
    "со своим армянским коллегой. Стороны обсудили вопросы региональной безопасности и "
    "экономического сотрудничества, сообщили в министерстве.\n\n"
    "По словам министра, переговоры прошли в конструктивной атмосфере. Следующая встреча "
    "запланирована на весну будущего года."
)
GERMAN = (
    "Bundesregierung sagt Moldau weitere Hilfe zu\n\n"
    "BERLIN (dpa) - Die Bundesregierung will die Republik Moldau in diesem Jahr mit weiteren "
    "20 Millionen Euro unterstützen. Das kündigte das Auswärtige Amt am Dienstag in Berlin an. "
    "Das Geld soll vor allem in die Energieversorgung des Landes fließen.\n\n"
    "Die Regierung in Chisinau begrüßte die Zusage und sprach von einem wichtigen Zeichen der "
    "Solidarität."
)
ENGLISH = (
    "France And Moldova Sign Defence Pact\n\n"
    "CHISINAU, May 2 (Example News) - Moldova and France signed a defence cooperation "
    "agreement on Thursday, the Moldovan government said.\n\n"
    "The agreement covers training, the exchange of information and joint exercises, and it "
    "will be reviewed by both parliaments before it takes effect later this year."
)


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ru-tass.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "de-dpa.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def test_russian_and_german_are_stored_with_structure_not_analysed(
    stories: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(stories), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "stored, not analysed: 1 de, 1 ru" in result.output
    store = open_store(str(db))
    try:
        rows = {
            row["language"]: row
            for row in store.query(
                "SELECT id, language, text, headline, dateline_place, dateline_agency, "
                "analysed, analysis_note, body_start FROM articles"
            )
        }
        mentions = store.query(
            "SELECT a.language FROM mentions m JOIN articles a ON a.id = m.article_id"
        )
    finally:
        store.close()
    assert set(rows) == {"ru", "de", "en"}
    ru, de, en = rows["ru"], rows["de"], rows["en"]
    assert ru["text"] == RUSSIAN and de["text"] == GERMAN
    assert ru["headline"] == "Россия и Армения обсудили сотрудничество в сфере безопасности"
    assert (ru["dateline_place"], ru["dateline_agency"]) == ("МОСКВА", "ТАСС")
    assert RUSSIAN[ru["body_start"] :].startswith("Министр иностранных дел")
    assert de["headline"] == "Bundesregierung sagt Moldau weitere Hilfe zu"
    assert (de["dateline_place"], de["dateline_agency"]) == ("BERLIN", "dpa")
    assert GERMAN[de["body_start"] :].startswith("Die Bundesregierung will")
    for row in (ru, de):
        assert row["analysed"] is False
        assert f"'{row['language']}'" in row["analysis_note"]
    assert en["analysed"] is True and en["analysis_note"] is None
    assert {row["language"] for row in mentions} == {"en"}


def test_show_gives_the_analysed_flag_and_reason(stories: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    CliRunner().invoke(app, ["ingest", str(stories / "de-dpa.txt"), "--db", db])
    store = open_store(db)
    try:
        (row,) = store.query("SELECT id FROM articles")
        record = store.article(row["id"])
    finally:
        store.close()
    assert record is not None
    assert record["analysed"] is False and "'de'" in record["analysis_note"]


def test_reanalyse_without_a_model_for_the_language_says_so(stories: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    CliRunner().invoke(app, ["ingest", str(stories), "--db", db])
    result = CliRunner().invoke(app, ["reanalyse", "--language", "ru", "--db", db])
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert "no installed model serves 'ru'" in message
    assert "1 'ru' article as stored, not analysed" in message


def test_reanalyse_runs_the_stages_in_place_once_the_language_is_served(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.duckdb"))
    try:
        # stored while English was not served (as Russian is today) ...
        not_served = Pipeline(load_settings(languages=("de",)))
        article = not_served.process(RawDocument(source="en.txt", content=ENGLISH))
        assert article.analysed is False and article.events == []
        store.save_article(article)
        with pytest.raises(NotServed):
            reanalyse_language(not_served, store, "en")
        # ... and analysed in place once a model serves it
        done = reanalyse_language(Pipeline(load_settings(languages=("en",))), store, "en")
        assert (done.articles, done.failed) == (1, 0) and done.events > 0
        (row,) = store.query("SELECT id, analysed, analysis_note, text FROM articles")
        events = store.query("SELECT source_code, cameo, target_code FROM events")
        assert row["id"] == article.id and row["text"] == ENGLISH
        assert row["analysed"] is True and row["analysis_note"] is None
        assert ("MDA", "057", "FRA") in {tuple(e.values()) for e in events}
        again = reanalyse_language(Pipeline(load_settings(languages=("en",))), store, "en")
        assert again.articles == 0
    finally:
        store.close()


def test_articles_skipped_for_their_language_before_become_not_analysed(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TIMESTAMP NOT NULL)"
    )
    for version, name, sql in migrations():
        if version >= 6:
            break
        for statement in split_statements(sql):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name])
    conn.execute(
        "INSERT INTO articles (id, source, language, status, reason, text, body_start, body_end, "
        "boilerplate, ingested_at) VALUES ('a1', 'ru.txt', 'ru', 'skipped', 'language is ''ru''', "
        "'текст', 0, 5, '[]', now())"
    )
    conn.close()
    store = open_store(str(path))
    try:
        (row,) = store.query("SELECT status, analysed, analysis_note FROM articles")
        assert (row["status"], row["analysed"]) == ("processed", False)
        assert row["analysis_note"] == "language is 'ru'"
    finally:
        store.close()


def test_low_confidence_language_is_analysed() -> None:
    raw = RawDocument(source="short.txt", content="Moldova and France met on Monday in Paris.")
    assert build_article(raw).analysed is True
