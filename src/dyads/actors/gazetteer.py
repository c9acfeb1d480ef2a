"""The actor gazetteer: loads the data tables under ``dyads/data/actors/`` once per process.

Owns the facts a linker needs about named actors and the words that describe them:

* countries (``countries.csv``, curated short names, aliases, demonyms and capitals, merged with
  the ISO 3166 names ``pycountry`` knows, so every ISO country is present);
* major cities (``cities.csv``, generated from GeoNames by ``build_data.py``) and capitals;
* first-level divisions of large countries (``subdivisions.csv``: US states, Mexican states,
  Indian states …, generated from ISO 3166-2 and ``subdivision_names.csv``);
* international organisations (``igos.yaml``), media (``media.csv``), metonyms
  (``metonyms.csv``: "the Kremlin", "Downing Street"), companies (``companies.csv``), regions
  (``regions.csv``);
* role words to CAMEO sectors (``roles.csv``), sector labels (``sectors.csv``) and definite
  descriptions ("the alliance", ``descriptions.csv``).

Every surface form maps to one :class:`Entry` by a plain dict; the entity ruler and the linker
both key on ``Entry.key`` (the ruler's ``ent_id``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"


@dataclass(frozen=True, slots=True)
class Entry:
    """A named actor or place the gazetteer knows."""

    key: str
    kind: str  # country | city | division | demonym | plural | igo | media | metonym | region
    actor: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    label: str = "GPE"  # spaCy entity label the ruler assigns
    capital: bool = False
    igo_type: str | None = None
    mention_kind: str = "country"  # Mention.kind when this entry is mentioned


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    adjective: str | None
    plural: str | None
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Role:
    """A role word: a person's title, a collective group, a body, an honorific or a modifier."""

    phrase: str
    sector: str | None  # "*" = inherit from the body it belongs to; "*MIL": else MIL (else GOV)
    kind: str  # title | group | org | honorific | modifier
    number: str  # sg | pl
    gender: str | None
    label: str | None
    curated: bool = True  # False: converted from the Phoenix agents dictionary


