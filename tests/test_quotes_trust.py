"""Quotations you can trust (issue 15): each input of the issue's "Found" list, and two
paraphrases of our own per kind. Sentences are the project's own, written for these tests."""

from __future__ import annotations

import pytest

from dyads.quotes import find_attributions, find_quotes
from dyads.quotes.marks import paragraphs, segments
from dyads.records import Quote


@pytest.fixture(scope="module")
def stances_in(pipeline):
    def run(text: str) -> list[Quote]:
        return find_attributions(pipeline.nlp(text), []).stances

    return run


def _one(quotes: list[Quote], content: str) -> Quote:
    matches = [q for q in quotes if q.content.rstrip(",.") == content.rstrip(",.")]
    assert len(matches) == 1, [q.content for q in quotes]
    return matches[0]


def _sentence_quotes(text: str) -> list[Quote]:
    """The quotes of ``text`` as the actors and quotes stages give them, without the article
    stage (no headline or dateline read)."""
    from dyads.actors import find_mentions
    from dyads.events.sentences import load_nlp
    from dyads.quotes import find_quotes

    doc = load_nlp()(text)
    return find_quotes(doc, find_mentions(doc))


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


def _actor(quote: Quote) -> str | None:
    return quote.speaker.actor if quote.speaker is not None else None


# -- pseudo-quotes: the object of an evaluative or other non-speech verb is no quotation -------
@pytest.mark.parametrize(
    ("text", "holder", "about"),
    [
        # Found
        (
            "Michaela Angela Davis recently praised Hillary Clinton at a town hall in Harlem.",
            "Michaela Angela Davis",
            "Hillary Clinton",
        ),
        (
            "Hillary Clinton denounced the bank in a speech on Tuesday.",
            "Hillary Clinton",
            "the bank",
        ),
        (
            "Russia accused the UK and the US of meddling in its internal affairs.",
            "Russia",
            "the UK and the US",
        ),
        # paraphrases
        ("The senator lauded the governor at a rally in Ohio.", "The senator", "the governor"),
        ("The union criticized the new contract on Monday.", "The union", "the new contract"),
        (
            "Lithuania blamed the Belarusian government for the crisis.",
            "Lithuania",
            "the Belarusian government",
        ),
    ],
)
def test_object_of_a_stance_is_no_quotation(quotes_in, stances_in, text, holder, about):
    assert quotes_in(text) == []
    stance = _one(stances_in(text), about)  # kept apart, for the evaluation only
    assert _speaker(stance) == holder


@pytest.mark.parametrize(
    "text",
    [
        "Smith is survived by three grown children. He was a former editor who is known for "
        "his dry wit.",
        "The minister recalled his years in Moscow.",
        "The opposition attacked the government over the budget.",
        "She is remembered for her sharp questions at briefings.",
        "The mayor recalled his childhood in the port city.",
    ],
)
def test_non_speech_use_of_a_verb_gives_no_quotation(quotes_in, text):
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The minister recalled that he had served in Moscow.",
            "he had served in Moscow",
            "The minister",
        ),
        ("The senator called the plan a disaster.", "the plan a disaster", "The senator"),
        (
            "The envoy urged Congress to pass the aid bill.",
            "Congress to pass the aid bill",
            "The envoy",
        ),
        ("Jones dismissed the report as a fabrication.", "the report as a fabrication", "Jones"),
    ],
)
def test_speech_acts_with_content_stay_quotations(quotes_in, text, content, speaker):
    assert _speaker(_one(quotes_in(text), content)) == speaker


# -- negated and hypothetical speech acts give no quotation --------------------------------------
def test_negated_speech_gives_no_quotation_found(quotes_in):
    text = (
        "Prime Minister Justin Trudeau said he had spoken with Australian Prime Minister Anthony "
        "Albanese, but did not say whether Canada would retaliate."
    )
    found = quotes_in(text)
    assert [q.content for q in found] == [
        "he had spoken with Australian Prime Minister Anthony Albanese"
    ]
    assert _actor(found[0]) == "Justin Trudeau"


