"""Surnames that are also title words: "Democrat Patty Judge", "Republican Tom Judge", "John
Major", "Carole King".

The recogniser often closes a person's name before a capitalised word the role table knows
as a title, so "Democrat Patty Judge" became a person "Patty" (USAPTY) and a separate
"Judge" (an American judge, USAJUD; blind audit, round 79). A title word that follows a
recognised name made only of given names, in the same sentence and capitalised mid-sentence
as a proper noun, and that opens no longer name, is that person's surname: the name takes it
and the word is no longer a role.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.given_names import is_given_name


def title_surnames(lk: Linker, headlines: set[int]) -> None:
    """Extend each PERSON span of given names alone over a title word that is its surname
    (see the module docstring); ``headlines`` are the title-case headline sentences, where
    capitals prove nothing."""
    for at, (start, end) in enumerate(lk.people):
        if _given_only(lk, start, end) and _surname_title(lk, end, headlines):
            lk.people[at] = (start, end + 1)
            del lk.role_at[end]
            lk.role_cover[end] = -1


def _given_only(lk: Linker, start: int, end: int) -> bool:
    """The span is capitalised given names only ("Patty", "Mary Ann")."""
    t = lk.t
    return all(t.title[i] and is_given_name(t.text[i]) for i in range(start, end))


def _surname_title(lk: Linker, k: int, headlines: set[int]) -> bool:
    """Token ``k`` is a one-word capitalised title, a proper noun in the sentence of the name
    before it (not a headline's), that no other capitalised name part follows ("Patty Judge
    said", not "Patty, Judge Smith" nor "Tom Judge Hernandez")."""
    t, n = lk.t, len(lk.t.text)
    if k >= n or t.sent[k] != t.sent[k - 1] or t.sent[k] in headlines:
        return False
    if lk.role_cover[k] != k or lk.entry_at[k] is not None:
        return False
    stop, role = lk.role_at[k]
    if stop != k + 1 or role.kind != "title" or role.number != "sg":
        return False
    if not (t.title[k] and t.text[k].isalpha() and t.pos[k] == "PROPN"):
        return False
    return not (k + 1 < n and t.title[k + 1] and t.pos[k + 1] == "PROPN")
