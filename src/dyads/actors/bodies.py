"""Named bodies outside the state: a university, a foundation, a forum, a think tank.

"director for civil liberties at the Electronic Frontier Foundation", "director of the Center
for American Women and Politics at Rutgers University", "associate director of the Wilson
Center's Mexico Institute": the title of a person at such a body takes the body's sector (EDU,
NGO) or none, never the government's, and a country named inside the body's name ("Mexico
Institute", "Center for American Women") is what the body studies, not the person's country.
The country a name does give is a demonym opening it ("Brazilian Forum for Public Safety"), a
city or state in it ("University of Texas"), or any country in a university's name. Head words
are ``dyads/data/actors/civil_bodies.yaml`` (blind audit, round 74).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry, Role, word_lists

# the word that joins a title to the body it is held at ("director of", "director at")
PHRASE_WORDS = frozenset({"of", "for", "at", "with"})
# words a body's name goes on over ("Center for American Women and Politics")
_NAME_JOINERS = frozenset({"of", "for", "on", "and", "&"})
# the recogniser's time words ("on Sunday", "Tuesday night"): never a word of a name
TIME_ENTS = frozenset({"DATE", "TIME"})
_STOPS = frozenset({",", ";", ".", ":", "(", ")", "—", "–", "--", '"', "“", "”", "who",
                    "which", "that", "where", "when", "or", "but"})  # fmt: skip
_PLACE_KINDS = frozenset({"city", "division"})
_COUNTRY_KINDS = frozenset({"country", "demonym", "plural"}) | _PLACE_KINDS
_REACH = 16  # tokens after the title looked at
# sectors of a body named with a role word that make the phrase the state's ("Police Academy")
# the sectors of the state's own bodies (shared by the modules that place a bare body)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class Body:
    """A named body outside the state: its name's tokens, sector (None: unknown) and country."""

    start: int
    end: int
    sector: str | None
    country: Entry | None
    named: bool = True  # False: a plain noun ("the unions"), which leaves the country open

    def role(self) -> Role | None:
        """The body as an ``org`` role that gives a title its sector, None without a sector."""
        if self.sector is None:
            return None
        return Role("body", self.sector, "org", "sg", None, None)


@cache
def _table() -> dict[str, frozenset[str]]:
    return word_lists("civil_bodies.yaml")


@cache
def _heads() -> dict[str, str | None]:
    """Capitalised head word -> sector (None: a body whose sector the name does not say)."""
    table = _table()
    heads: dict[str, str | None] = dict.fromkeys(table["unsectored"])
    for sector in ("NGO", "EDU"):
        heads.update(dict.fromkeys(table[sector], sector))
    return heads


@cache
def _any_case() -> dict[str, int]:
    """Common nouns for such a body, spaces removed -> their number of words."""
    return {word.replace(" ", ""): len(word.split()) for word in _table()["any_case"]}


_LOWER_SECTORS = ("LAB", "BUS", "NGO")


@cache
def _lower_nouns() -> dict[tuple[str, ...], str]:
    """Plain lower-case nouns for a union, company or NGO (their words) -> the sector."""
    table = _table()
    return {
        tuple(word.split()): sector
        for sector in _LOWER_SECTORS
        for word in table.get(f"lower_{sector}", ())
    }


def _lower_body(lk: Linker, k: int) -> Body | None:
    """ "the federation's member unions", "the companies" ending at ``k``, written in lower
    case and outside any name the gazetteer knows: a union, company or NGO (blind audit,
    round 76: "leaders of the federation's member unions" coded USAGOV)."""
    t = lk.t
    if lk.entry_at[k] is not None or not t.text[k].islower() or t.pos[k] != "NOUN":
        return None
    if k + 1 < len(t.text) and t.pos[k + 1] in ("NOUN", "PROPN"):
        return None  # "union leaders", "company officials": a modifier, not the body
    for words, sector in sorted(_lower_nouns().items(), key=lambda item: -len(item[0])):
        first = k - len(words) + 1
        if first >= 0 and tuple(t.lower[first : k + 1]) == words:
            return Body(first, k + 1, sector, _demonym_before(lk, first), named=False)
    if t.lower[k] in _table()["trade_bodies"]:
        return _trade_body(lk, k)
    return None


