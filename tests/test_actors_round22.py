"""Actor kinds of blind-audit round 22 (seed 20): paramilitaries coded as the state's military or
as rebels ("the AUC", "the United Self-Defense Forces" -> COLMIL / COLREB). CAMEO's UAF
(unaligned armed forces) is the sector of paramilitaries and militias. Each kind: the audited
input and two paraphrases."""

from __future__ import annotations

import pytest


def _code(mentions, words: str) -> str | None:
    return next((m.code for m in mentions if m.text == words), None)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "The AUC, the United Self-Defense Forces of Colombia, demobilized in 2006.",
            "AUC",
            "COLUAF",
        ),
        (
            "Former commanders of the United Self-Defense Forces testified in Bogota.",
            "United Self-Defense Forces",
            "COLUAF",
        ),
        (
            "Paramilitary groups attacked the village in Colombia on Sunday.",
            "Paramilitary groups",
            "COLUAF",
        ),
    ],
)
def test_paramilitaries_are_unaligned_armed_forces(mentions_of, text, words, code) -> None:
    assert _code(mentions_of(text), words) == code
