"""The writer replays a worker's actor-memory answers and redoes an article only when an answer
the stages acted on changed; the result is what one process gives (``dyads.batch.agrees``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import dyads.batch
import dyads.scale.pool
from dyads.actors.memory import ActorMemory
from dyads.actors.officeholders import known_holder
from dyads.batch import agrees, seen_view
from dyads.config import load_settings
from dyads.ingest import run
from dyads.pipeline import Pipeline
from dyads.records import Mention, to_dict
from dyads.scale.work import RecordingMemory


def _learned(name: str, role: str, code: str, on: str) -> ActorMemory:
    memory = ActorMemory()
    mention = Mention(
        text=f"{role} {name}", span=(0, 1), kind="person", actor=name, role=role, code=code,
        country=code[:3], sector=code[3:],
    )  # fmt: skip
    memory.learn([mention], on)
    assert memory.rows(), "the memory learned the person"
    return memory


def _asked(memory: ActorMemory, name: str, on: str) -> dict[tuple[Any, ...], Any]:
    """What a worker with ``memory`` records when the linker asks about ``name``."""
    recording = RecordingMemory.of(memory)
    recording.known(name, on, known_holder(name, on))
    return recording.take()


@pytest.mark.parametrize(
    ("name", "full", "role", "code"),
    [
        ("Blinken", "Antony Blinken", "Secretary of State", "USAGOV"),
        ("Antony Blinken", "Antony Blinken", "top diplomat", "USAGOV"),
        ("Lavrov", "Sergei Lavrov", "Foreign Minister", "RUSGOV"),
    ],
)
def test_a_learned_role_the_table_answers_for_is_no_disagreement(
    name: str, full: str, role: str, code: str
) -> None:
    # the worker had not learned the person yet; the writer has, with a role of its own: the
    # office-holder table answers either way, so the stages acted on the same answer
    on = "2024-01-11"
    asked = _asked(ActorMemory(), name, on)
    assert agrees(ActorMemory(), asked)
    assert agrees(_learned(full, role, code, on), asked)


@pytest.mark.parametrize(
    ("name", "full", "role", "code"),
    [
        ("Varnavin", "Oleg Varnavin", "Deputy Foreign Minister", "RUSGOV"),
        ("Oleg Varnavin", "Oleg Varnavin", "Deputy Foreign Minister", "RUSGOV"),
        ("Quellmalz", "Ines Quellmalz", "Economy Minister", "DEUGOV"),
    ],
)
def test_a_learned_person_the_table_lacks_disagrees(
    name: str, full: str, role: str, code: str
) -> None:
    on = "2024-01-11"
    assert known_holder(name, on) is None
    asked = _asked(ActorMemory(), name, on)
    assert not agrees(_learned(full, role, code, on), asked)
    # and learned alike on both sides, the answers agree
    both = _learned(full, role, code, on)
    assert agrees(both, _asked(both, name, on))


def test_the_users_entry_wins_over_the_table_in_the_replay_too(tmp_path: Path) -> None:
    on = "2024-01-11"
    asked = _asked(ActorMemory(), "Blinken", on)
    actors = tmp_path / "actors.yaml"
    actors.write_text("- name: Antony Blinken\n  code: USAELI\n", encoding="utf-8")
    user = ActorMemory()
    user.add_user_actors(actors)
    assert not agrees(user, asked)
    found = user.known("Blinken", on, known_holder("Blinken", on))
    assert found is not None and found.source == "user"
    assert seen_view(found) == _asked(user, "Blinken", on)[("known", "Blinken", on)][1]


STORIES = {
    "a-2024-01-10.txt": "Talks in Geneva\n\nGENEVA (Dyads Wire) — Russian Foreign Minister Sergei "
    "Lavrov met U.S. Secretary of State Antony Blinken and Russian Deputy Foreign Minister Oleg "
    "Varnavin on Wednesday. “We will keep talking,” Lavrov told reporters.\n",
    # memory alone knows Varnavin: the worker, which had not seen a-, must be redone
    "b-2024-01-11.txt": "Talks Stall\n\nMOSCOW (Dyads Wire) — Varnavin said on Thursday that the "
    "talks had stalled and blamed Washington for the delay.\n",
    # the table knows Blinken: the role learned from a- changes nothing the stages act on
    "c-2024-01-11.txt": "Envoys Talk\n\nWASHINGTON (Dyads Wire) — Blinken said on Thursday that "
    "Washington would keep talking to Moscow.\n",
    "d-2024-01-11.txt": "No Deal\n\nMOSCOW (Dyads Wire) — Varnavin warned on Thursday that the "
    "talks could collapse.\n",
    "e-2024-01-12.txt": "Ready\n\nMOSCOW (Dyads Wire) — Lavrov told reporters on Friday that "
    "Moscow was ready for more talks with Blinken.\n",
}


def _outputs(files: list[str], workers: int) -> list[str]:
    pipeline = Pipeline(load_settings())
    outcomes = run(files, pipeline=pipeline, workers=workers, date_from_name=True)
    return [json.dumps(to_dict(o.article), sort_keys=True) for o in outcomes]


def test_two_workers_give_what_one_gives_and_redo_only_what_memory_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = []
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    # one article per task: the first tasks are all analysed against the empty memory
    monkeypatch.setattr(dyads.scale.pool, "CHUNK", 1)
    redone: list[str] = []
    real = dyads.batch._redo

    def counting(pipeline: Pipeline, article: Any, doc: Any) -> Any:
        redone.append(Path(article.source).name)
        return real(pipeline, article, doc)

    monkeypatch.setattr(dyads.batch, "_redo", counting)
    one = _outputs(files, workers=1)
    assert redone == []
    two = _outputs(files, workers=2)
    assert two == one
    assert "b-2024-01-11.txt" in redone and "d-2024-01-11.txt" in redone
    assert "c-2024-01-11.txt" not in redone and "e-2024-01-12.txt" not in redone
    varnavin = [m for a in one for m in json.loads(a)["mentions"] if m["actor"] == "Oleg Varnavin"]
    assert len(varnavin) >= 3 and {m["code"] for m in varnavin} == {"RUSGOV"}