def _trade_body(lk: Linker, k: int) -> Body:
    """ "the French dairy federation", "the steel workers' association": a body of members,
    the sector its modifiers say (business or labour) or none; never the state's."""
    t, table = lk.t, _table()
    first = k
    while first > 0 and t.dep[first - 1] in ("compound", "amod", "poss", "case"):
        if lk.entry_at[first - 1] is not None:
            break
        first -= 1
    words = set(t.lower[first:k])
    # workers of an industry are labour: "the steel workers' association"
    sector = "LAB" if words & table["labour_words"] else None
    sector = sector or ("BUS" if words & table["business_words"] else None)
    return Body(first, k + 1, sector, _demonym_before(lk, first), named=False)


def _capital(lk: Linker, k: int) -> bool:
    return lk.t.text[k][:1].isupper()


def body_at(lk: Linker, k: int) -> Body | None:
    """The non-state body whose head word is token ``k`` ("Foundation" of "Electronic
    Frontier Foundation", "think tank" ending at ``k``), None if it heads no such body or the
    name is the state's ("National Science Foundation")."""
    t = lk.t
    for joined, size in _any_case().items():
        first = k - size + 1
        if first >= 0 and "".join(t.lower[first : k + 1]) == joined:
            return Body(first, k + 1, "NGO", _demonym_before(lk, first))
    lower = _lower_body(lk, k)
    if lower is not None:
        return lower
    if not _capital(lk, k) or t.lower[k] not in _heads() or lk.entry_at[k] is not None:
        return None
    sector = _heads()[t.lower[k]]
    start = k
    while start > 0 and _name_word(lk, start - 1):
        entry = lk.entry_at[start - 1]
        if entry is not None and entry.kind not in _COUNTRY_KINDS:
            return None  # "the FBI Academy": a body the gazetteer knows
        start -= 1
    end = _name_end(lk, k + 1)
    if sector != "EDU" and _state_name(lk, start, k):
        return None
    return Body(start, end, sector, _country_in(lk, start, end, sector))


def _name_word(lk: Linker, k: int) -> bool:
    """Token ``k`` may be a word of a body's name before its head ("Electronic Frontier")."""
    t = lk.t
    return (
        _capital(lk, k)
        and t.tag[k] != "POS"
        and t.lower[k] not in PHRASE_WORDS | {"the", "a", "an", "in"}
        and not _beyond(lk, k)
    )


def _name_end(lk: Linker, k: int) -> int:
    """The end of a name that goes on past its head at ``k - 1`` ("Forum for Public Safety",
    "University of the Andes"), short of a title or a person ("Foundation director X")."""
    t, n = lk.t, len(lk.t.text)
    end = k
    while end < n and t.ent[end] not in TIME_ENTS:  # "Ford Foundation Monday said"
        if _capital(lk, end) and t.tag[end] != "POS" and not _beyond(lk, end):
            end += 1
            continue
        nxt = end + 1 if t.lower[end] in _NAME_JOINERS else end
        nxt += 1 if nxt > end and nxt < n and t.lower[nxt] == "the" else 0
        if nxt == end or nxt >= n or not _capital(lk, nxt) or _beyond(lk, nxt):
            break
        if t.ent[nxt] in TIME_ENTS:
            break  # "Center for Strategic Studies on Monday" (round 111)
        end = nxt + 1
    return end


def _beyond(lk: Linker, k: int) -> bool:
    """Token ``k`` is past a body's name: a person's name or a title ("… Foundation director")."""
    cover = lk.role_cover[k]
    return lk.t.ent[k] == "PERSON" or (cover >= 0 and lk.role_at[cover][1].kind == "title")


