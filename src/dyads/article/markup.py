"""Furniture in a page's markup, taken out before main-text extraction.

What the extractor would otherwise run into the story's paragraphs:

* photo captions and credits: ``<figcaption>``, elements whose class or id names a caption,
  cutline or credit, ``itemprop`` caption or credit, the short text block sharing an image's
  own container (a ``figure``, or a box named for an image or media) with it alone, and a
  block after an image-only block when it carries a caption's marks ("(File photo)");
* bylines and author blocks: ``rel="author"``, ``itemprop="author"``, byline, author and
  contributor classes, when short;
* hidden text: ``hidden``, ``aria-hidden="true"``, ``display: none``;
* inline link clutter: a pop-up that repeats the anchor text it hangs from (the "Ilhan
  OmarIlhan OmarHillicon Valley" run-in of related-story cards), and boxes inside a paragraph
  made mostly of links.

The rules read markup only (names, roles, position, link density), never a site's identity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html

from dyads.article.header import is_caption
from dyads.article.metadata import AUTHOR_NAME, caption_text, clean

MAX_CAPTION_CHARS = 600
MAX_AUTHOR_CHARS = 400
MIN_REPEATED_ANCHOR_CHARS = 3
# A box inside a paragraph is clutter when links make up this share of its text and it holds
# at least MIN_BOX_LINKS of them (related-story cards; a sentence with two links is far below).
BOX_LINK_SHARE = 0.6
MIN_BOX_LINKS = 2
MAX_IMAGE_CAPTION_CHARS = 250  # text beside an image, not named a caption: a line or two
IMAGE_TAGS = {"img", "picture", "svg", "video"}
BLOCK_TAGS = {"p", "div", "span", "small", "em", "i", "section"}
BOX_TAGS = {"div", "ul", "ol", "aside", "section", "figure", "table", "nav"}

_CAPTION_NAME = re.compile(r"caption|cutline|(?:^|[-_])credits?(?:$|[-_])|photo-?credit", re.I)
_CAPTION_PROPS = {"caption", "credittext", "copyrightholder", "copyrightnotice"}
_BOX_NAME = re.compile(
    r"related|card|pop-?up|tooltip|rollover|hover|promo|teaser|embed|widget|more-?link", re.I
)
_IMAGE_BOX = re.compile(r"image|img|photo|picture|media|figure|gallery|slide|thumb", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")


@dataclass(slots=True)
class Furniture:
    """What was taken out: caption texts (document order) and byline texts."""

    captions: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)


def strip_furniture(tree: lxml_html.HtmlElement) -> Furniture:
    """Remove captions, credits, bylines, author blocks, hidden text and inline link clutter
    from ``tree`` (in place; an element's tail text stays); give back what was removed."""
    found = Furniture()
    bodies = tree.xpath("//body")
    if not bodies:
        return found
    body = bodies[0]
    beside = _beside_images(body)
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if _is_hidden(element):
            _drop(element)
        elif _is_caption_element(element, beside):
            if text := caption_text(element):
                found.captions.append(text)
            _drop(element)
        elif _is_author_element(element):
            if text := clean(element.text_content()):
                found.bylines.append(text)
            _drop(element)
    for anchor in list(body.iter("a")):
        _drop_repeat_of(anchor)
    for box in list(body.iter(*BOX_TAGS, "span")):
        if box.getparent() is not None and _is_link_box(box):
            _drop(box)
    return found


def _drop(element: lxml_html.HtmlElement) -> None:
    if element.getparent() is not None:
        element.drop_tree()


def _names(element: lxml_html.HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _text_len(element: lxml_html.HtmlElement) -> int:
    return len(_WS.sub(" ", element.text_content()).strip())


def _is_hidden(element: lxml_html.HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or (element.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )


def _is_caption_element(element: lxml_html.HtmlElement, beside: set[lxml_html.HtmlElement]) -> bool:
    if element.tag in ("body", "article", "main", "html"):
        return False
    named = (
        element.tag == "figcaption"
        or (element.get("itemprop") or "").lower() in _CAPTION_PROPS
        or any(_CAPTION_NAME.search(name) for name in _names(element).split())
    )
    if named:
        return 0 < _text_len(element) <= MAX_CAPTION_CHARS
    return element in beside and _beside_image(element)


def _beside_images(body: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """Elements next to an image holder (an image, or an element around one): the only
    places a caption without a caption's name can stand."""
    holders = set()
    for image in body.iter(*IMAGE_TAGS):
        holders.add(image)
        holders.update(list(image.iterancestors())[:2])
    out = set()
    for holder in holders:
        parent = holder.getparent()
        if parent is not None:
            out.update(child for child in parent if child is not holder)
    return out


def _beside_image(element: lxml_html.HtmlElement) -> bool:
    """A text block sharing a small container with an image only, or following an image-only
    block with a caption's marks ("(File photo)", "Photo: ...")."""
    if element.tag not in BLOCK_TAGS or element.find(".//p") is not None:
        return False
    if not 0 < _text_len(element) <= MAX_IMAGE_CAPTION_CHARS:
        return False
    parent = element.getparent()
    if parent is None or parent.tag in ("body", "article", "main"):
        return False
    siblings = [child for child in parent if isinstance(child.tag, str) and child is not element]
    image_box = parent.tag in ("figure", "picture") or _IMAGE_BOX.search(_names(parent))
    if image_box and siblings and len(siblings) <= 2 and all(map(_image_only, siblings)):
        return (parent.text or "").strip() == "" and _text_len(parent) == _text_len(element)
    previous = element.getprevious()
    return (
        previous is not None
        and _image_only(previous)
        and is_caption(_WS.sub(" ", element.text_content()).strip())
    )


def _image_only(element: lxml_html.HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    has_image = element.tag in IMAGE_TAGS or any(
        isinstance(e.tag, str) and e.tag in IMAGE_TAGS for e in element.iterdescendants()
    )
    return has_image and _text_len(element) == 0


def _is_author_element(element: lxml_html.HtmlElement) -> bool:
    if element.tag in ("body", "article", "main", "html"):
        return False
    named = (
        element.get("rel") == "author"
        or (element.get("itemprop") or "").lower() == "author"
        or any(AUTHOR_NAME.search(name) for name in _names(element).split())
    )
    if not named:
        return False
    size = _text_len(element)
    if size == 0 or size > MAX_AUTHOR_CHARS:
        return False
    # a name linked inside a sentence is part of the sentence
    block = next((a for a in element.iterancestors() if a.tag in ("p", "li")), None)
    return block is None or _text_len(block) <= 2 * size


def _drop_repeat_of(anchor: lxml_html.HtmlElement) -> None:
    """Drop the element right after ``anchor`` when it repeats the anchor's text and goes on
    (a pop-up card: "Ilhan Omar" + "Ilhan Omar Hillicon Valley: ...")."""
    text = _WS.sub(" ", anchor.text_content()).strip()
    following = anchor.getnext()
    if (
        following is None
        or len(text) < MIN_REPEATED_ANCHOR_CHARS
        or (anchor.tail or "").strip()
        or following.getparent() is None
    ):
        return
    repeated = _WS.sub(" ", following.text_content()).strip()
    if repeated.startswith(text):
        _drop(following)


def _is_link_box(box: lxml_html.HtmlElement) -> bool:
    """A box inside a paragraph made mostly of links (a related-story card)."""
    if box.tag not in BOX_TAGS and not _BOX_NAME.search(_names(box)):
        return False
    if next(box.iterancestors("p"), None) is None:
        return False
    links = list(box.iter("a"))
    if len(links) < MIN_BOX_LINKS:
        return False
    total = _text_len(box)
    linked = sum(_text_len(a) for a in links)
    return total > 0 and linked / total >= BOX_LINK_SHARE
