"""Bodies named alike in many countries, read by the country the story takes place in (round
85, a Guatemalan story): a title of "Congress" ("Vice President of Congress Felipe Alejos",
coded USAGOV by the gazetteer's US Congress) is that country's legislature's, and "the MP" of a
country whose prosecution is the Public Ministry is that prosecution, not a member of
parliament (coded GTMLEG). The countries are ``congresses`` and ``public_ministries`` of
``legislatures.yaml``. Run by :func:`dyads.actors.coref.resolve` on each resolved ref.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import read_yaml
from dyads.actors.phrase import HEAD_TITLES
from dyads.actors.refs import Ref


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = read_yaml("legislatures.yaml")
    return frozenset(data["congresses"]), frozenset(data["public_ministries"])


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
