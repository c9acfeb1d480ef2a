"""People: a PERSON entity with its title, nationality or organisation.

"Russian Foreign Minister Sergei Lavrov" -> RUSGOV, role "Foreign Minister" (words before the
name); "X, the NATO secretary general's special representative ..." -> IGOWSTNAT (an apposition
after it); "King Hassan of Morocco" (an of-phrase). A title with no country leaves the country
to what is known about the person and then to the article (:mod:`dyads.actors.coref`).
"""

from __future__ import annotations

import re

from dyads.actors import phrase, politics, principals, relatives
from dyads.actors.appositions import Described, apposition, party_chair, past_home, preceding
from dyads.actors.context import Linker
from dyads.actors.gazetteer import Role
from dyads.actors.given_names import common_surname, given_gender, is_given_name
from dyads.actors.phrase import HEAD_TITLES
from dyads.actors.place_lists import among_places
from dyads.actors.refs import NOT_YET, PersonInfo, Ref

_LEADING_CUES = frozenset({"said", "stated", "added", "wrote", "asked", "noted", "explained",
                           "declared", "replied", "continued", "tweeted", "says",
                           "adds"})  # fmt: skip


def _hyphenated_surname(lk: Linker, name: str, end: int) -> bool:
    """``name`` is the whole hyphenated surname of a longer name the article gave."""
    full = lk.surnames.get(lk.t.text[end - 1])
    return (
        full is not None
        and full != name
        and full.replace(" - ", "-").endswith(" " + name.replace(" - ", "-"))
    )


