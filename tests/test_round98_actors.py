"""Actor kinds of a new user's trial (a Congo/M23 conflict story) and of the blind audit of
round 98; each kind, the input, two paraphrases of our own, and a guard for the reading the
rule must keep.

* armed groups outside the state are in the gazetteer (``metonyms.csv``: M23, the ADF, the
  RSF, Houthi, AQAP, JNIM, Wagner …), and their fighters, commanders and spokesmen take the
  group's code, not the army's or Phoenix's UAF (:func:`dyads.actors.groups._owner_sector`);
* a name two actors bear is read by the article (``shared_names.yaml``,
  :mod:`dyads.actors.shared_names`): "Congo" is Kinshasa's unless the article says
  Brazzaville, "RSF" the Rapid Support Forces in Sudan's war;
* peacekeepers are the international body's that sends them, never the host country's
  (:mod:`dyads.actors.peacekeepers`; MONUSCO and the UN missions in ``igos.yaml``);
* a bare "ministry spokesman" is of the ministry the text just named
  (:mod:`dyads.actors.ministries`);
* an anonymous "White House official" is that, not "United States"
  (:func:`dyads.actors.groups.group_name`).
"""

from __future__ import annotations

from typing import Any

import pytest

DAY = "2024-02-03"


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


# -- armed groups outside the state ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Qatar mediated talks between Congo and the M23 rebels.", "M23 rebels", "CODREB"),
        ("Angola hosted talks between Kinshasa and the M23 on Friday.", "M23", "CODREB"),
        ("Congolese troops arrested three M23 fighters near Goma.", "M23 fighters", "CODREB"),
        (
            "An M23 spokesman denied that the group had shelled Sake, near Goma.",
            "M23 spokesman",
            "CODREB",
        ),
        ("The EU sanctioned two M23 commanders in Congo last month.", "M23 commanders", "CODREB"),
        ("Sudan's army bombed RSF positions in Khartoum.", "RSF", "SDNUAF"),
        ("The RSF shelled El Fasher again, the Sudanese army said.", "RSF", "SDNUAF"),
        ("Houthi rebels attacked a cargo ship in the Red Sea.", "Houthi rebels", "YEMREB"),
        ("Houthi fighters seized the crew of the ship.", "Houthi fighters", "YEMREB"),
        ("Hamas gunmen opened fire on the convoy.", "Hamas gunmen", "PSEREB"),
        ("AQAP claimed the attack on the base in Yemen.", "AQAP", "YEMREB"),
        ("JNIM fighters ambushed a convoy in central Mali.", "JNIM fighters", "MLIREB"),
        (
            "Tigray People's Liberation Front forces withdrew.",
            "Tigray People's Liberation Front forces",
            "ETHREB",
        ),
        ("The Arakan Army seized a town in Rakhine state.", "Arakan Army", "MMRREB"),
        ("Wagner fighters guarded the gold mine in Mali.", "Wagner fighters", "RUSUAF"),
        (
            "SDF fighters clashed with Turkish-backed forces near Raqqa, in Syria.",
            "SDF fighters",
            "SYRREB",
        ),
    ],
)
def test_armed_groups_are_coded(mentions_of: Any, text: str, mention: str, code: str) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_reporters_without_borders_stays_outside_sudan(mentions_of: Any) -> None:
    """Guard: "RSF" in a press-freedom story is Reporters Without Borders."""
    found = mentions_of("RSF said two journalists were jailed in Turkey last week.", DAY)
    assert _codes(found, "RSF") == ["NGOHRIRWB"]


def test_the_m23_motorway_is_no_group(mentions_of: Any) -> None:
    """Guard: "the M23" with no cue of Congo's war is the road south of London."""
    found = mentions_of("Traffic on the M23 was held up for hours near Crawley.", DAY)
    assert all(m.code != "CODREB" for m in found)


def test_wagner_the_composer_is_no_group(mentions_of: Any) -> None:
    """Guard: "Wagner" with no cue of the group's wars is no Russian group."""
    found = mentions_of("The orchestra played Wagner in Berlin on Sunday evening.", DAY)
    assert all(m.code != "RUSUAF" for m in found)


