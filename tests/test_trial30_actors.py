"""A new user's trial, session 30 (three wire stories of its own): actor faults.

Each input (the sentence as the story has it, or its minimal form) and two paraphrases of our
own, beside guards for what was right.
"""

from __future__ import annotations

import pytest


def _codes(mentions, text: str) -> set[str | None]:
    return {m.code for m in mentions if m.text == text}


@pytest.fixture(scope="module")
def article_of(pipeline):
    """The whole pipeline's article for a wire story (headline, dateline, body)."""
    from dyads.records import RawDocument

    def run(text: str, published: str | None = None):
        return pipeline.process(RawDocument(source="test", content=text, published=published))

    return run


# "Kyrgyz and Tajik border troops exchanged gunfire": "Kyrgyz" was left uncoded, only TJKMIL.


@pytest.mark.parametrize(
    ("text", "first", "code"),
    [
        ("Kyrgyz and Tajik border troops exchanged gunfire on Sunday.", "Kyrgyz", "KGZMIL"),
        ("Israeli and Palestinian negotiators met in Cairo on Monday.", "Israeli", "ISRGOV"),
        ("Russian and Ukrainian officials held talks in Istanbul.", "Russian", "RUSGOV"),
    ],
)
def test_a_coordinated_demonym_is_a_side_of_its_own(mentions_of, text, first, code) -> None:
    assert code in _codes(mentions_of(text, "2024-11-04"), first)


def test_guard_three_demonyms_each_a_side(mentions_of) -> None:
    found = mentions_of("Kazakh, Kyrgyz and Tajik officials met in Almaty.", "2024-11-04")
    assert {"KAZGOV", "KGZGOV", "TJKGOV"} <= {m.code for m in found}


def test_guard_a_lone_demonym_is_unchanged(mentions_of) -> None:
    found = mentions_of("Tajik border troops fired on a post on Sunday.", "2024-11-04")
    assert [m.code for m in found if m.code] == ["TJKMIL"]


# The body after a blanked dateline: the parser ended a one-word sentence at "Kyrgyz", so the
# quotation began "and Tajik …" and "officials in both countries" went to one country.


@pytest.mark.parametrize(
    ("story", "first"),
    [
        (
            "BISHKEK, Nov 4 (Meridian News) - Kyrgyz and Tajik border troops exchanged gunfire "
            "on Sunday near a disputed village, officials in both countries said.",
            "Kyrgyz",
        ),
        (
            "YEREVAN, May 2 (Meridian News) - Armenian and Azerbaijani troops exchanged fire on "
            "Sunday near the border, officials in both countries said.",
            "Armenian",
        ),
        (
            "NEW DELHI, May 2 (Meridian News) - Indian and Pakistani troops traded fire on "
            "Sunday along the frontier, officials in both countries said.",
            "Indian",
        ),
    ],
)
def test_the_lead_after_a_dateline_keeps_its_first_word(article_of, story, first) -> None:
    article = article_of("Border clash\n\n" + story, "2024-11-04")
    quotes = [q for q in article.quotes if "exchanged" in q.content or "traded" in q.content]
    assert quotes and quotes[0].content.startswith(first)
    assert quotes[0].speaker is None or quotes[0].speaker.code is None
    assert any(m.text == first and m.code and m.code.endswith("MIL") for m in article.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed, officials in both countries said.",
        "Police on both sides were put on alert on Monday.",
        "Ministers of the two governments will meet next week.",
    ],
)
def test_a_role_in_both_countries_is_no_one_country_s(mentions_of, text) -> None:
    lead = "Kyrgyzstan and Tajikistan clashed on the border on Sunday. "
    found = mentions_of(lead + text, "2024-11-04")
    role = [m for m in found if m.span[0] >= len(lead) and m.kind == "group"]
    assert role and all(m.code is None for m in role)


# "European Trade Commissioner Valdis Dombrovskis": uncoded when dated, LVAGOV undated.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Santoso invited European Trade Commissioner Valdis Dombrovskis to Jakarta.",
            "Valdis Dombrovskis",
        ),
        ("He met European Trade Commissioner Cecilia Malmstrom in Brussels.", "Cecilia Malmstrom"),
        (
            "European Competition Commissioner Margrethe Vestager fined the company.",
            "Margrethe Vestager",
        ),
    ],
)
@pytest.mark.parametrize("published", ["2024-09-10", None])
def test_a_european_commissioner_is_the_commission_s(mentions_of, text, name, published) -> None:
    found = [m for m in mentions_of(text, published) if m.actor == name]
    assert found and all(m.code == "IGOEUREEC" for m in found)