def person(lk: Linker, start: int, end: int) -> None:
    """One PERSON entity: a name ref, and what its phrase says into the person table.

    The code comes from the mention's own phrase first: titles and a nationality, body or
    possessor before the name, "of X" after a title, an apposition after the name, a title
    phrase before it ("China's ambassador to Britain, Liu Xiaoming"), a capital a spokesperson
    briefs in. What is known about the person and the article's country come later
    (:func:`dyads.actors.coref.resolve`), never another sentence's actor.
    """
    t = lk.t
    if end - start > 1 and t.lower[start] in _LEADING_CUES:
        start += 1  # "Stated Stone: “…”": the cue the NER put inside the name (round 25)
    # a title the NER put inside the name ("President Trump" as one PERSON)
    while start < end - 1 and lk.role_cover[start] >= 0:
        start = lk.role_at[lk.role_cover[start]][0]
    name = lk.text(start, end)
    if end - start > 1 and "-" in t.text[start:end] and _hyphenated_surname(lk, name, end):
        # "Mark-Viverito" after "Melissa Mark-Viverito": her surname, not a man called Mark
        # (blind audit, round 27: "she" then went to Clinton)
        actor = lk.surnames[t.text[end - 1]]
        lk.new_ref(start, end, actor=actor, form="surname", resolved=False)
        return
    if end - start == 1 and name in lk.surnames:
        if among_places(lk, start, end, strict=True):
            return  # "followed by Guerrero (149), Tamaulipas (119)": the state (round 101)
        if relatives.family_member(lk, start):
            return  # "the newest Clinton": a baby, not the Clinton named before (round 88)
        gender = None
        if start > 0 and lk.role_cover[start - 1] >= 0:
            role = lk.role_at[lk.role_cover[start - 1]][1]
            gender = role.gender if role.kind == "honorific" else None  # "Mr. Trump": a man
        actor = lk.surname_actor(name, start)
        _relative(lk, actor, (start, end), gender)  # "Clinton, 35, the daughter of …"
        lk.new_ref(start, end, actor=actor, form="surname", resolved=False, gender=gender)
        return
    own = phrase.before(lk, start, titles=True)
    begin = own.begin
    described: Described | None = None
    if own.titles:
        owner = own
        if own.entry is None:
            owner = phrase.after(lk, end) or own  # "King Hassan of Morocco"
            owner.titles = own.titles
            owner.bound = owner.bound or own.bound
            owner.body = owner.body or own.body
        described = Described(lk.text(own.titles[-1][0], start), [r for _, r in own.titles], owner)
    else:
        described = _named_as_group(lk, own, start)  # "Colombian drug lords Luis Caicedo"
    appended = apposition(lk, end)
    if appended is not None and relatives.kin_of_titled(lk, end):
        appended = None  # "Heidi Cruz, Senator Ted Cruz's wife": his title (round 108x)
    entry = appended.owner.entry if appended is not None else None
    if (
        appended is not None
        and entry is not None
        and entry.kind == "igo"
        and _FORMER.search(appended.text)
    ):
        # "a retired four-star general and former supreme allied commander of NATO forces":
        # no longer the body's, and no country said (blind audit, round 84: IGOWSTNAT)
        appended.owner.entry, appended.owner.bound = None, True
    office = described is not None and any(r.kind == "title" for r in described.titles)
    chair = appended or past_home(lk, end)
    if chair is not None and described is not None and party_chair(chair):
        # "Representative Debbie Wasserman Schultz of Florida, the national party chairwoman":
        # the party office the story names her by (blind audit, round 79: USAGOV)
        described = Described(chair.text, described.titles + chair.titles, chair.owner)
    elif appended is not None and office and described.owner.entry is None and appended.owner.entry:
        # "Senator Richard Burr, a North Carolina Republican": the apposition tells where, the
        # title before the name stays the office (blind audit, rounds 22-23: coded PTY)
        described = Described(described.text, appended.titles + described.titles, appended.owner)
    elif appended is not None and (
        described is None or (described.owner.entry is None and appended.owner.entry is not None)
    ):
        described = appended
        if appended.owner.entry is None and _demonym_only(lk, own, name):
            appended.owner.entry = own.entry  # "Mexican Juan Perez, a drug trafficker": MEXCRM
    elif described is not None and described.owner.entry is None and appended is not None:
        described.owner.bound = described.owner.bound or appended.owner.bound
    if described is None or _rank_only(described):
        # "the chief of police in Tumaco, Col. Carlos Castellanos": the office named before
        # the comma gives the sector, not the rank (blind audit, round 84: COLMIL)
        found = preceding(lk, begin)
        if found is not None and (described is None or _office_over_rank(found[1])):
            begin, described = found
    info = lk.persons.get(name) or PersonInfo(name)
    gender = next((r.gender for _, r in own.titles if r.gender), None) or _honorific(lk, start)
    alone = begin == start and not common_surname(t.text[start])  # not "Ms. Malik"
    if gender is None and (end - start > 1 or alone):
        # "Carly Fiorina": she, not he; "his wife, Jane" (blind audit, round 55: a later "He
        # said" went to Jane)
        gender = given_gender(t.text[start])
    if described is None and not info.explicit:
        info = relatives.private_person(lk, name, (begin, end), gender or info.gender) or info
    if described is None and not info.explicit and (home := _demonym_only(lk, own, name)):
        # "Costa Rican Alejandro Jimenez Gonzalez": a private citizen of that country (blind
        # audit, round 99: left uncoded)
        info = PersonInfo(name, f"{home}CVL", home, "CVL", gender=gender, explicit=True)
    if described is not None:
        gender = gender or next((r.gender for r in described.titles if r.gender), None)
        # "his future secretary of State, John Foster Dulles": not yet in office, so not coded
        # by it (blind audit, round 29: USAGOV in the 1952 campaign)
        window = t.lower[max(0, begin - 3) : begin]
        not_yet = bool(NOT_YET & set(window)) or "would-be" in "".join(window)
        if not_yet:
            info = PersonInfo(name, gender=gender, explicit=True)
        elif not info.explicit:
            info = _describe(lk, name, described, (start, end), gender)
    elif gender and not info.gender:
        info.gender = gender
    if info.principal is None:
        info.principal = principals.principal_of(lk, own, (start, end))
    lk.persons[name] = info
    if end - start > 1 and not acronym_end(lk, start, end):
        lk.surnames.setdefault(t.text[end - 1], name)
    ref = lk.new_ref(begin, end, actor=name, form="name", gender=info.gender)
    ref.role = info.role if described is not None else None
    ref.resolved = False  # codes are filled in by coref from the person table / memory


def _named_as_group(lk: Linker, own: phrase.Owner, start: int) -> Described | None:
    """A plural noun of people right before the name, whose sector is its own ("the now
    incarcerated Colombian drug lords Luis Agustin Caicedo Velandia, alias "Don Lucho," and
    …"): the name is one of them and takes that sector, with the country of its phrase (blind
    audit, round 114: a demonym alone made him a Colombian civilian, COLCVL). A Phoenix noun
    counts only beside a country word of its own."""
    body = own.body
    cover = lk.role_cover[start - 1] if start > 0 else -1
    if body is None or cover < 0 or lk.role_at[cover][1] is not body:
        return None
    if body.kind != "group" or body.number != "pl" or (body.sector or "*").startswith("*"):
        return None
    if lk.t.tag[start - 1] != "NNS":
        return None  # "Police Superintendent Luis Godoy": the title's body, no list of people
    if not body.curated and own.entry is None:
        return None
    return Described(lk.text(cover, start), [body], own)


