"""A ", he said," set off by commas inside a sentence is the speaker's aside to words reported
without quotation marks; the people those words name before the aside are what the speaker
talks about, not the speaker (blind audit, round 110: "Therefore any attempt to debunk a
falsehood by Mr. Trump, he said, becomes hopeless" gave "he" to Trump, not to Mr. Sykes, who
was quoted in the sentences before). Used by :mod:`dyads.actors.antecedents`; the aside inside
another person's saying is :mod:`dyads.actors.aside_speakers`'s.
"""

from __future__ import annotations

from dyads.actors.binding import says
from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["before_aside"]

_ASIDE_MARKS = frozenset({",", "—", "–", "--"})


def before_aside(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """``ref`` is the subject of a parenthetical ", he said," and ``candidate`` is named before
    it in the same sentence, in the words the aside reports."""
    t = linker.t
    k = ref.start
    if candidate.sent != ref.sent or candidate.end > k or t.dep[k] != "nsubj":
        return False
    verb = t.head[k]
    if verb != k + 1 or not says(t, verb) or k < 1 or verb + 1 >= len(t.lower):
        return False
    if t.lower[k - 1] not in _ASIDE_MARKS or t.lower[verb + 1] not in _ASIDE_MARKS:
        return False
    # the aside hangs on the reported clause ("becomes"), not on a clause of its own
    return t.dep[verb] in ("parataxis", "advcl", "ccomp") and t.head[verb] > verb
