"""A mention's own phrase: the words around a name or a role word that say whose it is.

"Chinese Foreign Ministry spokesperson Lin Jian", "Belgian federal prosecutors", "officials of
the Cali Cartel", "a spokesperson for the China Coast Guard", "lawmakers in Tbilisi": the
nationality, country, city, division, IGO or metonym named (:attr:`Owner.entry`), the body the
title belongs to (:attr:`Owner.body`: the ministry, the cartel, the army, which gives a ``*``
title its sector), a possessor ("Pashinyan's opponents"), and whether an institution the
gazetteer does not know is named (:attr:`Owner.bound`: then the article's country is no
evidence). These words outrank everything else that codes a mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from dyads.actors import bodies
from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry, Role, word_lists
from dyads.actors.headlines import headline_word
from dyads.actors.refs import ACTOR_ENTRY_KINDS, POSSESSIVE_PRONOUNS

OF_WORDS = {"of", "for"}  # "leader of a cartel", "a spokesperson for the China Coast Guard"
DETERMINERS = {"the", "a", "an"}
FOREIGN = {"foreign", "international", "overseas", "multinational", "western", "outside"}
# not "born": "the Cuba-born senator Ted Cruz" is no Cuban (own reading of round 94: CUBLEG)
LED = {"led", "based", "run", "owned", "controlled", "dominated"}
# the capital a spokesperson briefs in is their country ("told a briefing in Beijing")
SPOKES_WORDS = ("spokes", "press secretary")


@dataclass(slots=True)
class Owner:
    """What a mention's own words say it belongs to (see the module docstring)."""

    begin: int
    entry: Entry | None = None
    body: Role | None = None
    titles: list[tuple[int, Role]] = field(default_factory=list)  # nearest the head first
    possessor: int | None = None
    definite: bool = False
    bound: bool = False
    located: bool = False  # the entry came from "in X": a place, so its country only
    civil: bool = False  # the title is held at a named body outside the state (.bodies)

    def sector_for(self, role: Role | None) -> str | None:
        """The sector of ``role`` in this phrase: its own, else the body's, else the entry's
        (a metonym: "Pentagon spokesman"), else the role's fallback (``*MIL``), else GOV."""
        body = self.body.sector if self.body is not None and self.body.sector else None
        body = None if body is None or body.startswith("*") else body
        if self.civil and role is not None and headed(role):
            # "director of the Wilson Center's Mexico Institute": the body's sector, or none
            # (blind audit, round 74: MEXGOV, USAGOV)
            return body
        if role is not None and role.phrase.lower() in HEAD_TITLES and body and body != "GOV":
            return body  # "Supreme Court President X": JUD (blind audit, round 8)
        own = self.entry.sector if self.entry is not None and not self.located else None
        if role is not None and role.phrase.lower() in HEAD_TITLES and own in _NON_STATE:
            return own  # "CNN president Jeff Zucker": MED (blind audit, round 61: USAGOV)
        if role is not None and own in _ARMED_GROUPS and role.sector in _RANKS:
            return own  # "a captured Zetas lieutenant": CRM (blind audit, round 64: MEXMIL)
        if role is not None and body in _ARMED_GROUPS and role.sector in _RANKS:
            return body  # "a Sinaloa cartel lieutenant": CRM (a new user's trial, session 30)
        if role is not None and role.sector and not role.sector.startswith("*"):
            return role.sector
        if role is not None and _us_attorney(role, None if self.located else self.entry):
            return "JUD"
        if body:
            return body
        if self.entry is not None and self.entry.sector and not self.located:
            return self.entry.sector
        fallback = (role.sector or "*")[1:] if role is not None else ""
        return fallback or "GOV"


# titles that, after "European", are the European Commission's: "European Trade
# Commissioner Valdis Dombrovskis" (a new user's trial, session 30: uncoded, or LVAGOV undated)
_COMMISSION_TITLES = {"commissioner", "commissioners"}


def _union_commission(lk: Linker, own: Owner, j: int, entry: Entry) -> Entry | None:
    """The European Commission, when "European" opens a commissioner's title: the region's
    adjective there names the Union's executive, not Europe at large."""
    if entry.kind != "place" or lk.t.lower[j] != "european" or not own.titles:
        return None
    if own.titles[-1][1].phrase.lower() not in _COMMISSION_TITLES:
        return None
    return lk.gaz.lookup("European Commission")


def _us_attorney(role: Role, entry: Entry | None) -> bool:
    """ "U.S. Attorney Preet Bharara", "the United States attorneys": a federal prosecutor,
    where an attorney is otherwise counsel, a civilian (``*CVL``) unless a body's."""
    return (
        role.phrase.lower() in ("attorney", "attorneys")
        and entry is not None
        and entry.kind == "country"
        and entry.country == "USA"
    )


