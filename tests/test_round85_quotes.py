"""Quotation kinds from blind audit round 84 (seed 60): each audited input with two paraphrases
of our own, and a guard for the reading the rule must keep.

1. A speaker's name cut: a name the parser split ("Professor Yesid Reyes" + "Alvarado") and a
   body's name cut at its "On"/"of"/"Against" (``quotes/names.py``).
2. A plural speaker given to one person or body ("the lawyers" -> John McCain); "they" given to
   a country named in passing, not the plural speaker before (``quotes/plural.py``).
3. Joint speakers: "Two objectors, X and Y," and "the two" after "X and Y" (``quotes/joint.py``,
   ``quotes/plural.py``).
4. The content: a fronted narration taken as what a cue with its own complement reports
   (``misreads.fronted_before_own``), a "while" clause of figures cut off
   (``endings._parallel_contrast``), an "and" clause after a quotation the parser split cut off
   (``conjuncts.past_closing_mark``), a fronted condition dropped
   (``asides.fronted_condition``), a second "that" clause holding quoted words
   (``conjuncts.with_shared_conjunct``), a quoted adverb stored apart (``finder._hedge``).
5. No quotation: a translation gloss ('the Spanish “X,” or “Y”', ``terms._translated``);
   quoted words that say where someone spoke, inside another's report
   (``authors.adjunct_owner``); "the commission" after "a New Hampshire ballot commission"
   (``bodies._placed_body``); who unnamed sources are ("sources in the security forces").
"""

from __future__ import annotations

import pytest

from dyads.quotes.authors import adjunct_owner

_GROUPS_ARTICLE = (
    "Hillary Clinton Under Pressure To Repudiate General Who Called For Internment "
    "Of Islamic Radicals.\n\n"
    "Eleven progressive and Muslim organizations are asking Hillary Clinton "
    "to\xa0repudiate the support\xa0of\xa0a retired general who suggested over the summer "
    "that the United States should “segregate” Islamic radicals.\n\n"
    "Gen. Wesley Clark, a retired\xa0four-star general and former supreme allied "
    "commander of NATO forces in Europe, is a surrogate for Clinton’s campaign. In a "
    "July interview with MSNBC, he spoke favorably of the internment of Nazi "
    "sympathizers during World War II and suggested the government should do the "
    "same for radical jihadists today.\n\n"
    "The general\xa0stumped for Clinton\xa0in Iowa on Veteran’s Day, and the campaign has "
    "touted his endorsement on its Facebook page.\n\n"
    "The controversy over the general’s ties with Clinton comes as Donald Trump’s "
    "anti-Muslim rhetoric\xa0has called attention to Islamophobia in America. Most "
    "recently, Trump called to ban Muslims from entering the U.S. While Clinton has "
    "forcefully condemned\xa0the GOP candidate’s proposal, the groups who wrote to her "
    "on Thursday say they are “concerned your campaign is sending mixed messages "
    "when it comes to Islamophobia.” They ask the former secretary of state to make "
    "it clear “that you find such extreme proposals unacceptable” by condemning "
    "Clark’s remarks."
)


def _quotes(quotes_in, text: str) -> list:
    return quotes_in(text, "2016-05-04")


def _speakers(quotes_in, text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker.text, q.speaker.actor) for q in _quotes(quotes_in, text) if q.speaker]


def _indirect(quotes_in, text: str) -> list[str]:
    return [q.content for q in _quotes(quotes_in, text) if q.kind == "indirect"]


def _partial(quotes_in, text: str) -> list[str]:
    return [q.content.strip(" ,.") for q in _quotes(quotes_in, text) if q.kind == "partial"]


