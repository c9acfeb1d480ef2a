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


_PLURALS = frozenset({"they", "them", "their"})
# what opens a fronted adverbial clause: "Perhaps so that we can see them, or maybe because
# they don't care at all if we see them, the gang members … pass a pistol"
_SUBORDINATORS = frozenset({"so", "because", "as", "while", "when", "whenever", "if", "although",
                            "though", "since", "after", "before", "once", "until"})  # fmt: skip


def fronted_plural_cataphor(linker: Linker, ref: Ref) -> tuple[bool, Ref | None]:
    """For a plural pronoun in the fronted adverbial clause that opens its sentence, before
    a plural group named as the subject right after the clause: whether the rule applies, and
    that group, unless the sentence before names a plural group too ("Protesters gathered.
    While they marched, the police watched": either may be meant, so no one). Blind audit,
    round 111: "them" went to the police of the sentence before (SLVCOP). Not when a plural is
    named in the clause before the pronoun, or "them" follows the group (then it is who the
    pronoun is: "Because they were late, the police arrested them")."""
    t = linker.t
    if t.lower[ref.start] not in _PLURALS:
        return False, None
    first = ref.start
    while first > 0 and t.sent[first - 1] == ref.sent:
        first -= 1
    while first < ref.start and not t.text[first].isalpha():
        first += 1
    while first < ref.start and t.pos[first] == "ADV" and t.lower[first] not in _SUBORDINATORS:
        first += 1
    if first >= ref.start or t.lower[first] not in _SUBORDINATORS:
        return False, None
    plurals = [r for r in linker.refs if r.sent == ref.sent and r.number == "pl"]
    if any(first <= r.start < ref.start and r.form != "pronoun" for r in plurals):
        return False, None
    after = [r for r in plurals if r.start > ref.end and r.form != "pronoun"]
    if not after:
        return False, None
    group = min(after, key=lambda r: r.start)
    j = group.start - 1
    while j > ref.end and t.pos[j] == "DET":
        j -= 1
    if t.text[j] != "," or group.kind not in ("group", "person"):
        return False, None
    end = next((k for k in range(group.end, len(t.text)) if t.sent[k] != ref.sent), len(t.text))
    if any(t.lower[k] == "them" for k in range(group.end, end)):
        return False, None
    before = [
        r for r in linker.refs
        if r.sent == ref.sent - 1 and r.number == "pl" and r.kind in ("group", "person")
        and r.form != "pronoun"
    ]  # fmt: skip
    return True, (None if before else group)
