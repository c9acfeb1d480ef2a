"""The CAMEO/PLOVER tables: structure, conventions, spot values, and agreement with the
public reference tables in ../shared/eval/reference (skipped when absent)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from dyads.events import ontology
from dyads.events.ontology import (
    all_codes,
    cameo,
    goldstein,
    penta_class,
    plover,
    plover_categories,
    plover_category,
    quad_class,
)

CODES = all_codes()
# departures from CAMEO2PLOVER-2021's mode/context columns, explained in docs/ONTOLOGY.md
MODE_FIXES = {"105", "106", "107", "175"}


def _root_quad(root: str) -> int:
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> dict[str, dict[str, str]]:
    path = shared_dir / "eval" / "reference" / "cameo_codes_merged.csv"
    if not path.is_file():
        pytest.skip("reference CAMEO table not available")
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["cameo_code"]: row for row in csv.DictReader(handle)}


def test_every_code_is_a_digit_string_under_an_existing_root_and_parent() -> None:
    assert len(CODES) == 311
    roots = {code for code, entry in CODES.items() if entry.level == "root"}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for code, entry in CODES.items():
        assert re.fullmatch(r"\d{2,4}", code) and entry.code == code
        assert entry.root == code[:2] and entry.root in CODES
        assert entry.level == {2: "root", 3: "base", 4: "leaf"}[len(code)]
        assert entry.parent == (None if len(code) == 2 else code[: len(code) - 1])
        assert entry.parent is None or entry.parent in CODES
        assert entry.name


def test_quad_classes_follow_the_root_ranges() -> None:
    for code, entry in CODES.items():
        assert entry.quad_class == _root_quad(entry.root), code


def test_penta_class_differs_from_quad_only_for_statements_and_reduce_relations() -> None:
    differ = {code[:2] for code, e in CODES.items() if e.penta_class != e.quad_class}
    assert differ == {"01", "02", "16"}
    assert {CODES[c].penta_class for c in CODES if c[:2] in ("01", "02")} == {0}
    assert {CODES[c].penta_class for c in CODES if c[:2] == "16"} == {3}


def test_goldstein_in_range_and_children_of_a_refusal_share_its_score() -> None:
    assert all(-10.0 <= e.goldstein <= 10.0 for e in CODES.values())
    assert {CODES[c].goldstein for c in CODES if c.startswith("124")} == {-4.0}
    assert {CODES[c].goldstein for c in CODES if c.startswith("166")} == {-7.0}


@pytest.mark.parametrize(
    ("code", "name", "score", "quad", "category"),
    [
        ("190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT"),
        ("051", "Praise or endorse", 3.4, 1, "SUPPORT"),
        ("111", "Criticize or denounce", -2.0, 3, "ACCUSE"),
        ("0211", "Appeal for economic cooperation", 3.4, 1, None),
        ("042", "Make a visit", 1.9, 1, "CONSULT"),
        ("0871", "Declare truce, ceasefire", 9.0, 2, "RETREAT"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE"),
        ("173", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE"),
        ("2041", "Use chemical, biological, or radiological weapons", -10.0, 4, "ASSAULT"),
    ],
)
def test_known_values(code: str, name: str, score: float, quad: int, category: str | None) -> None:
    entry = cameo(code)
    assert (entry.name, entry.goldstein, entry.quad_class, entry.plover) == (
        name,
        score,
        quad,
        category,
    )
    assert (goldstein(code), quad_class(code), plover(code)) == (score, quad, category)


def test_plover_mapping() -> None:
    categories = plover_categories()
    assert len(categories) == 16
    for code, entry in CODES.items():
        if entry.root in ("01", "02"):
            assert entry.plover is None and entry.plover_legacy is None, code
        else:
            assert entry.plover in categories, code
    assert all(cameo(f"{n:02d}").plover for n in range(3, 21))
    assert {e.plover for e in CODES.values() if e.plover} == set(categories)
    assert cameo("08").plover == "CONCEDE" and cameo("084").plover == "RETREAT"
    assert cameo("0813").plover == "RETREAT"  # CAMEO2PLOVER moves curfew easing to RETREAT
    assert cameo("0342").plover_context == ("executive",)
    assert cameo("094").plover_context == ("military", "legal")
    assert cameo("041").plover_mode == "phone" and cameo("040").plover_mode is None


def test_plover_quads_disagree_with_cameo_only_on_verbal_concessions() -> None:
    differ = {
        code
        for code, e in CODES.items()
        if e.plover and plover_category(e.plover).quad_class != e.quad_class
    }
    assert len(differ) == 11 and all(CODES[code].plover == "CONCEDE" for code in differ)
    assert plover_category("concede").quad_class == 1 and cameo("081").quad_class == 2


def test_legacy_plover_names_follow_the_roots() -> None:
    assert cameo("090").plover == "ACCUSE" and cameo("090").plover_legacy == "INVESTIGATE"
    assert cameo("112").plover_legacy == "DISAPPROVE"
    assert cameo("100").plover == "REQUEST" and cameo("100").plover_legacy == "DEMAND"
    assert cameo("195").plover_legacy == "FIGHT" and cameo("202").plover_legacy == "FIGHT"
    assert cameo("0813").plover_legacy == "CONCEDE" and cameo("0841").plover_legacy == "RETREAT"
    for name, category in plover_categories().items():
        assert name in category.legacy or name in ("REQUEST", "ACCUSE")


def test_unknown_codes_raise_a_clear_key_error() -> None:
    for bad in ("999", "10a", "1", "", "1213"):
        with pytest.raises(KeyError, match=r"unknown CAMEO event code .*leading zeros"):
            cameo(bad)
    with pytest.raises(KeyError, match="unknown PLOVER category"):
        plover_category("FIGHT")
    assert cameo(" 111 ").code == "111"
    assert cameo("11").name == "DISAPPROVE"


def test_tables_are_loaded_once_and_read_only() -> None:
    assert all_codes() is all_codes()
    with pytest.raises(TypeError):
        all_codes()["999"] = cameo("111")  # type: ignore[index]
    assert ontology.plover_categories() is plover_categories()
    assert penta_class("010") == 0


def test_matches_reference_except_documented_goldstein_choice(
    reference: dict[str, dict[str, str]],
) -> None:
    assert set(reference) == set(CODES)
    disagreements = [c for c, row in reference.items() if row["goldstein_disagree"]]
    assert len(disagreements) == 7
    for code, row in reference.items():
        entry = CODES[code]
        assert entry.goldstein == float(row["goldstein_gdelt"]), code
        assert entry.penta_class == int(row["penta_class_phoenix"]), code
        gdelt_quad = int(row["quad_class_gdelt"])
        if entry.root in ("09", "14"):  # GDELT's convention: investigate 2, protest 3
            assert gdelt_quad == {"09": 2, "14": 3}[entry.root]
        else:
            assert entry.quad_class == gdelt_quad, code


def test_matches_cameo2plover_except_documented_modes(shared_dir: Path) -> None:
    path = shared_dir / "eval" / "reference" / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        pytest.skip("CAMEO2PLOVER table not available")
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d{3,4}):([^#]*)", line)
        if not match:
            continue
        code = match[1]
        fields = [part.strip() for part in match[2].split(",")] + ["", ""]
        if code in ("1213", "1214"):  # not CAMEO 1.1b3 codes
            assert code not in CODES
            continue
        entry = CODES[code]
        assert entry.plover == fields[0], code
        if code not in MODE_FIXES:
            assert entry.plover_mode == (fields[1] or None), code
            context = tuple(p.strip() for p in fields[2].split(";") if p.strip())
            assert entry.plover_context == context, code
