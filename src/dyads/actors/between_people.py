"""Two or more people named between a body and a plural pronoun that only the sentence's
last-resort rule gives a body: the pronoun is theirs, not the body's (blind audit, round 110:
"Zuckerberg … give away 99 percent of his Facebook stock, just as his role models Warren
Buffett and Bill and Melinda Gates are doing with their wealth" gave "their" to Facebook,
USABUS). People who act for the body ("the brothers Elio and Bruno Gerardi acting as their
connection") are found by earlier rules. Used by :mod:`dyads.actors.antecedents`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["people_between"]


def people_between(linker: Linker, antecedent: Ref, ref: Ref) -> bool:
    """Two or more named people stand between the body ``antecedent`` and the plural pronoun
    ``ref`` in the pronoun's sentence."""
    if antecedent.kind == "person" or antecedent.sent != ref.sent:
        return False
    named = {
        r.actor
        for r in linker.refs
        if r.kind == "person" and r.form == "name" and antecedent.end <= r.start < ref.start
    }
    return len(named) >= 2
