"""The country of a group or body no words of its own place: the scene the text just set
("arrested in Malaysia, where authorities found …"), the state body that acts on it ("the
Colombian military continued to kill civilians"), none when it comes from many countries or
the sentence is about a region as a whole (blind audit, round 84: "abuse … in South America …
among high school students" coded PEREDU), PTY for officials of a campaign. Round 88: none
either in a story about a region that does not hold the story's dominant country, or for a
group its own phrase places in a region ("armed forces in Latin America"). Used by
:mod:`dyads.actors.coref` (moved from it in round 84).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.locations import moved_to
from dyads.actors.refs import NAME_HEADS, Ref
from dyads.actors.region_groups import region_story
from dyads.actors.tokens import sentence_of

_STATE_SECTORS = {"GOV", "POL", "COP", "MIL", "JUD", "SPY"}
_MANY = {"countries", "nations", "states", "governments", "delegations", "world", "region"}


def many_countries(linker: Linker, ref: Ref) -> bool:
    """ "from 195 countries", "of several nations", "from around the world" right after the
    group: people of many countries, none of them the article's."""
    t, end = linker.t, ref.end
    if ref.number == "pl" and _countries_at_large(linker, ref):
        return True
    if _countries_act(linker, ref):
        return True
    if end >= len(t.text) or t.lower[end] not in ("from", "of"):
        return False
    window = t.lower[end + 1 : end + 5]
    return any(word in _MANY for word in window)


def _countries_at_large(linker: Linker, ref: Ref) -> bool:
    """ "criminal networks … in the countries where they operate", "in developing countries":
    a group of a sentence that places things in countries at large and names none is no one
    country's (blind audit, round 98: USACRM in a US-written report on illicit trade)."""
    t = linker.t
    sent = t.sent[ref.start]
    at_large = False
    for i in sentence_of(t, sent):
        if t.sent[i] != sent:
            continue
        if linker.entry_at[i] is not None and linker.entry_at[i].country:
            return False
        if t.lower[i] in ("countries", "nations") and t.dep[i] == "pobj":
            at_large = at_large or t.lower[t.head[i]] in ("in", "across", "throughout", "around")
    return at_large


_SUBJECTS = ("nsubj", "nsubjpass")


def _countries_act(linker: Linker, ref: Ref) -> bool:
    """ "G8 countries along with narcotics-producing nations agreed to create an anti-drug fund
    using assets seized from traffickers": where countries at large are the subject of the
    group's sentence, the group is of them all, not the story's country (blind audit, round
    104: BOLCRM)."""
    t = linker.t
    sent = t.sent[ref.start]
    for i in sentence_of(t, sent):
        if t.sent[i] != sent or t.lower[i] not in ("countries", "nations"):
            continue
        k = i
        if t.dep[k] == "pobj" and t.lower[t.head[k]] == "with":
            k = t.head[k]  # "G8 countries along with … nations"
        if t.dep[k] in ("conj", "prep", "advmod") and t.head[k] != k:
            k = t.head[k]
        if t.dep[k] in _SUBJECTS or t.dep[i] in _SUBJECTS:
            return True
    return False


ARMED_NON_STATE = frozenset({"UAF", "REB", "CRM"})


def scene(linker: Linker, ref: Ref) -> str | None:
    """The country of the place named last before a bare state body, in its own sentence or
    the one before: "arrested at a laboratory in Malaysia, where authorities found …" are
    Malaysia's authorities, not those of the story's main country (blind audit, rounds 7-9).
    Armed groups outside the state take the scene of a place their own verb is set in ("In
    Bolivia, traffickers moved the paste": Bolivian, not the Colombian story's)."""
    if ref.sector in ARMED_NON_STATE:
        return _set_in(linker, ref)
    if ref.sector not in _STATE_SECTORS:
        return None
    places = [
        other for other in linker.refs
        if other.start < ref.start and other.sent >= ref.sent - 1
        and other.form == "place" and other.country and not _names_a_body(linker, other.start)
        and other.quote == ref.quote  # "“There in Colombia they pursued them,” says the judge"
        and not _gone_to(linker, other)
        # "has sent 14 people to the United States, according to the Interior Ministry" (a
        # new user's trial, session 30); "flew to Peru. Officials there said" stays Peru's
        and not (other.sent == ref.sent and moved_to(linker.t, other.start, other.end))
    ]  # fmt: skip
    if not places:
        return None
    last = places[-1]
    if any(p.sent == last.sent and p.country != last.country for p in places):
        # "cocaine flows to the United States and Canada, officials said": a list of places
        # sets no scene (blind audit, round 11)
        return None
    return last.country


# going away: the place gone to is where people left the story for
_DEPARTURES = frozenset({"return", "flee", "escape", "leave", "depart", "emigrate", "retreat"})


