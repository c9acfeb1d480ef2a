"""Datelines: the place (and agency, date) a wire story opens with, in the main wires' forms.

A dateline is structure, not prose: ``match_dateline`` gives it and the offset where the
story's first sentence starts, so the article stage can start the body there and the analysis
can blank it. Forms covered (each a pattern below, tried in order):

* English and Latin-script wires: ``WASHINGTON, Dec 28 (Reuters) -``, ``YEREVAN (Azatutyun) —``,
  ``ST. JOSEPH, Mich. (AP) —``, ``NEW YORK —``, ``PARIS, 2 mai 2023 (AFP) -``;
* a place in ordinary case with an agency: ``Kyiv (AP) —``, ``Berlin (dpa) -``,
  ``Madrid, 2 may (EFE).-``, ``Lisboa, 02 mai (Lusa) -``;
* TASS: ``МОСКВА, 28 декабря. /ТАСС/.``; RIA Novosti: ``МОСКВА, 28 дек — РИА Новости.``;
* agency first (ANSA): ``(ANSA) - ROMA, 2 MAG -``;
* place, date, one-word agency (Ukrinform): ``Київ, 28 грудня. Укрінформ.``;
* Xinhua and China News Service: ``新华社北京5月2日电（记者 王明）``; Kyodo, Jiji: ``【北京共同】``.

Forms from the agencies' published copy (TASS, RIA Novosti, dpa, AFP, EFE, ANSA, Lusa,
Ukrinform, Xinhua, Kyodo style as seen on their sites); no per-site rule beyond the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyads.dates import DateError, parse_date
from dyads.records import Dateline

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}[\w.'’/\-]*"
_PLACE = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
# "Dec 28, 2023", "28 декабря", "2. Mai 2023", "2 MAG", "2 de mayo", "02/05/2023", "2024-05-14"
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}"
    rf"|{_MONTH}\s*\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_LETTER}{{3,12}}\.?(?:\s+(?:de\s+)?\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)"
)
_DASH = r"(?:[—–―‒]|--?)"
_AGENCY = r"[^()\n]{2,40}"
_REGION = rf"(?!{_MONTH}\s*\d){_LETTER}[\w.]*(?:\s{_LETTER}[\w.]*){{0,3}}"


@dataclass(frozen=True, slots=True)
class _Form:
    name: str
    pattern: re.Pattern[str]
    upper_place: bool  # the place must be written in capitals


def _form(name: str, pattern: str, *, upper_place: bool = True) -> _Form:
    return _Form(name, re.compile(pattern), upper_place)


_FORMS = (
    # TASS: МОСКВА, 28 декабря. /ТАСС/.
    _form(
        "tass",
        rf"^(?P<place>{_PLACE}),\s*(?P<date>{_DATE})\.?\s*/(?P<agency>[^/\n]{{2,60}})/\.?\s*",
    ),
    # RIA Novosti: МОСКВА, 28 дек — РИА Новости.
    _form(
        "ria",
        rf"^(?P<place>{_PLACE})[,.]\s*(?P<date>{_DATE})\.?\s*{_DASH}\s*"
        rf"(?P<agency>{_LETTER}[\w.]*(?:\s{_LETTER}[\w.]*){{0,2}})\.\s+",
    ),
    # ANSA: (ANSA) - ROMA, 2 MAG -
    _form(
        "ansa",
        rf"^\((?P<agency>[^()\n]{{2,20}})\)\s*{_DASH}\s*(?P<place>{_PLACE}),\s*"
        rf"(?P<date>{_DATE})\s*{_DASH}\s*",
    ),
    # WASHINGTON, Dec 28 (Reuters) -   ST. JOSEPH, Mich. (AP) —   NEW YORK —
    _form(
        "wire",
        rf"^(?P<place>{_PLACE})(?:,\s*(?P<region>{_REGION}))?(?:,\s*(?P<date>{_DATE}))?"
        rf"\s*(?:\((?P<agency>{_AGENCY})\)\.?)?\s*{_DASH}\s*",
    ),
    # Kyiv (AP) —   Berlin (dpa) -   Madrid, 2 may (EFE).-
    _form(
        "agency",
        rf"^(?P<place>(?!(?:The|A|An)\s){_PLACE})(?:,\s*(?P<date>{_DATE}))?\s*"
        rf"\((?P<agency>{_AGENCY})\)\.?\s*{_DASH}\s*",
        upper_place=False,
    ),
    # Ukrinform: Київ, 28 грудня. Укрінформ.
    _form(
        "place-date-agency",
        rf"^(?P<place>{_PLACE}),\s*(?P<date>{_DATE})\.\s*(?P<agency>{_LETTER}[\w\-]*)\.\s+",
        upper_place=False,
    ),
    # Xinhua, China News Service: 新华社北京5月2日电（记者 王明）
    _form(
        "xinhua",
        r"^(?P<agency>新华社|中新社|中新网)(?P<place>[^\W\d_]{2,8}?)"
        r"(?P<date>\d{1,2}月\d{1,2}日)电(?:[（(][^）)\n]{0,40}[）)])?\s*",
        upper_place=False,
    ),
    # Kyodo, Jiji: 【北京共同】
    _form("kyodo", r"^【(?P<place>[^\W\d_]{1,8}?)(?P<agency>共同|時事)】\s*", upper_place=False),
)
_NOT_PLACES = {"the", "a", "an", "in", "on", "at", "by", "for", "from", "after", "as", "with"}


def match_dateline(paragraph: str) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``paragraph`` and the offset where the text after it starts.

    ``None`` when the paragraph does not open with a dateline in one of the forms above.
    """
    found = _matched(paragraph)
    if found is None:
        return None
    region = (found.groupdict().get("region") or "").strip() or None
    dateline = Dateline(
        place=found["place"].strip(), agency=_agency(found["agency"]), region=region
    )
    return dateline, found.end()


