"""Quotation kinds of blind-audit rounds 22-23 (seed 1): an attribution set inside what it
reports; a report that goes on after its attribution; a speech act asked of someone else; a
parenthetical "said" whose content is the quotation after it; "according to X" before an
adjunct; a participle of the cue's adjunct taken for the report; a report made inside a
dash-set aside; an office-holder given by title then named. Each kind: the audited input and
two paraphrases."""

from __future__ import annotations

import pytest


def _pairs(quotes) -> list[tuple[str, str | None]]:
    return [(q.content, q.speaker.text if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The plan, an inside source said, is to have volunteers pass out reprints of the "
            "editorial.",
            "The plan is to have volunteers pass out reprints of the editorial",
            "an inside source",
        ),
        (
            "The talks, the minister said on Monday, will resume in Geneva next week.",
            "The talks will resume in Geneva next week",
            "the minister",
        ),
        (
            "The editorial, sources said, nailed the narrative the campaign had tried to put "
            "forward.",
            "The editorial nailed the narrative the campaign had tried to put forward",
            "sources",
        ),
    ],
)
def test_an_attribution_inside_the_report_is_no_part_of_its_content(
    quotes_in, text, content, speaker
) -> None:
    quotes = quotes_in(text)
    assert (content, speaker) in _pairs(quotes)
    quote = next(q for q in quotes if q.content == content)
    assert quote.gap is not None and speaker in text[quote.gap[0] : quote.gap[1]]
    assert quote.span[0] < quote.gap[0] < quote.gap[1] < quote.span[1]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The MS13 displaced them, authorities told the newspaper, and began selling "
            "military weapons.",
            "The MS13 displaced them and began selling military weapons",
            "authorities",
        ),
        (
            "The gang seized the port, officials told reporters, and started charging fees to "
            "every ship.",
            "The gang seized the port and started charging fees to every ship",
            "officials",
        ),
        (
            "The cartel bribed the guards, police said, and smuggled the cocaine out at night.",
            "The cartel bribed the guards and smuggled the cocaine out at night",
            "police",
        ),
    ],
)
def test_a_report_goes_on_after_its_attribution(quotes_in, text, content, speaker) -> None:
    assert (content, speaker) in _pairs(quotes_in(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The policy is sound, he said, and added that it would pass.",
            "The policy is sound",
        ),
        (
            "The border will stay shut, the minister said, and added that talks had failed.",
            "The border will stay shut",
        ),
    ],
)
def test_a_parenthetical_report_stops_at_the_speakers_next_act(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Democratic Leadership Council pushed Democrats to moderate their stance on gun "
            "control and to say they support the Second Amendment.",
            "Democrats",
        ),
        ("Aides pressed the governor to say that he would sign the bill.", "the governor"),
        ("He wants to say that the deal is dead.", "He"),
    ],
)
def test_a_speech_act_asked_of_someone_or_wanted_is_no_quotation(quotes_in, text, speaker) -> None:
    assert speaker not in [s for _, s in _pairs(quotes_in(text))]


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        (
            "There was no photograph of the brief meeting at the papal residence complex, in "
            'keeping with Vatican protocol and also, Sanders said, "to make clear that there is '
            'no endorsement here."',
            "to make clear that there is no endorsement here.",
        ),
        (
            "The talks were held behind closed doors, as is the custom and also, the envoy said, "
            '"to keep the press away from it."',
            "to keep the press away from it.",
        ),
        (
            "No statement was issued after the meeting, in line with past practice and also, "
            'Merkel said, "to avoid raising hopes."',
            "to avoid raising hopes.",
        ),
    ],
)
def test_a_parenthetical_said_before_a_quotation_reports_the_quotation(
    quotes_in, text, direct
) -> None:
    quotes = quotes_in(text)
    assert direct in [q.content for q in quotes]
    assert all(q.kind == "direct" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"This is called good manners," the pope told reporters, according to Reuters, during an '
        "answer to a question aboard the plane returning from the Greek island of Lesbos, where "
        "Francis visited a refugee camp.",
        '"We are ready," the minister told reporters, according to AFP, on the sidelines of a '
        "summit in the capital where leaders discussed the crisis.",
        '"It is over," the coach said, according to the Associated Press, after a training session '
        "held at the stadium that hosted the final.",
    ],
)
def test_according_to_before_an_adjunct_reports_nothing_more(quotes_in, text) -> None:
    assert [q.kind for q in quotes_in(text)] == ["direct"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Obama had said in an ABC interview taped before the attacks that the United States "
            'had "contained" the Islamic State from expanding its land grab in Iraq and Syria.',
            'the United States had "contained" the Islamic State from expanding its land grab '
            "in Iraq and Syria",
        ),
        (
            "Merkel had said in a television interview recorded before the vote that Germany "
            "would not send troops.",
            "Germany would not send troops",
        ),
        (
            "The minister said in a radio address aired before the strike that the ports would "
            "stay open.",
            "the ports would stay open",
        ),
    ],
)
def test_a_participle_of_the_cues_adjunct_is_not_the_report(quotes_in, text, content) -> None:
    contents = [q.content for q in quotes_in(text)]
    assert content in contents
    assert not any(c.startswith(("taped", "recorded", "aired")) for c in contents)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'GOP front-runner Donald Trump - who previously said he would "bomb the [expletive] '
            'out of" oil fields seized by the Islamic State - said at a Saturday rally in Texas '
            "that the United States should also close its borders to Syrian refugees.",
            'he would "bomb the [expletive] out of" oil fields seized by the Islamic State',
        ),
        (
            "The senator - who said last week that the bill was dead - voted for it on Monday.",
            "the bill was dead",
        ),
        (
            "The mayor - who had said in May that the budget was balanced - resigned on Friday.",
            "the budget was balanced",
        ),
    ],
)
def test_a_report_inside_a_dash_aside_ends_at_the_closing_dash(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Ecuador's Foreign Minister claimed there are no members of Colombia's guerrilla "
            "group FARC operating in its territory. During an interview with InSight Crime, "
            "Ecuadorean Foreign Minister Ricardo Patino said the FARC have no presence in his "
            "country.",
            "Ricardo Patino",
        ),
        (
            "Colombia's Defense Minister said the army would stay in Cauca. Speaking in Bogota, "
            "Colombian Defense Minister Juan Carlos Pinzon said the troops had the support of "
            "the local population.",
            "Juan Carlos Pinzon",
        ),
        (
            "Mexico's Interior Minister announced a review of the security strategy. Mexican "
            "Interior Minister Miguel Angel Osorio Chong told reporters the review would take "
            "three months.",
            "Miguel Angel Osorio Chong",
        ),
    ],
)
def test_an_office_holder_given_by_title_is_the_person_named_next(quotes_in, text, actor) -> None:
    first = quotes_in(text)[0]
    assert first.speaker is not None and first.speaker.actor == actor


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "However, bureaucratic hurdles -- such as inefficient judicial proceedings -- have "
            "slowed property seizure cases and limited the law's power, as Martinez noted to "
            "InSight Crime.",
            "However, bureaucratic hurdles -- such as inefficient judicial proceedings -- have "
            "slowed property seizure cases and limited the law's power",
        ),
        (
            "The gangs have taken over the port and imposed fees on every ship, as the mayor "
            "noted on Monday.",
            "The gangs have taken over the port and imposed fees on every ship",
        ),
        (
            "Prices rose in May and fell in June, as the agency reported.",
            "Prices rose in May and fell in June",
        ),
    ],
)
def test_as_x_noted_after_joined_verbs_reports_both(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ben Carson says Democrat Hillary Clinton is not fit to serve as President of the "
            "United States, because she's put American lives at risk.",
            "Democrat Hillary Clinton is not fit to serve as President of the United States, "
            "because she's put American lives at risk",
        ),
        (
            "The minister said the talks had failed, because the rebels refused to disarm.",
            "the talks had failed, because the rebels refused to disarm",
        ),
        (
            "The senator said the bill was dead, because the votes were not there.",
            "the bill was dead, because the votes were not there",
        ),
    ],
)
def test_the_reason_a_speaker_gives_is_part_of_the_report(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The move may come as no surprise to some as Trump called for an Apple boycott after the "
        "company refused to work with the FBI.",
        "Schilling did not back down, even as advocates called for his dismissal.",
        "His name was Mason, as the audience laughed and applauded.",
    ],
)
def test_a_while_clause_with_as_reports_nothing(quotes_in, text) -> None:
    assert [q for q in quotes_in(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        (
            'She was jabbing her finger at an activist as she angrily said, "You should be '
            'ashamed."',
            "You should be ashamed.",
        ),
        (
            'He walked off the stage as he shouted, "This is over."',
            "This is over.",
        ),
        (
            'The crowd booed as the mayor said, "We will rebuild."',
            "We will rebuild.",
        ),
    ],
)
def test_as_x_said_before_a_quotation_reports_the_quotation(quotes_in, text, direct) -> None:
    quotes = quotes_in(text)
    assert direct in [q.content for q in quotes]
    assert all(q.kind == "direct" for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pena Nieto's comments came the same day that Mexico's Interior Minister, Miguel Angel "
            "Osorio Chong, announced marijuana laws will be reviewed in a three-pronged debate.",
            "Mexico's Interior Minister",
        ),
        (
            "Merkel's remarks came a day after the French president said the union needed reform.",
            "the French president",
        ),
        (
            "The minister's statement came the week that the central bank said inflation had "
            "peaked.",
            "the central bank",
        ),
    ],
)
def test_a_statement_noun_does_not_take_a_clause_of_its_verb(quotes_in, text, speaker) -> None:
    quotes = quotes_in(text)
    nouns = ("comments", "remarks", "statement")
    assert all(q.cue is None or q.cue.text not in nouns for q in quotes)
    assert speaker in [q.speaker.text for q in quotes if q.speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Brazilian police, the PCC gang now controls drug routes that pass "
            "through Rondonia and Acre -- both of which have high concentrations of violence.",
            "the PCC gang now controls drug routes that pass through Rondonia and Acre",
        ),
        (
            "The agency estimates that one in 45 children has autism -- that's roughly 1.5 "
            "million kids.",
            "one in 45 children has autism",
        ),
        (
            "Officials said the border would close — all of which angered traders.",
            "the border would close",
        ),
    ],
)
def test_the_writers_gloss_after_a_dash_is_not_reported(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


def test_a_dash_set_aside_inside_a_report_stays(quotes_in) -> None:
    text = "The minister said the plan — a first in a decade — would cut taxes for all families."
    assert "the plan — a first in a decade — would cut taxes for all families" in [
        q.content for q in quotes_in(text)
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Columnist George Will attacked the candidate on Friday. From the speech to his call "
            "for a wall, Will described Trump as a “caricature of democracy’s most embarrassing "
            "possibilities.”",
            "George Will",
        ),
        (
            "George Will wrote about the race on Sunday. In the column, Will described Cruz as "
            "“a conservative of the old school.”",
            "George Will",
        ),
        (
            "Columnist George Will spoke on Monday. Will called the nominee “a disaster for the "
            "party.”",
            "George Will",
        ),
    ],
)
def test_a_name_the_parser_took_for_a_modal_is_the_speaker(quotes_in, text, actor) -> None:
    quotes = quotes_in(text)
    assert quotes and all(q.speaker is not None and q.speaker.actor == actor for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Scarborough and co-host Mika Brzezinski have rejected assertions that their show has "
        "beaten the drum in favor of Trump.",
        "The ministry denied claims that troops had crossed the border.",
        "The senator dismissed reports that she would resign.",
    ],
)
def test_a_statement_someone_answers_is_not_theirs(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        (
            "Federal Police chief Luis Cardenas Palomino visited the town on Monday. The federal "
            "police said the dead officers had been trying to arrest colleagues.",
            "The federal police",
            "Luis Cardenas Palomino",
        ),
        (
            "Army commander Juan Perez arrived on Monday. The army said the road was open.",
            "The army",
            "Juan Perez",
        ),
        (
            "Ministry spokesman Ivan Petrov spoke on Monday. The ministry said the talks had "
            "failed.",
            "The ministry",
            "Ivan Petrov",
        ),
    ],
)
def test_a_body_is_not_the_person_whose_title_it_qualifies(quotes_in, text, speaker, actor) -> None:
    quote = next(q for q in quotes_in(text) if q.speaker and q.speaker.text == speaker)
    assert quote.speaker.actor != actor


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Bolton told Breitbart News he would be honored to serve, should the opportunity "
            "present itself.",
            "he would be honored to serve, should the opportunity present itself",
        ),
        (
            "He said the talks would resume, should both sides agree.",
            "the talks would resume, should both sides agree",
        ),
        (
            "The governor said she would sign the bill, should the legislature pass it.",
            "she would sign the bill, should the legislature pass it",
        ),
    ],
)
def test_an_inverted_condition_stays_with_its_report(quotes_in, text, content) -> None:
    assert [q.content for q in quotes_in(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Although it still seems likely that more coca enters the market, the flow has "
            "grown, according to the UNODC.",
            "the flow has grown",
        ),
        (
            "Though the party boasts of record turnout, the gap has widened, according to the "
            "census bureau.",
            "the gap has widened",
        ),
        (
            "Although prices fell in May, inflation has risen, according to the central bank.",
            "inflation has risen",
        ),
    ],
)
def test_a_concessive_that_opens_the_sentence_is_the_writers(quotes_in, text, content) -> None:
    assert content in [q.content for q in quotes_in(text)]


