"""Watches, digests and alerts: tell a user when something they follow happens or turns.

A *watch* (YAML, see ``load_alert_config``) names a dyad (``ARM-RUS``), an actor code
(``RUSGOV``, ``IGOWSTNAT``), a speaker (``Lavrov``), a CAMEO code or root (``13``) or a
combination (all must match). A digest collects, for every watch:

* events and quotations that match and were not in an earlier digest (remembered in the
  store's ``sent_alerts``), each with its evidence sentence and article;
* for dyad watches, a *shift*: the mean Goldstein score of the dyad's events over the last
  window moved by more than the threshold compared with the window before.

It is written as Markdown and HTML (all article text escaped) to a folder and, when SMTP is
configured, sent by e-mail. ``digest_command`` is the ``dyads digest`` command.
"""

from __future__ import annotations

import html
import os
import re
import smtplib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
import yaml

from dyads.store.watch_state import WatchState

if TYPE_CHECKING:
    from dyads.store import Store

__all__ = [
    "AlertConfig",
    "Digest",
    "DigestItem",
    "SmtpConfig",
    "Watch",
    "build_digest",
    "digest_command",
    "load_alert_config",
    "render_html",
    "render_markdown",
    "run_alerts",
    "send_digest",
    "write_digest",
]

ItemKind = Literal["event", "quote", "shift"]
_CODE = re.compile(r"^[A-Z0-9]{2,15}$")
_CAMEO = re.compile(r"^\d{2,4}$")
_WINDOW = re.compile(r"^(\d+)\s*([dw])$")
# A first digest over a large store would be unreadable: the rest waits for the next one.
MAX_ITEMS_PER_WATCH = 50
_WATCH_KEYS = {"name", "dyad", "directed", "actor", "speaker", "cameo", "threshold", "window"}