def test_a_group_s_government_stays_the_state_reading(mentions_of: Any) -> None:
    """Guard: the troops of a state beside a group keep the state's code."""
    found = mentions_of("Congolese troops and M23 fighters clashed near Goma.", DAY)
    assert _codes(found, "Congolese troops") == ["CODMIL"]


# -- "Congo" follows the article ----------------------------------------------------------
GOMA = (
    "GOMA, Democratic Republic of Congo, Feb 3 (Example News) - M23 rebels attacked an army "
    "post north of Goma on Sunday, the Congolese army said. Congo's government accused Rwanda "
    "of backing the rebels. The army launched a counter-offensive on Wednesday."
)


def test_congo_in_a_goma_story_is_the_democratic_republic(mentions_of: Any) -> None:
    found = mentions_of(GOMA, DAY)
    assert _codes(found, "Congo's government") == ["CODGOV"]
    assert _codes(found, "army") == ["CODMIL"]


@pytest.mark.parametrize(
    "text",
    [
        "Congo's government accused Rwanda of arming the rebels in North Kivu.",
        "Rebels advanced on Goma. Congo's government said it would not negotiate.",
    ],
)
def test_congo_alone_is_the_democratic_republic(mentions_of: Any, text: str) -> None:
    assert _codes(mentions_of(text, DAY), "Congo's government") == ["CODGOV"]


def test_congo_in_a_brazzaville_story_is_the_republic(mentions_of: Any) -> None:
    """Guard: an article that says Brazzaville means the Republic of the Congo."""
    text = "Congo's government said in Brazzaville that the election would be held in March."
    assert _codes(mentions_of(text, DAY), "Congo's government") == ["COGGOV"]


# -- peacekeepers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The United Nations is sending 500 more peacekeepers to eastern Congo.",
            "more peacekeepers",
            "IGOUNO",
        ),
        (
            "More peacekeepers were deployed by the African Union to Somalia.",
            "More peacekeepers",
            "IGOAFRAFU",
        ),
        ("The UN said it would send extra peacekeepers to Goma.", "extra peacekeepers", "IGOUNO"),
        ("MONUSCO said its bases near Goma had been shelled.", "MONUSCO", "IGOUNO"),
        (
            "The UN peacekeeping mission said the town had fallen.",
            "UN peacekeeping mission",
            "IGOUNO",
        ),
    ],
)
def test_peacekeepers_are_the_sender_s(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_peacekeepers_are_never_the_host_s(mentions_of: Any) -> None:
    found = mentions_of(GOMA + " Peacekeepers patrolled the streets of Goma.", DAY)
    assert _codes(found, "Peacekeepers") == [None]


def test_peacekeepers_of_a_named_country_keep_it(mentions_of: Any) -> None:
    """Guard: "Indian peacekeepers" are India's soldiers."""
    found = mentions_of("Indian peacekeepers arrived in South Sudan on Monday.", DAY)
    assert _codes(found, "Indian peacekeepers") == ["INDMIL"]


# -- a bare ministry's people -----------------------------------------------------------------
EXPULSIONS = (
    "VILNIUS, Lithuania (Example News) - Lithuania expelled two Belarusian diplomats on Monday, "
    "the Lithuanian government said. Vilnius accused them of spying. Belarus's foreign ministry "
    "called the move a provocation. A ministry spokesman added that Minsk would respond."
)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (EXPULSIONS, "ministry spokesman", "BLRGOV"),
        (
            "WARSAW (Example News) - Poland closed a border crossing with Belarus on Friday, "
            "Polish officials said. Warsaw cited security concerns. Belarus's interior ministry "
            "denied any wrongdoing. A ministry spokeswoman said the claims were false.",
            "ministry spokeswoman",
            "BLRGOV",
        ),
        (
            "RIGA (Example News) - Latvia summoned Russia's envoy on Tuesday. The Russian "
            "Foreign Ministry said Riga was stoking tension, and a ministry spokesperson "
            "called the summons theatre.",
            "ministry spokesperson",
            "RUSGOV",
        ),
    ],
)
def test_a_ministry_spokesman_is_the_named_ministry_s(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_a_ministry_spokesman_after_the_story_s_own_ministry(mentions_of: Any) -> None:
    """Guard: the spokesman of the story's own ministry keeps its country."""
    text = (
        "VILNIUS, Lithuania (Example News) - Lithuania expelled two Belarusian diplomats. "
        "Lithuania's foreign ministry said they had been spying. A ministry spokesman added "
        "that more expulsions could follow."
    )
    assert _codes(mentions_of(text, DAY), "ministry spokesman") == ["LTUGOV"]


# -- anonymous officials of a body --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "actor", "code"),
    [
        (
            "A senior White House official said the talks would resume.",
            "White House official",
            "White House official",
            "USAGOV",
        ),
        (
            "An anonymous White House official told reporters the deal was close.",
            "White House official",
            "White House official",
            "USAGOV",
        ),
        (
            "A Kremlin official said Moscow had not been consulted.",
            "Kremlin official",
            "Kremlin official",
            "RUSGOV",
        ),
    ],
)
def test_an_anonymous_official_is_no_country(
    mentions_of: Any, text: str, mention: str, actor: str, code: str
) -> None:
    found = [m for m in mentions_of(text, DAY) if m.text == mention]
    assert [(m.actor, m.code) for m in found] == [(actor, code)]


