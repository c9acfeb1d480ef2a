"""Linking: turns entities and role words in a parsed Doc into coded actor references.

One left-to-right pass per job over the Doc builds :class:`~dyads.actors.refs.Ref` items
(token spans with the actor, CAMEO-style code, country, sector, role and mention kind):

0. :mod:`.names` — corrections to the recogniser: people, places, headline glue;
1. :mod:`.people` — PERSON entities with their title, nationality, organisation;
2. :mod:`.groups` — role words (unnamed officials, groups, bodies) and definite descriptions;
3. :mod:`.places` — regions, then the named entities left (countries, cities, IGOs, media);
4. :mod:`.pronouns` — pronouns, surname-only names, names the actor memory knows;
5. :mod:`.companies` — names the text shows to be companies' ("Goetz Gold LLC, a Belgian
   company").

Pronouns, descriptions and surname-only mentions leave here unresolved; people keep their
codes in the article's person table. :func:`dyads.actors.coref.resolve` fills both in.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.actors import groups, names, people, places, pronouns
from dyads.actors.companies import mark_companies
from dyads.actors.context import Linker
from dyads.actors.datelines import find_dateline
from dyads.actors.family_names import family_name_first
from dyads.actors.given_names import is_given_name
from dyads.actors.memory import ActorMemory
from dyads.actors.nearest import mend_subjects
from dyads.actors.outlets import papers_from_people
from dyads.actors.quoted_nicknames import inner_nicknames, quoted_nicknames

__all__ = ["Linker", "link"]


def link(
    doc: Doc,
    *,
    published: str | None = None,
    memory: ActorMemory | None = None,
    dateline_place: str | None = None,
    body: tuple[int, int] | None = None,
) -> Linker:
    """Run the linking pass over ``doc``; the returned linker holds refs and person table."""
    lk = Linker(doc, published=published, memory=memory, dateline_place=dateline_place, body=body)
    lk.index_entities()
    lk.index_lexicon()
    find_dateline(lk)
    names.correct(lk)
    papers_from_people(lk)  # "the Orlando Sentinel reported": no person
    quoted_nicknames(lk)  # '"Godo" left to sell avocadoes' (blind audit, round 111)
    inner_nicknames(lk)  # 'Hector "El Gato" Valdez Ruelas … Valdez' (trial, session 30)
    lk.count_countries()
    person_spans = sorted(lk.people)
    for start, end in person_spans:  # surnames first: "Says Lavrov" may precede the name
        own = end - start > 1 and not people.acronym_end(lk, start, end)
        if own and lk.role_cover[end - 1] < 0:
            lk.surnames.setdefault(lk.t.text[end - 1], lk.text(start, end))
            lk.namesakes.setdefault(lk.t.text[end - 1], []).append(lk.text(start, end))
            family = family_name_first(lk.text(start, end))
            if family is not None:  # "Lin Jian … Lin urged Manila" (trial, session 28)
                lk.surnames.setdefault(family, lk.text(start, end))
            paternal = lk.t.text[end - 2]
            if (
                end - start > 2
                and paternal.isalpha()
                and paternal.istitle()
                and not is_given_name(paternal)
            ):
                # "Monte Alejandro Rubido Garcia" is "Rubido" (a Spanish paternal surname)
                lk.surnames.setdefault(paternal, lk.text(start, end))
        if end - start > 2 and lk.t.text[end - 1].rstrip(".") == "Jr":
            lk.juniors.setdefault(lk.t.text[end - 2], lk.text(start, end))
    for start, end in person_spans:
        people.person(lk, start, end)
    for start in sorted(lk.role_at):
        if not lk.used[start]:
            groups.role(lk, start)
    for start in sorted(lk.desc_at):
        if not lk.used[start]:
            groups.description(lk, start)
    places.regions(lk)
    places.entities(lk)
    pronouns.pronouns_and_names(lk)
    people.link_aliases(lk)
    mark_companies(lk)
    lk.refs.sort(key=lambda r: r.start)
    mend_subjects(lk)  # "…, Donald Trump accused" parsed as an apposition
    pronouns.abbreviations(lk)
    return lk
