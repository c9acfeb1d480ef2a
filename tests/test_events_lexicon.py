"""The event lexicon: valid codes, user lexicons merged over the default, strict YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.events.lexicon import load_lexicon
from dyads.events.ontology import cameo


def test_default_lexicon_codes_exist_and_words_stay_words() -> None:
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns, lex.adjectives):
        for senses in table.values():
            for sense in senses:
                for code in [sense.code, *sense.objects.values()]:
                    if code is not None:
                        assert cameo(code).code == code
    assert lex.verbs["criticize"][0].code == "111"
    assert "on" in lex.default_preps  # not read as the YAML boolean True
    assert "no" in lex.modality.negators


def test_user_lexicon_overrides_and_extends(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        'verbs:\n  criticize: "112"\n  rebuff: "125"\nspeech: [opine]\n', encoding="utf-8"
    )
    lex = load_lexicon(user)
    assert lex.verbs["criticize"][0].code == "112"
    assert lex.verbs["rebuff"][0].code == "125"
    assert lex.verbs["praise"][0].code == "051"  # default entries stay
    assert {"opine", "say"} <= lex.speech


def test_user_lexicon_errors_are_explained(tmp_path: Path) -> None:
    bad_code = tmp_path / "bad.yaml"
    bad_code.write_text('verbs:\n  scold: "999"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="scold"):
        load_lexicon(bad_code)
    duplicate = tmp_path / "dup.yaml"
    duplicate.write_text('verbs:\n  scold: "111"\n  scold: "112"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate"):
        load_lexicon(duplicate)
