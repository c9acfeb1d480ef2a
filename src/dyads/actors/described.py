"""Names the recogniser left untagged that an apposition shows to be people: "Naureen Jahangir,
a Sanders supporter from Hemet, California," (blind audit, round 69)."""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import NAME_HEADS

__all__ = ["described_people"]

# nouns of people that end like role words but are things ("a newspaper", "a center")
_THING_NOUNS = NAME_HEADS | {
    "newspaper", "paper", "computer", "border", "order", "letter", "matter", "number", "charter",
    "chapter", "quarter", "tower", "theater", "theatre", "meter", "poster", "cluster", "sector",
    "event", "element", "movement", "department", "government",
}  # fmt: skip
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ent", "ant", "eer", "ee", "ive", "ic")
_PERSON_NOUNS = {"mother", "father", "son", "daughter", "wife", "husband", "veteran", "native",
                 "mom", "dad", "grandmother", "grandfather", "woman", "man", "nurse", "delegate",
                 "graduate", "candidate", "advocate", "official", "retiree", "immigrant",
                 "volunteer", "fan", "member", "citizen", "pastor", "priest"}  # fmt: skip


def described_people(lk: Linker) -> None:
    """A run of two or three capitalised proper nouns the recogniser left untagged, subject or
    object, with an apposition "a/an …" whose noun names a person: "Naureen Jahangir, a
    Sanders supporter from Hemet, California, is among …" (blind audit, round 69: no mention,
    so her "she said" went to Clinton)."""
    t = lk.t
    n = len(t.text)
    taken = {i for p in lk.people for i in range(p[0], p[1])}
    for i in range(n - 1):
        if t.dep[i] != "appos" or t.pos[i] != "NOUN":
            continue
        noun = t.lower[i]
        personal = noun in _PERSON_NOUNS or (
            noun.endswith(_PERSON_ENDINGS) and noun not in _THING_NOUNS
        )
        name = t.head[i]
        indefinite = any(t.head[k] == i and t.lower[k] in ("a", "an") for k in range(name, i))
        if not (personal and indefinite and name < i and t.pos[name] == "PROPN"):
            continue
        start = name
        while start > 0 and t.head[start - 1] == name and t.pos[start - 1] == "PROPN":
            start -= 1
        span = range(start, name + 1)
        if not 2 <= len(span) <= 3 or any(k in taken or not t.title[k] for k in span):
            continue
        free = all(t.ent[k] == "" and lk.entry_at[k] is None and lk.role_cover[k] < 0 for k in span)
        if free and t.lower[name] not in NAME_HEADS:
            lk.people.append((start, name + 1))
