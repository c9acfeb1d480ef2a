"""The ``dyads`` command line: a thin shell around the pipeline and the store.

Start-up is kept short: this module imports only Typer; each command imports what it needs
when it runs, and the commands defined elsewhere are loaded only when called
(:class:`dyads.commands.group.LazyGroup`). Exit codes and one-line errors: see that module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, ClassVar

import typer

from dyads.commands.common import (
    Db,
    MinConfidence,
    Published,
    exit_for,
    for_reading,
    for_writing,
    published_date,
    report,
    require_inputs,
    store_url,
)
from dyads.commands.group import EXIT_CODES, EXIT_ERROR, LazyGroup


class DyadsGroup(LazyGroup):
    lazy: ClassVar[dict[str, tuple[str, str]]] = {
        "dyad": (
            "dyads.commands.dyad:dyad_command",
            "Events between two actors per period; top quotes.",
        ),
        "alignment": (
            "dyads.commands.alignment:alignment_command",
            "An actor's cooperation minus conflict toward partners, per period.",
        ),
        "digest": (
            "dyads.alerts.command:digest_command",
            "The digest of new events, quotes and shifts you watch.",
        ),
        "eval": ("dyads.evaluate.cli:eval_app", "Evaluate the pipeline on the shared data sets."),
        "export": ("dyads.export:export_command", "Export the store: JSONL, Parquet or GDELT TSV."),
        "serve": (
            "dyads.commands.serve:serve_command",
            "API and dashboard; with --watch, poll feeds into the store.",
        ),
        "watch": (
            "dyads.commands.watching:watch_command",
            "Poll feeds into the store; send digests of your watches.",
        ),
    }


app = typer.Typer(
    name="dyads",
    cls=DyadsGroup,
    help="Who said what, who did what to whom, when: event and quotation data from news.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: Rich's help renderer alone costs 0.15 s at start-up
)

Paths = Annotated[
    list[str],
    typer.Argument(help="Files, directories (recursive), or - for stdin.", metavar="PATH"),
]
DateFromName = Annotated[
    bool,
    typer.Option(
        "--date-from-name",
        help="Take a YYYY-MM-DD in a file's name as its publication date when it has none.",
    ),
]
MaxBytes = Annotated[int | None, typer.Option("--max-bytes", help="Largest article text accepted.")]


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"dyads {version('dyads')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            typer.echo("dyads (not installed: run `pip install -e .`)")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an error (or DYADS_DEBUG=1).")
    ] = False,
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", callback=_print_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Who said what, who did what to whom, when: event and quotation data from news."""


