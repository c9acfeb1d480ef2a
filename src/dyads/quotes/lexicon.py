"""The cue lexicon (``data/quote_cues.yaml``), loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.vocab import Vocab

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_DATA = Path(__file__).resolve().parents[1] / "data" / "quote_cues.yaml"
_LEMMA_IDS: dict[int, frozenset[int]] = {}


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Lemma sets of ``quote_cues.yaml`` (its header says what each section is for).

    ``speech`` is every cue that may stand anywhere in a quotation's frame (the file's speech,
    evaluative, directive and naming sections); ``manner`` cues only stand right beside a
    quotation or over a reported clause; ``phrasal`` maps a verb to the particles that make it a
    cue ("fire" -> {"back"}).
    """

    speech: frozenset[str]
    manner: frozenset[str]
    evaluative: frozenset[str]
    directive: frozenset[str]
    naming: frozenset[str]
    asserting_as: frozenset[str]
    phrasal: dict[str, frozenset[str]]
    belief: frozenset[str]
    tell_like: frozenset[str]
    medium_words: frozenset[str]
    statement_nouns: frozenset[str]
    media_names: re.Pattern[str]
    object_verbs: frozenset[str]
    topic_verbs: frozenset[str]
    topic_preps: frozenset[str]
    negating: frozenset[str]
    hypothetical_aux: frozenset[str]
    needs_agent: frozenset[str]
    read_acts: frozenset[str]
    non_agents: frozenset[str]
    poll_brands: frozenset[str]
    third_person_titles: frozenset[str]
    product_words: frozenset[str]
    court_papers: frozenset[str]
    suing_verbs: frozenset[str]
    naming_participles: frozenset[str]
    term_nouns: frozenset[str]
    subject_nouns: frozenset[str]
    gloss_words: frozenset[str]
    hedges: frozenset[str]
    summary_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    report_sequels: frozenset[str]
    inference_adverbs: frozenset[str]
    positions: frozenset[str]
    body_heads: frozenset[str]
    name_particles: frozenset[str]
    characterising: frozenset[str]
    denying: frozenset[str]
    link_verbs: frozenset[str]
    link_objects: frozenset[str]
    epithets: frozenset[str]
    continuing: frozenset[str]
    mastheads: frozenset[str]
    inference_participles: frozenset[str]
    inferred_nouns: frozenset[str]
    narrating_participles: frozenset[str]
    recording_verbs: frozenset[str]
    imposing_verbs: frozenset[str]
    occasions: frozenset[str]
    proposing: frozenset[str]
    saying_occasions: frozenset[str]
    reply_nouns: frozenset[str]
    announcing: frozenset[str]
    name_calling: frozenset[str]
    empty_it_verbs: frozenset[str]
    pitch_nouns: frozenset[str]
    audience_nouns: frozenset[str]
    headline_verbs: frozenset[str]

    def is_media_name(self, phrase: str) -> bool:
        return self.media_names.fullmatch(phrase.strip()) is not None

    def lemma_ids(self, vocab: Vocab) -> frozenset[int]:
        """String ids of every lemma that can start a reported clause, a stance or a noun cue
        in ``vocab``'s string store: a quick first filter over tokens."""
        key = id(vocab.strings)
        found = _LEMMA_IDS.get(key)
        if found is None:
            words = self.speech | self.manner | self.belief | self.object_verbs
            words |= self.topic_verbs | self.statement_nouns | set(self.phrasal)
            found = frozenset(vocab.strings.add(w) for w in words)
            found |= {vocab.strings.add(w.capitalize()) for w in words}
            _LEMMA_IDS[key] = found
        return found


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The lexicon of ``data/quote_cues.yaml`` (sections of ``lemma: gloss`` mappings)."""
    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=_Loader)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or {})

    phrasal: dict[str, set[str]] = {}
    for entry in raw.get("phrasal") or {}:
        verb, particle = str(entry).lower().split()
        phrasal.setdefault(verb, set()).add(particle)
    names = sorted((str(n) for n in raw.get("media_names") or {}), key=len, reverse=True)
    pattern = "(?:the\\s+)?(?:" + "|".join(re.escape(n) for n in names) + ")"
    speech = words("speech") | words("evaluative") | words("directive") | words("naming")
    return CueLexicon(
        speech=speech,
        manner=words("manner") - speech,
        evaluative=words("evaluative"),
        directive=words("directive"),
        naming=words("naming"),
        asserting_as=words("asserting_as"),
        phrasal={verb: frozenset(parts) for verb, parts in phrasal.items()},
        belief=words("belief") - speech,
        tell_like=words("tell_like"),
        medium_words=words("medium_words"),
        statement_nouns=words("statement_nouns"),
        media_names=re.compile(pattern, re.IGNORECASE),
        object_verbs=words("stance") | words("evaluative"),
        topic_verbs=words("topic_verbs"),
        topic_preps=words("topic_preps"),
        negating=words("negating"),
        hypothetical_aux=words("hypothetical_aux"),
        needs_agent=words("needs_agent"),
        read_acts=words("read_acts"),
        non_agents=words("non_agents"),
        poll_brands=words("poll_brands"),
        third_person_titles=words("third_person_titles"),
        product_words=words("product_words"),
        court_papers=words("court_papers"),
        suing_verbs=words("suing_verbs"),
        naming_participles=words("naming_participles"),
        term_nouns=words("term_nouns"),
        subject_nouns=words("subject_nouns"),
        gloss_words=words("gloss_words"),
        hedges=words("hedges"),
        summary_nouns=words("summary_nouns"),
        claim_nouns=words("claim_nouns"),
        report_sequels=words("report_sequels"),
        inference_adverbs=words("inference_adverbs"),
        positions=words("positions"),
        body_heads=words("body_heads"),
        name_particles=words("name_particles"),
        characterising=words("characterising"),
        denying=words("denying"),
        link_verbs=words("link_verbs"),
        link_objects=words("link_objects"),
        epithets=words("epithets"),
        continuing=words("continuing"),
        mastheads=words("mastheads"),
        inference_participles=words("inference_participles"),
        inferred_nouns=words("inferred_nouns"),
        narrating_participles=words("narrating_participles"),
        recording_verbs=words("recording_verbs"),
        imposing_verbs=words("imposing_verbs"),
        occasions=words("occasions"),
        proposing=words("proposing"),
        saying_occasions=words("saying_occasions"),
        reply_nouns=words("reply_nouns"),
        announcing=words("announcing"),
        name_calling=words("name_calling"),
        empty_it_verbs=words("empty_it_verbs"),
        pitch_nouns=words("pitch_nouns"),
        audience_nouns=words("audience_nouns"),
        headline_verbs=words("headline_verbs"),
    )
