"""What a pronoun's own clause says of it, rules of blind-audit round 84 beside
:mod:`dyads.actors.binding`'s: a plural or "it" object pronoun is never its own verb's subject
or the doer of its infinitive ("ask for the army to save them"), and a possessive his/her is
its own clause's subject ("Mike Huckabee … suspended his campaign"); round 85: a possessive
on what is done to a person ("said his capture was a top priority") is that person's, not the
speaker's (``pronoun_words.yaml``). Used by :mod:`dyads.actors.antecedents`.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.binding import MAX_CLIMB, bound_subject
from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens, dependents, verb_above


def object_bound(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """A plural or "it" object pronoun is never its own verb's subject either: "the Mexican
    people continue to ask for the army to save them", "unlikely to allow residents to eject
    them" (blind audit, round 84: "them" went to the army, the residents)."""
    t = linker.t
    if t.dep[ref.start] not in ("dobj", "dative") or t.lower[ref.start].endswith(
        ("self", "selves")
    ):
        return False  # "encourage protesters to kill themselves": a reflexive is the subject's
    if bound_subject(linker, ref, candidate):
        return True
    doer = _controller(t, t.head[ref.start])
    return doer is not None and candidate.start <= doer < candidate.end


def _controller(t: Tokens, verb: int) -> int | None:
    """Who does an infinitive with no subject of its own: the object before it of the verb it
    hangs on ("allow residents to eject them"), or the object of a "for" there ("asking for
    the army to save them", which the parser splits)."""
    if dependents(t, verb, "nsubj") or not any(
        t.lower[k] == "to" for k in dependents(t, verb, "aux")
    ):
        return None
    head = t.head[verb]
    if head == verb or t.dep[verb] not in ("xcomp", "advcl", "ccomp"):
        return None
    for k in range(verb - 1, max(-1, head - 1), -1):
        if t.head[k] == head and t.dep[k] == "dobj":
            return k
        if t.dep[k] == "pobj" and t.lower[t.head[k]] == "for" and t.head[t.head[k]] == head:
            return k
    return None


def own_subject(linker: Linker, ref: Ref, people: list[Ref]) -> Ref | None:
    """A possessive his/her is the subject of its own clause when that subject is a person it
    fits: "Mike Huckabee, the former governor of Arkansas, suspended his campaign" (blind
    audit, round 84: "his" went to Rubio, the subject of the clause before the colon)."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.dep[i] != "poss":
        return None
    verb = verb_above(t, t.head[i], 4)
    if verb is None:
        return None
    subjects = [k for k in dependents(t, verb, "nsubj") + _compared(t, verb) if k < i]
    if not subjects or _reported_by_a_person(t, verb, people):
        return None
    return next((r for r in people if r.start <= subjects[-1] < r.end), None)


def _compared(t: Tokens, verb: int) -> list[int]:
    """The subject of a comparison's clause the parser hangs on its "as"/"than": "as popular as
    Ronald Reagan was at this point during his presidency" is Reagan's (blind audit, round 107:
    "his" went to Obama, the one compared)."""
    marks = [m for m in dependents(t, verb, "mark") if t.lower[m] in ("as", "than")]
    found = [k for m in marks for k in dependents(t, m, "pobj")]
    k = verb - 1
    while k >= 0 and t.pos[k] == "SPACE":
        k -= 1
    if not found and k > 0 and not dependents(t, verb, "nsubj") and t.dep[k] == "pobj":
        # the parser hung "as Reagan" on the adjective and left "was" no subject
        found = [k] if t.lower[t.head[k]] in ("as", "than") and t.pos[k] == "PROPN" else []
    return found


def _reported_by_a_person(t: Tokens, verb: int, people: list[Ref]) -> bool:
    """The clause is what a person higher up says, wants or announces ("Trump announced that
    Manafort would play a role in his campaign"): the possessive may be either's, so the own
    clause's subject is no sure antecedent."""
    for _ in range(MAX_CLIMB):
        if t.dep[verb] not in ("ccomp", "xcomp") or t.head[verb] == verb:
            return False
        verb = t.head[verb]
        above = dependents(t, verb, "nsubj")
        if any(r.start <= k < r.end for k in above for r in people):
            return True
    return False


@cache
def _undergone() -> frozenset[str]:
    return word_lists("pronoun_words.yaml")["undergone"]


def undergoer(linker: Linker, ref: Ref, people: list[Ref]) -> Ref | None:
    """A possessive his/her on a noun of what is done to a person ("his capture", "her
    release") is the nearest person named before it in its sentence who is no subject there:
    "denied that the authorities were protecting … “El Chapo,” and said his capture was a top
    priority" is El Chapo's capture, not the attorney general's."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.dep[i] != "poss":
        return None
    noun = t.lemma[t.head[i]].lower()
    if noun in _for_others():
        return _someone_else(linker, ref, people)
    if noun not in _undergone():
        return None
    before = [
        r for r in people
        if r.sent == ref.sent and r.end <= i and r.quote == ref.quote
        and not any(t.dep[k] in ("nsubj", "nsubjpass") for k in range(r.start, r.end))
    ]  # fmt: skip
    return before[-1] if before else None


@cache
def followers() -> frozenset[str]:
    """Nouns of a person's own people or campaign (``pronoun_words.yaml``)."""
    return word_lists("pronoun_words.yaml")["followers"]


@cache
def _persons() -> frozenset[str]:
    return word_lists("pronoun_words.yaml")["persons"]


# how a clause's verb hangs on the one whose subject it shares: "demonstrated his knack for
# sticking his nose into …" (the gerund under "for" is the demonstrator's)
_SHARED = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "dobj", "pobj", "ccomp",
                     "nsubj", "nsubjpass", "attr"})  # fmt: skip


