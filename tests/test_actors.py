"""Actor rules on short sentences: ruler, titles, appositions, metonyms, groups, coreference."""

from __future__ import annotations

import pytest

from dyads.actors import add_actor_ruler, find_mentions
from dyads.actors.gazetteer import load_gazetteer
from dyads.actors.ruler import RULER_NAME
from dyads.records import Mention


@pytest.fixture(scope="module")
def parse(nlp):
    add_actor_ruler(nlp)

    def run(text: str, **kwargs) -> list[Mention]:
        return find_mentions(nlp(text), **kwargs)

    return run


def at(mentions: list[Mention], text: str, nth: int = 0) -> Mention:
    found = [m for m in mentions if m.text == text]
    assert len(found) > nth, (text, [m.text for m in mentions])
    return found[nth]


def test_ruler_is_idempotent_and_before_ner(nlp) -> None:
    add_actor_ruler(nlp)
    add_actor_ruler(nlp)
    names = nlp.pipe_names
    assert names.count(RULER_NAME) == 1
    assert names.index(RULER_NAME) < names.index("ner")


def test_ruler_fixes_model_labels(nlp) -> None:
    add_actor_ruler(nlp)
    doc = nlp("YEREVAN (Reuters) — Azerbaijani officials met Armenia's envoy.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels["YEREVAN"] == "GPE"
    assert labels["Azerbaijani"] == "NORP"
    assert labels["Armenia"] == "GPE"


def test_gazetteer_covers_every_iso_country() -> None:
    import pycountry

    gaz = load_gazetteer()
    assert all(c.alpha_3 in gaz.countries for c in pycountry.countries)
    assert gaz.lookup("Armenians").kind == "plural"
    assert gaz.lookup("Azerbaijani").country == "AZE"
    assert gaz.lookup("Moscow").capital


def test_title_and_nationality(parse) -> None:
    m = at(
        parse("Russian Foreign Minister Sergei Lavrov arrived on Monday."),
        "Russian Foreign Minister Sergei Lavrov",
    )
    assert (m.actor, m.code, m.country, m.sector, m.role, m.kind) == (
        "Sergei Lavrov",
        "RUSGOV",
        "RUS",
        "GOV",
        "Foreign Minister",
        "person",
    )


def test_title_without_nationality_takes_the_dateline_country(parse) -> None:
    text = "TBILISI (AP) — Prime Minister Irakli Kobakhidze said on Monday that talks will resume."
    m = at(parse(text), "Prime Minister Irakli Kobakhidze")
    assert m.code == "GEOGOV" and m.role == "Prime Minister"


def test_apposition_gives_organisation(parse) -> None:
    text = "Jens Stoltenberg, the NATO secretary general, told reporters the talks went well."
    m = at(parse(text), "Jens Stoltenberg")
    assert m.code == "IGOWSTNAT" and m.country is None and m.role == "NATO secretary general"


def test_metonyms(parse) -> None:
    mentions = parse(
        "The Kremlin rejected the claim, while Downing Street and Beijing said nothing."
    )
    assert at(mentions, "Kremlin").code == "RUSGOV"
    assert at(mentions, "Downing Street").code == "GBRGOV"
    assert at(mentions, "Beijing").code == "CHNGOV"
    located = parse("The talks were held in Beijing.")
    place = at(located, "Beijing")
    assert (place.code, place.country) == (None, "CHN")  # where, not who: a place, no code


def test_demonyms_singular_and_plural(parse) -> None:
    mentions = parse("Armenians protested as Azerbaijani troops advanced.")
    plural = at(mentions, "Armenians")
    assert (plural.code, plural.kind) == ("ARMCVL", "group")  # the country's people
    troops = at(mentions, "Azerbaijani troops")
    assert (troops.code, troops.kind, troops.actor) == ("AZEMIL", "group", "Azerbaijani military")


def test_groups_from_role_words(parse) -> None:
    mentions = parse("Georgian police detained opposition activists, and Russian rebels fled.")
    assert at(mentions, "Georgian police").code == "GEOCOP"
    assert at(mentions, "Russian rebels").code == "RUSREB"


def test_media_actor(parse) -> None:
    mentions = parse("The agency TASS and Reuters reported the meeting.")
    assert at(mentions, "TASS").code == "RUSMED"
    assert at(mentions, "Reuters").kind == "media"


def test_unnamed_official_of_an_organisation(parse) -> None:
    m = at(parse("A senior NATO official praised the reforms."), "NATO official")
    assert (m.actor, m.code, m.kind) == ("NATO", "IGOWSTNAT", "person")


def test_pronoun_coreference_prefers_previous_subject(parse) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov met German diplomats in Moscow. "
        "He said the talks were useful. Lavrov added that his country wants peace."
    )
    mentions = parse(text)
    he = at(mentions, "He")
    assert (he.actor, he.code, he.kind) == ("Sergei Lavrov", "RUSGOV", "person")
    assert at(mentions, "Lavrov").code == "RUSGOV"
    assert at(mentions, "his").actor == "Sergei Lavrov"
    assert at(mentions, "country").code == "RUS"


def test_they_goes_to_a_plural_group(parse) -> None:
    text = "Armenian opposition lawmakers criticized the deal. They argue it is unfair."
    they = at(parse(text), "They")
    assert they.code == "ARMLEG" and they.kind == "group"


def test_definite_descriptions(parse) -> None:
    text = (
        "Finland joined NATO in April. The alliance now borders Russia. "
        "Armenia held elections. The republic's army stayed neutral."
    )
    mentions = parse(text)
    assert at(mentions, "The alliance").code == "IGOWSTNAT"
    assert at(mentions, "The republic").actor == "Armenia"
    assert at(mentions, "army").code == "ARMMIL"


def test_possessor_gives_the_group_its_country(parse) -> None:
    text = (
        "Prime Minister Nikol Pashinyan spoke in Yerevan. Pashinyan's domestic opponents objected."
    )
    mentions = parse(text, dateline_place=None)
    opponents = at(mentions, "domestic opponents")
    assert opponents.code == "ARMOPP" and opponents.actor == "Armenian opposition"


def test_no_code_is_invented_for_an_unknown_person(parse) -> None:
    m = at(parse("John Smith said the weather was fine."), "John Smith")
    assert m.kind == "person" and m.code is None