@pytest.mark.parametrize(
    "text",
    [
        "The spokeswoman declined to say whether the talks would resume.",
        "Officials refused to comment on whether troops had crossed the border.",
        "The general never said that the offensive had failed.",
        "If the president says the war is over, markets will rally.",
        "A diplomat would say the sanctions are working, but none has.",
        "No one in the cabinet said the budget was balanced.",
        "The ministry has yet to say whether the embassy will reopen.",
    ],
)
def test_negated_or_hypothetical_speech_gives_no_quotation(quotes_in, text):
    assert quotes_in(text) == []


def test_quoted_negation_is_what_was_said_not_a_negated_cue(quotes_in):
    found = quotes_in('"Absolutely not. Absolutely not," the governor replied.')
    assert _speaker(_one(found, "Absolutely not. Absolutely not,")) == "the governor"


def test_would_say_only_narrates_a_statement(quotes_in):
    found = quotes_in("A spokesman would say only that the matter was under review.")
    assert _one(found, "the matter was under review").cue is not None


# -- the speaker is never a name inside the quotation -------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Found: "…,” she said given to Bin Laden, named inside the quotation
        (
            "Maria Lopez spent a decade tracking al-Qaeda.\n\n"
            "“We all knew Bin Laden would never stop planning attacks,” she said.",
            "Maria Lopez",
        ),
        # Found: "“How many times does Donald Trump have to say …?” he asked" given to Trump
        (
            "Governor Tom Hale spoke to supporters in Des Moines.\n\n"
            "“How many times does Donald Trump have to say the same thing before we believe "
            "him?” he asked.",
            "Tom Hale",
        ),
        # paraphrases
        (
            "Anna Berg leads the inquiry.\n\n"
            "“Nobody believed Vladimir Putin would order the strike,” she told reporters.",
            "Anna Berg",
        ),
        (
            "Mark Ortiz chairs the committee.\n\n"
            "“Why does Emmanuel Macron keep changing his mind?” he asked on Friday.",
            "Mark Ortiz",
        ),
    ],
)
def test_pronoun_speaker_never_resolves_inside_the_quotation(quotes_in, text, actor):
    quote = next(q for q in quotes_in(text) if q.kind == "direct")
    assert _actor(quote) == actor


def test_pronoun_with_no_name_outside_the_quotation_is_no_speaker(quotes_in):
    # never Trump (named inside the words); left unresolved, the quotation is left out
    found = quotes_in("“How many times does Donald Trump have to say it?” he asked.")
    assert [q for q in found if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # round 2 of the blind audit: the recogniser missed "Carly Fiorina" (tagged ORG) and
        # "she" went to the only person it knew
        ("Carly Fiorina threw her support behind Ted Cruz on Wednesday.\n\n"
         "“Ted Cruz has fought for our right to bear arms,” she said to cheers.", "Carly Fiorina"),
        ("Hillary Clinton spoke in Philadelphia on Monday. “How many more times?” Clinton said. "
         "“This is unbearable. It needs to be intolerable. We are better.” “Maybe I can "
         "speak to white people,” she continued.", "Hillary Clinton"),
        ("Ivanka Trump introduced her father in Cleveland.\n\n“He has fought for his employees,"
         "” she said.", "Ivanka Trump"),
    ],
)  # fmt: skip
def test_she_is_the_woman_the_text_named(quotes_in, text, actor):
    found = [q for q in quotes_in(text) if q.kind == "direct" and _speaker(q).lower() == "she"]
    assert found and all(_actor(q) == actor for q in found), found


def test_continuing_paragraph_keeps_its_speaker(quotes_in):
    text = (
        "“We will not sign this deal,” Foreign Minister Sergei Lavrov said. “The terms are "
        "unacceptable.\n\n“Nobody in Moscow will accept them.”\n\nThe talks end on Friday."
    )
    found = quotes_in(text)
    for content in ("The terms are unacceptable.", "Nobody in Moscow will accept them."):
        assert _actor(_one(found, content)) == "Sergei Lavrov"