def test_a_concessive_after_that_is_the_speakers(quotes_in) -> None:
    text = "The minister said that although taxes rose, growth held steady."
    assert "although taxes rose, growth held steady" in [q.content for q in quotes_in(text)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A woman later identified as Eva Resnick-Day demanded that Clinton pledge to reject "
            "fossil fuel money.",
            "Eva Resnick-Day",
        ),
        ("A man identified as Juan Perez told reporters that the town was quiet.", "Juan Perez"),
        (
            "A protester, later identified as Maria Lopez, shouted that the vote was rigged.",
            "Maria Lopez",
        ),
    ],
)
def test_a_speaker_identified_as_a_name_is_that_person(quotes_in, text, actor) -> None:
    quote = quotes_in(text)[0]
    assert quote.speaker is not None and quote.speaker.actor == actor


@pytest.mark.parametrize(
    "text",
    [
        'Candidates reacted on Twitter. <tweet pic="" author="JebBush" timestamp="1449075600" '
        'tweet_id="672153025243426816">Praying for the victims and their families.</tweet>',
        'Clinton wrote on Twitter. <tweet author="HillaryClinton" timestamp="1449075600">We must '
        "act now.</tweet>",
        'The senator posted a message. <tweet pic="" author="SenSanders">Enough is enough.</tweet>',
    ],
)
def test_markup_left_in_the_text_is_no_quotation(quotes_in, text) -> None:
    for quote in quotes_in(text):
        assert "author=" not in quote.content and "</" not in quote.content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lavrov said Russia remained ready to help Armenia guard its border with Azerbaijan, "
            "but only if Yerevan stopped freezing its participation in the Collective Security "
            "Treaty Organization.",
            "Russia remained ready to help Armenia guard its border with Azerbaijan, but only if "
            "Yerevan stopped freezing its participation in the Collective Security Treaty "
            "Organization",
        ),
        (
            "The minister said the aid would flow, but only if the ceasefire held.",
            "the aid would flow, but only if the ceasefire held",
        ),
        (
            "Officials said talks could resume, unless the rebels attacked again.",
            "talks could resume, unless the rebels attacked again",
        ),
    ],
)
def test_a_condition_the_parser_hung_on_the_cue_stays_with_the_report(
    quotes_in, text, content
) -> None:
    assert content in [q.content for q in quotes_in(text)]


def test_a_joined_clause_of_the_writer_is_still_left_out(quotes_in) -> None:
    text = "Police said the road was closed, and the mayor left the city."
    assert "the road was closed" in [q.content for q in quotes_in(text)]