# 1. Whole names


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ('"The decree will not help to reduce consumption, and could have the adverse effect '
         'with regards to distribution," Professor Yesid Reyes Alvarado of the Externado '
         "University of Colombia told Semana.",
         "Professor Yesid Reyes Alvarado", "Yesid Reyes Alvarado"),
        ('"The reform will backfire," Professor Yesid Castro Alvarado of the National University '
         "of Colombia told El Tiempo.", "Professor Yesid Castro Alvarado", "Yesid Castro Alvarado"),
        ('"The measure will not work," Professor Wilson Reyes Alvarado of the University of the '
         "Andes told Semana.", "Professor Wilson Reyes Alvarado", "Wilson Reyes Alvarado"),
    ],
)  # fmt: skip
def test_a_split_personal_name_is_one_speaker(quotes_in, text, speaker, actor) -> None:
    """Round 84: the parser hung "Alvarado" on "Reyes" as an apposition; the speaker was
    "Professor Yesid Reyes" and its actor the fragment "Alvarado"."""
    assert (speaker, actor) in _speakers(quotes_in, text)


def test_a_name_and_its_place_stay_apart(quotes_in) -> None:
    """Guard: "Sen. John McCain of Arizona" is a person and where he is from; the "of" phrase
    is no part of his name."""
    text = '"The law is badly written," Sen. John McCain of Arizona told reporters.'
    assert ("Sen. John McCain", "John McCain") in _speakers(quotes_in, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The area of coca cultivation dropped from 64,000 hectares in 2011 to 48,000 in 2012, "
         "according to the United Nations Office On Drugs and Crime (UNODC).",
         "the United Nations Office On Drugs and Crime"),
        ("The number of complaints rose by a third last year, according to the Office of the "
         "High Commissioner for Human Rights (OHCHR).",
         "the Office of the High Commissioner for Human Rights"),
        ("The Committee Against Torture said that the prisoners had been beaten in custody.",
         "The Committee Against Torture"),
    ],
)  # fmt: skip
def test_a_bodys_name_runs_over_its_capitalised_parts(quotes_in, text, speaker) -> None:
    """Round 84: "according to the United Nations Office On Drugs and Crime (UNODC)" gave the
    speaker "the United Nations Office", unresolved."""
    assert speaker in [s for s, _ in _speakers(quotes_in, text)]


def test_a_body_is_resolved_by_its_acronym(quotes_in) -> None:
    """Round 84: the long name unknown to the actors stage, its acronym known."""
    text = (
        "The area of coca cultivation dropped from 64,000 hectares in 2011 to 48,000 in 2012, "
        "according to the United Nations Office On Drugs and Crime (UNODC)."
    )
    assert [q.speaker.code for q in _quotes(quotes_in, text) if q.speaker] == ["IGOUNODRG"]


def test_a_persons_of_phrase_is_no_bodys_name(quotes_in) -> None:
    """Guard: "Mr. Smith of the Heritage Foundation" is Smith, not a body's name."""
    text = "Mr. Smith of the Heritage Foundation said that the troops would leave in May."
    assert [s for s, _ in _speakers(quotes_in, text)] == ["Mr. Smith"]


# 2. Plural speakers


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("In response to the filings, Cruz’s lawyers relied on Supreme Court precedent and legal "
         "history.\n\nThe lawyers also pointed to the valid candidacies of two former Republican "
         "hopefuls, Sen. John McCain of Arizona and former Michigan Gov. George Romney, as "
         "examples of presidential runs that received the blessing of Congress.\n\nThese and "
         "other sources of authority, the lawyers said, “all command the same conclusion” that "
         "Cruz complies with the “natural born” requirement.", {"John McCain", "George Romney"}),
        ("The campaign hired lawyers John Dowd and Jay Sekulow last month.\n\nThe lawyers said "
         "the case “has no merit at all” and would be dismissed.", {"John Dowd", "Jay Sekulow"}),
        ("Prosecutors Preet Bharara and Joon Kim filed the charges on Monday.\n\nThe prosecutors "
         "said the scheme “defrauded thousands of investors” over a decade.",
         {"Preet Bharara", "Joon Kim"}),
    ],
)  # fmt: skip
def test_a_plural_noun_is_never_one_named_person(quotes_in, text, named) -> None:
    """Round 84: "the lawyers said" was given to John McCain, named in the sentence before."""
    speakers = _speakers(quotes_in, text)
    assert speakers
    assert not any(actor in named for _, actor in speakers)


