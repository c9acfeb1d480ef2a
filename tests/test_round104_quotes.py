"""Issue 15 (blind audit, round 104): reported clauses that kept the writer's background or
lost their second half. Each fault's input, two paraphrases and the guards of what was right."""

from __future__ import annotations

import pytest

DAY = "2016-09-30"


def _contents(quotes_in, text: str) -> list[str]:
    return [q.content for q in quotes_in(text, DAY)]


# --- a relative the parser cut short before the subject's verb is still the writer's -------


@pytest.mark.parametrize(
    ("text", "outlet", "claim"),
    [
        ("Venezuela Announces Plan to Combat Rampant Kidnapping\n\nVenezuela's interior "
         "ministry has announced a new plan to combat kidnapping in the country, but it's "
         "doubtful the strategy will slow the country's steep rise in abductions for ransom. "
         "Interior Minister Nestor Reverol, who was appointed to the cabinet position in early "
         "August by President Nicolas Maduro one day after the US government indicted him on "
         "drug charges, announced the launch of the National Plan against Kidnapping on "
         "September 23, reported Panorama. The plan includes a new maximum security facility "
         "where alleged kidnappers will be held in preventive detention while awaiting trial.",
         "Panorama",
         "Interior Minister Nestor Reverol announced the launch of the National Plan against "
         "Kidnapping on September 23"),
        ("Colombia Unveils Plan to Fight Extortion\n\nColombia's defense ministry has unveiled "
         "a new plan to fight extortion in the country, but few expect it to work. Defense "
         "Minister Luis Carlos Villegas, who was named to the post in June by President Juan "
         "Manuel Santos two weeks after the Senate rejected his predecessor's budget, presented "
         "the National Strategy against Extortion on October 4, reported El Tiempo.",
         "El Tiempo", "Defense Minister Luis Carlos Villegas presented the National Strategy "
         "against Extortion on October 4"),
        ("Mexico Launches Drive Against Fuel Theft\n\nMexico's security cabinet has launched a "
         "drive against fuel theft, though critics doubt it. Security Secretary Alfonso Durazo, "
         "who was picked for the job in December by President Andres Manuel Lopez Obrador three "
         "weeks after the army seized a pipeline, unveiled the plan on January 9, reported "
         "Milenio.", "Milenio", "Security Secretary Alfonso Durazo unveiled the plan on "
         "January 9"),
    ],
)  # fmt: skip
def test_background_relative_cut_short_is_left_out(quotes_in, text, outlet, claim) -> None:
    quotes = [q for q in quotes_in(text, DAY) if q.speaker and q.speaker.text == outlet]
    assert [q.content for q in quotes] == [claim]


# --- a modal clause goes on with a state of its subject -----------------------------------


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ('SENAD chief Luis Rojas said the men would face justice in Brazil and were due to be '
         '"expelled," rather than deported, because the deportation process is too time '
         'consuming, reported Ultima Hora.', "the deportation process is too time consuming"),
        ('Police chief Ana Ruiz said the suspects would stand trial in Peru and were expected to '
         'be "returned," rather than extradited, because extradition takes too long, reported La '
         'Republica.', "because extradition takes too long"),
        ('The prosecutor said the two brothers would answer for the crimes in Chile and were '
         'about to be "sent back," instead of jailed, because the prisons are full, reported El '
         'Mercurio.', "because the prisons are full"),
    ],
)  # fmt: skip
def test_state_joined_to_a_modal_clause_is_still_said(quotes_in, text, tail) -> None:
    assert any(c.endswith(tail) for c in _contents(quotes_in, text))


def test_speakers_next_act_after_an_infinitive_stays_apart(quotes_in) -> None:
    contents = _contents(quotes_in, "The minister called on both countries to resume talks and "
                         "offered to host a meeting in Lima.")  # fmt: skip
    assert "to resume talks" in contents and not any("offered" in c for c in contents)


def test_next_act_after_a_modal_clause_stays_cut(quotes_in) -> None:
    contents = _contents(quotes_in, "Police said they would hold a press conference on Monday "
                         "but then canceled the event.")  # fmt: skip
    assert not any("canceled" in c for c in contents)


# --- ", and that …" repeats the reported clause's "that", whatever the parse -------------


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("But when contacted, a spokesperson for the Parks and Recreation Department said the "
         "department would follow City Hall’s lead on the issue, and that comment should be "
         "obtained through City Hall spokespeople.", "obtained through City Hall spokespeople"),
        ("A spokesman for the ministry said the ministry would respect the court's decision, "
         "and that questions should be sent to the court's press office.",
         "sent to the court's press office"),
        ("Asked about the case, a spokeswoman for the Fire Department said the department would "
         "wait for the police report, and that reporters should contact the police.",
         "reporters should contact the police"),
    ],
)  # fmt: skip
def test_second_that_clause_is_still_said(quotes_in, text, tail) -> None:
    assert any(c.endswith(tail) for c in _contents(quotes_in, text))


# --- a "which" relative on what is yet to be made is the speaker's description -----------


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("The interior minister said authorities will also create a special unit to attend to "
         "victims, which includes a 24-hour hotline to report kidnappings.",
         "which includes a 24-hour hotline to report kidnappings"),
        ("The health minister said the government will set up a new agency to track outbreaks, "
         "which includes a team of field epidemiologists.",
         "which includes a team of field epidemiologists"),
        ("The mayor said the city would open a shelter for migrants, which offers beds and "
         "meals to families.", "which offers beds and meals to families"),
    ],
)  # fmt: skip
def test_relative_on_a_thing_to_be_made_is_still_said(quotes_in, text, tail) -> None:
    assert any(c.endswith(tail) for c in _contents(quotes_in, text))