def test_an_administration_official_is_that_official(mentions_of: Any) -> None:
    found = mentions_of("A senior administration official said Iran had not replied.", DAY)
    assert [m.actor for m in found if m.text == "senior administration official"] == [
        "senior administration official"
    ]


def test_the_white_house_itself_stays_the_country(mentions_of: Any) -> None:
    """Guard: "the White House said" is the US government as before."""
    found = mentions_of("The White House said the talks would resume.", DAY)
    assert [(m.actor, m.code) for m in found if m.text == "White House"] == [
        ("United States", "USAGOV")
    ]


# -- blind audit, round 98: a country named only as a place, topic or team ----------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The cigarettes then leave Belize by land over the border with Guatemala or "
            "Mexico, in vans packed with merchandise.",
            "Mexico",
        ),
        ("Trucks crossed the frontier with Honduras or Nicaragua at night.", "Nicaragua"),
        (
            "There are indications that Belize plays a significant role in the regional "
            "contraband cigarette trade.",
            "Belize",
        ),
        ("Belize's prominent role in the contraband trade is enhanced by its borders.", "Belize"),
        ("Panama plays a key role in the cocaine trafficking of the region.", "Panama"),
        ("We should not act undecided when the people of America have spoken.", "America"),
        ("The citizens of Mexico deserve better, she said.", "Mexico"),
        ("He warned about an America in decline.", "America"),
        ("She spoke of a Mexico without cartels.", "Mexico"),
        ("The lack of substantive political debate about Syria is striking.", "Syria"),
        ("There has been little discussion on Venezuela in the campaign.", "Venezuela"),
        (
            "The spot will air during the final of the Copa America soccer tournament "
            "between Argentina and Chile.",
            "Chile",
        ),
        ("Millions watched the match between Brazil and Germany.", "Germany"),
    ],
)
def test_a_country_named_only_as_a_place_is_no_actor(
    mentions_of: Any, text: str, mention: str
) -> None:
    codes = _codes(mentions_of(text, "2016-07-27"), mention)
    assert codes and all(code is None for code in codes)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Belize decided to close its border with Guatemala.", "Belize", "BLZ"),
        ("Mexico allowed the migrants to enter.", "Mexico", "MEX"),
        ("Guatemala received aid from Taiwan last year.", "Guatemala", "GTM"),
        ("Mexico plays a key role in the peace talks.", "Mexico", "MEX"),
        ("Argentina and Chile signed a border treaty.", "Chile", "CHL"),
        ("Talks between Argentina and Chile resumed on Monday.", "Chile", "CHL"),
    ],
)
def test_a_country_that_acts_stays_an_actor(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    """Guards: a country that decides, allows, receives, plays a role in talks, signs."""
    assert code in _codes(mentions_of(text, "2016-07-27"), mention)


# -- blind audit, round 98: pronouns ------------------------------------------------------
def _pronoun_codes(found: list[Any], word: str) -> list[str | None]:
    return [m.code for m in found if m.text.lower() == word]


@pytest.mark.parametrize(
    "text",
    [
        "At the end of January, the Venezuelan government announced an initiative called "
        '"Intelligent Patrolling." It divides hot spot municipalities into quadrants.',
        'The Mexican government launched a program named "Safe Schools." It pays guards to '
        "watch school gates.",
        'Colombia\'s army unveiled a plan dubbed "Operation Sword." It targets coca crops.',
    ],
)
def test_it_after_a_named_initiative_is_the_initiative(mentions_of: Any, text: str) -> None:
    assert not [c for c in _pronoun_codes(mentions_of(text, "2016-07-27"), "it") if c]


def test_it_after_a_plain_object_stays_the_subject(mentions_of: Any) -> None:
    """Guard: "announced new measures. It said …" is still the government."""
    text = "The Venezuelan government announced new measures on Monday. It said crime had fallen."
    assert _pronoun_codes(mentions_of(text, "2016-07-27"), "it") == ["VENGOV"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Mexican Interior Minister Alexandro Poire confirmed that Mexican Federal Police "
            "attacked a diplomatic vehicle with CIA personnel inside because they may have "
            "mistook the occupants for criminals.",
            "MEXCOP",
        ),
        (
            "Mexican soldiers fired on a truck carrying US agents because they believed it "
            "belonged to the cartel.",
            "MEXMIL",
        ),
        (
            "Colombian police raided a house with DEA agents inside because they had mistaken "
            "it for a hideout.",
            "COLCOP",
        ),
    ],
)
def test_they_of_a_because_clause_is_the_main_subject(
    mentions_of: Any, text: str, code: str
) -> None:
    assert _pronoun_codes(mentions_of(text, "2016-07-27"), "they") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "The Urabenos grew fast. However, Don Mario said he had only done so because Castano "
        "told him that Diego Murillo planned to kill them.",
        "The Zetas expanded. Later, Pedro Lopez said that Juan Perez had warned him that a "
        "rival planned to kill them.",
        "The Sinaloa Cartel grew. Then Joaquin Guzman told Ismael Zambada that the police "
        "were hunting them.",
    ],
)
def test_them_after_two_people_is_not_a_group_before(mentions_of: Any, text: str) -> None:
    assert not [c for c in _pronoun_codes(mentions_of(text, "2016-07-27"), "them") if c]


