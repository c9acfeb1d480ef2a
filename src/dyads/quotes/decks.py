"""The lines above a story's first paragraph that the article stage left in the body: a
headline, a deck and a subheadline ("Push inside GOP to upend Trump." / "ad blitz planned;
romney to speak out." / "Other voices counter it's time to embrace the mogul."). They sum the
story up in the writer's words; a report in them is no one's statement (notes of session 26:
the subheadline stored as what "other voices" said)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from dyads.quotes.context import Context

_MAX_LINES = 4  # headline, deck, subheadline, kicker
_MAX_WORDS = 15
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def deck_tokens(ctx: Context) -> set[int]:
    """Token indices of the opening run of short one-line paragraphs, when one of them reads as
    a title (lower case, title case or no finite verb) and a paragraph of prose follows the run;
    a run of short sentences with no title among them is the story's own lines."""
    lines: list[SpacySpan] = []
    titled = False
    for start, end in ctx.paras[: _MAX_LINES + 1]:
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _a_line(ctx.text[start:end]):
            return {t.i for line in lines for t in line} if titled else set()
        if len(lines) == _MAX_LINES:
            return set()
        lines.append(span)
        titled = titled or _a_title(span)
    return set()  # nothing but short lines: no story below them to set apart


def _a_line(text: str) -> bool:
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    inner = text.rstrip(" .!?")
    return 0 < len(words) <= _MAX_WORDS and not any(p in inner for p in (". ", "? ", "! "))


def _a_title(line: SpacySpan) -> bool:
    """Lower case at its start, every word capitalised, or no finite verb."""
    words = [t for t in line if t.is_alpha]
    if not words:
        return False
    if words[0].text[0].islower():
        return True
    if len(words) >= 3 and all(t.text[0].isupper() or len(t) <= 3 for t in words):
        return True
    return not any(t.tag_ in _FINITE for t in line)
