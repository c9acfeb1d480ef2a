"""Round 100 (blind audits of rounds 99 and 100, strict precision 0.88 and 0.87): speech acts
no one made (a hypothetical "for X to say", a plan "as X proposes") and a transcript label run
into its turn's first word. Each fault's input, two paraphrases and the guards of what was
right."""

from __future__ import annotations

import pytest

DAY = "2016-07-11"


def _contents(quotes_in, text: str) -> list[str]:
    return [q.content for q in quotes_in(text, DAY)]


# --- "for X to say": a hypothetical, no speech act -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "But the last part, as Paul Krugman of the New York Times points out, is that it's "
        "always been a bit awkward for Republicans to say that government is the problem "
        "except for the part of the government that sets interest rates for the whole economy.",
        "It has long been hard for Democrats to argue that higher taxes help the middle class.",
        "It would be embarrassing for the senator to claim that he never met the lobbyist.",
    ],
)
def test_for_someone_to_say_is_no_report(quotes_in, text: str) -> None:
    speakers = {q.speaker.text for q in quotes_in(text, DAY) if q.speaker is not None}
    assert not speakers & {"Republicans", "Democrats", "the senator"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Democrats said that higher taxes help the middle class.",
         "higher taxes help the middle class"),
        ("The senator went on to claim that he never met the lobbyist.",
         "he never met the lobbyist"),
        ("It is time, Republicans say, for the government to get out of monetary policy.",
         None),
    ],
)  # fmt: skip
def test_said_and_infinitives_of_narration_still_report(
    quotes_in, text: str, content: str | None
) -> None:
    contents = _contents(quotes_in, text)
    if content is not None:
        assert content in contents
    else:
        assert contents  # the "say" aside still reports its sentence


# --- "as X proposes": the plan, not X's words -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One can also debate the tradeoffs of a financial transactions tax dedicated to paying "
        "for tuition at public colleges, as Sanders proposes. But there are many reasons why "
        "middle- and low-income Americans might consider it a good deal.",
        "The city might adopt a four-day school week, as the mayor proposes.",
        "Lawmakers could fund free preschool with a soda tax, as the governor recommends.",
    ],
)
def test_as_someone_proposes_is_no_report(quotes_in, text: str) -> None:
    assert _contents(quotes_in, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Crime has fallen sharply this year, as the mayor noted.",
        "The tax would raise $110 billion a year, as Sanders argues.",
    ],
)
def test_as_someone_said_still_reports(quotes_in, text: str) -> None:
    assert _contents(quotes_in, text)


# --- a transcript label run into the turn's first word --------------------------------------


def _panel(first: str, second: str, surname: str) -> str:
    return (
        "Chris Matthews asked the panel about the tax.\n\n"
        "Matthews: So what is it?\n\n"
        "Alex Seitz-Wald: She is right on all these things if you dig down, but it's the "
        "vegetables.\n\n"
        f"{first} {second}: Saying to people ‘Wall Street speculation’ — everyone has "
        "different image of what that is. ….\n\n"
        "Matthews: Well, speculation is bad.\n\n"
        f"{second}: Well, no one is like, ‘My 401(k) is speculation.’"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("Luciana", "Lopez"), ("Maria", "Gonzalez"), ("Karen", "Whitfield")],
)
def test_transcript_label_is_the_speakers_name(quotes_in, first: str, second: str) -> None:
    quotes = quotes_in(_panel(first, second, second), DAY)
    turns = {q.content[:12]: q.speaker for q in quotes if q.speaker is not None}
    assert turns["Saying to pe"].actor == f"{first} {second}"
    assert turns["Well, no one"].actor == f"{first} {second}"
    assert turns["Well, specul"].actor == "Chris Matthews"  # guard


