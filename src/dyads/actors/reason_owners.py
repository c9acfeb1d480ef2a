"""A possessive "its" in a reason given right after a body: "supplying drones to Russia for its
war in Ukraine", "sanctions on Iran over its nuclear programme", "criticized China for its
crackdown". Used by :mod:`dyads.actors.antecedents`.

"its" stands for the subject of this or the last sentence by default; a reason phrase ("for",
"over") that follows a country or body at once is that body's (a new user's trial, session 27:
"its war in Ukraine" went to the European Union, the sentence's subject, so the EU was coded as
using force against Ukraine).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["reason_owner"]

_REASONS = frozenset({"for", "over"})
_BODIES = frozenset({"country", "organisation", "group"})


def reason_owner(linker: Linker, ref: Ref, recent: list[Ref]) -> Ref | None:
    """The country or body named right before ``ref``'s reason preposition: "<body> for its",
    "<body> over its"; None otherwise."""
    t, i = linker.t, ref.start
    if ref.pron != "thing" or t.lower[i] != "its" or i < 2 or t.lower[i - 1] not in _REASONS:
        return None
    before = next((r for r in reversed(recent) if r.end == i - 1), None)
    if before is None or before.kind not in _BODIES or before.form in ("place", "modifier"):
        return None
    return before if before.sent == ref.sent else None