def dateline_day(paragraph: str) -> str | None:
    """The day the dateline at the start of ``paragraph`` gives, as ``YYYY-MM-DD``, when it
    writes one with its year ("JEDDAH, Saudi Arabia, 14 May 2024 (AP) -", "BERLIN, 2024-05-14
    (Reuters) -"); None without a dateline, a date, or a year ("Dec 28": nothing is guessed),
    or for a date :func:`dyads.dates.parse_date` cannot read for certain."""
    found = _matched(paragraph)
    written = found.groupdict().get("date") if found is not None else None
    if not written or re.search(r"\d{4}", written) is None:
        return None
    try:
        return parse_date(written.strip().rstrip(".")).isoformat()
    except DateError:
        return None


def _matched(paragraph: str) -> re.Match[str] | None:
    for form in _FORMS:
        found = form.pattern.match(paragraph)
        if found is None:
            continue
        place = found["place"].strip()
        if not _plausible_place(place, upper=form.upper_place):
            continue
        if paragraph[found.end() : found.end() + 1].islower():  # a sentence goes on
            continue
        region = found.groupdict().get("region")
        if region and not region[0].isupper():
            continue
        return found
    return None


def _plausible_place(place: str, *, upper: bool) -> bool:
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) < 2:
        return False
    if upper:
        return place.isupper() or not any(ch.isupper() or ch.islower() for ch in letters)
    words = place.split()
    return words[0].lower() not in _NOT_PLACES and not any(word[0].islower() for word in words)


def _agency(raw: str | None) -> str | None:
    """The agency's name: "Корр. ТАСС Иван Иванов" -> "ТАСС"; others as written."""
    if raw is None:
        return None
    agency = raw.strip().rstrip(".").strip()
    if agency.lower().startswith(("корр.", "спец. корр.", "соб. корр.")):
        capitals = [word for word in agency.split() if len(word) >= 2 and word.isupper()]
        agency = capitals[0] if capitals else agency
    return agency or None
