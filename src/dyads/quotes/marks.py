"""Paragraphs and quotation marks: which stretches of text are inside quotation marks.

Pure text, no parse. Handles straight and curly double marks, a closing mark used as an
opener, unbalanced marks (a quote never runs past its paragraph unless the next paragraph
opens with a mark, the convention for a quotation continued over paragraphs), and single marks
(‘…’ and '…', British style) outside double-marked stretches, where an apostrophe inside or
at the edge of a word (won’t, Ukraine’s, rock ’n’ roll, ’90s, voters’ rights) never opens or
closes a quotation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

OPENERS = "“„«‟"
CLOSERS = "”»"
STRAIGHT = '"'
MARKS = OPENERS + CLOSERS + STRAIGHT
# Two apostrophes or backticks stand for double marks in some wire and newspaper text.
_MARK_RE = re.compile(f"''|``|[{MARKS}]")
_LEFT_OPENING = "([{—–-/"
# a markup attribute left in the text ('<tweet author="JebBush" timestamp="1449075600">'): its
# marks delimit a value, not a quotation (PolNeAR train, tune half: ten such "quotations" in one
# article; blind audit, round 23: tweet markup inside a quotation)
_ATTRIBUTE_RE = re.compile(r'\b[\w-]+=("[^"\n]*")')
SINGLE = "‘’'"
_SINGLE_RE = re.compile("[‘’']")
# Words an apostrophe opens by elision ("’em", "’til"), never a quotation.
_ELISIONS = frozenset({"em", "n", "til", "cause", "tis", "twas", "bout", "round", "nuff", "kay"})
_WORD_AFTER = re.compile(r"[^\W_]+")
_RIGHT_CLOSING = ".,;:!?)]}—–-…"

Span = tuple[int, int]


@dataclass(slots=True)
class Segment:
    """The inside of one pair of quotation marks, within a paragraph."""

    start: int  # first character of the content (after the opening mark, spaces trimmed)
    end: int  # end of the content (before the closing mark, spaces trimmed)
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when capped or continued
    close_end: int  # end of the closing mark, else of the content
    paragraph: int  # index into the paragraph list
    continued: bool = False  # runs on into the next paragraph (no close, next opens with a mark)
    continues: bool = False  # continues a quotation left open in the previous paragraph


def paragraphs(text: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    """Paragraph spans within ``text[lo:hi]``: the non-blank lines, spaces trimmed.

    Plain-text news separates paragraphs by a line break (often a blank line); a quotation
    never spans a line break unless the next line opens with a mark.
    """
    hi = len(text) if hi is None else hi
    out = []
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        s, e = _trimmed(text, pos, end)
        if e > s:
            out.append((s, e))
        pos = end + 1
    return out


def visible(text: str) -> str:
    """``text`` without invisible format characters ("\u202a" before a pasted post)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def starts_with_mark(text: str, pos: int) -> bool:
    return _MARK_RE.match(text, pos) is not None


def _role(text: str, pos: int, size: int, para: Span, inside: bool) -> str:
    """'open' or 'close' for the mark at ``pos``, from its neighbours, else from its glyph."""
    left = text[pos - 1] if pos > para[0] else None
    right = text[pos + size] if pos + size < para[1] else None
    if left is None:
        return "open"  # a mark that starts a paragraph opens, whatever its glyph
    if unicodedata.category(left) == "Cf" and (pos - 1 == para[0] or text[pos - 2].isspace()):
        return "open"  # an invisible direction mark before it ("\u202a”Isis …”")
    opening = left.isspace() or left in _LEFT_OPENING or left in MARKS
    closing = right is None or right.isspace() or right in _RIGHT_CLOSING
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    glyph = text[pos : pos + size]
    if glyph in OPENERS or glyph == "``":
        return "open"
    if glyph in CLOSERS:
        return "close"
    return "close" if inside else "open"


def _nested(text: str, pos: int, size: int, para: Span) -> bool:
    """A curly opener mid-sentence inside an open quotation starts a quotation within it."""
    if text[pos : pos + size] not in OPENERS:
        return False
    before = text[para[0] : pos].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segments(text: str, paras: list[Span]) -> list[Segment]:
    """Every quoted stretch in ``paras``, in text order: double marks, then single marks in
    what double marks leave."""
    double = _double_segments(text, paras)
    single: list[Segment] = []
    taken = iter(double)
    seg = next(taken, None)
    for index, para in enumerate(paras):
        lo = para[0]
        while seg is not None and seg.paragraph <= index:
            if seg.paragraph == index:
                single.extend(_single_segments(text, (lo, seg.open_mark), index))
                lo = max(lo, seg.close_end)
            seg = next(taken, None)
        single.extend(_single_segments(text, (lo, para[1]), index))
    return sorted(double + single, key=lambda s: s.open_mark)


