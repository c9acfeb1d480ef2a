"""A claim told around its source: "The talks stalled, according to two diplomats, because
Iran refused to budge" is one claim, the source a gap in it (a new user's trial, session 26:
only the side after the source was kept)."""

from __future__ import annotations

from dyads.quotes.context import Context, Span

__all__ = ["around_source"]

# words that go on with the clause before the source, not a clause of their own
_GOING_ON = frozenset(
    {"because", "since", "as", "after", "before", "when", "while", "so", "but", "although",
     "though", "despite", "until", "unless", "if"}
)  # fmt: skip


def around_source(ctx: Context, left: Span | None, right: Span | None) -> tuple[Span, Span] | None:
    """The span from ``left``'s start to ``right``'s end and the gap between them, when both
    sides of "according to X" are there and ``right`` opens with a word of
    :data:`_GOING_ON`; else None."""
    if left is None or right is None:
        return None
    first = ctx.text[right[0] : right[1]].split(maxsplit=1)
    if not first or (first[0].lower() not in _GOING_ON and not _predicate(ctx, right, left)):
        return None
    return (left[0], right[1]), (left[1], right[0])


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _predicate(ctx: Context, right: Span, left: Span) -> bool:
    """``right`` opens on a finite verb with no subject after it: the predicate of the subject
    before the source ("One of the decisions they have made, according to a person close to
    the process, is to turn …": blind audit, round 110, the subject cut off)."""
    words = ctx.doc.char_span(right[0], right[1], alignment_mode="expand")
    if words is None or len(words) == 0:
        return False
    verb = words[0]
    if verb.tag_ not in _FINITE or verb.lower_ in ("said", "says", "told"):
        return False
    # its subject stands before the source ("… who spoke to Fox News but were not authorized
    # …" goes on with the source's relative clause, not with the claim: round 107)
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and left[0] <= c.idx < left[1] for c in verb.children
    )
