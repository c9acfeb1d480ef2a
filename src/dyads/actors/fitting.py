"""Whether a description's own words fit an antecedent: its region adjective the country ("the
European country" is never the United States), its US party word the person ("the Democratic
candidate" is never Ted Cruz). Used by :mod:`dyads.actors.coref` and
:mod:`dyads.actors.descriptions`; both rules from blind-audit round 84.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from dyads.actors.context import Linker
from dyads.actors.gazetteer import read_yaml
from dyads.actors.politics import party_of
from dyads.actors.refs import Ref


@cache
def region_members() -> dict[str, frozenset[str]]:
    """Each region adjective of ``region_adjectives.yaml`` -> the ISO3 codes it can stand for."""
    return {
        str(key).lower(): frozenset(str(code).upper() for code in codes)
        for key, codes in read_yaml("region_adjectives.yaml").items()
    }


def _modifiers(linker: Linker, ref: Ref) -> list[str]:
    """The lower-case words before the description's head noun, in its phrase (the span's own
    and up to three before it that hang on the head: "the [South American] nation")."""
    t = linker.t
    head = ref.end - 1
    words = []
    for k in range(max(0, ref.start - 3), head):
        if t.sent[k] != t.sent[head]:
            continue
        if ref.start <= k or t.head[k] == head or t.head[t.head[k]] == head:
            words.append(t.lower[k])
    return words


def fits_region(linker: Linker, ref: Ref, iso3: str | None) -> bool:
    """False when the description names a region ("the European country", "the Andean
    nation") that does not hold ``iso3``; True when it names none or one that does."""
    words = _modifiers(linker, ref)
    grams = set(words) | {f"{a} {b}" for a, b in pairwise(words)}
    members = region_members()
    named = [members[g] for g in grams if g in members]
    # "South American" names the region; its last word alone is the US demonym, not listed
    return not named or (iso3 is not None and all(iso3 in m for m in named))


def names_region(linker: Linker, ref: Ref) -> bool:
    """The description names a region ("the European country")."""
    words = _modifiers(linker, ref)
    grams = set(words) | {f"{a} {b}" for a, b in pairwise(words)}
    return bool(grams & region_members().keys())


def near_countries(linker: Linker, ref: Ref, history: list[Ref]) -> list[str]:
    """The distinct countries named as actors or places (not a modifier's "Paraguayan
    marijuana") in the sentence of "the country" ``ref`` before it and in the sentence before."""
    found: list[str] = []
    for c in history:
        near = c.sent in (ref.sent, ref.sent - 1) and c.start < ref.start
        country = c.country if c.kind == "country" and c.form != "modifier" else None
        if near and country and country not in found:
            found.append(country)
    return found


_PARTY_WORDS = {"republican": "republican", "gop": "republican", "democratic": "democratic",
                "democrat": "democratic"}  # fmt: skip


def party_word(words: list[str]) -> str | None:
    """The US party the words name ("Republican", "GOP", "Democratic"), when exactly one."""
    found = {_PARTY_WORDS[w] for w in words if w in _PARTY_WORDS}
    return next(iter(found)) if len(found) == 1 else None


def party_clash(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """The description names a US party ("the Democratic candidate") and the candidate is
    known to be of the other: by the office-holder table on the publication day, or by the
    words of the candidate's own mention and title ("Republican presidential candidate Ted
    Cruz"). An unknown party is no clash."""
    t = linker.t
    wanted = party_word(t.lower[max(0, ref.start - 1) : ref.end])
    if wanted is None:
        return False
    own = [t.lower[k] for k in range(max(0, candidate.start - 4), candidate.end)
           if _in_phrase(linker, k, candidate)]  # fmt: skip
    own += (candidate.role or "").lower().split()
    has = party_of(candidate.actor or "", linker.published) or party_word(own)
    return has is not None and has != wanted


def _in_phrase(linker: Linker, k: int, ref: Ref) -> bool:
    """Token ``k`` is in the ref's span or modifies it within three heads, through no verb
    ("Republican presidential candidate Ted Cruz", not "Democrats attacked Ted Cruz")."""
    t = linker.t
    for _ in range(4):
        if ref.start <= k < ref.end:
            return True
        if t.pos[k] in ("VERB", "AUX") or t.head[k] == k:
            return False
        k = t.head[k]
    return False