def _gone_to(linker: Linker, place: Ref) -> bool:
    """ "both have already returned to the United States": where people went away to sets no
    scene for the bodies of the story they left (blind audit, round 114: "the Federal Police
    involved" of a Mexican story, in the next sentence, coded USACOP)."""
    t = linker.t
    j = place.start - 1
    if j >= 0 and t.lower[j] == "the":
        j -= 1
    return j >= 0 and t.lower[j] in ("to", "for") and t.lemma[t.head[j]] in _DEPARTURES


def _set_in(linker: Linker, ref: Ref) -> str | None:
    """The country of a place an "in" phrase sets the group or its own verb in ("In Bolivia,
    traffickers moved …", "traffickers in Bolivia"; round 98 leftovers: COLCRM)."""
    t = linker.t
    last = ref.end - 1
    heads = {last}  # "traffickers in Bolivia"
    if t.dep[last] in ("nsubj", "nsubjpass"):
        heads.add(t.head[last])  # "In Bolivia, traffickers moved …"
    countries = set()
    for other in linker.refs:
        if other.sent != ref.sent or not other.country or other.kind != "country":
            continue
        k = other.end - 1
        while t.dep[k] == "conj" and t.head[k] < k:
            k = t.head[k]  # "in Mexico and Colombia": both
        if t.dep[k] == "pobj" and t.lower[t.head[k]] == "in" and t.head[t.head[k]] in heads:
            countries.add(other.country)
    return next(iter(countries)) if len(countries) == 1 else None


# people a state body acts on; the press too ("began to imprison journalists and critics":
# round 85, left uncoded)
def own_scene(linker: Linker, ref: Ref) -> str | None:
    """The one country of the places named before a state body in its own sentence: "In
    Caracas, the government denied the crisis" is Venezuela's, whatever government the
    sentences before named (blind audit, round 92: the Colombian one named just before)."""
    if ref.sector not in _STATE_SECTORS:
        return None
    places = {
        other.country for other in linker.refs
        if other.start < ref.start and other.sent == ref.sent and other.country
        and (other.form == "place" or _its_public(linker, other))
        and other.quote == ref.quote and not _names_a_body(linker, other.start)
        and not moved_to(linker.t, other.start, other.end)  # "sent … to the US" (session 30)
    }  # fmt: skip
    return next(iter(places)) if len(places) == 1 else None


# the people of a country as a whole, whose state a government after them is
_PUBLICS = frozenset({"public", "people", "citizens", "citizenry", "population", "society",
                      "electorate", "opinion", "press"})  # fmt: skip


def _its_public(linker: Linker, other: Ref) -> bool:
    """ "the Mexican public remains skeptical about the government's version": a demonym of a
    country's public sets the scene as a place would (blind audit, round 101: the Colombian
    government named before)."""
    t = linker.t
    last = other.end - 1
    head = t.head[last]
    return other.form == "modifier" and head > last and t.lower[head] in _PUBLICS


def _names_a_body(linker: Linker, start: int) -> bool:
    """The place ends a body's name ("the University of San Diego"): it sets no scene (round
    85: "the military" of a Mexican story went to the United States)."""
    t = linker.t
    if start < 2 or t.lower[start - 1] != "of":
        return False
    return t.text[start - 2][:1].isupper() and t.lower[start - 2] in NAME_HEADS


_UNARMED_PEOPLE = frozenset({"CVL", "OPP", "REF", "LAB", "MED"})
_TALKED_TO = frozenset({"tell", "brief", "address", "inform", "answer", "ask", "thank", "greet",
                        "invite", "meet", "say", "speak", "talk", "explain"})  # fmt: skip


def actor_s_own(linker: Linker, ref: Ref) -> str | None:
    """ "the Colombian military continued to kill civilians": people with no country of their
    own that a state body acts on are that body's country's, not the story's (blind audit,
    round 36: coded `USACVL` in a story the US government's report framed)."""
    if ref.sector not in _UNARMED_PEOPLE:
        return None  # "Mr. Obama armed the rebels": rebels are not the arming state's
    t = linker.t
    first = ref.end - 1
    while t.dep[first] == "conj" and t.head[first] < first:
        first = t.head[first]  # "imprison journalists and critics": the list's first
    verb = t.head[first]
    if t.dep[first] == "pobj" and t.dep[verb] == "prep":
        verb = t.head[verb]  # "cracked down on journalists"
    if ref.sector == "MED" and t.lemma[verb] in _TALKED_TO:
        return None  # "the president told journalists": no press of the state's acted on
    while t.dep[verb] in ("xcomp", "conj") and t.head[verb] != verb:
        verb = t.head[verb]  # "continued to kill civilians": the subject of "continued"
    for other in linker.refs:
        if other.sent != ref.sent or other.start >= ref.start or not other.country:
            continue
        subject = t.dep[other.end - 1] == "nsubj" and t.head[other.end - 1] == verb
        if subject and other.sector in _STATE_SECTORS:
            return other.country
    return None


