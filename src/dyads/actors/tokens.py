"""Per-token arrays of a parsed Doc and the phrase matchers over the actor lexicons.

The linking pass reads token attributes many times; :class:`Tokens` copies them once into plain
lists (one C-level ``Doc.to_array`` call). :func:`matchers` builds the role, description and
region phrase matchers once per process from the gazetteer.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_TITLE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import get_string_id
from spacy.tokens import Doc

from dyads.actors.gazetteer import load_gazetteer
from dyads.actors.phrase_words import lexicon_forms, phrase_words
from dyads.nlp import doc_text
from dyads.nlp.patterns import text_only_vocab

# string id -> string, kept across docs (an id is the hash of its string, whatever the vocab):
# most words of an article were seen in the articles before it
_STRINGS: dict[int, str] = {}
_STRINGS_KEPT = 500_000


def _string_cache() -> dict[int, str]:
    global _STRINGS
    if len(_STRINGS) > _STRINGS_KEPT:
        _STRINGS = {}  # a new dict, not cleared: a thread reading the old one keeps it
    return _STRINGS


@dataclass(slots=True)
class Tokens:
    """Plain per-token arrays: cheap to index in the pass (no Token objects)."""

    text: list[str]
    lower: list[str]
    pos: list[str]
    dep: list[str]
    tag: list[str]
    sent: list[int]
    title: list[bool]
    idx: list[int]
    head: list[int]  # absolute index of the syntactic head (a root is its own head)
    lemma: list[str]
    quote: list[int]  # id of the quotation the token is inside, -1 outside any
    ent: list[str]  # the recogniser's entity label ("" outside an entity)
    doc_text: str

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        # one C-level array copy instead of a Token object per attribute access
        attrs = [ORTH, LOWER, POS, DEP, TAG, SENT_START, IS_TITLE, IDX, HEAD, LEMMA, ENT_TYPE]
        if len(doc) == 0:
            return cls([], [], [], [], [], [], [], [], [], [], [], [], "")
        cols = doc.to_array(attrs).astype("int64").T.tolist()
        lookup = doc.vocab.strings
        cache = _string_cache()

        def strings(column: list[int]) -> list[str]:
            for key in set(column).difference(cache):
                cache[key] = lookup[key % 2**64] if key < 0 else lookup[key]
            return list(map(cache.__getitem__, column))

        text = strings(cols[0])
        sent, sid = [], -1
        for i, flag in enumerate(cols[5]):
            if flag == 1 or i == 0:
                sid += 1
            sent.append(sid)
        pos = [POS_NAMES.get(p, "") for p in cols[2]]
        head = [i + offset for i, offset in enumerate(cols[8])]
        return cls(
            text,
            strings(cols[1]),
            pos,
            strings(cols[3]),
            strings(cols[4]),
            sent,
            [bool(v) for v in cols[6]],
            cols[7],
            head,
            strings(cols[9]),
            _quotations(text),
            strings(cols[10]),
            doc_text(doc),
        )


OPENING = {"“", "«", "„"}
CLOSING = {"”", "»"}


def _quotations(text: list[str]) -> list[int]:
    """Per token, the paragraph number when the token is inside quotation marks, else -1: all
    quotations of one paragraph share a number (a speaker's words, often split by "he said").
    Curly marks open and close (a closing mark with none open opens, as typists slip); a
    straight ``"`` toggles; a paragraph break (or " *** ") ends any open quotation."""
    out = [-1] * len(text)
    paragraph, inside = 0, False
    for i, word in enumerate(text):
        # " *** " separates the paragraphs of a flattened story (InSight Crime; blind audit,
        # round 111: a quotation left open ran on over three sections)
        if "\n" in word or (word == "*" and text[i + 1 : i + 3] == ["*", "*"]):
            paragraph, inside = paragraph + 1, False
            continue
        if not inside and (word in OPENING or word in CLOSING or word == '"'):
            inside = True
            out[i] = paragraph
            continue
        if inside:
            out[i] = paragraph
            if word in CLOSING or word == '"':
                inside = False
    return out


@dataclass(frozen=True, slots=True)
class Matchers:
    roles: PhraseMatcher  # role words and definite-description nouns, lower-cased
    regions: PhraseMatcher  # regional actors ("the West"), case as written
    keys: dict[int, str]  # match id -> "role|phrase" / "desc|noun" / "region|phrase"


@cache
def matchers() -> Matchers:
    """Phrase matchers over the role, description and region lexicons, built once: each
    phrase as spaCy's English rules split it (:mod:`dyads.actors.phrase_words`; hashes are
    global, so the matchers work on any model's docs)."""
    gaz = load_gazetteer()
    words = phrase_words(None)
    vocab = text_only_vocab()
    roles = PhraseMatcher(vocab, attr="LOWER")
    regions = PhraseMatcher(vocab, attr="ORTH")
    keys: dict[int, str] = {}

    ids: dict[str, int] = {}  # a word's hash, once per word (most words recur)

    def hashes(texts: Iterable[str]) -> tuple[int, ...]:
        out = []
        for text in texts:
            found = ids.get(text)
            if found is None:
                found = ids[text] = get_string_id(text)
            out.append(found)
        return tuple(out)

    def add(matcher: PhraseMatcher, key: str, phrase: str) -> None:
        keys[get_string_id(key)] = key
        if matcher is regions:  # case as written
            matcher.add(key, [hashes(words(phrase))])
            return
        # the tokenizer keeps "Sen." and "Gov." whole but splits "sen." and "gov.": match
        # the phrase as tokenized in each case it is written in, once per tokenization (a
        # token's LOWER is its text's str.lower(), spacy.lang.lex_attrs.lower)
        lowered = (tuple(map(str.lower, words(form))) for form in lexicon_forms(phrase))
        matcher.add(key, [hashes(forms) for forms in dict.fromkeys(lowered)])

    for phrase in gaz.roles:
        add(roles, f"role|{phrase}", phrase)
    for noun in gaz.descriptions:
        add(roles, f"desc|{noun}", noun)
    for phrase in gaz.region_actors:
        add(regions, f"region|{phrase}", phrase)
    return Matchers(roles, regions, keys)


def conjuncts(t: Tokens, last: int, reach: int) -> list[int]:
    """The words ``last`` is joined to by "and"/"or": its head when it is a conjunct, and its
    own conjuncts within ``reach`` tokens after it ("Congo and Costa Rica")."""
    partners = [t.head[last]] if t.dep[last] == "conj" else []
    end = min(len(t.dep), last + reach)
    return partners + [i for i in range(last + 1, end) if t.dep[i] == "conj" and t.head[i] == last]


def sentence_of(t: Tokens, sent: int) -> range:
    """The indexes of the tokens of sentence ``sent`` (sentence ids rise along the text)."""
    return range(bisect_left(t.sent, sent), bisect_right(t.sent, sent))


def dependents(t: Tokens, head: int, dep: str) -> list[int]:
    """The tokens of ``head``'s sentence attached to it as ``dep``, in text order."""
    return [
        i
        for i in sentence_of(t, t.sent[head])
        if t.head[i] == head and t.dep[i] == dep and i != head
    ]


def reaches(t: Tokens, k: int, target: int, climbs: int) -> bool:
    """Token ``k`` is ``target`` or hangs under it within ``climbs`` - 1 heads."""
    for _ in range(climbs):
        if k == target:
            return True
        if t.head[k] == k:
            return False
        k = t.head[k]
    return False


def verb_above(t: Tokens, k: int, climbs: int) -> int | None:
    """The first verb at token ``k`` or above it within ``climbs`` heads; None without one."""
    for _ in range(climbs + 1):
        if t.pos[k] in ("VERB", "AUX"):
            return k
        if t.head[k] == k:
            return None
        k = t.head[k]
    return None


def common_speaker(t: Tokens, start: int, phrase: str) -> bool:
    """ "corporate speaker Lance Wallnau" is no chamber's Speaker (round 93: a legislator)."""
    chamber = start > 0 and t.lower[start - 1] in ("house", "assembly", "parliament")
    chamber = chamber or (start + 1 < len(t.lower) and t.lower[start + 1] == "of")
    return phrase == "speaker" and t.text[start] == "speaker" and not chamber
