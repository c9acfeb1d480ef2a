"""Pronouns, surname-only names and names the actor memory knows; bracketed short forms.

These refs are emitted unresolved and resolved by :func:`dyads.actors.coref.resolve`; an
expletive "it" ("it is clear that") is no reference at all.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import AGENT_ADJECTIVES, PRONOUNS


def abbreviations(lk: Linker) -> None:
    """ "the Revolutionary United Front (RUF)": a bracketed short form right after a coded
    name is that actor (so later pronouns and short forms resolve to it)."""
    t = lk.t
    by_end = {r.end: r for r in lk.refs if r.code}
    for ref in lk.refs:
        s = ref.start
        if ref.code or s < 2 or t.text[s - 1] != "(" or ref.end >= len(t.text):
            continue
        if t.text[ref.end] != ")" or not t.text[s].isupper():
            continue
        full = by_end.get(s - 1)
        if full is None:
            continue
        ref.actor, ref.code, ref.kind = full.actor, full.code, full.kind
        ref.country, ref.sector, ref.igo_type = full.country, full.sector, full.igo_type
        ref.resolved = True


def pronouns_and_names(lk: Linker) -> None:
    t = lk.t
    n = len(t.text)
    memory = lk.memory
    for i in range(n):
        if lk.used[i]:
            continue
        low = t.lower[i]
        pron = PRONOUNS.get(low)
        if pron is not None:
            if pron[0] == "thing" and not referential_it(lk, i):
                continue
            number = "pl" if pron[0] == "plural" else "sg"
            lk.new_ref(
                i,
                i + 1,
                form="pronoun",
                pron=pron[0],
                gender=pron[1],
                number=number,
                resolved=False,
            )
            continue
        if not t.title[i] or t.pos[i] != "PROPN":
            continue
        word = t.text[i]
        if word in lk.surnames:
            lk.new_ref(i, i + 1, actor=lk.surnames[word], form="surname", resolved=False)
            continue
        if memory is None:
            continue
        for words in memory.names_starting(word):
            k = len(words)
            if tuple(t.text[i : i + k]) == words and not any(lk.used[i : i + k]):
                known = lk.known(" ".join(words))
                if known is not None:
                    lk.new_ref(
                        i,
                        i + k,
                        kind=known.kind,
                        actor=known.name,
                        form="surname",
                        resolved=False,
                    )
                break


def referential_it(lk: Linker, i: int) -> bool:
    t = lk.t
    if t.dep[i] == "expl":
        return False
    if t.lower[i] == "it" and i + 2 < len(t.text) and t.lower[i + 1] in ("is", "was", "'s"):
        # "it is important to" is expletive, "it is prepared to" names an agent
        return t.pos[i + 2] not in ("ADJ", "DET", "ADV") or t.lower[i + 2] in AGENT_ADJECTIVES
    return True
