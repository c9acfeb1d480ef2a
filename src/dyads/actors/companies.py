"""Companies the gazetteer does not know: a name the text shows to be a company's is BUS.

The signals (word lists in ``dyads/data/actors/companies.yaml``; round 85: "Pfizer's deal with
Botox-maker Allergan" coded Pfizer a person and Allergan a country, "Goetz Gold LLC, a
Belgian company" and "Drug companies such as …" left uncoded):

* a corporate suffix ending a capitalised name ("Goetz Gold LLC", "Acme Holdings Inc.");
* a business noun right before the name ("drugmaker X", "Botox-maker X"), in an apposition
  after it (", a Belgian company with offices in Dubai") or in the title phrase before its
  comma ("a Belgian firm based in the United Arab Emirates, X");
* a place in the list after "companies such as", "firms like", "banks including".

The country comes from the company's own phrase (a demonym or country, "Chicago-based",
"based in Dubai"), else from the dateline or the one country the article names; with none, the
name is still a company (no person, no country) but keeps no code. Every mention of the name
in the article becomes the company.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref

_PLACE_KINDS = frozenset({"country", "demonym", "city", "division", "plural"})
_LIST_CUES = frozenset({"such", "like", "including"})
_DETERMINERS = frozenset({"a", "an", "the"})
_NAME_JOINERS = frozenset({"&", "and", "of"})
# suffixes that are also surnames when written in title case ("Sa", "Ag"): a company writes
# them "SA", "S.A.", "AG"
_SURNAME_SUFFIXES = frozenset({"sa", "ag", "nv", "lp"})
_REACH = 8  # tokens an apposition or title phrase may run to its business noun


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists("companies.yaml")


def mark_companies(lk: Linker) -> None:
    """Find the company names of the article (module docstring) and turn every mention of
    each into a BUS mention of its country (or into an uncoded company)."""
    found: dict[str, str | None] = {}
    for start, end, country in [*_suffixed(lk), *_described(lk), *_listed(lk)]:
        name = lk.text(start, end)
        if found.get(name) is None:
            found[name] = country
    for start, end, country in _based_beside(lk, found):
        found.setdefault(lk.text(start, end), country)
    # longest first: "Goetz Gold" is replaced whole before a lone "Goetz" could take its part
    for name in sorted(found, key=len, reverse=True):
        country = found[name] or _named_elsewhere(lk, name) or _setting(lk)
        _every_mention(lk, name, country)
    if found:
        _heads_of(lk, set(found))


def _heads_of(lk: Linker, names: set[str]) -> None:
    """ "Goetz Gold president, Alain Goetz": a title right after a company's name is the
    company's (BUS, its country), not the government's the title alone would give."""
    companies = {ref.end: ref for ref in lk.refs if ref.actor in names and ref.sector == "BUS"}
    for ref in lk.refs:
        company = companies.get(ref.start)
        info = lk.persons.get(ref.actor or "")
        if company is None or ref.kind != "person" or not ref.role or info is None:
            continue
        if info.code or (info.sector or "GOV") != "GOV":
            continue
        info.country, info.sector, info.code = company.country, "BUS", company.code
        info.needs_country = False
        info.bound = company.code is None


def _named_elsewhere(lk: Linker, name: str) -> str | None:
    """The country another coded mention gives the company: "Panama's Copa Airlines"."""
    for ref in lk.refs:
        if ref.sector == "BUS" and ref.country and name in lk.text(ref.start, ref.end):
            return ref.country
    return None


def _based_beside(lk: Linker, found: dict[str, str | None]) -> list[tuple[int, int, str]]:
    """ "Chicago-based AbbVie and Dublin-based Shire": a name after "<place>-based" joined by
    "and" to a company is one too, of that place's country (a "London-based" name alone may
    be a think tank or a monitor)."""
    t = lk.t
    out = []
    for ref in lk.refs:
        if not _candidate(lk, ref):
            continue
        start, end = _name_span(lk, ref)
        place = lk.entry_at[start - 3] if start >= 3 else None
        if place is None or t.lower[start - 1] != "based" or t.text[start - 2] != "-":
            continue
        last = end - 1
        partners = [t.head[last]] if t.dep[last] == "conj" else []
        partners += [k for k in range(len(t.text)) if t.dep[k] == "conj" and t.head[k] == last]
        if place.country and any(_a_company(lk, k, found) for k in partners):
            out.append((start, end, place.country))
    return out


def _a_company(lk: Linker, i: int, found: dict[str, str | None]) -> bool:
    """Token ``i`` is in a company's name: the gazetteer's or one found in the article."""
    entry = lk.entry_at[i]
    if entry is not None:
        return entry.sector == "BUS" and entry.kind == "metonym"
    span = lk.ent_span[i] or (i, i + 1)
    return lk.text(*span) in found


def _setting(lk: Linker) -> str | None:
    """The country the article's setting clearly gives: its dateline's, or the only one it
    names."""
    if lk.dateline_country:
        return lk.dateline_country
    return next(iter(lk.counts)) if len(lk.counts) == 1 else None


def _free(lk: Linker, i: int) -> bool:
    """Token ``i`` may be part of an unknown company's name: capitalised, no gazetteer entry,
    no role word."""
    t = lk.t
    capital = t.text[i][:1].isupper()
    return capital and lk.entry_at[i] is None and not _role_word(lk, i)


def _role_word(lk: Linker, i: int) -> bool:
    """Token ``i`` is in a role word other than a business's ("Airlines" may end a name)."""
    cover = lk.role_cover[i]
    return cover >= 0 and lk.role_at[cover][1].sector != "BUS"


