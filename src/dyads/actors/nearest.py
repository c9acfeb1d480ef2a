"""The nearest fitting antecedent of a pronoun: in its own sentence, else the subject of the
nearest earlier sentence within a lookback counted in the writer's sentences (moved from
:mod:`dyads.actors.antecedents` in blind-audit round 88, when that module grew past its size).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens

PERSON_LOOKBACK = 3


def pick(
    candidates: list[Ref],
    ref: Ref,
    lookback: int,
    *,
    prefer_subject: bool = False,
    linker: Linker | None = None,
) -> Ref | None:
    """Nearest in the same sentence (with ``prefer_subject``, its first subject: "Maduro
    accused Duque of plotting against him"), else the subject of the nearest earlier sentence.
    With ``linker``, the main clause's subject goes before one in a clause fronted to it:
    "Noting that both Reagan and Trump battled the media, Schlafly put …" is Schlafly's
    sentence (blind audit, round 53: a later "she wrote" went to Reagan)."""
    same = [c for c in candidates if c.sent == ref.sent]
    if same:
        subjects = [c for c in same if c.subject] if prefer_subject else []
        return subjects[0] if subjects else same[-1]
    earlier = [c for c in candidates if ref.sent - lookback <= c.sent < ref.sent]
    if not earlier:
        return None
    last_sent = earlier[-1].sent
    in_sent = [c for c in earlier if c.sent == last_sent]
    subjects = _main_first(linker, [c for c in in_sent if c.subject])
    if subjects:
        return subjects[0]
    named = [c for c in in_sent if c.form in ("name", "surname") and not _owner(linker, c)]
    if ref.subject and named:
        # no subject parsed ("…, Trump accused Cruz, the senator from Texas, of …" came as
        # a noun phrase): a subject "he" goes on with the one named first, not the last title
        # (blind audit, round 95: "Then he cut into Bush" went to "the senator")
        return named[0]
    return in_sent[-1]


def _owner(linker: Linker | None, ref: Ref) -> bool:
    """The name owns what follows it ("Caro Quintero's brother", "Farinas' murder") or is an
    object: the one named first is then not who the sentence is about."""
    if linker is None:
        return True
    t = linker.t
    if ref.end < len(t.text) and t.tag[ref.end] == "POS":
        return True
    # "advisers to Patriot didn't know what to make of Mr. Clarke": one a preposition or verb
    # takes is no subject either
    last = ref.end - 1
    if t.dep[last] not in ("poss", "pobj", "dobj"):
        return False
    if t.dep[last] == "pobj" and t.dep[t.head[last]] == "agent":
        return False  # "was founded by Mario Covarrubias Salgado": the doer
    # unless a "who" clause makes it the subject of what follows ("the red carpet for Suu Kyi,
    # who had breakfast with Vice President Biden")
    told = [k for k in range(last + 1, min(last + 4, len(t.text))) if t.lower[k] == "who"]
    return not (told and t.dep[told[0]] == "nsubj" and t.head[t.head[told[0]]] == last)


def quoted(linker: Linker, ref: Ref) -> bool:
    """The ref stands after an opening quotation mark of its sentence that is not closed, as
    in NYT's doubled apostrophes (''He's done that''), which the quotation finder leaves be;
    a mark just before the sentence's first word opens it."""
    t = linker.t
    first = ref.start
    while first > 0 and t.sent[first - 1] == t.sent[ref.start]:
        first -= 1
    begin = t.idx[first]
    while begin > 0 and t.doc_text[begin - 1] in "'\"“":
        begin -= 1
    before = t.doc_text[begin : t.idx[ref.start]]
    straight = before.count("''") + before.replace("''", "").count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


def _main_first(linker: Linker | None, subjects: list[Ref]) -> list[Ref]:
    """The subjects, a main clause's first (when ``linker`` is given)."""
    if linker is None:
        return subjects
    t = linker.t

    def main(r: Ref) -> bool:
        return any(
            t.dep[i] == "nsubj"
            and t.dep[t.head[i]] == "ROOT"
            and not _after_its_words(t, t.head[i])
            for i in range(r.start, r.end)
        )

    return sorted(subjects, key=lambda r: not main(r))


def _after_its_words(t: Tokens, root: int) -> bool:
    """The root reports a clause put before it ("Clinton has a strong ground game, said Mindy
    Romero"): its speaker is not what the sentence is about (blind audit, round 61: a later
    "Brown endorsed her" went to Romero)."""
    return any(t.head[k] == root and t.dep[k] == "ccomp" for k in range(max(0, root - 60), root))


def lookback(linker: Linker, ref: Ref) -> int:
    """:data:`PERSON_LOOKBACK` sentences of the writer's: a sentence wholly inside a quotation
    is the speaker's and does not count ("Davis made it clear … ¶ “…. …. …,” she posted": the
    three quoted sentences put Davis out of reach; PolNeAR train, tune half)."""
    spoken = linker.spoken_sentences()
    sent, writers = ref.sent, 0
    while sent > 0 and writers < PERSON_LOOKBACK:
        sent -= 1
        writers += sent not in spoken
    return ref.sent - sent


def mend_subjects(linker: Linker) -> None:
    """A person's name right before its sentence's root verb, which the parser gave no
    subject, is that verb's subject: "At a rally in Concord, Donald Trump accused Ted Cruz …"
    parsed "Donald Trump" as an apposition of Concord, so a "Then he …" after it went to Cruz
    (blind audit, round 95)."""
    t = linker.t
    for ref in linker.refs:
        if ref.subject or ref.kind != "person" or ref.form != "name" or ref.end >= len(t.text):
            continue
        verb = ref.end
        if t.dep[verb] != "ROOT" or t.pos[verb] not in ("VERB", "AUX") or t.sent[verb] != ref.sent:
            continue
        subjects = ("nsubj", "nsubjpass")
        if not any(t.dep[k] in subjects and t.head[k] == verb for k in range(ref.end)):
            ref.subject = True
