"""A leader's title with no body of its own, in a story about an armed group: "The group's
leadership was gravely weakened … One alleged top leader, Jesus Vazquez Macias, … another
leader, Nazario Moreno Gonzalez, alias “El Chayo,” was killed" (blind audit, round 114: both
coded MEXGOV, a bare "leader" falling back to the government). A "leader", "chief" or "boss"
whose own words name no body, country or possessor leads the armed group outside the state
named last before it, in its sentence or the two before, when no body of another sector stands
between: the person takes the group's code, in every mention the title coded.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["group_leaders"]

# titles of a group's head that take the sector of the body they lead (roles.csv "*")
_LEADING = frozenset({"leader", "chief", "boss", "head"})
# words a bare title may carry and still name no body: "one alleged top leader"
_PLAIN = frozenset({"top", "main", "maximum", "alleged", "reputed", "presumed", "suspected",
                    "senior", "another", "other", "one", "new", "longtime", "key", "a", "the",
                    "its", "their"})  # fmt: skip
_ARMED = frozenset({"CRM", "REB", "UAF", "INS", "SEP"})
_BODIES = frozenset({"organisation", "group", "country", "media"})
_LOOKBACK = 2  # sentences before the title's own


def group_leaders(linker: Linker, refs: list[Ref]) -> None:
    """Recode each person a bare leader's title codes as the government (module docstring)
    with the armed group named before it. Changes ``refs`` in place."""
    for ref in refs:
        if ref.kind != "person" or ref.form != "name" or ref.sector != "GOV":
            continue
        if not _bare_leader(ref.role):
            continue
        group = _group_before(refs, ref)
        if group is None:
            continue
        old = ref.code
        for other in refs:
            if other.actor == ref.actor and other.kind == "person" and other.code == old:
                other.code, other.country, other.sector = group.code, group.country, group.sector


def _bare_leader(role: str | None) -> bool:
    """``role``, the title words a person's mention carries, is a leader's title alone."""
    words = (role or "").lower().replace(",", " ").split()
    if not words or words[-1] not in _LEADING:
        return False
    return all(word in _PLAIN for word in words[:-1])


def _group_before(refs: list[Ref], ref: Ref) -> Ref | None:
    """The armed group outside the state named last before ``ref`` in its sentence or the two
    before, with no coded body of another sector (a government, the police) between."""
    before = [
        r for r in refs
        if r.end <= ref.start and ref.sent - _LOOKBACK <= r.sent and r.quote == ref.quote
    ]  # fmt: skip
    for r in reversed(before):
        if not r.code or r.form in ("place", "modifier") or r.kind not in _BODIES:
            continue
        return r if r.sector in _ARMED and r.country else None
    return None
