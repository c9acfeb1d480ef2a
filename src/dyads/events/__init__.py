"""Events stage: who did what to whom, coded in CAMEO with PLOVER equivalents."""

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
    "goldstein",
    "penta_class",
    "plover",
    "plover_categories",
    "plover_category",
    "quad_class",
]
