"""Pronoun kinds of the blind audit of round 98, used by :mod:`dyads.actors.antecedents`.

* "the government announced an initiative called “Intelligent Patrolling.” It divides …":
  a subject "it" opening the sentence after one whose object is a thing given a name
  ("called", "named", "dubbed") is that thing, not the subject that announced it;
* "Federal Police attacked a vehicle with CIA personnel inside because they may have
  mistook …": a subject "they" of a "because" clause is the subject of the clause it explains;
* "Castano told him that Don Berna planned to kill them": a "they" or "them" after two people
  of its own sentence is those people, whom no one code stands for, not a group of a sentence
  before;
* "more than one researcher scratching their head": a "their" after a singular noun of a
  distributive ("each", "every", "more than one") is that noun's.

Round 104: a "they" that stands for things is no actor: the subject of a clause joined to one
whose subject is a plural thing ("These intercepts don't provide authorities with message
content, but they do scoop up … metadata"), or a passive subject whose nearest plural noun
before it is a thing its clause acts on ("obey the laws and ensure accountability when they are
broken"). A subject "they" of a fronted clause is the main clause's plural subject after it
("As they navigated the halls, some Republicans could be heard grousing"), not the voters of
the sentence before.

Round 114: an "it" whose antecedent is a body of the sentence before, where a thing is the
subject of a clause above the body's ("The attack has allowed the government to …. However, it
also serves as a diversion"), is that thing, no body.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["explained_subject", "fronted_they", "misread", "thing_above", "things_meant"]

_NAMING = frozenset({"call", "name", "dub", "title", "know", "brand", "label"})
_SUBJECTS = ("nsubj", "nsubjpass")
_REASONS = frozenset({"because", "since", "as"})
# not "no", "any": "Republicans have no intention of dialing back their protest" (round 53)
_DISTRIBUTIVES = frozenset({"each", "every", "another"})


def named_thing_before(linker: Linker, ref: Ref, antecedent: Ref) -> bool:
    """A subject "it" opening its sentence, whose antecedent is in the sentence before, where
    an object noun after the antecedent is given a name ("an initiative called “X”")."""
    t = linker.t
    i = ref.start
    if t.lower[i] != "it" or t.dep[i] not in ("nsubj", "nsubjpass") or antecedent.sent >= ref.sent:
        return False
    if i > 0 and t.sent[i - 1] == t.sent[i]:
        return False  # not the sentence's first word
    covered = {k for r in linker.refs if r.code for k in range(r.start, r.end)}
    for k in range(antecedent.end, i):
        if t.sent[k] != antecedent.sent or t.dep[k] != "dobj" or t.pos[k] != "NOUN":
            continue
        if k in covered:
            continue
        named = any(
            t.head[c] == k and t.dep[c] == "acl" and t.lemma[c] in _NAMING
            for c in range(k + 1, min(len(t.text), k + 4))
        )
        if named:
            return True
    return False


_TIMES = frozenset({"time", "year", "month", "week", "day", "decade", "today", "moment"})


def thing_above(linker: Linker, ref: Ref, antecedent: Ref) -> bool:
    """An "it" whose antecedent is a body of the sentence before, where a singular thing no
    ref covers is the subject of a clause above the antecedent's: "The attack has allowed the
    new Paraguayan government to introduce legislation …. However, it also serves as a
    diversion" is the attack, "… while it is positive that the government has adopted the
    term, this initiative does not reflect an understanding of it. Rather, it simply adds …" the
    initiative (blind audit, round 114: both coded as the government). The sentence is about
    the thing; the body only acts in a clause under it."""
    t = linker.t
    if t.lower[ref.start] != "it" or antecedent.sent != ref.sent - 1:
        return False
    inside = range(antecedent.start, antecedent.end)
    covered = {k for r in linker.refs if r.code for k in range(r.start, r.end)}
    k = antecedent.end - 1
    for _ in range(12):
        if t.head[k] == k:
            return False
        k = t.head[k]
        if k in inside:
            continue
        for c in range(max(0, k - 30), k):
            if t.head[c] != k or t.dep[c] not in _SUBJECTS or c in inside or c in covered:
                continue
            if t.tag[c] == "NN" and t.pos[c] == "NOUN" and t.lower[c] not in _TIMES:
                return True
    return False


def explained_subject(linker: Linker, ref: Ref, recent: list[Ref]) -> Ref | None:
    """The subject of the clause a "because" clause explains, for a subject "they" of it."""
    t = linker.t
    i = ref.start
    if t.dep[i] not in ("nsubj", "nsubjpass"):
        return None
    verb = t.head[i]
    if t.dep[verb] != "advcl":
        return None
    if not any(t.head[c] == verb and t.dep[c] == "mark" and t.lower[c] in _REASONS
               for c in range(max(0, verb - 12), verb)):  # fmt: skip
        return None
    main = t.head[verb]
    for r in reversed(recent):
        if r.sent != ref.sent or r.kind not in ("group", "organisation", "person"):
            continue
        if r.kind == "person" and r.number != "pl":
            continue
        if any(
            t.head[k] == main and t.dep[k] in ("nsubj", "nsubjpass") for k in range(r.start, r.end)
        ):
            return r
    return None


def people_of_sentence(linker: Linker, ref: Ref, recent: list[Ref], antecedent: Ref) -> bool:
    """Two or more single people stand before the plural pronoun in its sentence, and the
    antecedent is from a sentence before: the pronoun is those people."""
    if antecedent.sent >= ref.sent:
        return False
    people = {
        r.actor for r in recent
        if r.sent == ref.sent and r.start < ref.start and r.kind == "person" and r.number == "sg"
    }  # fmt: skip
    return len(people) >= 2


def distributive(linker: Linker, antecedent: Ref, ref: Ref) -> bool:
    """A singular common noun after a distributive ("each", "every", "more than one") stands
    between the antecedent and "their" in the pronoun's sentence: "their" is that noun's."""
    t = linker.t
    if t.lower[ref.start] != "their":
        return False
    for k in range(max(antecedent.end, 1), ref.start):
        if t.sent[k] != ref.sent or t.tag[k] != "NN":
            continue
        coded = any(r.start <= k < r.end and r.code for r in linker.refs)
        # "one" only in "more than one researcher", not "has one vote"
        one = t.lower[k - 1] == "one" and k >= 2 and t.lower[k - 2] == "than"
        if (t.lower[k - 1] in _DISTRIBUTIVES or one) and not coded:
            return True
    return False


def misread(linker: Linker, ref: Ref, recent: list[Ref], antecedent: Ref) -> bool:
    """The antecedent found for the it/they ``ref`` is wrong by one of the module's kinds."""
    if ref.pron == "plural":
        return people_of_sentence(linker, ref, recent, antecedent) or distributive(
            linker, antecedent, ref
        )
    return named_thing_before(linker, ref, antecedent) or thing_above(linker, ref, antecedent)


