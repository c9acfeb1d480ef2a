"""One quotation split by its speech tag: the two halves of a direct quotation around "Carson
said", and an indirect report whose tag stands before its "that" clause ("But there is a risk,
some Democrats said, that …"), each made one quotation whose ``gap`` is the tag."""

from __future__ import annotations

import re
from dataclasses import replace

from dyads.quotes.context import Context
from dyads.records import Quote, spoken

__all__ = ["SPLIT_GAP_CHARS", "joined_halves"]

# the most a speech tag between two halves of one quotation takes: a titled speaker, an
# outlet and a date (", former Obama Education Secretary Arne Duncan told The New York Times in
# 2012, “": blind audit, round 107: the second half left on its own at 80)
SPLIT_GAP_CHARS = 120


def joined_halves(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """ "“When I look at somebody like Hillary Clinton,” Carson said, “who sits there …”": the
    two halves of one quotation around its speech tag, in one sentence, are one quotation
    whose span takes in the tag (blind audit, round 9: each half alone judged cut badly) and
    whose content leaves it out, as its ``gap`` (round 32: three contents with '” he said, “'
    in them judged cut badly)."""
    out: list[Quote] = []
    for quote in quotes:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == quote.kind == "direct"
            and last.cue is not None
            and quote.cue is not None
            and (last.cue.span == quote.cue.span or _framed_before(last, quote))
            and last.span[1] < quote.cue.span[0] < quote.span[0]
            and quote.span[0] - last.span[1] <= SPLIT_GAP_CHARS
            and (
                (
                    last.content.rstrip().endswith(",")
                    and "." not in ctx.text[last.span[1] : quote.span[0]]
                )
                or _goes_on(ctx, last, quote)
            )
        ):
            span, gap = (last.span[0], quote.span[1]), (last.span[1], quote.span[0])
            joined = replace(last, span=span, gap=gap, content=spoken(ctx.text, span, gap))
            out[-1] = replace(joined, cue=quote.cue, speaker=quote.speaker)
            continue
        if last is not None and _second_half(ctx, last, quote):
            span = (last.span[0], quote.span[1])
            out[-1] = replace(last, span=span, gap=None, content=spoken(ctx.text, span))
            continue
        opened = _clause_before_tag(ctx, quote)
        if opened is not None:  # "…, which is an outcome, he said, “we've long anticipated.”"
            quote = _with_opened_clause(ctx, quote, opened)
        that = _complement_after_tag(ctx, last, quote) if last is not None else None
        if last is not None and that is not None:
            span, gap = (last.span[0], quote.span[1]), (last.span[1], that)
            out[-1] = replace(last, span=span, gap=gap, content=spoken(ctx.text, span, gap))
            continue
        out.append(quote)
    return out


def _framed_before(last: Quote, quote: Quote) -> bool:
    """ "Fallon fired back: “As a guardian …,” he wrote, “we know …”": the first half went to
    the frame before the colon, the second to the tag between them; one speaker, one quotation
    (blind audit, round 110: the first half lost)."""
    if last.cue is None or last.cue.span[1] > last.span[0]:
        return False
    one = last.speaker is not None and quote.speaker is not None
    return one and last.speaker.actor is not None and last.speaker.actor == quote.speaker.actor


_GOING_ON = ("But ", "And ", "Yet ")
_TITLES = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St)\.")


def _goes_on(ctx: Context, last: Quote, quote: Quote) -> bool:
    """ "“He can have intelligence briefings,” Reid said. “But I hope they are fake.”": a
    second quotation that opens on "But" right after the tag's full stop finishes the first one
    (blind audit, round 110: the first half alone reversed its meaning). The tag is the two
    halves' only words between them, in one paragraph."""
    between = ctx.text[last.span[1] : quote.span[0]]
    if "\n" in between or not quote.content.startswith(_GOING_ON):
        return False
    tag = _TITLES.sub("", between)  # "Mr. Reid said."
    return tag.count(".") == 1 and tag.rstrip(" \"“”'").endswith(".")