def _suffixed(lk: Linker) -> list[tuple[int, int, str | None]]:
    """Capitalised names ending in a corporate suffix ("Goetz Gold LLC"): the name without
    the suffix, and the country of its own phrase."""
    t = lk.t
    suffixes = _words()["suffixes"]
    out = []
    for j, word in enumerate(t.text):
        if j == 0 or not word[:1].isupper() or word.lower().rstrip(".") not in suffixes:
            continue
        if word.istitle() and "." not in word and word.lower() in _SURNAME_SUFFIXES:
            continue  # "Roberto Sa", Rio's security secretary, is no SA (round 98 leftover)
        k = j
        while (
            k > 0
            and t.sent[k - 1] == t.sent[j]
            and (_free(lk, k - 1) or (t.lower[k - 1] in _NAME_JOINERS and k < j))
        ):
            k -= 1
        while k < j and t.lower[k] in _NAME_JOINERS:
            k += 1
        if k < j and not lk.known(lk.text(k, j)):
            out.append((k, j, _country_around(lk, k, j + 1)))
    return out


def _described(lk: Linker) -> list[tuple[int, int, str | None]]:
    """Names a business noun describes: right before the name, in an apposition after it,
    or in the title phrase before its comma."""
    out = []
    for ref in lk.refs:
        if not _candidate(lk, ref):
            continue
        start, end = _name_span(lk, ref)
        end = _whole_name(lk, end)
        if lk.t.lower[end - 1] in _words()["heads"]:
            out.append((start, end, _country_around(lk, start, end)))
            continue
        noun = _noun_before(lk, start)
        if noun is not None:
            out.append((start, end, _modifier_country(lk, noun) or _country_around(lk, start, end)))
            continue
        for noun in (_apposition_noun(lk, end), _phrase_noun_before(lk, start)):
            if noun is not None:
                out.append((start, end, _modifier_country(lk, noun) or _seat(lk, noun)))
                break
    return out


def _listed(lk: Linker) -> list[tuple[int, int, str | None]]:
    """Names listed after "companies such as", "firms like", "banks including"."""
    t = lk.t
    plurals = _words()["plurals"]
    starts = {ref.start: ref for ref in lk.refs if _candidate(lk, ref)}
    out = []
    for i, word in enumerate(t.lower):
        if word not in plurals or i + 1 >= len(t.lower) or t.lower[i + 1] not in _LIST_CUES:
            continue
        k = i + 3 if t.lower[i + 1] == "such" else i + 2
        if t.lower[i + 1] == "such" and t.lower[i + 2 : i + 3] != ["as"]:
            continue
        country = _modifier_country(lk, i)
        while k < len(t.text) and t.sent[k] == t.sent[i]:
            ref = starts.get(k)
            if ref is not None:
                start, end = _name_span(lk, ref)
                out.append((start, end, country))
                k = ref.end
            elif t.text[k] in (",", "and", "&") or t.lower[k] == "and":
                k += 1
            else:
                break
    return out


