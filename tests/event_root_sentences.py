"""Sentences written by the project, one per CAMEO root (01-20), and the material-action
vocabulary of news, each with the sides and code a careful coder gives it.

Data only: no test here asserts pipeline output. The events tests can run these through the
pipeline (``from event_root_sentences import ROOT_SENTENCES``). ``source`` / ``target`` are the
side's text as written in the sentence; ``symmetric`` marks events coded both ways; ``code`` is
the most specific CAMEO code the sentence supports (``root`` is its first two digits).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MATERIAL_SENTENCES", "ROOT_SENTENCES", "CodedSentence"]


@dataclass(frozen=True)
class CodedSentence:
    text: str
    source: str
    target: str
    code: str
    symmetric: bool = False

    @property
    def root(self) -> str:
        return self.code[:2]


ROOT_SENTENCES: tuple[CodedSentence, ...] = (
    CodedSentence(
        "Indonesia offered condolences to Turkey after the earthquake.",
        "Indonesia",
        "Turkey",
        "018",
    ),
    CodedSentence(
        "Lebanon appealed to France for emergency fuel supplies.", "Lebanon", "France", "023"
    ),
    CodedSentence("Seoul offered to send medical teams to Ukraine.", "Seoul", "Ukraine", "0333"),
    CodedSentence(
        "Vietnam and the Philippines held talks on maritime security.",
        "Vietnam",
        "the Philippines",
        "046",
        symmetric=True,
    ),
    # an agreement signed "with" a partner is the subject's act: one way since session 28
    CodedSentence("Ghana signed a trade agreement with Nigeria.", "Ghana", "Nigeria", "057"),
    CodedSentence(
        "Poland and Lithuania began a joint military exercise near the border.",
        "Poland",
        "Lithuania",
        "062",
        symmetric=True,
    ),
    CodedSentence("Norway sent humanitarian aid to Sudan.", "Norway", "Sudan", "073"),
    CodedSentence(
        "Azerbaijan released six Armenian prisoners of war.",
        "Azerbaijan",
        "Armenian prisoners",
        "0841",
    ),
    CodedSentence(
        "Dutch prosecutors opened an investigation into a Russian shipping firm.",
        "Dutch prosecutors",
        "a Russian shipping firm",
        "091",
    ),
    CodedSentence(
        "Serbia demanded the withdrawal of Kosovo police from the north.",
        "Serbia",
        "Kosovo police",
        "106",
    ),
    CodedSentence(
        "Hungary's foreign minister accused Ukraine of violating minority rights.",
        "Hungary's foreign minister",
        "Ukraine",
        "1122",
    ),
    CodedSentence(
        "Egypt rejected Ethiopia's offer of talks on the dam.", "Egypt", "Ethiopia", "125"
    ),
    CodedSentence(
        "North Korea threatened to strike American bases on Guam.",
        "North Korea",
        "American bases",
        "1384",
    ),
    CodedSentence(
        "Polish farmers blocked roads to protest against the European Commission's trade policy.",
        "Polish farmers",
        "European Commission",
        "1442",
    ),
    CodedSentence(
        "India deployed additional troops along its border with China.", "India", "China", "154"
    ),
    CodedSentence(
        "Mexico suspended diplomatic relations with Ecuador.", "Mexico", "Ecuador", "161"
    ),
    CodedSentence(
        "Iranian forces seized a Greek oil tanker in the Gulf.",
        "Iranian forces",
        "a Greek oil tanker",
        "1711",
    ),
    CodedSentence(
        "Boko Haram militants kidnapped two Italian engineers in northern Nigeria.",
        "Boko Haram militants",
        "two Italian engineers",
        "181",
    ),
    CodedSentence(
        "Israeli aircraft struck targets in southern Lebanon.",
        "Israeli aircraft",
        "southern Lebanon",
        "195",
    ),
    CodedSentence(
        "Rwandan militia fighters massacred dozens of Congolese villagers in Ituri.",
        "Rwandan militia fighters",
        "Congolese villagers",
        "202",
    ),
)

MATERIAL_SENTENCES: tuple[CodedSentence, ...] = (
    CodedSentence(
        "Washington imposed 25 percent tariffs on Mexican steel.",
        "Washington",
        "Mexican steel",
        "163",
    ),
    CodedSentence(
        "The EU imposed anti-dumping duties on Chinese bicycles.",
        "The EU",
        "Chinese bicycles",
        "163",
    ),
    CodedSentence("Pakistan banned imports from India.", "Pakistan", "India", "163"),
    CodedSentence("Moscow cut off gas supplies to Bulgaria.", "Moscow", "Bulgaria", "163"),
    CodedSentence(
        "Turkey summoned the Swedish ambassador over the protest.",
        "Turkey",
        "the Swedish ambassador",
        "114",
    ),
    CodedSentence(
        "Moscow ordered the Estonian ambassador out.", "Moscow", "the Estonian ambassador", "161"
    ),
    CodedSentence("Beijing recalled its ambassador from Lithuania.", "Beijing", "Lithuania", "161"),
    CodedSentence(
        "Russia closed the Polish consulate in Smolensk.", "Russia", "the Polish consulate", "161"
    ),
    CodedSentence("Congress withheld military aid from Kyiv.", "Congress", "Kyiv", "1622"),
    CodedSentence(
        "The Pakistani army delayed an aid delivery to Afghanistan.",
        "The Pakistani army",
        "Afghanistan",
        "162",
    ),
    CodedSentence(
        "The Chinese coast guard fired water cannon at a Philippine supply boat.",
        "The Chinese coast guard",
        "a Philippine supply boat",
        "175",
    ),
    CodedSentence("Sweden extradited a Turkish citizen to Ankara.", "Sweden", "Ankara", "063"),
    CodedSentence("Germany deported 28 Afghans to Kabul.", "Germany", "28 Afghans", "174"),
    CodedSentence(
        "Ukraine and Russia swapped 90 prisoners of war.",
        "Ukraine",
        "Russia",
        "0841",
        symmetric=True,
    ),
    CodedSentence(
        "Yemen's Houthi rebels shot down an American drone over the Red Sea.",
        "Yemen's Houthi rebels",
        "an American drone",
        "190",
    ),
)