# -- manner-of-speaking verbs and noun cues -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # Found
        (
            "“This is blackmail, pure and simple,” fumed Hungarian Prime Minister Viktor Orban.",
            "This is blackmail, pure and simple,",
            "Hungarian Prime Minister Viktor Orban",
        ),
        (
            "“We have heard such promises many times before,” sighed a senior Ukrainian diplomat.",
            "We have heard such promises many times before,",
            "a senior Ukrainian diplomat",
        ),
        # paraphrases, and the other manner verbs of the issue
        ("“Not a chance,” snapped the senator.", "Not a chance,", "the senator"),
        ("“We did it,” the coach beamed.", "We did it,", "the coach"),
        ("“Bring an umbrella,” quipped the mayor.", "Bring an umbrella,", "the mayor"),
        ("“That is fantasy,” scoffed Jane Ruiz.", "That is fantasy,", "Jane Ruiz"),
        (
            "“Perhaps we moved too fast,” mused the chancellor.",
            "Perhaps we moved too fast,",
            "the chancellor",
        ),
        ("“We made mistakes,” conceded the minister.", "We made mistakes,", "the minister"),
        (
            "“The numbers say otherwise,” countered Tom Reyes.",
            "The numbers say otherwise,",
            "Tom Reyes",
        ),
        (
            "“They are all here for free stuff,” Ellen Park shot back.",
            "They are all here for free stuff,",
            "Ellen Park",
        ),
        ("A man in the crowd yelled “Go home!”", "Go home!", "A man"),
        ("The host joked, “I will keep my day job.”", "I will keep my day job.", "The host"),
    ],
)
def test_manner_of_speaking_cues(quotes_in, text, content, speaker):
    quote = _one(quotes_in(text), content)
    assert quote.cue is not None and _speaker(quote) == speaker


def test_manner_verb_elsewhere_in_the_sentence_is_no_cue(quotes_in):
    assert quotes_in("She smiled as the band played “Yesterday” in the square.") == []


@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        (
            "The senator's remarks that the bill would pass drew criticism.",
            "the bill would pass",
            None,
        ),
        (
            "Foreign Minister Sergei Lavrov issued a statement on Monday. “The talks have "
            "failed,” the statement said.",
            "The talks have failed,",
            "Sergei Lavrov",
        ),
        (
            "Senator Ann Cole's tweet was blunt: “The deal is dead.”",
            "The deal is dead.",
            "Ann Cole",
        ),
    ],
)
def test_noun_cues_name_their_author(quotes_in, text, content, actor):
    quote = _one(quotes_in(text), content)
    assert quote.speaker is not None
    if actor is not None:
        assert _actor(quote) == actor


# -- layouts --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "actor"),
    [
        # Found
        (
            "“Our alliance stands united and ready to defend every inch of allied territory.”\n\n"
            "— NATO Secretary General Jens Stoltenberg",
            "Our alliance stands united and ready to defend every inch of allied territory.",
            "Jens Stoltenberg",
        ),
        (
            "And from Kremlin spokesman Dmitry Peskov:\n\n"
            "“We see no grounds for optimism at this stage.”",
            "We see no grounds for optimism at this stage.",
            "Dmitry Peskov",
        ),
        # paraphrases
        (
            "“History will judge this vote harshly.”\n\n– Senator Maria Lopez",
            "History will judge this vote harshly.",
            "Maria Lopez",
        ),
        (
            "From German Chancellor Olaf Scholz:\n\n“Europe must carry more of its own defence.”",
            "Europe must carry more of its own defence.",
            "Olaf Scholz",
        ),
    ],
)
def test_layout_attributions(quotes_in, text, content, actor):
    quote = _one(quotes_in(text), content)
    assert quote.kind == "direct" and _actor(quote) == actor


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # Found
        (
            "‘We won’t bargain over Ukraine’s borders,’ Blinken said.",
            "We won’t bargain over Ukraine’s borders,",
            "Blinken",
        ),
        # paraphrases (curly and straight single marks)
        (
            "‘Britain’s farmers can’t wait for another summit,’ the minister said.",
            "Britain’s farmers can’t wait for another summit,",
            "the minister",
        ),
        (
            "'We won't bargain over Ukraine's borders,' the foreign secretary told MPs.",
            "We won't bargain over Ukraine's borders,",
            "the foreign secretary",
        ),
    ],
)
def test_british_single_marks_are_direct_quotations(quotes_in, text, content, speaker):
    quote = _one(quotes_in(text), content)
    assert quote.kind == "direct" and _speaker(quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "He added that rock ’n’ roll was a ’90s thing and Ukraine’s voters’ rights won’t wait.",
        "The voters' rights group said it won't back the '90s-era rules.",
        "Rock 'n' roll fans packed the club in the '80s, the owner's son recalled.",
    ],
)
def test_apostrophes_never_open_or_close_a_quotation(text):
    assert segments(text, paragraphs(text)) == []


