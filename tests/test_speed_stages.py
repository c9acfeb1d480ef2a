"""The stages' faster paths give what the plain ones gave: the mention over a span, the actors a
pronoun is told against in one pass, the text and strings of a doc read from its arrays."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from dyads.actors.refs import PRONOUNS
from dyads.actors.tokens import Tokens, dependents, sentence_of
from dyads.nlp import doc_text
from dyads.quotes.context import Context, mention_at
from dyads.quotes.lexicon import cue_lexicon
from dyads.quotes.pronoun_fit import _clause_subject, name_gender, told_against
from dyads.records import Mention

_SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_TOLD = [
    "Nikol Pashinyan declared that his government would resign. He said the talks had failed.",
    "Nikol Pashinyan said his cabinet would step down, and he told reporters it was over.",
    "Chris Christie was seen begging a woman to cast her ballot. She said she would.",
]


def _linear_mention_at(mentions: Sequence[Mention], span: tuple[int, int]) -> Mention | None:
    best = None
    for mention in mentions:
        if not (mention.span[0] < span[1] and span[0] < mention.span[1]):
            continue
        if best is None or (mention.actor is not None and best.actor is None):
            best = mention
    return best


def _told_against_name(ctx: Context, actor: str, mentions: Sequence[Mention]) -> bool:
    told = name_gender(actor)
    for m in mentions:
        said = PRONOUNS.get(m.text.lower(), ("", None))[1]
        if m.actor != actor or said is None or said == told:
            continue
        words = ctx.doc.char_span(*m.span, alignment_mode="expand")
        subject = _clause_subject(words.root) if words is not None else None
        named = mention_at(mentions, (subject.idx, subject.idx + len(subject))) if subject else None
        if named is not None and named.actor == actor and named.text.lower() not in PRONOUNS:
            return True
    return False


@pytest.fixture(scope="module")
def parsed(nlp: Any, mentions_of: Any) -> list[tuple[Any, list[Mention]]]:
    texts = _TOLD + [f.read_text(encoding="utf-8") for f in sorted(_SAMPLES.glob("*.txt"))]
    out = []
    for text in texts:
        mentions = mentions_of(text)
        out.append((nlp(text), mentions))
    return out


def test_mention_at_is_the_linear_scan(parsed: list[tuple[Any, list[Mention]]]) -> None:
    checked = 0
    for doc, mentions in parsed:
        unordered = mentions[::-1]  # the scan's order decides between overlapping mentions
        for tok in doc:
            span = (tok.idx, tok.idx + len(tok))
            for listed in (mentions, unordered):
                assert mention_at(listed, span) is _linear_mention_at(listed, span)
            checked += mention_at(mentions, span) is not None
    assert checked > 50


def test_told_against_is_each_actor_told_against(
    parsed: list[tuple[Any, list[Mention]]],
) -> None:
    lex = cue_lexicon()
    found: set[str] = set()
    for doc, mentions in parsed:
        ctx = Context(doc, lex, None)
        with_actor = [m for m in mentions if m.actor is not None]
        against = told_against(ctx, with_actor)
        for actor in {m.actor or "" for m in with_actor}:
            if name_gender(actor) is not None:
                assert (actor in against) == _told_against_name(ctx, actor, with_actor), actor
        found |= against
    assert found == set()  # the actors stage links no pronoun against a given name here


@pytest.mark.parametrize(
    ("text", "against"),
    [
        ("Nikol Pashinyan declared that his government would resign.", {"Nikol Pashinyan"}),
        ("Nikol Pashinyan said that he would resign on Monday.", {"Nikol Pashinyan"}),
        ("Anna Smith met Nikol Pashinyan before his speech began.", set()),
    ],
)
def test_a_pronoun_its_clause_binds_to_the_name_is_told_against(
    nlp: Any, text: str, against: set[str]
) -> None:
    """The pronouns linked by hand to the person of a woman's given name: bound by the clause
    whose subject names her, or not."""
    doc = nlp(text)
    ctx = Context(doc, cue_lexicon(), None)
    start = text.index("Nikol Pashinyan")
    mentions = [Mention("Nikol Pashinyan", (start, start + 15), actor="Nikol Pashinyan")]
    mentions += [
        Mention(t.text, (t.idx, t.idx + len(t)), actor="Nikol Pashinyan")
        for t in doc
        if t.lower_ in ("he", "his")
    ]
    assert told_against(ctx, mentions) == against
    assert _told_against_name(ctx, "Nikol Pashinyan", mentions) == bool(against)


def test_doc_text_and_token_strings_from_arrays(nlp: Any) -> None:
    texts = ["", " Two  spaces\n\nand a line.  ", "Ünïcode “quotes” — and 2024-03-14."]
    texts += [f.read_text(encoding="utf-8") for f in sorted(_SAMPLES.glob("*.txt"))[:2]]
    for text in texts:
        doc = nlp(text)
        assert doc_text(doc) == doc.text == text
        tokens = Tokens.of(doc)
        assert tokens.text == [t.text for t in doc]
        assert tokens.lower == [t.lower_ for t in doc]
        assert tokens.lemma == [t.lemma_ for t in doc]
        assert tokens.ent == [t.ent_type_ for t in doc]


def test_unquoted_with_lemma_is_the_token_scan(parsed: list[tuple[Any, list[Mention]]]) -> None:
    lex = cue_lexicon()
    total = 0
    for doc, _ in parsed:
        ctx = Context(doc, lex, None)
        lemmas = lex.lemma_ids(doc.vocab)
        scanned = [
            t.i
            for t in doc
            if not (ctx.quoted[t.i] or ctx.run_on[t.i])
            and (t.lemma in lemmas or t.lower_ == "according")
        ]
        assert ctx.unquoted_with_lemma(lemmas, also="according") == scanned
        total += len(scanned)
    assert total > 10


def test_sentence_of_and_dependents_are_the_token_scans(
    parsed: list[tuple[Any, list[Mention]]],
) -> None:
    for doc, _ in parsed:
        t = Tokens.of(doc)
        for sent in set(t.sent):
            assert list(sentence_of(t, sent)) == [
                k for k in range(len(t.sent)) if t.sent[k] == sent
            ]
        for head in range(len(t.text)):
            for dep in ("nsubj", "dobj", "prep"):
                scanned = [
                    i
                    for i in range(len(t.text))
                    if t.sent[i] == t.sent[head] and t.head[i] == head and t.dep[i] == dep
                    and i != head
                ]  # fmt: skip
                assert dependents(t, head, dep) == scanned
