"""Unnamed officials, groups and bodies from role words, and definite descriptions.

A role word ("troops", "opponents", "Foreign Ministry", "officials") takes its country from a
demonym, country or IGO before it ("Russian troops"), from "of X" after it, or from a possessor
("Pashinyan's opponents", "its armed forces"; resolved by :mod:`dyads.actors.coref`). A media
descriptor joins the outlet it names ("Russian news agency TASS"). "The alliance", "the
republic" are definite descriptions resolved by coreference.
"""

from __future__ import annotations

from typing import Any

from dyads.actors import offices, phrase, politics
from dyads.actors.context import Linker
from dyads.actors.coordinated import conjunct_refs, of_several, placed_sides
from dyads.actors.gazetteer import Entry, Role
from dyads.actors.group_country import person_of
from dyads.actors.issue_activists import campaigners
from dyads.actors.labels import coined_label
from dyads.actors.not_acting import unreal
from dyads.actors.peacekeepers import is_peacekeeping, sender
from dyads.actors.refs import NAME_HEADS, NOT_YET, POSSESSIVE_PRONOUNS
from dyads.actors.security_forces import police_meant
from dyads.actors.senses import OTHER_SENSES, likened
from dyads.actors.topics import listed_topic

# sectors whose members are, as a rule, of the country they are in ("lawmakers in Tbilisi")
LOCAL_SECTORS = {"GOV", "COP", "JUD", "LEG", "OPP"}
# words that go on a body's name after its role word ("Police Department", "Army Command")
BODY_HEADS = {
    "department", "command", "corps", "brigade", "division", "unit", "squad", "bureau",
    "service", "services", "agency", "office", "headquarters", "directorate", "force", "forces",
    "ministry", "council", "committee", "commission",
}  # fmt: skip


# "serve as President", "elected as governor", "who the next president will be": a title named
# as an office, held by no one the sentence points to (blind audit, round 13: coded USAGOV)
_OFFICE_VERBS = {"serve", "run", "elect", "swear", "nominate", "appoint", "qualify", "become",
                 "succeed", "replace", "remain", "stay", "return", "install", "fit",
                 # talked of for a post: "mentioned as a potential Maryland gubernatorial
                 # candidate" is the person named, no candidate besides (round 90: USAPTY)
                 "mention", "tout", "float", "tip", "consider", "eye"}  # fmt: skip


def _office(lk: Linker, start: int, last: int) -> bool:
    t = lk.t
    if any(t.lower[k] in NOT_YET for k in range(max(0, start - 2), last)):
        return t.dep[last] in ("attr", "nsubj") and t.lemma[t.head[last]] == "be"
    head = t.head[last]
    if t.dep[last] == "pobj" and t.lower[head] == "as":
        return t.lemma[t.head[head]] in _OFFICE_VERBS
    # "If Donald Trump becomes the president": the office he would take (blind audit, round 30)
    return t.dep[last] in ("attr", "oprd") and t.lemma[head] in _BECOMING


_BECOMING = {"become", "remain", "stay"}
# bodies that are also an office one wins or seeks ("wins the presidency")
_OFFICE_BODIES = {"presidency", "premiership", "governorship", "chancellorship", "leadership"}
_TERMS = _OFFICE_BODIES - {"leadership"}  # "his top leadership" are his lieutenants


