"""A bare plural role word listed among abstract nouns names a topic, not a group acting.

"how migration, refugees and Islamophobia came to dominate political discourse": "refugees" is
one of the subjects of the debate, like "migration" beside it, not the country's refugees as an
actor (blind audit, round 79: CHEREF). Used by :mod:`dyads.actors.groups`.
"""

from __future__ import annotations

from dyads.actors.context import Linker

# what joins the items of a list
_LIST_JOINS = frozenset({",", "and", "or"})
# a determiner or possessive before the role word makes it a particular group ("the refugees")
_PARTICULAR = frozenset({"DT", "PRP$", "POS", "CD"})


def listed_topic(lk: Linker, start: int, end: int) -> bool:
    """The bare plural role word at ``start:end`` stands in a list beside a bare singular
    common noun that is no role word nor name ("migration, refugees and Islamophobia",
    "refugees, security and jobs"): a topic. "Refugees and aid workers", "the refugees and
    their children" stay groups."""
    t = lk.t
    n = len(t.text)
    if start > 0 and t.tag[start - 1] in _PARTICULAR:
        return False
    left = start - 2 if start >= 2 and t.lower[start - 1] in _LIST_JOINS else -1
    right = end + 1 if end + 1 < n and t.lower[end] in _LIST_JOINS else -1
    return any(k >= 0 and _abstract_item(lk, k) for k in (left, right))


def _abstract_item(lk: Linker, k: int) -> bool:
    """Token ``k`` is a list item of its own that is a bare singular common noun, no actor:
    "migration", "security" (not "migration officials", "the army", "staff")."""
    t = lk.t
    if t.tag[k] != "NN" or t.dep[k] in ("compound", "amod", "poss"):
        return False
    if lk.role_cover[k] >= 0 or lk.entry_at[k] is not None or lk.ent_span[k] is not None:
        return False
    return not (k > 0 and t.tag[k - 1] in _PARTICULAR | {"JJ"})
