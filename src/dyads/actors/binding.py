"""Syntactic binding of he/she/him: which person a pronoun's own clause lets it stand for.

Used by :mod:`dyads.actors.antecedents`. Each rule is from a blind-audit round
(``docs/AUDITS.md``): the subject of what a person said is that person; an object pronoun is
never its own verb's subject; a name inside the clause a subject pronoun opens is not that
pronoun's; a he/she reported by an unnamed "the dealer said" stays unresolved.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.purposes import purpose_doer
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens, dependents, reaches


def bound_to_description(linker: Linker, ref: Ref) -> bool:
    """ "The dealer said he had a list": a he/she subject of a reported clause is the reporting
    verb's subject; when that subject is a role noun no name resolves, the pronoun is left
    unresolved rather than given to another person named nearby."""
    t, i = linker.t, ref.start
    if t.dep[i] != "nsubj" or t.dep[t.head[i]] != "ccomp":
        return False
    verb = t.head[t.head[i]]
    subject, c = None, verb - 1
    while c >= 0 and t.sent[c] == t.sent[verb] and subject is None:
        subject = c if t.head[c] == verb and t.dep[c] == "nsubj" else None
        c -= 1
    if subject is None or t.pos[subject] != "NOUN" or not says(t, verb):
        return False
    if t.lemma[verb] not in SAY_VERBS and dependents(t, subject, "poss"):
        return False  # "His defense team contend that he …": the client's
    owner = next((r for r in linker.refs if r.start <= subject < r.end), None)
    return owner is None or not owner.actor


UNNAMED = "unnamed"  # marks a he/she left to a description no name resolves


def follows_unnamed(linker: Linker, ref: Ref) -> bool:
    """A later he/she of the same sentence, or the subject of the next, continues an unnamed
    one: "The dealer said he had a list of the people … that he paid"; "One pastor supporting
    Mr. Cruz, … said he had made 150 calls. He has made announcements …" is the pastor, not
    Cruz (blind audit, round 65)."""
    subject = linker.t.dep[ref.start] in ("nsubj", "nsubjpass")
    named: set[int] = set()

    def carried(r: Ref) -> bool:  # to the next sentence, with no one named between
        if not subject or r.sent != ref.sent - 1:
            return False
        if not named:  # built once, when a candidate needs it
            named.update(_named_tokens(linker))
        between = any(k in named for k in range(r.end, ref.start))
        return not between and _indefinite(linker, r)

    return any(
        r.pron == "person" and r.gender == ref.gender and (r.sent == ref.sent or carried(r))
        for r in linker.refs
        if r.role == UNNAMED and r.start < ref.start  # the rare role first: most refs stop here
    )  # fmt: skip


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _named_tokens(linker: Linker) -> set[int]:
    """The tokens of the person mentions resolved so far."""
    return {k for r in linker.refs if r.actor and r.kind == "person" for k in range(r.start, r.end)}


def _indefinite(linker: Linker, ref: Ref) -> bool:
    """The unnamed reporter of ``ref`` is new to the story ("One pastor said he …"), not a
    description of someone named before ("the retired neurosurgeon acknowledged that he …" is
    Carson: PolNeAR train, tune half)."""
    t = linker.t
    verb = t.head[t.head[ref.start]]
    c = verb - 1
    while c >= 0 and t.sent[c] == t.sent[verb]:
        if t.head[c] == verb and t.dep[c] == "nsubj":
            return _new_to_the_story(linker, c, reach=4)
        c -= 1
    return False


def _new_to_the_story(linker: Linker, noun: int, reach: int) -> bool:
    """``noun`` has an indefinite determiner within ``reach`` words before it ("One pastor",
    "A 29-year-old Berlin woman")."""
    t = linker.t
    before = range(max(0, noun - reach), noun)
    return any(t.head[d] == noun and t.lower[d] in _INDEFINITE for d in before)


# nouns of an unnamed person of a known gender ("A 29-year-old Berlin woman … she wrote")
_DESCRIBED = {
    "f": frozenset({"woman", "girl", "mother", "wife", "daughter", "grandmother", "sister",
                    "widow", "lady", "businesswoman", "congresswoman"}),
    "m": frozenset({"man", "boy", "father", "husband", "son", "grandfather", "brother",
                    "widower", "businessman", "congressman"}),
}  # fmt: skip


# sentences back: a quotation split off by the parser ("“Filth out!” she wrote") is one more
_DESCRIBED_LOOKBACK = 2


def after_description(linker: Linker, ref: Ref) -> bool:
    """A he/she after an unnamed person of its gender who is a subject in this sentence or the
    two before, with no person of that gender named between: "A 29-year-old Berlin woman …
    received probation after she had posted comments … “Filth out!” she wrote" is the woman,
    not Chancellor Merkel named paragraphs before (blind audit, round 64)."""
    t, i = linker.t, ref.start
    words = _DESCRIBED.get(ref.gender or "")
    if not words or ref.quote >= 0:
        return False  # inside a quotation a pronoun is of the speaker's own frame
    for c in range(i - 1, -1, -1):
        if t.sent[c] < t.sent[i] - _DESCRIBED_LOOKBACK:
            return False
        if t.lower[c] in words and t.pos[c] == "NOUN" and t.dep[c] in ("nsubj", "nsubjpass"):
            # a person named nearer is the one the pronoun can point to (refs read only here)
            if any(r.actor and r.kind == "person" and r.start < i and c < r.end
                   for r in linker.refs):  # fmt: skip
                return False
            # new to the story: "A 29-year-old Berlin woman", not "His father" or "the man"
            return _new_to_the_story(linker, c, reach=10)
    return False


SAY_VERBS = {"say", "tell", "claim", "add", "insist", "explain", "testify", "admit", "allege",
             "state", "recall", "confirm", "deny", "acknowledge", "argue", "write"}  # fmt: skip
# verbs that set out a view, whose reported clause is the subject's own as with "say" ("The
# documentarian lays out what he believes": blind audit, round 90, "he" went to Obama)
_SETTING_OUT = frozenset({"posit", "contend", "assert", "maintain", "outline"})
_PARTICLE_SAYING = frozenset({("lay", "out"), ("set", "out"), ("spell", "out")})


def says(t: Tokens, verb: int) -> bool:
    """The verb at ``verb`` reports what its subject says or sets out."""
    lemma = t.lemma[verb]
    if lemma in SAY_VERBS or lemma in _SETTING_OUT:
        return True
    particles = dependents(t, verb, "prt")
    return any((lemma, t.lower[k]) in _PARTICLE_SAYING for k in particles)


# what a reporter does in the participle after its report: "…, Reuters reported, citing its
# sources"
_SOURCING = frozenset({"cite", "quote", "refer", "base", "attribute", "rely", "draw"})
_REPORTS = frozenset({"report", "reveal", "note", "announce", "find"})


def reporter_aside(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """The candidate is the source of a report set after what it reports, and the it/they comes
    after that aside: "The gang gave its clients a menu, El Universal reported, with emojis
    representing its products" (blind audit, round 92: the second "its" resolved to El
    Universal). The pronoun goes on with the reported clause, not its source."""
    t = linker.t
    last = candidate.end - 1
    verb = t.head[last]
    if candidate.sent != ref.sent or t.dep[last] != "nsubj" or not verb < ref.start:
        return False
    if not (says(t, verb) or t.lemma[verb] in _REPORTS) or t.sent[verb] != ref.sent:
        return False
    k = ref.start
    while t.head[k] != k and t.head[k] != verb:
        k = t.head[k]
    if t.head[k] == verb and (says(t, k) or t.lemma[k] in _SOURCING):
        return False  # "…, Reuters reported, citing its sources": the reporter's own words
    return any(
        t.head[k] == verb and t.dep[k] == "ccomp" and k < candidate.start
        for k in range(max(0, verb - 60), candidate.start)
    )


def bound_subject(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """An object pronoun is never its own verb's subject ("Mark-Viverito pointed to Clinton's
    record and praised her": her is Clinton); that would be "herself" (blind audit, round 27)."""
    t = linker.t
    if ref.end - ref.start != 1:
        return False
    if t.dep[ref.start] in ("dobj", "dative"):
        verb = t.head[ref.start]
    elif t.dep[ref.start] == "pobj" and t.dep[t.head[ref.start]] in ("prep", "dative"):
        # "Trump called on her to resign": her is Ginsburg (blind audit, round 34)
        verb = t.head[t.head[ref.start]]
        # "stumped for her" parsed as an adjective with a subject of its own (round 101)
        predicate = t.pos[verb] == "ADJ" and bool(dependents(t, verb, "nsubj"))
        if t.pos[verb] != "VERB" and not predicate:
            return False
    else:
        return False
    subjects = dependents(t, verb, "nsubj")
    climbed = False
    for _ in range(MAX_CLIMB):
        above = verb if subjects else _doer_above(t, verb)
        if above == verb:
            break
        verb, subjects = above, dependents(t, above, "nsubj")
        climbed = climbed or t.dep[ref.start] in ("dobj", "dative")
    listed = _with_listed(t, subjects)
    if any(candidate.start <= i < candidate.end for i in listed):
        return True
    named = {r.actor for r in linker.refs if r.form == "name" and r.end - 1 in listed}
    if candidate.actor and candidate.actor in named:
        return True  # a "her" resolved to a listed subject ("her daughter, Chelsea …")
    if t.dep[ref.start] not in ("dobj", "dative") or t.lower[ref.start].endswith("self"):
        return False  # "He could take the majority down with him": him is he
    # "he would still support him", "he" resolved: "him" is not the person "he" is; nor, across
    # a gerund, the one a description names ("the New Jersey governor tripped up Rubio by
    # calling him out"; a bare "the president" beside the verb may be resolved too hastily)
    among = set(subjects)
    own = [r for r in linker.refs if r.actor and (climbed or r.form == "pronoun")
           and not among.isdisjoint(range(r.start, r.end))]  # fmt: skip
    return any(r.actor == candidate.actor for r in own)


