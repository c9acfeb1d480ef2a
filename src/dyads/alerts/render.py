"""A digest as Markdown and as a standalone HTML page; every piece of article text escaped."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from dyads.alerts.digest import Digest, DigestItem

__all__ = ["render_html", "render_markdown", "write_digest"]

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