def test_single_marks_inside_double_marks_stay_one_quotation(nlp):
    text = "“He told me ‘no’ twice,” the aide said."
    found = find_quotes(nlp(text), [])
    assert [q.content for q in found] == ["He told me ‘no’ twice,"]


# -- speakers the text does not give, and words that are no one's -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Asked whether he would endorse the governor, the senator said he had not decided.",
        "The minister, asked about the deal, said it was dead.",
        "When asked why the talks had failed, the envoy shrugged.",
    ],
)
def test_a_question_put_by_no_one_named_is_not_the_answerer_s(quotes_in, text):
    for quote in quotes_in(text):
        assert not quote.content.startswith(("whether", "why")), quote


def test_relative_pronoun_speaker_keeps_its_antecedent_s_actor(quotes_in):
    found = quotes_in("John Podesta, who said the project was vetted by counsel, left early.")
    quote = _one(found, "the project was vetted by counsel")
    assert _speaker(quote) == "who" and _actor(quote) == "John Podesta"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Officials said the border was “completely sealed,” sparking protests in the capital.",
            "the border was “completely sealed,”",
        ),
        (
            "The mayor said the bridge would reopen in May, which surprised the council.",
            "the bridge would reopen in May",
        ),
    ],
)
def test_the_writer_s_aside_is_not_reported_content(quotes_in, text, content):
    assert _one(quotes_in(text), content).kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke on MSNBC's “Morning Joe” about the budget.",
        "The group launched a “Stop the Tax” campaign on Monday.",
        "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n\nAcross Asia, officials watched the race.",
    ],
)
def test_quoted_titles_and_headings_are_no_quotation(quotes_in, text):
    assert [q for q in quotes_in(text) if q.kind != "indirect"] == []


# -- a definite document whose author was not found is no speaker (blind audit) -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Mexico's cartels grew. “Profits from crime exceed $2 trillion,” the report said.",
        "Honduras was criticised. The press release said that “the police acted within the law.”",
        "Brazil seized cocaine. “Seizures rose sharply,” this shows.",
        # round 2: indefinite documents and bare plurals
        "Guatemala City appears as the most violent, according to a 2013 study.",
        "More than 700 people were rescued last year, figures show.",
        "Colombia's production rose to 646 tons, estimates say.",
        # round 4
        "Sanders spoke in Iowa. The piece said that his plan was too facile.",
        "Mexico's cartels grew. An editorial argued that the army had failed.",
    ],
)
def test_a_document_with_no_author_found_is_no_speaker(text: str) -> None:
    assert [q.speaker.text for q in _sentence_quotes(text) if q.speaker] == []


def test_a_document_whose_author_is_named_speaks_for_it() -> None:
    text = "“The attacks were planned abroad,” the Interior Ministry said in a statement."
    found = _sentence_quotes(text)
    assert found and all(q.speaker and q.speaker.actor for q in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Bernie Sanders sent a text message to his supporters, asking them not to stage protests "
         "inside the hall — a message that has not been heeded.",
         "them not to stage protests inside the hall"),
        ("Police said the gang had split, as the newspaper La Prensa has reported.",
         "the gang had split"),
        ("The minister said that exports would fall — something the markets had long feared.",
         "exports would fall"),
    ],
)  # fmt: skip
def test_a_reported_clause_ends_before_the_writers_comment(text, content) -> None:
    found = [q.content for q in _sentence_quotes(text) if q.kind == "indirect"]
    assert content in found and all("—" not in c and " as the " not in c for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Homicides in Honduras fell by 20 percent last year, according to government statistics.",
        "Cocaine production in Colombia rose to 900 tons, according to UNODC figures.",
        "Seizures in Mexico doubled, according to official data.",
    ],
)
def test_a_numbers_source_is_no_quotation(text: str) -> None:
    assert _sentence_quotes(text) == []


