"""Run-on "sentences" (thousands of tokens the parser could not split) are skipped by the
quote and event stages, whose cost would otherwise grow with the square of their length."""

from __future__ import annotations

from dyads.actors import add_actor_ruler, find_mentions
from dyads.events.coder import find_events
from dyads.limits import MAX_SENTENCE_TOKENS, in_long_sentence
from dyads.quotes import find_quotes

CLAUSE = "Russia said that Armenia criticized NATO and Lavrov told them “we will not” "


def test_run_on_sentences_are_flagged_and_skipped(nlp) -> None:
    add_actor_ruler(nlp)
    normal = nlp(CLAUSE.strip() + ".")
    mentions = find_mentions(normal)
    assert find_quotes(normal, mentions) and find_events(normal, mentions)
    run_on = nlp(CLAUSE * 40)  # no full stop: one "sentence" of ~600 tokens
    assert max(len(s) for s in run_on.sents) > MAX_SENTENCE_TOKENS
    assert any(in_long_sentence(run_on))
    mentions = find_mentions(run_on)
    assert find_quotes(run_on, mentions) == []
    assert find_events(run_on, mentions) == []
