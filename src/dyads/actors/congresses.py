"""Bodies named alike in many countries, read by the country the story takes place in (round
85, a Guatemalan story): a title of "Congress" ("Vice President of Congress Felipe Alejos",
coded USAGOV by the gazetteer's US Congress) is that country's legislature's, and "the MP" of a
country whose prosecution is the Public Ministry is that prosecution, not a member of
parliament (coded GTMLEG); a national attorney general is a minister (GOV) where the office
sits in the cabinet, else the prosecution's head (JUD; round 95). The countries are
``congresses``, ``public_ministries`` and ``cabinet_attorneys_general`` of
``legislatures.yaml``. Run by :func:`dyads.actors.coref.resolve` on each resolved ref.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import read_yaml
from dyads.actors.officeholders import holders
from dyads.actors.phrase import HEAD_TITLES
from dyads.actors.politics import holdings_on
from dyads.actors.refs import Ref


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = read_yaml("legislatures.yaml")
    return frozenset(data["congresses"]), frozenset(data["public_ministries"])


@cache
def _cabinet_attorneys() -> frozenset[str]:
    return frozenset(read_yaml("legislatures.yaml")["cabinet_attorneys_general"])


def congress_title(lk: Linker, ref: Ref) -> None:
    """A title of the gazetteer's US Congress in a story clearly set in another country whose
    legislature is called Congress: that legislature's; its head (president, vice president,
    speaker …) is of the legislature (LEG), not the government."""
    if ref.form != "title" or ref.actor != "Congress" or ref.country != "USA":
        return
    country = lk.clear_dominant
    if country is None or country == "USA" or country not in _lists()[0]:
        return
    sector = ref.sector
    if (ref.role or "").lower() in HEAD_TITLES or sector == "GOV":
        sector = "LEG"
    ref.country, ref.sector, ref.code = country, sector, f"{country}{sector or ''}"
    # a label that ends in its title, never a name the actor memory would learn (its last
    # word "Congress" would become a surname)
    ref.actor = f"{lk.gaz.adjective(country) or country} Congress {ref.role or 'member'}"


def public_ministry(lk: Linker, ref: Ref) -> None:
    """ "investigated by the MP" in a story clearly set in Guatemala: the Public Ministry."""
    t = lk.t
    if ref.end - ref.start != 1 or t.text[ref.start] != "MP" or ref.start == 0:
        return
    country = lk.clear_dominant
    if t.lower[ref.start - 1] != "the" or country not in _lists()[1]:
        return
    ref.kind, ref.form, ref.number = "organisation", "group", "sg"
    ref.country, ref.sector, ref.code = country, "JUD", f"{country}JUD"
    ref.actor = f"{lk.gaz.adjective(country) or country} Public Ministry"


_ATTORNEY_GENERAL = ("attorney general", "attorney-general")
# words that make an attorney general a state's or a province's, not the country's
_LOCAL = frozenset({"state", "state's", "provincial", "district", "county"})


def attorney_general(lk: Linker, ref: Ref) -> None:
    """A country's attorney general, by the ref's own title or the one the article gave the
    person ("Attorney General, Luisa Ortega Diaz, said … Ortega"): GOV in a country whose
    attorney general is a minister, JUD elsewhere, whatever the office-holder table's
    Phoenix rows or the title's own words say; in such a country a named one only when the
    office-holder table has them in the office that day, else a state's (JUD). A state's
    attorney general ("Virginia Attorney General", "the attorney general of Florida"), a former
    one (ELI) and a body's are left as they are."""
    if ref.kind != "person" or not ref.country or ref.sector not in ("GOV", "JUD"):
        return
    t = lk.t
    words = t.lower[ref.start : ref.end]
    title = " ".join(words)
    if not any(w in title for w in _ATTORNEY_GENERAL):
        info = lk.persons.get(ref.actor or "")
        title = (info.role or "").lower() if info is not None else ""
        words = title.split()
        if not any(w in title for w in _ATTORNEY_GENERAL):
            return
    division = any(
        (e := lk.entry_at[k]) is not None and e.kind == "division"
        for k in range(ref.start, ref.end)
    )
    if division or _LOCAL & set(words):
        return
    cabinet = ref.country in _cabinet_attorneys()
    if cabinet and ref.actor in lk.persons:
        # a named one is the cabinet's only if the office-holder table has them so that day:
        # "Attorney General Eric Schneiderman" is New York's, a state's (JUD)
        name = ref.actor or ""
        held = holdings_on(name, lk.published) if lk.published else holders(name, None)
        cabinet = any("attorney general" in h.source.lower() for h in held)
    elif cabinet and ref.end + 1 < len(t.text) and t.lower[ref.end] == "of":
        cabinet = not t.title[ref.end + 1]  # "the attorney general of Florida": a state's
    sector = "GOV" if cabinet else "JUD"
    ref.sector, ref.code = sector, f"{ref.country}{sector}"