def test_a_singular_title_still_names_its_person(quotes_in) -> None:
    """Guard: "the lawyer" after "lawyer John Dowd" is Dowd."""
    text = (
        "The campaign hired lawyer John Dowd last month.\n\nThe lawyer said the case “has no "
        "merit at all” and would be dismissed."
    )
    assert ("The lawyer", "John Dowd") in _speakers(quotes_in, text)


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        (_GROUPS_ARTICLE, {"United States", "Muslims"}),
        ("Most recently, the city banned Syrians from public housing. While the mayor has "
         "defended the rule, the groups who wrote to him on Friday say they are “alarmed by the "
         "ban.” They ask the mayor to make it clear “that such rules are unacceptable” by "
         "repealing it.", {"Syrians"}),
        ("Most recently, Trump called to ban Mexicans from entering the U.S. While Clinton has "
         "condemned the proposal, the groups who wrote to her say they are “worried your "
         "campaign is sending mixed messages.” They ask the former secretary of state to make "
         "it clear “that you find such proposals unacceptable” by firing the general.",
         {"Mexicans"}),
    ],
)  # fmt: skip
def test_they_goes_on_with_the_plural_speaker_before(quotes_in, text, passing) -> None:
    """Round 84: "They ask …" after "the groups … say" was given to the United States, named in
    passing; "they" is the groups (unresolved here, so no record rather than a wrong one)."""
    speakers = _speakers(quotes_in, text)
    groups = {actor for speaker, actor in speakers if speaker.lower().startswith("the groups")}
    they = {actor for speaker, actor in speakers if speaker == "They"}
    assert not they & passing
    assert they <= groups | {None}


def test_they_takes_the_actor_of_the_plural_speaker_before(quotes_in) -> None:
    """Round 84: the rule carries the plural speaker's actor on to "They"."""
    text = (
        "Most recently, Trump called to ban Muslims from entering the U.S. While Clinton has "
        "condemned the proposal, the activists who wrote to her say they are “worried your "
        "campaign is sending mixed messages.” They ask the former secretary of state to make it "
        "clear “that you find such proposals unacceptable” by firing the general."
    )
    speakers = dict(_speakers(quotes_in, text))
    assert speakers.get("They") is not None
    assert speakers.get("They") == speakers.get("the activists")


def test_they_after_a_single_speaker_keeps_its_antecedent(quotes_in) -> None:
    """Guard: with one person speaking just before, "They" keeps the plural subject named."""
    text = (
        "Senate Democrats blocked the bill on Tuesday. Majority Leader Mitch McConnell called the "
        "vote “a disgrace.” They said the measure “would gut Medicare for millions.”"
    )
    assert ("They", "Democrats") in _speakers(quotes_in, text)


# 3. Joint speakers


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Two objectors, Lawrence Joyce and William Graham, had challenged Cruz’s presidential "
         "bid with the board, contending that his name should not appear on the March 15 ballot "
         "because his candidacy did not comply with Article II of the Constitution.",
         {"Lawrence Joyce", "William Graham"}),
        ("Two residents, Maria Lopez and John Carter, had sued the city in federal court, "
         "arguing that the new zoning law violated their property rights.",
         {"Maria Lopez", "John Carter"}),
        ("Three senators, Susan Collins, Lisa Murkowski and John McCain, wrote to the president "
         "on Monday, saying that the bill would hurt millions of families.",
         {"Susan Collins", "Lisa Murkowski", "John McCain"}),
    ],
)  # fmt: skip
def test_a_group_with_named_members_speaks_as_each_member(quotes_in, text, names) -> None:
    """Round 84: "Two objectors, Lawrence Joyce and William Graham, … contending that …" was
    given to Joyce alone; one record per named member, as for "both X and Y said"."""
    assert {actor for _, actor in _speakers(quotes_in, text)} == names


