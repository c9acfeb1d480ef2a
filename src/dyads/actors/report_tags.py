"""Whose a bare body or envoy is: a trailing speech tag speaks for the state whose body did
what it reports; an untitled ambassador is the country's whose envoy the article named.

"Kosovo police arrested three Serbian nationals … across the boundary with Serbia, the interior
ministry said" is Kosovo's ministry, and "Serbian Foreign Minister Marko Djuric summoned the
head of the EU delegation …, the foreign ministry said" Serbia's (a new user's trial, session
28: the two were given SRBGOV and XKXGOV, from a place and the dateline). The reported clause's
subject, when it is a coded state body or official, names the country.
"""

from __future__ import annotations

from dyads.actors.bodies import STATE_SECTORS
from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["envoys_country", "is_envoy", "reported_by_its_state", "told_on"]

# envoys serve abroad: the country a story is set in is the one they are posted to
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "consul-general", "chargé d'affaires",
                     "charge d'affaires", "emissary", "high commissioner"})  # fmt: skip

_SPEECH = frozenset({"say", "announce", "state", "report", "add", "confirm", "tell", "note"})


def reported_by_its_state(linker: Linker, ref: Ref) -> str | None:
    """The country of the state body or official who is the subject of the clause ``ref``
    reports, when ``ref`` is the subject of a speech verb after that clause; else None."""
    t = linker.t
    last = ref.end - 1
    if t.dep[last] != "nsubj":
        return None
    verb = t.head[last]
    if t.lemma[verb].lower() not in _SPEECH:
        return None
    clauses = [
        i for i in range(max(0, verb - 80), verb) if t.head[i] == verb and t.dep[i] == "ccomp"
    ]
    if not clauses:
        return None
    clause = clauses[0]
    for other in linker.refs:
        if other is ref or t.head[other.end - 1] != clause or t.dep[other.end - 1] != "nsubj":
            continue
        if other.code and other.country and other.sector in STATE_SECTORS:
            return other.country
    return None


def is_envoy(role: str) -> bool:
    """An envoy's title ("Ambassador", "special envoy", "Consul General")."""
    words = role.lower()
    return any(words == e or words.endswith(" " + e) for e in _ENVOYS) or "ambassador" in words


def envoys_country(linker: Linker) -> str | None:
    """The one country whose envoy the article named with a country ("China's ambassador"),
    for a bare "Ambassador Huang Xilian": a story set in Manila is the country an envoy is
    posted to, not the one that sent him (a new user's trial, session 28: PHLGOV; session 27:
    "its ambassador in Manila" after Japan). None when no one such country."""
    countries = {
        r.country for r in linker.refs if r.role and r.country and r.code and is_envoy(r.role)
    }
    return next(iter(countries)) if len(countries) == 1 else None


_BARE_OFFICIALS = frozenset({"officials", "the officials"})


def told_on(linker: Linker, ref: Ref) -> str | None:
    """Bare "Officials" opening a sentence go on from the state body that was the subject of
    the sentence before: "… the Trump administration announced that … it will rescind
    immigration protections awarded to Salvadorans …. Officials said the decision was based on
    …" are US officials, not El Salvador's, the place named last (blind audits, rounds 107 and
    109: three quotations given to the Salvadoran government)."""
    if not ref.subject or linker.text(ref.start, ref.end).lower() not in _BARE_OFFICIALS:
        return None
    countries = {
        r.country for r in linker.refs
        if r.sent == ref.sent - 1 and r.subject and r.code and r.country and r.quote == -1
        and r.sector in STATE_SECTORS and r.form != "pronoun"
    }  # fmt: skip
    return next(iter(countries)) if len(countries) == 1 else None
