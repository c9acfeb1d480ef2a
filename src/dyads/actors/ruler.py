"""The gazetteer entity ruler: runs before the statistical NER so known names come out right.

The small English model tags "YEREVAN" and "Azerbaijani" as PERSON and "Armenia" as ORG; a
ruler placed before ``ner`` presets countries, capitals, cities, demonyms, IGOs, media and
metonyms (each with its gazetteer key as ``ent_id``), and the NER predicts around them.

:class:`GazetteerRuler` does what spaCy's ``entity_ruler`` did with the same phrase patterns
and ``overwrite_ents`` (same match keys, same order, same entities: checked by
``tests/test_phrase_words_data.py``), but takes each phrase as its words
(:mod:`dyads.actors.phrase_words`) instead of a ``Doc`` made by tokenizing it, which was most
of a second of every process's start.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from dyads.actors.gazetteer import load_gazetteer
from dyads.actors.phrase_words import phrase_words
from dyads.nlp.patterns import text_only_vocab

RULER_NAME = "dyads_actor_ruler"
ID_SEP = "||"  # spaCy's entity_ruler joins a label and an id so (DEFAULT_ENT_ID_SEP)


class GazetteerRuler:
    """Sets the spans its phrases match as entities: longest first, then leftmost; a match
    overlapping one already taken is dropped; entities already on the doc that a match
    overlaps are replaced."""

    def __init__(self) -> None:
        # match ids are string hashes, the same in every vocabulary: the keys' lexemes go to
        # a vocabulary of the ruler's own, not the model's
        self.matcher = PhraseMatcher(text_only_vocab(), attr="ORTH")
        self.entities: dict[int, tuple[str, str]] = {}  # match id -> (label, entity id)

    def add(self, label: str, words: Iterable[str], ent_id: str) -> None:
        """Match the phrase made of ``words`` (token texts) as an entity ``label`` whose
        ``ent_id`` is ``ent_id``."""
        keyword = tuple(get_string_id(word) for word in words)
        if not keyword:
            return
        key = f"{label}{ID_SEP}{ent_id}"
        self.entities[get_string_id(key)] = (label, ent_id)
        self.matcher.add(key, [keyword])

    def __len__(self) -> int:
        return len(self.matcher)

    def __call__(self, doc: Doc) -> Doc:
        found = {(key, start, end) for key, start, end in self.matcher(doc) if start != end}
        matches = sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for key, start, end in matches:
            if start in seen or end - 1 in seen:
                continue
            label, ent_id = self.entities[key]
            new.append(Span(doc, start, end, label=label, span_id=ent_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


@Language.factory(RULER_NAME)
def make_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """An empty :class:`GazetteerRuler` (``add_actor_ruler`` fills it)."""
    return GazetteerRuler()


def add_actor_ruler(nlp: Language) -> None:
    """Add the gazetteer entity ruler before ``ner`` (idempotent)."""
    if RULER_NAME in nlp.pipe_names:
        return
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(RULER_NAME, name=RULER_NAME, **where)
    words = phrase_words(nlp)  # split as the model's tokenizer splits them
    for pattern in load_gazetteer().ruler_patterns():
        ruler.add(pattern["label"], words(pattern["pattern"]), pattern["id"])
