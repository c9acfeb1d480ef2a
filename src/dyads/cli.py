"""The ``dyads`` command line: a thin shell around the pipeline and the store."""

from __future__ import annotations

import json
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from dyads import ingest as batch
from dyads.alerts.command import digest_command
from dyads.analytics import dyad_command
from dyads.api import serve_command
from dyads.config import load_settings
from dyads.evaluate.cli import eval_app
from dyads.export import export_command
from dyads.nlp import ModelNotInstalled
from dyads.pipeline import Pipeline
from dyads.records import to_dict
from dyads.sources import FetchPolicy
from dyads.store import open_store
from dyads.watch import watch_command

app = typer.Typer(
    name="dyads",
    help="Who said what, who did what to whom, when: event and quotation data from news.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(eval_app, name="eval")
app.command("watch")(watch_command)
app.command("digest")(digest_command)
app.command("dyad")(dyad_command)
app.command("export")(export_command)
app.command("serve")(serve_command)
err = Console(stderr=True)
out = Console()

Paths = Annotated[list[str], typer.Argument(help="Files, directories (recursive), or - for stdin.")]
Db = Annotated[
    str | None, typer.Option("--db", help="DuckDB file (default: DYADS_DB or dyads.duckdb).")
]
Published = Annotated[
    str | None,
    typer.Option("--published", help="YYYY-MM-DD, for inputs that carry no date of their own."),
]
DateFromName = Annotated[
    bool,
    typer.Option(
        "--date-from-name",
        help="Take a YYYY-MM-DD in a file's name as its publication date when it has none.",
    ),
]
MaxBytes = Annotated[int | None, typer.Option("--max-bytes", help="Largest article text accepted.")]


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date in the form YYYY-MM-DD", param_hint="--published"
        ) from None


def _pipeline(max_bytes: int | None) -> Pipeline:
    return Pipeline(load_settings(max_text_bytes=max_bytes))


def _summary_table(summary: batch.Summary, title: str) -> Table:
    table = Table(title=title, show_header=False)
    for key in ("read", "stored", "unchanged", "extracted", "skipped", "failed"):
        if key in ("read", "failed", "skipped") or summary.counts.get(key):
            table.add_row(key, str(summary.counts.get(key, 0)))
    return table


def _report(summary: batch.Summary, title: str) -> None:
    err.print(_summary_table(summary, title))
    for source, reason in summary.skipped:
        err.print(f"[yellow]skipped[/] {source}: {reason}", markup=True, highlight=False)
    for failure in summary.failures:
        _print_failure(err, failure.source, failure.stage, failure.reason)


def _print_failure(console: Console, source: str, stage: str, reason: str) -> None:
    console.print(f"[red]failed[/] {source} ({stage}): {reason}", highlight=False)