def _with_listed(t: Tokens, subjects: list[int]) -> set[int]:
    """The subjects and the people listed with or set beside them: "Both her husband, former
    President Bill Clinton, and her daughter, Chelsea Clinton, also stumped for her": her is
    neither (blind audit, round 101: Chelsea Clinton)."""
    found, todo = set(subjects), list(subjects)
    while todo:
        k = todo.pop()
        for j in range(max(0, k - 20), min(len(t.dep), k + 20)):
            if t.head[j] == k and j != k and t.dep[j] in ("conj", "appos") and j not in found:
                found.add(j)
                todo.append(j)
    return found


def _doer_above(t: Tokens, verb: int) -> int:
    """The verb whose subject does ``verb``'s act when ``verb`` has none of its own: the first
    conjunct ("pointed to … and praised her"), the verb a means or time gerund hangs on
    ("tripped up Rubio by calling him out": blind audit, round 79, him was Christie), a
    participle's main verb; else ``verb`` itself."""
    head = t.head[verb]
    if t.dep[verb] == "conj":
        return head
    if t.dep[verb] == "pcomp" and t.dep[head] == "prep" and t.lower[head] in _GERUND_PREPS:
        return t.head[head]
    if t.dep[verb] == "advcl" and t.tag[verb] == "VBG":
        return head
    doer = purpose_doer(t, verb)  # "spoke with X in hopes of persuading her"
    return verb if doer is None else doer


