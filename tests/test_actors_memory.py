"""Actor memory: people learned with a role code later surname-only mentions; users win."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.actors import add_actor_ruler, find_mentions
from dyads.actors.memory import ActorMemory
from dyads.records import Mention

LATER = "Lavrov said on Tuesday that the talks had failed."


@pytest.fixture(scope="module")
def learned(nlp, seed_text, seed_gold) -> ActorMemory:
    add_actor_ruler(nlp)
    memory = ActorMemory()
    memory.learn(find_mentions(nlp(seed_text), published=seed_gold["published"]), "2023-12-28")
    return memory


def lavrov(nlp, memory: ActorMemory | None, published: str = "2024-01-10") -> Mention:
    mentions = find_mentions(nlp(LATER), published=published, memory=memory)
    return next(m for m in mentions if m.text == "Lavrov")


def test_surname_alone_is_coded_from_memory(nlp, learned) -> None:
    # Colomina is in no office-holder table: only what the seed taught codes his surname.
    text = "Colomina said on Tuesday that the talks had failed."

    def colomina(memory: ActorMemory | None) -> Mention:
        found = find_mentions(nlp(text), published="2024-01-10", memory=memory)
        return next(m for m in found if m.text == "Colomina")

    assert colomina(None).code is None  # nothing in the sentence says who he is
    m = colomina(learned)
    assert (m.actor, m.code) == ("Javier Colomina", "IGOWSTNAT")
    assert m.role is not None and m.role.startswith("NATO secretary general")
    known = learned.lookup("Colomina", "2024-01-10")
    assert known is not None and known.first_seen == known.last_seen == "2023-12-28"


def test_office_holder_table_codes_a_surname_without_memory(nlp) -> None:
    text = "Lavrov said in Moscow on Tuesday that the talks had failed."
    (m,) = [m for m in find_mentions(nlp(text), published="2024-01-10") if m.text == "Lavrov"]
    assert (m.actor, m.code) == ("Sergei Lavrov", "RUSGOV")


def test_a_surname_used_as_an_alias_is_uncoded(nlp) -> None:
    text = 'A smuggler known as "Lavrov" was held. Lavrov said on Tuesday that he was innocent.'
    found = [m for m in find_mentions(nlp(text), published="2024-01-10") if m.text == "Lavrov"]
    assert found and all(m.code != "RUSGOV" for m in found)


def test_user_entry_overrides_learned(nlp, learned, tmp_path: Path) -> None:
    memory = ActorMemory.from_rows(learned.rows())
    path = tmp_path / "actors.yaml"
    path.write_text(
        "actors:\n  - name: Sergei Lavrov\n    code: RUSMIL\n    role: Test role\n",
        encoding="utf-8",
    )
    assert memory.add_user_actors(path) == 1
    m = lavrov(nlp, memory)
    assert (m.code, m.role) == ("RUSMIL", "Test role")


def test_user_csv_with_dates_and_aliases(nlp, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "name,code,role,start,end,aliases\n"
        "Sergei Lavrov,RUSGOV,Foreign Minister,2004-03-09,,Lavrov\n",
        encoding="utf-8",
    )
    memory = ActorMemory()
    assert memory.add_user_actors(path) == 1
    assert lavrov(nlp, memory).code == "RUSGOV"
    assert memory.lookup("Sergei Lavrov", "2000-01-01") is None  # before the role began


def test_learned_roles_by_date() -> None:
    memory = ActorMemory()
    person = dict(text="X", span=(0, 1), actor="Ann Example", kind="person")
    memory.learn(
        [Mention(**person, code="FRAGOV", country="FRA", sector="GOV", role="Minister")],
        "2020-01-01",
    )
    memory.learn(
        [Mention(**person, code="FRAOPP", country="FRA", sector="OPP", role="Critic")], "2022-06-01"
    )
    assert memory.lookup("Example", "2020-05-01").code == "FRAGOV"
    assert memory.lookup("Ann Example", "2023-01-01").code == "FRAOPP"
    rebuilt = ActorMemory.from_rows(memory.rows())
    assert rebuilt.rows() == memory.rows()
    assert all(isinstance(row["aliases"], str) for row in rebuilt.rows())


def test_unnamed_and_roleless_mentions_are_not_learned() -> None:
    memory = ActorMemory()
    memory.learn(
        [
            Mention("a NATO official", (0, 15), "NATO", "IGOWSTNAT", None, None, "official"),
            Mention("John Smith", (20, 30), "John Smith", None, kind="person"),
        ],
        "2024-01-01",
    )
    assert len(memory) == 0


@pytest.mark.parametrize("surname", ["Martinez", "Garcia", "Lopez"])
def test_a_common_surname_alone_is_not_a_person_of_another_article(nlp, surname) -> None:
    # blind audit, round 5: "Martinez" of an asset-seizure story became the cartel boss
    # Servando Gomez Martinez learned from another article of the batch
    add_actor_ruler(nlp)
    memory = ActorMemory()
    person = dict(text="X", span=(0, 1), actor=f"Servando Gomez {surname}", kind="person")
    memory.learn(
        [Mention(**person, code="MEXCRM", country="MEX", sector="CRM", role="cartel leader")],
        "2014-01-01",
    )
    assert memory.lookup(f"Servando Gomez {surname}", "2014-02-01") is not None
    assert memory.lookup(surname, "2014-02-01") is None
    found = find_mentions(nlp(f"{surname} said the law was weak."), memory=memory)
    assert all(m.code is None for m in found if m.text == surname)