def _candidate(lk: Linker, ref: Ref) -> bool:
    """A name no rule has coded that may be a company's: not the gazetteer's, no title, not
    a person the office-holder table or the user's file knows."""
    if ref.form not in ("name", "surname") or ref.code or ref.role:
        return False
    if ref.kind not in ("person", "organisation", "country", "group"):
        return False
    start, end = _name_span(lk, ref)
    if any(lk.entry_at[i] is not None or _role_word(lk, i) for i in range(start, end)):
        return False
    if all(lk.role_cover[i] >= 0 for i in range(start, end)):
        return False  # "Airlines" alone, a part of "Rotana Jet Airlines"
    info = lk.persons.get(ref.actor or "")
    if info is not None and (info.explicit or info.code):
        return False
    return lk.known(lk.text(start, end)) is None


def _whole_name(lk: Linker, end: int) -> int:
    """The end of the capitalised run a name ref opens ("Goetz" of "Goetz Gold LLC", a
    suffix left out)."""
    t = lk.t
    while end < len(t.text) and t.sent[end] == t.sent[end - 1] and _free(lk, end):
        end += 1
    while t.text[end - 1].lower().rstrip(".") in _words()["suffixes"]:
        end -= 1
    return end


def _name_span(lk: Linker, ref: Ref) -> tuple[int, int]:
    """The name's own tokens of a ref (a person ref may open with its title phrase)."""
    start = ref.start
    while start < ref.end - 1 and not lk.t.text[start][:1].isupper():
        start += 1
    return start, ref.end


def _business(lk: Linker, i: int) -> bool:
    """Token ``i`` is a business noun: a word of the list, or "maker" after a product
    ("Botox-maker", "iPhone maker"), not a person's ("policy maker")."""
    t = lk.t
    word = t.lower[i]
    if word in _words()["nouns"]:
        return True
    if word != "maker" or i == 0:
        return False
    product = i - 2 if t.text[i - 1] == "-" and i >= 2 else i - 1
    return t.lower[product] not in _words()["not_makers"] and t.pos[product] in ("NOUN", "PROPN")


def _noun_before(lk: Linker, start: int) -> int | None:
    """ "drugmaker Pfizer", "Botox-maker Allergan": a business noun right before the name."""
    k = start - 1
    if k < 0 or not _business(lk, k) or lk.t.tag[k] in ("NNS", "NNPS"):
        return None
    return k


def _apposition_noun(lk: Linker, end: int) -> int | None:
    """ ", a Belgian company with offices in Dubai": the business noun heading an apposition
    right after the name (not "a bank employee", "the company's chief")."""
    t, n = lk.t, len(lk.t.text)
    if end + 1 >= n or t.text[end] != "," or t.lower[end + 1] not in _DETERMINERS:
        return None
    for k in range(end + 2, min(n, end + 2 + _REACH)):
        if t.pos[k] in ("VERB", "AUX", "PUNCT") and t.lower[k] not in ("-", "based"):
            return None
        if _business(lk, k):
            after = t.pos[k + 1] if k + 1 < n else "PUNCT"
            return k if after not in ("NOUN", "PROPN", "PART") else None
    return None


def _phrase_noun_before(lk: Linker, start: int) -> int | None:
    """ "a Belgian firm based in the United Arab Emirates, X": the business noun of an
    indefinite title phrase ending in the comma right before the name."""
    t = lk.t
    if start < 3 or t.text[start - 1] != ",":
        return None
    for k in range(start - 2, max(0, start - 2 - 2 * _REACH), -1):
        if t.sent[k] != t.sent[start] or t.text[k] in (",", ";", ".", ":"):
            return None
        if t.pos[k] in ("VERB", "AUX") and t.lower[k] != "based":
            return None
        if _business(lk, k) and t.tag[k] not in ("NNS", "NNPS"):
            opener = _np_start(lk, k)
            return k if opener >= 0 and t.lower[opener] in ("a", "an") else None
    return None