def role(lk: Linker, start: int) -> None:
    t = lk.t
    end, role = lk.role_at[start]
    if role.kind in ("honorific", "modifier"):
        return
    last = end - 1
    if role.sector == "MED" and end < len(t.text):
        entry = lk.entry_at[end]
        if entry is not None and entry.kind == "media":
            absorb_descriptor(lk, start, end, role)
            return
    if role.kind in ("org", "group") and t.title[start]:
        # "Police Department", "Army Command": a body's name goes on past its role word
        while end < len(t.text) and t.title[end] and t.lower[end] in BODY_HEADS:
            lk.used[end] = True
            end += 1
        last = end - 1
    # an adjective or noun modifier, not a head ("military exercise", "news agency TASS")
    modifies = t.pos[last] == "ADJ" or t.dep[last] in ("amod", "compound")
    if modifies and last + 1 < len(t.text) and t.pos[last + 1] in ("NOUN", "PROPN"):
        absorb_descriptor(lk, start, end, role)
        return
    if role.kind == "title" and t.pos[last] not in ("NOUN", "PROPN"):
        return
    if role.kind == "title" and (_office(lk, start, last) or offices.run_for(lk, start, last)):
        return  # "fit to serve as President of the United States": the office, no one
    if role.kind == "title" and offices.supposed_role(lk, last):
        return  # "whether she would be Clinton's running mate" (blind audit, round 114)
    if role.sector == "LEG" and offices.seat_race(lk, end):
        return  # "the Senate campaign": the seat sought (blind audit, round 88: USALEG)
    if t.lower[last] in _OFFICE_BODIES and offices.office_won(lk, start, end):
        return  # "if he wins the presidency": the office won (blind audit, round 76: USAGOV)
    if t.lower[last] in _TERMS and end - start == 1 and offices.term_of(lk, start):
        return  # "early in his presidency": the term, a time (blind audit, round 95: MEXGOV)
    if role.kind == "title" and offices.post_sought(lk, last):
        return  # "a contender for the vice president's position" (blind audit, round 79)
    if role.kind in ("title", "group") and role.number == "pl" and listed_topic(lk, start, end):
        return  # "how migration, refugees and Islamophobia came to dominate" (round 79)
    if _name_part(lk, start, end):
        return  # "the Workers' Party": a word of a party's name (round 85: BRALAB)
    if coined_label(t, start, end):
        return  # "coined a new phrase, “undocumented Democrats,”" (blind audit, round 84)
    if role.kind in ("org", "group") and role.number == "sg" and likened(lk, start):
        return  # "voted as a gang": how they voted, no gang (blind audit, round 88: USACRM)
    if unreal(lk, start, end):
        return  # "the salaries of fake workers" (blind audit, round 98: PERLAB)
    other_sense = OTHER_SENSES.get(t.lower[start]) if end - start == 1 else None
    if other_sense is not None and other_sense(lk, start):
        return  # a role word in its everyday sense: "the back of the head", "joined forces"
    own = phrase.before(lk, start, titles=False)
    b = own.begin
    if own.entry is not None and b >= 2 and t.lower[b - 1] == "-" and t.ent[b - 2] == "GPE":
        own.entry = None  # "Bolivia-Brazil Drug Trafficking Ring": a cross-border ring, no one's
    if own.entry is None and own.possessor is None:
        # "the government of Armenia", "officials of the Cali Cartel", "lawmakers in Tbilisi"
        # "police in Paris" are France's; "troops in Syria", "settlers in the West Bank" seldom
        located = role.sector in LOCAL_SECTORS
        after = phrase.after(lk, end, located=located)
        person = person_of(lk, end) if role.sector in _STATE_SECTORS else None
        if after is not None and after.entry is None and person is not None:
            own.possessor, after = person, None  # "the government of President Thein Sein"
        if after is not None:
            own.entry, own.located = after.entry, after.located
            own.body = own.body or after.body
            own.bound = own.bound or after.bound
    if own.entry is None and own.possessor is None and of_several(lk, end):
        own.bound = True  # "officials in both countries said": no one country's (session 30)
    if is_peacekeeping(role) and own.entry is None and own.possessor is None:
        own.entry = sender(lk, start, end)  # "the UN is sending more peacekeepers": the UN's
        own.bound = own.entry is None  # never the host country's (new user's trial: CODMIL)
    entry = own.entry
    if role.label == "members" and not _of_a_group(lk, own, start):
        return  # "Russian operatives", "family members": whose, no rule can say
    words = lk.text(start, end)
    plural = role.number == "pl"
    if (
        plural
        and entry is None
        and own.possessor is None
        and role.sector not in _STATE_SECTORS
        and _classes_contrasted(lk, start, last)
    ):
        own.bound = True  # "between workers and peasants": classes, no country's
    kind = (
        ("group" if plural else "person")
        if role.kind == "title"
        else (
            "media" if role.sector == "MED" else "group" if role.kind == "group" else "organisation"
        )
    )
    ref_values: dict[str, Any] = {"kind": kind, "number": role.number, "form": "group"}
    if role.kind == "title":
        ref_values["role"] = words
        ref_values["form"] = "title"
        ref_values["gender"] = role.gender  # no "his" is a spokeswoman's (round 110)
        named = entry is not None or own.possessor is not None or own.body is not None
        if not named and not own.definite and not plural:
            return  # "an official said": nobody we can code
    if entry is None and own.possessor is None and placed_sides(lk, role, end, role.phrase):
        return  # "Dairy exporters in France and the Netherlands": FRABUS, NLDBUS (session 30)
    if not role.curated and entry is None and own.possessor is None:
        return  # a Phoenix noun ("intellectuals", "victims") is coded only from its own words
    inherits = (role.sector or "").startswith("*")  # "pollsters" (*CVL) gave "USA*CVL"
    sector = own.sector_for(role) if role.kind == "title" or inherits else role.sector
    state_sector = sector
    sector = _owner_sector(lk, own, role, sector)
    if sector == "MIL" and police_meant(lk, start, role):
        sector = "COP"  # "police officers … colluding … security forces" (round 98: ARGMIL)
    if sector == "OPP" and politics.within_party(lk, end):
        sector = "PTY"  # "critics within the party" (blind audit, round 98: USAOPP)
    if sector == "OPP" and entry is not None and entry.sector == "PTY" and not own.located:
        sector = "PTY"  # "in the face of GOP opposition": the party (round 114: USAOPP)
    if sector == "OPP" and campaigners(lk, own.begin, start, end):
        sector = "CVL"  # "abortion opponents" campaign for a cause (round 99: USAOPP)
    arm = _arm_of_state(role, own.body)
    if arm is not None and own.body is not None:
        sector, role = arm, own.body  # named as that arm ("Nicaraguan police")
    # "Republican leaders" lead the party, not the government (blind audit, round 51: GOV)
    # "the Republican leadership" leads the party, not the government (round 85: USAGOV)
    led = inherits or (role.kind == "org" and t.lower[start] == "leadership")
    party = led and start > 0 and politics.party_modifier(lk, start - 1)
    party = party or (led and politics.shared_party_modifier(lk, start))  # "… donors and them"
    if entry is None and own.possessor is None and (party or politics.american(lk, start)):
        # "Republicans": the US party's people; in a poll or after "registered", its voters
        sector = "PTY" if party else sector
        sector = "LEG" if sector == "PTY" and politics.in_legislature(lk, end) else sector
        sector = "CVL" if politics.voter(lk, start, plural=True) else sector
        ref_values.update(country="USA", sector=sector, code=f"USA{sector}", actor=words)
    elif entry is not None and entry.kind == "igo":
        ref_values.update(actor=entry.actor, code=entry.code)
    elif entry is not None and entry.kind == "media" and "MED" in (role.sector, sector):
        # "the nationalist Global Times tabloid": the outlet named, not "Chinese media" (blind
        # audit, round 72); "HuffPost Pollster", "Fox News pollsters": the outlet's own poll,
        # not a generic American pollster (blind audit)
        code = (entry.country or "") + "MED" if entry.country else entry.code
        ref_values.update(actor=entry.actor, country=entry.country, sector="MED", code=code)
        ref_values["kind"] = "media"
    elif entry is not None:
        country = entry.country
        code = country + (sector or "") if country else None  # a sector alone is no code
        ref_values.update(country=country, sector=sector, code=code)
        words_all = lk.text(start, end)
        named = words_all.istitle() and role.kind in ("org", "group") and entry.kind != "metonym"
        # a named body keeps its name: "Cali Cartel", "Russian Foreign Ministry"
        actor = lk.text(own.begin, end) if named else None
        ref_values["actor"] = actor or group_name(lk, country, role, words, entry, sector)
    elif own.bound:
        ref_values.update(sector=sector, actor=role.label or lk.gaz.sector_label(sector))
    else:
        ref_values.update(sector=sector, resolved=False, needs_country=True)
        ref_values["possessor"] = own.possessor
        ref_values["desc"] = ("definite",) if own.definite else ()
    ref_values["igo_type"] = role.label  # lets "the ministry" find "the Foreign Ministry"
    if sector != state_sector:
        # "the government's version" is not the Zetas leadership's (round 76)
        ref_values["igo_type"] = None
    lk.new_ref(own.begin, end, **ref_values)
    if entry is not None and entry.kind == "demonym":  # "Kyrgyz and Tajik troops" (session 30)
        conjunct_refs(
            lk, own.begin, ref_values, lambda c, m: group_name(lk, c, role, words, m, sector)
        )