def test_according_to_a_body_is_still_its_word() -> None:
    (quote,) = _sentence_quotes("The talks failed, according to the Russian Foreign Ministry.")
    assert quote.speaker is not None and quote.speaker.code == "RUSGOV"


# Blind audit, round 6 (inputs from rounds 4 and 5 written anew, and two paraphrases each)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ivanka Trump spoke on Thursday. She said her father has been an advocate for women and "
         "would do the same as president, saying that he supports equal pay for equal work.",
         "he supports equal pay for equal work", "She"),
        ("Pablo Vallejo has claimed that his son was forced to attend the meeting, calling him a "
         '"victim of organized crime."', "victim of organized crime.", "Pablo Vallejo"),
        ("Mary Smith told reporters her brother had been detained and would face trial, saying "
         "that he was innocent.", "he was innocent", "Mary Smith"),
    ],
)  # fmt: skip
def test_a_participle_on_reported_content_is_the_reporters(quotes_in, text, content, speaker):
    quote = _one(quotes_in(text), content)
    assert _speaker(quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The fact that authorities in Argentina decided to go ahead with the trial says a lot "
        "about how serious they are.",
        "Since 2007 the share of Republicans saying it is more important to protect gun rights "
        "has increased by 28 points.",
        "Something tells me that the mayor will not run again.",
    ],
)
def test_a_thing_that_says_is_no_speaker(quotes_in, text):
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Post responded with a second critical piece, entitled “Bernie Sanders’s ideas are "
        "not too bold. They are too facile.”",
        "Rastrojos became the most powerful of the new cartels, dubbed the BACRIM (after the "
        'Spanish "bandas criminales") by the government.',
        'In a series of public banners, or "narcomantas," left around the city, the Zetas '
        "denied any role.",
        'The government proposed a name change that added the word "humanist."',
        'The reporter wrote a book titled "Arms Trafficking in Mexico" last year.',
        'Among the animals rescued was the "icotea" freshwater tortoise, according to ADN.',
        'Seven contracts were awarded by invoking the "extraordinary cases" exemption, '
        "according to Prensa Libre.",
        'The arrest of his alleged successor Uriel Isaac "N," followed, said the newspaper.',
    ],
)
def test_a_quoted_name_title_or_gloss_is_no_quotation(quotes_in, text):
    assert not [q for q in quotes_in(text) if q.kind == "partial"]
    assert not [q for q in quotes_in(text) if "bold" in q.content or "facile" in q.content]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('According to the minister, the attack was a "cowardly" act by the rebels.', "cowardly"),
        ('Trump called the plan a "disaster" on Monday.', "disaster"),
        ('The senator said the bill would "hurt working families" in the state.',
         "hurt working families"),
    ],
)  # fmt: skip
def test_the_speakers_own_words_stay_partial_quotations(quotes_in, text, word):
    assert [q for q in quotes_in(text) if q.kind == "partial" and q.content == word]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Clinton gave an interview to Morning Joe hosts Joe Scarborough and Mika Brzezinski. "
         '"He\'s fun, he\'s an interesting guy," the host said.', "Joe Scarborough"),
        ('Sen. Ted Cruz spoke in Iowa on Monday. "That\'s why I fought so hard," the senator said.',
         "Ted Cruz"),
        ("Police questioned Servando Gomez, a drug lord, on Monday. The drug lord alleged that "
         "several leaders owed the gang money.", "Servando Gomez"),
    ],
)  # fmt: skip
def test_a_description_speaks_for_the_person_named_with_that_title(quotes_in, text, actor):
    quotes = quotes_in(text)
    assert quotes and all(_actor(q) == actor for q in quotes), [
        (q.content, _actor(q)) for q in quotes
    ]


