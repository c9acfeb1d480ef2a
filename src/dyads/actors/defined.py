"""Acronyms an article defines in brackets or an "or" aside: "Amnesty International (AI)
chastised …" and later "AI wrote" are one body (blind audit, round 103: "AI" left unresolved
twice), as "the Swiss People's Party, or SVP," and "the SVP" (round 114). The gazetteer's own
acronyms are read in :mod:`dyads.actors.acronyms`; this covers any named body the article
spells out itself."""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["defined_acronyms"]

_MAX_LETTERS = 8
_CLOSERS = frozenset({",", ")", ";", "."})


def defined_acronyms(linker: Linker, refs: list[Ref]) -> None:
    """Give each uncoded all-capitals ref the actor, code, country, sector and kind of the ref
    right before an earlier bracket holding the same letters ("X (AI)") or an "or" aside ("X,
    or AI,"), or that bracket's own letters; refs changed in place. A bracket after an uncoded
    name defines nothing."""
    t = linker.t
    n = len(t.text)
    defined: dict[str, tuple[int, Ref]] = {}
    for ref in refs:
        at = _letters_at(t.text, ref.end) if ref.code else None
        if at is not None:
            defined.setdefault(t.text[at], (at, ref))
    if not defined:
        return
    for ref in refs:
        if ref.code or ref.end - ref.start != 1:
            continue
        found = defined.get(t.text[ref.start])
        if found is None or found[0] > ref.start:
            continue  # the bracket's own letters are the body too ("… Police (PNB)")
        donor = found[1]
        ref.actor, ref.code, ref.country = donor.actor, donor.code, donor.country
        ref.sector, ref.kind = donor.sector, donor.kind
    # the letters where no entity was seen ('"…," AI wrote'): a ref of their own
    added = False
    for i in range(n):
        found = defined.get(t.text[i])
        if found is None or found[0] >= i or linker.used[i] or t.quote[i] >= 0:
            continue
        donor = found[1]
        refs.append(
            linker.new_ref(
                i, i + 1, kind=donor.kind, actor=donor.actor, code=donor.code,
                country=donor.country, sector=donor.sector, form="name",
            )
        )  # fmt: skip
        added = True
    if added:
        refs.sort(key=lambda r: r.start)


def _letters_at(words: list[str], k: int) -> int | None:
    """The token of the acronym a name defines right after it, its first word at ``k``: "X
    (AI)", or "the Swiss People's Party, or SVP, began …" (blind audit, round 114: "the SVP"
    went to another body whose name ends in the letters)."""
    n = len(words)
    if k + 2 < n and words[k] == "(" and words[k + 2] == ")" and _acronym(words[k + 1]):
        return k + 1
    if k + 3 < n and words[k] == "," and words[k + 1] == "or" and words[k + 3] in _CLOSERS:
        return k + 2 if _acronym(words[k + 2]) else None
    return None


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= _MAX_LETTERS and word.isalpha() and word.isupper()
