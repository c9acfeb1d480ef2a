"""Blind audit, round 110 (fresh articles): a news outlet given as the speaker of a statement it
only relays. The sentence names the one who spoke ("A Tamaulipas state official said …,
reported Excelsior", "“…,” said the president on Panamanian television, reported Reuters",
"the Attorney General's Office announced …, reported El Universal"), a police report speaks
('“…,” a police report states.') or official documents were only obtained by the agency.
Each input, two paraphrases and a guard that keeps what was right."""

from __future__ import annotations

import pytest

_HEAD = "Regional notes.\n\n"
_OUTLETS = ("Excelsior", "Reuters", "El Universal", "La Nacion", "EFE", "El Tiempo", "AP")


def _quotes(quotes_in, text: str) -> list:
    return quotes_in(_HEAD + text, "2016-03-10")


def _outlet_spoke(quote) -> bool:
    speaker = quote.speaker
    return speaker is not None and any(
        o in (speaker.actor or "") or o in speaker.text for o in _OUTLETS
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "A Tamaulipas state official said Mellado -- who had been on the run after escaping "
            "from prison -- no longer occupied a command position within the Zetas, reported "
            "Excelsior.",
            "no longer occupied a command position within the Zetas",
        ),
        (
            "A Sinaloa police commander said the gunmen had fled toward the mountains before "
            "dawn, reported El Universal.",
            "the gunmen had fled toward the mountains before dawn",
        ),
        (
            "A federal prosecutor said the suspect had been extradited to the United States in "
            "March, reported La Nacion.",
            "the suspect had been extradited to the United States in March",
        ),
    ],
)
def test_an_outlet_relaying_a_named_speakers_statement_is_not_its_speaker(
    quotes_in, text, said
) -> None:
    found = _quotes(quotes_in, text)
    assert not [q for q in found if _outlet_spoke(q)]
    for quote in found:
        assert "reported" not in quote.content and " said " not in quote.content
    assert any(said in q.content for q in found), "the official's statement is kept"


@pytest.mark.parametrize(
    "text",
    [
        '"We\'re going to keep unloading the ship and figure out exactly what was inside," said '
        'the president on Panamanian television, reported Reuters. "You cannot go around '
        'shipping undeclared weapons of war through the Panama Canal."',
        '"We will not allow the cartels to take over our ports," said the minister on national '
        'radio, reported EFE. "The navy will inspect every container that arrives."',
        '"The money was never returned to the treasury," said the prosecutor at a press '
        'conference, reported El Tiempo. "We are asking for twenty years in prison."',
    ],
)
def test_a_direct_quotation_with_its_own_tag_is_not_the_outlets(quotes_in, text) -> None:
    found = _quotes(quotes_in, text)
    assert not [q for q in found if _outlet_spoke(q)]
    assert not [q for q in found if "said the" in q.content]
    direct = [q for q in found if q.kind == "direct"]
    assert direct and all(q.cue is not None and q.cue.text == "said" for q in direct)


@pytest.mark.parametrize(
    "text",
    [
        "On April 29, Colombia's Attorney General's Office announced the detention of seven "
        "soldiers and six civilians for allegedly smuggling weapons and military supplies to "
        "the FARC, reported El Universal.",
        "On Monday, Peru's Interior Ministry announced the arrest of twelve police officers for "
        "allegedly selling seized cocaine to drug traffickers, reported EFE.",
        "On Tuesday, Ecuador's Attorney General's Office announced the detention of five judges "
        "and two lawyers for allegedly taking bribes from a drug gang, reported El Universal.",
    ],
)
def test_an_outlet_relaying_an_announcement_is_not_its_speaker(quotes_in, text) -> None:
    assert not [q for q in _quotes(quotes_in, text) if _outlet_spoke(q)]


@pytest.mark.parametrize(
    "text",
    [
        "The stash was found hidden in bags at properties belonging to an arms dealer, Reuters "
        'reported. Authorities are still evaluating the value of the seizure. "One possibility '
        "is that the money was used to acquire dollars in the Venezuelan black market, or that "
        'it would have been used to counterfeit dollars," a police report states. Prosecutor '
        "Julio Cesar Yegros told Monumental AM that the cash apparently entered the country "
        "from Brazil.",
        'The weapons were found in a truck near the border, Reuters reported. "The rifles were '
        'probably bought in Texas and carried south in small loads," a police report states. '
        "Prosecutor Ana Morales told Radio Caracol that the driver had been arrested.",
        'The boat was stopped off the coast at dawn, the AP reported. "The cargo appears to '
        'have left from a port in Ecuador," an army report states. Admiral Luis Pena told '
        "reporters the crew had been detained.",
    ],
)
def test_a_police_report_is_neither_the_outlet_before_nor_the_person_after(quotes_in, text) -> None:
    for quote in _quotes(quotes_in, text):
        if quote.kind != "direct":
            continue
        assert not _outlet_spoke(quote)
        actor = quote.speaker.actor if quote.speaker else None
        assert actor not in ("Julio Cesar Yegros", "Ana Morales", "Luis Pena")