def _state_name(lk: Linker, start: int, head: int) -> bool:
    """The name opens with a word of the state ("National", "Federal"), past a demonym."""
    openers = _table()["state_openers"]
    t = lk.t
    first = start
    if first < head and lk.entry_at[first] is not None:
        first += 1  # "Mexican National Institute …"
    return t.lower[first] in openers


def _country_in(lk: Linker, start: int, end: int, sector: str | None) -> Entry | None:
    """The country a body's name gives: a demonym opening it, a city or state in it, any
    country in a university's; not "Mexico" of "Mexico Institute" (what it studies)."""
    for k in range(start, end):
        entry = lk.entry_at[k]
        if entry is None or entry.kind not in _COUNTRY_KINDS or not entry.country:
            continue
        if entry.kind == "demonym" and k == start:
            return entry
        if entry.kind in _PLACE_KINDS or sector == "EDU":
            return entry
    return None


def _demonym_before(lk: Linker, k: int) -> Entry | None:
    """ "the Mexican think tank": a demonym among the adjectives before a common noun."""
    t = lk.t
    j = k - 1
    while j >= 0 and (t.pos[j] == "ADJ" or lk.entry_at[j] is not None):
        entry = lk.entry_at[j]
        if entry is not None:
            return entry if entry.kind == "demonym" else None
        j -= 1
    return None


def body_after(lk: Linker, start: int) -> Body | None:
    """The non-state body a title is held at: in the phrase opened at ``start`` by "of",
    "for", "at" or "with" ("director of the Center … at Rutgers University"). Of several, the
    last with a sector (the university the centre is at). None when the phrase names a body
    the gazetteer knows or a state body first ("director of the FBI")."""
    t, n = lk.t, len(lk.t.text)
    if start >= n or t.lower[start] not in PHRASE_WORDS:
        return None
    found: Body | None = None
    k = start + 1
    while k < n and k < start + _REACH and t.sent[k] == t.sent[start]:
        if _stops(lk, k):
            break
        body = body_at(lk, k)
        if body is not None:
            if found is None or body.sector is not None or found.sector is None:
                found = body
            k = max(k + 1, body.end)
            continue
        entry = lk.entry_at[k]
        if found is None and entry is not None and entry.kind not in _COUNTRY_KINDS:
            return None  # "director of the FBI", "head of the United Nations' agency"
        cover = lk.role_cover[k]
        if found is None and cover >= 0 and _state_body(lk.role_at[cover][1]):
            return None  # "head of the Foreign Ministry's institute"
        k += 1
    return found


def _stops(lk: Linker, k: int) -> bool:
    """Token ``k`` ends a title's phrase: punctuation, a verb, a relative word, a conjunction
    that joins no name ("director of X and a professor"), a person or another title."""
    t = lk.t
    if t.lower[k] in _STOPS or _beyond(lk, k):
        return True  # "… at the University of Zurich and Gordon Hanson at …": another's
    if t.lower[k] in ("and", "&"):
        return not (_capital(lk, k - 1) and k + 1 < len(t.text) and _capital(lk, k + 1))
    return t.pos[k] in ("VERB", "AUX") and t.dep[k] not in ("amod", "compound")


def _state_body(role: Role) -> bool:
    return role.kind in ("org", "group") and (role.sector or "").lstrip("*") in STATE_SECTORS


def body_ending(lk: Linker, end: int) -> Body | None:
    """The non-state body whose name ends right before token ``end``, a title ("Mexico
    Institute director", "Brazilian Forum for Public Safety director")."""
    for k in range(end - 1, max(-1, end - _REACH), -1):
        if lk.t.sent[k] != lk.t.sent[end - 1]:
            break
        body = body_at(lk, k)
        if body is not None:
            return body if body.end == end else None
    return None