# --- a quoted hyphenated modifier: a term of art, no partial quotation ------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('The Ministry of Interior and Justice argues that the plan is innovative in its '
         '"place-based" approach to policing and will result in faster police response times.',
         "place-based"),
        ('The chief says the force will use a "broken-windows" strategy downtown.',
         "broken-windows"),
        ('The ministry says the program is new in its "community-first" approach to schooling.',
         "community-first"),
    ],
)  # fmt: skip
def test_quoted_hyphenated_modifier_is_a_term(quotes_in, text: str, term: str) -> None:
    contents = _contents(quotes_in, text)
    assert term not in contents
    assert any(term in c for c in contents)  # guard: the reported clause stays


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The senator called it a "half-baked" plan.', "half-baked"),
        ('The mayor argued that the plan was "reckless" and would fail.', "reckless"),
        ('The mayor said the budget was "a well-meaning mess."', "a well-meaning mess"),
    ],
)
def test_quoted_words_of_the_speaker_stay(quotes_in, text: str, words: str) -> None:
    assert words in _contents(quotes_in, text)


# --- "the editorial board", "the editors": the paper named just before ----------------------


def _speaker_actor(quotes_in, text: str, start: str) -> str | None:
    found = [q for q in quotes_in(text, DAY) if q.content.startswith(start)]
    assert found, start
    return found[0].speaker.actor if found[0].speaker else None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The pro-Christie Union Leader, New Hampshire's largest newspaper, has run a string of "
         "negative editorials pushing the same line of attack. \"Obsequious pandering to Trump "
         "belies Cruz's reputation as a maverick,\" the editorial board recently wrote.",
         "New Hampshire Union Leader"),
        ("The Des Moines Register has run several sharp editorials this month. \"The senator "
         "has lost his way,\" the editorial board wrote.", "Des Moines Register"),
        ("The Boston Globe ran a front-page editorial on Sunday. \"This is a dangerous "
         "moment,\" the editors wrote.", "Boston Globe"),
        ("The Denver Post, the state's biggest daily, endorsed him. \"He is the right "
         "choice,\" the paper wrote.", "Denver Post"),  # guard
    ],
)  # fmt: skip
def test_editorial_board_is_the_paper(quotes_in, text: str, actor: str) -> None:
    first = text.split('"')[1][:10]
    assert _speaker_actor(quotes_in, text, first) == actor


def test_editors_with_no_paper_named_stay_unresolved(quotes_in) -> None:
    text = 'Senator Ann Kirk met voters on Sunday. "This is a dangerous moment," the editors wrote.'
    assert _speaker_actor(quotes_in, text, "This is") != "Ann Kirk"


# --- "ended with X asking …": X asks, not the subject of "ended" -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The conversation ended with Maddow asking Clinton pointedly whether she would "
         "consider a woman as a running mate should she be the nominee.", "Maddow"),
        ("The hearing closed with Senator Ann Kirk asking the director whether the agency had "
         "misled Congress.", "Senator Ann Kirk"),
        ("The debate opened with the moderator asking both candidates whether they would "
         "accept the result.", "the moderator"),
        # guards: no "with X" right before the participle
        ("Kirk ended the hearing with a question, asking the director whether the agency had "
         "misled Congress.", "Kirk"),
        ("She left with tears in her eyes, saying that the vote was a betrayal.", "She"),
    ],
)  # fmt: skip
def test_with_someone_asking_is_their_question(quotes_in, text: str, speaker: str) -> None:
    speakers = [q.speaker.text for q in quotes_in(text, DAY) if q.speaker is not None]
    assert speakers == [speaker]


# --- "X reported, according to sources, …": the outlet's report -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Politico reported, according to sources in the meetings, Clinton tried to calm any "
         "jitters among the financial firm's leaders by telling them she was not going to "
         "crusade against Wall Street.", "Politico"),
        ("The Guardian reported, according to people at the dinner, the minister promised to "
         "cut fuel taxes.", "The Guardian"),
        ("Bloomberg wrote, according to two traders, that the bank had stopped lending to the "
         "firm.", "Bloomberg"),
        # guard: no speech verb before the phrase
        ("Crime has fallen, according to police, and the mayor is pleased with the figures "
         "this year.", "police"),
    ],
)  # fmt: skip
def test_outlet_reported_according_to_sources(quotes_in, text: str, speaker: str) -> None:
    speakers = [q.speaker.text for q in quotes_in(text, DAY) if q.speaker is not None]
    assert speakers == [speaker]


