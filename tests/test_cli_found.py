"""Issue 17, "Found": each fault as a user met it, with the exit code and the message now.

A store another process holds, a mistyped --db, a directory or read-only file as the store,
failures that must exit 1, wrong reasons (DNS, unknown actor codes, dates, JSON), sparse
periods, and start-up that imports nothing heavy. Stores are filled without the NLP
pipeline (``test_analytics.fill``) unless a test is about the pipeline's inputs.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dyads
from dyads.cli import app
from dyads.errors import DyadsError, StoreError
from dyads.store import open_store
from test_analytics import fill

ROOT = Path(__file__).resolve().parents[1]
ENV = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")])}
GOOD = (
    "Leaders Meet in Vienna\n\nVIENNA (Dyads Wire) — The foreign ministers of Austria and "
    "Hungary met in Vienna on Tuesday to discuss energy supplies.\n\n“We agreed on a lot,” "
    "the Austrian minister said.\n"
)
runner = CliRunner()


def one_line(result: object) -> str:
    """The single line a failing command wrote to standard error."""
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in result.output  # type: ignore[attr-defined]
    return lines[0]


# one writer, many readers ---------------------------------------------------------------------
@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """A DuckDB store that another process keeps open for writing (as ``dyads ingest`` or
    ``dyads serve --watch`` would), and that process's id."""
    path = str(tmp_path / "held.duckdb")
    fill(path)
    code = (
        "import sys, time\nfrom dyads.store import open_store\n"
        f"store = open_store({path!r})\nprint('ready', flush=True)\ntime.sleep(120)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], env=ENV, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield path, holder.pid
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize(
    "args",
    [
        ["summary"],
        ["show", "seed-like"],
        ["dyad", "ARM", "RUS"],
        ["export", "jsonl", "out.jsonl"],
        ["serve"],
        ["ingest", "story.txt"],
    ],
    ids=lambda args: args[0],
)
def test_a_held_store_is_one_line_naming_the_process_and_the_ways_on(
    held: tuple[str, int], args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, pid = held
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DYADS_API_TOKEN", raising=False)
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, [*args, "--db", path])
    assert result.exit_code == 2
    line = one_line(result)
    assert line.startswith(f"error: {path} is in use by process {pid} (python -c")
    for way in ("stop that process", "dyads serve --watch FEEDS", "PostgreSQL"):
        assert way in line


def test_the_python_api_says_the_same(held: tuple[str, int]) -> None:
    path, pid = held
    with pytest.raises(StoreError, match=f"in use by process {pid}"):
        dyads.open(path)


def test_read_only_processes_share_a_file(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.duckdb")
    fill(path)
    code = f"import dyads\nwith dyads.open({path!r}) as db:\n    print(len(db.articles()))\n"
    with dyads.open(path) as db:  # this process reads too, meanwhile
        other = subprocess.run(
            [sys.executable, "-c", code], env=ENV, capture_output=True, text=True, timeout=120
        )
        assert other.returncode == 0, other.stderr
        assert other.stdout.strip() == str(len(db.articles())) == "2"


# concurrent reads -------------------------------------------------------------------------------
def _in_thread(work: Callable[[], object], timeout: float = 30) -> object:
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "a read waited on another request (reads are serialised)"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


def test_reads_run_side_by_side_and_beside_a_write(store_url: str) -> None:
    """The API used to take one lock per request; now two readers are inside the store at
    once, and a reader does not wait for a write transaction."""
    fill(store_url)
    with open_store(store_url) as store:
        both_inside = threading.Barrier(2, timeout=20)

        def read() -> int:
            with store.reader() as view:
                count = view.count("articles")
                both_inside.wait()  # only passes if the other reader is inside too
                return count

        first = threading.Thread(target=lambda: _in_thread(read))
        first.start()
        assert _in_thread(read) == 2
        first.join()
        with store.transaction():
            store.execute(
                "INSERT INTO failures VALUES (?, ?, ?, ?)",
                ["x.txt", "read", "test", "2024-01-01 00:00:00"],
            )

            def committed_failures() -> int:
                with store.reader() as view:
                    return view.count("failures")

            assert _in_thread(committed_failures) == 0  # sees what is committed, at once
        assert _in_thread(committed_failures) == 1


# exit codes -------------------------------------------------------------------------------------
def test_a_failed_input_exits_1_and_is_named(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    paths = [str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt")]
    result = runner.invoke(app, ["ingest", *paths, "--db", db])
    assert result.exit_code == 1
    assert f"failed {tmp_path / 'missing.txt'} (read): no such file or directory" in result.stderr
    assert f"failed {tmp_path / 'empty.txt'} (read): the file is empty" in result.stderr


def test_usage_errors_exit_2_and_help_documents_the_codes() -> None:
    assert runner.invoke(app, ["ingest", "x.txt", "--workers", "0"]).exit_code == 2
    assert runner.invoke(app, ["nonsense"]).exit_code == 2
    shown = runner.invoke(app, ["--help"])
    assert shown.exit_code == 0
    text = " ".join(shown.stdout.split())
    assert "Exit codes: 0 every input was stored, unchanged or skipped" in text
    assert "1 some input failed" in text and "2 usage or store error" in text
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "Exit codes" in readme and "`1` some input failed" in readme


# read commands never create a store -------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["summary"],
        ["show", "abc"],
        ["dyad", "ARM", "RUS"],
        ["export", "jsonl", "o.jsonl"],
        ["digest", "w.yaml"],
        ["serve"],
    ],
    ids=lambda args: args[0],
)
def test_a_mistyped_db_is_an_error_naming_the_path(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DYADS_API_TOKEN", raising=False)
    (tmp_path / "w.yaml").write_text("watches:\n  - dyad: ARM-RUS\n", encoding="utf-8")
    result = runner.invoke(app, [*args, "--db", "typo.duckdb"])
    assert result.exit_code == 2
    assert one_line(result).startswith("error: no store at typo.duckdb: check --db")
    assert not (tmp_path / "typo.duckdb").exists()


def test_the_python_api_never_creates_a_store_either(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        dyads.open(str(tmp_path / "typo.duckdb"))
    assert not (tmp_path / "typo.duckdb").exists()


# one line, no traceback -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args", [["summary"], ["show", "abc"], ["digest", "w.yaml"]], ids=lambda args: args[0]
)
def test_a_directory_as_the_store_is_one_line(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "w.yaml").write_text("watches:\n  - dyad: ARM-RUS\n", encoding="utf-8")
    result = runner.invoke(app, [*args, "--db", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        one_line(result)
        == f"error: {tmp_path} is a directory, not a DuckDB store; give --db a file"
    )


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--debug", "summary", "--db", str(tmp_path / "typo.duckdb")])
    assert result.exit_code != 0
    assert isinstance(result.exception, StoreError)


def _unprivileged() -> list[str]:
    """A command prefix that drops root (root ignores file permissions), or none."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder any user may enter (pytest's own are private to their owner)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="dyads-ro-"))
    folder.chmod(0o755)
    yield folder
    for part in folder.rglob("*"):
        part.chmod(0o755)
    shutil.rmtree(folder)


def test_a_store_that_cannot_be_written_can_still_be_read(open_folder: Path) -> None:
    folder = open_folder / "ro"
    folder.mkdir()
    path = folder / "ro.duckdb"
    fill(str(path))
    path.chmod(0o444)
    folder.chmod(0o555)
    prefix = _unprivileged()
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", f"open({str(path)!r}, 'a')"], capture_output=True, env=ENV
    )
    if probe.returncode == 0:
        pytest.skip("this user can write a read-only file (no way to test the refusal here)")

    def dyads_cli(*args: str) -> subprocess.CompletedProcess[str]:
        code = "from dyads.cli import main; main()"
        return subprocess.run(
            [*prefix, sys.executable, "-c", code, *args],
            env=ENV,
            capture_output=True,
            text=True,
            timeout=300,
        )

    read = dyads_cli("summary", "--db", str(path))
    assert read.returncode == 0, read.stderr
    assert "articles processed 2" in " ".join(read.stdout.split())
    write = dyads_cli("ingest", "-", "--db", str(path))
    assert write.returncode == 2
    assert write.stderr.startswith(f"error: cannot write to the store at {path} (")
    assert "commands that only read it" in write.stderr and "Traceback" not in write.stderr


# start-up ---------------------------------------------------------------------------------------
HEAVY = ("spacy", "pandas", "fastapi", "ray", "duckdb", "numpy", "psycopg", "thinc")


@pytest.mark.parametrize("args", [["--help"], ["ingest", "--workers", "0", "x"], ["nonsense"]])
def test_help_and_argument_errors_import_nothing_heavy(args: list[str]) -> None:
    code = (
        "import sys\nfrom dyads.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit as exc:\n    code = exc.code\n"
        f"print(code, [m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=ENV, capture_output=True, text=True, timeout=120
    )
    assert done.stderr.splitlines()[-1] == f"{0 if args == ['--help'] else 2} []"


def test_every_lazy_command_loads_and_answers_its_help() -> None:
    from dyads.cli import DyadsGroup

    for name in DyadsGroup.lazy:
        shown = runner.invoke(app, [name, "--help"])
        assert shown.exit_code == 0, (name, shown.output)
        assert f"Usage: dyads {name}" in shown.stdout


# correct reasons --------------------------------------------------------------------------------
def test_a_name_that_does_not_resolve_is_named_as_such(tmp_path: Path) -> None:
    url = "https://no-such-host.invalid/news/story.html"
    result = runner.invoke(app, ["ingest", url, "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    said = f"failed {url} (fetch): DNS lookup failed: the host name 'no-such-host.invalid' did"
    assert f"{said} not resolve" in result.stderr
    assert "robots" not in result.stderr


def test_a_refused_connection_is_named_as_such(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story.html"
    result = runner.invoke(
        app, ["ingest", url, "--db", str(tmp_path / "s.duckdb"), "--allow-private-addresses"]
    )
    assert result.exit_code == 1
    assert f"connection failed: cannot connect to 127.0.0.1:{port} (connection refused)" in (
        result.stderr
    )
    assert "robots" not in result.stderr


def test_unknown_actor_codes_are_named_with_the_nearest_known(store_url: str) -> None:
    fill(store_url)
    result = runner.invoke(app, ["dyad", "XXX", "RUSS", "--db", store_url])
    assert result.exit_code == 2
    line = one_line(result)
    assert line.startswith("error: 'XXX' is not an actor code in the store or the gazetteer")
    assert "'RUSS' is not an actor code" in line
    nearest = line.split("'RUSS'")[1].split("nearest known codes:")[1].split(";")[0]
    assert "RUS" in [code.strip() for code in nearest.split(",")], "the nearest known codes"


def test_sparse_periods_show_only_days_with_events(store_url: str) -> None:
    fill(store_url)
    result = runner.invoke(
        app, ["dyad", "ARM", "RUS", "--db", store_url, "--freq", "day"], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 0, result.output
    days = [line for line in result.stdout.splitlines() if line.startswith("│ 20")]
    # one day with events, months after two events dated only to September (they are in no
    # day's row: tests/test_coarse_periods.py)
    assert [line.split("│")[1].strip() for line in days] == ["2023-12-28"], result.stdout
    said = " ".join(result.stdout.split())
    assert "days without events not shown" in said
    assert "2 events dated only to a longer span (a year, a month) are not in the daily" in said


def test_an_unreadable_date_is_reported_not_dropped(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a", "text": GOOD, "published": "yesterday"},
        {"id": "b", "text": GOOD.replace("Vienna", "Oslo"), "published": "9 May 2024"},
    ]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["ingest", str(feed), "--db", db])
    assert result.exit_code == 1
    assert (
        f"failed {feed}:1 (article): published: 'yesterday' is not a date; write it as YYYY-MM-DD"
    ) in result.stderr
    with open_store(db, read_only=True) as store:
        (row,) = store.query("SELECT id, published FROM articles")
    assert (row["id"], row["published"].isoformat()) == ("b", "2024-05-09")


@pytest.mark.parametrize(
    ("text", "day"),
    [("05/15/2025", "2025-05-15"), ("15/05/2025", "2025-05-15"), ("31.12.2024", "2024-12-31")],
)
def test_a_numeric_date_only_one_order_reads_is_read(text: str, day: str) -> None:
    """A new user's trial (session 29): "--published 05/15/2025" was refused as ambiguous,
    though 15 is no month; "05/09/2024" stays refused (both orders read it)."""
    from dyads.dates import DateError, parse_date

    assert parse_date(text).isoformat() == day
    with pytest.raises(DateError, match="is not a valid date"):
        parse_date("13/13/2024")


def test_one_date_reader_for_the_cli_and_the_python_api(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(GOOD, encoding="utf-8")
    cli = runner.invoke(app, ["extract", str(story), "--published", "05/09/2024"])
    assert cli.exit_code == 2
    said = "'05/09/2024' is ambiguous (day and month could be either way round)"
    assert said in " ".join(cli.output.split())
    with pytest.raises(DyadsError, match=r"published: '05/09/2024' is ambiguous"):
        dyads.process(GOOD, published="05/09/2024")


def test_a_json_error_says_where_in_plain_words(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "tab\there"}\n', encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    assert (
        f"failed {feed}:1 (read): not valid JSON: invalid control character at column 25"
        in result.stderr
    )
    assert "at at" not in result.stderr


# readable output --------------------------------------------------------------------------------
def test_show_takes_an_id_prefix_and_refuses_an_ambiguous_one(store_url: str) -> None:
    fill(store_url)
    shown = runner.invoke(app, ["show", "seed", "--db", store_url])
    assert shown.exit_code == 0
    assert shown.stdout.startswith("seed-like  ")
    assert "Events (" in shown.stdout and "Quotations (" in shown.stdout
    assert not shown.stdout.lstrip().startswith("{"), "readable by default, not JSON"
    as_json = runner.invoke(app, ["show", "seed", "--db", store_url, "--format", "json"])
    assert json.loads(as_json.stdout)["id"] == "seed-like"
    both = runner.invoke(app, ["show", "", "--db", store_url])
    assert both.exit_code == 2
    assert "starts several article ids (reprint, seed-like)" in one_line(both)


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    # a new user's `dyads extract - | head` ended in "internal error BrokenPipeError", exit 2
    stories = tmp_path / "stories"
    stories.mkdir()
    for i in range(40):
        (stories / f"s{i}.txt").write_text(GOOD, encoding="utf-8")
    code = "from dyads.cli import main; main()"
    extract = subprocess.Popen(
        [sys.executable, "-c", code, "extract", str(stories), "--published", "2024-05-07"],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert extract.stdout is not None and extract.stdout.read(64)
    extract.stdout.close()  # what `head` does once it has its lines
    _, err = extract.communicate(timeout=300)
    assert extract.returncode == 0, err.decode()
    assert b"internal error" not in err


def test_version_prints_the_installed_version_and_exits_0():
    """A new user's first check (onboarding trial): `dyads --version` was "No such option"."""
    from importlib.metadata import version

    from typer.testing import CliRunner

    from dyads.cli import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"dyads {version('dyads')}"
