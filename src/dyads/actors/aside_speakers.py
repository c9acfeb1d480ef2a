"""A "she said" set off by commas inside what one person said is the outer speaker's aside
(blind audit, round 108x: "Mrs. Schlafly replied … that she was pleased Ms. Friedan had said
that because, she said, the comment had made it plain …" gave the aside's "she" to Friedan,
the nearer woman).

The clause the aside sits in is already the content of the nearer reporter's saying ("Friedan
had said that"), so the aside does not attribute it to her again: it is the speaker of the
saying around that one ("Schlafly replied"). Only when two such reporters with named subjects
stand above the aside, and the outer one is of the pronoun's gender.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens

__all__ = ["aside_speaker"]

_GENDER = {"she": "f", "he": "m"}
_SAYING = frozenset({"say", "reply", "respond", "answer", "tell", "write", "add", "insist",
                     "explain", "argue", "note", "recall", "counter"})  # fmt: skip


def aside_speaker(linker: Linker, ref: Ref, history: list[Ref]) -> Ref | None:
    """The named speaker of the outer saying when ``ref`` is the subject of a parenthetical
    ", she said," inside another person's saying (see the module docstring); else None."""
    t = linker.t
    k = ref.start
    gender = _GENDER.get(t.lower[k])
    verb = t.head[k]
    if gender is None or t.dep[k] != "nsubj" or t.lemma[verb].lower() not in _SAYING:
        return None
    if k < 1 or t.lower[k - 1] != "," or verb + 1 >= len(t.lower) or t.lower[verb + 1] != ",":
        return None
    speakers: list[Ref] = []
    node, seen = t.head[verb], {verb}
    while node not in seen:
        seen.add(node)
        if t.lemma[node].lower() in _SAYING:
            subject = _named_subject(t, node, ref, history)
            if subject is None:
                return None  # a saying of someone unnamed: the words do not tell
            speakers.append(subject)
        node = t.head[node]
    if len(speakers) < 2 or speakers[1].actor == speakers[0].actor:
        return None
    outer = speakers[1]
    known = outer.gender or linker.genders.get(outer.actor or "")
    return outer if known == gender else None


def _named_subject(t: Tokens, verb: int, ref: Ref, history: list[Ref]) -> Ref | None:
    """The person ref of the named subject of ``verb`` in the pronoun's sentence."""
    dep, head = t.dep, t.head
    subjects = [i for i in range(len(dep)) if head[i] == verb and dep[i] == "nsubj" and i != verb]
    for i in subjects:
        for r in reversed(history):
            if r.start <= i < r.end and r.kind == "person" and r.sent == ref.sent and r.actor:
                return r
    return None