def headed(role: Role) -> bool:
    """``role`` is a title that takes the sector of the body it heads or belongs to."""
    return role.phrase.lower() in HEAD_TITLES or (role.sector or "*").startswith("*")


_NON_STATE = frozenset({"MED", "BUS", "NGO", "EDU", "HLH", "REL", "LAB"})
_ARMED_GROUPS = frozenset({"CRM", "REB", "INS"})  # whose ranks are not the army's
_RANKS = frozenset({"MIL", "*MIL", "UAF", "*UAF"})  # "lieutenant", "gunmen" of such a group
# titles that head whatever body they are named with: its sector, not the government's
HEAD_TITLES = {"president", "vice president", "chairman", "chairwoman", "chair", "head",
               "chief", "director", "leader", "spokesman", "spokeswoman", "spokesperson",
               "secretary", "secretary general", "deputy", "chief executive"}  # fmt: skip


def _whose(lk: Linker, j: int) -> int | None:
    """The last word of the name a "whose" right after it stands for: "the Urabenos -- whose
    leading cocaine broker X" is the Urabenos' broker (round 114: left uncoded); None when no
    named entity stands right before it."""
    k = j - 1
    while k >= 0 and lk.t.text[k] in (",", "--", "—", "–", "-"):
        k -= 1
    return k if k >= 0 and lk.ent_span[k] is not None and lk.entry_at[k] is not None else None


def _title_for(lk: Linker, start: int) -> bool:
    """A region at ``start`` is what the title before "for" is for ("Deputy Assistant Secretary
    for Central America"): part of the title, not the person's place (round 98 leftover)."""
    if start < 2 or lk.t.lower[start - 1] != "for":
        return False
    cover = lk.role_cover[start - 2]
    return cover >= 0 and lk.role_at[cover][1].kind == "title"


def before(lk: Linker, i: int, *, titles: bool) -> Owner:
    """Walk left from token ``i`` over titles (when ``titles``), modifiers, adjectives, a body
    and name parts to a nationality, country, IGO or possessor. ``Owner.begin`` is where the
    mention starts: the entry, else the leftmost title or honorific (``titles``), else the
    first word after the possessor or determiner."""
    t = lk.t
    own = Owner(i)
    j = i - 1
    reach = i  # leftmost title, modifier or honorific walked over
    if not titles and j >= 0 and t.ent[j] == "PERSON" and t.dep[j] == "compound" and t.head[j] == i:
        own.possessor = j  # "Clinton officials", "Trump aides": the person's people
        return own
    while j >= 0 and not lk.used[j]:
        cover = lk.role_cover[j]
        if cover >= 0:
            _, role = lk.role_at[cover]
            if role.kind in ("modifier", "honorific"):
                reach = cover
            elif role.kind == "title" and titles and own.body is None:
                own.titles.append((cover, role))
                reach = cover
            elif role.kind in ("org", "group") and own.body is None and role.sector != "MED":
                own.body = role  # "Foreign Ministry spokesperson", "cartel leader"
                reach = cover
            else:
                break
            j = cover - 1
            continue
        if own.titles and j == reach - 1 and headed(own.titles[-1][1]) and _held_at(lk, own, j):
            break  # "Mexico Institute director Eric Olson"
        entry = lk.entry_at[j]
        if entry is not None:
            if not lk.stance(j) and entry.kind in ACTOR_ENTRY_KINDS:
                span = lk.ent_span[j]
                assert span is not None
                own.entry = entry
                # "(ERPAC) leader X": the mention starts at its title, after the bracket
                own.begin = reach if t.text[span[1]] == ")" else span[0]
                return own
            span = lk.ent_span[j]
            if titles and span is not None and _title_for(lk, span[0]):
                j = span[0] - 2  # "Deputy Assistant Secretary for Central America John Feeley"
                continue
            commission = _union_commission(lk, own, j, entry)
            if commission is not None:
                own.entry, own.begin = commission, j  # "European Trade Commissioner X"
                return own
            # "African troops", "European diplomats": of a region, not the article's country
            own.bound = own.bound or entry.kind == "place"
            break
        if t.tag[j] == "POS" and j > 0:
            if lk.entry_at[j - 1] is not None:
                j -= 1  # "Russia's Foreign Minister"
                continue
            own.possessor = j - 1
            break
        if t.lower[j] in POSSESSIVE_PRONOUNS:
            own.possessor = j
            break
        if t.lower[j] == "whose":
            own.possessor = _whose(lk, j)
            break
        span = lk.ent_span[j]
        if span is not None and lk.entry_at[j] is None:  # an institution the gazetteer lacks
            # … but "Trump campaign spokesman": a campaign is named after its candidate; and
            # "Hutu rebels", "Kurdish fighters": a people, not an institution
            campaign = any(r.sector == "PTY" for _, r in own.titles) and span[1] - span[0] == 1
            people = t.ent[j] == "NORP"
            own.bound = own.bound or not (campaign or people) or _former_state(lk, j)
            j = span[0] - 1
            continue
        if t.pos[j] == "ADV" and t.dep[j] == "advmod" and t.pos[t.head[j]] == "ADJ":
            j -= 1  # "Colombia's most notorious trafficker"
            continue
        if t.dep[j] == "amod" and t.tag[j] == "VBG" and j > 0 and t.lower[j - 1] == "whose":
            j -= 1  # "whose leading cocaine broker X"
            continue
        if t.pos[j] == "ADJ" or (t.dep[j] in ("amod", "compound") and t.pos[j] == "NOUN"):
            if t.lower[j] in FOREIGN:
                own.bound = True  # "foreign officials" are not the article's country's
            j -= 1
            continue
        if t.pos[j] == "PROPN" and t.title[j] and t.dep[j] == "compound":
            if headline_word(lk, j):
                break  # "Argentina Arrests Head of …": a headline's verb (round 114: ARGGOV)
            own.bound = True  # "District" of "United States District Court"
            j -= 1
            continue
        if _acronym_closed(lk, j):
            j -= 1  # "the Popular … Army of Colombia (ERPAC) leader": the acronym's (round 79)
            continue
        if t.text[j] == "-" and j > 0 and t.lower[j - 1] == "then":
            j -= 2
            continue
        if t.lower[j] in LED and j > 1 and t.text[j - 1] == "-" and lk.entry_at[j - 2]:
            j -= 2  # "US-led forces", "Saudi-led coalition", "London-based": the entry's
            continue
        break
    own.bound = own.bound or _former_state(lk, j)
    own.definite = j >= 0 and t.lower[j] == "the"
    if j >= 1 and t.lower[j] in _PARTY_WORDS:
        # "the Republican presidential candidate told" (audit round 27), "the presumptive
        # Republican presidential nominee wrote" (round 53: no mention at all)
        k = j - 1
        while k > 0 and t.pos[k] in ("ADJ", "ADV"):
            k -= 1
        own.definite = own.definite or t.lower[k] == "the"
    own.begin = reach if titles else j + 1
    return own