_GERUND_PREPS = frozenset({"by", "after", "before", "while", "without", "in", "since", "upon"})


def bound(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """The pronoun's own clause rules the candidate out (:func:`bound_subject`,
    :func:`in_own_words`)."""
    return bound_subject(linker, ref, candidate) or in_own_words(linker, ref, candidate)


def in_own_words(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """A subject pronoun of a speech verb is no one named in what it says: "Choosing between
    Clinton and Sanders is a “false choice …,” she said" is not Clinton's (blind audit, round 69:
    a Sanders supporter's words went to Clinton). The candidate stands in a clause the verb
    reports (its ``ccomp`` or ``parataxis``), or in a participle clause whose subject the
    pronoun is: "Asked about her vote in the event that Clinton faces Trump, she replied" (same
    round: Sarandon's answer went to Clinton)."""
    t = linker.t
    if ref.end - ref.start != 1 or t.dep[ref.start] != "nsubj" or candidate.sent != ref.sent:
        return False
    verb = t.head[ref.start]
    if t.lemma[verb] not in SAYING:
        return False
    root = next(
        (
            k
            for k in range(candidate.start, candidate.end)
            if not candidate.start <= t.head[k] < candidate.end
        ),
        candidate.start,
    )
    i = root
    for _ in range(MAX_CLIMB):
        head = t.head[i]
        if head == i:
            return False
        if head == verb:
            # "Chris Shays was pro John Kasich …, he said": the reported clause's own subject
            # may be its speaker
            own = t.dep[root] in ("nsubj", "nsubjpass") and t.head[root] == i
            fronted = t.dep[i] in ("ccomp", "parataxis") and _ends_before(t, i, ref.start)
            return (fronted and not own) or _controlled(t, i)
        i = head
    return False


MAX_CLIMB = 30  # dependency hops from a candidate up to the pronoun's verb
SAYING = frozenset({"say", "tell", "add", "write", "ask", "reply", "respond", "answer", "note",
                    "explain", "insist", "argue", "claim", "recall", "continue", "tweet",
                    "post", "declare", "state", "warn", "admit", "acknowledge", "complain",
                    "joke", "quip", "concede", "counter", "maintain", "predict", "suggest",
                    "announce", "remark", "observe"})  # fmt: skip


def _ends_before(t: Tokens, clause: int, at: int) -> bool:
    """The clause ends before token ``at``: what is reported stands whole before "she said"
    ("Ms. Warren, she said, “exposes him …”" is not: Warren is what Clinton spoke of)."""
    for k in range(at + 1, len(t.head)):
        if t.sent[k] != t.sent[at]:
            return True
        if reaches(t, k, clause, MAX_CLIMB):
            return False
    return True


def _controlled(t: Tokens, clause: int) -> bool:
    """A fronted participle clause with no subject of its own: "Asked about …,"."""
    return (
        t.dep[clause] == "advcl"
        and t.tag[clause] in ("VBN", "VBG")
        and not dependents(t, clause, "nsubj")
        and not dependents(t, clause, "nsubjpass")
    )


# "He has called the senator “the next George Washington”, the Founding Father who Beck
# idolizes": a name in a relative clause or aside may be the pronoun's own
_LOOSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})


