"""What the sides could have done: words, not force, from those who bear no arms.

Owns the rules that recode or drop an event its sources could not have done as coded, each
from a blind-audit round (``docs/AUDITS.md``): politicians and the press attack in words (111),
a candidate "prosecuting" a rival argues; a win at the polls, an unarmed "battle" and people
"arriving" are no events.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.frames import in_words
from dyads.events.sides import Arg

__all__ = ["by_capacity", "on_air"]

_FORCE = {"18", "19"}
# "fired back"; "Clinton's gun control offensive against Sanders" (blind audit, round 54: 190)
_WORDS_OR_FORCE = {"attack", "hit", "blast", "slam", "strike", "target", "fire", "offensive",
                   "assault", "onslaught", "barrage", "blitz"}  # fmt: skip
_UNARMED = {"PTY", "LEG", "ELI", "MED", "OPP", "JUD", "EDU", "HRI", "NGO", "LAB", "BUS"}
_VERBAL_ATTACK = "111"
_ARGUED = {"prosecute", "indict", "convict"}
_NO_PROSECUTOR = {"PTY", "LEG", "ELI", "MED", "OPP", "EDU", "HRI", "NGO", "LAB", "BUS", "CVL"}
# politicians beat each other at the polls: no force, and no CAMEO event (blind audit, round 3)
_WINS = {"beat", "defeat", "trounce", "crush", "rout", "edge"}
_CONTESTS = {"battle", "fight", "war", "struggle", "fighting", "showdown", "duel", "clash"}
_VISITS = {"042", "043", "044"}
_POLLS = {"election", "primary", "caucus", "vote", "poll", "race", "ballot", "runoff",
          "nomination", "contest", "challenge", "delegate", "electorate"}  # fmt: skip


def by_capacity(final: str | None, tok: Token, sources: list[Arg]) -> tuple[str | None, bool]:
    """The CAMEO code ``final`` (from the trigger ``tok``) as ``sources`` could have done it,
    and False when they could not have done it at all.

    "Trump attacked Clinton" is criticism (111), not force; so is a person who "attacked
    President Obama in 2008 for being too tough on guns" (round 37) and a candidate who
    "aggressively prosecuted" a rival at a debate (round 45). "Trump beat the senator from
    Texas by 22 points" (round 9), "her nominating battle against Sanders" (round 12) and
    migrants "arriving" are no events.
    """
    force = final is not None and final[:2] in _FORCE
    lemma = tok.lemma_.lower()
    unarmed = all(s.side.sector in _UNARMED for s in sources) or (
        in_words(tok) and all(s.person for s in sources)
    )
    if force and lemma in _WINS and (unarmed or _at_polls(tok)):
        return final, False
    if force and lemma in _WORDS_OR_FORCE and unarmed:
        final = _VERBAL_ATTACK
    argued = final is not None and final[:2] == "17" and lemma in _ARGUED
    if argued and all(s.side.sector in _NO_PROSECUTOR for s in sources):
        final = _VERBAL_ATTACK  # a candidate argues a case; she cannot bring one
    if final is not None and final[:2] in _FORCE and lemma in _CONTESTS and unarmed:
        return final, False
    if final is not None and final[:3] in _VISITS and any(_people(s) for s in sources):
        return final, False  # migrants arriving, traffickers moving: not an official visit
    return final, True


def _at_polls(tok: Token) -> bool:
    """The win's sentence is about an election ("in a home-state election Tuesday")."""
    return any(t.lemma_.lower() in _POLLS for t in tok.sent)


def _people(arg: Arg) -> bool:
    """The side is a people ("Dominicans", "Bolivian criminal groups"), not an envoy."""
    return arg.token.tag_ in ("NNPS", "NNS") or arg.side.sector in ("CVL", "CRM", "REF")


def on_air(final: str, source: Arg, target: Arg) -> bool:
    """A visit to, or a meeting with, the press is an interview, where quotations come from,
    not diplomacy: "Sanders visited NBC's 'Today' to discuss his remarks" (blind audit, round
    53: coded 042 against NBC), "met with the Times editorial board"."""
    return final[:2] == "04" and "MED" in (source.side.sector, target.side.sector)