def test_guard_european_diplomats_stay_no_one_s(mentions_of) -> None:
    found = mentions_of("European diplomats met in Kyiv on Monday.", "2024-09-10")
    assert "IGOEUREEC" not in {m.code for m in found}


# A cartel rank: "an alleged lieutenant of the Sinaloa cartel" was MEXMIL; "Sinaloa" (the
# cartel) a country mention.


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Guatemala extradites alleged Sinaloa cartel lieutenant to United States", "lieutenant"),
        ("Police in Mexico arrested a Sinaloa cartel lieutenant on Monday.", "lieutenant"),
        ("Soldiers in Mexico detained a Jalisco cartel lieutenant in Guadalajara.", "lieutenant"),
    ],
)
def test_a_cartel_rank_is_criminal(mentions_of, text, word) -> None:
    found = [m for m in mentions_of(text, "2025-02-19") if word in m.text]
    assert found and all(m.code != "MEXMIL" for m in found)
    assert any(m.code == "MEXCRM" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Guatemala extradited Hector Valdez Ruelas, an alleged lieutenant of the Sinaloa cartel.",
        "Police arrested two members of the Sinaloa cartel in Culiacan.",
        "He was an accountant for the Juarez cartel, prosecutors said.",
    ],
)
def test_a_place_naming_a_cartel_is_no_country(mentions_of, text) -> None:
    found = mentions_of(text, "2025-02-19")
    words = ("Sinaloa", "Juarez")
    assert not [m for m in found if m.text in words and m.kind == "country"]


@pytest.mark.parametrize(
    "headline",
    [
        "Indonesia slaps tariffs on European dairy as biodiesel row deepens",
        "Indonesia raises duties on EU dairy as the trade row deepens",
        "Jakarta hits European dairy as biodiesel dispute deepens",
    ],
)
def test_a_lower_case_word_is_no_name(article_of, headline) -> None:
    article = article_of(headline + "\n\nIndonesia imposed tariffs on Tuesday.", "2024-09-10")
    assert not [m for m in article.mentions if m.text.islower() and m.kind == "country"]


# 'Hector "El Gato" Valdez Ruelas', then "Valdez was arrested": the surname was never a
# mention.


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            'Guatemala on Wednesday extradited Mexican national Hector "El Gato" Valdez Ruelas, '
            "an alleged lieutenant of the Sinaloa cartel, to the United States. Valdez was "
            "arrested by Guatemalan police on Oct. 22.",
            "Valdez",
        ),
        (
            'Prosecutors said Ismael "El Mayo" Zambada was detained in Texas. Zambada denied '
            "the charges.",
            "Zambada",
        ),
        (
            'Police captured Jose "El Chapo" Guzman Loera in Mazatlan. Guzman was flown to '
            "Mexico City.",
            "Guzman",
        ),
    ],
)
def test_a_surname_after_a_name_with_a_nickname_is_that_person(mentions_of, text, surname):
    found = mentions_of(text, "2025-02-19")
    alone = [m for m in found if m.text == surname]
    assert alone and all(m.actor and surname in m.actor and '"' in m.actor for m in alone)


# Counsel: "his lawyers" coded MEXCVL from a Mexican's "his"; "Valdez's lawyer" MEXCRM.


@pytest.mark.parametrize(
    "text",
    [
        "Guatemala's Supreme Court approved his extradition in January, rejecting an appeal by "
        "his lawyers.",
        "The court turned down a request from his attorneys on Monday.",
        "Valdez's lawyer, Rodrigo Ochoa, said his client was innocent.",
    ],
)
def test_a_client_s_lawyers_take_not_his_country(mentions_of, text) -> None:
    lead = (
        "Guatemala on Wednesday extradited Mexican national Hector Valdez Ruelas, an alleged "
        "lieutenant of the Sinaloa cartel, to the United States. "
    )
    found = mentions_of(lead + text, "2025-02-19")
    counsel = [m for m in found if "lawyer" in m.text or "attorney" in m.text]
    counsel += [m for m in found if m.text == "Rodrigo Ochoa" or m.actor == "Rodrigo Ochoa"]
    assert counsel and all(m.code is None or not m.code.startswith("MEX") for m in counsel)


def test_guard_a_country_s_lawyers_stay_its(mentions_of) -> None:
    found = mentions_of("Mexican lawyers protested outside the court.", "2025-02-19")
    assert any(m.code and m.code.startswith("MEX") for m in found)


