"""``dyads show`` and ``dyads summary``: a stored article, and the store, readable in a terminal.

All text from articles goes into Rich ``Text`` objects, never markup, so a headline with
``[brackets]`` prints as written.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dyads.commands.common import short
from dyads.commands.group import EXIT_ERROR, say_error

if TYPE_CHECKING:
    from dyads.store import SqlStore

# Ids listed when a prefix matches several articles.
SHOWN_MATCHES = 5


def find_article(store: SqlStore, given: str) -> dict[str, Any]:
    """The article whose id is ``given`` or starts with it; exits 2 when there is none (as
    every "not found" of the commands that read the store: nothing was done) and when the
    prefix matches several (listing them)."""
    found = store.article(given)
    if found is not None:
        return found
    ids = store.ids_starting(given, SHOWN_MATCHES + 1)
    if not ids:
        say_error(f"no article with an id starting {given!r} in the store")
        raise typer.Exit(EXIT_ERROR)
    if len(ids) > 1:
        listed = ", ".join(ids[:SHOWN_MATCHES]) + (", …" if len(ids) > SHOWN_MATCHES else "")
        say_error(f"{given!r} starts several article ids ({listed}); give more characters")
        raise typer.Exit(EXIT_ERROR)
    article = store.article(ids[0])
    assert article is not None
    return article


def print_article(article: dict[str, Any], *, as_json: bool = False) -> None:
    """The article as JSON (the record contract) or as readable text."""
    if as_json:
        Console().print_json(json.dumps(article, default=str, ensure_ascii=False))
        return
    out = Console(highlight=False)
    out.print(Text.assemble((article["id"], "bold"), "  ", article["headline"] or "(no headline)"))
    dateline = article.get("dateline") or {}
    where = ", ".join(filter(None, [dateline.get("place"), dateline.get("region")]))
    place = " ".join(filter(None, [where, dateline.get("agency") and
                                   f"({dateline['agency']})"]))  # fmt: skip
    facts = [f"published {article['published'] or 'unknown'}", place, article.get("language"),
             article.get("status"), article.get("reason")]  # fmt: skip
    out.print(Text(" · ".join(str(f) for f in facts if f), style="dim"))
    for source in article.get("sources") or [article["source"]]:
        out.print(Text(f"source: {source}", style="dim"))
    if article.get("url"):
        out.print(Text(f"url: {article['url']}", style="dim"))
    _quotes(out, article["quotes"])
    _events(out, article["events"])
    _mentions(out, article["mentions"])


def _quotes(out: Console, quotes: list[dict[str, Any]]) -> None:
    out.print(Text(f"\nQuotations ({len(quotes)})", style="bold"))
    for q in quotes:
        speaker = q.get("speaker") or {}
        who = speaker.get("actor") or speaker.get("text") or "unknown speaker"
        code = f" [{speaker['code']}]" if speaker.get("code") else ""
        cue = (q.get("cue") or {}).get("text")
        head = f"  {who}{code}, {q['kind']}" + (f", {cue}" if cue else "")
        out.print(Text(head))
        out.print(Text(f"    “{short(q['content'], 300)}”", style="italic"))


def _events(out: Console, events: list[dict[str, Any]]) -> None:
    out.print(Text(f"\nEvents ({len(events)})", style="bold"))
    for e in events:
        source = (e.get("source") or {}).get("code") or "?"
        target = (e.get("target") or {}).get("code") or "?"
        date = e.get("date") or {}
        when = day_text(date.get("start"), date.get("precision"))
        negated = "NOT " if e.get("negated") else ""
        name = _cameo_name(e["cameo"])
        head = f"  {when:<10}  {source} → {target}  {negated}{e['cameo']} {name}"
        out.print(Text(f"{head}  Goldstein {e['goldstein']:+.1f}  quad class {e['quad_class']}"))
        sentence = (e.get("evidence") or {}).get("sentence") or ""
        out.print(Text(f"    {short(sentence, 300)}", style="dim"))


def _mentions(out: Console, mentions: list[dict[str, Any]]) -> None:
    coded = Counter(m["code"] for m in mentions if m.get("code"))
    top = ", ".join(f"{code} ×{n}" for code, n in coded.most_common(12))
    out.print(Text(f"\nMentions ({len(mentions)})" + (f": {top}" if top else ""), style="bold"))


def _cameo_name(code: str) -> str:
    try:
        from dyads.events.ontology import cameo

        return str(cameo(code).name)
    except (KeyError, ValueError, ImportError):
        return ""


def day_text(start: Any, precision: str | None) -> str:
    """A date as precise as it is known: "2024" for a year, "2024-03" for a month (a year's
    date stored as its first day printed as 1 January misled a new user, session 28)."""
    text = str(start or "")
    if precision == "year":
        return text[:4]
    if precision == "month":
        return text[:7]
    return text


def _latest(what: str, limit: int, total: int | None) -> str:
    """A table title that says when it shows only the latest rows (``--limit``)."""
    if total is None or total <= limit:
        return what
    return f"{what}: the latest {limit} of {total} (--limit)"


def print_summary(store: SqlStore, where: str, limit: int) -> None:
    """Counts, the latest articles, quotes and events, and the failures."""
    from dyads.store.base import redact

    counts = store.counts()
    where = redact(where)
    out = Console(highlight=False)
    out.print(Text.assemble((where, "bold"), ": ", ", ".join(
        f"{k.replace('_', ' ')} {v}" for k, v in counts.items())))  # fmt: skip
    articles = sum(n for key, n in counts.items() if key.startswith("articles_"))
    title = _latest("articles", limit, articles)
    table = Table("id", "published", "dateline", "headline", title=title)
    for row in store.latest_articles(limit):
        agency = row["dateline_agency"] and f"({row['dateline_agency']})"
        where = ", ".join(filter(None, [row["dateline_place"], row.get("dateline_region")]))
        dateline = " ".join(filter(None, [where, agency]))
        table.add_row(Text(row["id"]), Text(str(row["published"] or "unknown")), Text(dateline),
                      Text(row["headline"] or ""))  # fmt: skip
    out.print(table)
    quotes = store.latest_quotes(limit)
    if quotes:
        title = _latest("quotes", limit, counts.get("quotes"))
        table = Table("speaker", "cue", "kind", "quotation", title=title)
        for q in quotes:
            speaker = q["speaker_actor"] or q["speaker_text"] or "?"
            table.add_row(Text(speaker), Text(q["cue"] or ""), Text(q["kind"]),
                          Text(short(q["content"], 90)))  # fmt: skip
        out.print(table)
    events = store.latest_events(limit)
    if events:
        title = _latest("events", limit, counts.get("events"))
        table = Table("date", "source", "CAMEO", "target", "Goldstein", "evidence", title=title)
        for e in events:
            when = day_text(e["date_start"], e.get("date_precision"))
            table.add_row(Text(when), Text(e["source_code"] or ""),
                          Text(e["cameo"]), Text(e["target_code"] or ""),
                          f"{e['goldstein']:+.1f}", Text(short(e["evidence"], 70)))  # fmt: skip
        out.print(table)
    for failure in store.failures():
        out.print(Text(f"failed {failure['source']} ({failure['stage']}): {failure['reason']}"))