def named_below(linker: Linker, ref: Ref) -> set[str]:
    """The last words of the names inside the clause a subject pronoun opens: "He has declared
    Cruz to be “anointed”" is not Cruz, who would be "himself" (blind audit, round 34: Beck's
    words went to Cruz)."""
    t = linker.t
    if ref.end - ref.start != 1 or t.dep[ref.start] not in ("nsubj", "nsubjpass"):
        return set()
    verb = t.head[ref.start]
    names: set[str] = set()
    for other in linker.refs:
        if other.sent != ref.sent or other.start <= ref.start:
            continue
        if other.form not in ("name", "surname"):
            continue
        i = other.end - 1
        if t.quote[i] != -1:
            continue
        while i != verb and t.head[i] != i and t.dep[i] not in _LOOSE_DEPS:
            i = t.head[i]
        if i == verb:
            names.add(t.lower[other.end - 1])
    return names


def main_subject(linker: Linker, ref: Ref, people: list[Ref]) -> Ref | None:
    """The subject of a clause joined by "and" / "but" to the sentence's first clause is that
    clause's subject: "Speaker Paul D. Ryan called Donald J. Trump's remarks “racist,” but he
    said …" is Ryan (blind audit, round 26: "he" went to Trump, named nearer)."""
    t = linker.t
    if not ref.subject or ref.end - ref.start != 1:
        return None
    verb = t.head[ref.start]
    if t.dep[ref.start] not in ("nsubj", "nsubjpass"):  # "told Kelly that he was bullied"
        return None
    if t.dep[verb] == "ccomp" and t.lemma[t.head[verb]] in SAY_VERBS:
        # "Ryan called Trump's remarks “racist,” but said he would still support him": the
        # subject of what a person said is that person (blind audit, round 43: "he" went to
        # Trump, named nearer)
        verb = t.head[verb]
        said = dependents(t, verb, "nsubj")
        if said:
            return next((r for r in people if r.start <= said[-1] < r.end), None)
    reason = _subordinate_after(t, verb)
    if reason is not None:
        # "Grassley could lose … because he supports Trump but also because he denied Garland
        # a hearing": the main clause's subject (blind audit, round 79: "he" went to Trump)
        main = t.head[reason]
        subjects = [i for i in dependents(t, main, "nsubj") if i < main]
        if subjects:
            return next((r for r in people if r.start <= subjects[-1] < r.end), None)
    if t.dep[verb] != "conj":
        return None
    fronted = [c for c in dependents(t, verb, "advcl") if c < ref.start]
    if any(dependents(t, c, "nsubj") for c in fronted):
        return None  # "…, but when Biden visited Israel, he was caught off guard": Biden's
    main = t.head[verb]
    subjects = [i for i in dependents(t, main, "nsubj") if i < main]
    if not subjects:
        return None
    return next((r for r in people if r.start <= subjects[-1] < r.end), None)


# subordinators of a clause that gives the main clause's reason, time or concession
_SUBORDINATORS = frozenset({"because", "since", "although", "though", "while", "after",
                            "before", "until", "unless", "once"})  # fmt: skip


def _subordinate_after(t: Tokens, verb: int) -> int | None:
    """The adverbial clause ``verb`` heads, or is a conjunct of, when it follows its main verb
    and opens with a subordinator ("… could lose because he …, but also because he …")."""
    k = verb
    while t.dep[k] == "conj" and t.head[k] != k:
        k = t.head[k]
    if t.dep[k] != "advcl" or t.head[k] > k:
        return None
    marks = [c for c in dependents(t, k, "mark")] + [c for c in dependents(t, verb, "mark")]
    return k if any(t.lower[c] in _SUBORDINATORS for c in marks) else None