def test_them_of_a_group_in_its_sentence_stays(mentions_of: Any) -> None:
    """Guard: a group's own "them" in its sentence keeps the group."""
    text = "The Urabenos grew fast. The gang's leaders said rivals planned to kill them."
    assert _pronoun_codes(mentions_of(text, "2016-07-27"), "them") == ["COLCRM"]


@pytest.mark.parametrize(
    "text",
    [
        "US officials praised Colombia's eradication policy, but the data have left more than "
        "one researcher scratching their head.",
        "Mexican officials praised the reform, but it left every analyst shaking their head.",
        "Colombian officials cited the figures, though each expert had their doubts.",
    ],
)
def test_their_after_a_distributive_noun_is_that_noun_s(mentions_of: Any, text: str) -> None:
    assert not [c for c in _pronoun_codes(mentions_of(text, "2016-07-27"), "their") if c]


def test_their_of_the_officials_stays(mentions_of: Any) -> None:
    """Guard: "US officials … defended their own record"."""
    text = "US officials praised Colombia's eradication policy and defended their own record."
    assert _pronoun_codes(mentions_of(text, "2016-07-27"), "their") == ["USAGOV"]


# -- blind audit, round 98: groups that are no actor or another one -------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "It is unclear whether Salvadoran gangs like the Mara Salvatrucha and Barrio 18 "
            "have the nationwide organization to carry out such coordinated actions.",
            "the nationwide organization",
        ),
        ("The Zetas lack the organization to run the ports alone.", "the organization"),
        ("The cartel needs the organization to move the drugs north.", "the organization"),
        (
            "In some cases, Peruvian extortionists demand construction companies pay the "
            "weekly salaries of fake workers.",
            "fake workers",
        ),
        ("The Mexican payroll listed hundreds of ghost soldiers.", "ghost soldiers"),
        ("Colombian contractors billed the state for phantom employees.", "phantom employees"),
        (
            "Unregulated, American criminal networks minimize overhead by exploiting local "
            "labor forces.",
            "local labor forces",
        ),
        ("US companies rely on cheap labour forces abroad.", "cheap labour forces"),
        ("American firms recruit foreign work forces.", "foreign work forces"),
    ],
)
def test_a_capacity_or_a_workforce_is_no_actor(mentions_of: Any, text: str, mention: str) -> None:
    assert not [c for c in _codes(mentions_of(text, "2016-07-27"), mention) if c]


