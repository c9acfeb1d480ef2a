"""What a new user meets first: the README's examples on the demo store (the samples carry
what they show), API documentation that works offline, progress on long work, skipped tests
summarised by cause, and an install whose extras hold the heavy parts."""

from __future__ import annotations

import io
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import dyads
from dyads.cli import app
from test_analytics import fill

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo store, as `make demo` builds it."""
    db = str(tmp_path_factory.mktemp("demo") / "dyads.duckdb")
    made = runner.invoke(app, ["ingest", str(ROOT / "samples"), "--db", db, "--date-from-name"])
    assert made.exit_code == 0, made.output
    yield db


def test_the_readme_dyad_example_has_events_on_the_demo_store(demo: str) -> None:
    assert "dyads dyad ARM RUS --freq month" in README
    shown = runner.invoke(app, ["dyad", "ARM", "RUS", "--freq", "month", "--db", demo])
    assert shown.exit_code == 0, shown.output
    assert "no events between them" not in shown.stdout
    assert "Sergei Lavrov" in shown.stdout, "the top quotes name him"


def test_the_readme_python_examples_return_rows_on_the_demo_store(demo: str) -> None:
    assert 'db.quotes(speaker="Sergei Lavrov", about="ARM")' in README
    with dyads.open(demo) as db:
        assert db.dyad("ARM", "RUS", freq="month")["events"].sum() > 0
        assert not db.alignment("ARM", ["RUS", "NATO", "USA", "EU"], freq="month").empty
        said = db.quotes(speaker="Sergei Lavrov", about="ARM")
        assert not said.empty and set(said["speaker_actor"]) == {"Sergei Lavrov"}
    sample = ROOT / "samples" / "lavrov-armenia-2024-03-21.txt"
    assert f'open("{sample.relative_to(ROOT)}")' in README


def test_the_readme_digest_example_is_what_the_demo_store_gives(demo: str, tmp_path: Path) -> None:
    # the README's command names a watches file the repository carries (new-user trial: the
    # example named a file no one had)
    assert "dyads digest examples/watches.yaml --as-of" in " ".join(README.split())
    watches = ROOT / "examples" / "watches.yaml"
    out = tmp_path / "digests"
    made = runner.invoke(app, ["digest", str(watches), "--db", demo, "--as-of", "2024-03-31",
                               "--all", "--out", str(out)])  # fmt: skip
    assert made.exit_code == 0, made.output
    (markdown,) = out.glob("*.md")
    block = README.split("watching ARM–RUS")[1].split("```")[1].strip("\n")
    for line in block.splitlines():
        if line.startswith(("###", ">", "20")):
            assert line in markdown.read_text(encoding="utf-8"), line


def test_the_readme_names_the_settings_and_exit_codes() -> None:
    for name in ("DYADS_MAX_ANALYSIS_CHARS", "DYADS_DEBUG", "DYADS_DB", "serve --watch"):
        assert name in README
    first = README.splitlines()[:6]
    assert any(line.startswith("make demo") for line in first)
    assert any(line.startswith("make test") for line in first)


# API documentation without a CDN ---------------------------------------------------------------
def test_docs_and_redoc_load_everything_from_this_server(store_url: str) -> None:
    from dyads.api import create_app

    fill(store_url)
    with TestClient(create_app(store_url)) as client:
        for page in ("/docs", "/redoc"):
            response = client.get(page)
            assert response.status_code == 200
            assets = re.findall(r'(?:src|href)="([^"]+)"', response.text)
            assert assets, page
            for asset in assets:
                assert asset.startswith("/"), f"{page} loads {asset} from elsewhere"
                assert client.get(asset).status_code == 200, asset
            policy = response.headers["Content-Security-Policy"]
            assert "default-src 'self'" in policy and "http" not in policy
        assert client.get("/openapi.json").json()["info"]["title"] == "dyads"


# progress ---------------------------------------------------------------------------------------
class Long:
    source = "feeds/long-story.txt"
    text = "x" * 60_000


class Short:
    source = "short.txt"
    text = "x" * 2_000


def test_progress_shows_the_stages_of_a_long_article_only() -> None:
    from dyads.commands.progress import BatchProgress

    stream = io.StringIO()
    with BatchProgress("ingest", stream=stream, live=False) as progress:
        for stage in ("parse", "actors", "quotes", "events"):
            progress.stage(stage, Short())
            progress.stage(stage, Long())
        progress.done("stored", Short.source)
    lines = stream.getvalue().splitlines()
    assert lines == [f"ingest: long-story.txt (60 k chars): {stage}"
                     for stage in ("parse", "actors", "quotes", "events")]  # fmt: skip


def test_the_pipeline_tells_each_stage() -> None:
    from dyads.pipeline import Pipeline
    from dyads.records import RawDocument

    pipeline = Pipeline()
    seen: list[str] = []
    pipeline.progress = lambda stage, article: seen.append(stage)
    text = (ROOT / "samples" / "baku-yerevan-talks-2024-03-14.txt").read_text(encoding="utf-8")
    pipeline.analyse_many([pipeline.build(RawDocument(source="s.txt", content=text))])
    assert seen == ["parse", "actors", "quotes", "events"]


# skipped tests ----------------------------------------------------------------------------------
class Report:
    def __init__(self, reason: str) -> None:
        self.longrepr = ("tests/x.py", 1, f"Skipped: {reason}")


def test_skips_are_summarised_one_line_per_cause() -> None:
    from conftest import skip_causes

    reports: list[Any] = [Report("../shared is absent")] * 40 + [Report("no PostgreSQL")] * 3
    assert skip_causes(reports) == [(40, "../shared is absent"), (3, "no PostgreSQL")]


# install weight ---------------------------------------------------------------------------------
def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~ ;]", item, maxsplit=1)[0].lower() for item in requirements}


def test_the_plain_install_is_the_one_machine_tool_and_extras_add_the_rest() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = _names(project["dependencies"])
    assert {"duckdb", "spacy", "fastapi", "fastapi-offline", "pypdf"} <= core
    assert not core & {"ray", "psycopg", "psycopg-pool", "pytest"}
    extras = {name: _names(items) for name, items in project["optional-dependencies"].items()}
    assert extras["postgres"] == {"psycopg", "psycopg-pool"}
    assert extras["ray"] == {"ray"}
    assert "pytest" in extras["dev"]


@pytest.mark.parametrize("lock", ["core.txt", "lock.txt"])
def test_the_locks_pin_every_package_by_hash(lock: str) -> None:
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    pins = re.findall(r"^([a-z0-9_.-]+)==(\S+) \\$", text, flags=re.MULTILINE)
    assert len(pins) > 50
    blocks = re.split(r"^(?=[a-z0-9_.-]+==)", text, flags=re.MULTILINE)[1:]
    assert all("--hash=sha256:" in block for block in blocks)
    names = {name for name, _ in pins}
    assert {"fastapi-offline", "pypdf", "lxml-html-clean"} <= names
    heavy = {"ray", "psycopg", "psycopg-pool", "pytest"}
    assert (heavy <= names) if lock == "lock.txt" else not (heavy & names)


def test_the_readme_show_example_finds_the_lavrov_sample(demo: str) -> None:
    """New-user trial: the README showed `show 6e77`, an id no sample has (exit 1)."""
    assert "dyads show cc8a --db dyads.duckdb" in README
    shown = runner.invoke(app, ["show", "cc8a", "--db", demo])
    assert shown.exit_code == 0, shown.output
    assert "Lavrov" in shown.stdout
