"""A named unit of a coded armed group is coded as the group: "the Daniel Aldana Front of the
FARC" is COLREB, as the FARC (blind audit, round 69: coded as the bare country)."""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["units"]

# the words that end a named unit's name: "Front", "Bloc", "Brigade" ...
UNIT_WORDS = frozenset({"front", "bloc", "block", "brigade", "battalion", "column", "cell",
                        "faction", "wing", "squad", "company", "regiment", "unit",
                        "division", "command"})  # fmt: skip
# sectors of armed groups whose units fight under their code
ARMED_SECTORS = frozenset({"REB", "CRM", "UAF", "INS", "MIL"})


def units(linker: Linker, refs: list[Ref]) -> None:
    """Give each uncoded name ending in a unit word and followed by "of (the) X", X a coded
    armed group, X's code, country and sector; its own name stays. Changes ``refs`` in place."""
    t = linker.t
    by_start = {ref.start: ref for ref in refs}
    for ref in refs:
        if ref.code or ref.kind == "person" or ref.form != "name":
            continue
        if t.lower[ref.end - 1] not in UNIT_WORDS or ref.end + 1 >= len(t.text):
            continue
        if t.lower[ref.end] != "of":
            continue
        at = ref.end + 1
        if t.lower[at] == "the":
            at += 1
        group = by_start.get(at)
        if group is None or not group.code or group.sector not in ARMED_SECTORS:
            continue
        ref.code, ref.country, ref.sector = group.code, group.country, group.sector
        ref.igo_type = group.igo_type