def test_a_description_with_no_titled_name_keeps_no_person(quotes_in):
    quotes = quotes_in('Joe Scarborough spoke first. "We will act," the official said.')
    assert quotes and all(_actor(q) != "Joe Scarborough" for q in quotes)


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Bolivian Interior Minister Carlos Romero said the base will be located in Yapacani, "
         "Santa Cruz, and will work to combat drug trafficking in the area.", "in the area"),
        ("The minister said the new plant would be built near the port, and would employ 300 "
         "people.", "300 people"),
        ("Officials said the road will be closed on Monday, and could stay closed for a week.",
         "for a week"),
    ],
)  # fmt: skip
def test_a_second_claim_joined_by_and_is_still_what_was_said(quotes_in, text, tail):
    (quote,) = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert quote.content.endswith(tail)


def test_the_writers_aside_after_a_quote_still_ends_it(quotes_in):
    quotes = quotes_in('Kelly said she was "incognito," sparking a firestorm.')
    assert quotes and all("firestorm" not in q.content for q in quotes)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Vice President Joe Biden spoke first. Then former President Bill Clinton took the stage. "
         '"Sometimes I get the feeling," the former president said.', "Bill Clinton"),
        ('President Barack Obama met Vice President Joe Biden. "We will win," the president said.',
         "Barack Obama"),
        ('Vice President Joe Biden spoke. "We will win," the vice president said.', "Joe Biden"),
    ],
)  # fmt: skip
def test_a_title_with_its_rank_picks_the_holder_of_that_rank(quotes_in, text, actor):
    (quote,) = quotes_in(text)
    assert _actor(quote) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Attorney General Claudia Paz y Paz declared the case closed, reported Prensa Libre.",
        "The minister declared the case closed on Monday, reported El Tiempo.",
        "Police arrested the mayor on Friday, reported La Prensa.",
    ],
)
def test_the_attribution_alone_is_no_quotation(quotes_in, text):
    assert all(not q.content.startswith("reported") for q in quotes_in(text))


def test_a_reported_clause_opening_with_a_speech_verb_is_still_content(quotes_in):
    (quote,) = quotes_in("Officials said reporting the attacks was dangerous.")
    assert quote.content == "reporting the attacks was dangerous"


@pytest.mark.parametrize(
    "text",
    [
        'El Pais said smuggling is growing as local "coyotes" build up networks.',
        'A Mexican governor announced a prohibition on "narcocorridos," songs about drug lords.',
        'The newspaper reported that the gang sells from a "drug menu" in the city.',
    ],
)
def test_a_quoted_term_under_a_plain_cue_is_no_quotation(quotes_in, text):
    assert [q for q in quotes_in(text) if q.kind == "partial"] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pashinyan said his government sees no “advantages” in their presence.", "advantages"),
        ('The minister said there were no "negotiations" at all.', "negotiations"),
        ('The mayor said he saw no "crisis" in the city.', "crisis"),
    ],
)
def test_a_quoted_noun_the_speaker_denies_stays_a_quotation(quotes_in, text, word):
    assert [q for q in quotes_in(text) if q.kind == "partial" and q.content == word]


@pytest.mark.parametrize(
    "text",
    [
        "According to the daily La Prensa, the gang split. The newspaper said the leaders fled.",
        "The gang split, newspaper La Prensa reported. The newspaper said the leaders fled.",
        "The Managua daily La Prensa covered the trial. The paper said the leaders fled.",
    ],
)
def test_the_newspaper_is_the_outlet_last_named(quotes_in, text):
    quote = _one(quotes_in(text), "the leaders fled")
    assert _actor(quote) == "La Prensa"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "After BlazeTV's Glenn Beck asked the conservative who he thought would win the "
            "presidency, the author Dinesh D'Souza replied, \"If I had to bet now, I would bet "
            'on Hillary."\n\n"We should never confuse who we want to win, with who is going to '
            'win," he added.',
            "Dinesh D'Souza",
        ),
        (
            "When reporter John Smith asked about the talks, Foreign Minister Sergei Lavrov "
            'said, "We are ready." "Nothing has changed," he added.',
            "Sergei Lavrov",
        ),
        (
            "Pressed by lawmaker Peter Hall on the budget, Finance Minister Mark Jones said, "
            '"The money is there."\n\n"We will spend it on schools," he said.',
            "Mark Jones",
        ),
    ],
)
def test_he_added_continues_the_speaker_just_before(quotes_in, text, actor):
    """Blind audit, round 8: "'…,' he added" after D'Souza's reply was given to Glenn Beck,
    the first person of the sentence before."""
    assert _actor(quotes_in(text)[-1]) == actor


