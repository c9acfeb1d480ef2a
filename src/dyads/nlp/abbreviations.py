"""Title abbreviations kept whole by the tokenizer (``data/abbreviations.yaml``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from spacy.attrs import ORTH
from spacy.language import Language

ABBREVIATIONS_PATH = Path(__file__).resolve().parents[1] / "data" / "abbreviations.yaml"


@cache
def title_abbreviations() -> tuple[str, ...]:
    """The abbreviations of ``data/abbreviations.yaml`` (each ends in a full stop)."""
    with ABBREVIATIONS_PATH.open(encoding="utf-8") as handle:
        return tuple(yaml.safe_load(handle)["titles"])


def keep_abbreviations(nlp: Language) -> Language:
    """Make each title abbreviation one token in ``nlp``'s tokenizer ("Capt." not "Capt"
    "."), so the parser reads "Army Capt. Christian Pardo" as one name; returns ``nlp``.
    Only words the tokenizer would split are added, so the special cases of the model stay."""
    tokenizer = nlp.tokenizer
    for word in title_abbreviations():
        if [t.text for t in tokenizer(word)] != [word]:
            tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp
