"""Kinds of blind-audit rounds 43 (seed 1, fe5d729) and 44 (fresh seed 37, d50ef6f), and of
the extract diffs read after each rule (session 2026-12-03f): each kind, the input and two
paraphrases of our own (a guard where the old code already passed).

Actors: the he/she subject of what a person said is that person ("Ryan … but said he would
still support him"), and an object "him" of that clause is not the person "he" is; a one-word
name the article used for a company keeps that kind, so no "he" stands for it; a paper's name
right after a given name is a person's surname ("Mayor Don Guardian"), and the bare surname
later is that person; "Christian leader" is a religious leader; the office-holder table knows
US justices, legislators, governors and party chairs, and a campaign wins over the other
office that day; a title naming a body the gazetteer lacks keeps the office the table knows.
Events: an evaluation made in a relative clause ("Ryan, who called Trump's remarks racist", or
one the parser makes relative) is the named person's; a future told in the past ("said he would
back him in November") is read forward, so the intent is dated by its report; a title's named
apposition is the target ("asked the Minister of Defense, General Padrino Lopez, to"); a
state's bombing is aerial (195); withheld support reduces relations (160).
Quotes: a statement noun's "saying" clause is the statement's maker's words ("a report from
Bloomberg saying"), never those of the one who answers it; sources "consulted by" a paper speak
for themselves; "the man alleged to have …" is no report of the man's; a spokesperson "for X"
speaks for X; a possessive the parser made a subject ("after Jimenez's suggests") is no one
speaking.
"""

from __future__ import annotations

import pytest

RYAN = (
    "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. "
    "Trump's remarks about a Latino judge ''racist,'' but said he would still support him."
)


@pytest.mark.parametrize(
    "text",
    [
        RYAN,
        "Texas Senator Ted Cruz criticized Donald Trump on Monday but said he would still "
        "support him.",
        "Florida Senator Marco Rubio, a Republican, on Monday called Donald Trump's comments "
        "'offensive,' but said he would still support him.",
    ],
)
def test_the_subject_of_what_a_person_said_is_that_person(events_at, text) -> None:
    """Round 43: "he" went to Trump, named nearer, and "him" to Ryan: Trump supported Ryan."""
    found = events_at(text, "2016-06-08")
    support = [(e.source.code, e.target.code) for e in found if e.cameo.startswith("03")]
    assert support == [("USALEG", "USAPTY")]