def test_relative_on_an_existing_thing_stays_cut(quotes_in) -> None:
    text = (
        "Officials said they would discuss the existing treaty with Peru, which allows extradition."
    )
    assert _contents(quotes_in, text) == ["they would discuss the existing treaty with Peru"]


# --- a "with" detail after a paper's tag is the paper's --------------------------------------


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ('One well-known Mexico City drug gang, Union de Tepito, even provided its WhatsApp '
         'clients with a "drug menu," El Universal reported, with prices and emojis '
         'representing its products.', "with prices and emojis representing its products"),
        ('One Lima gang even sent its customers a "price list," La Republica reported, with '
         'photos and codes for each drug.', "with photos and codes for each drug"),
        ("A gang in Caracas even handed its buyers a printed catalog, El Nacional reported, with "
         "pictures and prices of each weapon.", "with pictures and prices of each weapon"),
    ],
)  # fmt: skip
def test_detail_after_a_papers_tag_is_reported(quotes_in, text, tail) -> None:
    contents = _contents(quotes_in, text)
    assert any(c.endswith(tail) and "reported" not in c for c in contents)


def test_manner_after_a_persons_tag_stays_out(quotes_in) -> None:
    contents = _contents(quotes_in, "The gang even gave its clients a menu, Maria Lopez said, "
                         "with a smile.")  # fmt: skip
    assert contents == ["The gang even gave its clients a menu"]


# --- a cue in a fronted "when" clause reports no further than that clause ----------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("When Francis said Mr. Trump ''is not Christian'' in answering a reporter's question "
         "on his return flight from Mexico, the Latin American pope not only served up red meat "
         "for global headline writers (''Francesco Excommunicates Trump,'' declared La Stampa in "
         "Italy), but again demonstrated his knack for sticking his nose into putatively secular "
         "affairs.", "is not Christian"),
        ('When the senator said the bill was "dead on arrival" during a radio interview last '
         'week, the party leadership was furious ("Senator Kills Bill," ran the Post\'s '
         'headline), and several aides resigned.', "dead on arrival"),
        ('After the mayor said the budget "cannot be saved" in a speech on Monday, the city '
         'council voted to cut funding for parks.', "cannot be saved"),
    ],
)  # fmt: skip
def test_report_in_a_fronted_clause_stops_at_the_main_clause(quotes_in, text, words) -> None:
    contents = _contents(quotes_in, text)
    assert words in contents
    assert all(len(c) < len(words) + 25 for c in contents)


def test_report_in_a_fronted_clause_keeps_its_own_clause(quotes_in) -> None:
    contents = _contents(quotes_in, "When the minister said the plan would cut crime, the "
                         "opposition laughed.")  # fmt: skip
    assert contents == ["the plan would cut crime"]


def test_error_in_a_report_is_what_was_said(quotes_in) -> None:
    assert _contents(quotes_in, "The minister said there were errors in the report.") == [
        "there were errors in the report"
    ]


# --- an "As X reported in …," tag keeps the subject the parser hung on its phrase -----------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("As InSight Crime reported in a detailed investigation done in collaboration with the "
         "Mexico Institute at the Woodrow Wilson International Center for Scholars, the Sinaloa "
         "Cartel and Jalisco Cartel New Generation (Cartel de Jalisco Nueva Generacion -- CJNG) "
         "-- Mexico's most powerful criminal groups -- are largely responsible for importing and "
         "producing illicit fentanyl and its precursors.", "the Sinaloa Cartel"),
        ("As Animal Politico reported in a detailed investigation done in collaboration with the "
         "Justice in Mexico program at the University of San Diego, the Zetas and Cartel del "
         "Noreste (Cartel of the Northeast -- CDN) -- Mexico's most feared criminal groups -- are "
         "largely responsible for kidnapping migrants in Tamaulipas.", "the Zetas"),
        ("As Excelsior reported in a long investigation done in collaboration with the Security "
         "Studies program at the National Autonomous University of Mexico, the Familia "
         "Michoacana and Guerreros Unidos (United Warriors -- GU) -- Guerrero's most violent "
         "criminal groups -- are largely responsible for growing opium poppy.",
         "the Familia Michoacana"),
    ],
)  # fmt: skip
def test_as_tag_keeps_the_subject_before_the_dash_aside(quotes_in, text, start) -> None:
    contents = _contents(quotes_in, text)
    assert contents and contents[0].startswith(start)


def test_as_tag_with_a_plain_clause_is_unchanged(quotes_in) -> None:
    text = "As the Miami Herald reported, the candidate has many fans in China."
    assert _contents(quotes_in, text) == ["the candidate has many fans in China"]


# --- a counted lead-in before a colon runs on into the quotation it announces ----------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Anwar al-Awlaki appears in the video. He adds that American Muslims have two choices: "
         "“You either leave or you fight.” Al-Awlaki extols Nidal Hasan, the former U.S.",
         "American Muslims have two choices: “You either leave or you fight.”"),
        ("Senator Ted Cruz spoke in Iowa. He said that voters have two options: “Either we stop "
         "this deal or we live with it.”",
         "voters have two options: “Either we stop this deal or we live with it.”"),
        ("Mayor Bill de Blasio spoke on Monday. He said that landlords face a simple rule: “Fix "
         "the heat or pay the fine.”",
         "landlords face a simple rule: “Fix the heat or pay the fine.”"),
    ],
)  # fmt: skip
def test_announcing_lead_in_takes_its_quotation(quotes_in, text, content) -> None:
    assert content in _contents(quotes_in, text)


def test_plain_clause_before_a_colon_quotation_stays_apart(quotes_in) -> None:
    text = "Governor Andrew Cuomo spoke. He said that the budget was late: “We will fix it.”"
    assert _contents(quotes_in, text) == ["the budget was late", "We will fix it."]