def _complement_after_tag(ctx: Context, last: Quote, quote: Quote) -> int | None:
    """Where the "that" starts when an indirect report is split by its tag before a complement
    clause: "But there is a risk, some Democrats said, that Mr. Sanders would push the party …"
    is one claim (blind audit, round 79: "But there is a risk" alone, judged cut badly)."""
    if not (last.kind == quote.kind == "indirect" and last.cue and quote.cue):
        return None
    if last.cue.span != quote.cue.span or not last.span[1] < quote.cue.span[0] < quote.span[0]:
        return None
    between = ctx.text[last.span[1] : quote.span[0]]
    if len(between) > SPLIT_GAP_CHARS or "." in between or not between.startswith(","):
        return None
    tail = between.rstrip()
    if not tail.endswith(", that"):
        return None
    return last.span[1] + len(tail) - len("that")


_JOINERS = ("but ", "and ", "yet ")


def _second_half(ctx: Context, last: Quote, quote: Quote) -> bool:
    """ "The amount of debt an average college student has is affordable -- but then there are
    the outliers, he said": two reported clauses of one tag after them, joined by "but" or
    "and" over a dash or a comma, are one claim (blind audit, round 90: the "but" half alone,
    judged cut badly)."""
    if not (last.kind == quote.kind == "indirect" and last.cue and quote.cue):
        return False
    if last.cue.span != quote.cue.span or quote.span[1] > quote.cue.span[0]:
        return False
    between = ctx.text[last.span[1] : quote.span[0]]
    joiner = between.strip(" ,;-—–").lower()
    if "\n" in between or "." in between:
        return False
    if joiner:
        return f"{joiner} " in _JOINERS
    return quote.content.lower().startswith(_JOINERS)


_RELATIVES = ("which ", "that ", "who ", "whom ", "where ")
_OPENED_MAX_CHARS = 60  # the opened clause: a few words before the tag


def _clause_before_tag(ctx: Context, quote: Quote) -> int | None:
    """Where the clause starts that a quotation opening in lower case after its tag finishes:
    "…, which is an outcome, he said, “we've long anticipated.”" is one claim, "which is an
    outcome we've long anticipated" (blind audit, round 92: the fragment alone, judged cut
    badly). The clause is a relative one opened after a comma, in the same sentence, with no
    quotation mark in it; the tag ("he said") stands between it and the quotation."""
    if quote.kind not in ("direct", "partial") or quote.cue is None or quote.speaker is None:
        return None
    text = ctx.text
    if not text[quote.span[0] : quote.span[0] + 1].islower():
        return None
    tag = min(quote.speaker.span[0], quote.cue.span[0])
    if not text[:tag].rstrip().endswith(","):
        return None
    lo = max(0, tag - _OPENED_MAX_CHARS)
    before = text[lo:tag]
    comma = before.rstrip().rstrip(",").rfind(", ")
    if comma < 0:
        return None
    opened = before[comma + 2 :]
    if not opened.lower().startswith(_RELATIVES) or any(c in opened for c in '"“”.\n'):
        return None
    return lo + comma + 2


_MARKS = '"“”'


def _with_opened_clause(ctx: Context, quote: Quote, opened: int) -> Quote:
    """``quote`` as one indirect report from ``opened``, its quotation marks kept and its tag
    (from the comma that sets it off to the opening mark) left out as the ``gap``."""
    assert quote.speaker is not None and quote.cue is not None
    text = ctx.text
    start, end = quote.span
    if start > 0 and text[start - 1] in _MARKS:
        start -= 1
    if end < len(text) and text[end] in _MARKS:
        end += 1
    tag = min(quote.speaker.span[0], quote.cue.span[0])
    span, gap = (opened, end), (text.rfind(",", opened, tag), start)
    return replace(quote, kind="indirect", span=span, gap=gap, content=spoken(text, span, gap))
