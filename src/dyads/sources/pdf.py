"""PDF files: the text layer through pypdf, laid out as plain-text paragraphs.

A PDF is recognised by its signature (``%PDF-`` in its first kilobyte, as the PDF standard
allows), whatever its file name. Its text goes on as a plain-text document, so the article
stage finds headline, byline, dateline and furniture as in any text. A PDF without a text layer
(a scan: pages of images) fails with a reason that says so; so does an encrypted one.

Layout: pypdf gives the text of each page as lines. A paragraph ends at a blank line, after a
line that ends a sentence and stops short of the page's full line width, and after a line
without closing punctuation that is short or title-cased and short of full width (a title, a
byline); other lines are joined, and a word hyphenated across a line break is rejoined.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections.abc import Iterator

from dyads.errors import InputError
from dyads.records import Failure, RawDocument

PDF_SIGNATURE = b"%PDF-"
SIGNATURE_WINDOW = 1024
# A line shorter than this share of the page's full line width ends its paragraph when it
# ends a sentence; a heading-like line (no closing punctuation) when shorter than SHORT_LINE.
PARAGRAPH_END_WIDTH = 0.85
SHORT_LINE = 0.6
TITLE_CASE_SHARE = 0.6  # a title-cased line (most words capitalised) short of full width
_SENTENCE_END = re.compile(r"[.!?:;\"”»)]\s*$")
_HYPHENATED = re.compile(r"(?<=[a-zà-ÿа-я])-\n(?=[a-zà-ÿа-я])")


def is_pdf(data: bytes) -> bool:
    """True for data that carries the PDF signature in its first kilobyte."""
    return PDF_SIGNATURE in data[:SIGNATURE_WINDOW]


def pdf_document(
    data: bytes, *, source: str, url: str | None = None, max_chars: int
) -> Iterator[RawDocument | Failure]:
    """The PDF as one plain-text document, or a Failure saying why it cannot be read."""
    try:
        text = pdf_text(data, max_chars=max_chars)
    except InputError as exc:
        yield Failure(source, exc.stage, str(exc))
        return
    yield RawDocument(source=source, content=text, url=url)


def pdf_text(data: bytes, *, max_chars: int) -> str:
    """The text layer of a PDF as paragraphs separated by blank lines.

    Raises ``InputError`` (stage ``read``) for a PDF that cannot be read, is encrypted, has no
    text layer (a scanned document), or holds more than ``max_chars`` characters of text.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-but-readable files warn
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("the PDF is encrypted (password-protected); decrypt it first")
        pages, size, images = [], 0, 0
        for page in reader.pages:
            text = page.extract_text() or ""
            pages.append(text)
            size += len(text)
            if size > max_chars:
                raise InputError(
                    f"the PDF holds more than {max_chars:,} characters of text; split it, or "
                    "raise --max-bytes or DYADS_MAX_TEXT_BYTES"
                )
            if not text.strip():
                images += _has_images(page)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputError(f"the PDF could not be read ({type(exc).__name__}: {exc!s:.150})") from exc
    except Exception as exc:  # pypdf on hostile input: one clear failure, never a crash
        raise InputError(f"the PDF could not be read ({type(exc).__name__}: {exc!s:.150})") from exc
    if not any(text.strip() for text in pages):
        count = len(pages)
        if images:
            raise InputError(
                f"the file is a scanned PDF ({count} page{'s' if count != 1 else ''} of images, "
                "no text layer); run OCR on it first"
            )
        raise InputError(f"the PDF has no text ({count} page{'s' if count != 1 else ''})")
    return "\n\n".join(paragraph for page in pages for paragraph in _paragraphs(page))


def _has_images(page: object) -> bool:
    try:
        return bool(page.images)  # type: ignore[attr-defined]
    except Exception:  # an image pypdf cannot decode is still an image
        resources = page.get("/Resources") or {}  # type: ignore[attr-defined]
        return "/XObject" in resources


def _title_case(line: str) -> bool:
    words = [word for word in line.split() if word[:1].isalpha()]
    capitals = sum(word[0].isupper() for word in words)
    return bool(words) and capitals / len(words) >= TITLE_CASE_SHARE


def _paragraphs(page: str) -> list[str]:
    """A page's lines grouped into paragraphs (see the module docstring)."""
    text = _HYPHENATED.sub("", page.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    widths = [len(line) for line in lines if line]
    if not widths:
        return []
    full = statistics.quantiles(widths, n=5)[-1] if len(widths) >= 5 else max(widths)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        ends_sentence = _SENTENCE_END.search(line) is not None
        short = len(line) < PARAGRAPH_END_WIDTH * full
        if (ends_sentence and short) or (
            not ends_sentence and (len(line) < SHORT_LINE * full or (short and _title_case(line)))
        ):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
