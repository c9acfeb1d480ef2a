"""The authority that arrests, when the report names only the arrested and the place.

"Meyendorff was arrested in Buenos Aires in April 2011" names no agent, yet a coder records
the arrest: by the police of the country where it happened. Only the arrest and detention
codes (173, 1731) and only with a place in the trigger's own clause; a passive with no place
("was arrested in 2009") stays without an event, as does any other deed. Blind audits, rounds
33-34: 13 of 129 missed events were such arrests.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.gazetteer import load_gazetteer
from dyads.events.sides import Arg, MentionIndex
from dyads.records import Side

_ARREST_CODES = frozenset({"173", "1731"})
_PLACE_PREPS = frozenset({"in", "at"})


def arresting_authority(index: MentionIndex, verb: Token, code: str) -> list[Arg]:
    """``[Arg]`` for the police of the country named by an "in"/"at" place phrase of a passive
    arrest verb with no by-agent; ``[]`` otherwise. The side's text and span are the place's
    (the evidence the inference rests on); its code is ISO-3 + ``COP``."""
    if code not in _ARREST_CODES or verb.tag_ != "VBN":
        return []
    deps = {c.dep_ for c in verb.children}
    if "agent" in deps or not deps & {"nsubjpass", "auxpass"}:
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            mention = index[place.i]
            if mention is None or mention.kind != "country" or not mention.country:
                continue
            country = mention.country
            adjective = load_gazetteer().adjective(country) or country
            side = Side(
                text=mention.text,
                span=mention.span,
                actor=f"{adjective} police",
                code=country + "COP",
                country=country,
                sector="COP",
            )
            return [Arg(side, place, "place-authority")]
    return []
