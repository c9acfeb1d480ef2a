"""People the text names plainly who were their country's head of state or government before
the publication day: its elite (CAMEO's ELI), as "former President Bill Clinton" already is.

"Bill Clinton campaigned for his wife" in 2016 names a former president with no title; the
dated office-holder table knows his terms ended in 2001, and the linker, finding no office on
the day, left him uncoded (blind audit, round 92; a "former" before the name made him USAELI).
Only a past head's full name (not a surname alone) whose terms are all of one country the
article itself names or is set in, who holds no office on the day and whom no rule coded
otherwise, takes the code, on its full-name and pronoun mentions: a namesake elsewhere stays a
name. Used by :func:`dyads.actors.find_mentions`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.officeholders import former_country, holders, known_holder
from dyads.records import Mention

# a surname alone may be another of the family ("Clinton" in 2016 is seldom Bill): only the
# full name and the pronouns resolved to it take the code
_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
# offices whose past holders stay the country's elite by rank; a past minister or official with
# no title in the text is only a name ("outside a term a name is only a name")
_HEADS = frozenset({"head of state", "head of government"})


def past_holders(mentions: list[Mention], linker: Linker, published: str | None) -> None:
    """Code each uncoded person the table shows out of office on ``published`` as ``ELI``."""
    if not published:
        return
    coded = {m.actor for m in mentions if m.code}
    names = {
        m.actor for m in mentions
        if m.kind == "person" and m.actor and " " in m.actor.strip() and m.actor not in coded
    }  # fmt: skip
    if not names:
        return
    here = {e.country for e in linker.entry_at if e is not None and e.country}
    here |= {c for c in (linker.dateline_country, linker.dominant) if c}
    for name in names:
        if not any(h.office in _HEADS for h in holders(name, None)):
            continue
        country = former_country(name, published)
        if country is None or country not in here or known_holder(name, published) is not None:
            continue
        given = name.split()[0]
        for m in mentions:
            if m.actor != name or m.code or m.kind != "person":
                continue
            if given in m.text or m.text.lower() in _PRONOUNS:
                m.country, m.sector, m.code = country, "ELI", f"{country}ELI"
