"""The gazetteer entity ruler: runs before the statistical NER so known names come out right.

The small English model tags "YEREVAN" and "Azerbaijani" as PERSON and "Armenia" as ORG; an
``entity_ruler`` placed before ``ner`` presets countries, capitals, cities, demonyms, IGOs, media
and metonyms (each with its gazetteer key as ``ent_id``), and the NER predicts around them.
"""

from __future__ import annotations

from spacy.language import Language

from dyads.actors.gazetteer import load_gazetteer
from dyads.nlp.patterns import pattern_copy

RULER_NAME = "dyads_actor_ruler"


def add_actor_ruler(nlp: Language) -> None:
    """Add the gazetteer entity ruler before ``ner`` (idempotent)."""
    if RULER_NAME in nlp.pipe_names:
        return
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"overwrite_ents": True, "validate": False},
        **where,
    )
    # the ruler tokenizes its phrases with the pipeline it holds: lend it one that splits them
    # as the model does without filling the model's vocabulary (dyads.nlp.patterns)
    ruler.nlp = pattern_copy(nlp)  # type: ignore[attr-defined]
    try:
        ruler.add_patterns(load_gazetteer().ruler_patterns())  # type: ignore[attr-defined]
    finally:
        ruler.nlp = nlp  # type: ignore[attr-defined]
