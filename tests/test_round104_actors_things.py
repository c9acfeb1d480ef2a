"""Round 104 (blind audit): ideas, ground and outlets named as actors, each input with two
paraphrases of our own.

* "face justice in Brazil": a bare lower-case "justice" is the idea (BRAJUD);
* "the administration of citizen security": management, not a government (VENGOV);
* "Muslims of the West": a region as a people's homeland or after a locative (WST);
* "Cairo itself made this clear": a capital with an emphatic "itself" is the city (EGYGOV);
* "the South China Morning Post" is Hong Kong's paper, not "China Morning Post" (CHNMED).
"""

from __future__ import annotations

import pytest

DAY = "2016-01-02"


def _pairs(mentions) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in mentions]


def _coded(mentions_of, text: str, word: str, day: str = DAY) -> list[str | None]:
    mentions = mentions_of(text, day)
    found = [m.code for m in mentions if m.text == word]
    assert found, _pairs(mentions)
    return found


def _all_uncoded(mentions_of, text: str, word: str, day: str = DAY) -> bool:
    mentions = mentions_of(text, day)
    return not [m for m in mentions if word in m.text and m.code]


@pytest.mark.parametrize(
    "text",
    [
        "SENAD chief Luis Rojas said the men would face justice in Brazil and were due to be "
        '"expelled," rather than deported, reported Ultima Hora.',
        "The suspects fled to avoid justice in Colombia.",
        "Prosecutors vowed to bring the killers to justice in Mexico.",
    ],
)
def test_bare_justice_is_the_idea(mentions_of, text) -> None:
    assert _all_uncoded(mentions_of, text, "justice"), _pairs(mentions_of(text, DAY))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The men were handed over to Brazilian justice.", "BRAJUD"),
        ("Brazil's Supreme Court met. The justice said the law was clear.", None),
    ],
)
def test_a_courts_justice_stays(mentions_of, text, code) -> None:
    mentions = mentions_of(text, DAY)
    found = [m for m in mentions if "justice" in m.text]
    assert found, _pairs(mentions)
    if code:
        assert found[0].code == code, _pairs(mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Do People in Venezuela Support Civilian or Military Policing? Since our last article "
        "there have been significant changes in the administration of citizen security in "
        "Venezuela.",
        "The administration of Venezuela's prisons is chaotic.",
        "The administration of justice in Mexico is slow.",
    ],
)
def test_the_administration_of_a_thing_is_management(mentions_of, text) -> None:
    assert _all_uncoded(mentions_of, text, "administration"), _pairs(mentions_of(text, DAY))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Obama administration rejected the plan.", "USAGOV"),
        ("Venezuela is in crisis. The administration of the country rejected the plan.", "VENGOV"),
    ],
)
def test_an_administration_that_governs_stays(mentions_of, text, code) -> None:
    assert _coded(mentions_of, text, "administration") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Awlaki is shown lecturing: “Muslims of the West, take heed and learn from the lessons "
        "of history.”",
        "Christians of the West must act, the preacher said.",
        "Extremism is rising in the West, the report says.",
    ],
)
def test_the_west_as_homeland_or_ground_is_no_actor(mentions_of, text) -> None:
    assert _coded(mentions_of, text, "the West") == [None]


@pytest.mark.parametrize(
    "text", ["Russia warned the West on Monday.", "Tensions between Russia and the West grew."]
)
def test_the_west_that_acts_stays(mentions_of, text) -> None:
    assert _coded(mentions_of, text, "the West") == ["WST"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Cairo itself made this clear: just months after Barack Obama and Hillary Clinton "
         "declared a new beginning, rebels removed Hosni Mubarak from office.", "Cairo"),
        ("Even Cairo itself was burning.", "Cairo"),
        ("Baghdad itself became a battlefield in 2006.", "Baghdad"),
    ],
)  # fmt: skip
def test_a_capital_itself_is_the_city(mentions_of, text, city) -> None:
    mentions = mentions_of(text, "2016-06-20")
    found = [m for m in mentions if m.text in (city, "itself")]
    assert len(found) == 2 and all(m.code is None for m in found), _pairs(mentions)


def test_a_capital_itself_that_admits_stays(mentions_of) -> None:
    assert _coded(mentions_of, "Moscow itself admitted the error.", "Moscow") == ["RUSGOV"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Organized crime groups have effectively circumvented initial controls," one United '
         "Nations expert told the South China Morning Post last year.",
         "South China Morning Post"),
        ("The SCMP reported on Monday that the plan failed.", "SCMP"),
        ("According to the South China Morning Post, Beijing will act.",
         "South China Morning Post"),
    ],
)  # fmt: skip
def test_the_south_china_morning_post_is_hong_kongs(mentions_of, text, name) -> None:
    assert _coded(mentions_of, text, name) == ["HKGMED"]


@pytest.mark.parametrize(
    "text",
    [
        "Two police officers were arrested, La Prensa reported. However, the dismantled "
        "network's alleged ties to a small-town mayor are worrying.",
        "The raid was first reported by La Prensa. The criminal network's leaders fled.",
        "El Faro published the story. The smuggling network's routes cross Guatemala.",
    ],
)
def test_a_networks_possessive_is_no_outlet_unless_of_a_newsroom(mentions_of, text) -> None:
    mentions = mentions_of(text, "2015-10-01")
    assert not [m for m in mentions if "network" in m.text and m.code], _pairs(mentions)


def test_a_networks_anchor_is_the_outlets(mentions_of) -> None:
    text = "CNN interviewed the senator. The network's anchor pressed him on the vote."
    mentions = mentions_of(text, "2016-04-20")
    assert [m.code for m in mentions if "network" in m.text] == ["USAMED"], _pairs(mentions)