@dataclass(frozen=True, slots=True)
class Watch:
    """What one user follows; every criterion given must match."""

    name: str
    dyad: tuple[str, str] | None = None
    directed: bool = False
    actor: str | None = None
    speaker: str | None = None
    cameo: str | None = None
    threshold: float | None = None  # overrides AlertConfig.threshold
    window_days: int | None = None  # overrides AlertConfig.window_days


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where digests are mailed. The password is read from the environment, never the file."""

    host: str
    port: int = 25
    sender: str = "dyads@localhost"
    to: tuple[str, ...] = ()
    starttls: bool = False
    ssl: bool = False
    username: str | None = None
    password_env: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class AlertConfig:
    """Watches plus how shifts are measured and where digests go."""

    watches: tuple[Watch, ...]
    threshold: float = 2.0
    window_days: int = 7
    min_events: int = 2
    digest_dir: Path = Path("digests")
    smtp: SmtpConfig | None = None


@dataclass(slots=True)
class DigestItem:
    """One thing to tell: an event, a quotation or a shift, with its evidence."""

    watch: str
    kind: ItemKind
    key: str
    title: str
    evidence: str | None = None
    article_id: str | None = None
    headline: str | None = None
    url: str | None = None
    published: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Digest:
    """Everything new for every watch, as of a day."""

    created: datetime
    as_of: date
    items: list[DigestItem] = field(default_factory=list)
    watches: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()  # where ``write_digest`` put it

    @property
    def name(self) -> str:
        return "digest-" + self.created.strftime("%Y%m%dT%H%M%S")


# configuration --------------------------------------------------------------------------
def _window_days(value: Any, where: str) -> int:
    if isinstance(value, int) and value > 0:
        return value
    found = _WINDOW.match(str(value).strip().lower())
    if not found or int(found.group(1)) == 0:
        raise ValueError(f"{where}: window must be like 7d or 2w, not {value!r}")
    return int(found.group(1)) * (7 if found.group(2) == "w" else 1)


def _code(value: Any, where: str) -> str:
    code = str(value).strip().upper()
    if not _CODE.match(code):
        raise ValueError(f"{where}: {value!r} is not an actor code like RUS, RUSGOV or IGOWSTNAT")
    return code


def _watch(entry: Any, number: int) -> Watch:
    where = f"watch {number}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a mapping with dyad, actor, speaker or cameo")
    unknown = set(entry) - _WATCH_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    dyad = None
    if entry.get("dyad") is not None:
        parts = re.split(r"\s*[-–—>/]\s*", str(entry["dyad"]).strip())
        if len(parts) != 2:
            raise ValueError(f"{where}: a dyad is two actor codes like ARM-RUS")
        dyad = (_code(parts[0], where), _code(parts[1], where))
    cameo = None
    if entry.get("cameo") is not None:
        cameo = str(entry["cameo"]).strip()
        cameo = cameo.zfill(2) if cameo.isdigit() and len(cameo) == 1 else cameo
        if not _CAMEO.match(cameo):
            raise ValueError(f"{where}: cameo must be a CAMEO code or root like 13 or 112")
    actor = _code(entry["actor"], where) if entry.get("actor") is not None else None
    speaker = str(entry["speaker"]).strip() if entry.get("speaker") else None
    if not (dyad or actor or speaker or cameo):
        raise ValueError(f"{where}: give at least one of dyad, actor, speaker, cameo")
    default_name = "-".join(dyad) if dyad else actor or speaker or f"CAMEO {cameo}"
    return Watch(
        name=str(entry.get("name") or default_name),
        dyad=dyad,
        directed=bool(entry.get("directed", False)),
        actor=actor,
        speaker=speaker,
        cameo=cameo,
        threshold=float(entry["threshold"]) if entry.get("threshold") is not None else None,
        window_days=_window_days(entry["window"], where) if entry.get("window") else None,
    )


def _smtp(entry: Any) -> SmtpConfig:
    if not isinstance(entry, dict) or not entry.get("host"):
        raise ValueError("smtp: give at least host (and to, a list of addresses)")
    if "password" in entry:
        raise ValueError("smtp: put the password in an environment variable (password_env)")
    to = entry.get("to") or []
    return SmtpConfig(
        host=str(entry["host"]),
        port=int(entry.get("port", 25)),
        sender=str(entry.get("from", "dyads@localhost")),
        to=tuple(str(a) for a in ([to] if isinstance(to, str) else to)),
        starttls=bool(entry.get("starttls", False)),
        ssl=bool(entry.get("ssl", False)),
        username=entry.get("username"),
        password_env=entry.get("password_env"),
        timeout=float(entry.get("timeout", 30.0)),
    )


def parse_alert_config(data: Any, *, base: Path = Path()) -> AlertConfig:
    """An ``AlertConfig`` from parsed YAML; ``ValueError`` saying what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("watches"), list):
        raise ValueError("the alert config needs a 'watches' list")
    watches = tuple(_watch(entry, n) for n, entry in enumerate(data["watches"], start=1))
    names = [w.name for w in watches]
    if len(set(names)) != len(names):
        raise ValueError("two watches have the same name; give them distinct names")
    folder = Path(data.get("digest_dir", "digests"))
    return AlertConfig(
        watches=watches,
        threshold=float(data.get("threshold", 2.0)),
        window_days=_window_days(data.get("window", 7), "window"),
        min_events=int(data.get("min_events", 2)),
        digest_dir=folder if folder.is_absolute() else base / folder,
        smtp=_smtp(data["smtp"]) if data.get("smtp") else None,
    )