def test_a_person_named_between_keeps_the_pronouns_own_antecedent(quotes_in):
    text = (
        'Foreign Minister Sergei Lavrov said, "We are ready." Later, Prime Minister Mikhail '
        'Mishustin met the envoys. "Nothing has changed," he told them.'
    )
    assert _actor(quotes_in(text)[-1]) == "Mikhail Mishustin"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "“The candidates left just don’t understand the military,” said Army Capt. "
            "Christian Pardo, who served in Iraq.",
            "Christian Pardo",
        ),
        ("“We were never told,” said Air Force 1st Lt. Maria Gomez of Denver.", "Maria Gomez"),
        ('"The road is closed," Police Insp. Daniel Ortega told reporters.', "Daniel Ortega"),
    ],
)
def test_a_rank_abbreviation_is_part_of_the_speakers_name(quotes_in, text, actor):
    """Blind audit, round 9: the speaker was "Army Capt", cut at the abbreviation's stop."""
    (quote,) = quotes_in(text)
    assert _actor(quote) == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "EgyptAir said the plane had disappeared from radar. The airline said the crew had "
            "not sent a distress call.",
            "EgyptAir",
        ),
        (
            "The server was managed by Platte River Networks, a Denver company. A spokesman said "
            "the company had no knowledge of the emails.",
            "Platte River Networks",
        ),
        (
            "The International Crisis Group published a report on Monday. The campaign group "
            "said the gangs were growing.",
            "International Crisis Group",
        ),
    ],
)
def test_the_airline_or_a_spokesman_is_the_body_named_just_before(quotes_in, text, actor):
    """Blind audit, rounds 8-9: "the airline" beside EgyptAir, "A spokesman" after Platte River
    Networks, "The campaign group" after the International Crisis Group were left unresolved."""
    assert _actor(quotes_in(text)[-1]) == actor


def test_a_body_with_a_person_named_after_it_is_not_the_company(quotes_in):
    text = (
        "Toyota recalled a million cars. Its chief executive Akio Toyoda apologised. The company "
        "said the fault was fixed."
    )
    assert _actor(quotes_in(text)[-1]) is None


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Caro Quintero claimed that El Chapo was his friend, and that he had nothing to do "
            "with the 1985 murder.",
            "he had nothing to do with the 1985 murder",
        ),
        (
            "The minister said that the talks had failed, and that Russia would respond.",
            "Russia would respond",
        ),
        (
            "Lopez argued that the vote was rigged and that the court should annul it.",
            "the court should annul it",
        ),
    ],
)
def test_a_second_that_clause_is_still_what_was_said(text, tail):
    """Blind audit, round 9: "claimed that El Chapo was his friend, and that he had nothing to
    do with Camarena's murder" kept only the first claim."""
    (quote,) = _sentence_quotes(text)
    assert quote.content.endswith(tail)


@pytest.mark.parametrize(
    "text",
    [
        "Many are wondering if the Clintons are going to return the thousands Coz donated.",
        "Others wonder how the connection could affect Hillary Clinton's run for president.",
        "Analysts in Caracas wondered whether the army would stay loyal to Maduro.",
    ],
)
def test_wondering_is_no_quotation(quotes_in, stances_in, text):
    """Blind audit, round 9: "wondering if …" and "Others wonder how …" judged no quotation."""
    assert not quotes_in(text)
    assert stances_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about it, 54 percent said they would vote for Trump.",
        "Of the troops polled, 21 percent said they would not vote at all.",
        "In the poll, 40% said the economy was the top issue.",
    ],
)
def test_a_polls_share_is_no_speaker(quotes_in, text):
    """Blind audit, round 9: "54 percent said they would vote for Trump" stored with the
    speaker "54 percent"."""
    assert not quotes_in(text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("“When I look at somebody like Hillary Clinton,” Ben Carson said, “who sits there and "
         "tells her daughter one thing, they call that a lie.”", "When I look", "a lie."),
        ("“We have to start treating people the same,” Donald Trump said, “and finding out what "
         "people really think.”", "We have to", "really think."),
        ("“No one,” Senator Ted Cruz told reporters, “will be left behind.”", "No one",
         "left behind."),
    ],
)  # fmt: skip
def test_the_halves_of_a_quotation_around_its_tag_are_one_quotation(quotes_in, text, start, end):
    """Blind audit, round 9: each half of "“…,” he said, “…”" alone was judged cut badly."""
    (quote,) = quotes_in(text)
    assert quote.content.startswith(start) and quote.content.endswith(end)