def acronym_end(lk: Linker, start: int, end: int) -> bool:
    """A "name" closed by an acronym in a line not set in capitals ("Junge SVP", a party's youth
    wing the recogniser took for a person) gives the acronym to no one as a surname: "the SVP"
    alone is the party (blind audit, round 114: every "SVP" went to "Junge SVP")."""
    last, first = lk.t.text[end - 1], lk.t.text[start]
    return 2 <= len(last) <= 6 and last.isalpha() and last.isupper() and not first.isupper()


def _demonym_only(lk: Linker, own: phrase.Owner, name: str) -> str | None:
    """The country of a demonym standing alone before a name no title or table describes."""
    entry = own.entry
    if entry is None or entry.kind != "demonym" or not entry.country or own.titles:
        return None
    return entry.country if lk.known(name) is None else None


def _honorific(lk: Linker, start: int) -> str | None:
    """The gender of an honorific right before the name: "Mr. Trump's daughter" is his
    daughter, so a later "her husband" is not Mr. Trump's (round 88: "her" went to him)."""
    cover = lk.role_cover[start - 1] if start > 0 else -1
    role = lk.role_at[cover][1] if cover >= 0 else None
    return role.gender if role is not None and role.kind == "honorific" else None


def _relative(lk: Linker, name: str, span: tuple[int, int], gender: str | None) -> None:
    """A surname a kinship phrase introduces makes its person a private one, unless the
    article described the person before (:mod:`dyads.actors.relatives`)."""
    info = lk.persons.get(name)
    if info is not None and info.explicit:
        return
    private = relatives.private_person(lk, name, span, gender or (info.gender if info else None))
    if private is not None:
        lk.persons[name] = private


def _rank_only(described: Described) -> bool:
    """Every title before the name is a rank of the armed forces ("Col.", "Gen.", "Major")."""
    return all(
        r.kind == "title" and (r.sector or "").lstrip("*") == "MIL" for r in described.titles
    )


def _office_over_rank(found: Described) -> bool:
    """The title phrase before the comma names an office outside the armed forces, whose
    sector a rank does not change ("the chief of police in Tumaco", "the governor of Cauca")."""
    sector = found.owner.sector_for(_main_title(found.titles))
    return sector is not None and sector not in ("MIL", "*MIL")


def _describe(
    lk: Linker, name: str, described: Described, span: tuple[int, int], gender: str | None
) -> PersonInfo:
    owner = described.owner
    title = _main_title(described.titles)
    sector = owner.sector_for(title)
    entry = owner.entry
    country = code = None
    at = _party_at(lk, span, described.titles)
    party = lk.role_at[lk.role_cover[at]][1] if at >= 0 else None
    if party is not None and party is title and politics.voter(lk, at, plural=False):
        sector = "CVL"  # "a nominal Republican", "Republicans said in the poll": a voter
    if title is not None and _representative(described.text) and owner.body is None:
        sector = "LEG"  # "Representative Mike Coffman of Colorado" (blind audit, round 29)
    if sector == "GOV" and _CAMPAIGN.search(described.text):
        sector = "PTY"  # "Clinton's director of state campaigns" (round 85: USAGOV)
    if sector == "GOV" and _a_person_s_chair(lk, described):
        sector = "PTY"  # "his Georgia chairman, Scott Johnson" (blind audit, round 104)
    if entry is not None and entry.kind == "igo" and _ENVOY.search(described.text):
        # "Former UN Ambassador John Bolton": his country's envoy to the body, not the body
        # (blind audit, round 54: IGOUNO); the country comes from what the text says of him
        sector = "GOV"
    elif entry is not None and entry.kind == "igo":
        code, sector = entry.code, None
    elif entry is not None and entry.country:
        country = entry.country
        code = country + (sector or "")
    else:
        country = phrase.briefing_place(lk, span[0], described.text, owner.body)
        code = country + (sector or "") if country else None
    # "Republican strategist X", "Sen. Bob Corker (R-Tenn.)": American unless what is known of
    # the person says more (the office-holder table's "Senate majority leader" stays LEG)
    tagged = politics.legislator_title(described.text) and politics.party_tagged(lk, span[1])
    # "Deputy Assistant Secretary for Central America X": a US office, whatever region it is
    # for (round 95 leftover, still uncoded: the region bound the title)
    us_office = politics.american_title(described.text, None)
    home = "USA" if code is None and (party is not None or tagged or us_office) else None
    return PersonInfo(
        name,
        code,
        country,
        sector,
        described.text,
        gender,
        True,
        needs_country=code is None and (not owner.bound or home is not None),
        bound=code is None and owner.bound and home is None,
        possessor=owner.possessor,
        home=home,
    )


