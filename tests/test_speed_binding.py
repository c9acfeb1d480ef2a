"""The pronoun-binding tests that skip most refs give what the plain scans over every ref gave
(:mod:`dyads.actors.binding`): each call during a real resolution is checked against the plain
version, kept here, on the same linker state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dyads.actors import antecedents, binding
from dyads.actors.binding import (
    _DESCRIBED,
    _DESCRIBED_LOOKBACK,
    MAX_CLIMB,
    UNNAMED,
    _doer_above,
    _named_tokens,
    _new_to_the_story,
    _with_listed,
)
from dyads.actors.tokens import dependents

_SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_TEXTS = [
    "A 29-year-old Berlin woman received probation after she had posted comments online. "
    "“Filth out!” she wrote. Chancellor Angela Merkel said she was appalled.",
    "The dealer said he had a list of the people he paid. He has made calls since, and a "
    "man in Ohio said he would call him too.",
    "Both her husband, former President Bill Clinton, and her daughter, Chelsea Clinton, also "
    "stumped for her. Hillary Clinton said she was grateful to them.",
    "A woman from Berlin met Chancellor Angela Merkel on Monday. She said the talks went well.",
    "A young man in Ohio called Senator Bernie Sanders, and he said the call was short.",
    "The dealer said he had paid the woman, and she said he lied about it.",
    "Mark-Viverito pointed to Clinton's record and praised her. She said he would still support "
    "him, and Trump called on her to resign.",
]


def _plain_after_description(linker: Any, ref: Any) -> bool:
    t, i = linker.t, ref.start
    words = _DESCRIBED.get(ref.gender or "")
    if not words or ref.quote >= 0:
        return False
    named = _named_tokens(linker)
    for c in range(i - 1, -1, -1):
        if t.sent[c] < t.sent[i] - _DESCRIBED_LOOKBACK:
            return False
        if c in named:
            return False
        if t.lower[c] in words and t.pos[c] == "NOUN" and t.dep[c] in ("nsubj", "nsubjpass"):
            return _new_to_the_story(linker, c, reach=10)
    return False


def _plain_follows_unnamed(linker: Any, ref: Any) -> bool:
    subject = linker.t.dep[ref.start] in ("nsubj", "nsubjpass")

    def carried(r: Any) -> bool:
        if not subject or r.sent != ref.sent - 1:
            return False
        named = _named_tokens(linker)
        between = any(k in named for k in range(r.end, ref.start))
        return not between and binding._indefinite(linker, r)

    return any(
        r.pron == "person" and r.role == UNNAMED and r.gender == ref.gender
        and (r.sent == ref.sent or carried(r))
        for r in linker.refs
        if r.start < ref.start
    )  # fmt: skip


def _plain_bound_subject(linker: Any, ref: Any, candidate: Any) -> bool:
    t = linker.t
    if ref.end - ref.start != 1:
        return False
    if t.dep[ref.start] in ("dobj", "dative"):
        verb = t.head[ref.start]
    elif t.dep[ref.start] == "pobj" and t.dep[t.head[ref.start]] in ("prep", "dative"):
        verb = t.head[t.head[ref.start]]
        predicate = t.pos[verb] == "ADJ" and bool(dependents(t, verb, "nsubj"))
        if t.pos[verb] != "VERB" and not predicate:
            return False
    else:
        return False
    subjects = dependents(t, verb, "nsubj")
    climbed = False
    for _ in range(MAX_CLIMB):
        above = verb if subjects else _doer_above(t, verb)
        if above == verb:
            break
        verb, subjects = above, dependents(t, above, "nsubj")
        climbed = climbed or t.dep[ref.start] in ("dobj", "dative")
    listed = _with_listed(t, subjects)
    if any(candidate.start <= i < candidate.end for i in listed):
        return True
    named = {r.actor for r in linker.refs if r.form == "name" and r.end - 1 in listed}
    if candidate.actor and candidate.actor in named:
        return True
    if t.dep[ref.start] not in ("dobj", "dative") or t.lower[ref.start].endswith("self"):
        return False
    among = set(subjects)
    own = [r for r in linker.refs if r.actor and (climbed or r.form == "pronoun")
           and not among.isdisjoint(range(r.start, r.end))]  # fmt: skip
    return any(r.actor == candidate.actor for r in own)


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Wrap the fast tests so that each call asserts the plain version's answer."""
    calls = {"after": 0, "follows": 0, "bound": 0}
    fast_after, fast_follows = binding.after_description, binding.follows_unnamed
    fast_bound = binding.bound_subject

    def after(linker: Any, ref: Any) -> bool:
        calls["after"] += 1
        found = fast_after(linker, ref)
        assert found == _plain_after_description(linker, ref)
        return found

    def follows(linker: Any, ref: Any) -> bool:
        calls["follows"] += 1
        found = fast_follows(linker, ref)
        assert found == _plain_follows_unnamed(linker, ref)
        return found

    def bound(linker: Any, ref: Any, candidate: Any) -> bool:
        calls["bound"] += 1
        found = fast_bound(linker, ref, candidate)
        assert found == _plain_bound_subject(linker, ref, candidate)
        return found

    monkeypatch.setattr(antecedents, "after_description", after)
    monkeypatch.setattr(antecedents, "follows_unnamed", follows)
    monkeypatch.setattr(binding, "bound_subject", bound)
    return calls


def test_fast_binding_answers_as_the_plain_scans(checked: dict[str, int], mentions_of: Any) -> None:
    texts = _TEXTS + [f.read_text(encoding="utf-8") for f in sorted(_SAMPLES.glob("*.txt"))]
    for text in texts:
        mentions_of(text)
    assert checked["after"] > 0 and checked["follows"] > 0 and checked["bound"] > 0
