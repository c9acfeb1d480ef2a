"""A person named in a time or deed of an office once held is coded by that office, not by
what the person is on the publication date (blind audit, round 90):

* the subject of a past copula in a time clause whose predicate is a state title: "Hillary
  Rodham Clinton visited once while she was secretary of state" is the government then, not the
  2015 candidate (USAPTY);
* the subject of a past "represented the state in the Senate" or "served in the House": a
  legislator then (round 92);
* the owner of a term in office, once its holder left it: "during President Bill Clinton's
  tenure in the 1990s", "bribed members of his administration" (former President Alan Garcia)
  are the government of the time, not elites (ELI).

Run by :func:`dyads.actors.coref.resolve` once every ref is resolved; only the mention in that
clause changes, the person's other mentions keep their codes. And a person the article gives a
share of the vote ("took 57 percent of the vote to law professor Tim Canova's 43 percent") is a
candidate in every mention, PTY, over a trade the article names (blind audit, round 95: USAEDU;
:func:`vote_getters`).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens, dependents
from dyads.records import Mention

# sectors of the state a title can name
_STATE_TITLES = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
# the subordinators of a time clause: "while she was secretary of state"
_TIME_MARKS = frozenset({"while", "when", "as", "before", "after", "until", "since"})
# nouns of a holder's time in office
_TERM_NOUNS = frozenset({"tenure", "administration", "presidency", "premiership",
                         "government", "term", "terms", "reign", "mandate"})  # fmt: skip
# verbs of holding a seat, and the chambers held: "represented the state in the Senate"
_SEATED = frozenset({"represent", "serve", "sit"})
_CHAMBERS = frozenset({"senate", "house", "congress", "parliament", "legislature", "assembly"})
# the sectors a holder who has left office is coded with
_FORMER = frozenset({"ELI"})


def offices_then(linker: Linker, refs: list[Ref]) -> None:
    """Code each person ref a past time clause says held a state title by that title."""
    for ref in refs:
        if ref.kind != "person" or not ref.country or ref.number != "sg":
            continue
        sector = _title_then(linker, ref) or ("LEG" if _seat_then(linker, ref) else None)
        if sector is not None and sector != ref.sector:
            ref.sector, ref.code = sector, f"{ref.country}{sector}"


def terms_owned(linker: Linker, refs: list[Ref], mentions: list[Mention]) -> None:
    """Code the government each mention of a former holder that owns a term in office names
    (``mentions`` are ``refs``' own, in their order, with the former holders already ELI)."""
    for ref, mention in zip(refs, mentions, strict=True):
        former = mention.kind == "person" and mention.sector in _FORMER and mention.country
        if former and _term_owned(linker, ref):
            mention.sector, mention.code = "GOV", f"{mention.country}GOV"


def _title_then(linker: Linker, ref: Ref) -> str | None:
    """The state sector of the title a past time clause says ``ref`` held."""
    t = linker.t
    last = ref.end - 1
    verb = t.head[last]
    if t.dep[last] != "nsubj" or t.lemma[verb] != "be" or t.tag[verb] != "VBD":
        return None
    marks = dependents(t, verb, "mark") + dependents(t, verb, "advmod")  # "when" is an advmod
    if t.dep[verb] != "advcl" or not any(t.lower[m] in _TIME_MARKS for m in marks):
        return None
    for k in dependents(t, verb, "attr"):
        cover = linker.role_cover[k]
        if cover < 0:
            continue
        role = linker.role_at[cover][1]
        if role.kind == "title" and role.sector in _STATE_TITLES and not _owned(linker, k):
            return role.sector
    return None


def _seat_then(linker: Linker, ref: Ref) -> bool:
    """``ref`` is the subject of a past "represented … in the Senate" / "served in the House"
    (or of the verb that one is joined to): a legislator then ("Clinton moved there in 2000 and
    represented the state in the Senate for eight years", blind audit, round 92: USAPTY)."""
    t = linker.t
    last = ref.end - 1
    if t.dep[last] != "nsubj":
        return False
    verb = t.head[last]
    verbs = [verb, *(k for k in dependents(t, verb, "conj") if t.pos[k] == "VERB")]
    for v in verbs:
        if t.lemma[v] not in _SEATED or t.tag[v] != "VBD":
            continue
        for prep in dependents(t, v, "prep"):
            if t.lower[prep] == "in" and any(
                t.lower[k] in _CHAMBERS and t.title[k] for k in dependents(t, prep, "pobj")
            ):
                return True
    return False


def _owned(linker: Linker, noun: int) -> bool:
    """The title at ``noun`` is someone else's ("was his chief of staff")."""
    t = linker.t
    return any(t.head[k] == noun and t.dep[k] == "poss" for k in range(max(0, noun - 4), noun))


def _term_owned(linker: Linker, ref: Ref) -> bool:
    """``ref`` owns a noun of a term in office ("Bill Clinton's tenure", "his administration")."""
    t = linker.t
    last = ref.end - 1
    if last + 1 < len(t.text) and t.tag[last + 1] == "POS":
        owner = last  # "President Bill Clinton's tenure"
    elif t.dep[last] == "poss":
        owner = last  # "his administration"
    else:
        return False
    noun = t.head[owner]
    return noun > owner and t.lower[noun] in _TERM_NOUNS


_SHARES = frozenset({"percent", "%", "per"})
_GOT = frozenset({"take", "win", "get", "receive", "capture", "garner", "draw", "earn"})
_TRADES = frozenset({"BUS", "EDU", "CVL"})  # sectors a candidacy outranks
# words of the sentence that make a share a share of votes ("Selzer's 3 percent margin" is not)
_VOTES = frozenset({"vote", "votes", "primary", "election", "race", "caucus", "caucuses",
                    "ballot", "ballots", "runoff", "nomination"})  # fmt: skip


def vote_getters(linker: Linker, refs: list[Ref]) -> None:
    """Every mention of a person the article gives a share of the vote ("Canova's 43
    percent", "Canova took 43 percent") is a candidate's (PTY) when its code is a trade's."""
    t, n = linker.t, len(linker.t.text)
    running: set[str] = set()
    for ref in refs:
        if ref.kind != "person" or not ref.actor or ref.form not in ("name", "surname"):
            continue
        k = ref.end
        if k < n and t.tag[k] == "POS":
            k += 1  # "Canova's 43 percent"
        elif t.dep[ref.end - 1] == "nsubj" and t.lemma[t.head[ref.end - 1]].lower() in _GOT:
            k = t.head[ref.end - 1] + 1  # "Canova took 43 percent"
        else:
            continue
        share = k + 1 < n and t.pos[k] == "NUM" and t.lower[k + 1] in _SHARES
        if share and _VOTES & {t.lower[j] for j in range(n) if t.sent[j] == ref.sent}:
            running.add(ref.actor)
    for ref in refs:
        if ref.actor in running and ref.country and ref.sector in _TRADES:
            ref.sector, ref.code = "PTY", f"{ref.country}PTY"


# plural nouns of people running in a race, before the ones they list
_RACE_PLURALS = frozenset({"candidates", "rivals", "contenders", "hopefuls", "nominees",
                           "challengers", "frontrunners", "front-runners"})  # fmt: skip
_LISTING = frozenset({"like", "including", ",", "as", ":", "-", "—", "–"})  # "such as"
_REACH = 14  # tokens back from a name to the plural noun that lists it


def listed_candidates(linker: Linker, refs: list[Ref]) -> set[str]:
    """The people a plural noun of candidates lists ("other candidates, like the leftist
    former mayor of Sao Paulo, Fernando Haddad", "the two rivals that are leading the race,
    Haddad and Bolsonaro"): candidates, PTY in every mention, over a former office or the
    office-holder table's undated guess (blind audit, round 101: BRAELI, BRAGOV). Returns
    their names, which :func:`dyads.actors._former` then leaves alone."""
    t = linker.t
    running: set[str] = set()
    for ref in refs:
        named = ref.kind == "person" and ref.actor and ref.form in ("name", "surname")
        # "… the likes of Donald Trump and his GOP rivals, Obama said": a tag's subject after
        # the comma is no one listed (blind audit, round 103: President Obama coded PTY)
        named = named and t.dep[ref.end - 1] not in ("nsubj", "nsubjpass")
        if named and ref.actor and _listed_by_race_plural(t, ref.start, ref.sent):
            running.add(ref.actor)
    for ref in refs:
        if ref.actor in running and ref.country and ref.kind == "person":
            ref.sector, ref.code = "PTY", f"{ref.country}PTY"
    return running


def _listed_by_race_plural(t: Tokens, start: int, sent: int) -> bool:
    """A plural noun of candidates stands before ``start`` in its sentence, with a listing word
    right after it (or after its relative clause) and no main verb of another clause between."""
    for k in range(start - 1, max(-1, start - _REACH), -1):
        if t.sent[k] != sent:
            return False
        if t.lower[k] in _RACE_PLURALS:
            after = k + 1
            if after < start and t.tag[after] in ("WDT", "WP"):  # "rivals that are leading …"
                after = next((j for j in range(after, start) if t.text[j] == ","), start)
            return after < start and t.lower[after] in _LISTING
        if t.pos[k] in ("VERB", "AUX") and t.dep[k] not in ("relcl", "aux", "amod", "prep"):
            return False
    return False
