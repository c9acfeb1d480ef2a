"""HTML page -> main text and metadata (headline, publication date, URL, lead caption).

Owns the HTML part of the ``article`` stage: byte decoding (``decode_html``), main-text
extraction with trafilatura, the publication date with htmldate, and a headline chosen from
page metadata. Anything that cannot yield main text raises ``HtmlError`` with a reason a user
can act on; no other exception escapes for any text input.
"""

from __future__ import annotations

import codecs
import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import charset_normalizer
import trafilatura
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from trafilatura.xml import xmltotxt

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
# original_date: the publication date, not the last update; no extensive search, which guesses
# from free text and can land on the crawl date.
HTMLDATE_OPTIONS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "outputformat": "%Y-%m-%d",
}
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
ARTICLE_TYPES = ("article", "blogposting", "report", "newsarticle")
MAX_FURNITURE_LINES = 4  # leading lines checked for headline, kicker and date stamps
MAX_KICKER_WORDS = 3
MAX_STAMP_WORDS = 15
SENTENCE_ENDS = (".", "!", "?", '"', "”", "»")
MAX_CAPTION_CHARS = 600

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORDS = re.compile(r"\w+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMBER = re.compile(r"\d+")
_CREDIT = re.compile(r"credit|copyright", re.I)
# WHATWG prescan: a charset declared in the first bytes, before any decoding is possible.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Second-level labels under country domains (bbc.co.uk): the site label is the one before.
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "gob", "edu", "ne", "or"}
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
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        label = declared.group(1).decode("ascii", errors="ignore").lower()
        label = "cp1252" if label in _WINDOWS_1252 else label
        try:
            return data.decode(label)
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best)
    return data.decode("cp1252", errors="replace")


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Extract the main text, headline, publication date, URL and caption of an HTML page."""
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
    doc = trafilatura.bare_extraction(cleaned, url=url, with_metadata=True, **TRAFILATURA_OPTIONS)
    if doc is None or doc.body is None or not "".join(doc.body.itertext()).strip():
        raise HtmlError(
            "no main text found in the HTML page (no article-like block of text; "
            "is this an index, login or error page?)"
        )
    page_url = url or _canonical_url(tree) or getattr(doc, "url", None)
    site_names = _site_names(tree, page_url, getattr(doc, "sitename", None))
    headline = find_headline(tree, site_names, fallback=getattr(doc, "title", None))
    titles = _title_variants(tree, headline, getattr(doc, "title", None))
    text = _render_blocks(doc.body, titles)
    if not text:
        raise HtmlError("no main text found in the HTML page (only a headline or date line)")
    return HtmlArticle(
        text=text,
        headline=headline,
        published=find_published(tree, page_url),
        url=page_url,
        caption=find_caption(tree),
    )


def find_published(tree: lxml_html.HtmlElement, url: str | None = None) -> str | None:
    """Publication date as YYYY-MM-DD, or None when htmldate finds no reliable one."""
    try:
        # always a parsed tree: given a URL-like string, htmldate would download it
        found = find_date(tree, url=url, **HTMLDATE_OPTIONS)
    except Exception:  # a date is optional; its failure must not lose the article
        return None
    return found if isinstance(found, str) and _ISO_DATE.fullmatch(found) else None


def find_headline(
    tree: lxml_html.HtmlElement, site_names: set[str], fallback: str | None = None
) -> str | None:
    """JSON-LD headline, else the single <h1>, else og:title (twitter:title, <title>) without
    the site name, else the fallback (trafilatura's title).

    A candidate that only names the site (a logo in an <h1>, say) is passed over, and so is an
    <h1> sharing no word with the page <title>.
    """
    page_title = " ".join(t.text_content() for t in tree.xpath("//head/title"))
    title_words = set(_norm(page_title).split())
    for obj in _article_objects(tree):
        headline = _clean(obj.get("headline"))
        if headline and not _is_site_name(headline, site_names):
            return headline
    h1s = [_clean(h.text_content()) for h in tree.iter("h1")]
    h1 = h1s[0] if len(h1s) == 1 else None
    if h1 and not _is_site_name(h1, site_names) and _shares_words(h1, title_words):
        return h1
    for candidate in (_meta(tree, "og:title"), _meta(tree, "twitter:title"), page_title, fallback):
        cleaned = _clean(candidate)
        if cleaned and not _is_site_name(cleaned, site_names):
            return strip_site_name(cleaned, site_names)
    return None


def strip_site_name(title: str, site_names: set[str]) -> str:
    """Drop a " | Site" style suffix (or "Site | " prefix) when it names the site."""
    for sep in SITE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and _names_site(tail, site_names):
            return head.strip()
        head, found, tail = title.partition(sep)
        if found and tail.strip() and _names_site(head, site_names):
            return tail.strip()
    return title


def find_caption(tree: lxml_html.HtmlElement) -> str | None:
    """Lead-image caption from JSON-LD, else the first figcaption of the single <article>."""
    for obj in _article_objects(tree):
        images = obj.get("image")
        for image in images if isinstance(images, list) else [images]:
            if isinstance(image, dict) and (caption := _clean(image.get("caption"))):
                return caption if len(caption) <= MAX_CAPTION_CHARS else None
    articles = tree.xpath("//article")
    if len(articles) != 1:
        return None
    for figcaption in articles[0].iter("figcaption"):
        if caption := _caption_text(figcaption):
            return caption if len(caption) <= MAX_CAPTION_CHARS else None
    return None


def _caption_text(figcaption: lxml_html.HtmlElement) -> str | None:
    """Caption words without the photo credit, text runs joined by spaces."""
    return _clean(" ".join(_text_runs(figcaption)))


def _text_runs(element: lxml_html.HtmlElement) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str) and not _is_credit(child):
            yield from _text_runs(child)
        yield child.tail or ""


def _is_credit(node: lxml_html.HtmlElement) -> bool:
    return any(_CREDIT.search(node.get(attr) or "") for attr in ("class", "itemprop"))


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


def _render_blocks(body: etree._Element, titles: set[str]) -> str:
    """One paragraph per block of trafilatura's body, minus a leading repeated headline."""
    blocks: list[list[str]] = []
    for child in body:
        rendered = xmltotxt(child, False)
        lines = [_SPACES.sub(" ", line).strip() for line in rendered.splitlines()]
        if lines := [line for line in lines if line]:
            blocks.append(lines)
    _drop_page_furniture(blocks, titles)
    return "\n\n".join("\n".join(lines) for lines in blocks if lines)


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
    words = _norm(block)
    if not words:
        return False
    if words in titles:
        return True
    # a headline shown without its kicker or site name: a long-enough part of a known title
    return len(words.split()) >= 3 and any(words in title for title in titles)


def _title_variants(
    tree: lxml_html.HtmlElement, headline: str | None, extracted: str | None
) -> set[str]:
    candidates = [headline, extracted, _meta(tree, "og:title"), _meta(tree, "twitter:title")]
    candidates += [h.text_content() for h in tree.iter("h1")]
    candidates += [t.text_content() for t in tree.xpath("//head/title")]
    candidates += [_clean(o.get("headline")) for o in _article_objects(tree)]
    return {n for c in candidates if isinstance(c, str) and (n := _norm(c))}


def _ld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, @graph members included."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list | dict):
                    stack.append(graph)


def _article_objects(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """JSON-LD objects with a headline, article types first."""
    objects = [o for o in _ld_objects(tree) if "headline" in o]
    return sorted(objects, key=lambda o: not _is_article_type(o.get("@type")))


def _is_article_type(kind: Any) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower().endswith(ARTICLE_TYPES) for k in kinds)


def _site_names(tree: lxml_html.HtmlElement, url: str | None, extracted: str | None) -> set[str]:
    names = [extracted, _meta(tree, "og:site_name"), _meta(tree, "application-name")]
    for obj in _ld_objects(tree):
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            names.append(publisher.get("name"))
        if obj.get("@type") in ("WebSite", "Organization", "NewsMediaOrganization"):
            names.append(obj.get("name"))
    host = urlsplit(url).hostname if url else None
    if host:
        labels = [p for p in host.lower().split(".") if p not in ("www", "m", "amp", "news")]
        if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
            labels = labels[:-1]
        if len(labels) >= 2:
            names.append(labels[-2])
    return {c for n in names if isinstance(n, str) and (c := _compact(n))}


def _shares_words(text: str, words: set[str]) -> bool:
    return not words or bool(words & set(_norm(text).split()))


def _is_site_name(text: str, site_names: set[str]) -> bool:
    return _compact(text) in site_names


def _names_site(part: str, site_names: set[str]) -> bool:
    compact = _compact(part)
    # "Reuters UK" against "reuters": containment either way, when both are long enough
    return bool(compact) and any(
        compact == name
        or (min(len(name), len(compact)) >= 4 and (name in compact or compact in name))
        for name in site_names
    )


def _canonical_url(tree: lxml_html.HtmlElement) -> str | None:
    for href in tree.xpath('//link[@rel="canonical"]/@href'):
        if href.startswith(("http://", "https://")):
            return href.strip()
    og_url = _meta(tree, "og:url")
    return og_url if og_url and og_url.startswith(("http://", "https://")) else None


def _meta(tree: lxml_html.HtmlElement, name: str) -> str | None:
    for element in tree.xpath("//meta[@property=$n or @name=$n]", n=name):
        content = element.get("content")
        if content and content.strip():
            return content
    return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", html_lib.unescape(value).replace("\n", " ")).strip()
    return text or None


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _compact(text: str) -> str:
    return "".join(_WORDS.findall(text.casefold())).replace("_", "")