def _name_part(lk: Linker, start: int, end: int) -> bool:
    """A capitalised role word with a possessive mark before a capitalised name head ("the
    Workers' Party", "Farmers' Union") opens that body's name: no mention of its own."""
    t = lk.t
    if lk.role_at[start][1].number != "pl":
        return False  # "the Attorney General's Office" is the attorney general's
    if not t.title[start] or end + 1 >= len(t.text) or t.tag[end] != "POS":
        return False
    return t.title[end + 1] and t.lower[end + 1] in NAME_HEADS


def _of_a_group(lk: Linker, own: phrase.Owner, start: int) -> bool:
    """ "Zetas operatives", "members of the Sinaloa Cartel", "its members", "Democratic
    operatives": members (``roles.csv`` label ``members``) are coded only as a named group's,
    a body's outside the state, a possessor's or a US party's (round 85: "two alleged Zetas
    financial operatives" left uncoded)."""
    if lk.t.dep[lk.role_at[start][0] - 1] == "attr":
        return False  # "Both companies are members of the network": what they are
    entry, body = own.entry, own.body
    if entry is not None and (entry.kind == "igo" or entry.sector in _NON_STATE):
        return True
    if body is not None and (body.sector or "").lstrip("*") in _NON_STATE:
        return True
    return own.possessor is not None or (start > 0 and politics.party_modifier(lk, start - 1))


