"""Things that stand between an antecedent and "it" / "they": the pronoun is theirs, not the
actor's (moved from :mod:`dyads.actors.antecedents` in blind-audit round 84, with the rule of
that round: a plural subject noun of a clause fronted to the pronoun's own clause, "If your
“principles” involve giving Hillary control of the Supreme Court, they are not principles", is
what "they" continues).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.own_noun import inside_own_phrase
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens, reaches, verb_above

# Nouns that stand between an antecedent and "it" / "they" as what the pronoun more likely
# means: "hand grenades finding their way", "allow the planes to carry … them", "the bombing
# campaign … it" (blind audit, rounds 5-9: "it" was right on 11 of 29 rows, they/them/their
# on 70 of 131; a third of the wrong ones pointed an actor at such a thing).
_BLOCKING_DEPS = {"nsubj", "nsubjpass", "dobj"}
_PLURAL_BLOCKING_DEPS = _BLOCKING_DEPS | {"pobj", "conj"}
_TIME_NOUNS = {"time", "year", "years", "month", "months", "week", "weeks", "day", "days",
               "decade", "decades", "hour", "hours", "today", "minute", "minutes"}  # fmt: skip
# singular nouns of a set of people, which "their" continues like a plural ("The pair also
# employed the Urabenos to provide security for their shipments", blind audit, round 90)
_COLLECTIVES = frozenset({"pair", "duo", "trio", "couple", "twosome", "threesome"})
# heads of a partitive "N of them": a number or a quantifier
_QUANTIFIERS = frozenset({"some", "many", "most", "all", "none", "few", "several", "half",
                          "each", "one", "any", "both", "majority", "dozens", "hundreds",
                          "thousands"})  # fmt: skip


def interposed(linker: Linker, antecedent: Ref, ref: Ref) -> bool:
    """A common noun of the pronoun's number, no actor of its own, stands between the
    antecedent and the pronoun, in the pronoun's sentence, as a subject or object (for
    they/them/their also a preposition's object or a conjunct), or is the subject of a
    possessive's own clause or of a clause fronted to a subject pronoun's (round 84): the
    pronoun is that thing's, not the actor's."""
    t = linker.t
    plural = ref.pron == "plural"
    if inside_own_phrase(linker, antecedent, ref):
        return True  # "the personnel under their authority" (blind audit, round 110)
    deps = _PLURAL_BLOCKING_DEPS if plural else _BLOCKING_DEPS
    tags = ("NNS",) if plural else ("NN",)
    covered = {i for r in linker.refs if r.actor or r.code for i in range(r.start, r.end)}
    subject = _clause_subject(linker, ref.start)
    thing = subject is not None and subject not in covered and t.pos[subject] == "NOUN"
    collective = plural and subject is not None and t.lower[subject] in _COLLECTIVES
    numbered = thing and (t.tag[subject] in tags or collective)
    if numbered and not antecedent.start <= subject < antecedent.end:
        return True  # "hand grenades from the army are finding their way"
    fronted = _fronted_subject(linker, ref.start)
    loose = fronted is not None and fronted not in covered and t.pos[fronted] == "NOUN"
    loose = loose and not _heads(t, fronted, antecedent)  # "members of the police … , they"
    if loose and t.tag[fronted] in tags and not antecedent.start <= fronted < antecedent.end:
        return True  # "If your “principles” involve …, they are not principles" (round 84)
    if plural and _partitioned(linker, antecedent, ref.start, covered):
        return True  # "officials announced that 8,149 prisoners had been freed, 845 of them"
    if _governs(linker, antecedent, ref.start):
        return False  # "the bombers killed 23 people when they blew themselves up"
    for i in range(antecedent.end, ref.start):  # within the pronoun's own sentence
        if t.sent[i] != t.sent[ref.start] or t.quote[i] != ref.quote or i in covered:
            continue
        if t.pos[i] != "NOUN":
            continue
        if t.tag[i] in tags and t.dep[i] in deps and t.lower[i] not in _TIME_NOUNS:
            return True
        if plural and t.tag[i] == "NNS" and _misread_subject(t, i):
            return True  # "The Chinese migrants travel by plane to Brazil, where they …"
    return False


def _misread_subject(t: Tokens, i: int) -> bool:
    """The plural noun at ``i`` is the subject the parser read as a compound of a verb it took
    for a noun at the sentence's root ("The Chinese migrants travel by plane": "travel" a noun,
    "migrants" its compound; blind audit, round 110: "they" went to the Dominicans before)."""
    head = t.head[i]
    return (
        t.dep[i] == "compound"
        and head == i + 1
        and t.dep[head] == "ROOT"
        and t.pos[head] == "NOUN"
        and t.tag[head] == "NN"
    )


def _governs(linker: Linker, antecedent: Ref, i: int) -> bool:
    """The antecedent is the subject of a verb whose subordinate clause (a "when", "that" or
    infinitive clause, not a clause joined by "and") holds token ``i``; an infinitive after an
    object is the object's."""
    t = linker.t
    heads = {t.head[k] for k in range(antecedent.start, antecedent.end)
             if t.dep[k] in ("nsubj", "nsubjpass")}  # fmt: skip
    k, crossed = i, False
    for _ in range(12):
        if t.head[k] == k:
            return False
        dep, k = t.dep[k], t.head[k]
        if dep == "xcomp" and any(t.head[c] == k and t.dep[c] == "dobj" for c in range(k, i)):
            return False  # "the police urged citizens to register their firearms": theirs
        crossed = crossed or dep in ("advcl", "ccomp", "xcomp")
        if k in heads:
            return crossed
    return False