def _single_segments(text: str, span: Span, paragraph: int) -> list[Segment]:
    """Single-mark quotations in ``text[span]`` (no double marks inside)."""
    out: list[Segment] = []
    open_at: int | None = None
    for match in _SINGLE_RE.finditer(text, *span):
        pos = match.start()
        if open_at is None:
            if _single_opens(text, pos, span):
                open_at = pos
        elif _single_closes(text, pos, span):
            start, stop = _trimmed(text, open_at + 1, pos)
            if stop - start >= 2:
                out.append(Segment(start, stop, open_at, pos, pos + 1, paragraph))
            open_at = None
    return out


def _single_opens(text: str, pos: int, span: Span) -> bool:
    if text[pos] == "’" and pos > span[0] and text[pos - 1].isalnum():
        return False
    left = text[pos - 1] if pos > span[0] else None
    if left is not None and not (left.isspace() or left in _LEFT_OPENING):
        return False
    word = _WORD_AFTER.match(text, pos + 1)
    if word is None or word.group().isdigit() or word.group().lower() in _ELISIONS:
        return False  # "’90s", "rock ’n’ roll", "’em"
    return word.start() == pos + 1


def _single_closes(text: str, pos: int, span: Span) -> bool:
    if text[pos] == "‘" or pos == span[0]:
        return False
    left, right = text[pos - 1], (text[pos + 1] if pos + 1 < span[1] else None)
    if left.isspace() or (right is not None and right.isalnum()):
        return False  # "won’t", "Ukraine’s": inside a word
    if left in ".,!?…—–":
        return True
    # "voters’ rights": a plural possessive, unless punctuation or the end follows
    return not (left == "s" and right is not None and right.isspace() and _lower_next(text, pos))


def _lower_next(text: str, pos: int) -> bool:
    word = _WORD_AFTER.search(text, pos + 1, pos + 40)
    return word is not None and word.group()[0].islower()


def _double_segments(text: str, paras: list[Span]) -> list[Segment]:
    out: list[Segment] = []
    carried = False  # the previous paragraph left a quotation open that continues here
    for index, para in enumerate(paras):
        open_at: int | None = None
        continues = False
        markup = {pos for m in _ATTRIBUTE_RE.finditer(text, *para) for pos in m.span(1)}
        marks = [
            (m.start(), m.end() - m.start())
            for m in _MARK_RE.finditer(text, *para)
            if m.start() not in markup and m.start() + 1 not in markup
        ]
        if carried and (not marks or marks[0][0] != para[0]):
            carried = False
        open_size = 1
        depth = 0  # curly quotations nested inside the open one ('calls “hell” than …')
        for pos, size in marks:
            role = _role(text, pos, size, para, open_at is not None)
            if role == "open" and open_at is not None and _nested(text, pos, size, para):
                depth += 1
            elif role == "close" and depth:
                depth -= 1
            elif role == "open":
                if open_at is not None:
                    # An opener inside an open quote: the earlier one was never closed.
                    _add(out, text, open_at, open_size, pos, None, index, continues=continues)
                open_at, open_size = pos, size
                continues = carried and pos == para[0]
            elif open_at is not None:
                _add(out, text, open_at, open_size, pos, pos + size, index, continues=continues)
                open_at = None
                continues = False
        carried = False
        if open_at is not None:
            nxt = paras[index + 1] if index + 1 < len(paras) else None
            runs_on = nxt is not None and starts_with_mark(text, nxt[0])
            _add(
                out,
                text,
                open_at,
                open_size,
                para[1],
                None,
                index,
                continued=runs_on,
                continues=continues,
            )
            carried = runs_on
    return out


def _add(
    out: list[Segment],
    text: str,
    open_mark: int,
    open_size: int,
    end: int,
    close_end: int | None,
    paragraph: int,
    *,
    continued: bool = False,
    continues: bool = False,
) -> None:
    start, stop = _trimmed(text, open_mark + open_size, end)
    if stop > start:
        close_mark = end if close_end is not None else None
        out.append(
            Segment(
                start,
                stop,
                open_mark,
                close_mark,
                close_end if close_end is not None else stop,
                paragraph,
                continued,
                continues,
            )
        )