def load_alert_config(path: Path) -> AlertConfig:
    """Read watches from a YAML file; a relative ``digest_dir`` is relative to the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path} is not valid YAML ({exc})") from exc
    try:
        return parse_alert_config(data, base=path.parent)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc


# matching -------------------------------------------------------------------------------
def _side(prefix: str, code: str) -> tuple[str, list[Any]]:
    return f"({prefix}_code LIKE ? OR {prefix}_country = ?)", [code + "%", code]


def _event_filter(watch: Watch) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if watch.dyad:
        a, b = watch.dyad
        src_a, p1 = _side("e.source", a)
        tgt_b, p2 = _side("e.target", b)
        forward = f"({src_a} AND {tgt_b})"
        if watch.directed:
            clauses.append(forward)
            params += p1 + p2
        else:
            src_b, p3 = _side("e.source", b)
            tgt_a, p4 = _side("e.target", a)
            clauses.append(f"({forward} OR ({src_b} AND {tgt_a}))")
            params += p1 + p2 + p3 + p4
    if watch.actor:
        src, p1 = _side("e.source", watch.actor)
        tgt, p2 = _side("e.target", watch.actor)
        clauses.append(f"({src} OR {tgt})")
        params += p1 + p2
    if watch.speaker:
        clauses.append("lower(e.source_actor) LIKE ?")
        params.append(f"%{watch.speaker.lower()}%")
    if watch.cameo:
        clauses.append("e.cameo LIKE ?")
        params.append(watch.cameo + "%")
    return " AND ".join(clauses) or "1 = 1", params


def _mention_of(code: str) -> tuple[str, list[Any]]:
    return (
        "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id "
        "AND m.span_start >= q.span_start AND m.span_end <= q.span_end "
        "AND (m.code LIKE ? OR m.country = ?))",
        [code + "%", code],
    )


def _quote_filter(watch: Watch) -> tuple[str, list[Any]] | None:
    if watch.cameo:
        return None  # quotations carry no CAMEO code
    clauses: list[str] = []
    params: list[Any] = []
    if watch.dyad:
        a, b = watch.dyad
        about_b, p1 = _mention_of(b)
        forward = f"(q.speaker_code LIKE ? AND {about_b})"
        if watch.directed:
            clauses.append(forward)
            params += [a + "%", *p1]
        else:
            about_a, p2 = _mention_of(a)
            clauses.append(f"({forward} OR (q.speaker_code LIKE ? AND {about_a}))")
            params += [a + "%", *p1, b + "%", *p2]
    if watch.actor:
        clauses.append("q.speaker_code LIKE ?")
        params.append(watch.actor + "%")
    if watch.speaker:
        clauses.append("(lower(q.speaker_actor) LIKE ? OR lower(q.speaker_text) LIKE ?)")
        params += [f"%{watch.speaker.lower()}%"] * 2
    return " AND ".join(clauses) or "1 = 1", params


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _event_name(code: str) -> str:
    from dyads.events.ontology import cameo

    try:
        return str(cameo(code).name)
    except (KeyError, ValueError):
        return ""


def _events(store: Store, watch: Watch, sent: set[str]) -> list[DigestItem]:
    where, params = _event_filter(watch)
    rows = store.query(
        "SELECT e.article_id, e.idx, e.source_code, e.source_actor, e.target_code, "
        "e.target_actor, e.cameo, e.goldstein, e.quad_class, e.negated, e.date_start, "
        "e.evidence, a.headline, a.url, a.published FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE {where} "
        "ORDER BY a.published, e.article_id, e.idx",
        params,
    )
    items = []
    for row in rows:
        key = f"{row['article_id']}:{row['idx']}"
        if key in sent:
            continue
        source = row["source_actor"] or row["source_code"] or "?"
        target = row["target_actor"] or row["target_code"] or "?"
        name = _event_name(row["cameo"])
        verb = f"{'NOT ' if row['negated'] else ''}{name or 'CAMEO ' + row['cameo']}"
        items.append(
            DigestItem(
                watch=watch.name,
                kind="event",
                key=key,
                title=f"{source} → {target}: {verb}",
                evidence=row["evidence"],
                article_id=row["article_id"],
                headline=row["headline"],
                url=row["url"],
                published=_iso(row["date_start"] or row["published"]),
                details={
                    "source": row["source_code"],
                    "target": row["target_code"],
                    "cameo": row["cameo"],
                    "goldstein": float(row["goldstein"]),
                    "quad_class": row["quad_class"],
                    "negated": bool(row["negated"]),
                },
            )
        )
    return items


def _quotes(store: Store, watch: Watch, sent: set[str]) -> list[DigestItem]:
    found = _quote_filter(watch)
    if found is None:
        return []
    where, params = found
    rows = store.query(
        "SELECT q.article_id, q.idx, q.kind, q.content, q.speaker_text, q.speaker_actor, "
        "q.speaker_code, q.cue, q.date_start, a.headline, a.url, a.published, a.text, "
        "q.span_start, q.span_end FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"WHERE {where} ORDER BY a.published, q.article_id, q.idx",
        params,
    )
    items = []
    for row in rows:
        key = f"{row['article_id']}:{row['idx']}"
        if key in sent:
            continue
        speaker = row["speaker_actor"] or row["speaker_text"] or "unknown speaker"
        items.append(
            DigestItem(
                watch=watch.name,
                kind="quote",
                key=key,
                title=f"{speaker} ({row['kind']}{', ' + row['cue'] if row['cue'] else ''})",
                evidence=row["text"][row["span_start"] : row["span_end"]] or row["content"],
                article_id=row["article_id"],
                headline=row["headline"],
                url=row["url"],
                published=_iso(row["date_start"] or row["published"]),
                details={"speaker_code": row["speaker_code"], "content": row["content"]},
            )
        )
    return items


def dyad_means(
    store: Store, watch: Watch, as_of: date, window_days: int
) -> tuple[tuple[float | None, int], tuple[float | None, int]]:
    """``((mean, n) of the last window, (mean, n) of the window before)``, negations left out.

    The last window is the ``window_days`` days ending on ``as_of`` (inclusive).
    """
    where, params = _event_filter(Watch(watch.name, dyad=watch.dyad, directed=watch.directed))
    start = as_of - timedelta(days=2 * window_days)
    rows = store.query(
        "SELECT coalesce(e.date_start, a.published) AS day, e.goldstein FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE {where} AND NOT e.negated "
        "AND coalesce(e.date_start, a.published) > ? AND coalesce(e.date_start, a.published) <= ?",
        [*params, start, as_of],
    )
    middle = as_of - timedelta(days=window_days)
    last = [float(r["goldstein"]) for r in rows if r["day"] > middle]
    before = [float(r["goldstein"]) for r in rows if r["day"] <= middle]

    def mean(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    return (mean(last), len(last)), (mean(before), len(before))


def _shift(store: Store, watch: Watch, config: AlertConfig, as_of: date) -> DigestItem | None:
    if watch.dyad is None:
        return None
    window = watch.window_days or config.window_days
    threshold = watch.threshold if watch.threshold is not None else config.threshold
    (last, n_last), (before, n_before) = dyad_means(store, watch, as_of, window)
    if last is None or before is None or min(n_last, n_before) < config.min_events:
        return None
    change = last - before
    if abs(change) <= threshold:
        return None
    a, b = watch.dyad
    way = "warmer (more cooperative)" if change > 0 else "colder (more conflictual)"
    return DigestItem(
        watch=watch.name,
        kind="shift",
        key=f"{a}-{b}:{as_of.isoformat()}:{window}d",
        title=f"{a}–{b} turned {way}: mean Goldstein {before:+.1f} → {last:+.1f} "
        f"({change:+.1f}) over the last {window} days",
        published=as_of.isoformat(),
        details={
            "previous_mean": before,
            "last_mean": last,
            "change": change,
            "previous_events": n_before,
            "last_events": n_last,
            "window_days": window,
        },
    )


def build_digest(
    store: Store,
    config: AlertConfig,
    *,
    as_of: date | None = None,
    include_sent: bool = False,
) -> Digest:
    """Collect what is new for every watch (not yet sent, unless ``include_sent``)."""
    as_of = as_of or datetime.now(UTC).date()
    state = WatchState(store)
    digest = Digest(
        created=datetime.now(UTC).replace(tzinfo=None),
        as_of=as_of,
        watches=tuple(w.name for w in config.watches),
    )
    for watch in config.watches:
        found: list[DigestItem] = []
        shift = _shift(store, watch, config, as_of)
        for kind, collect in (("event", _events), ("quote", _quotes)):
            sent = set() if include_sent else state.sent_keys(watch.name, kind)
            found.extend(collect(store, watch, sent))
        found = found[:MAX_ITEMS_PER_WATCH]
        if shift is not None and (
            include_sent or shift.key not in state.sent_keys(watch.name, "shift")
        ):
            found.insert(0, shift)
        digest.items.extend(found)
    return digest


# rendering ------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def _md(text: str | None) -> str:
    """Article text made inert in Markdown: HTML escaped, Markdown markup characters too."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(" ".join((text or "").split()), quote=False))


