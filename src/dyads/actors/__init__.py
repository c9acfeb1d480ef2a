"""The actors stage: find, code and link every actor reference in a parsed article.

``add_actor_ruler`` puts the gazetteer entity ruler before the NER; ``find_mentions`` links
entities and role words to CAMEO-style codes (:mod:`.linker`), resolves pronouns, surnames and
definite descriptions (:mod:`.coref`) and returns one :class:`~dyads.records.Mention` per
reference, sorted by span. :class:`~.memory.ActorMemory` carries people across articles.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dyads.actors.activist_investors import activist_investors
from dyads.actors.bare_critics import bare_critics
from dyads.actors.conventions import conventions
from dyads.actors.coref import resolve
from dyads.actors.dated_titles import served_under_past_head
from dyads.actors.defined import defined_acronyms
from dyads.actors.disbanded import disbanded
from dyads.actors.former_words import former_by_words
from dyads.actors.formers_staff import former_staffers, formers_staff
from dyads.actors.generic_roles import chosen_roles
from dyads.actors.group_leaders import group_leaders
from dyads.actors.included_members import included_members
from dyads.actors.left_races import left_races
from dyads.actors.linker import link
from dyads.actors.listed_members import listed_members
from dyads.actors.memory import ActorMemory, KnownActor
from dyads.actors.named_bodies import named_bodies
from dyads.actors.named_for import named_for
from dyads.actors.office_nouns import office_nouns
from dyads.actors.officeholders import former_country, known_holder
from dyads.actors.origins import origins
from dyads.actors.owners import owners
from dyads.actors.past_holders import past_holders
from dyads.actors.policing_authorities import policing_authorities
from dyads.actors.posted_staff import posted_staff
from dyads.actors.races import term_story
from dyads.actors.ruler import add_actor_ruler
from dyads.actors.state_forms import fit_state_forms
from dyads.actors.terms import listed_candidates, terms_owned
from dyads.actors.things import things
from dyads.actors.title_offices import title_offices
from dyads.actors.titled_formers import titled_formers
from dyads.actors.trade_epithets import trade_epithets
from dyads.actors.undated_formers import undated_formers
from dyads.actors.units import units
from dyads.records import Mention

__all__ = ["ActorMemory", "KnownActor", "add_actor_ruler", "find_mentions"]


def find_mentions(
    doc: Doc,
    *,
    published: str | None = None,
    memory: ActorMemory | None = None,
    dateline_place: str | None = None,
    body: tuple[int, int] | None = None,
) -> list[Mention]:
    """Every actor reference in ``doc`` (names, groups, pronouns, descriptions), by span.

    ``doc`` must come from a pipeline that ran :func:`add_actor_ruler`. ``published``
    (YYYY-MM-DD) picks the role an actor had then in ``memory``; ``dateline_place`` and
    ``body`` (character span of the main text) set the article's dominant country.
    Mentions outside ``body`` are reported too.
    """
    linker = link(doc, published=published, memory=memory, dateline_place=dateline_place, body=body)
    text = linker.doc_text
    mentions = []
    title_offices(linker, linker.refs)  # "the Attorney General's Office" (round 107)
    refs = resolve(linker)
    named_bodies(linker, refs)  # "the Bolivarian National Police (PNB)" (round 114)
    defined_acronyms(linker, refs)  # "Amnesty International (AI) … AI wrote"
    running = listed_candidates(linker, refs)  # "other candidates, like … Fernando Haddad"
    units(linker, refs)
    origins(linker, refs)  # "refugees from Syria" are Syrian (round 110)
    listed_members(linker, refs)  # "three lieutenants from the military -- A, B and C --"
    included_members(linker, refs)  # "alleged traffickers …, including Colombian nationals X"
    group_leaders(linker, refs)  # "The group's leadership … another leader, X" (round 114)
    trade_epithets(linker, refs)  # "billionaire Paul Singer … The fund manager wrote"
    posted_staff(linker, refs)  # "Four Americans died" at a US compound (round 107)
    owned = owners(linker, refs) | things(linker, refs) | named_for(linker, refs)
    owned |= chosen_roles(linker, refs)  # "the candidate of their choice" (round 107)
    owned |= conventions(linker, refs) | disbanded(linker, refs)  # round 108x
    owned |= office_nouns(linker, refs)  # "assumed the presidency of" (round 110)
    for ref in refs:
        start, end = linker.chars(ref.start, ref.end)
        mentions.append(
            Mention(
                text=text[start:end],
                span=(start, end),
                actor=ref.actor,
                # a place ("in Michoacan", the dateline) or a nationality word ("American
                # lives") names where or whose, not an actor: its country without a code
                code=None
                if ref.form in ("place", "modifier") or id(ref) in owned
                else (ref.code or None),
                country=ref.country,
                sector=ref.sector,
                role=ref.role,
                kind=ref.kind,  # type: ignore[arg-type]
            )
        )
    former_staffers(mentions, published)  # "former congressional staffer": no office (round 110)
    mentions = _former(mentions, text, published, running)
    past_holders(mentions, linker, published)  # "Bill Clinton" in 2016: a former president
    left_races(mentions, text, published)  # "Fiorina, who dropped her … bid" (round 111)
    titled_formers(mentions, published)  # "President Bill Clinton" in 2016 (round 107)
    formers_staff(mentions, text)  # "the former vice president's spokeswoman" (round 110)
    activist_investors(mentions, text)  # "The activists won" (investors; round 110)
    undated_formers(mentions, text, published)  # "Hugo Chavez, who died in March" (r. 108x)
    terms_owned(linker, refs, mentions)  # "during President Bill Clinton's tenure"
    policing_authorities(doc, mentions)  # "authorities confiscated … Police also" (108x)
    bare_critics(doc, mentions)  # "critics say the municipalities were …" (round 111)
    fit_state_forms(mentions, published)  # Panama's forces are police (blind audit, round 104)
    return mentions


# sectors of office: a former holder is one of the country's elites (CAMEO's ELI)
_OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
_FORMER = ("former ", "ex-", "ex ", "onetime ", "one-time ", "retired ")
_FORMER_WORD = re.compile(r"(?i)(?:^|\s)(?:former|ex-|ex|onetime|one-time|retired)\s*\w")
# ", the former governor of …", not ", a former law professor" (an occupation: a sitting
# president stays GOV)
_OFFICES = (
    r"(?:president|vice|prime|premier|chancellor|minister|secretary|governor|mayor|senator|"
    r"congress\w*|representative|lawmaker|legislator|deputy|ambassador|envoy|diplomat|official|"
    r"officer|general|admiral|commander|chief|head|director|attorney|prosecutor|judge|justice|"
    r"magistrate|spokes\w+|agent|police\w*|colonel|major|captain|lieutenant|sheriff|king|"
    r"speaker|leader|member|advis[eo]r|aide)"
)
_FORMER_AFTER = re.compile(
    # ", President Barack Obama's former top adviser" (blind audit, round 62: USAGOV)
    r",\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\w.-]+\s+){0,3}?[\w.-]+(?:'s|’s)\s+)?"
    r"(?:former|ex-|onetime|one-time|retired)\s*(?:[\w.'-]+\s+){0,3}?" + _OFFICES + r"\b"
)


# "a security policy consultant and former police official": the office the person's own role
# words call former (blind audit, round 104: MEXCOP)
_FORMER_ROLE = re.compile(
    r"(?i)(?:^|\s)(?:former|ex-|onetime|one-time|retired)\s*(?:[\w.'-]+\s+){0,2}?"
    + _OFFICES
    + r"\b"
)


# a former office of the state in a party man's own mention ("former Secretary of State
# Colin Powell"); not a party's or campaign's post ("former campaign director")
_FORMER_STATE_OFFICE = re.compile(
    r"(?i)\b(?:former|ex-|onetime|one-time|retired)\s*(?:[\w.'-]+\s+){0,2}?"
    r"(?:president|vice president|secretary of|minister|governor|senator|ambassador|mayor|"
    r"congress(?:man|woman)|attorney general|general|admiral)\b"
)


def _former(
    mentions: list[Mention], text: str, published: str | None, running: set[str]
) -> list[Mention]:
    """ "former Vermont governor Howard Dean", "the ex-mayor": a person the text calls a former
    office-holder is coded as the country's elite (ELI), in every mention of them (blind audit:
    former officials coded as serving government); not one the text lists among the candidates
    of a race (``running``)."""
    formers = set()
    for m in mentions:
        if m.actor in running:
            continue
        words = text[max(0, m.span[0] - 12) : m.span[1]]  # "Former New York mayor Rudy …"
        if m.kind == "person" and m.sector == "PTY" and _FORMER_STATE_OFFICE.search(words):
            # "former Secretary of State Colin Powell", a party man in the headline: an elite
            # (blind audit, round 84: USAPTY)
            formers.add(m.actor)
            continue
        if m.kind == "person" and former_by_words(m, text, published):
            formers.add(m.actor)  # "former Carter adviser Alfred Kahn" (round 111)
            continue
        if m.kind != "person" or m.sector not in _OFFICE_SECTORS:
            continue
        if served_under_past_head(m.role, published):
            formers.add(m.actor)  # "a Reagan education secretary" (blind audit, round 101)
            continue
        before = text[max(0, m.span[0] - 12) : m.span[0]].lower()
        after = text[m.span[1] : m.span[1] + 60].lower()
        # "Brazilian ex-president José Sarney", "Howard Dean, the former governor of …"
        if (
            _FORMER_WORD.search(m.text)
            or before.rstrip().endswith(tuple(f.strip() for f in _FORMER))
            or _FORMER_AFTER.match(after)
            or _FORMER_ROLE.search(m.role or "")
        ):
            formers.add(m.actor)
    formers |= {m.actor for m in mentions if m.kind == "person" and m.sector == "ELI"}
    # "Former Democratic candidate Bernie Sanders", a senator that day: the "former" is another
    # office (blind audit, round 53: USAELI)
    serving = {a: held for a in formers if a and published and (held := known_holder(a, published))}
    if serving and term_story(text, mentions, set(serving)):
        # "former secretary of state Hillary Clinton" in a story about her State Department
        # emails "while she was in office" that never speaks of the race: the former office,
        # not the campaign (round 114)
        serving = {a: held for a, held in serving.items() if held.sector != "PTY"}
    formers -= set(serving)
    for m in mentions:
        held = serving.get(m.actor or "")
        if held is not None and m.sector in _OFFICE_SECTORS | {"ELI"} and held.code:
            m.country, m.sector, m.code = held.country, held.sector, held.code
    if not formers:
        return mentions
    for m in mentions:
        if m.actor in formers and m.sector == "PTY" and m.country:
            m.sector, m.code = "ELI", f"{m.country}ELI"
        if m.actor in formers and m.sector in _OFFICE_SECTORS | {"ELI"} and not m.country:
            # "ex-president Felipe Calderón" in a story that names no country: the country of
            # the terms the office-holder table says had ended (blind audit, round 13)
            m.country = former_country(m.actor or "", published)
        if m.actor in formers and m.sector in _OFFICE_SECTORS | {"ELI"} and m.country:
            m.sector, m.code = "ELI", f"{m.country}ELI"
    return mentions