@pytest.mark.parametrize(
    "text",
    [
        RYAN,
        "Florida Senator Marco Rubio, who called Donald Trump's proposal offensive, met voters "
        "on Monday.",
        "House Speaker Paul Ryan, who called Donald Trump's remarks racist, said he would "
        "support him.",
    ],
)
def test_an_evaluation_in_a_relative_clause_is_the_named_person_s(events_at, text) -> None:
    """Round 43: "Ryan …, on Tuesday called Trump's remarks 'racist'" (parsed as a relative
    clause of "Ryan") gave no criticism."""
    found = events_at(text, "2016-06-08")
    assert [(e.source.code, e.target.code) for e in found if e.cameo == "111"] == [
        ("USALEG", "USAPTY")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "House Speaker Paul Ryan denounced Donald Trump's remarks but said he would still back "
        "him in November.",
        "Texas Senator Ted Cruz said he would support Donald Trump in November.",
        "The Mexican president said he would meet Donald Trump in September.",
    ],
)
def test_a_future_told_in_the_past_is_read_forward(events_at, text) -> None:
    """Round 44's probe: "would back him in November" was dated the November before (2015)."""
    found = [e for e in events_at(text, "2016-06-08") if e.cameo.startswith("03")]
    assert found
    assert all(e.date.basis == "published" and e.date.start == "2016-06-08" for e in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Presumptive Republican nominee Donald Trump is discrediting an earlier report from "
            "Bloomberg saying Trump's campaign invited Mike Tyson to appear at the GOP National "
            "Convention in July.",
            "Bloomberg",
        ),
        (
            "Trump rejected a report by Bloomberg saying his campaign had invited Tyson.",
            "Bloomberg",
        ),
        ("Trump dismissed a Bloomberg report saying his campaign had invited Tyson.", "Bloomberg"),
        ("The Kremlin issued a statement saying the talks had failed.", "The Kremlin"),
    ],
)
def test_a_statement_s_saying_clause_is_its_maker_s(quotes_in, text, speaker) -> None:
    """Round 44: the report's claim was given to Trump, who rejected it."""
    found = quotes_in(text, "2016-06-08")
    assert [q.speaker.text for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to naval sources consulted by La Jornada, the reduction is part of the "
            "strategy of the new Navy commander.",
            "naval sources",
        ),
        (
            "According to experts interviewed by the newspaper El Tiempo, the gangs have grown.",
            "experts",
        ),
        (
            "According to officials contacted by Reuters, the talks collapsed on Monday.",
            "officials",
        ),
        (
            "According to a court document filed by state attorney Dave Aronberg, the man fled.",
            "a court document",
        ),
    ],
)
def test_sources_a_paper_consulted_speak_for_themselves(quotes_in, text, speaker) -> None:
    """Round 44: "naval sources consulted by La Jornada" were given as La Jornada; a paper
    "filed by" someone is still theirs."""
    found = quotes_in(text, "2016-06-08")
    assert [q.speaker.text for q in found] == [speaker]
    papers = {"La Jornada", "El Tiempo", "Reuters"}
    assert all(q.speaker.actor not in papers for q in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Carrier's owner, United Technologies, said in February that the plant would move "
            "to Mexico.\n\n"
            "Mark Weddle, 55, started work at Carrier 24 years ago and earns $21 an hour. "
            "''I have two brothers-in-law from Mexico,'' he said.\n\nBut when it comes to "
            "Carrier, ''we've all worked our butts off,'' he said.",
            "Mark Weddle",
        ),
        (
            "Carrier's owner said the plant would close.\n\nJane Smith has worked for Carrier "
            "for twenty years.\n\nBut when it comes to "
            "Carrier, ''we have all worked hard,'' she said.",
            "Jane Smith",
        ),
        (
            "The company Carrier announced the move on Monday.\n\nTom Brown started work at "
            "Carrier in 1990 and says Carrier treated him well.\n\n"
            "When it comes to Carrier, ''we gave them everything,'' he said.",
            "Tom Brown",
        ),
    ],
)
def test_a_company_s_name_is_no_person_for_a_pronoun(quotes_in, text, person) -> None:
    """Round 44: "when it comes to Carrier, '…,' he said" gave the worker's words to Carrier."""
    last = quotes_in(text, "2016-03-21")[-1]
    assert last.speaker.actor == person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Atlantic City Mayor Don Guardian spoke on Monday. Clinton, for her part, sided "
            "with Guardian.",
            "Don Guardian",
        ),
        (
            "State Senator Mark Spiegel met the governor on Monday. Spiegel said the budget was "
            "a disgrace.",
            "Mark Spiegel",
        ),
        (
            "Mayor Don Guardian met the governor on Monday. Guardian said the city needed help.",
            "Don Guardian",
        ),
    ],
)
def test_a_paper_s_name_after_a_given_name_is_a_surname(mentions_of, text, person) -> None:
    """Round 44: "Mayor Don Guardian" was no person, and "Guardian" was coded GBRMED."""
    found = [m for m in mentions_of(text, "2016-07-06") if m.text in ("Guardian", "Spiegel")]
    assert [(m.actor, m.code) for m in found] == [(person, None)]


def test_the_guardian_stays_a_paper(mentions_of) -> None:
    found = mentions_of("The Guardian reported the talks on Monday.", "2016-07-06")
    assert [m.code for m in found if m.text == "Guardian"] == ["GBRMED"]


