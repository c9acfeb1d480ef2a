"""Which person a he/she may be by gender: a subject known to be of the pronoun's gender beats
one whose gender is unknown, a person of the pronoun's own sentence known to be of its gender
beats an antecedent known to be of the other, and a ref's gender comes from itself, the
article's pronouns or its given name. Helpers of :mod:`dyads.actors.antecedents`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.nearest import pick
from dyads.actors.refs import Ref

__all__ = ["gender_fit", "gender_of", "known_gender", "person_gender"]


def known_gender(linker: Linker, ref: Ref, antecedent: Ref, people: list[Ref]) -> Ref:
    """A subject of the antecedent's sentence whose gender is known to be the pronoun's beats
    one whose gender is unknown: "Noting that both Reagan and Trump battled the media, Schlafly
    put her finger on …" makes a later "she wrote" Schlafly's (blind audit, round 53: Reagan)."""
    if not ref.gender or antecedent.sent >= ref.sent or gender_of(linker, antecedent, ref):
        return antecedent
    known = [
        r for r in people
        if r.sent == antecedent.sent and r.subject and r.form in ("name", "surname")
        and gender_of(linker, r, ref) == ref.gender
    ]  # fmt: skip
    return known[0] if known else antecedent


def gender_fit(linker: Linker, ref: Ref, antecedent: Ref, people: list[Ref]) -> Ref:
    """A person of the pronoun's own sentence known to be of its gender beats an antecedent
    whose person is known to be of the other, though the pronoun's own clause chose it: "Trump
    summed up Clinton as “terrible,” denounced her record" is Clinton's record, "Trump called
    on her to resign from her post" Ginsburg's (blind audit, round 88: both went to Trump, and
    every later "he" to Clinton). With no such person in the sentence the antecedent stays
    (:func:`gender_of` lets a subject take its first pronoun against its given name's table
    gender: "Pashinyan declared that his government …", whatever man the sentence before
    named)."""
    known = person_gender(linker, antecedent)
    if not ref.gender or known is None or known == ref.gender:
        return antecedent
    fitting = [r for r in people if r.sent == ref.sent and person_gender(linker, r) == ref.gender]
    found = pick(fitting, ref, 0, prefer_subject=not ref.subject)
    return found or antecedent


def person_gender(linker: Linker, ref: Ref) -> str | None:
    """The ref's gender, else the one the article's pronouns gave its person, else its given
    name's."""
    if ref.gender is not None:
        return ref.gender
    said = linker.genders.get(ref.actor or "")
    if said is not None:
        return said
    info = linker.persons.get(ref.actor or "")
    return info.gender if info is not None else None


def gender_of(linker: Linker, ref: Ref, pronoun: Ref) -> str | None:
    """The ref's gender, else the one the article's pronouns gave its person, else its given
    name's: "Trump" after "Donald Trump" is no antecedent of "she" (PolNeAR train, tune half:
    "“…,” she added" went to Trump). The pronouns come first because the name tables mix
    languages: "Nikol" is a woman's name in Czech, Pashinyan's "his government" says he. For
    the subject of the pronoun's own sentence only the ref's own gender and what the article's
    pronouns said count, so that such a name still takes its first "his", while "Clinton
    “caused tremendous havoc,” he said" is not Clinton's once "her" and "she" were hers (blind
    audit, round 88)."""
    if ref.gender is not None:
        return ref.gender
    if ref.sent == pronoun.sent and ref.subject:
        return linker.genders.get(ref.actor or "")
    return person_gender(linker, ref)
