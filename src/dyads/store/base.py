"""Pieces every store backend shares: migrations, statement splitting, article rows, and
the one-line message for a store another process holds."""

from __future__ import annotations

import json
import re
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any

from dyads.records import Article, to_dict


class SaveResult(Enum):
    STORED = "stored"
    UNCHANGED = "unchanged"


def migrations() -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` of every migration, in order."""
    folder = resources.files("dyads.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name.removesuffix(".sql").partition("_")
            found.append((int(number), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def split_statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "headline": article.headline,
        "caption": article.caption,
        "dateline_place": article.dateline.place,
        "dateline_agency": article.dateline.agency,
        "dateline_region": article.dateline.region,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "body_start": article.body[0],
        "body_end": article.body[1],
        "boilerplate": json.dumps(to_dict(article.boilerplate), ensure_ascii=False),
        "byline": article.byline,
        "analysed": article.analysed,
        "analysis_note": article.analysis_note,
    }


_HOLDER = re.compile(r"lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def holder_of(message: str) -> tuple[int, str] | None:
    """``(pid, program)`` of the process DuckDB names in a lock conflict, else None."""
    found = _HOLDER.search(message)
    return (int(found["pid"]), found["program"]) if found else None


def process_argv(pid: int) -> list[str]:
    """The command line of process ``pid`` (``[]`` when it cannot be read: not Linux, gone),
    with a leading ``python`` dropped (``python …/dyads serve`` -> ``dyads serve``)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    argv = [part.decode("utf-8", "replace") for part in raw.split(b"\0") if part]
    if len(argv) > 1 and Path(argv[0]).name.startswith("python"):
        argv = argv[1:]
        if argv[0] == "-c" and len(argv) > 1:
            argv = ["python -c …", *argv[2:]]
    if argv:
        argv[0] = Path(argv[0]).name
    return argv


def _served_at(argv: list[str]) -> str | None:
    """The address a ``dyads serve`` command line listens on."""
    if "serve" not in argv:
        return None
    found = {"--host": "127.0.0.1", "--port": "8000"}
    for flag in found:
        if flag in argv[:-1]:
            found[flag] = argv[argv.index(flag) + 1]
    return f"http://{found['--host']}:{found['--port']}"


def lock_message(path: str, holder: tuple[int, str], *, reading: bool, limit: int = 80) -> str:
    """One line: which process holds the DuckDB file, and the ways on."""
    pid, program = holder
    argv = process_argv(pid)
    command = " ".join(argv) or Path(program).name or "unknown program"
    command = command if len(command) <= limit else command[: limit - 1] + "…"
    ways = ["stop that process"]
    served = _served_at(argv)
    if served:
        ways.append(f"read through its API ({served})")
    ways.append("ingest and serve in one process with `dyads serve --watch FEEDS`")
    ways.append("use PostgreSQL (--db postgresql://…) for several processes")
    doing = "read" if reading else "write"
    return (
        f"{path} is in use by process {pid} ({command}) and DuckDB lets no other process "
        f"{doing} it meanwhile: " + "; or ".join(ways)
    )


def redact(url: str) -> str:
    """``url`` with a password replaced by ``***`` (for messages and logs)."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
