"""New-user trial (2026-12-07), a clean clone and the README alone: every fault as the user met
it, with its exit code and its one line now, each with two paraphrases of our own.

1. a folder's files of other types (``.jpg``, ``.docx``) were left out of the counts in
   silence: each now fails as an unsupported file type, counted, named, exit 1;
2. ``dyads ingest nosuchdir/`` exited 1 and left an empty store: one line, exit 2, no store;
   a missing path among others that exist stays a failed input of the batch;
3. ``dyad M23 COD`` said "no events" and ``dyad QQQ COD`` an error, nothing telling them apart;
4. ``show UNKNOWNID`` exited 1 where ``dyad`` with an unknown actor exits 2;
5. ``--min-confidence 2`` printed the validator's wording;
6. the README never named ``DYADS_TEST_POSTGRES``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.cli import app
from dyads.commands.common import confidence
from dyads.sources import iter_documents, missing_paths
from dyads.store import open_store
from test_analytics import fill

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
GOOD = (
    "Leaders Meet in Vienna\n\nVIENNA (Dyads Wire) — The foreign ministers of Austria and "
    "Hungary met in Vienna on Tuesday to discuss energy supplies.\n\n“We agreed on a lot,” "
    "the Austrian minister said.\n"
)
# the trial's M23 is now in the gazetteer (CODREB); a group it does not know stands in for it
M23 = (
    "K99 Takes Goma\n\nGOMA (Dyads Wire) — The K99 rebel group said on Monday it had taken "
    "control of Goma. K99 spokesman Lawrence Kanyuka said the group would hold talks with "
    'Kinshasa.\n\n"We are ready for dialogue," K99 said in a statement.\n'
)


def _summary(stderr: str, command: str) -> str:
    """The batch's summary line: progress lines a slow (loaded) run prints come before it."""
    return next(line for line in stderr.splitlines() if line.startswith(f"{command}: read"))


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
ZIP = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(32)) * 4
runner = CliRunner()


def one_line(result: object) -> str:
    """The single line a command wrote to standard error."""
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    return lines[0]


def _folder(root: Path, others: dict[str, bytes]) -> Path:
    folder = root / "articles"
    folder.mkdir()
    (folder / "vienna.txt").write_text(GOOD, encoding="utf-8")
    (folder / "oslo.txt").write_text(GOOD.replace("Vienna", "Oslo"), encoding="utf-8")
    for name, data in others.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def _counts(db: str) -> tuple[int, ...]:
    with open_store(db, read_only=True) as store:
        return tuple(store.count(t) for t in ("articles", "article_sources", "failures"))