@dataclass(slots=True)
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # surface form -> entry key
    countries: dict[str, Country] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)  # lower-cased phrase -> role
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)  # GOV -> government
    region_actors: dict[str, str] = field(default_factory=dict)  # phrase -> entry key
    # a form naming places in more than one country ("Georgia", "Punjab"): entry keys, the
    # entry ``names`` gives first; the linker picks one by context
    shared: dict[str, list[str]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # division key -> cue words
    seats: dict[str, str] = field(default_factory=dict)  # capital -> the IGO it stands for
    # an outlet's name that papers of several countries bear ("El Universal"): entry key ->
    # every country of ``media.csv`` with it, the default (the first row's) first
    outlets: dict[str, list[str]] = field(default_factory=dict)

    def add(self, entry: Entry, forms: list[str]) -> None:
        self.entries.setdefault(entry.key, entry)
        for form in forms:
            form = form.strip()
            if form:
                self.names.setdefault(form, entry.key)

    def lookup(self, text: str) -> Entry | None:
        """The entry for a surface form, tolerating a leading "the" and a possessive."""
        text = text.strip()
        for candidate in _variants(text):
            key = self.names.get(candidate)
            if key is not None:
                return self.entries[key]
        return None

    def country_name(self, iso3: str | None) -> str | None:
        country = self.countries.get(iso3 or "")
        return country.name if country else None

    def adjective(self, iso3: str | None) -> str | None:
        country = self.countries.get(iso3 or "")
        if country is None:
            return None
        return country.adjective or country.name

    def sector_label(self, sector: str | None) -> str:
        return self.sectors.get(sector or "", (sector or "").lower())

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Phrase patterns for spaCy's entity ruler: each form as written and in capitals."""
        patterns: list[dict[str, Any]] = []
        seen: set[str] = set()
        for form, key in self.names.items():
            entry = self.entries[key]
            for variant in (form, form.upper()):
                if variant in seen:
                    continue
                seen.add(variant)
                patterns.append({"label": entry.label, "pattern": variant, "id": key})
        return patterns


def _variants(text: str) -> Iterator[str]:
    yield text
    for prefix in ("the ", "The ", "THE "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            yield text
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            yield text[: -len(suffix)]
    if text.isupper():
        yield text.title()


def rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of the table ``name`` of ``data/actors`` (see :func:`_rows`), for the rules
    that read a small table of their own (``us_states.csv``)."""
    return _rows(name)


def _rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of a table as dicts by column, values stripped (a short row's missing values
    empty); comment and blank lines skipped. Raises ValueError for a row with more values
    than columns."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        lines = csv.reader(line for line in handle if line.strip() and not line.startswith("#"))
        header = next(lines, [])
        for row in lines:
            if len(row) > len(header):
                raise ValueError(f"{name}: more values than columns in {row!r}")
            if row:
                values = [value.strip() for value in row]
                yield dict(zip(header, values + [""] * (len(header) - len(row)), strict=True))


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _load_countries(gaz: Gazetteer) -> None:
    curated = {row["iso3"]: row for row in _rows("countries.csv")}
    capitals: list[tuple[str, str]] = []
    adjectives: list[tuple[str, str, str]] = []
    for iso3, row in curated.items():
        plural = _split(row["plurals"])
        adjective = _split(row["adjectives"])
        country = Country(
            iso3=iso3,
            name=row["name"],
            adjective=adjective[0] if adjective else None,
            plural=plural[0] if plural else None,
            capitals=tuple(_split(row["capital"])),
        )
        gaz.countries[iso3] = country
        iso = pycountry.countries.get(alpha_3=iso3)
        official = [getattr(iso, a, "") for a in ("name", "official_name", "common_name")]
        forms = [row["name"], *_split(row["aliases"]), *(n for n in official if "," not in n)]
        gaz.add(Entry(f"country:{iso3}", "country", row["name"], iso3, iso3), forms)
        capitals += [(iso3, city) for city in country.capitals]
        adjectives += [(iso3, "demonym", form) for form in adjective]
        adjectives += [(iso3, "plural", form) for form in plural]
    for iso in pycountry.countries:  # ISO countries and territories the curated table omits
        if iso.alpha_3 in curated:
            continue
        name = getattr(iso, "common_name", None) or iso.name
        gaz.countries[iso.alpha_3] = Country(iso.alpha_3, name, None, None, ())
        forms = [n for n in (name, iso.name, getattr(iso, "official_name", "")) if "," not in n]
        gaz.add(Entry(f"country:{iso.alpha_3}", "country", name, iso.alpha_3, iso.alpha_3), forms)
    _load_igos(gaz)  # organisation names outrank capitals and demonyms for shared forms
    _load_media(gaz)
    _load_metonyms(gaz)
    _load_companies(gaz)
    for iso3, city in capitals:
        name = gaz.countries[iso3].name
        gaz.add(Entry(f"city:{iso3}:{city}", "city", name, iso3, iso3, capital=True), [city])
    for iso3, kind, form in adjectives:
        name = gaz.countries[iso3].name
        actor = form if kind == "plural" else name
        mention_kind = "group" if kind == "plural" else "country"
        entry = Entry(
            f"{kind}:{iso3}:{form}",
            kind,
            actor,
            iso3,
            iso3,
            label="NORP",
            mention_kind=mention_kind,
        )
        gaz.add(entry, [form])


def read_yaml(name: str) -> Any:
    """The parsed YAML file ``name`` of ``data/actors`` (safe loader, C-accelerated when
    available). Raises ``OSError`` when the file is missing, ``yaml.YAMLError`` when malformed."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The ``key: [word, …]`` lists of the YAML file ``name`` of ``data/actors``, lower-cased."""
    return {key: frozenset(str(w).lower() for w in words) for key, words in read_yaml(name).items()}


def _load_igos(gaz: Gazetteer) -> None:
    for item in read_yaml("igos.yaml"):
        entry = Entry(
            f"igo:{item['name']}",
            "igo",
            item["name"],
            item["code"],
            None,
            label="ORG",
            igo_type=item.get("type"),
            mention_kind="organisation",
        )
        gaz.add(entry, [item["name"], *item.get("names", [])])
        if item.get("seat"):
            gaz.seats[item["seat"]] = entry.key


def _load_media(gaz: Gazetteer) -> None:
    for row in _rows("media.csv"):
        name = row["name"].removeprefix("The ")
        key = f"media:{name}"
        if key in gaz.entries:  # a namesake paper of another country
            gaz.outlets.setdefault(key, [gaz.entries[key].country or ""]).append(row["country"])
            continue
        entry = Entry(
            f"media:{name}",
            "media",
            name,
            f"{row['country']}MED",
            row["country"],
            "MED",
            label="ORG",
            mention_kind="media",
        )
        gaz.add(entry, [row["name"], name, *_split(row["aliases"])])


def _load_metonyms(gaz: Gazetteer) -> None:
    for row in _rows("metonyms.csv"):
        code = row["country"] + row["sector"]
        entry = Entry(
            f"metonym:{row['phrase']}",
            "metonym",
            row["actor"],
            code,
            row["country"],
            row["sector"],
            label="ORG",
            mention_kind=row["kind"],
        )
        gaz.add(entry, [row["phrase"]])


def _load_companies(gaz: Gazetteer) -> None:
    """Companies news names alone (``companies.csv``): metonym entries of their country's
    business sector ("Pfizer" USABUS), so the platform and place rules of metonyms apply."""
    for row in _rows("companies.csv"):
        entry = Entry(
            f"metonym:{row['name']}",
            "metonym",
            row["name"],
            row["country"] + "BUS",
            row["country"],
            "BUS",
            label="ORG",
            mention_kind="organisation",
        )
        gaz.add(entry, [row["name"], *_split(row["aliases"])])


def _load_cities(gaz: Gazetteer) -> None:
    if not (DATA_DIR / "cities.csv").is_file():
        return
    for row in _rows("cities.csv"):
        iso3 = row["iso3"]
        name = gaz.country_name(iso3) or iso3
        gaz.add(Entry(f"city:{iso3}:{row['name']}", "city", name, iso3, iso3), [row["name"]])


def _load_divisions(gaz: Gazetteer) -> None:
    """First-level divisions (``subdivisions.csv``): a place of their country. A form another
    entry of the same country already has is left to it ("Lagos"); a form naming something in
    another country too is recorded in ``shared`` ("Georgia" the country and the US state)."""
    for row in _rows("subdivisions.csv"):
        iso3, key = row["iso3"], f"division:{row['code']}"
        entry = Entry(key, "division", row["name"], iso3, iso3, label="GPE")
        gaz.entries[key] = entry
        gaz.cues[key] = frozenset(_split(row["cues"]))
        for form in [row["name"], *_split(row["aliases"])]:
            taken = gaz.names.get(form)
            if taken is None:
                gaz.names[form] = key
            elif gaz.entries[taken].country != iso3:
                gaz.shared.setdefault(form, [taken]).append(key)


def _load_regions(gaz: Gazetteer) -> None:
    for row in _rows("regions.csv"):
        key = f"region:{row['actor']}"
        if row["role"] == "actor":
            gaz.entries.setdefault(
                key,
                Entry(
                    key,
                    "region",
                    row["actor"],
                    row["code"] or None,
                    label="LOC",
                    mention_kind="group",
                ),
            )
            gaz.region_actors[row["phrase"]] = key
        else:
            gaz.add(
                Entry(key, "place", row["actor"], row["code"] or None, label="LOC"), [row["phrase"]]
            )


@cache
def us_states() -> dict[str, str]:
    """Each US state's name, AP abbreviation and postal code (lower case) -> its name
    (``us_states.csv``)."""
    found: dict[str, str] = {}
    for row in _rows("us_states.csv"):
        for key in (row["name"], row["ap"], row["postal"]):
            found[key.lower()] = row["name"]
    return found


def region_country(gaz: Gazetteer, region: str) -> str | None:
    """The country of a dateline's region ("N.H.", "Mich.", "Texas", "Colombia"), or None."""
    if not region:
        return None
    if region.lower() in us_states():
        return "USA"
    entry = gaz.lookup(region.title())
    return entry.country if entry is not None and entry.kind in ("country", "division") else None


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the package data files."""
    gaz = Gazetteer()
    _load_countries(gaz)
    _load_regions(gaz)
    _load_cities(gaz)
    _load_divisions(gaz)
    for name in ("roles.csv", "roles_phoenix.csv"):  # the curated table wins
        for row in _rows(name):
            gaz.roles.setdefault(
                row["phrase"].lower(),
                Role(
                    phrase=row["phrase"],
                    sector=row["sector"] or None,
                    kind=row["kind"],
                    number=row["number"] or "sg",
                    gender=row["gender"] or None,
                    label=row["label"] or None,
                    curated=name == "roles.csv",
                ),
            )
    for row in _rows("descriptions.csv"):
        gaz.descriptions[row["noun"].lower()] = tuple(_split(row["refers_to"]))
    for row in _rows("sectors.csv"):
        gaz.sectors[row["sector"]] = row["label"]
    return gaz
