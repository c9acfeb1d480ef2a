"""What a country's name on a noun makes of a side: its state's act, or a group of its people.

"supporting Colombia's efforts to negotiate a settlement" acts on the Colombian state (blind
audit, round 110: the bare country COL); "imposed sanctions on two Serbian nationalist groups"
acts on the groups, not on Serbia (a new user's trial, session 29: GBR 163 SRB). Helper of
:mod:`dyads.events.sides`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads.records import Side

__all__ = ["owned_by_country"]

# what only a state does, as a country's own ("Colombia's efforts", "Iran's decision")
_ACTS = frozenset({"effort", "policy", "decision", "bid", "attempt", "initiative", "strategy",
                   "proposal", "offer", "request", "stance"})  # fmt: skip
# bodies of people a national adjective only places: "Serbian nationalist groups"
_GROUPS = frozenset({"group", "organization", "organisation", "movement", "faction", "network",
                     "association", "outfit", "collective", "cell"})  # fmt: skip


def owned_by_country(side: Side, tok: Token, at: Token, modifier: bool) -> Side | None:
    """The side for a bare country (no sector) found on ``at``, a possessor or national
    modifier of the noun ``tok``: its government for a state's act ("Colombia's efforts"), an
    uncoded side for a group of its people ("Serbian nationalist groups": who they are, the
    adjective does not say); None when neither holds (the caller goes on)."""
    if not side.country or side.sector:
        return None
    noun = tok.lemma_.lower()
    if at.dep_ == "poss" and noun in _ACTS:
        return replace(side, sector="GOV", code=side.country + "GOV")
    if modifier and tok.pos_ == "NOUN" and noun in _GROUPS:
        return Side(text=side.text, span=side.span)
    return None