# sectors of the state: "between regional governments and federal authorities" are a country's
_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "OPP", "MIL", "SPY", "*"})
# bodies outside the state whose possessive makes a body word theirs ("the campaign's leadership")
_PRIVATE_OWNERS = {"campaign": "PTY", "party": "PTY", "company": "BUS", "firm": "BUS",
                   "corporation": "BUS"}  # fmt: skip
# sectors of named groups outside the state: their leadership or ranks are theirs, not the
# government's or the army's
_NON_STATE = frozenset({"REB", "CRM", "INS", "PTY", "OPP", "NGO", "BUS", "LAB", "MED", "EDU",
                        "REL", "UAF", "SEP", "RAD"})  # fmt: skip
# role words for a group's own people or organs; "government", "authorities", "regime" are
# left out: a group that governs ("Hamas authorities") has them as a state does
_MEMBER_BODIES = frozenset({"leadership", "command", "high command", "ranks", "wing",
                            "membership", "members", "commanders", "soldiers",
                            "troops"})  # fmt: skip
# a named armed group's own people: "three M23 fighters", "Hamas gunmen" are the group's (new
# user's trial: PSEUAF, from Phoenix's "fighters")
_GROUP_MEN = frozenset({"fighters", "fighter", "gunmen", "gunman", "combatants", "combatant",
                        "militants", "militant", "militiamen", "commander", "soldier", "forces",
                        "members", "member",
                        # an armed group's dissidents still bear arms (blind audit, round 101:
                        # "FARC dissidents" COLOPP)
                        "dissidents", "dissident", "defectors", "remnants",
                        "holdouts",
                        # held members: "five Taliban detainees" (round 110: AFGOPP, Phoenix's)
                        "detainees", "detainee", "prisoners", "prisoner", "captives"})  # fmt: skip


def _owner_sector(lk: Linker, own: phrase.Owner, role: Role, sector: str | None) -> str | None:
    """The sector of a body word a group outside the state owns or names: "her campaign's
    leadership" PTY (blind audit, round 74: USAGOV), "ELN leadership" and "ELN commanders"
    REB (round 76: COLGOV, COLMIL). Otherwise ``sector`` as it was."""
    entry = own.entry
    if (
        role.phrase.lower() in _GROUP_MEN | _MEMBER_BODIES
        and entry is not None
        and not own.located
        and entry.kind == "metonym"
        and entry.sector in _NON_STATE - {"BUS", "MED", "EDU", "NGO", "LAB", "PTY"}
    ):
        return entry.sector
    if role.kind not in ("org", "group") or sector not in ("GOV", "MIL"):
        return sector
    owner_word = lk.t.lower[own.possessor] if own.possessor is not None else ""
    if role.kind == "org" and sector == "GOV" and owner_word in _PRIVATE_OWNERS:
        return _PRIVATE_OWNERS[owner_word]
    if entry is None or own.located or entry.kind != "metonym":
        return sector
    if entry.sector in _NON_STATE and role.phrase.lower() in _MEMBER_BODIES:
        return entry.sector
    return sector


