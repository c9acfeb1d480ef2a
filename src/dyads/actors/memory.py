"""Actor memory across articles: people seen with a role, and actors users define.

``learn`` keeps every person mention that carried a role and a code (from a title, an apposition
or a nationality), with the date range it was seen in that role, so a later article that only
says "Lavrov" is coded as the earlier one was. ``add_user_actors`` loads a YAML or CSV file of
the user's own actors; user entries always win over learned ones. The memory is in-memory only:
``rows()`` / ``from_rows()`` give plain dicts for whoever persists it.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Collection
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from dyads.actors.given_names import common_surname
from dyads.records import Mention


@dataclass(slots=True)
class KnownActor:
    """One actor in one role: the code it had between ``first_seen`` and ``last_seen``."""

    name: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str = "person"
    first_seen: str | None = None  # YYYY-MM-DD; None = open
    last_seen: str | None = None
    source: str = "learned"  # learned | user | officeholders
    aliases: tuple[str, ...] = ()

    def covers(self, on: str | None) -> bool:
        if on is None:
            return True
        return (self.first_seen is None or self.first_seen <= on) and (
            self.last_seen is None or on <= self.last_seen
        )


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO-style code: ``RUSGOV`` -> (RUS, GOV); IGOs, NGOs and
    transnational armed groups (IMG) -> (None, None)."""
    if not code or code.startswith(("IGO", "NGO", "IMG")):
        return None, None
    if len(code) == 3 and code.isalpha():
        return code, None
    return code[:3], (code[3:6] or None)