# 1. every file of a folder is accounted for ----------------------------------------------------
@pytest.mark.parametrize(
    "others",
    [
        {"photo.jpg": JPEG, "memo.docx": ZIP},  # the trial's folder
        {"scan.png": PNG, "sheet.xlsx": ZIP},
        {"nested/figure.jpeg": JPEG, "nested/slides.pptx": ZIP},
    ],
    ids=["trial", "png-xlsx", "nested"],
)
def test_files_of_other_types_fail_counted_and_named(tmp_path: Path, others: dict) -> None:
    folder = _folder(tmp_path, others)
    db = str(tmp_path / "s.duckdb")
    args = ["ingest", str(folder), "--db", db, "--published", "2024-05-07"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.output  # not everything was read
    lines = first.stderr.splitlines()
    assert _summary(first.stderr, "ingest") == (
        f"ingest: read 4, stored 2, skipped 0, failed 2, store {db}"
    )
    for name in others:
        suffix = Path(name).suffix
        said = f"failed {folder / name} (read): unsupported file type {suffix}: dyads reads .txt"
        assert any(line.startswith(said) for line in lines), first.stderr
    with open_store(db, read_only=True) as store:
        failed = {row["source"]: row["reason"] for row in store.failures()}
    assert set(failed) == {str(folder / name) for name in others}
    before = _counts(db)
    again = runner.invoke(app, args)  # idempotent: the same outcome, nothing added
    assert again.exit_code == 1
    assert _summary(again.stderr, "ingest") == (
        f"ingest: read 4, stored 0, unchanged 2, skipped 0, failed 2, store {db}"
    )
    assert _counts(db) == before


@pytest.mark.parametrize(
    "notes",
    [["README.md"], ["readme.txt", "LICENSE"], ["nested/CHANGELOG.md", "COPYING"]],
    ids=["samples", "txt-and-bare", "nested"],
)
def test_a_folders_notes_are_skipped_named_not_stored(tmp_path: Path, notes: list[str]) -> None:
    """The README's `make demo` folder, samples/, has a README.md: no article, no failure."""
    folder = _folder(tmp_path, {name: GOOD.encode() for name in notes})
    db = str(tmp_path / "s.duckdb")
    args = ["ingest", str(folder), "--db", db, "--published", "2024-05-07"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    n = len(notes)
    assert _summary(result.stderr, "ingest") == (
        f"ingest: read {2 + n}, stored 2, skipped {n}, failed 0, store {db}"
    )
    assert lines[1].startswith(f"skipped {n}: a folder's notes (README, licence), not an article (")
    assert all(str(folder / name) in lines[1] for name in notes)
    assert _counts(db) == (2, 2, 0)
    assert runner.invoke(app, args).exit_code == 0 and _counts(db) == (2, 2, 0)


def test_workers_account_for_them_the_same(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"photo.jpg": JPEG, "memo.docx": ZIP, "README.md": b"# notes\n"})
    db = str(tmp_path / "s.duckdb")
    args = ["ingest", str(folder), "--db", db, "--published", "2024-05-07", "--workers", "2"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert _summary(result.stderr, "ingest") == (
        f"ingest: read 5, stored 2, skipped 1, failed 2, store {db}"
    )
    assert sum("unsupported file type" in line for line in lines) == 2


def test_extract_accounts_for_them_too(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"photo.jpg": JPEG, "memo.docx": ZIP})
    result = runner.invoke(app, ["extract", str(folder), "--published", "2024-05-07"])
    assert result.exit_code == 1
    assert _summary(result.stderr, "extract") == "extract: read 4, extracted 2, skipped 0, failed 2"
    assert f"failed {folder / 'memo.docx'} (read): unsupported file type .docx" in result.stderr


def test_what_the_folder_walk_reads_and_leaves_out(tmp_path: Path) -> None:
    """Guards: hidden files are no input; supported types are read as before; a file
    without an extension is named as such."""
    folder = tmp_path / "in"
    (folder / ".git").mkdir(parents=True)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.html").write_text(f"<html><body><p>{GOOD}</p></body></html>", encoding="utf-8")
    (folder / "NOTES").write_text("plain notes\n", encoding="utf-8")
    fill(str(folder / "news.duckdb"))  # the store a batch writes may sit among its inputs
    (folder / "news.duckdb.wal").write_bytes(b"")
    out = {Path(d.source).name: d for d in iter_documents([folder])}
    assert set(out) == {"a.txt", "b.html", "NOTES"}
    assert out["NOTES"].reason.startswith("unsupported file type: no extension: dyads reads")
    assert "(.txt for text)" in out["NOTES"].reason


def test_a_named_binary_file_says_its_type_and_a_named_text_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "memo.docx").write_bytes(ZIP)
    (tmp_path / "photo.jpg").write_bytes(JPEG)
    (tmp_path / "story").write_text(GOOD, encoding="utf-8")  # no extension, but text
    (tmp_path / "broken.txt").write_bytes(b"\x00" * 64)
    docs = list(iter_documents([tmp_path / n for n in ("memo.docx", "photo.jpg", "story")]))
    assert docs[0].reason.startswith("unsupported file type .docx, binary (not text or HTML)")
    assert "JPEG image" in docs[1].reason and "OCR" in docs[1].reason  # the image's own reason
    assert docs[2].content.startswith("Leaders Meet in Vienna")
    (broken,) = iter_documents([tmp_path / "broken.txt"])
    assert broken.reason.startswith("the file is binary"), "a .txt is no unsupported type"