def test_a_group_with_one_named_member_is_not_split(quotes_in) -> None:
    """Guard: "Two objectors, including Lawrence Joyce," is not Joyce's alone either."""
    text = (
        "Two objectors, including Lawrence Joyce, had challenged the bid, contending that his "
        "name should not appear on the ballot."
    )
    assert all(actor != "Lawrence Joyce" for _, actor in _speakers(quotes_in, text))


@pytest.mark.parametrize(
    ("text", "speaker", "names"),
    [
        ("Hillary Clinton and Bernie Sanders are both progressives. Their shared goals on social "
         "and economic policy are closely aligned. The two admit that, given the partisan "
         "divide, instituting these goals will not be easy.", "The two",
         {"Hillary Clinton", "Bernie Sanders"}),
        ("Donald Trump and Ted Cruz met in Houston on Monday. The two men said that the party "
         "convention should not be contested.", "The two men", {"Donald Trump", "Ted Cruz"}),
        ("Angela Merkel and Emmanuel Macron spoke by phone on Tuesday. The pair said that the "
         "sanctions would remain in place.", "The pair", {"Angela Merkel", "Emmanuel Macron"}),
    ],
)  # fmt: skip
def test_the_two_are_the_pair_named_just_before(quotes_in, text, speaker, names) -> None:
    """Round 84: "The two admit …" after "Hillary Clinton and Bernie Sanders are …" was left
    unresolved; one record per person of the pair."""
    speakers = _speakers(quotes_in, text)
    assert {actor for s, actor in speakers if s == speaker} == names


def test_the_two_after_a_third_person_stays_unresolved(quotes_in) -> None:
    """Guard: a person named after the pair leaves "the two" unresolved."""
    text = (
        "Hillary Clinton and Bernie Sanders are both progressives. Donald Trump is not. The two "
        "admit that instituting these goals will not be easy."
    )
    assert {actor for s, actor in _speakers(quotes_in, text) if s == "The two"} == {None}


# 4. Contents


@pytest.mark.parametrize(
    ("text", "narration"),
    [
        (_GROUPS_ARTICLE, "Trump called to ban Muslims"),
        ("The dispute comes as the senator’s rhetoric has drawn attention to immigration in "
         "America. Last week, the senator proposed to bar refugees from entering the U.S. While "
         "the governor has sharply criticized the senator’s plan, the groups who met with him on "
         "Monday say they are “alarmed that the state is sending mixed signals on refugees.”",
         "the senator proposed to bar refugees"),
        ("The quarrel comes as the senator’s rhetoric has drawn attention to trade in America. "
         "Last week, the senator proposed to bar imports from entering the U.S. While the "
         "governor has sharply criticized the senator’s plan, the farmers who met with him on "
         "Monday say they are “alarmed that the state is sending mixed signals on trade.”",
         "the senator proposed to bar imports"),
    ],
)  # fmt: skip
def test_narration_before_a_cue_with_its_own_complement_is_not_reported(
    quotes_in, text, narration
) -> None:
    """Round 84: "Most recently, Trump called to ban Muslims from entering the U.S. While
    Clinton has forcefully condemned …" was stored as what "the groups … say they are …"."""
    assert not any(narration in q.content for q in _quotes(quotes_in, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Although the council has opposed the plan, the activists who wrote to the mayor say "
            "that they are worried about the cost.",
            "they are worried about the cost",
        ),
        (
            "The plan will cost $3 million, the activists who wrote to the mayor say.",
            "The plan will cost $3 million",
        ),
    ],
)
def test_a_report_before_its_cue_stays(quotes_in, text, content) -> None:
    """Guard: a clause reported before a cue with nothing after it is still the report; the
    complement after the cue is what it reports."""
    assert content in _indirect(quotes_in, text)


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("InSight Crime accessed ONA's official 2017 report in which the same authorities "
         "reported that marijuana made up 14.24 percent of total drug seizures, while cocaine "
         "made up 85.67 percent.", "while cocaine made up 85.67 percent"),
        ("The ministry reported that heroin accounted for 12 percent of all seizures, while "
         "methamphetamine accounted for 30 percent.",
         "while methamphetamine accounted for 30 percent"),
        ("Officials said that exports grew 4 percent in the first quarter, while imports fell 2 "
         "percent.", "while imports fell 2 percent"),
    ],
)  # fmt: skip
def test_a_contrast_giving_the_other_figures_is_part_of_the_report(quotes_in, text, tail) -> None:
    """Round 84: "…, while cocaine made up 85.67 percent" was cut off as the writer's."""
    assert any(c.endswith(tail) for c in _indirect(quotes_in, text))