def _acronym_closed(lk: Linker, j: int) -> bool:
    """Token ``j`` closes a bracketed acronym the gazetteer knows ("(ERPAC)") right before a
    title: the walk goes on to it (blind audit, round 79: "ERPAC leader" coded COLGOV)."""
    t = lk.t
    return j >= 2 and t.text[j] == ")" and t.text[j - 2] == "(" and lk.entry_at[j - 1] is not None


@cache
def _former_demonyms() -> frozenset[str]:
    return word_lists("former_states.yaml")["demonyms"]


def _former_state(lk: Linker, j: int) -> bool:
    """Token ``j``, where the walk left stopped, ends the demonym of a state that no longer
    exists ("Soviet dissident Milovan Djilas", "East German"): a nationality the article's
    country must not replace (blind audit, round 76: USAOPP)."""
    t = lk.t
    if j < 0 or t.ent[j] != "NORP":
        return False
    span = lk.ent_span[j]
    first = span[0] if span is not None else j
    return (
        " ".join(t.lower[first : j + 1]) in _former_demonyms() or t.lower[j] in _former_demonyms()
    )


def _held_at(lk: Linker, own: Owner, j: int) -> bool:
    """The title right after token ``j`` is held at the non-state body whose name ends at
    ``j`` ("Brazilian Forum for Public Safety director"): ``own`` takes its sector and country,
    not a country word inside its name ("Mexico Institute director"; blind audit, round 74)."""
    body = bodies.body_ending(lk, j + 1)
    if body is None:
        return False
    own.civil, own.body, own.entry = True, body.role(), body.country
    own.bound = body.country is None
    return True


_PARTY_WORDS = frozenset({"republican", "democratic", "gop"})
_WHOSE = frozenset({"country", "city", "division"})  # entries whose possessive says whose
_PARTITIVES = frozenset({"one", "some", "each", "any", "several", "two", "three"})


def own_country(own: Owner) -> str | None:
    """The country of the entry an of-phrase has found so far."""
    return own.entry.country if own.entry is not None else None