def test_a_group_that_acts_stays(mentions_of: Any) -> None:
    """Guards: "the organization said", "Salvadoran workers", "Mexican forces"."""
    found = mentions_of(
        "Barrio 18 denied the killings. The organization said it had no part in them. "
        "Salvadoran workers went on strike. Mexican forces raided the ranch.",
        "2016-07-27",
    )
    assert _codes(found, "Salvadoran workers") == ["SLVLAB"]
    assert _codes(found, "Mexican forces") == ["MEXMIL"]
    assert _codes(found, "The organization") == ["SLVCRM"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "US officials released the report. Though each market varies, the operations "
            "originate in developing countries, and criminal networks thrive in the countries "
            "where they operate.",
            "criminal networks",
        ),
        (
            "The State Department issued the study on Monday. It found that armed groups "
            "operate in many countries with weak states.",
            "armed groups",
        ),
        (
            "The American report was released in Washington. It said that drug traffickers "
            "prosper across countries with weak courts.",
            "drug traffickers",
        ),
    ],
)
def test_groups_in_countries_at_large_are_no_one_s(
    mentions_of: Any, text: str, mention: str
) -> None:
    assert _codes(mentions_of(text, "2016-07-27"), mention) == [None]


def test_groups_of_a_named_country_keep_it(mentions_of: Any) -> None:
    """Guard: a sentence that names the country keeps its groups that country's."""
    found = mentions_of("Criminal networks thrive in Mexico and other countries.", "2016-07-27")
    assert _codes(found, "Criminal networks") == ["MEXCRM"]


@pytest.mark.parametrize(
    "text",
    [
        "Nine Argentine police officers have been sentenced for colluding with the gang, which "
        "shows that corruption within security forces must be tackled.",
        "Argentine police officers took bribes from the Monos, and security forces in Rosario "
        "have long protected the gang.",
        "Argentine police officers were arrested, and prosecutors say security forces "
        "leaked raids to the traffickers.",
    ],
)
def test_security_forces_the_text_makes_police_are_police(mentions_of: Any, text: str) -> None:
    codes = [m.code for m in mentions_of(text, "2016-07-27") if "ecurity forces" in m.text]
    assert codes == ["ARGCOP"]


def test_security_forces_beside_soldiers_stay_military(mentions_of: Any) -> None:
    """Guard: a sentence with soldiers and police keeps security forces military."""
    text = (
        "Argentine soldiers and police officers were deployed, and security forces sealed the city."
    )
    codes = [m.code for m in mentions_of(text, "2016-07-27") if "ecurity forces" in m.text]
    assert codes == ["ARGMIL"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "As the Republican National Convention kicked off Monday in Cleveland, Donald "
            "Trump still faces serious backlash from critics within the party.",
            "critics",
        ),
        ("Trump's opponents inside the Republican party were silent.", "opponents"),
        ("Critics within the GOP said the platform was weak.", "Critics"),
    ],
)
def test_critics_within_the_party_are_the_party_s(
    mentions_of: Any, text: str, mention: str
) -> None:
    assert _codes(mentions_of(text, "2016-07-27"), mention) == ["USAPTY"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "As the Republican National Convention kicked off Monday in Cleveland, Trump "
            "faced backlash.",
            "Republican National Convention",
        ),
        (
            "The Democratic National Convention opened in Philadelphia.",
            "Democratic National Convention",
        ),
        (
            "The Republican National Convention wrapped up on Thursday.",
            "Republican National Convention",
        ),
    ],
)
def test_a_convention_that_opens_is_the_event(mentions_of: Any, text: str, mention: str) -> None:
    assert _codes(mentions_of(text, "2016-07-27"), mention) == [None]


def test_a_convention_that_acts_is_the_party(mentions_of: Any) -> None:
    """Guard: "The convention nominated" keeps the party."""
    text = "The Republican National Convention nominated Donald Trump on Tuesday."
    assert _codes(mentions_of(text, "2016-07-27"), "Republican National Convention") == ["USAPTY"]