# verbs whose object description is a capacity had, not a body ("lack the organization")
_HAVING = frozenset({"have", "lack", "need", "possess", "acquire", "build"})
# arms of the state whose name before "authorities" makes them that arm's
_ARMS = frozenset({"COP", "MIL", "JUD", "SPY"})


def _classes_contrasted(lk: Linker, start: int, last: int) -> bool:
    """ "the distinction between workers and peasants": bare plurals set against each other
    after "between" name classes of people anywhere, not the article's country's (blind
    audit, round 76: "workers" USALAB in an essay on socialism)."""
    t = lk.t
    if start > 0 and t.lower[start - 1] in ("the", "these", "those", "our", "their"):
        return False
    k = last
    while t.dep[k] == "conj" and t.head[k] < k:
        k = t.head[k]
    if t.dep[k] != "pobj" or t.lower[t.head[k]] != "between":
        return False
    return not any(t.dep[i] == "det" and t.head[i] == k for i in range(max(0, k - 3), k))


def _arm_of_state(role: Role, body: Role | None) -> str | None:
    """ "police authorities", "military authorities": the authorities of that arm of the
    state, not the government (blind audit, round 74: "police authorities" NICGOV)."""
    if role.kind != "group" or role.sector != "GOV" or body is None:
        return None
    return body.sector if body.sector in _ARMS else None


def group_name(
    lk: Linker,
    country: str | None,
    role: Role,
    words: str,
    modifier: Entry | None,
    sector: str | None,
) -> str:
    """The actor name of an unnamed group or body: "Russian military", "Serbian negotiator",
    "Russian Foreign Ministry" (a named body keeps its words), a metonym's actor."""
    if modifier is not None and modifier.kind == "metonym":
        if role.kind == "title" and modifier.mention_kind == "country":
            # "a White House official" is an anonymous official of the White House, not the
            # United States (new user's trial)
            return f"{modifier.key.removeprefix('metonym:')} {words}"
        return modifier.actor
    adjective = lk.gaz.adjective(country) or ""
    if (words[:1].isupper() and role.kind == "org") or (role.kind == "title" and not role.label):
        return f"{adjective} {words}".strip()
    label = role.label or lk.gaz.sector_label(sector)
    return f"{adjective} {label}".strip()


def absorb_descriptor(lk: Linker, start: int, end: int, role: Role) -> None:
    """'Russian news agency TASS': the descriptor joins the named medium's mention."""
    nxt = end
    entry = lk.entry_at[nxt] if nxt < len(lk.entry_at) else None
    if entry is not None and entry.kind == "media" and role.sector == "MED":
        span = lk.ent_span[nxt]
        assert span is not None
        begin = start
        if start > 0 and lk.entry_at[start - 1] is not None:
            prev = lk.ent_span[start - 1]
            assert prev is not None
            begin = prev[0]
        for i in range(begin, span[0]):
            lk.used[i] = True
        lk.descriptor_start[span[0]] = begin


# -- definite descriptions -------------------------------------------------------------
def description(lk: Linker, start: int) -> None:
    t = lk.t
    end, targets = lk.desc_at[start]
    i = start - 1
    while i >= 0 and t.pos[i] == "ADJ" and not lk.used[i]:
        i -= 1
    if end < len(t.text) and t.lower[end] in ("with", "between", "among", "of"):
        return  # "the alliance with Moscow" is a relation, not an actor
    if t.pos[end - 1] not in ("NOUN", "PROPN") or t.dep[end - 1] in ("compound", "amod"):
        return
    if t.dep[end - 1] == "dobj" and t.lemma[t.head[end - 1]] in _HAVING:
        return  # "have the nationwide organization to carry out": a capacity (round 98: SLVCRM)
    possessor = None
    if i >= 0 and t.lower[i] in POSSESSIVE_PRONOUNS:
        possessor = i
    elif i > 0 and t.tag[i] == "POS":
        possessor = i - 1
    elif not (i >= 0 and t.lower[i] == "the"):
        return
    if start - i > 1:
        # "the anti-drug agency" is no news agency: an adjective names the agency's field
        # (blind audit, round 39: the DEA resolved to the BBC)
        targets = tuple(target for target in targets if target != "media")
    lk.new_ref(
        i + 1 if possessor is not None else i,
        end,
        form="description",
        desc=targets,
        possessor=possessor,
        resolved=False,
    )