def _md_url(url: str | None) -> str | None:
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def _grouped(digest: Digest) -> list[tuple[str, list[DigestItem]]]:
    groups: dict[str, list[DigestItem]] = {name: [] for name in digest.watches}
    for item in digest.items:
        groups.setdefault(item.watch, []).append(item)
    return [(name, items) for name, items in groups.items() if items]


_HEADINGS = {"shift": "Shift", "event": "Event", "quote": "Quotation"}


def render_markdown(digest: Digest) -> str:
    """The digest as Markdown; every piece of article text is escaped."""
    lines = [
        f"# dyads digest — {digest.as_of.isoformat()}",
        "",
        f"{len(digest.items)} new item(s) for {len(digest.watches)} watch(es); "
        f"built {digest.created.isoformat(timespec='seconds')} UTC.",
    ]
    if not digest.items:
        lines += ["", "Nothing new."]
    for name, items in _grouped(digest):
        lines += ["", f"## {_md(name)}"]
        for item in items:
            when = f"{item.published} · " if item.published else ""
            lines += ["", f"### {_HEADINGS[item.kind]}: {_md(item.title)}", ""]
            if item.kind == "event":
                d = item.details
                lines.append(
                    f"{when}CAMEO {d['cameo']} · Goldstein {d['goldstein']:+.1f} · "
                    f"quad class {d['quad_class']}"
                )
            elif item.kind == "quote":
                lines.append(f"{when}{_md(item.details.get('speaker_code') or '')}".rstrip(" ·"))
            if item.evidence:
                lines += ["", f"> {_md(item.evidence)}"]
            if item.article_id:
                link = _md_url(item.url)
                headline = _md(item.headline or item.article_id)
                shown = f"[{headline}]({link})" if link else headline
                lines += ["", f"Source: {shown} (article `{_md(item.article_id)}`)"]
    return "\n".join(lines).rstrip() + "\n"


