"""The five-way class of a sentence's main event (0 statement .. 4 material conflict), for
the pentaclass evaluation: the coded event highest in the parse, else the highest lexicon
trigger read without actors."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dyads.events.coder import Coded
from dyads.events.factuality import assess
from dyads.events.frames import triggers
from dyads.events.lexicon import Lexicon, load_lexicon
from dyads.events.moods import recode
from dyads.events.ontology import cameo
from dyads.events.refusals import will_not

__all__ = ["main_class", "trigger_code"]


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def main_class(doc: Doc, coded_events: Sequence[Coded], sent: Span | None = None) -> int:
    """The five-way class (0 statement .. 4 material conflict) of a sentence's main event.

    The main event is the one whose trigger is highest in the parse (fewest hops to the root);
    with no coded event, the highest lexicon trigger is used without actors; with none at all,
    the sentence is a statement (0).
    """
    sent = sent or next(iter(doc.sents))
    inside = [c for c in coded_events if sent.start <= c.trigger < sent.end]
    if inside:
        best = min(inside, key=lambda c: (_depth(doc[c.trigger]), c.trigger))
        return cameo(best.event.cameo).penta_class
    code = trigger_code(doc, sent)
    return cameo(code).penta_class if code else 0


def trigger_code(doc: Doc, sent: Span, lexicon: Lexicon | None = None) -> str | None:
    """The code of the sentence's highest lexicon trigger, ignoring actors (factuality applied)."""
    lex = lexicon or load_lexicon()
    found: list[tuple[int, str]] = []
    for trig in triggers(lex, sent):
        nominal = trig.via == "noun"
        mood = assess(trig.token, lex, nominal=nominal)
        final, _ = recode(trig.code, mood, lex, will_not(trig.token, lex))
        if final is not None:
            found.append((_depth(trig.token) + (1 if nominal else 0), final))
    if not found:
        return None
    return min(found, key=lambda f: f[0])[1]
