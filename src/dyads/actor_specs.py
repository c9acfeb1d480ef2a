"""Actor specs: the actors a user's word stands for (``ARM``, ``ARMGOV``, ``NATO``, ``EU``,
``Sergei Lavrov``), resolved through the gazetteer, as the dyad views and the API filter them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

__all__ = ["Actor", "ActorSpec", "as_spec", "resolve_actor", "same_actor"]

# A code prefix: CAMEO actor codes are upper-case letters and digits (``ARMGOV``, ``IGOWSTNAT``).
_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]{0,12}")


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """Which actors a user's word stands for: a country, a code prefix, an actor name."""

    label: str
    country: str | None = None
    prefix: str | None = None
    name: str | None = None
    words: tuple[str, ...] = ()
    # the other actors a name two bear stands for ("RSF": Reporters Without Borders and Sudan's
    # Rapid Support Forces), each matched as well
    others: tuple[ActorSpec, ...] = ()

    def condition(self, code: str, actor: str, country: str | None = None) -> tuple[str, list[Any]]:
        """A SQL condition over the given (trusted) column names, and its parameters."""
        parts: list[str] = []
        params: list[Any] = []
        for other in self.others:
            sql, more = other.condition(code, actor, country)
            parts.append(sql)
            params.extend(more)
        if self.country and country:
            parts.append(f"{country} = ?")
            params.append(self.country)
        if self.prefix:
            parts.append(f"{code} LIKE ?")
            params.append(self.prefix + "%")
        if self.name:
            parts.append(f"lower({actor}) = ?")
            params.append(self.name.lower())
        return "(" + " OR ".join(parts) + ")", params

    def names(self) -> tuple[str, ...]:
        """The names :meth:`pattern` finds in text."""
        own = self.words or ((self.name,) if self.name else ())
        return tuple(dict.fromkeys([*own, *(w for o in self.others for w in o.names())]))

    def readings(self) -> tuple[ActorSpec, ...]:
        """This spec and the others its name stands for, each on its own."""
        return (self, *self.others)

    def pattern(self) -> re.Pattern[str] | None:
        """A regex finding this actor's names in text (case-sensitive: names are proper nouns)."""
        words = self.names()
        if not words:
            return None
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


Actor = str | ActorSpec


@cache
def _gazetteer() -> Any:
    try:
        from dyads.actors.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return None
    return load_gazetteer()


def _country_words(gaz: Any, iso3: str) -> tuple[str, ...]:
    words: set[str] = set()
    for form, key in gaz.names.items():
        entry = gaz.entries[key]
        if entry.country != iso3:
            continue
        if entry.kind in ("country", "demonym", "plural", "metonym") or entry.capital:
            words.add(form)
    return tuple(sorted(words))


@cache
def resolve_actor(spec: str) -> ActorSpec:
    """The actors ``spec`` names: ``ARM`` (a country: its code prefix and country column),
    ``ARMGOV``/``IGOWSTNAT`` (a code prefix), a known name (``NATO``, ``EU``, ``Russia``,
    ``the Kremlin``) through the gazetteer, or else an actor's canonical name."""
    text = " ".join(spec.split())
    if not text or len(text) > 200:
        raise ValueError("an actor is a code (ARM, ARMGOV, IGOWSTNAT) or a name (NATO, Lavrov)")
    gaz = _gazetteer()
    upper = text.upper()
    if gaz is not None and len(text) == 3 and upper in gaz.countries:
        return _country_spec(gaz, upper, text)
    entry = gaz.lookup(text) if gaz is not None else None
    if entry is not None:
        if entry.kind in ("country", "demonym", "plural") or entry.capital:
            return _country_spec(gaz, entry.country, text)
        others = tuple(_entry_spec(gaz, gaz.entries[k], text) for k in _other_readings(text, entry))
        return replace(_entry_spec(gaz, entry, text), others=others)
    if text.isupper() and _CODE.fullmatch(text):
        return ActorSpec(text, prefix=text)
    return ActorSpec(text, name=text, words=(text,))


def _entry_spec(gaz: Any, entry: Any, label: str) -> ActorSpec:
    forms = tuple(f for f, key in gaz.names.items() if key == entry.key)
    prefix = entry.code if entry.code and _CODE.fullmatch(entry.code) else None
    return ActorSpec(label, prefix=prefix, name=entry.actor, words=(entry.actor, *forms))


def _other_readings(text: str, entry: Any) -> tuple[str, ...]:
    """The gazetteer keys a name two actors bear stands for besides ``entry``, the one it
    looks up to ("RSF" is Reporters Without Borders and Sudan's Rapid Support Forces: a user's
    word has no article to tell them apart; ``shared_names.yaml``)."""
    from dyads.actors.shared_names import readings

    gaz = _gazetteer()
    keys = readings(text)
    return tuple(k for k in keys if k != entry.key and k in gaz.entries)


def _country_spec(gaz: Any, iso3: str, label: str) -> ActorSpec:
    name = gaz.country_name(iso3)
    return ActorSpec(label, country=iso3, prefix=iso3, name=name, words=_country_words(gaz, iso3))


def as_spec(actor: Actor) -> ActorSpec:
    return actor if isinstance(actor, ActorSpec) else resolve_actor(actor)


def same_actor(a: str, b: str) -> str | None:
    """A one-line reason when the user's words ``a`` and ``b`` name the same actors ("KEN" and
    "Kenya"): a dyad needs two, and the same events read both ways would be counted twice (a new
    user's trial, session 25). None when they differ ("KENGOV" and "KENOPP")."""
    first, second = resolve_actor(a), resolve_actor(b)
    key = (first.country, first.prefix, first.name, first.words, first.others)
    if key != (second.country, second.prefix, second.name, second.words, second.others):
        return None
    iso = (first.country or first.prefix or "ARM")[:3]
    return (
        f"{a!r} and {b!r} are the same actor: a dyad needs two (a country's own sides are two "
        f"codes, such as {iso}GOV and {iso}OPP)"
    )
