"""What a definite description may point back to: the kind of earlier mention "the country",
"the agency", "the organization" or "the alliance" takes (targets written in the descriptions
table), and a state body named with its country in the sentence of "the country". Used by
:mod:`dyads.actors.coref`."""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["description_fits", "state_body_here"]


def description_fits(target: str, ref: Ref) -> bool:
    """``ref`` is what the description target ``target`` of a definite description asks for
    ("country", "media", "named:agency+bureau", "org:*", "igo:TYPE+…")."""
    if target == "country":
        return ref.kind == "country" and ref.country is not None
    if target == "media":
        return ref.kind == "media" and ref.igo_type != "press"  # an outlet, not the press
    if target.startswith("named:"):  # "the agency" -> "Drug Enforcement Administration"
        name = (ref.actor or "").split(" of ")[0]  # "Federal Bureau of Investigation"
        last = name.rsplit(" ", 1)[-1].lower()
        return ref.kind == "organisation" and bool(ref.code) and last in target[6:].split("+")
    if target == "org:*":  # "the organization" after the 'Ndrangheta, not Interpol before it
        # a company or group no table codes is one too ("United Gun Group said … the
        # organization wrote"); a court or ministry is never so called (round 88: USAJUD)
        named = bool(ref.code) or ref.form == "name"
        return ref.kind == "organisation" and named and ref.sector not in _STATE_BODIES
    if target.startswith("igo:"):
        # "igo:alliance+union+forum": "|" parts the targets of a row, "+" the types of one
        # ("the bloc" after the European Union was unresolved while "|" did both; a new user's
        # trial, session 27)
        types = target[4:].split("+")
        return bool(ref.code and ref.code.startswith("IGO")) and (
            "*" in types or ref.igo_type in types
        )
    return False


# sectors of the state's own bodies: "the organization" is none of them
_STATE_BODIES = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY"})


def state_body_here(linker: Linker, candidate: Ref, ref: Ref) -> bool:
    """``candidate`` is a body of a state's in the sentence of "the country" ``ref``, whose own
    words name its country ("the Mexican government", not a bare "the government")."""
    body = candidate.kind in ("organisation", "group") and candidate.sector in _STATE_BODIES
    if not body or not candidate.country or candidate.sent != ref.sent:
        return False
    entries = (linker.entry_at[k] for k in range(candidate.start, candidate.end))
    return any(e is not None and e.country == candidate.country for e in entries)
