"""A person introduced by a trade word alone ("billionaire Paul Singer") whom the next sentence
renames by a business title ("The vulture fund manager wrote a $500,000 check"; blind audit,
round 103: Singer went uncoded). Since session 26 "billionaire", "magnate" and "mogul" are
honorifics that code no sector; the business title that opens the next sentence, as its
subject, is the same person's, so the name takes its code.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["trade_epithets"]

_TRADE_WORDS = frozenset({"billionaire", "magnate", "mogul", "tycoon"})


def trade_epithets(linker: Linker, refs: list[Ref]) -> None:
    """Give each uncoded person introduced as "billionaire X", the only person its sentence
    names, the business code of a description ("The fund manager") that opens the next
    sentence as its subject. Changes ``refs`` in place; later mentions of X follow."""
    t = linker.t
    seen: set[str] = set()
    for ref in refs:
        if ref.kind != "person" or ref.form != "name" or not ref.actor or ref.actor in seen:
            continue
        seen.add(ref.actor)
        if ref.code or not _traded(linker, ref):
            continue
        people = [r for r in refs if r.sent == ref.sent and r.kind == "person" and r is not ref]
        if any(r.actor != ref.actor for r in people):
            continue  # another person the next sentence may rename
        renamed = _opening_description(linker, refs, ref.sent + 1)
        if renamed is None or t.sent[ref.start] != ref.sent:
            continue
        for other in refs:
            if other.actor == ref.actor and not other.code:
                other.code, other.country = renamed.code, renamed.country
                other.sector = renamed.sector


def _traded(linker: Linker, ref: Ref) -> bool:
    """The name is introduced by a trade word: "billionaire Paul Singer"."""
    t = linker.t
    return any(
        0 <= k < len(t.text) and t.lower[k] in _TRADE_WORDS for k in (ref.start - 1, ref.start)
    )


def _opening_description(linker: Linker, refs: list[Ref], sent: int) -> Ref | None:
    """The coded business description that opens sentence ``sent`` as its subject: "The vulture
    fund manager wrote …"."""
    t = linker.t
    for ref in refs:
        if ref.sent != sent or ref.kind != "person" or ref.number != "sg":
            continue
        first = ref.start - 1
        opens = first >= 0 and t.lower[first] == "the" and (first == 0 or t.sent[first - 1] != sent)
        if opens and ref.subject and ref.code and ref.sector == "BUS" and ref.form != "name":
            return ref
        return None
    return None
