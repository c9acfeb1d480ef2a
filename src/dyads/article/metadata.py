"""Page metadata around the main text: headline, publication date, URL, lead caption, byline.

Read from JSON-LD (schema.org ``NewsArticle`` and kin), ``<meta>`` tags, ``<h1>``/``<title>``,
``<figcaption>`` and author markup (``rel="author"``, ``itemprop="author"``, byline classes).
The publication date comes from htmldate.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from htmldate import find_date
from lxml import html as lxml_html

# original_date: the publication date, not the last update; no extensive search, which guesses
# from free text and can land on the crawl date.
HTMLDATE_OPTIONS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "outputformat": "%Y-%m-%d",
}
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
ARTICLE_TYPES = ("article", "blogposting", "report", "newsarticle")
MAX_CAPTION_CHARS = 600
MAX_BYLINE_CHARS = 120

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORDS = re.compile(r"\w+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CREDIT = re.compile(r"credit|copyright", re.I)
AUTHOR_NAME = re.compile(r"byline|(?:^|[-_])(?:author|authors|contributor|writer)(?:$|[-_])", re.I)
_BY = re.compile(r"^(?:by|von|par|por|di|door|автор:?)\s+", re.I)
# a byline element also carries dates, times and roles: keep the names before them
_BYLINE_CUT = re.compile(
    r"\s*(?:[|•·]|\b(?:updated|published|posted|last updated)\b|\d{1,2}[:/.]\d{2}|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d).*$",
    re.I | re.S,
)
# Second-level labels under country domains (bbc.co.uk): the site label is the one before.
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "gob", "edu", "ne", "or"}


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
    title_words = set(norm(page_title).split())
    for obj in article_objects(tree):
        headline = clean(obj.get("headline"))
        if headline and not _is_site_name(headline, site_names):
            return headline
    h1s = [clean(h.text_content()) for h in tree.iter("h1")]
    h1 = h1s[0] if len(h1s) == 1 else None
    if h1 and not _is_site_name(h1, site_names) and _shares_words(h1, title_words):
        return h1
    for candidate in (meta(tree, "og:title"), meta(tree, "twitter:title"), page_title, fallback):
        cleaned = clean(candidate)
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
    for obj in article_objects(tree):
        images = obj.get("image")
        for image in images if isinstance(images, list) else [images]:
            if isinstance(image, dict) and (caption := clean(image.get("caption"))):
                return caption if len(caption) <= MAX_CAPTION_CHARS else None
    articles = tree.xpath("//article")
    if len(articles) != 1:
        return None
    for figcaption in articles[0].iter("figcaption"):
        if caption := caption_text(figcaption):
            return caption if len(caption) <= MAX_CAPTION_CHARS else None
    return None


def caption_text(element: lxml_html.HtmlElement) -> str | None:
    """Caption words without the photo credit, text runs joined by spaces."""
    return clean(" ".join(_text_runs(element)))


def find_byline(tree: lxml_html.HtmlElement) -> str | None:
    """The reporters as the page credits them: the byline markup's names ("By" and dates
    dropped), else the JSON-LD ``author`` names, else ``<meta name="author">``."""
    for element in byline_elements(tree):
        if byline := clean_byline(element.text_content()):
            return byline
    for obj in article_objects(tree):
        authors = obj.get("author")
        names = [
            clean(a.get("name") if isinstance(a, dict) else a)
            for a in (authors if isinstance(authors, list) else [authors])
        ]
        if found := [n for n in names if n and not n.startswith("http")]:
            return clean_byline(", ".join(found))
    return clean_byline(meta(tree, "author") or "")


def byline_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Author markup in document order, outermost only: ``rel="author"``, ``itemprop="author"``,
    and classes or ids naming a byline, author or contributor."""
    found = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.tag not in ("html", "body", "article", "main", "meta", "link")
        and (
            element.get("rel") == "author"
            or (element.get("itemprop") or "").lower() == "author"
            or any(
                AUTHOR_NAME.search(n)
                for n in f"{element.get('class') or ''} {element.get('id') or ''}".split()
            )
        )
    ]
    chosen = set(found)
    return [e for e in found if not any(a in chosen for a in e.iterancestors())]


