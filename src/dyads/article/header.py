"""Lines around a story that are not its prose: photo captions and credits, bylines, and the
quotation a story may open with (prose, never a headline).

Plain-text forms: a "By ..." line (also "Von", "Par", "Por", "Di", "Door": dpa, AFP, EFE,
ANSA, ANP copy), a caption marked as one ("Photo: ...", "... (File photo)", "(AP Photo/...)",
"... / Getty Images"). HTML markup is read in :mod:`dyads.article.markup`.
"""

from __future__ import annotations

import re

MAX_BYLINE_WORDS = 16
MAX_CAPTION_WORDS = 70  # a caption is a sentence or two; a longer paragraph is prose
QUOTE_OPENERS = ("“", '"', "«", "„", "‘", "‹", "「", "『")

_NAME = r"[^\W\d_][\w.'’\-]*"
_BYLINE = re.compile(
    rf"^(?:by|von|par|por|di|door|av|af)\s+(?P<names>{_NAME}(?:[\s,]+(?:and|und|et|y|e|&)?\s*"
    rf"{_NAME}){{0,10}})\s*(?P<rest>[,|–—•-].{{0,80}})?$",
    re.IGNORECASE,
)
_PHOTO = r"(?:photo|photos|photograph|picture|image|foto|fotos|фото|снимок)"
_CAPTION_START = re.compile(
    rf"^(?:(?:file|archive|main|top|cover|lead)\s+)?{_PHOTO}(?:\s+credit)?\s*[:|—–-]|"
    rf"^{_PHOTO}\s+(?:by|courtesy of)\s|"
    r"^(?:pictured|caption|in the picture|above|below)\s*[:—–-]",
    re.IGNORECASE,
)
_CAPTION_END = re.compile(
    rf"\((?:[\w .'’/-]{{0,30}}\s)?(?:file\s+)?{_PHOTO}\b[^()]{{0,80}}\)\W*$|"
    rf"\b{_PHOTO}\s*(?:credit|courtesy)?\s*[:/]\s*[^.]{{2,60}}$|"
    r"/\s*(?:getty images|reuters|ap|afp|epa|ria novosti|tass|anadolu|xinhua|dpa)\s*\)?\W*$",
    re.IGNORECASE,
)
# "(photo)" and "photo credit" anywhere in a short header line
_CAPTION_ANYWHERE = re.compile(rf"\({_PHOTO}\b|\b{_PHOTO} (?:credit|courtesy)\b", re.IGNORECASE)


def byline_of(line: str) -> str | None:
    """The reporters of a "By ..." line ("By Maria Jensen and Tomas Berg" -> "Maria Jensen
    and Tomas Berg"), or None when ``line`` is not a byline."""
    text = line.strip()
    if "\n" in text or len(text.split()) > MAX_BYLINE_WORDS:
        return None
    found = _BYLINE.match(text)
    if found is None:
        return None
    names = found["names"].strip().rstrip(".,")
    capitals = [word for word in re.split(r"[\s,]+", names) if word[:1].isupper()]
    if len(capitals) < 2 or not names[:1].isupper():
        return None  # "By Tuesday ...", "Par ailleurs ...": not a name
    rest = (found["rest"] or "").strip()
    if rest.startswith(","):  # "By Maria Jensen, Associated Press"
        return f"{names}{rest}".rstrip(" .")
    return names


def is_caption(line: str, *, header: bool = False) -> bool:
    """A photo caption or credit: marked at its start or end ("Photo: ...", "... (File
    photo)", "... / Getty Images"); in the header, "(photo" anywhere also counts."""
    text = line.strip()
    if not text or len(text.split()) > MAX_CAPTION_WORDS:
        return False
    if _CAPTION_START.search(text) or _CAPTION_END.search(text):
        return True
    return header and _CAPTION_ANYWHERE.search(text) is not None


def opens_with_quotation(line: str) -> bool:
    """A line that opens with a quotation mark: a quotation is prose, never a headline."""
    return line.lstrip().startswith(QUOTE_OPENERS)