def test_two_sentences_of_one_speaker_stay_two_quotations(quotes_in):
    text = "“We are ready,” Sergei Lavrov said. “Nothing has changed.”"
    assert len(quotes_in(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        'Donald Trump spoke in Cleveland. As Trump attacked Clinton, the attendees chanted, "Lock '
        'her up!" as they had for previous speakers.',
        "Donald Trump spoke in Ohio. When Trump mentioned Hillary Clinton, the crowd chanted, "
        '"Lock her up!"',
        'Bernie Sanders spoke on Monday. As Sanders praised Clinton, the delegates shouted, "Never '
        'Hillary!"',
    ],
)
def test_a_chant_is_not_given_to_the_person_chanted_about(quotes_in, text):
    """Blind audit, rounds 8-9: "the attendees chanted, 'Lock her up!'" given to Clinton: the
    next clause's subject was read as her apposition."""
    assert all(_actor(q) is None or "Clinton" not in _actor(q) for q in quotes_in(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("According to the United Nations Office on Drugs and Crime (UNODC), the area of coca "
         "cultivation dropped in 2012.", "IGOUNODRG"),
        ("The UNODC said coca cultivation dropped in 2012.", "IGOUNODRG"),
        ("The International Organization for Migration said 3,000 migrants had died.",
         "IGOUNOIOM"),
    ],
)  # fmt: skip
def test_un_agencies_speak_under_their_codes(quotes_in, text, code):
    """Blind audit, round 9: the speaker cut to "the United Nations Office" and left uncoded."""
    (quote,) = quotes_in(text)
    assert quote.speaker is not None and quote.speaker.code == code


def test_he_added_continues_a_speaker_the_actors_stage_did_not_link(quotes_in):
    """Blind audit, round 10: the article's "D’Souza" (curly apostrophe) was no person mention,
    so "he added" still went to Glenn Beck."""
    text = (
        "After BlazeTV’s Glenn Beck asked the conservative who he thought would win the "
        "presidency, D’Souza replied, “If I had to bet now, I would bet on Hillary.”\n\n"
        "“We should never confuse who we want to win, with who is going to win,” he added."
    )
    assert _actor(quotes_in(text)[-1]) == "D’Souza"


@pytest.mark.parametrize(
    "text",
    [
        "Honduras is a launching point for drug shipments heading north that will grow "
        "increasingly important as cocaine continues to pour out of the country.",
        "Cocaine continues to flow north as demand continues to grow.",
        "Prices continued to rise in Caracas, where shortages continue to grow.",
    ],
)
def test_continuing_is_speech_only_for_someone_beside_a_quotation(quotes_in, text):
    """Round 10: "as cocaine continues to pour out of the country" stored with the speaker
    "cocaine"."""
    assert not quotes_in(text)


def test_he_continued_beside_a_quotation_stays_a_quotation(quotes_in):
    (quote,) = quotes_in("“The fight,” Senator Marco Rubio continued, “goes on.”")
    assert _actor(quote) == "Marco Rubio"


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("China's foreign ministry condemned the visit, calling it “a dangerous provocation”.",
         "a dangerous provocation"),
        ("Beijing condemned the drills on Tuesday, calling them “a dangerous escalation that "
         "threatens peace”.", "a dangerous escalation that threatens peace"),
        ("The Kremlin called the sanctions “economic war” on Monday.", "economic war"),
    ],
)  # fmt: skip
def test_calling_it_a_quoted_name_is_one_quotation(quotes_in, text, partial):
    """New-user trial: "calling them “a dangerous escalation”" stored an indirect quotation
    "them “a dangerous escalation …”" beside the partial one."""
    quotes = quotes_in(text)
    assert [q.content.rstrip(".") for q in quotes] == [partial]
