"""Whose a group is when the parser hangs its "from" on the verb: "Russia expelled diplomats
from Poland, Germany and Sweden" expels those countries' diplomats (a new user's trial,
session 25: the expulsion was lost, the diplomats having no country)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads.events.index import MentionIndex
from dyads.events.sides import Arg

__all__ = ["from_countries"]


def from_countries(index: MentionIndex, verb: Token, args: list[Arg]) -> list[Arg]:
    """``args`` with each object group that has a sector ("diplomats": GOV) and no country, or
    the first country of its own "from" list, replaced by one argument per country that its
    own or the verb's "from" phrase names, the group's sector kept (``POLGOV``, ``DEUGOV`` …;
    "ordered out diplomats from Britain and Canada" is both). A "from" phrase naming no
    country leaves the group as it was; so does any argument that is no object."""
    out: list[Arg] = []
    for arg in args:
        side = arg.side
        own = _from_countries(index, arg.token)
        # a group with a country of its own was put out of a place: "expelled the Gulf Cartel
        # from Nuevo Laredo" (round 69's guard)
        countries = own or ([] if side.country else _from_countries(index, verb))
        if (
            arg.path != "dobj"
            or not side.sector
            or not countries
            or side.country not in (None, countries[0][0])
        ):
            out.append(arg)
            continue
        for country, tok in countries:
            new = replace(side, country=country, code=country + side.sector)
            new.actor = f"{country} {arg.token.lower_}"
            out.append(Arg(new, tok, "dobj-from", arg.person))
    return out


def _from_countries(index: MentionIndex, head: Token) -> list[tuple[str, Token]]:
    found: list[tuple[str, Token]] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for tok in (obj, *obj.conjuncts):
                mention = index[tok.i]
                if mention is not None and mention.country and mention.kind == "country":
                    found.append((mention.country, tok))
    return found