def _clause_subject(linker: Linker, i: int) -> int | None:
    """The subject before token ``i`` of the nearest verb above a possessive pronoun ("their"
    in "grenades are finding their way": "grenades"); None for other pronouns. A to-infinitive
    without a subject of its own is its clause's ("The pair employed the gang to guard their
    shipments": "pair"), and "for X to" gives it one ("for the coalition to increase its
    efforts": "coalition"; blind audit, round 90)."""
    t = linker.t
    if t.dep[i] != "poss":
        return None
    k = verb_above(t, t.head[i], 3)
    if k is None:
        return None
    verbs = {k}
    # "rifles keep turning up in their holsters": climb to the verb whose subject it is
    while t.head[k] != k and _for_subject(t, k) is None:
        purpose = t.dep[k] == "advcl" and t.lower[k - 1] == "to"
        if t.dep[k] != "xcomp" and not purpose:
            break
        k = t.head[k]
        verbs.add(k)
    c = i - 1
    while c >= 0 and t.sent[c] == t.sent[i]:
        if t.head[c] in verbs and t.dep[c] in ("nsubj", "nsubjpass"):
            return c
        if c + 2 in verbs and t.lower[c + 1] == "to" and c == _for_subject(t, c + 2):
            return c
        c -= 1
    return None


def _for_subject(t: Tokens, verb: int) -> int | None:
    """The noun a "for" puts before the to-infinitive at ``verb`` as its doer ("for the
    coalition to increase …"), or None."""
    noun = verb - 2
    if noun < 1 or t.lower[verb - 1] != "to" or t.dep[noun] != "pobj":
        return None
    return noun if t.lower[t.head[noun]] == "for" else None


def _partitioned(linker: Linker, antecedent: Ref, i: int, covered: set[int]) -> bool:
    """ "them" in a partitive ("845 of them", "most of them") is a part of the nearest plural
    noun before it; when that noun, after the antecedent in the pronoun's sentence, is no
    actor, the pronoun is not the antecedent's (blind audit, round 90: "officials announced
    that 8,149 prisoners had been released, 845 of them" was the government's)."""
    t = linker.t
    if t.lower[i] != "them" or i < 2 or t.lower[i - 1] != "of":
        return False
    head = i - 2
    if t.pos[head] != "NUM" and t.lower[head] not in _QUANTIFIERS:
        return False
    for c in range(i - 3, antecedent.end - 1, -1):
        if t.sent[c] != t.sent[i]:
            return False
        if t.tag[c] in ("NNS", "NNPS"):
            return c not in covered
    return False


def _fronted_subject(linker: Linker, i: int) -> int | None:
    """The subject of an adverbial clause put before the subject pronoun at ``i`` and hung on
    its verb ("If your “principles” involve …, they are not principles": "principles"); None
    for a pronoun that is no subject."""
    t = linker.t
    if t.dep[i] not in ("nsubj", "nsubjpass"):
        return None
    verb = t.head[i]
    for c in range(max(0, verb - 60), i):
        if t.head[c] != verb or t.dep[c] != "advcl":
            continue
        for k in range(max(0, c - 30), c):
            if t.head[k] == c and t.dep[k] in ("nsubj", "nsubjpass"):
                return k
    return None


def _heads(t: Tokens, noun: int, ref: Ref) -> bool:
    """``noun`` heads the phrase the ref stands in ("members of El Salvador's National Civil
    Police": the police's members, whom "they" may well be)."""
    return any(reaches(t, k, noun, 4) for k in range(ref.start, ref.end))