def test_critics_of_a_government_stay_the_opposition(mentions_of: Any) -> None:
    """Guard: "critics of the government" are the opposition."""
    found = mentions_of("Venezuelan critics of the government marched in Caracas.", "2016-07-27")
    assert _codes(found, "Venezuelan critics") == ["VENOPP"]


# -- leftovers of earlier rounds ------------------------------------------------------------
COLOMBIA_LEAD = (
    "Colombian police seized cocaine in Cali. The Colombian army raided labs in Narino. "
    "Colombia's FARC ran the routes. "
)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("In Bolivia, traffickers moved the paste across the border.", "traffickers"),
        ("In Bolivia, drug traffickers built new airstrips last year.", "drug traffickers"),
        ("Traffickers in Bolivia moved the paste across the border.", "Traffickers"),
    ],
)
def test_traffickers_set_in_bolivia_are_bolivian(mentions_of: Any, text: str, mention: str) -> None:
    found = mentions_of(COLOMBIA_LEAD + text, "2016-07-27")
    assert _codes(found, mention) in (["BOLCRM"], [None])
    assert "COLCRM" not in _codes(found, mention)


def test_traffickers_of_the_story_keep_its_country(mentions_of: Any) -> None:
    """Guard: traffickers with no place of their own in a Colombian story are Colombia's."""
    found = mentions_of(COLOMBIA_LEAD + "Traffickers moved the paste to the coast.", "2016-07-27")
    assert _codes(found, "Traffickers") == ["COLCRM"]


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Assistant Secretary for Central America John Feeley told Congress the aid "
        "would continue.",
        "The Deputy Assistant Secretary for Central America, John Feeley, told Congress the aid "
        "would continue.",
        "John Feeley, the Deputy Assistant Secretary for Central America, said the aid would "
        "continue.",
    ],
)
def test_a_us_title_for_a_region_is_american(mentions_of: Any, text: str) -> None:
    found = [m for m in mentions_of(text, "2016-07-27") if "Feeley" in m.text]
    assert [m.code for m in found] == ["USAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "Rio de Janeiro security secretary Roberto Sa said the police would stay.",
        "Roberto Sa, Rio's security secretary, said the police would stay.",
        "Security secretary Jose Mariano Beltrame was replaced by Roberto Sa in Rio.",
    ],
)
def test_a_surname_sa_is_no_company(mentions_of: Any, text: str) -> None:
    found = [m for m in mentions_of(text, "2016-07-27") if "Sa" in m.text.split()]
    assert found and all(m.kind == "person" and m.sector != "BUS" for m in found)


def test_their_after_one_thing_stays(mentions_of: Any) -> None:
    """Guard: "has one vote -- that of their U.S. counterparts" is the Senate's."""
    text = (
        "The Mexican Senate, Marisela Morales already has one vote -- that of their U.S. "
        "counterparts."
    )
    assert _pronoun_codes(mentions_of(text, "2016-07-27"), "their") == ["MEXLEG"]


def test_groups_in_two_countries_are_neither_s(mentions_of: Any) -> None:
    """Guard: "criminal organizations in Mexico and Colombia" are no one country's."""
    text = "Honduran soldiers sold weapons to criminal organizations in Mexico and Colombia."
    assert _codes(mentions_of(text, "2016-07-27"), "criminal organizations") == [None]


# -- a body a leader's name heads (own reading, session 25) ------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Obama administration officials said on Monday that Iran had complied.", "USAGOV"),
        # round 99: only US heads bear "Bush", so no longer None (never Arafat's PSEGOV)
        ("The Palestinian leader Yasser Arafat was criticized by Bush administration officials.",
         "USAGOV"),
        ("Putin government officials met Ukrainian negotiators in Istanbul.", "RUSGOV"),
    ],
)  # fmt: skip
def test_a_leaders_administration_is_his_countrys_or_none(
    mentions_of: Any, text: str, code: str | None
) -> None:
    """ "Obama administration officials" was IRNGOV beside "Iran", "Bush administration
    officials" PSEGOV beside Arafat: the country named next in the sentence."""
    found = mentions_of(text, "2016-05-03")
    assert [m.code for m in found if m.text.endswith("officials")] == [code]
