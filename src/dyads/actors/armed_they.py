"""A plural pronoun after an armed group named in its own sentence is that group's, not a
plural group's of an earlier sentence (blind audit, round 108x: "… the services that the
Shining Path provides drug traffickers …. It appears that the taxation … structure the Shining
Path has established … allows them to profit" gave "them" to the traffickers, PERCRM, where
the Shining Path, PERREB, is meant).

English speaks of an armed group in the plural ("the FARC … they"); the group its own sentence
names before the pronoun is the nearer reading than a plural noun of a sentence before.
"""

from __future__ import annotations

from dyads.actors.refs import Ref

__all__ = ["armed_they"]

_ARMED = frozenset({"REB", "INS", "CRM", "UAF"})


def armed_they(ref: Ref, recent: list[Ref], picked: Ref | None) -> Ref | None:
    """The armed organisation named before the plural pronoun ``ref`` in its own sentence
    when ``picked`` (the plural group chosen otherwise) lies in an earlier sentence, else
    ``picked``."""
    if picked is None or picked.sent == ref.sent:
        return picked
    armed = [
        r for r in recent
        if r.sent == ref.sent and r.start < ref.start and r.kind == "organisation"
        and r.form == "name" and (r.sector or "") in _ARMED and r.code
    ]  # fmt: skip
    return armed[-1] if len({r.actor for r in armed}) == 1 else picked
