"""Coverage of the CAMEO ontology by the event lexicon: every terminal code reachable from a
sense, the coverage file loaded under the hand lexicon, each sense's origin, the news
vocabulary's codes, and the conversion rules of the PETRARCH dictionary (loader level: no
parsing)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from dyads.events import lexicon as lexicon_module
from dyads.events.build_verbs import MARKER, REVIEW, SOURCE, _Review, build, render
from dyads.events.lexicon import COVERAGE_PATH, DEFAULT_PATH, ORIGINS, Sense, load_lexicon
from dyads.events.ontology import all_codes
from dyads.events.petrarch_dict import _TOKEN, Pattern, convert

TABLES = ("verbs", "nouns", "adjectives")


def _direct_codes(lex: lexicon_module.Lexicon) -> set[str]:
    return {
        code
        for table in (lex.verbs, lex.nouns, lex.adjectives)
        for senses in table.values()
        for sense in senses
        for code in (sense.code, *sense.objects.values())
        if code
    }


def _terminal_codes() -> list[str]:
    parents = {c.parent for c in all_codes().values() if c.parent}
    return [code for code in all_codes() if code not in parents]


def test_every_terminal_code_outside_intent_and_threat_is_a_sense_code() -> None:
    direct = _direct_codes(load_lexicon())
    missing = [c for c in _terminal_codes() if c[:2] not in ("03", "13") and c not in direct]
    assert missing == []
    assert len(_terminal_codes()) == 254  # 311 codes, 57 of them with children


def test_intent_and_threat_codes_come_from_a_sense_or_a_code_level_map() -> None:
    lex = load_lexicon()
    direct = _direct_codes(lex)
    derived = {
        table[key]
        for code in direct
        if code[:2] not in ("03", "13")
        for table in (lex.intent, lex.threat)
        for key in (code, code[:3])
        if key in table
    }
    missing = [c for c in _terminal_codes() if c[:2] in ("03", "13") and c not in direct | derived]
    assert missing == []
    # the maps go code by code beside the hand file's root-level keys, which still win
    hand = _raw(DEFAULT_PATH)
    assert {k: lex.threat[k] for k in hand["threat"]} == hand["threat"]
    assert (lex.threat["163"], lex.threat["161"], lex.threat["1723"]) == ("1312", "1313", "1323")
    assert (lex.intent["0841"], lex.intent["062"]) == ("0353", "0312")


def _raw(path: Path) -> dict:
    return lexicon_module._read(path)  # the loader's own YAML reading ("on" stays a word)


def test_hand_lexicon_wins_for_every_lemma_it_has() -> None:
    lex = load_lexicon()
    hand, coverage = _raw(DEFAULT_PATH), _raw(COVERAGE_PATH)
    shared = 0
    for table in TABLES:
        loaded = getattr(lex, table)
        lower = {**coverage["cameo_dict"].get(table, {}), **coverage["news"].get(table, {})}
        for word, value in (hand.get(table) or {}).items():
            assert loaded[word] == lexicon_module._senses(word, value, "dyads"), word
            shared += word in lower
    assert shared > 50  # "attack", "seize", "recall" ... are in both files


def test_news_section_wins_over_the_dictionary_and_both_keep_their_origin() -> None:
    lex = load_lexicon()
    coverage = _raw(COVERAGE_PATH)
    hand = _raw(DEFAULT_PATH)
    news, dictionary = coverage["news"]["verbs"], coverage["cameo_dict"]["verbs"]
    both = [w for w in news if w in dictionary and w not in hand["verbs"]]
    assert {"seek", "order", "withhold", "delay"} <= set(both)
    for word in both:
        assert lex.verbs[word] == lexicon_module._senses(word, news[word], "dyads")
    only_dict = [w for w in dictionary if w not in news and w not in hand["verbs"]]
    assert only_dict and all(s.origin == "cameo-dict" for w in only_dict for s in lex.verbs[w])
    assert lex.verbs["castigate"] == (Sense(code="111", origin="cameo-dict"),)


def test_every_sense_has_an_origin_and_a_user_file_is_its_own(tmp_path: Path) -> None:
    lex = load_lexicon()
    origins = Counter(
        s.origin for t in (lex.verbs, lex.nouns, lex.adjectives) for v in t.values() for s in v
    )
    assert set(origins) == {"dyads", "cameo-dict"} and set(origins) <= set(ORIGINS)
    assert lex.verbs["criticize"][0].origin == "dyads"
    assert lex.nouns["tariff"][0].origin == "dyads"  # the news section is the project's own
    user = tmp_path / "mine.yaml"
    user.write_text('verbs:\n  castigate: "112"\n', encoding="utf-8")
    mine = load_lexicon(user)
    assert mine.verbs["castigate"] == (Sense(code="112", origin="user"),)
    assert mine.verbs["criticize"][0].origin == "dyads"


def _code(
    senses: Sequence[Sense], particles: Iterable[str] = (), obj: str | None = None,
    mods: Iterable[str] = (),
) -> str | None:  # fmt: skip
    """The code the event coder's sense choice gives (event_lexicon.yaml's header: senses in
    order, the first whose particle / modifiers / object hold; the last one's code if only its
    object fails)."""
    particles, mods = set(particles), set(mods)
    for n, sense in enumerate(senses):
        if sense.particle and sense.particle not in particles:
            continue
        if sense.modifiers and not sense.modifiers & mods:
            continue
        if sense.objects:
            if obj in sense.objects:
                return sense.objects[obj]
            if n < len(senses) - 1:
                continue
        return sense.code
    return None


@pytest.mark.parametrize(
    ("table", "word", "particles", "obj", "mods", "code"),
    [
        ("nouns", "tariff", [], None, [], "163"),
        ("nouns", "duty", [], None, ["anti", "-", "dumping"], "163"),  # anti-dumping duties
        ("nouns", "duty", [], None, ["his", "official"], None),  # "his official duties"
        ("verbs", "summon", [], "ambassador", [], "114"),
        ("verbs", "summon", [], "witness", [], None),
        ("verbs", "order", ["out"], "ambassador", [], "161"),
        ("verbs", "order", ["out"], "troop", [], None),
        ("verbs", "kick", ["out"], "inspector", [], "1662"),
        ("verbs", "withhold", [], "aid", [], "162"),
        ("verbs", "delay", [], "delivery", [], "162"),  # "delaying an aid delivery"
        ("verbs", "shut", ["off"], "supply", [], "163"),  # "shut off gas supplies"
        ("nouns", "cannon", [], None, ["water"], "175"),
        ("nouns", "ban", [], None, ["import"], "163"),
        ("nouns", "ban", [], None, ["travel"], "172"),
        ("nouns", "freeze", [], None, ["asset"], "163"),
        ("nouns", "relief", [], None, ["humanitarian"], "073"),
        ("nouns", "relief", [], None, ["sanction"], "085"),
        ("nouns", "relief", [], None, ["great"], None),  # "to his great relief"
        ("nouns", "sale", [], None, ["arm"], "062"),
        ("nouns", "swap", [], None, ["prisoner"], "0841"),
        ("nouns", "armistice", [], None, [], "0871"),
        ("nouns", "march", [], None, ["democracy"], "1414"),
        ("nouns", "march", [], None, ["15"], None),  # "March 15" is a date
        ("verbs", "seek", [], "release", [], "0253"),
        ("verbs", "seek", [], "reelection", [], None),
        ("verbs", "rule", ["out"], "talk", [], "125"),
        ("verbs", "proclaim", [], "law", [], "1724"),  # "proclaimed martial law"
        ("verbs", "stop", [], "aid", [], "162"),
        ("nouns", "bomb", [], None, ["car"], "1832"),
        ("nouns", "shield", [], None, ["human"], "184"),
    ],
)
def test_news_vocabulary_codes(table, word, particles, obj, mods, code) -> None:  # type: ignore[no-untyped-def]
    senses = getattr(load_lexicon(), table)[word]
    assert _code(senses, particles, obj, mods) == code


def test_dictionary_section_keeps_constraints_and_drops_what_is_not_an_event() -> None:
    coverage = _raw(COVERAGE_PATH)["cameo_dict"]["verbs"]
    review = _Review.read(REVIEW)
    lex = load_lexicon()
    assert not (set(coverage) & (review.stop_verbs | review.modality_verbs))
    for word, value in coverage.items():
        for sense in lexicon_module._senses(word, value, "cameo-dict"):
            assert sense.code != "010", word
            assert all(len(o.split()) == 1 and "-" not in o for o in sense.objects), word
            if sense.code and not (sense.particle or sense.modifiers or sense.objects):
                assert word in {k.split("_")[0] for k in review.bare_keep}, word
    # WordNet block-mates without the block's event get no bare sense
    assert "die" not in lex.verbs and "inhabit" not in lex.verbs
    assert _code(lex.verbs["defeat"], obj="rival") is None  # FIGHT's 190 stays with the block
    assert _code(lex.verbs["defeat"], obj="motion") == "121"
    assert _code(lex.verbs["burn"], obj="effigy") == "141"  # the object decides
    assert _code(lex.verbs["burn"], obj="toast") is None
    assert COVERAGE_PATH.stat().st_size < 1_000_000


def _pattern(post: str, code: str, pre: str = "") -> Pattern:
    return Pattern(_TOKEN.findall(pre), _TOKEN.findall(post), code, None, 0)


@pytest.mark.parametrize(
    ("pre", "post", "code", "readings", "dropped"),
    [
        ("", "SANCTIONS", "163", [(None, "SANCTIONS", (), None, "163")], None),
        ("", "OUT VIEWS", "111", [("out", "VIEWS", (), None, "111")], None),
        ("", "(AGAINST +)", "113", [("against", None, ("against",), None, "113")], None),
        ("ETHNICALLY", "", "203", [(None, None, (), "ethnically", "203")], None),
        ("", "(BEFORE COURT)", "173", [], "prepositional object"),
        ("", "{HUMANITARIAN AID}", "073", [], "object with modifiers"),
        ("&MILITARY", "EXERCISES", "062", [], "constrains the subject"),
        ("", "(IN COURT)", ":173", [], "reversed code"),
        ("", "EXTRADITION", "1213", [(None, "EXTRADITION", (), None, "121")], "1213 -> 121"),
        ("", "WEBSITE", "176", [], "176 -> dropped"),
    ],
)
def test_pattern_conversion(pre, post, code, readings, dropped) -> None:  # type: ignore[no-untyped-def]
    review = _Review.read(REVIEW)
    drops: Counter[str] = Counter()
    got = list(convert(_pattern(post, code, pre), {}, review.particles, review.code_map, drops))
    assert got == readings
    assert (dropped is None and not drops) or any(dropped in reason for reason in drops)


@pytest.mark.skipif(not SOURCE.is_file(), reason="needs ../shared/eval/reference/phoenix")
def test_build_reproduces_the_committed_dictionary_section() -> None:
    lexicon, stats, drops = build(SOURCE)
    text = COVERAGE_PATH.read_text(encoding="utf-8")
    assert text[text.index(MARKER) :] == render(lexicon, stats, drops)


def test_root_sentences_name_each_root_once_with_sides_from_the_text() -> None:
    from event_root_sentences import MATERIAL_SENTENCES, ROOT_SENTENCES

    assert [s.root for s in ROOT_SENTENCES] == [f"{n:02d}" for n in range(1, 21)]
    for sentence in (*ROOT_SENTENCES, *MATERIAL_SENTENCES):
        assert sentence.code in all_codes(), sentence
        assert sentence.source in sentence.text and sentence.target in sentence.text, sentence