def test_a_contrast_with_a_speaker_of_its_own_stays_the_writers(quotes_in) -> None:
    """Guard: "…, while critics say …" is another report, not the senator's."""
    text = (
        "The senator said that the economy was improving, while critics say the recovery has "
        "left many behind."
    )
    assert "the economy was improving" in _indirect(quotes_in, text)


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("New York Times columnist David Brooks stated that Thursday’s GOP debate was a “more "
         "Rubio-style” and the GOP candidate and Florida Senator “did well, because it was a "
         "substantive debate. It was more uplifting” and Rubio was hurt by going “personally, "
         "just in the gutter” against fellow candidate Donald Trump on Friday’s “PBS NewsHour.”",
         "against fellow candidate Donald Trump"),
        ("Washington Post columnist Ruth Marcus wrote that the debate was “a turning point” and "
         "the Ohio governor “did fine, because he stayed calm. He looked presidential” and Cruz "
         "was hurt by sounding “shrill, almost desperate” against his rivals on Sunday’s “Meet "
         "the Press.”", "against his rivals"),
        ("Fox News analyst Brit Hume said that the town hall was “a mess” and the former "
         "governor “held up well, because the questions were fair. It was a good night” and "
         "Christie was damaged by getting “loud, even nasty” with the moderator on Monday’s "
         "“Special Report.”", "with the moderator"),
    ],
)  # fmt: skip
def test_the_report_goes_on_past_a_quotation_the_parser_split(quotes_in, text, tail) -> None:
    """Round 84: Brooks's third conjunct ("and Rubio was hurt by going “…” against …") was cut
    off where the parser ended a sentence inside the quoted words; the show it was said on is
    not part of it."""
    assert any(c.endswith(tail) for c in _indirect(quotes_in, text))


def test_a_quotation_that_ends_the_sentence_ends_the_report(quotes_in) -> None:
    """Guard: after a closing "." inside the marks, "And …" is the writer's next sentence."""
    text = (
        "Brooks said the debate was “substantive. It was more uplifting.” And Rubio was hurt by "
        "going after Trump."
    )
    assert not any("Rubio was hurt" in c for c in _indirect(quotes_in, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Though President Rafael Correra has deployed some 10,000 extra personnel to the "
         "northern border, the security forces reportedly fear that so far, such measures have "
         "been insufficient. If not addressed soon, they allegedly say , the country could be "
         "overwhelmed by drug trafficking and organized crime.",
         "If not addressed soon, the country could be overwhelmed by drug trafficking and "
         "organized crime"),
        ("Police commanders have asked for more funding this year. If not approved soon, they "
         "warn, the force could lose hundreds of officers to private security firms.",
         "If not approved soon, the force could lose hundreds of officers to private security "
         "firms"),
        ("The trust fund is shrinking fast. Unless Congress acts this year, experts warn, the "
         "fund will be exhausted by 2030.",
         "Unless Congress acts this year, the fund will be exhausted by 2030"),
    ],
)  # fmt: skip
def test_a_fronted_condition_is_part_of_the_report(quotes_in, text, content) -> None:
    """Round 84: "If not addressed soon, they allegedly say, the country could be …" dropped
    the condition; the attribution between is left out of the content."""
    assert content in _indirect(quotes_in, text)


