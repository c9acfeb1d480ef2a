"""Maintainer tool: write ``data/actors/phrase_words.json``, the words spaCy's English
tokenizer splits the gazetteer's and lexicons' phrases into (:mod:`dyads.actors.phrase_words`).

Source: the phrases of the project's own actor tables (``data/actors/``: countries, cities,
divisions, IGOs, media, metonyms, regions, roles, descriptions) and the ISO 3166 names of the
installed ``pycountry``, split by the installed spaCy's English rules (MIT licence). Run
``python -m dyads.actors.build_phrase_words`` after editing those tables or upgrading spaCy or
pycountry; ``tests/test_phrase_words_data.py`` fails while the file is stale, and until it is
rewritten every process tokenizes the phrases itself (correct, about a second slower).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import spacy

from dyads.actors.gazetteer import load_gazetteer
from dyads.actors.phrase_words import DATA, pattern_phrases, phrases_digest, tokenizer_digest
from dyads.nlp.patterns import pattern_english

ABOUT = (
    "Written by `python -m dyads.actors.build_phrase_words`: how spaCy's English tokenizer "
    "splits the phrases of the actor tables. 'splits' lists only the phrases not split at "
    "their spaces alone; valid for this spaCy version, tokenizer digest and phrases digest."
)


def content() -> dict[str, Any]:
    """The file's content: spaCy version, digests, phrase count and the splits (phrase ->
    words) of the phrases whose words are not their space-separated parts."""
    english = pattern_english()
    phrases = pattern_phrases(load_gazetteer())
    splits: dict[str, list[str]] = {}
    for phrase in phrases:
        words = [t.text for t in english.make_doc(phrase)]
        if words != phrase.split(" "):
            splits[phrase] = words
    return {
        "about": ABOUT,
        "spacy": spacy.__version__,
        "tokenizer": tokenizer_digest(english.tokenizer),  # type: ignore[arg-type]
        "phrases": phrases_digest(phrases),
        "count": len(phrases),
        "splits": splits,
    }


def write(path: Path = DATA) -> int:
    """Write the file (one split a line); returns the number of splits."""
    data = content()
    splits = data.pop("splits")
    head = json.dumps(data, ensure_ascii=False, indent=1)[:-2]
    lines = [f" {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
             for k, v in splits.items()]  # fmt: skip
    path.write_text(head + ',\n "splits": {\n' + ",\n".join(lines) + "\n }\n}\n", encoding="utf-8")
    return len(splits)


if __name__ == "__main__":
    print(f"{write(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)} splits")
