"""The staff of a former office-holder are not the government: "the former vice president's
spokeswoman" in 2016 is no USAGOV (blind audit, round 110), though a bare spokeswoman's title
defaults to the government's. The person named by title only keeps no code; which sector a
former official's staff are, no rule can say. Named staff are handled when their principal is
linked (:func:`dyads.actors.principals.follow`).
"""

from __future__ import annotations

from dyads.actors.principals import staff_title
from dyads.records import Mention

_POSSESSIVE = ("'s", "’s")


def formers_staff(mentions: list[Mention], text: str) -> None:
    """Uncode each staff title ("spokeswoman", "aide") whose possessor, the mention right
    before its possessive mark, is a former office-holder (ELI) or a named person no rule
    codes ("Bill Clinton's spokesman" in 2016)."""
    by_end = {m.span[1]: m for m in mentions}
    for m in mentions:
        if m.kind != "person" or m.sector != "GOV" or not m.role or m.role != m.text:
            continue
        if not staff_title(m.role):
            continue
        j = len(text[: m.span[0]].rstrip())
        if text[j - 2 : j] not in _POSSESSIVE:
            continue
        owner = by_end.get(j - 2)
        if owner is None or owner.kind != "person":
            continue
        if owner.sector == "ELI" or (owner.code is None and owner.role is None):
            m.code = m.sector = None  # a former's, or a named person's no rule codes
