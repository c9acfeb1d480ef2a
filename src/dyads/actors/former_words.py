"""Former office-holders the words around a mention show, where the title next to the name
does not say "former" (blind audit, round 111):

* "former Carter adviser Alfred Kahn": "former" before a proper-noun modifier of the title
  the mention opens with (coded USAGOV);
* "Tim Pawlenty, the former governor of Minnesota and a Republican presidential candidate in
  2012": a party man whose own role names a former office of the state and no race he runs
  now (coded USAPTY);
* "Dave Camp, a broadly respected Republican and, at the time, chairman of the House Ways and
  Means Committee": an office his apposition says he held "at the time" (coded USAPTY).

:func:`dyads.actors._former` codes such a person as the country's elite (ELI) unless the
office-holder table shows them serving on the publication day.
"""

from __future__ import annotations

import re

from dyads.records import Mention

__all__ = ["former_by_words"]

_FORMER = r"(?:former|ex-|onetime|one-time|retired)"
# "former Carter " right before "adviser Alfred Kahn": only capitalised words between
_FORMER_NAMED_BEFORE = re.compile(r"(?i:" + _FORMER + r")\s+(?:[A-Z][\w.'-]*\s+){1,3}$")
# offices of the state (not a party's or a campaign's post)
_STATE_OFFICE = (
    r"(?:president|vice president|secretary of|minister|governor|senator|ambassador|mayor|"
    r"congress(?:man|woman)|representative|attorney general|general|admiral|speaker|"
    r"(?:chairman|chairwoman|chair) of the (?:house|senate)\b)"
)
_FORMER_STATE_OFFICE = re.compile(
    r"(?i)\b" + _FORMER + r"\s*(?:[\w.'-]+\s+){0,2}?" + _STATE_OFFICE + r"\b"
)
# "candidate in 2012": a race of a past year; a bare "candidate" may be a race he runs now
_CANDIDATE = re.compile(r"(?i)\bcandidate\b(?:\s+(?:for\s+\w+\s+)?in\s+((?:19|20)\d\d))?")
# ", a broadly respected Republican and, at the time, chairman of the House …"
_AT_THE_TIME = re.compile(
    r"(?i)^,[^.;]{0,60}?(?:\bat the time|\bthen),?\s+(?:the\s+|a\s+)?(?-i:[A-Z][\w.'-]*\s+){0,2}?"
    + _STATE_OFFICE
)


def former_by_words(m: Mention, text: str, published: str | None) -> bool:
    """The words around person mention ``m`` show an office of the state the person no longer
    holds (see the module docstring)."""
    before = text[max(0, m.span[0] - 40) : m.span[0]]
    role = m.role or ""
    if (
        m.role
        and m.sector != "PTY"  # "former Trump campaign chairman": a party's post, not the state's
        and m.text.lower().startswith(role.lower().split()[0])
        and _FORMER_NAMED_BEFORE.search(before)
    ):
        return True
    if m.sector != "PTY":
        return False
    if _FORMER_STATE_OFFICE.search(role) and not _runs_now(role, published):
        return True
    return bool(_AT_THE_TIME.match(text[m.span[1] : m.span[1] + 160]))


def _runs_now(role: str, published: str | None) -> bool:
    """``role`` calls the person a candidate, in no year before ``published``'s."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    for found in _CANDIDATE.finditer(role):
        if found.group(1) is None or year is None or int(found.group(1)) >= year:
            return True
    return False
