"""Read a PETRARCH verb-pattern dictionary (``CAMEO.2.0.txt``) and convert its patterns.

Used only by :mod:`dyads.events.build_verbs` (never at run time). The format is PETRARCH 1.0's
(Open Event Data Alliance; see ``PETRreader.read_verb_dictionary``): ``&SYNSET`` blocks of
``+PHRASE`` lines, then verb blocks opened by ``--- NAME [CODE] ---``, each with verb lines
(``VERB {IRREGULAR FORMS} [CODE] # note``, ``+VERB_PARTICLE`` for phrasal verbs) and pattern lines
``- WORDS * WORDS [CODE] # VERB``: ``*`` stands for the verb, ``{...}`` is a noun phrase whose last
word is its head, ``(PREP ...)`` a prepositional phrase, ``&NAME`` a synonym set, ``$`` / ``+``
the source / target slots, ``^`` a skipped phrase. A code ``[a:b]`` adds a reversed event ``b``;
``[:b]`` has only the reversed one; ``[---]`` is the null code. The comment names the verb the
pattern was first written for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dyads.events.ontology import all_codes

__all__ = ["Block", "Pattern", "Reading", "convert", "map_code", "read_dictionary"]

_TOKEN = re.compile(r"\([^()]*\)|\{[^}]*\}|\S+")
_SLOTS = frozenset("$+%^")

# (particle, object word, target prepositions, modifier, code): one reading of a pattern.
Reading = tuple[str | None, str | None, tuple[str, ...], str | None, str | None]


@dataclass
class Pattern:
    """One pattern line: the words before and after the verb, its code, the verb it names."""

    pre: list[str]
    post: list[str]
    code: str
    verb: str | None
    line: int


@dataclass
class Block:
    """A verb block: its code, its verb lines (name, own code, line) and its patterns."""

    name: str
    code: str
    verbs: list[tuple[str, str | None, int]] = field(default_factory=list)
    forms: dict[str, str] = field(default_factory=dict)  # inflected form -> verb name
    patterns: list[Pattern] = field(default_factory=list)


def _code(text: str) -> str:
    return text.strip().strip("[]").strip()


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """The synonym sets (``&NAME`` -> phrases) and the verb blocks of the file at ``path``."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: list[str] | None = None
    block: Block | None = None
    for number, raw in enumerate(path.read_text(encoding="latin-1").splitlines(), 1):
        if raw.lstrip().startswith("#") and not raw.startswith("####"):
            continue  # a comment line inside a synonym set does not end it
        comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
        line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
        if not line.strip():
            current_set = None
        elif line.startswith("&") and block is None:
            current_set = synsets.setdefault(line.strip().rstrip("_"), [])
        elif line.startswith("+") and current_set is not None:
            current_set.append(line[1:].strip())
        elif line.startswith("---"):
            found = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            if found:
                block = Block(found[1], _code(found[2]))
                blocks.append(block)
        elif block is not None and line.startswith("-"):
            body, _, code = line[1:].rpartition("[")
            tokens = _TOKEN.findall(body)
            if "*" in tokens:
                star = tokens.index("*")
                verb = re.split(r"[\s,<]", comment)[0] if comment else None
                pattern = Pattern(tokens[:star], tokens[star + 1 :], _code(code), verb, number)
                block.patterns.append(pattern)
        elif block is not None:
            code = re.search(r"\[([^\]]*)\]", line)
            forms = re.search(r"\{([^}]*)\}", line)
            name = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip().lstrip("+")
            block.verbs.append((name, _code(code[1]) if code else None, number))
            for form in forms[1].replace(",", " ").split() if forms else []:
                block.forms[form.lstrip("+")] = name
    return synsets, blocks


def map_code(
    code: str, code_map: Mapping[str, str | None], drops: Counter[str]
) -> str | bool | None:
    """The forward code in our CAMEO table; None for the null code; False when it must go
    (a reversed-only code, or a code ``code_map`` drops or our table lacks)."""
    first = code.split(":")[0].strip()
    if not first:
        drops["pattern: reversed code [:x] (the target acts on the source)"] += 1
        return False
    if first == "---":
        return None
    if first in code_map:
        mapped = code_map[first]
        drops[f"code {first} -> {mapped or 'dropped'}"] += 1
        return mapped or False
    if first not in all_codes():
        drops[f"code {first} not in cameo.csv"] += 1
        return False
    return first


def _words(item: str, synsets: Mapping[str, list[str]]) -> list[str] | None:
    """The single words an item stands for (synsets expanded, ``A/B`` split); None if the item
    is a phrase (a noun phrase with modifiers, a prepositional phrase, an unknown synset)."""
    if item.startswith("{") and item.endswith("}"):
        inner = item[1:-1].split()
        if len(inner) != 1:
            return None
        item = inner[0]
    if item.startswith(("(", "{")):
        return None
    found: list[str] = []
    for alt in item.split("/"):
        if alt.startswith("&"):
            members = synsets.get(alt.rstrip("_"))
            if members is None:
                return None
            found += [m.rstrip("_") for m in members]
        else:
            found.append(alt)
    return found


def convert(
    pattern: Pattern,
    synsets: Mapping[str, list[str]],
    particles: Collection[str],
    code_map: Mapping[str, str | None],
    drops: Counter[str],
) -> Iterator[Reading]:
    """Each reading of ``pattern`` the lexicon format can hold; counts dropped patterns by
    reason in ``drops``. Only a verb's particle, its direct object's lemma, a preposition whose
    object is the target and an adverb before the verb can be kept."""
    code = map_code(pattern.code, code_map, drops)
    if code is False:
        return
    pre = [t for t in pattern.pre if t != "$"]
    post = [t for t in pattern.post if t not in _SLOTS]
    modifier = None
    if pre:
        if len(pre) != 1 or not re.fullmatch(r"[A-Z]+LY", pre[0]):
            drops["pattern: constrains the subject (words before the verb)"] += 1
            return
        modifier = pre[0].lower()
    preps: tuple[str, ...] = ()
    pp_words: list[str] = []
    if post and post[-1].startswith("("):
        inner = post[-1][1:-1].split()
        pp_words = inner[0].lower().split("/") if inner else []
        if any(t not in _SLOTS for t in inner[1:]):
            drops["pattern: prepositional object (PREP NOUN)"] += 1
            return
        if "$" in inner or not pp_words or not set(pp_words) <= set(particles):
            drops["pattern: source in, or no preposition heading, the phrase"] += 1
            return
        preps = () if "^" in inner else tuple(pp_words)
        post = post[:-1]
    if any(t.startswith("(") for t in post) or len(post) > 2:
        drops["pattern: several phrases after the verb"] += 1
        return
    particle = None
    if len(post) == 2:
        if post[0].lower() not in particles:
            drops["pattern: object with modifiers or several words"] += 1
            return
        particle, post = post[0].lower(), post[1:]
    if not post:
        if not pp_words and modifier is None:
            drops["pattern: no constraint (the bare verb)"] += 1
            return
        for word in pp_words or [None]:
            yield word, None, preps, modifier, code
        return
    words = _words(post[0], synsets)
    if words is None:
        drops["pattern: object with modifiers or several words"] += 1
        return
    words = [w for w in words if not re.search(r"[\s_-]", w.strip())]
    if not words:
        drops["pattern: multi-word or hyphenated object"] += 1
    for word in words:
        if word.lower() in particles and particle is None:
            yield word.lower(), None, preps, modifier, code
        else:
            yield particle, word, preps, modifier, code