def _h(text: Any) -> str:
    return html.escape(str(text or ""), quote=True)


def render_html(digest: Digest) -> str:
    """The digest as a standalone HTML page; every piece of article text is escaped."""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>dyads digest — {_h(digest.as_of.isoformat())}</title>",
        "<style>body{font-family:sans-serif;max-width:48em;margin:auto;padding:1em}"
        "blockquote{border-left:3px solid #999;margin-left:0;padding-left:1em;color:#333}"
        ".meta{color:#666;font-size:90%}</style></head><body>",
        f"<h1>dyads digest — {_h(digest.as_of.isoformat())}</h1>",
        f'<p class="meta">{len(digest.items)} new item(s) for {len(digest.watches)} '
        f"watch(es); built {_h(digest.created.isoformat(timespec='seconds'))} UTC.</p>",
    ]
    if not digest.items:
        parts.append("<p>Nothing new.</p>")
    for name, items in _grouped(digest):
        parts.append(f"<h2>{_h(name)}</h2>")
        for item in items:
            parts.append(f"<h3>{_h(_HEADINGS[item.kind])}: {_h(item.title)}</h3>")
            meta = [item.published or ""]
            if item.kind == "event":
                d = item.details
                meta += [f"CAMEO {d['cameo']}", f"Goldstein {d['goldstein']:+.1f}"]
            parts.append(f'<p class="meta">{_h(" · ".join(m for m in meta if m))}</p>')
            if item.evidence:
                parts.append(f"<blockquote>{_h(' '.join(item.evidence.split()))}</blockquote>")
            if item.article_id:
                link = _md_url(item.url)
                headline = _h(item.headline or item.article_id)
                shown = f'<a href="{_h(link)}">{headline}</a>' if link else headline
                parts.append(f'<p class="meta">Source: {shown} (article {_h(item.article_id)})</p>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_digest(digest: Digest, folder: Path) -> tuple[Path, Path]:
    """Write ``<name>.md`` and ``<name>.html`` into ``folder``; return both paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem, number = digest.name, 1
    while (folder / f"{stem}.md").exists() or (folder / f"{stem}.html").exists():
        number += 1  # two digests within a second: keep both
        stem = f"{digest.name}-{number}"
    markdown = folder / f"{stem}.md"
    page = folder / f"{stem}.html"
    markdown.write_text(render_markdown(digest), encoding="utf-8")
    page.write_text(render_html(digest), encoding="utf-8")
    digest.files = (markdown, page)
    return markdown, page


def send_digest(digest: Digest, smtp: SmtpConfig) -> None:
    """Mail the digest (Markdown as the text part, HTML as the alternative) with smtplib."""
    if not smtp.to:
        raise ValueError("smtp: no recipients ('to')")
    message = EmailMessage()
    message["Subject"] = f"dyads digest {digest.as_of.isoformat()}: {len(digest.items)} new"
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.to)
    message.set_content(render_markdown(digest))
    message.add_alternative(render_html(digest), subtype="html")
    client: smtplib.SMTP = (smtplib.SMTP_SSL if smtp.ssl else smtplib.SMTP)(
        smtp.host, smtp.port, timeout=smtp.timeout
    )
    with client:
        if smtp.starttls and not smtp.ssl:
            client.starttls()
        if smtp.username:
            client.login(smtp.username, os.environ.get(smtp.password_env or "", ""))
        client.send_message(message)


def mark_sent(store: Store, digest: Digest) -> None:
    """Remember every item of ``digest`` so that later digests leave it out."""
    WatchState(store).record_sent(
        ((item.watch, item.kind, item.key) for item in digest.items), digest=digest.name
    )


def run_alerts(
    store: Store,
    config: AlertConfig,
    *,
    as_of: date | None = None,
    send: bool = True,
) -> Digest:
    """Build the digest of what is new; if anything is, write it, mail it, remember it.

    Items are remembered only once the digest is written (and sent, when SMTP is set), so
    a failed delivery is retried with the next digest.
    """
    digest = build_digest(store, config, as_of=as_of)
    if not digest.items:
        return digest
    write_digest(digest, config.digest_dir)
    if send and config.smtp is not None:
        send_digest(digest, config.smtp)
    mark_sent(store, digest)
    return digest


# command line ---------------------------------------------------------------------------
def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="--as-of") from None


def digest_command(
    watches: Annotated[Path, typer.Argument(help="Watches (YAML): dyads, actors, speakers.")],
    db: Annotated[
        str | None, typer.Option("--db", help="Store (default: DYADS_DB or dyads.duckdb).")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Last day of the shift window (YYYY-MM-DD).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for the digest (default: digest_dir).")
    ] = None,
    send: Annotated[bool, typer.Option("--send/--no-send", help="Mail it if SMTP is set.")] = True,
    all_items: Annotated[
        bool, typer.Option("--all", help="Include items already sent (nothing is marked sent).")
    ] = False,
) -> None:
    """Build the digest of new events, quotations and shifts for your watches."""
    from rich.console import Console

    from dyads.config import load_settings
    from dyads.store import open_store

    err = Console(stderr=True)
    day = _parse_day(as_of)
    try:
        config = load_alert_config(watches)
    except (ValueError, OSError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from None
    if out is not None:
        config = replace(config, digest_dir=out)
    store = open_store(db or load_settings().db)
    try:
        if all_items:
            digest = build_digest(store, config, as_of=day, include_sent=True)
            write_digest(digest, config.digest_dir)
        else:
            digest = run_alerts(store, config, as_of=day, send=send)
    except (OSError, smtplib.SMTPException) as exc:
        err.print(f"[red]error:[/] could not write or send the digest: {exc}", highlight=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    err.print(f"{len(digest.items)} new item(s)", highlight=False)
    for path in digest.files:
        err.print(f"written: {path}", highlight=False)