def test_a_condition_before_a_that_clause_stays_out(quotes_in) -> None:
    """Guard: with "say that …" the cue's own clause follows; the condition is the writer's."""
    text = (
        "The trust fund is shrinking fast. If Congress acts this year, experts say that the fund "
        "will last until 2040."
    )
    assert "the fund will last until 2040" in _indirect(quotes_in, text)


@pytest.mark.parametrize(
    ("text", "adverb", "tail"),
    [
        ("A Drug Enforcement Administration (DEA) assistant special agent told the "
         'Union-Tribune that Mexican cartels were "flooding the US marketplace with their cheap '
         'methamphetamine" and that the price of the drug has decreased "tremendously" since '
         "2008.", "tremendously", 'decreased "tremendously" since 2008'),
        ('A police spokesman told the newspaper that the gangs were "taking over entire '
         'neighborhoods" and that violent crime has risen "sharply" since the election.',
         "sharply", 'risen "sharply" since the election'),
        ('The minister told reporters that the reforms were "beginning to work" and that '
         'inflation has fallen "dramatically" over the past year.', "dramatically",
         'fallen "dramatically" over the past year'),
    ],
)  # fmt: skip
def test_a_quoted_adverb_is_part_of_the_report(quotes_in, text, adverb, tail) -> None:
    """Round 84: "… and that the price of the drug has decreased “tremendously” since 2008"
    stored the one word as a quotation of its own; the second "that" clause is reported too."""
    assert adverb not in _partial(quotes_in, text)
    assert any(c.endswith(tail) for c in _indirect(quotes_in, text))


def test_a_quoted_judgement_stays_a_quotation(quotes_in) -> None:
    """Guard: a quoted adjective is the speaker's own judgement ("“brutal”")."""
    text = (
        'The minister told reporters that the reforms were "beginning to work" and that '
        'inflation had been "brutal" over the past year.'
    )
    assert "brutal" in _partial(quotes_in, text)


# 5. No quotation, and who speaks


@pytest.mark.parametrize(
    ("text", "gloss"),
    [
        ("According to sources in the security forces consulted by El Tiempo , BACRIM (which "
         'comes from the Spanish "bandas criminales," or "criminal bands") in the provinces of '
         "Antioquia and Cordoba have been planting mines to protect coca crops, drug trafficking "
         "corridors and illegal mining interests.", "criminal bands"),
        ("According to analysts consulted by Semana, the dissidents (which comes from the "
         'Spanish "disidencias armadas," or "armed dissidents") in the department of Cauca have '
         "been recruiting minors.", "armed dissidents"),
        ("According to investigators consulted by El Universal, the huachicoleros (which comes "
         'from the Spanish "huachicol," or "stolen fuel") in the state of Puebla have been '
         "tapping pipelines.", "stolen fuel"),
    ],
)  # fmt: skip
def test_a_translation_gloss_is_no_quotation(quotes_in, text, gloss) -> None:
    """Round 84: 'the Spanish "bandas criminales," or "criminal bands"' stored the writer's
    translation as the sources' words."""
    assert gloss not in _partial(quotes_in, text)


def test_quoted_alternatives_of_a_speaker_stay_quotations(quotes_in) -> None:
    """Guard: with no language word before them, quoted alternatives are the speaker's."""
    text = (
        'The minister told reporters that the choice was between "reform now," or "collapse '
        'later," and that time was running out.'
    )
    assert "collapse later" in _partial(quotes_in, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to sources in the security forces consulted by El Tiempo , BACRIM have been "
         "planting mines to protect coca crops.", "sources in the security forces"),
        ("Police sources in the Interior Ministry told El Universal that the cartel has been "
         "moving weapons through the port.", "Police sources in the Interior Ministry"),
        ('Analysts at the bank said that the peso "will keep falling" through the end of the '
         "year.", "Analysts at the bank"),
    ],
)  # fmt: skip
def test_unnamed_sources_keep_who_they_are(quotes_in, text, speaker) -> None:
    """Round 84: "sources in the security forces consulted by El Tiempo" was the bare
    "sources"; the modifier says who they are, the paper that consulted them does not."""
    assert speaker in [s for s, _ in _speakers(quotes_in, text)]


