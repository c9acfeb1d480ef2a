"""``dyads eval``: the evaluation commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from dyads.evaluate import EvalDataMissing

eval_app = typer.Typer(
    help="Measure the pipeline on ../shared/eval (exit 2 without it).",
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help, as every other command's
)
console = Console()
T = TypeVar("T")
Shared = Annotated[
    str | None, typer.Option("--shared", help="The shared folder (default ../shared).")
]


def _measure(evaluate: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run an evaluation; without its data, say so in one line on standard error and exit 2:
    nothing was measured, and a script must not read it as a pass (the README's exit codes;
    a new user's trial, session 26: "skipped" with status 0). The test suite skips instead."""
    try:
        return evaluate(*args, **kwargs)
    except EvalDataMissing as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@eval_app.command("seed")
def seed(
    shared: Shared = None, verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False
) -> None:
    """The seed article against its gold: structure, actors, quotes, events."""
    from dyads.evaluate.seed import evaluate_seed

    _, report = _measure(evaluate_seed, shared)
    table = Table("section", "passed", title="seed acceptance")
    for section, (passed, total) in report.sections().items():
        table.add_row(section, f"{passed}/{total}")
    console.print(table)
    for check in report.checks:
        if verbose or not check.ok:
            mark = "[green]ok[/]" if check.ok else "[red]FAIL[/]"
            console.print(f"{mark} {check.section}: {check.name} {check.detail}", highlight=False)
    console.print("seed: " + ("PASS" if report.passed else "FAIL"))
    if not report.passed:
        raise typer.Exit(1)


@eval_app.command("html")
def html(split: Annotated[str, typer.Option("--split")] = "dev", shared: Shared = None) -> None:
    """Main-text extraction F1 on the HTML article benchmark."""
    from dyads.evaluate.html import evaluate_html

    result = _measure(evaluate_html, split=split, shared=shared)
    console.print(
        f"html {split}: {result['n']} pages, precision {result['precision']:.4f}, "
        f"recall {result['recall']:.4f}, F1 {result['f1']:.4f}"
    )


@eval_app.command("polnear")
def polnear(
    split: Annotated[str, typer.Option("--split")] = "dev",
    part: Annotated[str, typer.Option("--part", help="all (default), tune or report.")] = "all",
    shared: Shared = None,
) -> None:
    """The whole pipeline's quotations on PolNeAR, scored by ../shared/eval/score_polnear.py.

    Rows: direct and all attributions, each from the quotes alone and from the quotes with the
    stance records PolNeAR also counts as attributions (see docs/BENCHMARKS.md).
    """
    from dyads.evaluate.polnear import evaluate_pipeline

    result = _measure(evaluate_pipeline, split, part=_part(part), shared=shared)
    columns = (
        "gold",
        "pred",
        "content_p",
        "content_r",
        "content_f1",
        "speaker_acc_on_matched",
        "pair_f1",
    )
    title = f"PolNeAR {split}" + ("" if part == "all" else f" ({part} half)")
    table = Table("subset", *columns, title=title)
    rows = (
        ("direct", "direct (quotes)"),
        ("direct_stances", "direct (+stances)"),
        ("all_quotes", "all (quotes)"),
        ("all", "all (+stances)"),
    )
    for key, label in rows:
        table.add_row(label, *(str(result[key][k]) for k in columns))
    console.print(table)
    console.print(
        f"{result['articles']} articles ({result['failed']} failed) in {result['seconds']:.1f} s; "
        f"predictions in {result['predictions']}"
    )


Part = Annotated[str, typer.Option("--part", help="report, tune or all.")]


def _part(part: str) -> str:
    if part not in ("report", "tune", "all"):
        raise typer.BadParameter("choose report, tune or all", param_hint="--part")
    return part


@eval_app.command("plover")
def plover(
    split: Annotated[str, typer.Option("--split")] = "dev",
    part: Part = "report",
    shared: Shared = None,
) -> None:
    """PLOVER gold records: event category and both countries of the sentence's main event."""
    from dyads.evaluate.plover import evaluate

    result = _measure(evaluate, split, part=_part(part), shared=shared)
    console.print(
        f"PLOVER {split} ({part} half): {result['records']} records, "
        f"{result['coded']} with a main event; "
        f"category + both countries right {result['accuracy']:.3f} (category "
        f"{result['category_accuracy']:.3f}, countries {result['dyad_accuracy']:.3f})"
    )


@eval_app.command("pentaclass")
def pentaclass(part: Part = "report", shared: Shared = None) -> None:
    """Quad class of each sentence's main event on the ConfliBERT CAMEO sentences."""
    from dyads.evaluate.pentaclass import evaluate

    result = _measure(evaluate, part=_part(part), shared=shared)
    console.print(
        f"pentaclass ({part} half of {result['file_rows']} rows): {result['sentences']} "
        f"sentences, accuracy {result['accuracy']:.3f}"
    )


@eval_app.command("plover-actors")
def plover_actors(
    split: Annotated[str, typer.Option("--split")] = "dev",
    part: Part = "report",
    shared: Shared = None,
) -> None:
    """PLOVER gold records: share of gold source/target actors given a mention with the right
    country (the actors stage alone)."""
    from dyads.evaluate.actors import evaluate_actor_countries

    result = _measure(evaluate_actor_countries, split, part=_part(part), shared=shared)
    console.print(
        f"PLOVER {split} actors ({part} half): {result['actors']} gold actors in "
        f"{result['records']} records, right country {result['right']} = {result['share']:.3f} "
        f"({result['unlocated']} not found in the text)"
    )


@eval_app.command("plv")
def plv(part: Part = "report", shared: Shared = None) -> None:
    """Category and both sides of the marked source/target pair on ZSP's PLV sentences."""
    from dyads.evaluate.plv import evaluate

    r = _measure(evaluate, part=_part(part), shared=shared)
    console.print(
        f"PLV ({part} half): {r['sentences']} sentences; category + both sides right "
        f"{r['accuracy']:.3f}; a coded event on the marked pair {r['pair_found']:.3f}; "
        f"{r['events']} events, {r['pair_precision']:.3f} of them on the marked pair"
    )


@eval_app.command("cameo-ner")
def cameo_ner(part: Part = "report", shared: Shared = None) -> None:
    """Source and target span precision and recall on the ConfliBERT CAMEO sentences."""
    from dyads.evaluate.cameo_ner import evaluate

    r = _measure(evaluate, part=_part(part), shared=shared)
    for role in ("source", "target"):
        f = r[role]
        console.print(
            f"CAMEO spans ({part} half, {r['sentences']} sentences) {role}: precision "
            f"{f['precision']:.3f} (in sentences marking both roles {f['precision_marked']:.3f}), "
            f"recall {f['recall']:.3f}, F1 {f['f1']:.3f}"
        )
    console.print(f"macro F1 {r['macro_f1']:.3f}")
