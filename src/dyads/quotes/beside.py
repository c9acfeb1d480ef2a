"""The name a described speaker stands beside: "Odebrecht, a company that has admitted …", "the
commander of the National Guard, Gen. Nestor Reverol, to acknowledge …" (blind audit, round 90:
both speakers were left as the description though the name stands next to it)."""

from __future__ import annotations

from spacy.tokens import Token

_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def name_beside(noun: Token) -> Token | None:
    """The name ``noun``'s description is set beside, with commas: the name before it whose
    apposition it is, when the description's own relative clause speaks ("Odebrecht, a company
    that …"; "… with hosts Joe Scarborough and Mika Brzezinski, the Democratic candidate stated
    …" is a subject the parser took for an apposition), or a person's name right after its whole
    phrase, closed by a comma ("the commander of the Guard, Gen. Nestor Reverol, to …"), which
    the parser may hang elsewhere. A name that opens a clause of its own ("…, Reverol said")
    is no apposition."""
    doc = noun.doc
    head = noun.head
    if (
        noun.dep_ == "appos"
        and head.i < noun.i
        and head.pos_ == "PROPN"
        and doc[noun.left_edge.i - 1].text == ","
        and any(c.dep_ == "relcl" for c in noun.children)
    ):
        return head
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    run = doc[comma + 1 : end]
    if not len(run) or end >= len(doc) or doc[end].text != ",":
        return None
    people = [t for t in run if t.ent_type_ == "PERSON"]
    if not people or any(t.dep_ in _CLAUSE_SUBJECTS for t in run):
        return None
    return people[-1]
