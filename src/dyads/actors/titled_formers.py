"""A past head of state or government the text still titles by the office ("President Bill
Clinton" in 2016) is the country's elite (CAMEO's ELI) on the publication day, as "former
President Bill Clinton" and the bare "Bill Clinton" already are (:mod:`.past_holders`).

Blind audit, round 107: "the agenda of President Bill Clinton" in a 2016 article coded every
mention of him, "the Clinton years" and "Clinton's criminal justice reforms" included, as the
US government (USAGOV). The office-holder table decides: every head term of the person's one
country has ended by the publication day and the person holds no office then. A term the text
gives him ("during President Bill Clinton's tenure") is still his government's
(:func:`dyads.actors.terms.terms_owned`, run after this one), and an event the text dates in
his term takes the office he held then (:mod:`dyads.events.tenure`).
"""

from __future__ import annotations

from dyads.actors.officeholders import former_country, holders, known_holder
from dyads.records import Mention

__all__ = ["titled_formers"]

# the title words of a head of state or government
_HEAD_TITLES = ("president", "prime minister", "premier", "chancellor")
_HEADS = frozenset({"head of state", "head of government"})


def titled_formers(mentions: list[Mention], published: str | None) -> None:
    """Code as ``ELI`` every ``GOV`` mention of a person a head-of-state title was given whom
    the table shows out of every head office of that country on ``published``."""
    if not published:
        return
    titled = {
        m.actor for m in mentions
        if m.kind == "person" and m.sector == "GOV" and m.actor and " " in m.actor.strip()
        and (m.role or "").lower().endswith(_HEAD_TITLES)
    }  # fmt: skip
    for name in titled:
        country = former_country(name, published)
        if country is None or known_holder(name, published) is not None:
            continue
        if not any(h.office in _HEADS and h.country == country for h in holders(name, None)):
            continue
        for m in mentions:
            if m.actor == name and m.kind == "person" and m.code == f"{country}GOV":
                m.sector, m.code = "ELI", f"{country}ELI"