@app.command(
    epilog=EXIT_CODES, short_help="Read, analyse and store articles: files, URLs, feeds, WARC."
)
def ingest(
    paths: Paths,
    db: Db = None,
    published: Published = None,
    date_from_name: DateFromName = False,
    max_bytes: MaxBytes = None,
    min_confidence: MinConfidence = None,
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
    when = published_date(published)
    require_inputs(paths)
    loaded = _start_loading()
    from dyads import ingest as batch
    from dyads.commands.progress import BatchProgress
    from dyads.sources import FetchPolicy

    if engine == "ray":
        try:
            from dyads.scale import ray as on_ray
        except ImportError:
            raise typer.BadParameter(
                "Ray is not installed: pip install 'dyads[ray]'", param_hint="--engine"
            ) from None
    pipeline = _pipeline(max_bytes, min_confidence)
    store = for_writing(db)
    summary = batch.Summary()
    try:
        with _model_needed(), BatchProgress("ingest") as progress:
            pipeline.progress = progress.stage
            options = {"pipeline": pipeline, "store": store, "published": when,
                       "date_from_name": date_from_name,
                       "fetch_policy": FetchPolicy(allow_private=allow_private)}  # fmt: skip
            if engine == "ray":
                outcomes = on_ray.run(paths, address=address, **options)
            else:
                outcomes = batch.run(paths, workers=workers, **options)
            for outcome in outcomes:
                loaded()
                summary.add(outcome)
                progress.done(outcome.status, outcome.source)
    finally:
        loaded()
        store.close()
    report(summary, "ingest", store_url(db))
    exit_for(summary)


@app.command(epilog=EXIT_CODES, short_help="Analyse articles without a store; print them as JSON.")
def extract(
    paths: Paths,
    published: Published = None,
    date_from_name: DateFromName = False,
    max_bytes: MaxBytes = None,
    min_confidence: MinConfidence = None,
    format: Annotated[str, typer.Option("--format", help="json (the record contract).")] = "json",
) -> None:
    """Analyse articles without a store and print them as JSON: {"articles": [...]}."""
    if format != "json":
        raise typer.BadParameter("only 'json' is supported", param_hint="--format")
    when = published_date(published)
    require_inputs(paths)
    import json

    loaded = _start_loading()
    from dyads import ingest as batch
    from dyads.records import to_dict

    pipeline = _pipeline(max_bytes, min_confidence)
    summary = batch.Summary()
    sys.stdout.write('{"articles": [')
    first = True
    try:
        with _model_needed():
            # the model first (it is always loaded): the language identifier, loading in its
            # thread meanwhile, is then ready when the first article needs it
            pipeline.nlp  # noqa: B018
            outcomes = batch.run(
                paths, pipeline=pipeline, published=when, date_from_name=date_from_name
            )
            for outcome in outcomes:
                loaded()
                summary.add(outcome)
                if outcome.status == "extracted" and outcome.article is not None:
                    record = json.dumps(to_dict(outcome.article), ensure_ascii=False)
                    sys.stdout.write(("\n" if first else ",\n") + record)
                    first = False
    finally:
        loaded()
        sys.stdout.write("\n]}\n")
        sys.stdout.flush()
    if summary.failures or summary.skipped or summary.not_analysed:
        report(summary, "extract")
    exit_for(summary)


@app.command(short_help="Analyse stored articles of a language once a model serves it.")
def reanalyse(
    language: Annotated[
        str, typer.Option("--language", help="Language code of the stored articles (ru, de...).")
    ],
    db: Db = None,
) -> None:
    """Analyse in place the stored articles of a language that were kept as not analysed,
    once an installed model serves it."""
    from dyads.commands.common import echo
    from dyads.commands.group import EXIT_FAILED, say_error
    from dyads.nlp import ModelNotInstalled
    from dyads.reanalyse import NotServed, reanalyse_language

    pipeline = _pipeline(None)
    store = for_writing(db, create=False)
    try:
        done = reanalyse_language(pipeline, store, language)
    except (NotServed, ModelNotInstalled) as exc:
        say_error(str(exc))
        raise typer.Exit(EXIT_FAILED) from None
    finally:
        store.close()
    echo(f"reanalysed {done.articles} {done.language!r} articles: {done.quotes} quotes, "
         f"{done.events} events" + (f"; {done.failed} failed" if done.failed else ""))  # fmt: skip


@app.command(short_help="One stored article, readable (or --format json).")
def show(
    article_id: Annotated[str, typer.Argument(help="Article id, or its first characters.")],
    db: Db = None,
    format: Annotated[
        str, typer.Option("--format", help="text (readable) or json (the record contract).")
    ] = "text",
) -> None:
    """Print one stored article: headline, date, quotations and events with their evidence."""
    if format not in ("text", "json"):
        raise typer.BadParameter("choose text or json", param_hint="--format")
    from dyads.commands.show import find_article, print_article

    store = for_reading(db)
    try:
        found = find_article(store, article_id)
    finally:
        store.close()
    print_article(found, as_json=format == "json")


@app.command(short_help="What the store holds: counts, latest facts, failures.")
def summary(
    db: Db = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Rows per table.")] = 10,
) -> None:
    """What the store holds: counts, the latest articles, quotes and events, and failures."""
    from dyads.commands.show import print_summary

    store = for_reading(db)
    try:
        print_summary(store, store_url(db), limit)
    finally:
        store.close()


def _start_loading() -> Callable[[], None]:
    """Pause the garbage collector while an analysing command loads; call the function it
    returns once the first results are in (and at the end: it acts once).

    The imports, the model and the actor tables are hundreds of thousands of long-lived
    objects, and each full collection while they load scanned them all again (about 1 s of
    one ``dyads extract``, against 0.02 s for a bare spaCy load and parse). Once loaded they
    are frozen out of later collections. (The language identifier's model is not loaded
    here: plainly English text never needs it, ``dyads.article.language``.)

    Measured by ``benchmarks/startup.py`` (docs/BENCHMARKS.md, Start-up)."""
    import gc

    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): libraries that load (srsly) call gc.enable()

    def loaded() -> None:
        if gc.get_threshold()[0] == 0:
            gc.freeze()
            gc.set_threshold(*thresholds)

    return loaded


def _pipeline(max_bytes: int | None, min_confidence: float | None = None) -> Any:
    from dyads.config import load_settings
    from dyads.pipeline import Pipeline

    settings = load_settings(max_text_bytes=max_bytes, min_confidence=min_confidence)
    return Pipeline(settings)


@contextmanager
def _model_needed() -> Iterator[None]:
    """A missing spaCy model stops the command with one line and exit 2."""
    from dyads.nlp import ModelNotInstalled

    try:
        yield
    except ModelNotInstalled as exc:
        from dyads.commands.group import say_error

        say_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def main() -> None:  # pragma: no cover - console entry
    app()
