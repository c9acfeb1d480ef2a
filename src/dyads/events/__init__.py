"""Events stage: who did what to whom, coded in CAMEO with PLOVER equivalents.

``find_events`` (in :mod:`.coder`) is the stage's entry point; :mod:`.ontology` holds the
CAMEO/PLOVER tables, :mod:`.lexicon` the verbs and nouns, :mod:`.modality` negation and mood.
"""

from dyads.events.coder import find_events
from dyads.events.ontology import (
    CameoCode,
    PloverCategory,
    all_codes,
    cameo,
    goldstein,
    penta_class,
    plover,
    plover_categories,
    plover_category,
    quad_class,
)

__all__ = [
    "CameoCode",
    "PloverCategory",
    "all_codes",
    "cameo",
    "find_events",
    "goldstein",
    "penta_class",
    "plover",
    "plover_categories",
    "plover_category",
    "quad_class",
]
