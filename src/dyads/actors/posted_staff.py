"""Nationals killed in an attack on their own state's post abroad are that state's staff: "a
U.S. State Department compound and The Annex, a CIA station, were both attacked … ¶ Four
Americans died as a result of the attacks" were the ambassador, a diplomat and CIA security
officers, the US government (GOV), not American civilians (blind audit, round 107: USACVL).

A counted nationality plural ("Four Americans") that dies or is killed, in a sentence that or
the one before names a body of the same country's state on a post's noun ("State Department
compound", "the US embassy"), takes that state's code: GOV for a civil or intelligence body, MIL
for a military one. Used by :func:`dyads.actors.find_mentions`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["posted_staff"]

_POSTS = frozenset({"compound", "embassy", "consulate", "mission", "station", "annex", "outpost",
                    "base", "legation", "residence"})  # fmt: skip
_DYING = frozenset({"die", "kill", "slay", "murder", "perish"})
_STATE = {"GOV": "GOV", "SPY": "GOV", "MIL": "MIL"}


def posted_staff(linker: Linker, refs: list[Ref]) -> None:
    """Code as their state's staff the counted nationals who die beside an attacked post."""
    t = linker.t
    for ref in refs:
        if ref.kind != "group" or ref.sector != "CVL" or not ref.country or ref.number != "pl":
            continue
        last = ref.end - 1
        before = range(max(0, ref.start - 3), last)
        counted = any(t.head[k] == last and t.dep[k] == "nummod" for k in before)
        if not counted or t.lemma[t.head[last]].lower() not in _DYING:
            continue
        sector = _post_body(linker, refs, ref)
        if sector is not None:
            ref.sector, ref.code = sector, f"{ref.country}{sector}"


def _post_body(linker: Linker, refs: list[Ref], ref: Ref) -> str | None:
    """The sector the staff of the country's post named near ``ref`` take, if one is named."""
    t = linker.t
    for body in refs:
        if body.country != ref.country or body.sent not in (ref.sent, ref.sent - 1):
            continue
        sector = _STATE.get(body.sector or "")
        if sector is None:
            continue
        head = t.head[body.end - 1]
        if _POSTS & {t.lower[head], t.lower[body.end - 1]}:
            return sector  # "a U.S. State Department compound", "the US embassy"
        # "The Annex, a CIA station": the body names the post in an apposition
        if t.dep[head] == "appos" and t.lower[head] in _POSTS:
            return sector
    return None