def _np_start(lk: Linker, noun: int) -> int:
    """The first token of the noun phrase ending at ``noun`` (its determiner, if any)."""
    t = lk.t
    k = noun - 1
    while k >= 0 and t.sent[k] == t.sent[noun] and (
        t.pos[k] in ("ADJ", "NOUN", "PROPN", "NUM", "ADV") or t.text[k] in ("-", ".")
        or t.lower[k] == "based"
    ):  # fmt: skip
        k -= 1
    return k


def _modifier_country(lk: Linker, noun: int) -> str | None:
    """The country a business noun's own modifiers give: "a Belgian company", "U.S.
    drugmaker", "a Dublin-based drugmaker" (not a stance: "Iranian-backed")."""
    for k in range(_np_start(lk, noun) + 1, noun):
        entry = lk.entry_at[k]
        placed = entry is not None and entry.kind in _PLACE_KINDS and entry.country
        if placed and entry is not None and not lk.stance(k):
            return entry.country
    return None


def _seat(lk: Linker, noun: int) -> str | None:
    """ "a company based in Dubai": the country of the place after "based in"."""
    t = lk.t
    for k in range(noun + 1, min(len(t.text), noun + _REACH)):
        if t.sent[k] != t.sent[noun] or t.text[k] == ",":
            return None
        if t.lower[k] == "based" and k + 1 < len(t.text) and t.lower[k + 1] == "in":
            for j in range(k + 2, min(len(t.text), k + 6)):
                entry = lk.entry_at[j]
                if entry is not None and entry.kind in _PLACE_KINDS and entry.country:
                    return entry.country
            return None
    return None


def _country_around(lk: Linker, start: int, end: int) -> str | None:
    """The country of a name's own phrase: its modifiers ("U.S. pharmaceutical behemoth
    Pfizer Inc.", "Chicago-based X"), a business noun's apposition after it, or a title
    phrase before its comma."""
    country = _modifier_country(lk, start) or _bracketed(lk, end)
    if country is None:
        noun = _apposition_noun(lk, end) or _phrase_noun_before(lk, start)
        if noun is not None:
            country = _modifier_country(lk, noun) or _seat(lk, noun)
    return country


def _bracketed(lk: Linker, end: int) -> str | None:
    """ "Copa Airlines (Panama)": a country alone in brackets right after the name."""
    t = lk.t
    if end + 2 >= len(t.text) or t.text[end] != "(":
        return None
    entry = lk.entry_at[end + 1]
    span = lk.ent_span[end + 1]
    if entry is None or entry.kind != "country" or span is None or span[1] >= len(t.text):
        return None
    return entry.country if t.text[span[1]] == ")" else None


def _every_mention(lk: Linker, name: str, country: str | None) -> None:
    """Each occurrence of ``name`` becomes one company ref; the refs inside it go."""
    t = lk.t
    words = name.split()
    actor = name
    for i in range(len(t.text)):
        end = _match(lk, i, words)
        if end is None or not t.text[i][:1].isupper():
            continue
        if end < len(t.text) and t.text[end].lower().rstrip(".") in _words()["suffixes"]:
            end += 1  # "Kristov Holdings Ltd": the suffix is the name's
        inside = [r for r in lk.refs if r.start < end and r.end > i]
        if any(not _replaceable(r, end) for r in inside):
            continue
        for ref in inside:
            lk.refs.remove(ref)
        lk.persons.pop(name, None)
        code = f"{country}BUS" if country else None
        lk.new_ref(
            i, end, kind="organisation", actor=actor, code=code, country=country,
            sector="BUS", form="name",
        )  # fmt: skip
    for surname, full in list(lk.surnames.items()):
        if full == name:
            del lk.surnames[surname]


def _match(lk: Linker, i: int, words: list[str]) -> int | None:
    """The end of ``words`` as written from token ``i`` (spaces between tokens ignored)."""
    t = lk.t
    joined = "".join(words)
    k, built = i, ""
    while k < len(t.text) and len(built) < len(joined):
        built += t.text[k]
        k += 1
    return k if built == joined else None


def _replaceable(ref: Ref, end: int) -> bool:
    """A ref the company's mention may replace: an uncoded name, never a pronoun or one that
    reaches past it."""
    return ref.form in ("name", "surname") and not ref.code and ref.end <= end
