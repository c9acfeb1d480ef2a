"""Possessive "its" / "their" of a group, rules of round 85. Used by
:mod:`dyads.actors.antecedents`.

* On a group's leader or members: the named group outside the state just mentioned
  ("Mexico's most feared organized crime group following the arrest of its maximum leader,
  Miguel Angel Trevino": "its" was left unresolved, so the leader was coded as nobody's
  government).
* On the role someone plays ("with the brothers … acting as their connection in Mexico"):
  not the players', but the body that is subject of a clause above ("the Cosa Nostra seems
  to have led the way": "their" had gone to the Italian authorities of the sentence before).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref
from dyads.actors.tokens import dependents

# sectors of groups outside the state that have leaders and ranks of their own
_GROUP_SECTORS = frozenset({"CRM", "REB", "UAF", "INS", "SEP", "RAD"})
# role words of a group's head or people; with the ``members`` label of roles.csv
_LEADING = frozenset({"leader", "leaders", "chief", "boss", "head", "commander", "commanders",
                      "founder", "founders", "leadership", "kingpin"})  # fmt: skip
_BODIES = frozenset({"organisation", "group", "country", "media"})


def _possessed(linker: Linker, ref: Ref) -> int | None:
    """The noun an "its"/"their" possesses, or None when the reference is no such pronoun."""
    t = linker.t
    if ref.pron not in ("thing", "plural") or t.dep[ref.start] != "poss":
        return None
    return t.head[ref.start]


def group_owner(linker: Linker, ref: Ref, recent: list[Ref]) -> Ref | None:
    """The armed or criminal group a possessive its/their on a leader or member word stands
    for: the last such group named in this sentence or the one before, with no other body or
    country named between them. None otherwise."""
    noun = _possessed(linker, ref)
    if noun is None:
        return None
    i = ref.start
    cover = linker.role_cover[noun]
    if cover < 0:
        return None
    role = linker.role_at[cover][1]
    if role.label != "members" and role.phrase.lower() not in _LEADING:
        return None
    before = [r for r in recent if r.start < i and r.sent >= ref.sent - 1]
    groups = [r for r in before if r.code and r.sector in _GROUP_SECTORS and r.kind != "person"]
    if not groups:
        return None
    group = groups[-1]
    between = [
        r for r in before
        if r.start >= group.end and r.kind in _BODIES and r.form not in ("place", "modifier")
    ]  # fmt: skip
    return None if between else group


# verbs of playing a role for another: "acting as their connection"
_PLAYING = frozenset({"act", "serve", "work", "function", "operate", "double", "pose"})
_CLIMB = 6


def played_for(linker: Linker, ref: Ref, recent: list[Ref]) -> Ref | None:
    """The body a role is played for: a possessive its/their on the object of "as" after a
    verb of playing a role is the body that is subject of a clause above that verb."""
    noun = _possessed(linker, ref)
    if noun is None:
        return None
    t = linker.t
    prep = t.head[noun]
    verb = t.head[prep]
    if t.lower[prep] != "as" or t.dep[noun] != "pobj" or t.lemma[verb] not in _PLAYING:
        return None
    for _ in range(_CLIMB):
        if t.head[verb] == verb:
            return None
        verb = t.head[verb]
        subjects = dependents(t, verb, "nsubj")
        for r in reversed(recent):
            body = r.kind in ("organisation", "group") and r.end <= ref.start
            if body and any(r.start <= k < r.end for k in subjects):
                return r
    return None
