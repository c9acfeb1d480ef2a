"""HTML page -> main text and metadata (headline, publication date, URL, caption, byline).

Owns the HTML part of the ``article`` stage: byte decoding (``decode_html``), furniture taken
out of the markup (:mod:`.markup`: captions, bylines, author blocks, inline link clutter),
main-text extraction with trafilatura, and the metadata around it (:mod:`.metadata`). Anything
that cannot yield main text raises ``HtmlError`` with a reason a user can act on; no other
exception escapes for any text input.
"""

from __future__ import annotations

import codecs
import copy
import re
from dataclasses import dataclass
from typing import Any

import charset_normalizer
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.xml import xmltotxt

from dyads.article.markup import strip_furniture
from dyads.article.metadata import (
    canonical_url,
    find_byline,
    find_caption,
    find_headline,
    find_published,
    norm,
    site_names,
    strip_site_name,
    title_variants,
)

__all__ = [
    "HtmlArticle",
    "HtmlError",
    "decode_html",
    "extract_html",
    "find_headline",
    "find_published",
    "strip_site_name",
]

# Tuned on the dev half of the Scrapinghub article-extraction benchmark (docs/BENCHMARKS.md).
# Comments and tables are left out: neither is article prose, and both cost precision.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "favor_precision": False,
    "favor_recall": False,
    "fast": False,
    "deduplicate": False,
}
MAX_FURNITURE_LINES = 4  # leading lines checked for headline, kicker and date stamps
MAX_KICKER_WORDS = 3
MAX_STAMP_WORDS = 15
MIN_CAPTION_PREFIX_WORDS = 6
SENTENCE_ENDS = (".", "!", "?", '"', "”", "»")

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORDS = re.compile(r"\w+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMBER = re.compile(r"\d+")
# WHATWG prescan: a charset declared in the first bytes, before any decoding is possible.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels that browsers decode as windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}


@dataclass(slots=True)
class HtmlArticle:
    """What an HTML page yields: main text and the metadata found around it."""

    text: str  # extracted main text, paragraphs separated by "\n\n"
    headline: str | None
    published: str | None  # "YYYY-MM-DD" or None
    url: str | None
    caption: str | None = None  # lead-image caption when reliably found
    byline: str | None = None  # the reporters as credited


class HtmlError(ValueError):
    """An HTML page that yields no article; the message says why."""


def decode_html(data: bytes) -> str:
    """Decode page bytes: BOM, then valid UTF-8, then the declared charset, then a guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    label = declared_charset(data)
    if label:
        try:
            return data.decode(label)
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best)
    return data.decode("cp1252", errors="replace")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 kB (``<meta charset>``), as Python names it
    (the labels browsers read as windows-1252 become ``cp1252``), or None."""
    declared = _META_CHARSET.search(data[:4096])
    if not declared:
        return None
    label = declared.group(1).decode("ascii", errors="ignore").lower()
    return "cp1252" if label in _WINDOWS_1252 else label


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Extract the main text, headline, publication date, URL, caption and byline of a page."""
    if not isinstance(html, str):
        raise HtmlError(f"expected HTML text, got {type(html).__name__}; decode bytes first")
    try:
        return _extract(html, url)
    except HtmlError:
        raise
    except Exception as err:  # third-party parsers on hostile input: keep the one error type
        raise HtmlError(
            f"could not process the HTML page ({type(err).__name__}: {err!s:.200})"
        ) from err


def _extract(html: str, url: str | None) -> HtmlArticle:
    cleaned = _XML_INVALID.sub("", html)
    if not cleaned.strip():
        raise HtmlError("the HTML page is empty")
    tree = _parse(cleaned)
    body_text = " ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))
    if not body_text.strip():
        raise HtmlError("no main text found in the HTML page (the page body has no text)")
    work = copy.deepcopy(tree)
    furniture = strip_furniture(work)
    doc = _bare_extraction(work, url)
    if doc is None and (furniture.captions or furniture.bylines):
        # a short story can fall below the extractor's size floor once its caption is out:
        # extract from the page as it is, then drop the caption lines from the text
        doc = _bare_extraction(copy.deepcopy(tree), url)
    if doc is None:
        raise HtmlError(
            "no main text found in the HTML page (no article-like block of text; "
            "is this an index, login or error page?)"
        )
    page_url = url or canonical_url(tree) or getattr(doc, "url", None)
    names = site_names(tree, page_url, getattr(doc, "sitename", None))
    headline = find_headline(tree, names, fallback=getattr(doc, "title", None))
    titles = title_variants(tree, headline, getattr(doc, "title", None))
    drop = {n for t in furniture.captions + furniture.bylines if (n := norm(t))}
    text = _render_blocks(doc.body, titles, drop)
    if not text:
        raise HtmlError("no main text found in the HTML page (only a headline or date line)")
    return HtmlArticle(
        text=text,
        headline=headline,
        published=find_published(tree, page_url),
        url=page_url,
        caption=find_caption(tree),
        byline=find_byline(tree),
    )


def _bare_extraction(tree: lxml_html.HtmlElement, url: str | None) -> Any:
    """trafilatura's document for ``tree`` (which it changes), or None without main text."""
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, **TRAFILATURA_OPTIONS)
    if doc is None or doc.body is None or not "".join(doc.body.itertext()).strip():
        return None
    return doc