@app.command()
def ingest(
    paths: Paths,
    db: Db = None,
    published: Published = None,
    date_from_name: DateFromName = False,
    max_bytes: MaxBytes = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private-addresses",
            help="Let URL inputs reach loopback, link-local and private addresses.",
        ),
    ] = False,
    workers: Annotated[
        int,
        typer.Option("--workers", min=1, help="Analysing processes (local engine); one writer."),
    ] = 1,
    engine: Annotated[
        str,
        typer.Option("--engine", help="local (this machine) or ray (a Ray cluster)."),
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option("--address", help="Ray cluster to use (ray://host:10001 or auto)."),
    ] = None,
) -> None:
    """Read articles (files, directories, URLs, feeds, WARC), analyse and store them.

    Idempotent: re-running a batch changes nothing. The store content does not depend on
    --workers or --engine.
    """
    if engine not in ("local", "ray"):
        raise typer.BadParameter("choose local or ray", param_hint="--engine")
    when = _published(published)
    pipeline = _pipeline(max_bytes)
    policy = FetchPolicy(allow_private=allow_private)
    try:
        store = open_store(db or pipeline.settings.db)
    except (RuntimeError, NotImplementedError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    summary = batch.Summary()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("ingesting", total=None)
            if engine == "ray":
                from dyads.scale import ray as on_ray

                runner = partial(on_ray.run, address=address)
            else:
                runner = partial(batch.run, workers=workers)
            outcomes = runner(
                paths,
                pipeline=pipeline,
                store=store,
                published=when,
                date_from_name=date_from_name,
                fetch_policy=policy,
            )
            for outcome in outcomes:
                summary.add(outcome)
                progress.update(task, advance=1, description=Path(outcome.source).name[:40])
    except ModelNotInstalled as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    _report(summary, "ingest")
    err.print(f"store: {db or pipeline.settings.db}", highlight=False)


@app.command()
def extract(
    paths: Paths,
    published: Published = None,
    date_from_name: DateFromName = False,
    max_bytes: MaxBytes = None,
    format: Annotated[str, typer.Option("--format", help="json (the record contract).")] = "json",
) -> None:
    """Analyse articles without a store and print them as JSON: {"articles": [...]}."""
    if format != "json":
        raise typer.BadParameter("only 'json' is supported", param_hint="--format")
    when = _published(published)
    summary = batch.Summary()
    sys.stdout.write('{"articles": [')
    first = True
    try:
        for outcome in batch.run(
            paths, pipeline=_pipeline(max_bytes), published=when, date_from_name=date_from_name
        ):
            summary.add(outcome)
            if outcome.status == "extracted" and outcome.article is not None:
                sys.stdout.write(
                    ("\n" if first else ",\n")
                    + json.dumps(to_dict(outcome.article), ensure_ascii=False)
                )
                first = False
    except ModelNotInstalled as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    finally:
        sys.stdout.write("\n]}\n")
        sys.stdout.flush()
    if summary.failures or summary.skipped:
        _report(summary, "extract")


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="Article id.")], db: Db = None) -> None:
    """Print one stored article as JSON."""
    store = open_store(db or load_settings().db)
    try:
        found = store.article(article_id)
    finally:
        store.close()
    if found is None:
        err.print(f"[red]error:[/] no article with id {article_id!r} in the store")
        raise typer.Exit(1)
    out.print_json(json.dumps(found, default=str, ensure_ascii=False))


@app.command()
def summary(
    db: Db = None, limit: Annotated[int, typer.Option("--limit", help="Rows per table.")] = 10
) -> None:
    """What the store holds: counts, the latest articles, quotes and events, and failures."""
    path = db or load_settings().db
    store = open_store(path)
    try:
        counts = store.counts()
        articles = store.latest_articles(limit)
        quotes = store.latest_quotes(limit)
        events = store.latest_events(limit)
        failures = store.failures()
    finally:
        store.close()
    out.print(
        f"[bold]{path}[/]: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items())
    )
    table = Table("id", "published", "dateline", "headline", title="articles")
    for row in articles:
        agency = row["dateline_agency"] and f"({row['dateline_agency']})"
        dateline = " ".join(filter(None, [row["dateline_place"], agency]))
        table.add_row(
            row["id"], str(row["published"] or "unknown"), dateline, row["headline"] or ""
        )
    out.print(table)
    if quotes:
        table = Table("speaker", "cue", "kind", "quotation", title="quotes")
        for q in quotes:
            speaker = q["speaker_actor"] or q["speaker_text"] or "?"
            table.add_row(speaker, q["cue"] or "", q["kind"], q["content"][:90])
        out.print(table)
    if events:
        table = Table("date", "source", "CAMEO", "target", "Goldstein", "evidence", title="events")
        for e in events:
            table.add_row(
                str(e["date_start"] or ""),
                e["source_code"] or "",
                e["cameo"],
                e["target_code"] or "",
                f"{e['goldstein']:+.1f}",
                e["evidence"][:70],
            )
        out.print(table)
    for failure in failures:
        _print_failure(out, failure["source"], failure["stage"], failure["reason"])


def main() -> None:  # pragma: no cover - console entry
    app()