def clean_byline(text: str) -> str | None:
    """Names of a byline: "By Maria Jensen | May 2, 2023" -> "Maria Jensen"."""
    found = clean(text)
    if not found:
        return None
    found = _BYLINE_CUT.sub("", _BY.sub("", found)).strip(" ,;-–—")
    if not found or len(found) > MAX_BYLINE_CHARS or not found[:1].isupper():
        return None
    return found


def _text_runs(element: lxml_html.HtmlElement) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str) and not _is_credit(child):
            yield from _text_runs(child)
        yield child.tail or ""


def _is_credit(node: lxml_html.HtmlElement) -> bool:
    return any(_CREDIT.search(node.get(attr) or "") for attr in ("class", "itemprop"))


def title_variants(
    tree: lxml_html.HtmlElement, headline: str | None, extracted: str | None
) -> set[str]:
    """Normalised forms of every title the page shows (to spot it repeated above the text)."""
    candidates = [headline, extracted, meta(tree, "og:title"), meta(tree, "twitter:title")]
    candidates += [h.text_content() for h in tree.iter("h1")]
    candidates += [t.text_content() for t in tree.xpath("//head/title")]
    candidates += [clean(o.get("headline")) for o in article_objects(tree)]
    return {n for c in candidates if isinstance(c, str) and (n := norm(c))}


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


def article_objects(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """JSON-LD objects with a headline, article types first."""
    objects = [o for o in _ld_objects(tree) if "headline" in o]
    return sorted(objects, key=lambda o: not _is_article_type(o.get("@type")))


def _is_article_type(kind: Any) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower().endswith(ARTICLE_TYPES) for k in kinds)


def site_names(tree: lxml_html.HtmlElement, url: str | None, extracted: str | None) -> set[str]:
    """Compact forms of the site's names: og:site_name, JSON-LD publisher, the domain label."""
    names = [extracted, meta(tree, "og:site_name"), meta(tree, "application-name")]
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
    return not words or bool(words & set(norm(text).split()))


def _is_site_name(text: str, names: set[str]) -> bool:
    return _compact(text) in names


def _names_site(part: str, names: set[str]) -> bool:
    compact = _compact(part)
    # "Reuters UK" against "reuters": containment either way, when both are long enough
    return bool(compact) and any(
        compact == name
        or (min(len(name), len(compact)) >= 4 and (name in compact or compact in name))
        for name in names
    )


def canonical_url(tree: lxml_html.HtmlElement) -> str | None:
    """The page's canonical URL (``<link rel="canonical">``, else og:url), absolute only."""
    for href in tree.xpath('//link[@rel="canonical"]/@href'):
        if href.startswith(("http://", "https://")):
            return href.strip()
    og_url = meta(tree, "og:url")
    return og_url if og_url and og_url.startswith(("http://", "https://")) else None


def meta(tree: lxml_html.HtmlElement, name: str) -> str | None:
    """The content of the first non-empty ``<meta property|name=name>``."""
    for element in tree.xpath("//meta[@property=$n or @name=$n]", n=name):
        content = element.get("content")
        if content and content.strip():
            return content
    return None


def clean(value: Any) -> str | None:
    """A string with entities decoded and white space folded, or None if empty."""
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", html_lib.unescape(value).replace("\n", " ")).strip()
    return text or None


def norm(text: str) -> str:
    """Case-folded words joined by single spaces (for comparing titles)."""
    return " ".join(_WORDS.findall(text.casefold()))


def _compact(text: str) -> str:
    return "".join(_WORDS.findall(text.casefold())).replace("_", "")