class ActorMemory:
    """Known actors by name and surname, user entries first, learned ones by date."""

    def __init__(self) -> None:
        self._actors: dict[str, list[KnownActor]] = defaultdict(list)  # lower name -> roles
        self._index: dict[str, set[str]] = defaultdict(set)  # surname / alias -> lower names
        self._first_tokens: dict[str, list[tuple[str, ...]]] = defaultdict(list)

    def __len__(self) -> int:
        return sum(len(items) for items in self._actors.values())

    def _add(self, actor: KnownActor) -> None:
        key = actor.name.lower()
        if key not in self._actors:
            words = tuple(actor.name.split())
            self._first_tokens[words[0]].append(words)
            if len(words) > 1 and actor.kind == "person":
                self._index[words[-1].lower()].add(key)
        for alias in actor.aliases:
            self._index[alias.lower()].add(key)
            words = tuple(alias.split())
            if words not in self._first_tokens[words[0]]:
                self._first_tokens[words[0]].append(words)
        self._actors[key].append(actor)

    def learn(self, mentions: list[Mention], published: str | None) -> None:
        """Remember people mentioned with a role (and code), with the dates they were seen."""
        for mention in mentions:
            if mention.kind != "person" or not (mention.role and mention.code and mention.actor):
                continue
            if " " not in mention.actor or not _a_name(mention.actor, mention.role):
                continue  # unnamed officials ("a NATO official") are not people
            known = self._actors.get(mention.actor.lower(), [])
            same = next(
                (k for k in known if k.source == "learned" and k.code == mention.code), None
            )
            if same is None:
                self._add(
                    KnownActor(
                        mention.actor,
                        mention.code,
                        mention.country,
                        mention.sector,
                        mention.role,
                        "person",
                        published,
                        published,
                    )
                )
            elif published:
                same.first_seen = min(filter(None, (same.first_seen, published)))
                same.last_seen = max(filter(None, (same.last_seen, published)))

    def lookup(self, name: str, on: str | None = None) -> KnownActor | None:
        """The actor called ``name`` (full name, surname or alias) as known on date ``on``."""
        return self._find(name, on)

    def known(self, name: str, on: str | None, held: KnownActor | None) -> KnownActor | None:
        """The actor the stages take ``name`` for: the user's entry first, then ``held`` (what a
        source that learns nothing, the office-holder table, holds of the name that day), then
        what was learned. The one question the linker asks the memory (``Linker.known``)."""
        found = self._find(name, on)
        if found is not None and found.source == "user":
            return found
        return held if held is not None else found

    def _find(self, name: str, on: str | None) -> KnownActor | None:
        key = name.strip().lower()
        if key not in self._actors and " " not in key and common_surname(name.strip()):
            return None  # "Martinez" in one article is not the Martinez of another
        keys = [key] if key in self._actors else sorted(self._index.get(key, ()))
        found = [self._pick(self._actors[k], on) for k in keys]
        found = [actor for actor in found if actor is not None]
        if len({actor.name for actor in found}) != 1:  # unknown, or an ambiguous surname
            return None
        return found[0]

    def _pick(self, items: list[KnownActor], on: str | None) -> KnownActor | None:
        users = [a for a in items if a.source == "user"]
        user = next((a for a in users if a.covers(on)), None)
        if user is not None:
            return user
        learned = [a for a in items if a.source == "learned"]
        if not learned:
            return None
        # Ties break on the code, so the choice never depends on the order rows were loaded in.
        covering = [a for a in learned if a.covers(on)]
        if covering:
            return max(covering, key=lambda a: (a.last_seen or "", a.code or ""))
        before = [a for a in learned if on is None or (a.last_seen or "") <= on]
        if before:
            return max(before, key=lambda a: (a.last_seen or "", a.code or ""))
        return min(learned, key=lambda a: (a.first_seen or "", a.code or ""))

    def names_starting(self, token: str) -> list[tuple[str, ...]]:
        """Known names (as word tuples) whose first word is ``token``: for scanning text."""
        return self._first_tokens.get(token, [])

    def add_user_actors(self, path: str | Path) -> int:
        """Load the user's actors from YAML (a list, or ``{actors: [...]}``) or CSV."""
        path = Path(path)
        if path.suffix.lower() in {".yaml", ".yml"}:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            items = data.get("actors", []) if isinstance(data, dict) else data
        else:
            with path.open(encoding="utf-8", newline="") as handle:
                items = list(csv.DictReader(handle))
        count = 0
        for item in items:
            if not item.get("name"):
                continue
            code = item.get("code") or None
            country, sector = split_code(code)
            aliases = item.get("aliases") or ()
            if isinstance(aliases, str):
                aliases = [a for a in aliases.split("|") if a.strip()]
            self._add(
                KnownActor(
                    name=str(item["name"]).strip(),
                    code=code,
                    country=item.get("country") or country,
                    sector=item.get("sector") or sector,
                    role=item.get("role") or None,
                    kind=item.get("kind") or "person",
                    first_seen=_date(item.get("start")),
                    last_seen=_date(item.get("end")),
                    source="user",
                    aliases=tuple(str(a).strip() for a in aliases),
                )
            )
            count += 1
        return count

    def rows(self, names: Collection[str] | None = None) -> list[dict[str, Any]]:
        """Plain rows (one per actor and role) for a store table; only ``names`` if given."""
        out = []
        for items in self._actors.values():
            for actor in items:
                if names is not None and actor.name not in names:
                    continue
                row = asdict(actor)
                row["aliases"] = "|".join(actor.aliases)
                out.append(row)
        return out

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> ActorMemory:
        memory = cls()
        names = {f.name for f in fields(KnownActor)}
        for row in rows:
            values = {k: v for k, v in row.items() if k in names}
            aliases = values.get("aliases") or ()
            if isinstance(aliases, str):
                aliases = [a for a in aliases.split("|") if a]
            values["aliases"] = tuple(aliases)
            memory._add(KnownActor(**values))
        return memory


def _a_name(actor: str, role: str) -> bool:
    """``actor`` is a person's name, not the label of an unnamed official ("American secretary
    of state", "Russian Foreign Minister"), whose last word a later article would take for a
    surname ("Das Volk vs. The State" coded USAELI; blind audit, round 79): a name ends in a
    capital and is not its own role's words."""
    last = actor.split()[-1]
    return last[:1].isupper() and not actor.lower().endswith(" " + role.lower())


def _date(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
