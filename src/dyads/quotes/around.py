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
    if not first or first[0].lower() not in _GOING_ON:
        return None
    return (left[0], right[1]), (left[1], right[0])
