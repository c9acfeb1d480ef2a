"""How much of the CAMEO ontology the event lexicon reaches, for ``docs/ONTOLOGY.md``.

``python -m dyads.events.build_verbs --table`` prints :func:`coverage_table`. A code is reached
when a verb, noun or adjective sense gives it (as its code or an object's code); an intent (03x)
or threat (13x) code is also reached through the lexicon's ``intent`` / ``threat`` maps from an
event code a sense gives (the announced or threatened form of that event).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dyads.events.lexicon import DEFAULT_PATH, Lexicon, _read, load_lexicon
from dyads.events.ontology import all_codes

__all__ = ["Trigger", "coverage_table", "reachable"]


Trigger = tuple[str, str, str]  # (table, origin, lemma): ("nouns", "dyads", "tariff")
TABLES = ("verbs", "nouns", "adjectives")


def reachable(lex: Lexicon) -> dict[str, set[Trigger]]:
    """CAMEO code -> every verb, noun or adjective sense that gives it (as its code or one of
    its objects' codes), as (table, origin, lemma)."""
    found: dict[str, set[Trigger]] = defaultdict(set)
    for name in TABLES:
        for word, senses in getattr(lex, name).items():
            for sense in senses:
                for code in (sense.code, *sense.objects.values()):
                    if code:
                        found[code].add((name, sense.origin, word))
    return found


def _derived(lex: Lexicon, direct: Iterable[str]) -> dict[str, str]:
    """Intent (03x) and threat (13x) codes -> an event code whose announced or threatened form
    the intent / threat maps turn into it (most specific key first)."""
    out: dict[str, str] = {}
    for code in sorted(direct):
        for table in (lex.intent, lex.threat):
            key = next((k for k in (code, code[:3], code[:2]) if k in table), None)
            if key and code[:2] not in ("03", "13"):
                out.setdefault(table[key], code)
    return out


def coverage_table() -> str:
    """Markdown: per CAMEO root, its terminal codes, how many a sense reaches directly or
    through the intent / threat maps, its trigger lemmas by source, and examples."""
    lex = load_lexicon()
    hand = _read(DEFAULT_PATH)
    hand_words = {(t, w) for t in TABLES for w in hand.get(t) or {}}
    parents = {c.parent for c in all_codes().values() if c.parent}
    terminal = [c for c in all_codes() if c not in parents]
    direct = reachable(lex)
    derived = _derived(lex, direct)
    rows = [
        "| root | name | terminal codes | reached by a sense (+ only via intent/threat map) "
        "| trigger lemmas: event_lexicon / news / cameo_dict | most specific example of each |",
        "|---|---|---|---|---|---|",
    ]
    for root in sorted(c for c in all_codes() if len(c) == 2):
        codes = [c for c in terminal if c[:2] == root]
        hits = [c for c in codes if c in direct]
        via = [c for c in codes if c not in direct and c in derived]
        found = {(c, *t) for c, triggers in direct.items() if c[:2] == root for t in triggers}
        kinds = {
            "hand": lambda t, o, w: (t, w) in hand_words,
            "news": lambda t, o, w: o == "dyads" and (t, w) not in hand_words,
            "dict": lambda t, o, w: o == "cameo-dict",
        }
        counts, examples = [], []
        for kind, keep in kinds.items():
            mine = sorted((-len(c), c, w) for c, t, o, w in found if keep(t, o, w))
            counts.append(str(len({w for _, _, w in mine})))
            examples += [f"{mine[0][2]} {mine[0][1]} ({kind})"] if mine else []
        via_text = f"{len(via)}: {', '.join(via)}" if via else "0"
        rows.append(
            f"| {root} | {all_codes()[root].name} | {len(codes)} | {len(hits)} (+{via_text}) "
            f"| {' / '.join(counts)} | {'; '.join(examples)} |"
        )
    return "\n".join(rows)
