"""What every quote pass shares: the article's paragraphs, quotation marks, cue tests, drafts."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dyads.limits import in_long_sentence
from dyads.nlp import doc_text
from dyads.quotes.acts import Act, act_of
from dyads.quotes.lexicon import CueLexicon
from dyads.quotes.marks import Segment, paragraphs, segments
from dyads.records import DateSpan, Mention, QuoteKind

Span = tuple[int, int]

_CONTENT_STRIP = " \t\n,;:—–-"


@dataclass(slots=True)
class Draft:
    """A quotation being built: its content span, then its cue, speaker, audience and date.

    ``stance`` marks an attribution that is no quotation (the object of an evaluative or other
    non-speech verb, a belief): kept apart from ``quotes`` for the PolNeAR evaluation only.
    """

    kind: QuoteKind
    span: Span
    cue: Span | None = None
    cue_token: Token | None = None
    speaker: Span | None = None
    speaker_head: Token | None = None
    medium: str | None = None
    addressee: str | None = None
    date: DateSpan | None = None
    confidence: float = 1.0
    paragraph: int = -1
    segment: Segment | None = None
    stance: bool = False
    relative: Span | None = None  # the "who" of "Podesta, who said …"
    gap: Span | None = None  # the attribution inside the span (dyads.quotes.asides)


class Context:
    """One article's text, parse, paragraphs and quoted stretches, and the cue lexicon.

    ``quoted[i]`` is 1 for tokens inside quotation marks (the marks included); ``run_on[i]`` for
    tokens of a sentence too long to trust the parse of.
    """

    def __init__(self, doc: Doc, lex: CueLexicon, body: Span | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lex
        self.lo, self.hi = body if body is not None else (0, len(self.text))
        self.paras = paragraphs(self.text, self.lo, self.hi)
        self.para_starts = [p[0] for p in self.paras]
        self.segs = segments(self.text, self.paras)
        self.seg_starts = [seg.open_mark for seg in self.segs]
        self.contents: list[Span] = []  # what the quotations found say, once they are found
        self.quoted = bytearray(len(doc))
        self.run_on = in_long_sentence(doc)
        self.seg_tokens: list[tuple[int, int]] = []
        for seg in self.segs:
            span = doc.char_span(seg.open_mark, seg.close_end, alignment_mode="expand")
            first, last = (span.start, span.end) if span is not None else (0, 0)
            self.seg_tokens.append((first, last))
            self.quoted[first:last] = b"\x01" * (last - first)

    def unquoted_with_lemma(self, lemmas: frozenset[int], also: str) -> list[int]:
        """The indexes of the tokens outside quotation marks and over-long sentences whose lemma
        id is in ``lemmas`` or whose lower-case form is ``also``, read off the doc's arrays (a
        Token object for every word cost more than the test)."""
        if not len(self.doc):
            return []
        rows = self.doc.to_array([LEMMA, LOWER]).reshape(len(self.doc), 2)
        wanted = np.fromiter(lemmas, dtype=np.uint64, count=len(lemmas))
        hit = np.isin(rows[:, 0], wanted) | (rows[:, 1] == np.uint64(get_string_id(also)))
        hit &= np.frombuffer(self.quoted, dtype=np.uint8) == 0
        hit &= ~np.asarray(self.run_on, dtype=bool)
        return np.flatnonzero(hit).tolist()

    def in_quotes(self, offset: int) -> bool:
        """The character at ``offset`` lies within quotation marks (the marks included)."""
        i = bisect_left(self.seg_starts, offset + 1) - 1
        return i >= 0 and offset < self.segs[i].close_end

    def widen(self, span: Span) -> Span:
        """``span`` taken to the end of a quotation it opens but cuts short: a reported clause
        never ends inside the quoted words it holds ('he would “carpet-bomb them. …”'), nor on
        the opening mark of a quotation it does not hold."""
        start, end = span
        i = bisect_left(self.seg_starts, end) - 1
        if i >= 0:
            seg = self.segs[i]
            # (one that stops right before the closing mark keeps it: 'rejected the accusation
            # as "absurd Russophobia"', a new user's trial, session 26)
            # or one never closed in its paragraph ('approached her “and said, ‘…’ … . And said,
            # ‘…’ …', blind audit, round 111: the report stopped at the first full stop)
            held = seg.close_mark is not None or not seg.continued
            if start <= seg.open_mark and seg.start < end <= seg.end and held:
                end = seg.close_end
            elif start < seg.open_mark < end <= seg.start:
                # the opening mark the parser hung on the last word ('a “petulant child” who is
                # acting “as if …”', round 105): the quotation it opens is not the clause's
                end = seg.open_mark
                while end > start and self.text[end - 1] in _CONTENT_STRIP:
                    end -= 1
        return start, end

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_left(self.para_starts, offset + 1) - 1)

    def para_at(self, offset: int) -> Span:
        return self.paras[self.paragraph_of(offset)]

    def act(self, tok: Token) -> Act | None:
        return act_of(tok, self.lex)

    def is_cue(self, tok: Token, belief: bool = True, manner: bool = True) -> bool:
        """A verb of saying; with ``manner`` also of a manner of speaking ("fumed"), with
        ``belief`` of thinking ("believes")."""
        act = act_of(tok, self.lex)
        if act == "speech":
            return True
        return (manner and act == "manner") or (belief and act == "belief")

    def trim(self, start: int, end: int) -> Span | None:
        """``(start, end)`` without the spaces, commas, colons and dashes at either edge."""
        text = self.text
        while start < end and text[start] in _CONTENT_STRIP:
            start += 1
        while end > start and text[end - 1] in _CONTENT_STRIP:
            end -= 1
        return (start, end) if end > start else None


def copy_attribution(draft: Draft, donor: Draft) -> None:
    draft.cue, draft.cue_token = donor.cue, donor.cue_token
    draft.speaker, draft.speaker_head = donor.speaker, donor.speaker_head
    draft.relative = donor.relative
    draft.medium, draft.addressee = donor.medium, donor.addressee


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def mention_at(mentions: Sequence[Mention], span: Span) -> Mention | None:
    """The mention over ``span``, one with an actor first."""
    best = None
    start, end = span
    for mention in mentions:
        if mention.span[0] < end and start < mention.span[1]:  # overlaps (inlined: hot)
            if mention.actor is not None:
                return mention  # the first with an actor; none after it could replace it
            if best is None:
                best = mention
    return best


def mostly_inside(span: Span, spans: list[Span]) -> bool:
    inside = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in spans)
    return inside * 2 >= span[1] - span[0]
