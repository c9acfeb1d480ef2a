"""Typed records that stages exchange, and their JSON form (the record contract).

Every span is ``(start, end)``: character offsets into ``Article.text``, end exclusive.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

Span = tuple[int, int]
MentionKind = Literal["person", "country", "organisation", "media", "group"]
QuoteKind = Literal["direct", "partial", "indirect"]
Precision = Literal["day", "range", "month", "year"]


@dataclass(slots=True)
class RawDocument:
    """One input document as a source reader found it, before any analysis."""

    source: str
    content: str
    kind: Literal["text", "html"] = "text"
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Dateline:
    place: str | None = None
    agency: str | None = None
    region: str | None = None  # "N.H." in "MANCHESTER, N.H. —": which Manchester


BoilerplateKind = Literal["furniture", "repeated", "caption", "credit", "byline", "links"]


@dataclass(slots=True)
class Boilerplate:
    """A span of ``Article.text`` that is not article prose; blanked for analysis."""

    text: str
    span: Span
    kind: BoilerplateKind = "furniture"


@dataclass(slots=True)
class DateSpan:
    """A resolved date or date range, with the words it came from.

    ``start``/``end`` are ISO dates; a day whose year nothing gives (no publication date, no
    year in the text: "bombed his camp November 20") is an XML Schema gMonthDay, "--11-20".
    ``basis``: ``text`` (the fact's own words), ``lead`` (the story's occasion, dated in its
    lead, or the day the sentence just before moved the story to) or ``published`` (no date
    of its own: the publication day).
    """

    start: str
    end: str
    precision: Precision
    text: str | None = None
    basis: Literal["text", "published", "lead"] = "text"

    @property
    def anchored(self) -> bool:
        """Whether the date has a year (a gMonthDay such as "--11-20" has none)."""
        return not self.start.startswith("--")


@dataclass(slots=True)
class Mention:
    text: str
    span: Span
    actor: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: MentionKind = "person"


@dataclass(slots=True)
class Speaker:
    text: str
    span: Span
    actor: str | None = None
    code: str | None = None


@dataclass(slots=True)
class Cue:
    text: str
    span: Span


@dataclass(slots=True)
class Quote:
    """Reported speech. ``content`` is ``spoken(text, span, gap)``: the text of ``span``, less
    ``gap`` when the attribution stands inside what it reports ("The plan, an inside source
    said, is to …" -> content "The plan is to …", gap ", an inside source said,")."""

    kind: QuoteKind
    content: str
    span: Span
    speaker: Speaker | None = None
    cue: Cue | None = None
    medium: str | None = None
    addressee: str | None = None
    # when it was said: a date in the cue's clause, else the publication day (basis
    # ``published``), else None
    date: DateSpan | None = None
    confidence: float = 1.0
    gap: Span | None = None


def spoken(text: str, span: Span, gap: Span | None = None) -> str:
    """The words ``span`` reports in ``text``: its characters, less ``gap`` (inside it) if any,
    the two sides joined by one space where neither brings one."""
    if gap is None:
        return text[span[0] : span[1]]
    head, tail = text[span[0] : gap[0]], text[gap[1] : span[1]]
    if head and tail and not head[-1].isspace() and not tail[0].isspace():
        return f"{head} {tail}"
    return head + tail


@dataclass(slots=True)
class Side:
    text: str
    span: Span
    actor: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Evidence:
    sentence: str
    span: Span


@dataclass(slots=True)
class Event:
    source: Side
    target: Side
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    # None when the text gives no date and publication is unknown, or the clause puts the event
    # before the report without saying when ("in the past", "previously")
    date: DateSpan | None
    negated: bool
    evidence: Evidence
    confidence: float = 1.0


@dataclass(slots=True)
class Article:
    """An article: its text, the structure found in it, and what the stages extracted."""

    id: str
    source: str
    text: str
    body: Span
    url: str | None = None
    headline: str | None = None
    caption: str | None = None
    dateline: Dateline = field(default_factory=Dateline)
    published: str | None = None
    language: str | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    byline: str | None = None  # the reporters as credited ("Maria Jensen and Tomas Berg")
    analysed: bool = True  # False: the language stages did not run (see analysis_note)
    analysis_note: str | None = None  # why the article was not analysed
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@dataclass(slots=True)
class Failure:
    """An input that could not be processed, and why, in words a user can act on."""

    source: str
    stage: str
    reason: str
    time: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))


def to_dict(record: Any) -> Any:
    """The JSON form of a record: dataclasses to dicts, spans (tuples) to lists."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record
