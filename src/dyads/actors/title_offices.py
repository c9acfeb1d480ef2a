"""A title's office: "the Attorney General's Office did not file proper charges" names the
institution, not the person who holds the title (blind audit, round 107: given Mexico's
attorney general Arturo Chavez, as an elite). The mention is made the office's, an organisation,
before coreference runs: it takes the country and the title's sector as a body would
("Guatemala's Attorney General's Office": GTMJUD), never a person's actor or code. Used by
:func:`dyads.actors.find_mentions`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["title_offices"]

# the head nouns of a title-holder's institution: "the Attorney General's Office"
_OFFICE_HEADS = frozenset({"office", "ministry", "department", "bureau", "secretariat", "staff"})


def title_offices(linker: Linker, refs: list[Ref]) -> set[int]:
    """Make each title ref that owns a capitalised office noun right after it that office (an
    organisation named by the words); returns their ``id``."""
    t = linker.t
    n = len(t.lower)
    found = set()
    for ref in refs:
        if ref.kind != "person" or ref.form not in ("title", "description"):
            continue
        k = ref.end
        if k + 1 >= n or t.tag[k] != "POS" or t.lower[k + 1] not in _OFFICE_HEADS:
            continue
        if not t.title[k + 1]:
            continue  # "the president's office said": his own staff speaks for him
        ref.actor, ref.kind = linker.text(ref.start, k + 2), "organisation"
        found.add(id(ref))
    return found