# 2. no path that exists: one line, exit 2, no store ----------------------------------------------
@pytest.mark.parametrize(
    ("command", "paths"),
    [
        ("ingest", ["nosuchdir/"]),  # the trial's
        ("ingest", ["missing.txt", "gone/"]),
        ("extract", ["nosuchdir/"]),
    ],
)
def test_no_path_that_exists_is_one_line_and_no_store(
    command: str, paths: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DYADS_DB", raising=False)
    args = [command, *paths] + (["--db", "news.duckdb"] if command == "ingest" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert one_line(result) == f"error: no such file or directory: {', '.join(paths)}"
    assert result.stdout == "", "extract printed no JSON"
    assert list(tmp_path.iterdir()) == [], "no store (nor anything) created"
    plain = runner.invoke(app, [command, *paths])  # the default store is not created either
    assert plain.exit_code == 2 and not (tmp_path / "dyads.duckdb").exists()


@pytest.mark.parametrize("order", ["missing-first", "missing-last"])
def test_a_missing_path_among_others_is_a_failed_input(tmp_path: Path, order: str) -> None:
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    missing, good = str(tmp_path / "nope.txt"), str(tmp_path / "story.txt")
    paths = [missing, good] if order == "missing-first" else [good, missing]
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["ingest", *paths, "--db", db, "--published", "2024-05-07"])
    assert result.exit_code == 1
    assert _summary(result.stderr, "ingest") == (
        f"ingest: read 2, stored 1, skipped 0, failed 1, store {db}"
    )
    assert f"failed {missing} (read): no such file or directory" in result.stderr
    with open_store(db, read_only=True) as store:
        assert [row["source"] for row in store.failures()] == [missing]


def test_urls_and_standard_input_are_never_missing() -> None:
    inputs = ["-", "https://example.org/feed.xml", "nope/", Path("gone.txt")]
    assert missing_paths(inputs) == ["nope/", "gone.txt"]


# 3. an actor on either side: unknown is an error, known only as an uncoded name a note -----------
@pytest.fixture(scope="module")
def m23_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("m23")
    (folder / "goma.txt").write_text(M23, encoding="utf-8")
    db = str(folder / "m23.duckdb")
    done = runner.invoke(app, ["ingest", str(folder), "--db", db, "--published", "2024-05-07"])
    assert done.exit_code == 0, done.output
    return db


@pytest.mark.parametrize("pair", [("K99", "COD"), ("COD", "k99"), ("RWA", "K99")])
def test_a_name_known_only_uncoded_has_no_events_and_a_note(m23_store: str, pair) -> None:
    result = runner.invoke(app, ["dyad", *pair, "--db", m23_store], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert f"{pair[0]} ↔ {pair[1]} by month: no events between them in the store" in said
    assert "duckdb" in said  # which store was read
    name = next(side for side in pair if side.lower() == "k99")
    said = f"note: the store knows {name!r} only as a name without an actor code ("
    assert said in result.stdout and "mentions), and no event names it" in result.stdout


@pytest.mark.parametrize("pair", [("QQQ", "COD"), ("COD", "QQQ"), ("K99", "COD")])
def test_an_actor_the_store_never_saw_is_the_same_error_on_either_side(
    tmp_path: Path, pair: tuple[str, str]
) -> None:
    db = str(tmp_path / "s.duckdb")
    fill(db)  # Armenia and Russia: no K99 anywhere
    result = runner.invoke(app, ["dyad", *pair, "--db", db])
    assert result.exit_code == 2
    unknown = next(side for side in pair if side != "COD")
    what = "an actor code" if unknown == "QQQ" else "an actor"
    assert one_line(result).startswith(
        f"error: {unknown!r} is not {what} in the store or the gazetteer; nearest known codes: "
    )


def test_a_coded_actor_gets_no_note(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    fill(db)
    result = runner.invoke(app, ["dyad", "ARM", "RUS", "--db", db])
    assert result.exit_code == 0 and "note:" not in result.stdout


# 4. not found is exit 2 everywhere ---------------------------------------------------------------
@pytest.mark.parametrize("given", ["UNKNOWNID", "zzzz", "ffffffffffffffff"])
def test_show_an_unknown_id_exits_2_as_dyad_does(tmp_path: Path, given: str) -> None:
    db = str(tmp_path / "s.duckdb")
    fill(db)
    shown = runner.invoke(app, ["show", given, "--db", db])
    assert shown.exit_code == 2
    assert one_line(shown) == f"error: no article with an id starting {given!r} in the store"
    assert runner.invoke(app, ["dyad", "QQQ", "RUS", "--db", db]).exit_code == 2


def test_the_exit_codes_are_documented_with_not_found() -> None:
    shown = " ".join(runner.invoke(app, ["--help"]).stdout.split())
    assert "2 usage or store error, or nothing to act on (no such input path, article id" in shown
    text = " ".join(README.split())
    assert "`2` usage or store error, or nothing to act on" in text
    assert "`show`, `dyad` or `digest` names an article id, an actor or a file" in text


# 5. --min-confidence out of range: one plain line -------------------------------------------------
@pytest.mark.parametrize("command", ["ingest", "extract"])
@pytest.mark.parametrize("value", ["2", "-0.5", "abc"])
def test_min_confidence_out_of_range_is_one_plain_line(
    command: str, value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, [command, "a.txt", "--min-confidence", value])
    assert result.exit_code == 2
    assert one_line(result) == (
        f"error: --min-confidence must be between 0 and 1, got {value} "
        f"(see 'dyads {command} --help')"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"], "no store created"


def test_min_confidence_in_range_is_taken(tmp_path: Path) -> None:
    assert (confidence("0"), confidence("1"), confidence("0.25")) == (0.0, 1.0, 0.25)
    for bad in ("nan", "1.0001", "inf", ""):
        with pytest.raises(Exception, match="must be between 0 and 1"):
            confidence(bad)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    done = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--min-confidence", "1"])
    assert done.exit_code == 0, done.output
    assert '"events": []' in done.stdout, "1 leaves every event out"


# 6. the README names the PostgreSQL tests' variable ----------------------------------------------
def test_the_readme_says_how_to_run_the_postgresql_tests() -> None:
    text = " ".join(README.split())
    assert "`DYADS_TEST_POSTGRES`" in text
    assert "export DYADS_TEST_POSTGRES=$(bash .ci/postgres.sh)" in text
    assert "Without it they skip." in text
    assert (ROOT / ".ci" / "postgres.sh").is_file()
    assert "DYADS_TEST_POSTGRES=$(bash .ci/postgres.sh)" in (ROOT / ".ci" / "run").read_text()
    first = README.splitlines()[:6]  # the two set-up commands open it, as before
    assert first[:3] == ["# dyads", "", "```sh"] and first[5] == "```"
    assert first[3].startswith("make demo") and first[4].startswith("make test")


# a second new user's trial (session 25): "dyad KEN KEN" counted every event twice ------------
@pytest.mark.parametrize("pair", [("KEN", "KEN"), ("KEN", "ken"), ("Kenya", "KEN")])
def test_the_same_actor_on_both_sides_is_one_plain_error(tmp_path: Path, pair) -> None:
    db = str(tmp_path / "s.duckdb")
    fill(db)
    result = runner.invoke(app, ["dyad", *pair, "--db", db])
    assert result.exit_code == 2
    assert one_line(result) == (
        f"error: {pair[0]!r} and {pair[1]!r} are the same actor: a dyad needs two (a country's "
        "own sides are two codes, such as KENGOV and KENOPP)"
    )


def test_two_sides_of_one_country_are_a_dyad(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    fill(db)
    result = runner.invoke(app, ["dyad", "ARMGOV", "ARMOPP", "--db", db])
    assert result.exit_code in (0, 2) and "same actor" not in result.output
