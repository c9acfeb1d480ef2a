"""The given-name data file holds what Faker's person providers give
(dyads.actors.build_given_names)."""

from __future__ import annotations

import csv

import pytest

from dyads.actors.given_names import FAKER_DATA, common_surname, given_gender, is_given_name


def test_faker_names_file_matches_the_installed_faker() -> None:
    pytest.importorskip("faker")
    from dyads.actors.build_given_names import rows

    with FAKER_DATA.open(encoding="utf-8") as handle:
        stored = [tuple(row) for row in csv.reader(line for line in handle if line[0] != "#")]
    assert stored[0] == ("kind", "name", "gender")
    assert stored[1:] == rows(), "stale: run python -m dyads.actors.build_given_names"


def test_given_names_and_surnames_read_from_the_files() -> None:
    assert is_given_name("Carly") and given_gender("Carly") == "f"
    assert given_gender("Hillary") == "f"  # the project's own file
    assert given_gender("Jean") is None
    assert common_surname("Martinez") and not common_surname("Lavrov")