@pytest.mark.parametrize(
    "text",
    [
        "The Christian leader further related that the next president will be the 45th.",
        "Christian leaders gathered in Iowa on Monday.",
        "Catholic leaders in Chicago spoke on Monday.",
    ],
)
def test_a_christian_leader_is_religious(mentions_of, text) -> None:
    """Round 44: "The Christian leader" (Lance Wallnau) was coded an American government."""
    found = [m for m in mentions_of(text) if "leader" in m.text]
    assert found and all(m.sector == "REL" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuelan opposition leader Henrique Capriles has publically asked the Minister of "
        "Defense, General Vladimir Padrino Lopez, to explain the attacks.",
        "Venezuelan opposition leader Henrique Capriles asked the Minister of Interior, Nestor "
        "Reverol, to resign.",
        "Venezuelan opposition leader Henrique Capriles criticized the Minister of Defense, "
        "General Vladimir Padrino Lopez, on Monday.",
    ],
)
def test_a_title_s_named_apposition_is_the_target(events_at, text) -> None:
    """Round 43: "asked the Minister of Defense, General Vladimir Padrino Lopez, to explain"
    gave no event: the object was the title, the name beside it."""
    found = events_at(text, "2015-05-05")
    assert found
    assert [(e.source.code, e.target.code[:3]) for e in found] == [("VENOPP", "VEN")]
    assert found[0].target.text.endswith(("Padrino Lopez", "Nestor Reverol"))


def test_a_name_in_apposition_to_a_thing_is_no_target(events_at) -> None:
    text = (
        "Drug lord La Tuta of the Knights Templar returned to his favorite Internet soapbox, "
        "YouTube, to post a video."
    )
    assert [e for e in events_at(text, "2014-02-01") if e.target.text == "YouTube"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United States began a bombing campaign against the Islamic State last year.", "195"),
        ("Russia began a bombing campaign in Syria against the Islamic State in September.", "195"),
        ("The Islamic State carried out a bombing against the Iraqi army on Monday.", "183"),
    ],
)
def test_a_state_s_bombing_is_aerial(events_at, text, code) -> None:
    """Round 43: "The United States began a bombing campaign" was a car bomb's 183."""
    assert [e.cameo for e in events_at(text, "2016-07-20")] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "During the same interview, Donald Trump also withheld support from Senator John "
        "McCain of Arizona.",
        "Senator Ted Cruz of Texas withheld his endorsement from Donald Trump on Monday.",
        "Senator Ted Cruz of Texas withheld his support from Donald Trump on Monday.",
    ],
)
def test_withheld_support_reduces_relations(events_at, text) -> None:
    """Round 44's diff: "withheld support from McCain and Ayotte" coded 162, stopping material
    aid."""
    assert [e.cameo for e in events_at(text, "2016-08-05")] == ["160"]


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Ruth Bader Ginsburg", "2016-07-15", "USAJUD"),
        ("Bernie Sanders", "2016-03-01", "USAPTY"),  # a campaign wins over the Senate seat
        ("Bernie Sanders", "2016-07-20", "USALEG"),
        ("Mike Pence", "2016-03-01", "USAGOV"),
        ("Mike Pence", "2016-08-01", "USAPTY"),
        ("Terry McAuliffe", "2016-04-22", "USAGOV"),
        ("Debbie Wasserman Schultz", "2016-04-20", "USAPTY"),
        ("Jack Lew", "2016-03-01", "USAGOV"),
        ("Ruth Bader Ginsburg", "2021-01-01", None),
    ],
)
def test_us_justices_legislators_governors_are_in_the_table(name, day, code) -> None:
    """Round 44: Ginsburg, Wasserman Schultz, McAuliffe, Sanders after his campaign were
    uncoded, and "Jacob J. Lew" was taken for a Chinese official."""
    from dyads.actors.officeholders import known_holder

    found = known_holder(name, day)
    assert (found.code if found else None) == code


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump Finally Endorses House Speaker Paul Ryan.\n\nDonald Trump on Friday "
        "endorsed House Speaker Paul Ryan.",
        "Trump Praises House Speaker Paul Ryan.\n\nDonald Trump praised House Speaker Paul Ryan "
        "on Friday.",
        "Hillary Clinton Attacks House Speaker Paul Ryan.\n\nHillary Clinton criticized House "
        "Speaker Paul Ryan on Friday.",
    ],
)
def test_a_title_of_a_body_we_lack_keeps_the_known_office(mentions_of, text) -> None:
    """Round 44: "House Speaker Paul Ryan" after a headline's "Endorses House" (a body the
    gazetteer lacks) left Ryan uncoded all article long."""
    found = [m for m in mentions_of(text, "2016-08-05") if m.actor == "Paul Ryan"]
    assert found and all(m.code == "USALEG" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The man alleged to have ordered Farinas' murder, Costa Rican Alejandro Jimenez "
        'Gonzalez, alias "El Palidejo," was arrested in Colombia last month and has been '
        "extradited to Guatemala to face murder charges.",
        "The woman said to have financed the cartel, Mexican businesswoman Ana Ruiz, alias "
        '"La Reina," was arrested in Spain last year and has been extradited to Mexico.',
        "A gang leader said to be behind the killings was arrested in Honduras on Monday.",
    ],
)
def test_alleged_to_have_is_no_report_of_the_one_alleged_of(quotes_in, text) -> None:
    """Round 44: "The man alleged to have ordered …" made the man say he was arrested."""
    assert quotes_in(text, "2012-02-01") == []