@pytest.mark.parametrize(
    "text",
    [
        'The charges against them included "rebellion" and "treason," according to official '
        "documents obtained by Reuters.",
        "The army had planned the operation for months, according to internal documents seen by "
        "Reuters.",
        "The ministry paid the contractor twice for the same road, according to official records "
        "reviewed by the AP.",
    ],
)
def test_documents_an_outlet_obtained_are_not_the_outlets_words(quotes_in, text) -> None:
    assert not [q for q in _quotes(quotes_in, text) if _outlet_spoke(q)]


def test_an_outlets_own_closing_report_stays(quotes_in) -> None:
    text = (
        "Close to 200 Federal Police agents were deployed to the city after the attack, "
        "reported EFE."
    )
    found = _quotes(quotes_in, text)
    assert [q.speaker.text for q in found if q.speaker] == ["EFE"]


def test_a_speech_act_in_a_relative_clause_leaves_the_outlets_report(quotes_in) -> None:
    text = (
        "Soldiers found 200 rifles in the house of a rancher who said he had bought them for "
        "hunting, reported EFE."
    )
    found = _quotes(quotes_in, text)
    assert any(q.speaker is not None and q.speaker.text == "EFE" for q in found)


def test_documents_made_by_an_agency_are_its_own(quotes_in) -> None:
    text = "The two men met in Havana in May, according to a letter signed by Senator Marco Rubio."
    found = _quotes(quotes_in, text)
    assert [q.speaker.actor for q in found if q.speaker] == ["Marco Rubio"]


@pytest.mark.parametrize(
    "text",
    [
        "During the Democratic presidential primary, Sanders assailed eventual nominee Hillary "
        "Clinton’s paid speeches to Goldman Sachs.",
        "During the Republican primary, Rubio assailed front-runner Donald Trump’s hired workers "
        "from Poland.",
        "During the debate, Warren denounced former banker Steven Mnuchin’s paid lobbyists in "
        "Washington.",
    ],
)
def test_the_object_of_an_attack_is_not_a_quotation(quotes_in, text) -> None:
    assert _quotes(quotes_in, text) == []


def test_a_possessor_inside_a_real_clause_still_reports(quotes_in) -> None:
    text = (
        "Sen. Bernie Sanders said on Monday that Hillary Clinton’s campaign had paid for the ads "
        "in Iowa."
    )
    found = _quotes(quotes_in, text)
    assert [q.content for q in found] == ["Hillary Clinton’s campaign had paid for the ads in Iowa"]


@pytest.mark.parametrize(
    "text",
    [
        "Rabbi Rick Jacobs, president of the Union for Reform Judaism which represents about 900 "
        "congregations, said he and other Jewish leaders are planning to skip the speech to lead "
        'a study on "Jewish values."',
        "Imam Omar Suleiman said he and other Muslim leaders will leave the hall to hold a "
        'discussion about "American values."',
        'Father James Martin said he would spend the evening teaching a class on "Catholic social '
        'teaching."',
    ],
)
def test_a_quoted_topic_is_no_partial_quotation(quotes_in, text) -> None:
    found = _quotes(quotes_in, text)
    assert not [q for q in found if q.kind == "partial"]
    assert [q.kind for q in found] == ["indirect"], "the claim that holds it stays"


def test_a_quoted_judgement_stays_a_partial_quotation(quotes_in) -> None:
    text = 'Senator Jeff Flake said the bill was a "dangerous mistake."'
    assert "partial" in [q.kind for q in _quotes(quotes_in, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The president has denounced suggestions by the GOP presidential front-runners, Donald "
        "Trump and Sen. Ted Cruz (R-Tex.), that they would deport all 11 million undocumented "
        "immigrants in the United States and erect a wall along the border with Mexico.",
        "The governor has rejected claims by the two senators, Marco Rubio and Bill Nelson, that "
        "he would cut the state's school budget by a third.",
        "The mayor dismissed suggestions by his rivals, Tom Hill and Ann Lee, that he would raise "
        "property taxes next year.",
    ],
)
def test_the_content_of_a_claim_the_speaker_attacks_is_not_the_speakers(quotes_in, text) -> None:
    assert _quotes(quotes_in, text) == []


def test_a_that_clause_of_the_cue_itself_still_reports(quotes_in) -> None:
    text = "The mayor said on Monday that he would raise property taxes next year."
    found = _quotes(quotes_in, text)
    assert [q.content for q in found] == ["he would raise property taxes next year"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials blame a war between the Familia Michoacana and an alliance formed by two "
        "breakaway groups: the Caballeros Templarios, or Knights Templar , and a recently formed "
        "gang called the Guerreros Unidos.",
        "Police blame a feud between the Sinaloa Cartel and a coalition formed by two splinter "
        "factions: the Beltran Leyva Organization and a new gang called Los Mazatlecos.",
        "Authorities blame the rivalry between two local gangs: the Barrio 18 and a faction known "
        "as the Revolucionarios.",
    ],
)
def test_a_list_after_the_object_of_blame_is_not_what_was_blamed(quotes_in, text) -> None:
    assert _quotes(quotes_in, text) == []


def test_a_statement_after_a_colon_still_reports(quotes_in) -> None:
    text = "The minister told reporters: the army will leave the city next week."
    found = _quotes(quotes_in, text)
    assert [q.content for q in found] == ["the army will leave the city next week"]