# "him" of "The Justice Department accuses him" went to "a federal judge" of the sentence
# before, not the man the story is about.


@pytest.mark.parametrize(
    "verb",
    ["accuses him of shipping", "charged him with shipping", "says he oversaw the shipping of"],
)
def test_him_is_the_extradited_man(article_of, verb) -> None:
    story = (
        "Guatemala extradites cartel figure\n\n"
        "GUATEMALA CITY, 19 February 2025 (Meridian News) - Guatemala on Wednesday extradited "
        'Mexican national Hector "El Gato" Valdez Ruelas, an alleged lieutenant of the Sinaloa '
        "cartel, to the United States.\n\n"
        "U.S. Attorney General Pam Bondi said Valdez would appear before a federal judge in San "
        f"Diego on Thursday. The Justice Department {verb} at least 30 tonnes of cocaine."
    )
    article = article_of(story)
    pronouns = [m for m in article.mentions if m.text in ("him", "he")]
    assert pronouns and all(m.code != "USAJUD" for m in pronouns)


# "according to the Interior Ministry" after "sent 14 people to the United States": USAGOV,
# where the story had named Guatemala's.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Guatemala's Interior Minister Francisco Jimenez welcomed the ruling. Valdez's lawyer "
            "said his client was tortured, an allegation the Interior Ministry rejected. Guatemala "
            "has sent 14 people to the United States for trial since 2024, according to the "
            "Interior Ministry.",
            "GTMGOV",
        ),
        (
            "Honduran Security Minister Gustavo Sanchez praised the police. The suspect's family "
            "said he was beaten, a claim the Security Ministry denied. Honduras has sent nine "
            "suspects to the United States since 2022, according to the Security Ministry.",
            "HNDGOV",
        ),
        (
            "Mexico's Foreign Minister Juan Ramon de la Fuente spoke on Monday. Relatives said "
            "the men were innocent, which the Foreign Ministry disputed. Mexico has returned 20 "
            "fugitives to the United States this year, according to the Foreign Ministry.",
            "MEXGOV",
        ),
    ],
)
def test_a_destination_is_not_the_scene_of_a_ministry(mentions_of, text, code) -> None:
    found = [m for m in mentions_of(text, "2025-02-19") if "Ministry" in m.text]
    assert found and found[-1].code in (code, None)
    assert not [m for m in found if (m.code or "").startswith("USA")]


# "Dairy exporters in France and the Netherlands urged Brussels to negotiate": NLD 020, and
# "Marc Dupont, head of the French dairy federation" FRAGOV.


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Dairy exporters in France and the Netherlands urged Brussels to negotiate.",
            {"FRABUS", "NLDBUS"},
        ),
        ("Farmers in Poland and Hungary urged Brussels to act.", {"POLAGR", "HUNAGR"}),
        ("Car makers in Germany urged Washington to drop the tariffs.", {"DEUBUS"}),
    ],
)
def test_a_group_placed_in_countries_is_theirs_of_its_sector(mentions_of, text, codes) -> None:
    found = {m.code for m in mentions_of(text, "2024-09-10")}
    assert codes <= found
    assert not {c for c in found if c in ("FRA", "NLD", "POL", "HUN", "DEU")}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            '"A tariff war helps nobody," said Marc Dupont, head of the French dairy federation.',
            "Marc Dupont",
            "FRABUS",
        ),
        (
            "Jan Smit, chairman of the Dutch dairy association, said prices would fall.",
            "Jan Smit",
            "NLDBUS",
        ),
        (
            "Hans Weber, head of the German steel workers association, said jobs were at risk.",
            "Hans Weber",
            "DEULAB",
        ),
    ],
)
def test_the_head_of_a_trade_federation_is_not_the_state(mentions_of, text, name, code) -> None:
    found = [m for m in mentions_of(text, "2024-09-10") if m.actor == name]
    assert found and found[0].code == code


def test_guard_a_federation_without_a_trade_is_not_the_state(mentions_of) -> None:
    text = "Pierre Martin, president of the French football federation, resigned on Monday."
    found = [m for m in mentions_of(text, "2024-09-10") if m.actor == "Pierre Martin"]
    assert found and not (found[0].code or "").endswith("GOV")


def test_guard_a_country_owning_the_place_moved_from_still_sets_the_scene(mentions_of) -> None:
    text = (
        "The president would take the armed forces from Mexico's streets. He has called for "
        "the gradual removal of military troops."
    )
    found = [m for m in mentions_of(text, "2013-01-10") if m.text == "military troops"]
    assert found and found[0].code == "MEXMIL"
