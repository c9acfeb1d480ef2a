"""The code an event is recorded under, given its mood (:func:`dyads.events.factuality.assess`):
asserted events keep their code; intended and threatened ones take CAMEO's intent (03x) and
threat (13x) codes; a cooperative act announced as one that will not happen is a refusal (12x)
and is not negated; a use of force one side accuses the other of ("accused China's coast guard of
firing water cannon at …") reports the incident and keeps its code; everything else gives no
event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from dyads.events.lexicon import Lexicon

__all__ = ["Kind", "Mood", "recode"]

Kind = Literal[
    "asserted",
    "intent",
    "aim",
    "threat",
    "hypothetical",
    "believed",
    "alleged",
    "questioned",
    "generic",
]
_UNREAL = ("hypothetical", "believed", "alleged", "questioned", "generic")
# an accusation of a concrete use of force reports the incident itself (news codes the water
# cannon, the shelling): those roots keep their code when only alleged
_INCIDENT_ROOTS = {"17", "18", "19", "20"}

# a cooperative act announced as one that will not happen -> CAMEO's matching refusal (12x),
# by the act's code, longest prefix first ("won't ease sanctions" 085 -> 1244)
_REFUSAL = {
    "081": "1241", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
    "061": "1211", "062": "1212", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124",
}  # fmt: skip


def _refusal_code(code: str) -> str | None:
    return _REFUSAL.get(code[:3]) or _REFUSAL.get(code[:2])


@dataclass(frozen=True, slots=True)
class Mood:
    negated: bool = False
    kind: Kind = "asserted"


# roots of words, not deeds: a plan to demand or criticise ("Obama decided to press Israel to
# freeze settlement construction") threatens no one (own reading, seed 78: 130)
_WORDS = frozenset({"10", "11"})


def recode(code: str, mood: Mood, lex: Lexicon, refusal: bool = False) -> tuple[str | None, bool]:
    """The code an event of ``mood`` is recorded under, and whether it is negated.

    Returns ``(None, …)`` when the event is not to be recorded as such: negated, hypothetical,
    alleged or questioned events, and intents of roots with no intent code. A refusal
    ("won't lift sanctions") returns the refusal code, not negated.
    """
    refused = _refusal_code(code) if refusal and mood.negated else None
    if refused is not None:
        return refused, False
    if mood.kind == "alleged" and not mood.negated and code[:2] in _INCIDENT_ROOTS:
        return code, False  # "accused China's coast guard of firing water cannon at …"
    if mood.negated or mood.kind in _UNREAL:
        return None, mood.negated
    if mood.kind == "asserted":
        return code, False
    root = code[:2]
    if root in ("03", "13"):
        return code, False
    intent, threat = _by_code(lex.intent, code), _by_code(lex.threat, code)
    if mood.kind in ("intent", "aim") and intent:
        return intent, False
    if mood.kind == "aim":
        return None, False  # an aim to do harm is no threat made
    if threat and (mood.kind == "threat" or root not in _WORDS):
        return threat, False
    return (intent if mood.kind == "threat" else None), False


def _by_code(table: Mapping[str, str], code: str) -> str | None:
    """The most specific entry for ``code``: the code, its base (3 digits), its root."""
    return table.get(code) or table.get(code[:3]) or table.get(code[:2])
