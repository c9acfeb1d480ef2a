"""Peacekeepers are the international body's that sends them, never the host country's.

"The United Nations is sending 500 more peacekeepers to eastern Congo" (new user's trial:
CODMIL): peacekeepers whose own words name no country are the IGO the clause's subject names,
else the one IGO their sentence names; with none, no country (the Phoenix dictionaries code
peacekeeping troops IGO, the mission MONUC IGOUNO).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry, Role
from dyads.actors.tokens import sentence_of

__all__ = ["is_peacekeeping", "sender"]


def is_peacekeeping(role: Role) -> bool:
    """The role word names peacekeepers or a peacekeeping force (``roles.csv`` label)."""
    return role.label == "peacekeepers"


def sender(lk: Linker, start: int, end: int) -> Entry | None:
    """The IGO that sends or deploys the peacekeepers at ``start:end``: the subject of the verb
    they are the object of, else the only IGO of their sentence; None when there is none."""
    t = lk.t
    last = end - 1
    head = t.head[last]
    if t.dep[last] in ("dobj", "nsubjpass", "pobj"):
        for i in range(len(t.text)):
            if t.head[i] == head and t.dep[i] in ("nsubj", "agent") and i != last:
                entry = _igo_at(lk, i)
                if entry is not None:
                    return entry
    sent = t.sent[start]
    found = {
        entry.key: entry
        for i in sentence_of(t, sent)
        if t.sent[i] == sent and (entry := _igo_at(lk, i)) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _igo_at(lk: Linker, i: int) -> Entry | None:
    span = lk.ent_span[i]
    entry = lk.entry_at[i]
    if span is None or entry is None or entry.kind != "igo":
        return None
    return entry
