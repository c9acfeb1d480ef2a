"""A group's name used alone is the group: "Another paramilitary group going by the name of
'Los Negritos' …. a pamphlet signed by Los Negritos", "the Moreco gang …. Los Moreco used its
connections", "an alliance with Sinaloa and the Familia Michoacana" after "the Sinaloa Cartel"
(round 85: each coded as a country with no code, or as a person). Run by
:func:`dyads.actors.coref.resolve` once every ref is resolved.

A name is a group's when the article introduces it so: after a coded group noun ("a group
called X", "going by the name of 'X'", "known as X"), right before one ("the Moreco gang"), or
as the first words of a group the gazetteer codes ("Sinaloa" of "the Sinaloa Cartel"). Those
first words, and a place's name (a state, a city), stay the place or person unless joined by
"and" to a group or after "against": "in Sinaloa", "Sinaloa is racked with violence" are the
state, "Juarez, a critical transit point" the city.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

_GROUP_SECTORS = frozenset({"CRM", "REB", "UAF", "INS", "SEP"})
_GROUP_WORDS = frozenset({"cartel", "gang", "clan", "organization", "organisation", "group"})
_NAMING = ("called", "named", "dubbed", "known as", "going by the name of", "calling itself",
           "which calls itself", "under the name of", "by the name of")  # fmt: skip
_RECODED = frozenset({"person", "country", "organisation", "group"})
_ARTICLES = frozenset({"los", "las", "la", "el", "the"})
_RELATIVES = frozenset({"that", "which", "who"})
_QUOTES = frozenset({"'", '"', "“", "”", "‘", "’"})
_PLACE_BEFORE = frozenset({"in", "from", "across", "throughout", "into", "to", "near", "of",
                           "at", "on", "outside", "inside", "within", "through"})  # fmt: skip


def named_groups(linker: Linker, refs: list[Ref]) -> None:
    """Recode the lone mentions of each group name the article introduces (module
    docstring) as that group, and a group noun a named group is apposed to
    (:func:`apposed_groups`) and the fighters one has (:func:`members_had`)."""
    apposed_groups(linker, refs)
    members_had(linker, refs)
    owned_units(linker, refs)
    names = _introduced(linker, refs)
    if not names:
        return
    t = linker.t
    for ref in refs:
        if (ref.code and ref.form != "place") or ref.kind not in _RECODED:
            continue
        if ref.form not in ("name", "surname", "place"):
            continue
        name = _bare(linker.text(ref.start, ref.end))
        group, how = names.get(name, (None, ""))
        if group is None or group is ref or group.start <= ref.start < group.end:
            continue
        if ref.start > 0 and t.lower[ref.start - 1] in _PLACE_BEFORE:
            continue  # "in Sinaloa": the place
        # a group's first words are most often a place's or a family's ("Juarez", "Beltran
        # Leyva"): only beside a group are they the group
        placed = linker.entry_at[ref.start] is not None or how == "prefix"
        if placed and not _beside_group(linker, ref, refs):
            continue  # "Sinaloa is racked with violence", "Juarez, a transit point": the place
        ref.code, ref.country, ref.sector = group.code, group.country, group.sector
        # a named group keeps its name ("Sinaloa Cartel"); an unnamed one gives it its own
        ref.actor = group.actor if group.form == "name" else name
        ref.kind, ref.form = "organisation", "name"
        ref.number = "sg"


def _bare(name: str) -> str:
    """The name without a leading article ("Los Moreco" -> "Moreco") or quotation marks."""
    words = name.strip("'\"“”‘’ ").split()
    while len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _introduced(linker: Linker, refs: list[Ref]) -> dict[str, tuple[Ref, str]]:
    """Group names the article introduces -> the coded group ref that introduces them and how:
    ``prefix`` (the first words of a group's name, often a place's: "Sinaloa", "Juarez"),
    ``compound`` ("the Moreco gang") or ``named`` ("a group called X")."""
    t = linker.t
    names: dict[str, tuple[Ref, str]] = {}
    by_end = {ref.end: ref for ref in refs}
    for group in refs:
        if group.kind == "person" or group.sector not in _GROUP_SECTORS:
            continue
        noun = group
        group = group if group.code else _apposed(linker, group, refs) or group
        if not group.code:
            continue
        last = noun.end - 1
        if group.form == "name" and t.lower[last] in _GROUP_WORDS and group.end - group.start > 1:
            names.setdefault(_bare(linker.text(group.start, last)), (group, "prefix"))
            continue
        if t.lower[last] not in _GROUP_WORDS and noun.form not in ("group", "title"):
            continue
        before = by_end.get(noun.start)
        if before is not None and not before.code and t.dep[before.end - 1] == "compound":
            names.setdefault(_bare(linker.text(before.start, before.end)), (group, "compound"))
        found = _name_after(linker, noun.end)
        if found is not None:
            names.setdefault(found, (group, "named"))
    return names


def _apposed(linker: Linker, group: Ref, refs: list[Ref]) -> Ref | None:
    """ "the Moreco gang -- a uniquely powerful Costa Rica-based drug trafficking group": the
    coded group an apposition right after an uncoded group noun says it is."""
    t = linker.t
    for ref in refs:
        if ref.start < group.end or ref.start > group.end + 4:
            continue
        between = range(group.end, ref.start)
        if not between or t.text[group.end] not in ("--", "—", "–", ",", "-"):
            return None
        if any(t.pos[k] not in ("PUNCT", "DET", "ADJ", "ADV") for k in between):
            return None
        return ref if ref.code and ref.sector == group.sector else None
    return None


def _name_after(linker: Linker, end: int) -> str | None:
    """ "going by the name of 'Los Negritos'", "called Los Rastrojos": the capitalised name
    after a naming phrase right after the group noun."""
    t = linker.t
    text = " ".join(t.lower[end : end + 6])
    cue = next((c for c in _NAMING if text.startswith(c)), None)
    if cue is None:
        return None
    k = end + len(cue.split())
    while k < len(t.text) and t.text[k] in _QUOTES:
        k += 1
    start = k
    while k < len(t.text) and (t.text[k][:1].isupper() or t.lower[k] in ("de", "del")):
        k += 1
    return _bare(linker.text(start, k)) if k > start else None


def _beside_group(linker: Linker, ref: Ref, refs: list[Ref]) -> bool:
    """A place's name in a group's slot: joined by "and" to a group ("an alliance with Sinaloa
    and the Familia Michoacana") or after "against"."""
    t = linker.t
    if ref.start > 0 and t.lower[ref.start - 1] == "against":
        return True
    last = ref.end - 1
    partners = {t.head[last]} if t.dep[last] == "conj" else set()
    partners |= {k for k in range(ref.end, min(len(t.text), ref.end + 8)) if t.head[k] == last
                 and t.dep[k] == "conj"}  # fmt: skip
    return any(
        r.code and r.sector in _GROUP_SECTORS and any(r.start <= k < r.end for k in partners)
        for r in refs
    )


def apposed_groups(linker: Linker, refs: list[Ref]) -> None:
    """A group noun with a named group in apposition is that group: "Guerrero's criminal group,
    the Popular Revolutionary Antiterrorist Army of Colombia (ERPAC)" is the ERPAC (blind
    audit, round 95: coded MEXCRM by a surname read as Mexico's state), "the armed group, the
    ELN," the ELN. Only a group noun of an armed or criminal sector and a coded name."""
    t = linker.t
    by_start = {r.start: r for r in refs}
    for ref in refs:
        if ref.form == "name" or ref.kind not in ("organisation", "group") or ref.number != "sg":
            continue
        if t.lower[ref.end - 1] not in _GROUP_WORDS or ref.end + 1 >= len(t.text):
            continue
        if t.text[ref.end] != ",":
            continue
        k = ref.end + 1 + (t.lower[ref.end + 1] == "the")
        named = by_start.get(k)
        if named is None or named.form != "name" or not named.code or not named.sector:
            continue
        root = next(
            (j for j in range(named.start, named.end) if not named.start <= t.head[j] < named.end),
            named.end - 1,
        )
        if named.sector in _GROUP_SECTORS and t.dep[root] == "appos":
            ref.actor, ref.code, ref.country, ref.sector = (
                named.actor, named.code, named.country, named.sector,
            )  # fmt: skip


_HAVE = frozenset({"have", "count", "field", "boast", "number", "command", "maintain"})
_ARMED = frozenset({"MIL", "COP"})  # what "soldiers", "troops", "gunmen" alone would say


def members_had(linker: Linker, refs: list[Ref]) -> None:
    """Fighters a named armed or criminal group has are its own: "the ERPAC, an organization
    that has as many as 1,200 armed soldiers", "the Zetas have 500 gunmen" (blind audit, round
    95: the soldiers coded as Mexico's military)."""
    t = linker.t
    for ref in refs:
        if ref.form == "name" or ref.number != "pl" or ref.sector not in _ARMED | {None}:
            continue
        last = ref.end - 1
        verb = t.head[last]
        if t.dep[last] != "dobj" or t.lemma[verb].lower() not in _HAVE:
            continue
        owners = [k for k in range(len(t.text)) if t.head[k] == verb and t.dep[k] == "nsubj"]
        if not owners:
            continue
        k = owners[0]
        if t.lower[k] in _RELATIVES and t.dep[verb] == "relcl":
            k = t.head[verb]  # "an organization that has …"
        if t.dep[k] == "appos":
            k = t.head[k]  # "the ERPAC, an organization …"
        group = next((r for r in refs if r.start <= k < r.end and r is not ref), None)
        if group is not None and group.code and group.sector in _GROUP_SECTORS:
            ref.actor, ref.code, ref.country, ref.sector = (
                group.actor, group.code, group.country, group.sector,
            )  # fmt: skip


def owned_units(linker: Linker, refs: list[Ref]) -> None:
    """A unit's name the gazetteer does not know, owned by a coded armed or criminal group, is
    that group's: "the FARC's elite Teofilo Forero Mobile Column" (round 95: no code), "the
    Sinaloa Cartel's Los Antrax cell". The unit keeps its own name."""
    t = linker.t
    ends = {r.end: r for r in refs}
    for ref in refs:
        if ref.code or ref.form != "name" or ref.kind not in _RECODED - {"person"}:
            continue
        if linker.entry_at[ref.start] is not None:
            continue  # a place the gazetteer knows ("the FARC's Havana delegation")
        j = ref.start - 1
        while j > 0 and (t.pos[j] == "ADJ" or t.tag[j] == "VBN"):
            j -= 1  # "elite", "feared"
        if j < 1 or t.tag[j] != "POS":
            continue
        owner = ends.get(j)
        if owner is None or not owner.code or owner.sector not in _GROUP_SECTORS:
            continue
        ref.kind, ref.form = "organisation", "name"
        ref.code, ref.country, ref.sector = owner.code, owner.country, owner.sector
