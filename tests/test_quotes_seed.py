"""The quotes stage on the seed article: the 14 gold quotations and the five reported statements.

Speakers are checked as in-text spans (the phrase the parse names). ACTORS-STAGE: the assertions
marked so switch to canonical actors (Speaker.actor / code) once ``dyads.actors`` supplies
mentions; until then one hand-made mention list checks that resolution uses the head's mention.
"""

from __future__ import annotations

import pytest

from dyads.quotes import find_quotes
from dyads.records import Mention, Quote

# In-text speaker phrases a reader would point at for each gold quotation (ACTORS-STAGE: these
# become the gold actor names once mentions resolve "he" and "a senior NATO official").
SPEAKERS = {
    "Q1": {"he"},
    "Q2": {"he"},
    "Q3": {"he"},
    "Q4": {"he"},
    "Q5": {"he"},
    "Q6": {"a senior NATO official", "Javier Colomina"},
    "Q7": {"Javier Colomina"},
    "Q8": {"Pashinyan"},
    "Q9": {"Pashinyan"},
    "Q10": {"He"},
    "Q11": {"The Russian Foreign Ministry"},
    "Q12": {"The Russian Foreign Ministry"},
    "Q13": {"Pashinyan"},
    "Q14": {"Lavrov"},
}
INDIRECT_SPEAKERS = ["Russian Foreign Minister Sergei Lavrov", "He", "Pashinyan", "He", "They"]


def _body(text: str, structure: dict) -> tuple[int, int]:
    start = text.index(structure["body_starts_with"])
    last = structure["body_ends_with"]
    return start, text.index(last) + len(last)


@pytest.fixture(scope="module")
def seed_quotes(nlp, seed_text, seed_gold) -> list[Quote]:
    doc = nlp(seed_text)
    body = _body(seed_text, seed_gold["structure"])
    return find_quotes(doc, [], published=seed_gold["published"], body=body)


def _by_span(quotes: list[Quote], span: tuple[int, int]) -> Quote | None:
    return next((q for q in quotes if q.span == span and q.kind != "indirect"), None)


def test_every_gold_quotation_found_with_cue_and_medium(seed_quotes, seed_gold, seed_text):
    for gold in seed_gold["quotes"]:
        span = tuple(gold["span"])
        quote = _by_span(seed_quotes, span)
        assert quote is not None, f"{gold['id']} not found: {gold['content']!r}"
        assert quote.content == gold["content"] == seed_text[span[0] : span[1]]
        assert quote.kind == gold["kind"], gold["id"]
        assert quote.cue is not None and quote.cue.text == gold["cue"], gold["id"]
        assert seed_text[quote.cue.span[0] : quote.cue.span[1]] == quote.cue.text
        assert quote.medium == gold["medium"], gold["id"]


def test_every_gold_quotation_has_the_right_speaker_phrase(seed_quotes, seed_gold):
    for gold in seed_gold["quotes"]:
        quote = _by_span(seed_quotes, tuple(gold["span"]))
        assert quote is not None and quote.speaker is not None, gold["id"]
        assert quote.speaker.text in SPEAKERS[gold["id"]], (gold["id"], quote.speaker.text)


def test_content_is_always_the_text_at_its_span(seed_quotes, seed_text):
    for quote in seed_quotes:
        assert quote.content == seed_text[quote.span[0] : quote.span[1]]
        if quote.speaker is not None:
            s, e = quote.speaker.span
            assert quote.speaker.text == seed_text[s:e]


def test_reported_speech_found_with_cue_speaker_and_content(seed_quotes, seed_gold):
    indirect = [q for q in seed_quotes if q.kind == "indirect"]
    for gold, speaker in zip(seed_gold["indirect_speech"], INDIRECT_SPEAKERS, strict=True):
        matches = [q for q in indirect if gold["content_contains"] in q.content]
        assert matches, f"no indirect quote contains {gold['content_contains']!r}"
        quote = min(matches, key=lambda q: len(q.content))
        assert quote.cue is not None and quote.cue.text == gold["cue"]
        assert not quote.content.startswith("that ")
        # ACTORS-STAGE: compare quote.speaker.actor with gold["speaker"]["name"].
        assert quote.speaker is not None and quote.speaker.text == speaker


def test_statement_dates_resolved_against_publication(seed_quotes, seed_gold):
    pytest.importorskip("dyads.timex")
    dated = {g["content_contains"]: g["date"] for g in seed_gold["indirect_speech"] if "date" in g}
    for needle, value in dated.items():
        quote = next(q for q in seed_quotes if q.kind == "indirect" and needle in q.content)
        assert quote.date is not None, needle
        assert quote.date.start.startswith(value), (needle, quote.date)


def test_speaker_resolves_to_the_mention_over_its_head(nlp, seed_text, seed_gold):
    # Hand-made stand-in for the actors stage: "he" of Q1 already resolved by coreference.
    doc = nlp(seed_text)
    q1 = seed_gold["quotes"][0]
    he = seed_text.index(" he told", q1["span"][1]) + 1
    lavrov = Mention(
        text="he",
        span=(he, he + 2),
        actor="Sergei Lavrov",
        code="RUSGOV",
        country="RUS",
        sector="GOV",
        role="Foreign Minister",
    )
    quotes = find_quotes(doc, [lavrov], published=seed_gold["published"])
    first = _by_span(quotes, tuple(q1["span"]))
    second = _by_span(quotes, tuple(seed_gold["quotes"][1]["span"]))
    for quote in (first, second):
        assert quote is not None and quote.speaker is not None
        assert (quote.speaker.actor, quote.speaker.code) == ("Sergei Lavrov", "RUSGOV")
        assert quote.speaker.span == (he, he + 2)
    colomina = _by_span(quotes, tuple(seed_gold["quotes"][6]["span"]))
    assert colomina is not None and colomina.speaker is not None
    assert colomina.speaker.actor is None  # no mention over its head: in-text span only
