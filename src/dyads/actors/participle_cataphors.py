"""A pronoun inside a sentence's opening participial phrase points ahead to the main clause's
subject, a person named right after the phrase closes: "Hastily politicizing the tragedy in
Nice ― much like he did after the deadly attacks in Paris in January of last year ― Trump cast
the blame on his rivals" (blind audit, round 111: "he" went to a French priest named in the
paragraph before, FRAREL). By the words, not the parse: the parser mangles such sentences.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["participle_cataphor"]

_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
# what closes the opening phrase before the main clause's subject
_CLOSERS = frozenset({",", "―", "—", "–", "--", "-"})
_OPENERS = frozenset({'"', "“", "''", "``", "'", "‘", "(", "\n", "\n\n"})


def participle_cataphor(linker: Linker, ref: Ref) -> Ref | None:
    """The person named as the subject after the participial phrase that opens ``ref``'s
    sentence and holds ``ref`` (see the module docstring); None when no such name comes
    first after the pronoun, or a person is named in the phrase before it."""
    t = linker.t
    if t.lower[ref.start] not in _PRONOUNS:
        return None
    first = ref.start
    while first > 0 and t.sent[first - 1] == ref.sent:
        first -= 1
    while first < ref.start and (t.text[first] in _OPENERS or t.text[first].isspace()):
        first += 1
    opener = first + 1 if t.pos[first] == "ADV" else first
    if opener >= ref.start or t.tag[opener] not in ("VBG", "VBN"):
        return None
    # the parser may end the sentence at the closing dash: the subject opens the next one
    people = [r for r in linker.refs if r.sent in (ref.sent, ref.sent + 1) and r.kind == "person"]
    if any(first <= r.start < ref.start for r in people):
        return None  # "Meeting Obama, he …": the phrase names its own person
    after = [r for r in people if r.start > ref.end and r.form != "pronoun"]
    if not after:
        return None
    named = min(after, key=lambda r: r.start)
    if named.form not in ("name", "surname") or named.number != "sg":
        return None
    if t.text[named.start - 1] not in _CLOSERS or named.gender not in (None, ref.gender):
        return None
    return named