_SMALL_CLAUSES = frozenset({"ccomp", "xcomp", "oprd"})


def description_subject(linker: Linker, ref: Ref) -> int | None:
    """The token of a common noun of a person (``pronoun_words.yaml``: pope, cardinal, woman
    …) no ref covers that is the subject of a possessive his/her's own clause: "the Latin
    American pope again demonstrated his knack for sticking his nose into … affairs" (blind
    audit, round 104: "his" went to Trump, named before). The pronoun is that person's: one
    named so before, or no one."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.dep[i] != "poss" or t.lower[i] not in ("his", "her"):
        return None
    k, above = t.head[i], {i}
    for _ in range(MAX_CLIMB + 4):
        above.add(k)
        if t.pos[k] in ("VERB", "AUX"):
            subjects = dependents(t, k, "nsubj")
            subject = subjects[-1] if subjects else None
            if subject is not None and subject in above and t.dep[k] in _SMALL_CLAUSES:
                pass  # "made his own views known": the clause of the verb above decides
            elif subject is not None:
                # "His father … and his mother worked": inside its own subject, no one's
                if subject > i or subject in above or not _unnamed_person(linker, subject):
                    return None
                return subject
        if t.dep[k] not in _SHARED or t.head[k] == k:
            return None
        k = t.head[k]
    return None


def _unnamed_person(linker: Linker, k: int) -> bool:
    """The token at ``k`` is a singular common noun of a person no name resolves: one of the
    persons' nouns no ref covers ("the pope", "a woman in the crowd"), an indefinite role word
    ("a priest in the audience") or a role word whose person ref has no actor; not a thing
    ("the report") nor a definite role word ("the billionaire" may be someone named)."""
    t = linker.t
    if t.pos[k] != "NOUN" or t.tag[k] != "NN":
        return False
    if dependents(t, k, "appos"):
        return False  # "Clinton's husband, Bill, … accusing … his campaign": named
    owner = next((r for r in linker.refs if r.start <= k < r.end), None)
    if owner is not None:
        return owner.kind == "person" and not owner.actor and not owner.code
    if t.lower[k] in _persons():
        return True
    # "a priest in the audience voiced his doubts": someone new, never a person named before
    new = any(t.head[d] == k and t.lower[d] in ("a", "an", "another") for d in range(k - 3, k))
    return new and t.lower[k] in linker.gaz.roles


def described_as(linker: Linker, people: list[Ref], noun: int) -> list[Ref]:
    """The people whose words or role carry the noun at ``noun`` ("Pope Francis" for "the
    pope")."""
    word = linker.t.lower[noun]
    return [
        r for r in people
        if word in f"{linker.text(max(0, r.start - 1), r.end)} {r.role or ''}".lower().split()
    ]  # fmt: skip


@cache
def _for_others() -> frozenset[str]:
    return word_lists("pronoun_words.yaml")["for_others"]


def _someone_else(linker: Linker, ref: Ref, people: list[Ref]) -> Ref | None:
    """ "on his behalf": the nearest person named before in the sentence who is not the
    subject of the possessive's own clause (who acts for another)."""
    t, i = linker.t, ref.start
    verb = verb_above(t, t.head[i], 4)
    own = set(dependents(t, verb, "nsubj")) if verb is not None else set()
    before = [
        r for r in people
        if r.sent == ref.sent and r.end <= i and r.quote == ref.quote
        and not any(r.start <= k < r.end for k in own)
    ]  # fmt: skip
    return before[-1] if before else None


_MARKS = ("''", "”", '"')
_CLOSERS = (",", ".", "?", "!", "—", "...")  # the last mark of a quotation before its tag


def inside_tagged_quote(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """A tag's pronoun ("…,'' he said") is never a person named inside quotation marks: not
    inside the quotation the tag closes ("Mrs. Clinton … ''is seen as having a more
    instinctive identification with Obama,'' he said"), nor inside another's quoted words
    before it ("''… how important President Obama is,'' said Stanley B. Greenberg"; round 85:
    "he" went to Obama). The NYT's doubled apostrophes are no quotation the quotation finder
    marks, so the marks are counted in the candidate's paragraph: an odd number before it."""
    t = linker.t
    closing = ref.start >= 2 and t.text[ref.start - 1] in _MARKS
    if not closing or t.text[ref.start - 2] not in _CLOSERS:
        return False  # "''In his second book": an opening mark, no tag
    start = t.idx[candidate.start]
    text = t.doc_text[t.doc_text.rfind("\n", 0, start) + 1 : start]
    straight = text.count("''") + text.replace("''", "").count('"')
    return straight % 2 == 1 or text.count("“") > text.count("”")


_RELATIVES = frozenset({"who", "whom", "that", "which"})
# subordinators of a fronted clause whose subject a main clause's "he" goes on with
_FRONTED = frozenset({"while", "although", "though", "after", "when", "as", "since", "because",
                      "before", "once", "whereas"})  # fmt: skip


def clause_subject(linker: Linker, ref: Ref, people: list[Ref]) -> Ref | None:
    """A subject he/she bound by the clause around it (blind audit, round 95):

    * in a relative clause whose relative is not the pronoun's verb's subject ("call out Trump
      and the rest of the GOP field who he accused of preying on fear", "met Netanyahu, who he
      said was a friend"), the pronoun is not the noun the clause describes but the subject of
      the clause that noun belongs to (the accuser);
    * of a main clause after a fronted "While/Although …" clause ("While Trump said he likes
      Cruz …, he also stated …"), that clause's subject."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.dep[i] != "nsubj":
        return None
    verb = t.head[i]
    if t.dep[verb] == "relcl":
        noun = t.head[verb]
        if noun > i or not any(t.lower[k] in _RELATIVES for k in range(noun + 1, i)):
            return None  # the relative is the pronoun's own verb's subject, or none is written
        return _subject_of(linker, verb_above(t, noun, MAX_CLIMB), people)
    fronted = [
        c for c in dependents(t, verb, "advcl")
        if c < i and any(t.lower[m] in _FRONTED for m in dependents(t, c, "mark"))
    ]  # fmt: skip
    return _subject_of(linker, fronted[0], people) if fronted else None


def _subject_of(linker: Linker, verb: int | None, people: list[Ref]) -> Ref | None:
    """The person who is the subject of ``verb``, or of the verb it is the complement or
    conjunct of ("used his speech to call out …": the user)."""
    t = linker.t
    for _ in range(MAX_CLIMB):
        if verb is None:
            return None
        subjects = dependents(t, verb, "nsubj")
        if subjects:
            return next((r for r in people if r.start <= subjects[0] < r.end), None)
        if t.dep[verb] not in ("xcomp", "conj", "advcl") or t.head[verb] == verb:
            return None
        verb = t.head[verb]
    return None


# verbs of telling someone what they may do, and the modals of leave
_TELLING = frozenset({"inform", "tell", "notify", "advise", "assure", "instruct", "remind"})
_LEAVE = frozenset({"may", "can", "could", "should", "must", "might"})


def told_may(linker: Linker, ref: Ref) -> bool:
    """A subject "they" of what a telling verb's object is told they may do ("Police have
    informed the families of the inmates that they may bring clothing") is those told, not the
    teller (blind audit, round 101: the police); the object, named by no actor, leaves the
    pronoun to no one. A resolved object is found by the usual rules."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.dep[i] != "nsubj":
        return False
    clause = t.head[i]
    verb = t.head[clause]
    if t.dep[clause] != "ccomp" or t.lemma[verb].lower() not in _TELLING:
        return False
    if not any(t.lower[k] in _LEAVE for k in dependents(t, clause, "aux")):
        return False
    told = [k for k in dependents(t, verb, "dobj") if t.tag[k] == "NNS"]
    return bool(told) and not any(r.start <= told[0] < r.end for r in linker.refs if r.code)


def relative_noun(linker: Linker, ref: Ref) -> int | None:
    """The noun a relative clause describes when a possessive his/her is in that clause (or in
    a verb joined to it) whose subject is the relative "who": "Chapo -- who was born in … La
    Tuna and began his criminal career" is Chapo's career (blind audit, round 101: the
    Rosenberg of the clause around it). None when the possessive is in no such clause."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.dep[i] != "poss":
        return None
    verb = verb_above(t, t.head[i], 4)
    if verb is None or any(t.lower[k] not in _RELATIVES for k in dependents(t, verb, "nsubj")):
        return None
    while t.dep[verb] == "conj" and t.head[verb] < verb:
        verb = t.head[verb]
    if t.dep[verb] != "relcl":
        return None
    who = dependents(t, verb, "nsubj") + dependents(t, verb, "nsubjpass")
    noun = t.head[verb]
    if (
        not who
        or t.lower[who[0]] not in ("who", "that")
        or noun >= i
        or t.tag[noun] in ("NNS", "NNPS")
    ):
        return None  # a plural noun ("Democrats who point to his …") is never "his"
    return noun


# verbs of talk whose passive subject is a topic, not a body
_TALK = frozenset({"mention", "discuss", "raise", "address", "cover", "debate", "report",
                   "ask", "bring", "broach", "ignore", "overlook", "explain"})  # fmt: skip


def talked_of(linker: Linker, ref: Ref) -> bool:
    """A subject "it" of a passive verb of talk ("But it was never mentioned by the debate
    moderators") is what is talked of, a story or a subject, no body or country (blind audit,
    round 101: the State Department of a sentence before)."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.lower[i] != "it" or t.dep[i] != "nsubjpass":
        return False
    return t.lemma[t.head[i]].lower() in _TALK
