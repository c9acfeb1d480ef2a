"""Title phrases attached to a person's name: an apposition after it (", the leader of the
Sinaloa Cartel,"), a title phrase ending in a comma before it ("China's ambassador to Britain,
Liu Xiaoming"), and a party chair's apposition after the place the name is of. Used by
:mod:`dyads.actors.people`; split from it in blind-audit round 79.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyads.actors import bodies, phrase
from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry, Role
from dyads.actors.name_parts import closes_org_name
from dyads.actors.phrase import Owner
from dyads.actors.refs import APPOSITION_STOP

# relatives: a title after "the daughter of" is the relative's, not the person's
KIN = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow",
       "widower", "nephew", "niece", "grandson", "granddaughter", "cousin", "grandfather",
       "grandmother", "stepson", "stepdaughter"}  # fmt: skip
DESTINATION_WORDS = {"to", "at", "in", "with", "against", "toward", "towards"}


@dataclass(slots=True)
class Described:
    """A title phrase attached to a name: its words, its titles and whose they are."""

    text: str
    titles: list[Role]
    owner: Owner


def apposition(lk: Linker, end: int) -> Described | None:
    """ ", the NATO secretary general's special representative for ...," after a name;
    ", the leader of the Sinaloa Cartel," (a body gives the title its sector)."""
    t, n = lk.t, len(lk.t.text)
    end = _past_alias(lk, end)
    if end >= n or t.text[end] != ",":
        return None
    i = end + 1
    while i < n and t.text[i] in ('"', "”", "’", "'"):
        i += 1  # the closing mark of ', alias “Fabian Ramirez,”'
    first = i
    roles: list[Role] = []
    owner = Owner(first)
    destination = False  # "ambassador to Britain": Britain is where, not whose
    covered: list[int] = []
    placed_end = -1
    placed_at = body_at = -1  # where the entry and the body were found
    stops: list[int] = []  # where each title ends
    while i < n and i - first < 25 and t.lower[i] not in APPOSITION_STOP:
        if t.lower[i] in KIN and i + 1 < n and t.lower[i + 1] == "of":
            return None  # ", the daughter of former Vice President Dick Cheney," (round 20)
        # a participle used as an adjective ("Algeria's leading activist") is no verb
        verb = t.pos[i] in ("VERB", "AUX") and t.dep[i] not in ("amod", "compound")
        if verb and lk.role_cover[i] < 0:
            return None
        cover = lk.role_cover[i]
        if cover >= 0:
            stop, role = lk.role_at[cover]
            if role.kind == "title" and not roles and _titles_a_name(lk, stop):
                # "New Jersey Gov. Chris Christie, Ohio Gov. John Kasich and Sen. Marco Rubio":
                # a list of titled names, no apposition (blind audit, round 88: USALEG)
                return None
            if role.kind == "title":
                roles.append(role)
                stops.append(stop if phrase.headed(role) else -1)
            elif role.kind in ("org", "group") and owner.body is None:
                owner.body, body_at = role, i
            elif role.kind not in ("modifier", "honorific"):
                return None
            covered += range(cover, stop)
            i = stop
            continue
        if t.lower[i] in DESTINATION_WORDS:
            destination = True
        entry = lk.entry_at[i]
        span = lk.ent_span[i]
        if entry is not None and closes_org_name(lk, i) and any(_of_state(r) for r in roles):
            # "president of Students For Life of America": a state's title, but the country
            # ends the name of a body we cannot code (blind audit, round 84: USAGOV); "chief
            # executive of Bank of America" keeps it (a title of its own sector); the country
            # is no mention of its own there ("The Bank of Japan raised rates" still is)
            end_of_name = span[1] if span is not None else i + 1
            for k in range(i, end_of_name):
                lk.used[k] = True
            entry = None
        if entry is not None and _branch_of(owner.entry, entry) and i == placed_end:
            owner.entry = None  # "chairwoman of the Vermont Democratic Party" (round 62: GOV)
        if entry is not None and owner.entry is None and not destination:
            owner.entry, placed_at = entry, i
            placed_end = span[1] if span is not None else i + 1
        elif span is not None and entry is None and owner.entry is None and not destination:
            owner.bound = True  # "chairman of the Joint Chiefs": a body we cannot code
        i += 1
    if not roles:
        return None
    _held_at(lk, owner, stops, (placed_at, body_at))
    for j in covered:
        lk.used[j] = True  # the title words belong to the person
    start = first + (1 if t.lower[first] in ("the", "a", "an") else 0)
    return Described(lk.text(start, i), roles, owner)


def _titles_a_name(lk: Linker, stop: int) -> bool:
    """The title ending before token ``stop`` is another person's: a name starts right after it
    or, where the recogniser took the title into the name, runs on past it; not a possessor's
    (", President Barack Obama's former communications director,")."""
    t = lk.t
    for start, end in lk.people:
        if start <= stop < end:
            return end >= len(t.text) or t.tag[end] != "POS"
    return False


def _of_state(role: Role) -> bool:
    """The title is a state's unless a body says otherwise ("president", "director")."""
    return role.sector is None or role.sector == "GOV" or role.sector.startswith("*")