# "Representative", or "Representative Debbie" when the recogniser left the given name out of
# "Wasserman Schultz" (blind audit, round 79: USAGOV)
_REPRESENTATIVE = re.compile(r"\bRepresentative(?:\s+([A-Z][a-z]+))?$")


def _representative(text: str) -> bool:
    """``text``, the title words before a name, is a US House member's title."""
    found = _REPRESENTATIVE.search(text)
    return found is not None and (found.group(1) is None or is_given_name(found.group(1)))


_FORMER = re.compile(r"(?i)\b(?:former|ex-|retired|onetime|one-time)\b")
# a title of a campaign's staff: its office is the party's, never the government's
_CAMPAIGN = re.compile(r"(?i)\bcampaigns?\b")
_CHAIRS = frozenset({"chairman", "chairwoman", "chair", "co-chairman", "co-chairwoman", "co-chair"})


def _a_person_s_chair(lk: Linker, described: Described) -> bool:
    """ "his Georgia chairman", "Clinton's Iowa chairwoman": a person's chair (of a state, a
    county) chairs that person's campaign there, a party post, not an office of the state."""
    if not any(role.phrase.lower() in _CHAIRS for role in described.titles):
        return False
    t, k = lk.t, described.owner.begin - 1
    if k < 0:
        return False
    return t.lower[k] in ("his", "her") or (
        t.tag[k] == "POS" and k > 0 and t.ent[k - 1] == "PERSON"
    )


# a country's ambassador to a body; a body's own "special representative" or "envoy for Syria"
# is the body's (the seed's NATO representative Javier Colomina)
_ENVOY = re.compile(r"(?i)\bambassador\b")


def _main_title(titles: list[Role]) -> Role | None:
    """The title that gives the sector: the one farthest from the name, but beside a US party
    word an office it qualifies ("Republican senator": LEG), while a civilian's title or the
    head of a party's body is the party's ("Republican strategist", "a Republican tax
    consultant", "president of the Florida Democratic Party": PTY)."""
    title = titles[-1] if titles else None
    party = next((r for r in titles if politics.us_party(r)), None)
    if party is None:
        return title
    office = next((r for r in reversed(titles) if not politics.us_party(r)), None)
    if office is None or (office.sector or "").lstrip("*") == "CVL":
        return party
    return party if office.phrase.lower() in HEAD_TITLES else office


def _party_at(lk: Linker, span: tuple[int, int], titles: list[Role]) -> int:
    """The token of a US party word among the ``titles`` described with the name at ``span``
    ("Republican strategist X", "X, a nominal Republican"), -1 if none."""
    t = lk.t
    start, end = span
    for k in range(max(0, start - 6), min(len(t.text), end + 8)):
        if t.sent[k] != t.sent[start] or not politics.american(lk, k):
            continue
        if any(role is lk.role_at[lk.role_cover[k]][1] for role in titles):
            return k
    return -1


# "Servando Gomez, alias “La Tuta”", "Nestor Isidro Perez, a.k.a. El Nini": one person
# "Luiz Fernando de Souza -- better known locally as "Pezao" --" too (blind audit, round 92:
# "Pezao" stayed a body, and his "his" went to another man)
_ALIAS = re.compile(
    r"(?:\s*(?:,|--|[—–(]))?\s*(?:alias|a\.k\.a\.|aka|nicknamed|"
    r"(?:(?:better|widely|popularly|also)\s+)?known(?:\s+\w+ly)?\s+as)"
    r"\s+[“\"'‘]?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)


def link_aliases(lk: Linker) -> None:
    """An alias given right after a person's name names the same person: its later refs take
    the full name ("“… ‘La Tuta’ is not operating,” he said" is not La Tuta speaking, once La
    Tuta is Servando Gomez; blind audit, round 18)."""
    names = [r for r in lk.refs if r.kind == "person" and r.form == "name" and r.actor]
    aliases: dict[str, Ref] = {}
    for ref in names:
        end_char = lk.t.idx[ref.end - 1] + len(lk.t.text[ref.end - 1])
        found = _ALIAS.match(lk.doc_text, end_char)
        if found is not None and found.group(1) != ref.actor:
            aliases[found.group(1)] = ref
    if not aliases:
        return
    for ref in lk.refs:
        named = aliases.get(ref.actor or "") or aliases.get(lk.text(ref.start, ref.end))
        if named is None or named is ref:
            continue
        # the recogniser often takes "El Raton" for a place or a body
        ref.actor = named.actor
        ref.kind, ref.form, ref.resolved = "person", "name", False
        ref.code = ref.country = ref.sector = None
        if ref.start < named.start:
            ref.ahead = named  # "La Tuta's latest rant" before the name: it takes the name's code
