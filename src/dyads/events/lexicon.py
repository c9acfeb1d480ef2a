"""The event lexicon: trigger words -> CAMEO codes and argument frames, read from YAML.

Owns loading ``data/event_lexicon.yaml`` (its header documents the format) over
``data/event_verbs_cameo.yaml`` (news vocabulary written by the project, and senses converted
from the PETRARCH CAMEO verb dictionary by :mod:`dyads.events.build_verbs`), merging a user
lexicon over both, and validating every code against the CAMEO ontology. For verbs, nouns and
adjectives a lemma takes all its senses from the highest layer that has it: user file, then
``event_lexicon.yaml``, then the news section, then the dictionary section; each ``Sense``
records its ``origin``. Loaded once per process and per user path.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dyads.events.ontology import cameo

__all__ = [
    "COVERAGE_PATH",
    "DEFAULT_PATH",
    "ORIGINS",
    "Lexicon",
    "Modality",
    "Sense",
    "load_lexicon",
]

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "event_lexicon.yaml"
COVERAGE_PATH = DEFAULT_PATH.with_name("event_verbs_cameo.yaml")
ENV_VAR = "DYADS_EVENT_LEXICON"
ORIGINS = ("dyads", "cameo-dict", "user")
# Sections of COVERAGE_PATH, lowest layer first, and the origin their senses carry.
_COVERAGE_SECTIONS = (("cameo_dict", "cameo-dict"), ("news", "dyads"))
_TABLES = ("verbs", "nouns", "adjectives")


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense of a trigger word: its code and what the parse must show for it to apply.

    ``origin``: who wrote it: ``"dyads"`` (the project's own lexicon files), ``"cameo-dict"``
    (converted from the PETRARCH CAMEO verb dictionary) or ``"user"`` (a user lexicon).
    """

    code: str | None = None
    particle: str | None = None
    objects: Mapping[str, str] = field(default_factory=dict)
    preps: tuple[str, ...] = ()
    light: bool = False
    no_object: bool = False
    theme: bool = False
    transitive: bool = False
    complement: bool = False
    request: bool = False
    joint: bool = False
    voiced: bool = False
    modifiers: frozenset[str] = frozenset()
    infinitive: frozenset[str] | None = None
    origin: str = "dyads"


@dataclass(frozen=True, slots=True)
class Modality:
    """Words that make an event negated, intended, threatened or merely hypothetical."""

    negators: frozenset[str]
    negating_verbs: frozenset[str]
    lessening_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    aim_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    hypothetical_nouns: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    unrealised_modifiers: frozenset[str] = frozenset()
    figurative_modifiers: frozenset[str] = frozenset()
    scheduled_nouns: frozenset[str] = frozenset()
    preventing_verbs: frozenset[str] = frozenset()
    virtual_objects: frozenset[str] = frozenset()
    shaping_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: Mapping[str, tuple[Sense, ...]]
    nouns: Mapping[str, tuple[Sense, ...]]
    adjectives: Mapping[str, tuple[Sense, ...]]
    default_preps: tuple[str, ...]
    speech: frozenset[str]
    evaluation_negative: frozenset[str]
    evaluation_positive: frozenset[str]
    evaluation_codes: Mapping[str, str]
    intent: Mapping[str, str]
    threat: Mapping[str, str]
    modality: Modality
    event_heads: frozenset[str] = frozenset()
    other_groups: frozenset[str] = frozenset()
    measures: frozenset[str] = frozenset()
    stance_sense: Sense = Sense()


class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A YAML loader that refuses duplicate keys (a silent overwrite loses a lexicon entry)."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"duplicate key {key!r} in event lexicon (line {key_node.start_mark})")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
# YAML 1.1 reads the words on, off, yes and no as booleans; in a lexicon they are words
# (the preposition "on", the determiner "no"), so only true/false stay booleans.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _read(path: Path) -> dict[str, Any]:
    # The parse allocates tens of thousands of small acyclic objects; the cyclic collector,
    # run on every few hundred of them, doubled the median load time (0.11 -> 0.24 s CPU).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_StrictLoader)
    finally:
        if collecting:
            gc.enable()
    if not isinstance(data, dict):
        raise ValueError(f"event lexicon {path} must be a YAML mapping")
    return data


def _check(code: str | None, where: str) -> str | None:
    if code is None:
        return None
    code = str(code)
    try:
        cameo(code)
    except KeyError as err:
        raise ValueError(f"event lexicon entry {where}: {err.args[0]}") from None
    return code