def _held_at(lk: Linker, owner: Owner, stops: list[int], found: tuple[int, int]) -> None:
    """ ", director for civil liberties at the Electronic Frontier Foundation": a title that
    heads or belongs to a named body outside the state (``stops``: where each such title ends,
    -1 for a title of its own sector, "a political scientist at Rice University") takes the
    body's sector and country; an entry or role word inside the body's phrase ("Mexico" of
    "the Wilson Center's Mexico Institute") is not the person's (blind audit, round 74:
    USAGOV, MEXGOV)."""
    for stop in stops:
        body = bodies.body_after(lk, stop) if stop >= 0 else None
        if body is None:
            continue
        placed_at, body_at = found
        if placed_at >= stop or owner.entry is None:
            owner.entry = body.country
        if body_at >= stop or owner.body is None:
            owner.body = body.role()
        owner.civil = True
        owner.bound = owner.entry is None
        return


_PLACES = frozenset({"city", "division"})


def _branch_of(place: Entry | None, body: Entry) -> bool:
    """``place``, a town or state, names a branch of the ``body`` that follows it."""
    return place is not None and place.kind in _PLACES and body.kind not in _PLACES | {"country"}


def _past_alias(lk: Linker, end: int) -> int:
    """The comma after ', alias "Fabian Ramirez",' when one follows the name: "Pablo Benito
    Cabrera, alias “Fabian Ramirez,” a top commander of the FARC" is the commander (blind audit,
    round 11: the name went uncoded)."""
    t, n = lk.t, len(lk.t.text)
    if end + 1 >= n or t.text[end] != "," or t.lower[end + 1] not in ("alias", "aka", "a.k.a."):
        return end
    for j in range(end + 2, min(n, end + 12)):
        if t.text[j] == "," and t.sent[j] == t.sent[end]:
            return j
    return end


# words before an office that make it the office sought, not the title of the name after it
_SOUGHT = frozenset({"for"})


def preceding(lk: Linker, start: int) -> tuple[int, Described] | None:
    """ "China's ambassador to Britain, Liu Xiaoming, said": a title phrase ending in a comma
    right before the name. Returns the phrase's first token and the phrase."""
    t = lk.t
    if start < 2 or t.text[start - 1] != ",":
        return None
    j = start - 2
    limit = max(0, start - 10)
    while j >= limit and t.sent[j] == t.sent[start]:
        if lk.used[j] or t.text[j] in APPOSITION_STOP:
            return None
        if lk.is_title(j) and not lk.used[j]:
            cover = lk.role_cover[j]
            if cover >= 1 and t.lower[cover - 1] in _SOUGHT:
                return None  # "backing Jeb Bush for president, Mike Murphy" (round 110)
            tail = range(j + 1, start - 1)
            if any(t.pos[k] in ("VERB", "AUX") for k in tail):
                return None
            if tail and t.lower[j + 1] not in DESTINATION_WORDS | {"of", "for", "in"}:
                return None
            own = phrase.before(lk, cover, titles=True)
            own.titles.insert(0, (cover, lk.role_at[cover][1]))
            after = phrase.after(lk, j + 1) if own.entry is None else None
            if after is not None:
                # "the police chief of Cali, Gen. Jorge Rojas": the of-phrase says whose, the
                # titles stay (blind audit, round 84: they were dropped, so GOV)
                after.titles, after.body = own.titles, after.body or own.body
                own = after
            begin = min(own.begin, cover)
            text = lk.text(begin, start - 1)
            return begin, Described(text, [r for _, r in own.titles], own)
        j -= 1
    return None


# a party's chair named in an apposition: "the national party chairwoman", "the state party chair"
_PARTY_CHAIR = re.compile(r"(?i)\bparty\s+(?:co-)?chair(?:man|woman|person)?$")
_CHAIR_AFTER = re.compile(r",\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}?party\s+(?:co-)?chair")


def past_home(lk: Linker, end: int) -> Described | None:
    """A party chair's apposition after the place a name is of: "Representative X of Florida,
    the national party chairwoman," (``apposition`` wants the comma right after the name)."""
    t, n = lk.t, len(lk.t.text)
    if end + 1 >= n or t.lower[end] != "of" or lk.entry_at[end + 1] is None:
        return None
    span = lk.ent_span[end + 1]
    home = span[1] if span is not None else end + 2
    if home >= n or not _CHAIR_AFTER.match(lk.doc_text, t.idx[home]):
        return None
    return apposition(lk, home)


def party_chair(appended: Described) -> bool:
    """The apposition after a name calls the person a party's chair: the office the story
    names them by, before a seat they also hold ("Representative X of Florida, the national
    party chairwoman" is the party's, PTY; blind audit, round 79: USAGOV)."""
    return any(_PARTY_CHAIR.search(r.phrase) for r in appended.titles)