def _parse(html: str) -> lxml_html.HtmlElement:
    data = html.encode("utf-8", errors="replace")
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml_html.document_fromstring(data, parser=parser)
    except (etree.LxmlError, ValueError) as err:
        raise HtmlError(f"could not parse the HTML page ({err!s:.200})") from err
    if tree is None:
        raise HtmlError("could not parse the HTML page (no document element)")
    return tree


def _render_blocks(body: etree._Element, titles: set[str], drop: set[str]) -> str:
    """One paragraph per block of trafilatura's body, minus a leading repeated headline and
    any line that is a caption or byline taken out of the markup (``drop``, normalised)."""
    blocks: list[list[str]] = []
    for child in body:
        rendered = xmltotxt(child, False)
        lines = [_SPACES.sub(" ", line).strip() for line in rendered.splitlines()]
        if lines := [line for line in lines if line and not _dropped(line, drop)]:
            blocks.append(lines)
    _drop_page_furniture(blocks, titles)
    return "\n\n".join("\n".join(lines) for lines in blocks if lines)


def _dropped(line: str, drop: set[str]) -> bool:
    """A line that is a removed caption or byline: the same words, or a caption's words
    followed by its credit (only for a caption long enough not to open a sentence by chance:
    a byline "Reuters" must not take "(Reuters) — The ..." with it)."""
    words = norm(line)
    return bool(words) and any(
        words == d or (len(d.split()) >= MIN_CAPTION_PREFIX_WORDS and words.startswith(d + " "))
        for d in drop
    )


def _drop_page_furniture(blocks: list[list[str]], titles: set[str]) -> None:
    """Remove leading page furniture the extractor kept: the headline repeated above the text,
    section kickers just before it, and dateline/byline stamp lines."""
    seen = 0
    pending: list[tuple[int, int]] = []
    drop: list[tuple[int, int]] = []
    for b, lines in enumerate(blocks):
        for i, line in enumerate(lines):
            if seen >= MAX_FURNITURE_LINES:
                break
            seen += 1
            if _is_title(line, titles):
                drop += [*pending, (b, i)]
                pending = []
            elif _is_stamp(line):
                drop.append((b, i))
            elif _is_kicker(line):
                pending.append((b, i))
            else:
                break
        else:
            continue
        break
    for b, i in sorted(drop, reverse=True):
        del blocks[b][i]


def _is_stamp(line: str) -> bool:
    """A short non-sentence line carrying a full date (a year and a day or time): a date,
    time or byline stamp, not a heading that merely names a year."""
    return (
        len(_WORDS.findall(line)) <= MAX_STAMP_WORDS
        and _YEAR.search(line) is not None
        and len(_NUMBER.findall(line)) >= 2
        and not line.endswith(SENTENCE_ENDS)
    )


def _is_kicker(line: str) -> bool:
    """A short label such as a section name, shown above a headline."""
    return len(_WORDS.findall(line)) <= MAX_KICKER_WORDS and not line.endswith(SENTENCE_ENDS)


def _is_title(block: str, titles: set[str]) -> bool:
    words = norm(block)
    if not words:
        return False
    if words in titles:
        return True
    # a headline shown without its kicker or site name: a long-enough part of a known title
    return len(words.split()) >= 3 and any(words in title for title in titles)
