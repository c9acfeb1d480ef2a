"""Maintainer tool: convert the Phoenix agents dictionary into ``data/actors/roles_phoenix.csv``.

Source: ``Phoenix.agents.txt`` (PETRARCH-2 / Phoenix dictionaries, Open Event Data Alliance,
MIT licence; the shared copy sits in ``../shared/eval/reference/phoenix/``). Each entry is a role
noun with a CAMEO agent code (``POLICE_OFFICER [~COP]``); the output keeps the nouns that serve as
role words, one row per form (singular and plural) in ``roles.csv``'s columns, with the licence
notice in the file's header. Run ``python -m dyads.actors.build_roles [Phoenix.agents.txt]``;
nothing here is needed at run time. The curated ``roles.csv`` wins wherever both list a phrase.

Conversion (each choice is the project's, not Phoenix's):

* ``_`` joins words; ``!PERSON!`` expands to man/men/woman/women/person, ``!MINIST!`` to
  minister(s)/ministry/ministries; the stems ``MINIST``, ``AUTHORIT``, ``COMPAN`` and ``INDUSTR``
  are completed; other entries ending mid-word or in a preposition (``AMBASSADOR_TO``) are left out;
* plurals: the ``{...}`` form when given, none for ``{}``, else the regular English plural;
* the agent code becomes one sector: the first three letters, except that ``GOV``/``MIL``
  followed by ``JUD``, ``COP`` or ``SPY`` (a government court, police, intelligence), ``GOVMIL``
  and ``GOVMED`` for a media noun (state media) take the second; religions (``MUS``, ``CHR``,
  ``JEW``…) become ``REL`` (clergy; the words for believers themselves are skipped);
  ``NGO``, ``IGO``, ``RAD``, ``MOD``, ``PPL`` and ``IMG`` entries are left out (no
  country-sector code says them);
* kind: ``org`` when the head noun names a body (ministry, court, party, agency…), else ``title``
  for the singular and ``group`` for the plural;
* lawyers and attorneys (``LAWYER``, ``ATTORNEY``, ``TRIAL_LAWYER`` …, ``JUD`` in Phoenix) are
  ``*CVL``: the sector of the body they act for ("Justice Department lawyers"), else civilians;
  a person's or a party's counsel are not the judiciary (prosecutors and judges stay ``JUD``);
* a stoplist drops words whose common sense is not the Phoenix one (``actor``, ``deputy`` — a
  legislator in much of the world —, ``bomber``, ``village``, adjectives such as ``naval``).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "roles_phoenix.csv"
DEFAULT_SOURCE = (
    Path(__file__).resolve().parents[4]
    / "shared"
    / "eval"
    / "reference"
    / "phoenix"
    / "Phoenix.agents.txt"
)

SECTORS = {
    "GOV", "MIL", "OPP", "REB", "SEP", "COP", "JUD", "LEG", "MED", "SPY", "BUS", "CVL", "REF",
    "LAB", "EDU", "HLH", "HRI", "REL", "PTY", "CRM", "UAF", "AGR", "ENV", "DEV", "ELI",
}  # fmt: skip
RELIGIONS = {"MUS", "CHR", "CTH", "JEW", "HIN", "BUD", "PRO", "MAR", "REL", "SHI", "SUN"}
SKIP_CODES = {"NGO", "IGO", "RAD", "MOD", "PPL", "IMG"}
ORG_HEADS = {
    "administration", "agency", "army", "assembly", "association", "authority", "bank", "board",
    "brigade", "bureau", "business", "cabinet", "cartel", "chamber", "chancellery", "church",
    "coalition", "college", "commission", "committee", "company", "conglomerate", "congress",
    "consulate", "corporation", "council", "court", "department", "diocese", "embassy",
    "enterprise", "faction", "firm", "force", "gang", "government", "hospital", "industry",
    "institution", "junta", "legislature", "magazine", "media", "ministry", "navy", "newspaper",
    "office", "parliament", "party", "police", "politburo", "presidium", "regime", "school",
    "secretariat", "senate", "service", "syndicate", "television", "tribunal", "tv", "union",
    "university", "unit", "website", "mafia", "militia", "network", "judiciary", "procuratorate",
}  # fmt: skip
MEDIA_WORDS = {"media", "news", "television", "tv", "radio", "broadcast", "broadcaster", "press"}
STEMS = {
    "minist": ("minister", "ministry"),
    "authorit": ("authority",),
    "compan": ("company",),
    "industr": ("industry",),
}
STOP = {
    "actor", "deputy", "bomber", "village", "neighborhood", "neighbourhood", "settlement",
    "small town", "naval", "native", "naturalized", "retired", "semi-official", "state-owned",
    "islamic", "islamist", "jewish", "hebrew", "christian", "muslim", "moslem", "hindu",
    "buddhist", "sunni", "anglican", "maronite", "unitarian", "jew", "hasid", "hasidim",
    "believer", "worshiper", "worshipper", "man", "men", "woman", "women", "person", "persons",
    "people", "child", "children", "girl", "mother", "infant", "advocate", "counsel",
    "counselor", "counsellor", "delegate", "representatives", "assemblage", "assemblies",
    "chamber", "monger", "oiler", "carrier", "raider", "looter", "pillager", "plunderer",
    "uprising", "revolt", "rebellion", "insurgence", "insurgency", "religion", "governance",
    "polity", "kingdom", "sovereign", "boss", "business", "producer", "bargainer", "security check",
    "official source", "a cabinet meeting", "the pm", "doc", "captain", "operative", "intelligence",
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespersons",
}  # fmt: skip
# buildings and places the dictionary codes as their guards ("prison" COP, "barracks" MIL): a
# place is not an actor (blind audit, round 3: "a Bogota prison" coded COLCOP)
BUILDINGS = {
    "prison", "prisons", "jail", "jails", "penitentiary", "penitentiaries", "barracks",
    "barrackses", "checkpoint", "checkpoints", "police post", "police posts", "police station",
    "police stations", "prison house", "prison houses", "state prison", "state prisons",
}  # fmt: skip
# collective nouns: already plural in sense, no "-s" form
UNCOUNTABLE = {
    "media", "police", "personnel", "staff", "military", "clergy", "infantry", "artillery",
    "press", "tv", "television", "intelligence", "security", "enforcement", "crime", "gangdom",
    "soldiery", "rabble", "poor", "electorate", "population", "judiciary", "leadership",
}  # fmt: skip
# private counsel: Phoenix's JUD would make "Clinton's lawyers" the US judiciary (blind audit,
# round 74)
COUNSEL = {
    "lawyer", "attorney", "counsellor-at-law", "trial lawyer", "trial attorney", "defense lawyer",
    "defense attorney",
}  # fmt: skip
PREPOSITIONS = {"to", "for", "at", "in", "of", "on", "with", "from"}
LINE = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")


def _sector(code: str, phrase: str) -> str | None:
    code = code.strip().lstrip("~")
    if not code or "~" in code:
        return None
    first, second = code[:3], code[3:6]
    if first in SKIP_CODES:
        return None
    if first in RELIGIONS:
        return second if second in SECTORS and second not in RELIGIONS else "REL"
    if first in ("GOV", "MIL") and second in ("JUD", "COP", "SPY"):
        return second
    if first == "GOV" and second == "MIL":
        return "MIL"
    if first == "GOV" and second == "MED" and MEDIA_WORDS & set(phrase.replace("-", " ").split()):
        return "MED"
    return first if first in SECTORS else None


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


def _expand(raw: str) -> list[str]:
    """Surface phrases of one dictionary key (lower case, spaces)."""
    forms = [raw.strip().lower()]
    for macro, words in (
        ("!person!", ("man", "men", "woman", "women", "person")),
        ("!minist!", ("minister", "ministers", "ministry", "ministries")),
    ):
        forms = (
            [f.replace(macro, w) for f in forms for w in words]
            if any(macro in f for f in forms)
            else forms
        )
    out = []
    for form in forms:
        form = re.sub(r"\s+", " ", form.replace("_", " ")).strip(" ,")
        last = form.rsplit(" ", 1)[-1]
        if last in STEMS:
            out += [form[: -len(last)] + w for w in STEMS[last]]
        else:
            out.append(form)
    return out


def _forms(key: str, plural: str | None) -> list[tuple[str, str]]:
    """(phrase, number) pairs: singular forms and their plurals."""
    rows: list[tuple[str, str]] = []
    for form in _expand(key):
        if (
            not re.fullmatch(r"[a-z][a-z' .-]*[a-z]", form)
            or form.rsplit(" ", 1)[-1] in PREPOSITIONS
        ):
            continue
        if form in STOP or form in BUILDINGS or form.rsplit(" ", 1)[-1] in BUILDINGS:
            continue
        last = form.rsplit(" ", 1)[-1]
        number = "pl" if form.endswith(("men", "ies", "people", "ministers")) else "sg"
        rows.append((form, number))
        if number == "sg" and last not in UNCOUNTABLE:
            if plural is None:
                head, _, last = form.rpartition(" ")
                rows.append(((head + " " if head else "") + _plural(last), "pl"))
            elif plural.strip():
                rows += [(p, "pl") for p in _expand(plural.strip()) if p not in STOP | BUILDINGS]
    return rows


def _gender(phrase: str) -> str:
    last = phrase.rsplit(" ", 1)[-1]
    if last in ("woman", "women") or last.endswith(("ess", "woman", "women")):
        return "f"
    if last.endswith(("man", "men")) and not last.endswith(("woman", "women")):
        return "m" if last not in ("german", "germen") else ""
    return ""


def convert(source: Path) -> list[dict[str, str]]:
    """Rows for ``roles_phoenix.csv`` from the agents dictionary at ``source``."""
    rows: dict[str, dict[str, str]] = {}
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "=" in line.split("[")[0]:
            continue
        match = LINE.match(line)
        if match is None:
            continue
        key = match["phrase"]
        sector = _sector(match["code"], key.lower().replace("_", " "))
        if sector is None:
            continue
        if key.strip().lower().replace("_", " ") in COUNSEL:
            sector = "*CVL"
        for phrase, number in _forms(key, match["plural"]):
            head = phrase.rsplit(" ", 1)[-1]
            singular_head = head[:-3] + "y" if head.endswith("ies") else head.rstrip("s")
            if head in ORG_HEADS or singular_head in ORG_HEADS:
                kind = "org" if number == "sg" else "group"
            else:
                kind = "title" if number == "sg" else "group"
            rows.setdefault(
                phrase,
                {"phrase": phrase, "sector": sector, "kind": kind, "number": number,
                 "gender": _gender(phrase), "label": ""},
            )  # fmt: skip
    return sorted(rows.values(), key=lambda r: r["phrase"])


def _licence(source: Path) -> list[str]:
    text = (source.parent / "LICENSE").read_text(encoding="utf-8")
    return [f"# {line}".rstrip() for line in text.splitlines()]


def build(source: Path = DEFAULT_SOURCE, out: Path = OUT) -> int:
    rows = convert(source)
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Role nouns converted from Phoenix.agents.txt (PETRARCH-2 / Phoenix dictionaries,\n"
            "# Open Event Data Alliance) by dyads.actors.build_roles; see data/actors/README.md.\n"
        )
        handle.write("\n".join(_licence(source)) + "\n")
        writer = csv.DictWriter(handle, ["phrase", "sector", "kind", "number", "gender", "label"])
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    print(f"wrote {build(source)} role phrases to {OUT}")