def press_country(linker: Linker, ref: Ref) -> str | None:
    """The country of the press no outlet named stands for: journalists a state body acts on
    are its country's, never the article's alone (round 85: left uncoded); "the press", "the
    media" at large are the story's clearly dominant country's ("Members of the conservative
    press accused Clinton" in a US story; round 114: the accusation was lost), and marked as
    such (``igo_type`` "press": no "the agency" later stands for them)."""
    if ref.number == "pl" and (own := actor_s_own(linker, ref)) is not None:
        return own
    t, last = linker.t, ref.end - 1
    if t.lower[last] not in _PRESS or t.pos[last] not in ("NOUN", "PROPN"):
        return None  # "the newspaper": one outlet, never guessed; "to press his agenda"
    if last > ref.start and t.lower[last - 1] == "social":
        return None  # "social media": platforms, no press
    before = ref.start - 1 if ref.start > 0 and t.lower[ref.start - 1] == "the" else ref.start
    if before > 0 and t.lower[before - 1] in _MEDIUM:
        return None  # "the attacks they have been airing in the media": where, not who
    if before == ref.start and before > 0 and t.dep[before - 1] == "det":
        return None  # "described by some media": some outlets, of no one country
    country = default_country(linker)
    if country is not None:
        ref.igo_type = "press"
    return country


_PRESS = frozenset({"press", "media"})  # the press at large, no one outlet
_MEDIUM = frozenset({"in", "on", "through", "via", "across", "into"})


def person_of(linker: Linker, end: int) -> int | None:
    """ "the government of President Thein Sein": the last token of the person named (after
    an optional title) right after a state body's "of"; the body is that person's country's
    (round 85: left uncoded, so the journalists it jailed were too)."""
    t = linker.t
    if end + 1 >= len(t.text) or t.lower[end] != "of":
        return None
    k = end + 1
    while k < len(t.text) and linker.role_cover[k] >= 0 and k < end + 5:
        k = linker.role_at[linker.role_cover[k]][0]
    return next((stop - 1 for start, stop in linker.people if start == k), None)


_CAMPAIGNS = ("campaign", "campaigns")


def of_a_campaign(linker: Linker, ref: Ref) -> bool:
    """The group belongs to a campaign named right after it: "officials from the Hillary
    Clinton campaign", "aides with the Cruz campaign"; or it is the subject of a clause joined
    to one whose subject is a campaign: "The Obama campaign saw the DNC as a tool, and
    officials had little interest in …" (blind audit, round 90: USAGOV)."""
    t = linker.t
    if _beside_a_campaign(linker, ref):
        return True
    i = ref.end
    if i >= len(t.lower) or t.lower[i] not in ("from", "of", "with", "for", "in"):
        return False
    for k in range(i + 1, min(len(t.lower), i + 6)):
        if t.lower[k] in ("campaign", "campaigns"):
            return True
        if t.pos[k] not in ("DET", "PROPN", "PART", "ADJ", "NOUN"):
            return False
    return False


def _beside_a_campaign(linker: Linker, ref: Ref) -> bool:
    """The ref is the subject of a clause joined by "and" / "but" to a clause whose subject is
    a campaign."""
    t = linker.t
    last = ref.end - 1
    verb = t.head[last]
    if t.dep[last] != "nsubj" or t.dep[verb] != "conj" or t.head[verb] == verb:
        return False
    if any(t.head[k] == last and t.dep[k] == "prep" for k in range(ref.end, verb)):
        return False  # "officials in Washington": placed by their own words
    main = t.head[verb]
    return any(
        t.head[k] == main and t.dep[k] == "nsubj" and t.lower[k] in _CAMPAIGNS
        for k in range(max(0, main - 8), main)
    )


def default_country(linker: Linker) -> str | None:
    """The country a bare group takes when nothing in the text places it: the article's clearly
    dominant one, none in a story about a region that does not hold it (:func:`region_story`)."""
    return None if region_story(linker) else linker.clear_dominant


def unplaced_label(linker: Linker, ref: Ref) -> str:
    """The actor name of a group or official with no country: a titled person's own words ("a
    senior administration official" is that official, not "government": new user's trial),
    else the body's label, else the sector's."""
    words = linker.text(ref.start, ref.end)
    if ref.kind == "person" and " " in words:
        return words
    return ref.igo_type or linker.gaz.sector_label(ref.sector)


# a state body a leader's name can head: "the Obama administration", "the Assad regime"
_REGIMES = frozenset({"administration", "government", "regime", "cabinet"})


def regime_leader(linker: Linker, ref: Ref, by_token: dict[int, Ref]) -> Ref | None:
    """The person whose name right before the body's head word names it: "Obama administration
    officials" are Obama's country's, whatever country the sentence names next (own reading,
    session 25: coded IRNGOV beside "Iran"; "Bush administration officials" PSEGOV beside
    Arafat). None when no person's name stands there."""
    t = linker.t
    if ref.start < 1 or t.lower[ref.start] not in _REGIMES:
        return None
    leader = by_token.get(ref.start - 1)
    return leader if leader is not None and leader.kind == "person" else None