def test_a_place_or_scene_is_no_modifier_of_who_speaks(quotes_in) -> None:
    """Guard: "in the audience" says where she was, not who she is."""
    text = "A woman in the audience shouted “Go home!” at the candidate."
    assert [s for s, _ in _speakers(quotes_in, text)] == ["A woman"]


def test_a_speaker_with_a_modifier_is_still_read_by_its_head(quotes_in) -> None:
    """Guard: "a reporter at the paper" is a reporter, not a "paper" left unresolved (the
    tests that read a speaker by its last word read it without the modifier)."""
    text = '"The race is over," a reporter at the paper said.'
    assert [s for s, _ in _speakers(quotes_in, text)] == ["a reporter at the paper"]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Ted Cruz has coined a new phrase to describe those in the country illegally. He "
         "expressed amusement that Mr. Rubio had at last described his views on immigration "
         "“not only on Spanish-language television but on English-language television,” "
         "echoing some far-right commentators.", "not only on Spanish-language television",
         "Ted Cruz"),
        ("Bernie Sanders toured Ohio on Monday. He expressed satisfaction that Mrs. Clinton had "
         "finally described her views on trade “not only at closed-door fundraisers but in "
         "front of union members,” echoing several labor leaders.",
         "not only at closed-door fundraisers", "Bernie Sanders"),
        ("Jeb Bush spoke in Miami on Tuesday. He voiced surprise that Mr. Trump had finally "
         "stated his position on Iraq “in plain English and in front of veterans,” echoing "
         "several retired generals.", "in plain English", "Jeb Bush"),
    ],
)  # fmt: skip
def test_quoted_words_on_how_another_spoke_are_the_reporters(quotes_in, text, words, actor) -> None:
    """Round 84: "Cruz … expressed amusement that Rubio had at last described his views “not
    only on Spanish-language television …”" gave the quoted words to Rubio."""
    found = [q for q in _quotes(quotes_in, text) if words in q.content]
    assert found
    assert all(q.speaker is not None and q.speaker.actor == actor for q in found)


def test_a_quoted_predicate_stays_with_the_one_who_named(nlp) -> None:
    """Guard: 'described him as “a low-energy guy”' is what Trump said of him, not an adjunct
    of how he spoke."""
    doc = nlp(
        "He complained that Mr. Trump had described him as “a low-energy guy” in every debate."
    )
    cue = next(t for t in doc if t.lower_ == "described")
    root = next(t for t in doc if t.lower_ == "guy")
    assert adjunct_owner(cue, root, lambda verb: True) is None


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("But a New Hampshire ballot commission in January was a little more tentative. In "
         "rejecting a similar challenge, the commission recognized that a suitable court should "
         "settle the matter — “so that all election officials and the American people know once "
         "and for all the definition of ‘natural born citizen.’”", "the commission",
         "New Hampshire ballot commission"),
        ("A Texas election board met on Friday to hear the complaint. The board said the "
         "candidate “meets every requirement of the law” and dismissed the case.", "The board",
         "Texas election board"),
        ("An Ohio ethics committee opened an inquiry into the donations last month. The "
         "committee said the mayor “failed to disclose the gifts” and ordered a hearing.",
         "The committee", "Ohio ethics committee"),
    ],
)  # fmt: skip
def test_a_body_is_the_one_described_with_its_place(quotes_in, text, speaker, actor) -> None:
    """Round 84: "the commission recognized …" was left unresolved although the article names
    "a New Hampshire ballot commission" just before."""
    assert (speaker, actor) in _speakers(quotes_in, text)


def test_a_body_described_without_a_name_stays_unresolved(quotes_in) -> None:
    """Guard: "a school board" names no one; "the board" stays a description."""
    text = (
        "A school board met on Friday to hear the complaint. The board said the teacher “meets "
        "every requirement of the law” and dismissed the case."
    )
    assert ("The board", None) in _speakers(quotes_in, text)
