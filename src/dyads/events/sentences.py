"""Event coding of single, undated sentences (the PLOVER and pentaclass evaluation sets).

Owns the one recipe both evaluators share: parse with the actor ruler, find mentions and quotes,
code events, and pick the sentence's main event (lexicon events before statements, the trigger
highest in the parse first).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from dyads.article.dateline import match_dateline
from dyads.events.coder import Coded, code_events
from dyads.events.main_class import main_class
from dyads.nlp import doc_text
from dyads.records import Mention, Side

__all__ = ["SentenceResult", "code_sentences", "load_nlp", "main_event"]

_PRONOUNS = {
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs",
    "we", "us", "our", "i", "me", "my",
}  # fmt: skip


@dataclass(slots=True)
class SentenceResult:
    text: str
    doc: Doc
    coded: list[Coded]
    mentions: list[Mention] = field(default_factory=list)

    def span(self, side: Side) -> tuple[int, int]:
        """The side's span, or for a pronoun the span of the named mention of the same actor
        in the sentence ("accusing him" -> "Mohammed bin Salman"): what an annotator marks."""
        if side.text.lower() not in _PRONOUNS:
            return side.span
        named = [
            m.span
            for m in self.mentions
            if m.actor == side.actor and m.text.lower() not in _PRONOUNS and m.span != side.span
        ]
        return named[0] if named else side.span

    @property
    def penta_class(self) -> int:
        return main_class(self.doc, self.coded, self.doc[:])


def load_nlp() -> Language:
    """The model the pipeline analyses with (configured name, entity windows, actor ruler)."""
    from dyads.pipeline import Pipeline

    return Pipeline().nlp


def code_sentences(
    nlp: Language,
    texts: Iterable[str],
    batch_size: int = 64,
    min_confidence: float | None = None,
) -> Iterator[SentenceResult]:
    from dyads.actors import find_mentions
    from dyads.quotes import find_quotes

    read = [_undatelined(t) for t in texts]
    docs = nlp.pipe((t for t, _ in read), batch_size=batch_size)
    for doc, (_, place) in zip(docs, read, strict=True):
        mentions = find_mentions(doc, dateline_place=place)
        quotes = find_quotes(doc, mentions)
        yield SentenceResult(
            doc_text(doc),
            doc,
            code_events(doc, mentions, quotes, min_confidence=min_confidence),
            mentions,
        )


def _undatelined(text: str) -> tuple[str, str | None]:
    """The sentence with a wire dateline blanked as the article stage blanks it, offsets kept,
    and the dateline's place: "THE HAGUE, Netherlands -- A United Nations prosecutor has
    charged …" is no act of the Netherlands (PLV tune half: three datelines coded as sources)."""
    found = match_dateline(text)
    if found is None or found[1] < 2:
        return text, None
    place = ", ".join(filter(None, (found[0].place, found[0].region)))
    return " " * (found[1] - 1) + "\n" + text[found[1] :], place or None


def main_event(result: SentenceResult) -> Coded | None:
    """The main event: the coded event whose trigger is shallowest in the parse."""
    if not result.coded:
        return None

    def depth(c: Coded) -> int:
        tok, n = result.doc[c.trigger], 0
        while tok.head.i != tok.i and n < 50:
            tok, n = tok.head, n + 1
        return n

    return min(result.coded, key=lambda c: (depth(c), c.trigger))