# --- "according to an investigation by X": X ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Since then, former paramilitary groups in the Colombian department of Norte de "
         "Santander have become more powerful than ever, according to an investigation by La "
         "Silla Vacia.", "La Silla Vacia"),
        ("Police abuses rose sharply last year, according to a study by Human Rights Watch.",
         "Human Rights Watch"),
        ("Smuggling has tripled since the border closed, according to an investigation by "
         "InSight Crime.", "InSight Crime"),
    ],
)  # fmt: skip
def test_investigation_by_someone_is_theirs(quotes_in, text: str, actor: str) -> None:
    actors = [q.speaker.actor for q in quotes_in(text, DAY) if q.speaker is not None]
    assert actors == [actor]


def test_investigation_as_a_thing_is_no_report(quotes_in) -> None:
    assert _contents(quotes_in, "The study is expected to be published next year.") == []


# --- "the UN's 2011 World Drug Report": the body that issued it ------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("In 2009, the Andean nation seized the second-highest amount of cocaine in South "
         "America, according to the UN's 2011 World Drug Report.", "United Nations"),
        ("Coca cultivation in Peru rose by a third, according to the World Bank's 2014 "
         "Development Report.", "World Bank"),
        ("Opium output fell last year, according to Afghanistan's National Drug Control "
         "Report.", "Afghanistan"),
        # guards: a paper's name is the paper
        ("The minister resigned on Friday, the New York Post reported.", "New York Post"),
        ("Sales dropped sharply, according to The Denver Post.", "Denver Post"),
    ],
)  # fmt: skip
def test_titled_report_is_its_issuers(quotes_in, text: str, actor: str) -> None:
    actors = [q.speaker.actor for q in quotes_in(text, DAY) if q.speaker is not None]
    assert actors == [actor]


# --- a dialogue's turns: not all the caller's ------------------------------------------------


def _by_content(quotes_in, text: str) -> dict[str, str | None]:
    return {q.content: (q.speaker.actor if q.speaker else None) for q in quotes_in(text, DAY)}


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ('Factum called again and asked to at least give us a brief interview on the phone. '
         'The manager answered. "Hello." "I am calling from Factum magazine. We have been '
         'trying to have an interview with you." "What do you want to talk about." "The '
         'subject is extortion." "No no no. Look, talk to the person who has told you that." '
         "The manager hung up.", "Factum"),
        ('Our paper phoned the clinic and asked for a comment. The director answered. "Good '
         'morning." "We are writing about the closure." "I have nothing to say."', None),
        ('Reuters called the ministry and asked for an interview. The spokesman answered. '
         '"Yes?" "We are calling about the tender." "Call back tomorrow."', "Reuters"),
    ],
)  # fmt: skip
def test_dialogue_turns_are_not_the_callers(quotes_in, text: str, caller: str | None) -> None:
    turns = {
        c: a
        for c, a in _by_content(quotes_in, text).items()
        if not c.startswith(("to at least", "for "))
    }
    assert caller is None or all(a != caller for a in turns.values())
    assert not turns or all(a != "Factum" for a in turns.values())


def test_one_speaker_goes_on_past_a_crowds_cheer(quotes_in) -> None:
    text = '"We will win," Trump told the crowd. The crowd cheered. "We will win big."'
    assert _by_content(quotes_in, text)["We will win big."] == "Donald Trump"


# --- a list of possessed names: one quotation per person -------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Instead, Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued that "
         "Sanders’ plan and its appeal to voters grow out of a kind of childish naivete.",
         ["Matthews", "Alex Seitz-Wald", "Luciana Lopez"]),
        ("CNN's Jake Tapper and Fox's Bret Baier said that the debate was a mess.",
         ["Jake Tapper", "Bret Baier"]),
        ("NBC's Chuck Todd and ABC's Martha Raddatz argued that the polls were wrong.",
         ["Chuck Todd", "Martha Raddatz"]),
        # guards
        ("Senator Ann Kirk and Representative Tom Hale argued that the bill would fail.",
         ["Ann Kirk", "Tom Hale"]),
        ("CNN's Jake Tapper said that the debate was a mess.", ["Jake Tapper"]),
    ],
)  # fmt: skip
def test_listed_names_each_speak(quotes_in, text: str, actors: list[str]) -> None:
    assert [q.speaker.actor for q in quotes_in(text, DAY) if q.speaker] == actors