def after(lk: Linker, end: int, *, located: bool = False) -> Owner | None:
    """ "… of Russia", "… of the Cali Cartel", "… for the China Coast Guard" after a title
    or group; with ``located``, also "… in Tbilisi" (the country of the place)."""
    t, n = lk.t, len(lk.t.text)
    if end >= n:
        return None
    civil = bodies.body_after(lk, end) if t.lower[end] in OF_WORDS else None
    if civil is not None:
        # "director of the Center … at Rutgers University", "head of the Brazilian Forum"
        bound = civil.country is None and civil.named
        return Owner(end, civil.country, civil.role(), bound=bound, civil=True)
    word = t.lower[end]
    if word not in OF_WORDS and not (located and word == "in"):
        return None
    own = Owner(end, located=word == "in")
    k = end + 1
    whose = False  # the entry is a country's possessive: an entry after it is the owner
    placed = False  # past "in": "chief of police in Tumaco" names where, not a body (round 84)
    reach = end + 7
    while k < n and k < reach and t.lower[k] not in (",", ".", ";", "(", ")", "and", "who"):
        if k + 1 < n and t.lower[k] in _PARTITIVES and t.lower[k + 1] == "of":
            # "leaders of one of the country's main criminal groups" are the groups' (blind
            # audit, round 92: BRAGOV): the partitive adds words, not a body
            reach += 2
        placed = placed or (word != "in" and t.lower[k] in ("in", "at"))
        entry = lk.entry_at[k]
        later = whose and entry is not None and entry.country in (None, own_country(own))
        if entry is not None and entry.kind in ACTOR_ENTRY_KINDS and (own.entry is None or later):
            if word == "in" and entry.kind not in ("country", "city", "division"):
                return None
            span = lk.ent_span[k]
            assert span is not None
            joined = span[1] + 1 < n and t.lower[span[1]] in ("and", "or")
            if joined and lk.entry_at[span[1] + 1] is not None:
                return None  # "authorities in Colombia and Venezuela": whose is open
            # "commanders of Colombia's FARC guerrillas": a body named after a country's
            # possessive is the owner, the country only says whose it is (round 92: COLMIL)
            whose = entry.kind in _WHOSE and span[1] < n and t.tag[span[1]] == "POS"
            own.entry = entry
            k = span[1]
            continue
        cover = lk.role_cover[k]
        if cover >= 0 and word != "in":
            stop, role = lk.role_at[cover]
            if role.kind in ("org", "group") and own.body is None:
                own.body = role
            k = stop
            continue
        span = lk.ent_span[k]
        if span is not None and lk.entry_at[k] is None and word != "in":
            own.bound = own.entry is None and not placed
            k = span[1]
            continue
        # "the Cordoba province antinarcotics police": a noun the tagger took for a verb
        # (blind audit, round 111: its head coded ARGGOV)
        verb = t.pos[k] in ("VERB", "AUX") and t.dep[k] != "compound"
        if verb or (word == "in" and own.entry is not None):
            break
        if t.ent[k] in bodies.TIME_ENTS:
            k += 1  # "Sen. Ted Cruz for president on Sunday": when, never a body (round 111)
            continue
        if word != "in" and t.pos[k] == "PROPN" and t.title[k] and own.entry is None and not placed:
            own.bound = True  # "secretary of the Treasury": a body we cannot place
        if _plaza(lk, own, k):
            own.body = PLAZA
        k += 1
    if own.entry is None and own.body is None and not own.bound:
        return None
    return own


# a cartel's local franchise: "head of the Monterrey plaza" (blind audit, round 79: MEXGOV)
PLAZA = Role("plaza", "CRM", "org", "sg", None, "criminal group")


def _plaza(lk: Linker, own: Owner, k: int) -> bool:
    """Token ``k`` is "plaza" right after the town an of-phrase names ("head of the Monterrey
    plaza", "the boss of the Nuevo Laredo plaza"): in Mexican crime reporting a cartel's
    territory and the cell that runs it, so its head is a criminal, not an official."""
    t = lk.t
    town = lk.entry_at[k - 1]
    return (
        t.text[k] == "plaza"
        and own.body is None
        and town is not None
        and town.kind in ("city", "division")
        and own.entry is town
    )


def briefing_place(lk: Linker, start: int, role_text: str, body: Role | None) -> str | None:
    """A spokesperson's (or a ministry official's) country from the capital they spoke in,
    in the same sentence ("Foreign Ministry spokesperson Mao Ning told a regular briefing in
    Beijing"): ministries brief in their own capital. None when no such capital is named."""
    spokes = any(word in role_text.lower() for word in SPOKES_WORDS)
    ministry = body is not None and "ministry" in (body.label or "").lower()
    if not (spokes or ministry):
        return None
    t = lk.t
    sent = t.sent[start]
    i = start
    n = len(t.text)
    while i < n and t.sent[i] == sent:
        entry = lk.entry_at[i]
        capital = entry is not None and entry.kind == "city" and entry.capital
        if capital and i > 0 and t.lower[i - 1] in ("in", "at"):
            return entry.country  # type: ignore[union-attr]
        i += 1
    return None
