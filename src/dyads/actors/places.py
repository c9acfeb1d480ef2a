"""Named entities left after people and roles: countries, cities, IGOs, media, regions.

A capital stands for its government ("Moscow said", "official Yerevan") unless it is a location
("in Moscow") or the dateline; other cities code as their country; gazetteer entries (countries,
demonyms, IGOs, media, metonyms) code directly; "the West" is the region WST.
"""

from __future__ import annotations

from typing import Any

from dyads.actors.context import Linker
from dyads.actors.refs import LOCATIVE
from dyads.actors.tokens import matchers


def entities(lk: Linker) -> None:
    t = lk.t
    n = len(t.text)
    i = 0
    while i < n:
        span = lk.ent_span[i]
        if span is None or lk.used[i]:
            i += 1
            continue
        start, end = span
        entry = lk.entry_at[i]
        i = end
        if entry is None:
            continue
        if entry.kind == "place":
            continue
        begin = lk.descriptor_start.get(start, start)
        values: dict[str, Any] = {
            "kind": entry.mention_kind,
            "actor": entry.actor,
            "code": entry.code,
            "country": entry.country,
            "sector": entry.sector,
            "igo_type": entry.igo_type,
            "form": "name",
        }
        if entry.kind == "plural":
            values["number"] = "pl"
        if entry.kind == "city":
            values["kind"] = "country"
            located = start > 0 and t.lower[start - 1] in LOCATIVE
            if (start, end) == lk.dateline_span or located or not entry.capital:
                values["form"] = "place"
            else:
                values.update(sector="GOV", code=f"{entry.country}GOV")
                if start > 0 and t.lower[start - 1] == "official" and not lk.used[start - 1]:
                    begin = start - 1
        elif entry.kind == "country" and start > 0 and t.lower[start - 1] == "official":
            values.update(sector="GOV", code=f"{entry.country}GOV")
            begin = start - 1
        lk.new_ref(begin, end, **values)
    for start, end, label in lk.unknown:
        if any(lk.used[start:end]):
            continue
        name = lk.text(start, end)
        if end - start == 1 and name in lk.surnames:
            lk.new_ref(start, end, actor=lk.surnames[name], form="surname", resolved=False)
            continue
        known = lk.known(name)
        if known is not None:
            lk.new_ref(
                start, end, kind=known.kind, actor=known.name, form="surname", resolved=False
            )
            continue
        if label in ("LOC", "FAC"):
            continue
        kind = {"ORG": "organisation", "NORP": "group", "GPE": "country"}[label]
        number = "pl" if label == "NORP" and name.endswith("s") else "sg"
        lk.new_ref(start, end, kind=kind, actor=name, number=number)


def regions(lk: Linker) -> None:
    m = matchers()
    t = lk.t
    found = sorted(m.regions(lk.doc), key=lambda match: (match[1] - match[2], match[1]))
    for match_id, start, end in found:
        if any(lk.used[start:end]):
            continue
        if end < len(t.text) and t.pos[end] == "PROPN":
            continue  # "Western Europe", "West Bank"
        phrase = m.keys[match_id].split("|", 1)[1]
        entry = lk.gaz.entries[lk.gaz.region_actors[phrase]]
        span = lk.ent_span[start]
        if span is not None and lk.entry_at[start] is not None:
            continue
        number = "pl" if t.text[end - 1].endswith("s") else "sg"
        lk.new_ref(start, end, kind="group", actor=entry.actor, code=entry.code, number=number)


# -- pronouns, surnames, names the memory knows ----------------------------------------