def _senses(word: str, value: Any, origin: str = "dyads") -> tuple[Sense, ...]:
    items = value if isinstance(value, list) else [value]
    senses: list[Sense] = []
    for item in items:
        if not isinstance(item, dict):
            item = {"code": item}
        objects = {
            str(k): _check(v, f"{word}.objects.{k}") for k, v in (item.get("objects") or {}).items()
        }
        senses.append(
            Sense(
                code=_check(item.get("code"), word),
                particle=item.get("particle"),
                objects=objects,  # type: ignore[arg-type]
                preps=tuple(item.get("preps") or ()),
                light=bool(item.get("light", False)),
                no_object=bool(item.get("no_object", False)),
                theme=bool(item.get("theme", False)),
                transitive=bool(item.get("transitive", False)),
                complement=bool(item.get("complement", False)),
                request=bool(item.get("request", False)),
                joint=bool(item.get("joint", False)),
                voiced=bool(item.get("voiced", False)),
                modifiers=frozenset(item.get("modifiers") or ()),
                infinitive=_infinitive(item.get("infinitive")),
                origin=origin,
            )
        )
    return tuple(senses)


def _infinitive(value: Any) -> frozenset[str] | None:
    """``infinitive: [visit, meet]`` (those verbs only) or ``"*"`` (any verb), or absent."""
    if value is None:
        return None
    return frozenset(value if isinstance(value, list) else [value])


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = (
                _merge(old, value) if key in ("evaluation", "modality") else {**old, **value}
            )
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [v for v in value if v not in old]
        else:
            merged[key] = value
    return merged


def _words(values: Any) -> frozenset[str]:
    """The lower-cased words, each contraction also with the typographic apostrophe ("'ll" and
    "’ll": news sites print both; own reading, seed 102: "she’ll accept" was no intent)."""
    words = {str(v).lower() for v in values or ()}
    return frozenset(words | {w.replace("'", "’") for w in words if "'" in w})


def _tables(layers: list[tuple[dict[str, Any], str]]) -> dict[str, dict[str, tuple[Sense, ...]]]:
    """verbs / nouns / adjectives from ``layers`` (lowest first): a lemma's senses come whole
    from the highest layer that has the lemma."""
    tables: dict[str, dict[str, tuple[Sense, ...]]] = {name: {} for name in _TABLES}
    for data, origin in layers:
        for name in _TABLES:
            for key, value in (data.get(name) or {}).items():
                tables[name][str(key)] = _senses(str(key), value, origin)
    return tables


@cache
def _load(user_path: str | None) -> Lexicon:
    data = _read(DEFAULT_PATH)
    coverage = _read(COVERAGE_PATH)
    layers = [(coverage.get(section) or {}, origin) for section, origin in _COVERAGE_SECTIONS]
    layers.append((data, "dyads"))
    if user_path:
        user = _read(Path(user_path))
        layers.append((user, "user"))
        data = _merge(data, user)
    tables = _tables(layers)
    news = coverage.get("news") or {}
    # code-level intent / threat codes from the news section; the hand file's keys win
    intent = {**(news.get("intent") or {}), **data["intent"]}
    threat = {**(news.get("threat") or {}), **data["threat"]}
    mod = data.get("modality") or {}
    evaluation = data.get("evaluation") or {}
    verbs = tables["verbs"]
    for wrong, right in (data.get("lemma_fixes") or {}).items():
        if str(right) in verbs:
            verbs.setdefault(str(wrong), verbs[str(right)])
    return Lexicon(
        verbs=verbs,
        nouns=tables["nouns"],
        adjectives=tables["adjectives"],
        default_preps=tuple(data.get("default_preps") or ()),
        speech=_words(data.get("speech")),
        evaluation_negative=_words(evaluation.get("negative")),
        evaluation_positive=_words(evaluation.get("positive")),
        evaluation_codes={
            k: _check(v, f"evaluation_codes.{k}")  # type: ignore[misc]
            for k, v in data["evaluation_codes"].items()
        },
        intent={str(k): _check(v, f"intent.{k}") for k, v in intent.items()},  # type: ignore[misc]
        threat={str(k): _check(v, f"threat.{k}") for k, v in threat.items()},  # type: ignore[misc]
        modality=Modality(**{name: _words(mod.get(name)) for name in Modality.__slots__}),
        event_heads=_words(data.get("event_heads")),
        other_groups=_words(data.get("other_groups")),
        measures=_words(data.get("measures")),
    )


def load_lexicon(user_path: str | Path | None = None) -> Lexicon:
    """The default lexicon, with ``user_path`` (or ``$DYADS_EVENT_LEXICON``) merged over it.

    Raises ``ValueError`` for an unknown CAMEO code or a duplicate key in any of the files."""
    path = user_path or os.environ.get(ENV_VAR) or None
    return _load(str(path) if path else None)


def codes_of(lemma: str, *, noun: bool = False) -> frozenset[str]:
    """The CAMEO codes any sense of the verb (or, with ``noun``, the noun) ``lemma`` can give in
    the default lexicon, object classes included ("capture": 173 and 192; "arrest": 173);
    empty for a word it lacks."""
    lexicon = load_lexicon()
    codes: set[str] = set()
    for sense in (lexicon.nouns if noun else lexicon.verbs).get(lemma.lower(), ()):
        codes.update(c for c in (sense.code, *sense.objects.values()) if c)
    return frozenset(codes)
