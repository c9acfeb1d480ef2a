"""A bare ministry's people take the country of the ministry the text just named.

"Belarus's foreign ministry called the move a provocation. A ministry spokesman added …": the
spokesman is Belarus's, not the country the story opened with (new user's trial on a
Lithuania-Belarus expulsion story: LTUGOV). A title or body whose own words say "ministry" and
name no country takes the country of the last ministry coded in its sentence or the one
before.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["ministry_named"]


def ministry_named(linker: Linker, ref: Ref, history: list[Ref]) -> str | None:
    """The country of the ministry named last in ``ref``'s sentence or the one before, when
    ``ref`` is a bare ministry ("the ministry", "a ministry spokesman"); else None."""
    if "ministry" not in linker.text(ref.start, ref.end).lower():
        return None
    for before in reversed(history):
        if before.sent < ref.sent - 1:
            return None
        if before.country and before.code and _a_ministry(linker, before):
            return before.country
    return None


def _a_ministry(linker: Linker, ref: Ref) -> bool:
    words = linker.text(ref.start, ref.end).lower()
    return "ministry" in words or "ministry" in (ref.role or "").lower()