def test_said_to_reporters_is_still_a_report(quotes_in) -> None:
    text = "The army spokesman said to reporters that the talks had failed."
    assert [q.content for q in quotes_in(text, "2012-02-01")] == ["the talks had failed"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Carly Fiorina spoke in Iowa on Monday. A spokeswoman for Fiorina said the former "
            "executive has no more speeches scheduled.",
            "Carly Fiorina",
        ),
        ("A spokeswoman for Carly Fiorina said the candidate had no more events.", "Carly Fiorina"),
        ("A spokesman for Hillary Clinton said she would not comment.", "Hillary Clinton"),
    ],
)
def test_a_spokesperson_for_someone_speaks_for_them(quotes_in, text, actor) -> None:
    """Round 44: "A spokeswoman for Fiorina said" was left an unresolved "A spokeswoman"."""
    found = quotes_in(text, "2016-02-10")
    assert [q.speaker.actor for q in found] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "The fact that Farinas' arrest came so soon after Jimenez's suggests that Jimenez may "
        "have started cooperating with the authorities.",
        "The fact that the raid came a day after Guzman's suggests that Guzman may have talked.",
        "The timing of the arrest so soon after Lopez's suggests that Lopez may have cooperated.",
    ],
)
def test_a_possessive_is_no_one_speaking(quotes_in, text) -> None:
    """Round 44: "after Jimenez's suggests that Jimenez may have …" was Jimenez's claim."""
    found = quotes_in(text, "2012-02-01")
    assert all(
        q.speaker is None or q.speaker.text not in ("Jimenez", "Guzman", "Lopez") for q in found
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The gang has grown stronger in recent years, as a retired police chief told El "
            "Nuevo Diario.",
            "a retired police chief",
            "The gang has grown stronger in recent years",
        ),
        (
            "The army has lost control of the border, as one officer told Reuters on Monday.",
            "one officer",
            "The army has lost control of the border",
        ),
        (
            "The cartel now controls the port, as a local prosecutor told the newspaper.",
            "a local prosecutor",
            "The cartel now controls the port",
        ),
    ],
)
def test_as_someone_told_a_paper_reports_the_main_clause(quotes_in, text, speaker, content) -> None:
    """Round 44: "…, as a retired senior police chief told El Nuevo Diario" gave no quotation
    (its object, the paper told, was taken for a request's)."""
    found = quotes_in(text, "2012-02-01")
    assert [(q.speaker.text, q.content) for q in found] == [(speaker, content)]


def test_as_someone_told_them_to_is_a_request(quotes_in) -> None:
    assert quotes_in("The protesters left the square, as the police had told them to do.") == []
