"""Structure of a plain-text article: caption, headline, dateline, body, boilerplate.

Leading short single-line paragraphs that do not read as prose form the header. The
header line nearest the body is the headline and any before it the photo caption (the
layout of reprinted web stories, where the picture precedes the title); a header line
with a photo marker is a caption wherever it stands, and a known title (JSONL ``title``)
is the headline wherever it stands. The dateline is matched at the start of the first body
paragraph; the body runs from after the dateline to the end of the last paragraph that is
not boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dyads.article.boilerplate import is_boilerplate, line_key
from dyads.article.paragraphs import paragraphs
from dyads.records import Boilerplate, Dateline, Span

MAX_HEADER_LINES = 3
MAX_HEADER_WORDS = 25
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DASH = r"(?:[—–]|--?)"
# "YEREVAN (Azatutyun) —", "WASHINGTON, Dec 28 (Reuters) -", "NEW YORK —", "Kyiv (AP) —"
_DATELINE = re.compile(
    rf"""^(?:
        (?P<place>[A-Z][A-Z.'’\-]*(?:\s[A-Z][A-Z.'’\-]*){{0,3}})
        (?:,\s*(?P<region>(?!{_MONTH}\s*\d)[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){{0,2}}))?
        (?:,\s*(?P<date>{_MONTH}\s*\d{{1,2}}(?:,\s*\d{{4}})?))?
        \s*(?:\((?P<agency>[^()\n]{{2,40}})\))?\s*{_DASH}\s*
      |
        (?P<mplace>(?!(?:The|A|An)\s)[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){{0,3}})
        (?:,\s*(?P<mdate>{_MONTH}\s*\d{{1,2}}(?:,\s*\d{{4}})?))?
        \s*\((?P<magency>[^()\n]{{2,40}})\)\s*{_DASH}\s*
    )""",
    re.VERBOSE,
)
_CAPTION_MARK = re.compile(
    r"^(?:photo|file photo|pictured|image|caption)\b|\((?:photo|image|picture)\b|"
    r"\b(?:photo|image) (?:credit|courtesy)\b|/\s*(?:getty images|reuters|ap|afp)\s*$",
    re.IGNORECASE,
)
_PROSE_END = (".", '"', "”", "’", ":", ";", ",")


@dataclass(slots=True)
class TextStructure:
    body: Span
    headline: str | None = None
    caption: str | None = None
    dateline: Dateline = field(default_factory=Dateline)
    boilerplate: list[Boilerplate] = field(default_factory=list)


def _is_header_line(paragraph: str) -> bool:
    return (
        "\n" not in paragraph
        and len(paragraph.split()) <= MAX_HEADER_WORDS
        and not paragraph.endswith(_PROSE_END)
        and _DATELINE.match(paragraph) is None
    )


def match_dateline(paragraph: str) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``paragraph`` and where the text after it starts."""
    found = _DATELINE.match(paragraph)
    if found is None:
        return None
    place = found["place"] or found["mplace"]
    agency = found["agency"] or found["magency"]
    if found["place"] and len(re.sub(r"[^A-Z]", "", place)) < 2:
        return None
    return Dateline(place=place.strip(), agency=agency.strip() if agency else None), found.end()


def structure_text(
    text: str, *, title: str | None = None, repeated: frozenset[str] = frozenset()
) -> TextStructure:
    """Find the parts of a plain-text article; every span is an offset into ``text``."""
    blocks = paragraphs(text)
    boiler = {span for span in blocks if is_boilerplate(text[span[0] : span[1]], repeated)}
    content = [span for span in blocks if span not in boiler]
    header: list[Span] = []
    for span in content[:MAX_HEADER_LINES]:
        if len(content) - len(header) <= 1 or not _is_header_line(text[span[0] : span[1]]):
            break
        header.append(span)
    structure = TextStructure(
        body=(0, 0),
        boilerplate=[Boilerplate(text[s:e], (s, e)) for s, e in sorted(boiler)],
    )
    _assign_header([text[s:e] for s, e in header], title, structure)
    rest = content[len(header) :]
    if not rest:
        structure.body = (content[-1][0], content[-1][1]) if content else (0, 0)
        return structure
    start, end = rest[0][0], rest[-1][1]
    dateline = match_dateline(text[start : rest[0][1]])
    if dateline is not None:
        structure.dateline, offset = dateline
        start += offset
    structure.body = (start, end)
    return structure


def _assign_header(lines: list[str], title: str | None, structure: TextStructure) -> None:
    captions = [line for line in lines if _CAPTION_MARK.search(line)]
    others = [line for line in lines if line not in captions]
    if title is not None:
        structure.headline = title.strip() or None
        captions += [line for line in others if line_key(line) != line_key(title)]
    elif others:
        structure.headline = others[-1]
        captions = others[:-1] + captions
    structure.caption = " ".join(captions) or None
