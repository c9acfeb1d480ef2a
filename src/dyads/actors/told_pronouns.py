"""A "she" or "he" that a clause of telling or recommending gives to someone other than the
teller (blind audit, round 108x: "Betty Friedan … compared her to a religious heretic,
telling her in a debate that she should burn at the stake" and "Friedan … recommended that she
burn at the stake" gave "she", Phyllis Schlafly, to Friedan).

* "telling her … that she should …": the pronoun of the told clause has the form of the one
  told ("her" / "she"); the teller and the one told are of one gender, so the words cannot say
  which of them is meant;
* "recommended that she burn": a subjunctive ("she burn", no "-s", no auxiliary) after a verb
  of demanding is someone else's act, rarely the demander's own.

Either way the pronoun is left unresolved: precision first.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["either_pair", "told_other"]

_OBJECT = {"she": "her", "he": "him"}
_TELLING = frozenset({"tell", "warn", "remind", "inform", "assure", "advise", "urge", "write"})
_MANDATIVE = frozenset({"recommend", "suggest", "demand", "insist", "propose", "ask",
                        "urge", "request", "require", "order"})  # fmt: skip
_REACH = 8  # words between "telling her" and "that she"


def told_other(linker: Linker, ref: Ref) -> bool:
    """The subject pronoun ``ref`` opens a clause of telling or demanding whose subject the
    words cannot give to the teller (see the module docstring)."""
    t = linker.t
    k = ref.start
    obj = _OBJECT.get(t.lower[k])
    if obj is None or k < 2 or t.lower[k - 1] != "that" or ref.end != k + 1:
        return False
    if t.lemma[k - 2].lower() in _MANDATIVE and k + 1 < len(t.lower):
        verb = k + 1
        return t.tag[verb] in ("VB", "VBP") and t.lower[verb] == t.lemma[verb].lower()
    for j in range(k - 2, max(0, k - 2 - _REACH), -1):
        if t.sent[j] != t.sent[k]:
            return False
        if t.lemma[j].lower() in _TELLING and j + 1 < k and t.lower[j + 1] == obj:
            return True
    return False


_EITHER = frozenset({"he", "she", "him", "her", "his", "hers"})


def either_pair(linker: Linker, ref: Ref) -> bool:
    """The pronoun is one of a generic pair: "he or she", "his or her", "him/her" (round 85):
    anyone, no one named."""
    t, i = linker.t, ref.start
    after = i + 2 < len(t.text) and t.lower[i + 1] in ("or", "/") and t.lower[i + 2] in _EITHER
    before = i >= 2 and t.lower[i - 1] in ("or", "/") and t.lower[i - 2] in _EITHER
    return after or before