def things_meant(linker: Linker, ref: Ref) -> bool:
    """The subject "they" at ``ref`` stands for plural things no ref covers (round 104): the
    subject of the clause its clause is joined to ("These intercepts don't …, but they do
    scoop up"), or, for a passive "they", the nearest plural noun before it in its sentence
    when that noun is an object ("obey the laws … when they are broken")."""
    t = linker.t
    i = ref.start
    if t.lower[i] != "they" or t.dep[i] not in _SUBJECTS:
        return False
    verb = t.head[i]
    covered = {k for r in linker.refs for k in range(r.start, r.end)}
    if t.dep[verb] == "conj" and t.head[verb] < verb:
        first = [k for k in range(max(0, t.head[verb] - 12), t.head[verb])
                 if t.head[k] == t.head[verb] and t.dep[k] in _SUBJECTS]  # fmt: skip
        if first:
            k = first[-1]
            return t.tag[k] == "NNS" and t.pos[k] == "NOUN" and k not in covered
    if t.dep[i] != "nsubjpass":
        return False
    before = [k for k in range(max(0, i - 20), i) if t.sent[k] == t.sent[i]
              and t.tag[k] in ("NNS", "NNPS")]  # fmt: skip
    if not before:
        return False
    k = before[-1]
    return t.dep[k] == "dobj" and t.pos[k] == "NOUN" and k not in covered


_FRONTED = frozenset({"as", "when", "while", "after", "before", "because", "since", "if",
                      "although", "though", "once", "until"})  # fmt: skip


def fronted_they(linker: Linker, ref: Ref) -> tuple[bool, Ref | None]:
    """For a subject "they" of a fronted adverbial clause ("As they navigated the halls, some
    Republicans could be heard grousing"): whether the main clause's subject after it is a
    plural noun, and the ref that covers it (None when no ref does: the pronoun is then those
    uncoded people, no one before)."""
    t = linker.t
    i = ref.start
    if t.lower[i] != "they" or t.dep[i] not in _SUBJECTS:
        return False, None
    verb = t.head[i]
    main = t.head[verb]
    if t.dep[verb] != "advcl" or main == verb or main < verb:
        return False, None
    if not any(t.head[c] == verb and t.dep[c] in ("mark", "advmod") and t.lower[c] in _FRONTED
               for c in range(max(0, verb - 8), i)):  # fmt: skip
        return False, None
    subject = next((k for k in range(verb + 1, main) if t.head[k] == main
                    and t.dep[k] in _SUBJECTS), None)  # fmt: skip
    if subject is None or t.tag[subject] not in ("NNS", "NNPS"):
        return False, None
    if any(t.lower[k] == "them" and t.sent[k] == t.sent[i] for k in range(main, len(t.text))):
        # "while they do not have extensive training, average people see them as more honest":
        # "they" is who "them" is, never the subject that sees them
        return False, None
    found = next((r for r in linker.refs if r.start <= subject < r.end and r.number == "pl"), None)
    return True, found
