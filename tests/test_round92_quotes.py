"""Quotation kinds from blind audit round 92 (seed 66): each audited input, shortened into a
sentence of our own, with two paraphrases of our own, and a guard for the reading the rule must
keep.

Kind 1: speakers unresolved or wrong.

1. "current Governor X … former Governor Garotinho … the governor shot back at Garotinho": a
   title given as "former" is no plain "the governor" (``described._former_only``).
2. "Elise Labott … “…,” Labbot said": a surname misspelt by a doubled letter is the one named
   (``makers.misspelt_surname``).
3. "…, Carly Fiorina said Monday. But, the former CEO of Hewlett-Packard added, …": a description
   under a cue that carries speech on is the last speaker (``continued.continued_speaker``,
   ``continuing`` in ``data/quote_cues.yaml``).
4. "The aides, led by campaign manager Terry Sullivan, told …": the one who leads is no maker of
   the aides' words (``makers._ASKING``).
5. "insiders in the next two states — Nevada and South Carolina — said": a place set beside the
   noun of a prepositional phrase is no speaker (``described.named_apposition``).
6. "the Bloc commanders complain" after "the Eastern Bloc of the Revolutionary Armed Forces of
   Colombia": the body whose unit the short name repeats (``referents._unit_body``).
7. "Isaiah 45:1 reads: “…”": the book, not its verse number (``syntax.subject``).

Kind 2: partial quotations.

8. "…, which is an outcome, he said, “we've long anticipated.”": a quotation in lower case after
   its tag finishes the relative clause opened before the tag; the two are one report
   (``halves._clause_before_tag``).

Kind 3: no speech.

9. "… needed to know, so he dubbed himself over footage …": a clause joined to the cue's by a
   connective is no fronted report (``clauses._linked_before``).
10. "the State Department deemed 22 of Clinton's emails from her private server “top secret”": a
    label under a labelling verb, wherever the parser hung it (``terms._object_labeller``).
11. "You killed mustache (“Bigote”) and …": a quoted gloss alone in brackets
    (``terms.bracketed_gloss``).

Kind 4: spans.

12. "Solorzano, sources tell InSight Crime, may have been …": the addressee is no subject, the
    fronted name is (``clauses._object_as_subject``, ``asides._fronted_subject``).
13. 'According to a 2011 … report, “Guatemala: Drug Trafficking and Violence,” poppy farmers …':
    the report's title is no claim (``according.past_title``).
14. "…, though just 16 were tied to militias, as O Globo reported": the report is of the whole
    sentence (``parenthetical._trailing_concession``).
15. "… after Adam Lanza, wearing earplugs and carrying a …, entered Sandy Hook": the clause goes
    on past the participle aside (``interrupted``).
16. "A number of factors make … unlikely, insiders said: Trump's lead …; …": the list after the
    colon is the claim's (``asides._colon_list``).
"""

from __future__ import annotations

import pytest

_PUB = "2016-02-04"


def _with(quotes: list, needle: str) -> list:
    return [q for q in quotes if needle in q.content]


def _actor_of(quotes: list, needle: str) -> str | None:
    found = _with(quotes, needle)
    assert found, needle
    speaker = found[0].speaker
    return speaker.actor if speaker is not None else None


# 1. A "former" title is no plain title.


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Report.\n\nVoters will choose between current Governor Luiz Fernando de Souza and "
            "his challenger, Bishop Marcelo Crivella. In a September 2 debate, Pezao came under "
            "fire from former Governor Anthony Garotinho for alleged links to militias. In "
            "response, the governor openly shot back at Garotinho, saying that his rival was the "
            'one with "notorious" connections to the militia groups.',
            "his rival was the one",
            "Anthony Garotinho",
        ),
        (
            "Report.\n\nThe city is run by Mayor Ana Torres. Last week she was attacked by former "
            "Mayor Jorge Ruiz over the budget. In response, the mayor hit back at Ruiz, saying "
            "that her predecessor had left the city bankrupt.",
            "her predecessor had left",
            "Jorge Ruiz",
        ),
        (
            "Report.\n\nThe state is run by Governor Maria Lopez. Last week she was attacked by "
            "former Governor Pedro Gomez over the budget. In response, the governor hit back at "
            "Gomez, saying that her predecessor had left the state bankrupt.",
            "left the state bankrupt",
            "Pedro Gomez",
        ),
    ],
)
def test_a_former_title_is_no_plain_title(quotes_in, text, needle, actor) -> None:
    assert _actor_of(quotes_in(text, _PUB), needle) != actor


def test_the_former_governor_is_still_the_former_one(quotes_in) -> None:
    """Guard: "the former governor said" is the one titled "former Governor"."""
    quotes = quotes_in(
        "Report.\n\nIn a debate, Pezao came under fire from former Governor Anthony Garotinho. "
        "Later, the former governor said that the militias had grown under Pezao.",
        _PUB,
    )
    assert _actor_of(quotes, "the militias had grown") == "Anthony Garotinho"


# 2. A surname misspelt by a doubled letter.


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Report.\n\nThe reporter in question is the network's foreign affairs reporter, Elise "
            "Labott. The emails show that Labott took directions from the staff.\n\n“She was "
            "great. I hope you are going to have a big drink tonight,” Labbot said to Reines.",
            "She was great",
            "Elise Labott",
        ),
        (
            "Report.\n\nThe station's anchor, Anna Morrison, interviewed the minister on Monday."
            "\n\n“The answers were evasive and the numbers did not add up,” Morison said after "
            "the broadcast.",
            "The answers were evasive",
            "Anna Morrison",
        ),
        (
            "Report.\n\nThe bill was written by Senator Phillip Kessler of Ohio.\n\n“This law "
            "will protect the families of every worker in the state,” Kesler said on Tuesday.",
            "This law will protect",
            "Phillip Kessler",
        ),
    ],
)
def test_a_surname_misspelt_by_a_doubled_letter_is_the_one_named(
    quotes_in, text, needle, actor
) -> None:
    assert _actor_of(quotes_in(text, _PUB), needle) == actor


def test_a_short_surname_is_not_taken_for_a_misspelling(quotes_in) -> None:
    """Guard: "Hil" is too short to be "Tom Hill" misspelt."""
    quotes = quotes_in(
        "Report.\n\nThe bill was written by Senator Tom Hill of Ohio.\n\n“This law will protect "
        "the families of every worker in the state,” Hil said on Tuesday.",
        _PUB,
    )
    assert _actor_of(quotes, "This law will protect") != "Tom Hill"


# 3. A description under a cue that carries speech on is the last speaker.


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Report.\n\nDonald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said "
            "Monday. But, the former CEO of Hewlett-Packard added, it's not the way to win.",
            "not the way to win",
            "Carly Fiorina",
        ),
        (
            "Report.\n\nThe tariffs will hurt farmers in every state, Senator Janet Ortiz said "
            "on Tuesday. The veteran lawmaker added that prices would rise.",
            "prices would rise",
            "Janet Ortiz",
        ),
        (
            "Report.\n\nThe war is lost, General Mark Stone told reporters on Friday. But, the "
            "retired commander added, the troops fought bravely.",
            "the troops fought bravely",
            "Mark Stone",
        ),
        (
            "Report.\n\nIn a post on his blog, Lance Wallnau wrote that the election was a test "
            "of faith. The Christian leader further related that it recently occurred to him "
            "that the next president will be the nation's 45th.",
            "it recently occurred to him",
            "Lance Wallnau",
        ),
    ],
)
def test_a_description_that_adds_is_the_last_speaker(quotes_in, text, needle, actor) -> None:
    assert _actor_of(quotes_in(text, _PUB), needle) == actor


def test_a_description_introduced_as_someone_is_no_last_speaker(quotes_in) -> None:
    """Guard: "A former CEO … . The former CEO added" is that one, not the last speaker."""
    quotes = quotes_in(
        "Report.\n\nA former CEO of the firm spoke to reporters. The tariffs will hurt farmers "
        "in every state, Janet Ortiz said on Tuesday. The former CEO added that prices would "
        "rise.",
        _PUB,
    )
    assert _actor_of(quotes, "prices would rise") != "Janet Ortiz"


# 4. The one who leads a group is no maker of its words.


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Report.\n\nThe aides, led by campaign manager Terry Sullivan, told the group that "
            "they were not expecting to win Iowa or New Hampshire.",
            "not expecting to win",
            "Terry Sullivan",
        ),
        (
            "Report.\n\nThe protesters, headed by activist Maria Lopez, said the law was unfair.",
            "the law was unfair",
            "Maria Lopez",
        ),
        (
            "Report.\n\nThe delegation, accompanied by Senator John Reed, said the talks had "
            "been productive.",
            "the talks had been productive",
            "John Reed",
        ),
    ],
)
def test_a_group_led_by_someone_is_no_one_person(quotes_in, text, needle, actor) -> None:
    assert _actor_of(quotes_in(text, _PUB), needle) != actor


def test_a_paper_signed_by_someone_is_theirs(quotes_in) -> None:
    """Guard: "a letter signed by X" still speaks for X."""
    quotes = quotes_in(
        "Report.\n\nA letter signed by Senator John Smith said the law was unfair.", _PUB
    )
    assert _actor_of(quotes, "the law was unfair") == "John Smith"


# 5. A place beside the noun of a prepositional phrase is no speaker.


@pytest.mark.parametrize(
    ("text", "needle", "place"),
    [
        (
            "Report.\n\nEven if Clinton can't win New Hampshire, insiders in the next two states "
            "— Nevada and South Carolina — said it's important that she close the gap.",
            "important that she close",
            "Nevada",
        ),
        (
            "Report.\n\nOfficials in two states, Ohio and Texas, said the count was slow.",
            "the count was slow",
            "Ohio",
        ),
        (
            "Report.\n\nOrganizers in two cities — Denver and Boston — said the march would go "
            "ahead.",
            "the march would go ahead",
            "United States",
        ),
    ],
)
def test_a_place_beside_a_phrase_is_no_speaker(quotes_in, text, needle, place) -> None:
    assert _actor_of(quotes_in(text, _PUB), needle) != place


def test_a_person_beside_a_portion_still_speaks(quotes_in) -> None:
    """Guard: "One of the men, Jessie Elkins," is Jessie Elkins."""
    quotes = quotes_in("Report.\n\nOne of the men, Jessie Elkins, said the count was slow.", _PUB)
    assert _actor_of(quotes, "the count was slow") == "Jessie Elkins"


# 6. A unit's short name stands for the body it was named of.


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Why Is the FARC's Biggest Bloc Facing a Crisis\n\nThe emails offer a snapshot of "
            "the interests managed by the Eastern Bloc "
            "of the Revolutionary Armed Forces of Colombia (FARC). In another email, the Bloc "
            'commanders complain they are "eating up capital" and relying on cattle sales.',
            "relying on cattle sales",
            "FARC",
        ),
        (
            "Report.\n\nThe raid hit the Northern Division of the Mexican Army. The Division "
            "commanders said the attack had been expected.",
            "the attack had been expected",
            "Mexican Army",
        ),
        (
            "Report.\n\nThe Sinaloa Cartel's Pacific Faction lost control of the port. Later the "
            "Faction leaders claimed the police had been bribed.",
            "the police had been bribed",
            "Sinaloa Cartel",
        ),
    ],
)
def test_a_units_commanders_speak_for_its_body(quotes_in, text, needle, actor) -> None:
    assert _actor_of(quotes_in(text, _PUB), needle) == actor


def test_a_unit_named_alone_gives_no_body(quotes_in) -> None:
    """Guard: "The Eastern Bloc grew …" names no body the Bloc is of: the commanders stay
    unresolved."""
    quotes = quotes_in(
        "Report.\n\nThe Eastern Bloc grew quickly in the 1990s, the FARC said. In another "
        "email, the Bloc commanders complain they are running out of money.",
        _PUB,
    )
    assert _actor_of(quotes, "running out of money") is None


# 7. A verse number is no speaker.


_LEADER = (
    "Report.\n\nThe Christian leader related that the next president will be the nation’s "
    "45th. “I sensed the Lord tell me to look at the 45th Chapter.”\n\n"
)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Report.\n\nThe leader said so.\n\nIsaiah 45:1 reads:\u00a0“This is what the LORD "
            "says TO HIS ANOINTED, CYRUS.”",
            "This is what the LORD",
        ),
        (
            _LEADER + "Romans 8:28 reads:\u00a0“This is what the LORD says TO HIS ANOINTED, "
            "whose right hand I have grasped.”",
            "whose right hand",
        ),
        (
            _LEADER + "Micah 6:8 reads:\u00a0“This is what the LORD says TO HIS ANOINTED, "
            "whose right hand I have grasped.”",
            "whose right hand",
        ),
    ],
)
def test_a_verse_reads_as_its_book(quotes_in, text, needle) -> None:
    found = _with(quotes_in(text, _PUB), needle)
    assert found and found[0].speaker is not None
    assert found[0].speaker.text[:1].isalpha()


def test_a_reference_read_as_one_name_stays(quotes_in) -> None:
    """Guard: "John 3:16 says" keeps its reference."""
    quotes = quotes_in("Report.\n\nJohn 3:16 says: “For God so loved the world.”", _PUB)
    found = _with(quotes, "For God so loved")
    assert found and found[0].speaker is not None and "John" in found[0].speaker.text


# 9. A clause joined to the cue's by a connective is no fronted report.


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Report.\n\nDonald Trump spoke on Fox News about Hillary Clinton. English comedian "
            "and actor Peter Serafinowicz needed to know, so\u00a0he dubbed himself over footage "
            "of Trump talking.",
            "needed to know",
        ),
        (
            "Report.\n\nJohn Smith runs the firm. The company needed cash, so he announced "
            "layoffs on Friday.",
            "The company needed cash",
        ),
        (
            "Report.\n\nMaria Lopez is a singer. Her fans wanted to know, so she dubbed her voice "
            "over the old recording.",
            "Her fans wanted to know",
        ),
    ],
)
def test_a_clause_linked_before_the_cue_is_no_report(quotes_in, text, needle) -> None:
    assert not _with(quotes_in(text, _PUB), needle)


def test_a_clause_before_a_plain_tag_is_reported(quotes_in) -> None:
    """Guard: "The plan will fail, he said." reports the clause."""
    quotes = quotes_in("Report.\n\nThe plan will fail, the mayor said.", _PUB)
    assert _with(quotes, "The plan will fail")


# 10. A label under a labelling verb, wherever the parser hung it.


@pytest.mark.parametrize(
    "text",
    [
        "Report.\n\n“We need to do more,” Carson tells Breitbart News, responding to the recent "
        "news that the State Department deemed 22 of Clinton’s emails from her private server "
        "“top secret” and that those emails won’t be released.",
        "Report.\n\n“This is a scandal,” Paul told reporters, reacting to news that the agency "
        "deemed dozens of the emails from her personal account “top secret” last week.",
        "Report.\n\n“It was a mistake,” the senator said, responding to reports that officials "
        "marked nine of the cables from the embassy “confidential” this year.",
    ],
)
def test_a_label_deemed_is_no_quotation(quotes_in, text) -> None:
    quotes = quotes_in(text, _PUB)
    labels = ("top secret", "confidential", "classified")
    assert not [q for q in quotes if q.content.strip(" ,.") in labels]


def test_a_speakers_own_words_in_an_object_stay(quotes_in) -> None:
    """Guard: a quoted stretch under a speech verb's object that no label verb heads stays."""
    quotes = quotes_in(
        "Report.\n\nThe senator said the agency had sent dozens of files to “a handful of "
        "unvetted contractors” last week.",
        _PUB,
    )
    assert _with(quotes, "unvetted contractors")


# 11. A quoted gloss alone in brackets.


@pytest.mark.parametrize(
    ("text", "gloss"),
    [
        (
            "Report.\n\nIn this case, the reporter says the people who gave him the message gave "
            "the station an hour to play it. Radio transmission (translated by InSight Crime): "
            "This is a message to the President. Comply with your promises or fight with the "
            'beast. You killed mustache ("Bigote") and you handed over to the DEA Turcios because '
            "they were the people who gave you the money.",
            "Bigote",
        ),
        (
            "Report.\n\nIn this case, the reporter says the people who gave him the message gave "
            "the station an hour to play it. Radio transmission (translated by InSight Crime): "
            "This is a message to the President. Comply with your promises or fight with the "
            'beast. You killed the priest ("Padre") and you handed over to the police Gomez '
            "because they were the people who paid you.",
            "Padre",
        ),
        (
            "Report.\n\nIn this case, the reporter says the men who left the note gave the paper "
            "an hour to print it. Note (translated by InSight Crime): This is a message to the "
            'governor. Keep your word or face the beast. You arrested the whale ("Ballena") and '
            "you handed over to the army Rojas because they were the people who paid you.",
            "Ballena",
        ),
    ],
)
def test_a_bracketed_gloss_is_no_quotation(quotes_in, text, gloss) -> None:
    assert not [q for q in quotes_in(text, _PUB) if q.content.strip(" ,.") == gloss]


def test_a_quotation_with_its_tag_in_brackets_stays(quotes_in) -> None:
    """Guard: '(“We will win,” he said)' holds its own tag."""
    quotes = quotes_in(
        "Report.\n\nThe senator spoke briefly (“We will win,” the senator said) and left.", _PUB
    )
    assert _with(quotes, "We will win")


# 12. An addressee is no subject; the fronted name is.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Report.\n\nSolorzano, sources tell InSight Crime, may have been the Zetas bagman "
            "and connection to President Alvaro Colom.",
            "Solorzano may have been the Zetas bagman and connection to President Alvaro Colom",
        ),
        (
            "Report.\n\nGarcia, police sources told El Universal, may have run the cell for years.",
            "Garcia may have run the cell for years",
        ),
        (
            "Report.\n\nOrtega, police sources tell El Tiempo, may have paid the guards for years.",
            "Ortega may have paid the guards for years",
        ),
    ],
)
def test_an_addressee_is_no_subject_of_the_report(quotes_in, text, content) -> None:
    assert [q for q in quotes_in(text, _PUB) if q.content == content]


def test_a_subject_before_the_tag_stays(quotes_in) -> None:
    """Guard: "The mayor, officials told Reuters, had been paid" keeps its own subject."""
    quotes = quotes_in(
        "Report.\n\nThe mayor, officials told Reuters, had been paid by the gang.", _PUB
    )
    assert [q for q in quotes if q.content == "The mayor had been paid by the gang"]


# 13. A report's title is no claim.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Report.\n\nAccording to a 2011 International Crisis Group report, " Guatemala: Drug '
            'Trafficking and Violence ," poppy farmers in Guatemala are able to harvest more '
            "poppy plants per hectare than growers in other countries.",
            "poppy farmers in Guatemala are able to harvest more poppy plants per hectare than "
            "growers in other countries",
        ),
        (
            "Report.\n\nAccording to a 2014 Amnesty International report, “Out of Control: "
            "Torture in Mexico,” complaints of torture rose sharply over the decade.",
            "complaints of torture rose sharply over the decade",
        ),
        (
            "Report.\n\nAccording to a 2013 United Nations report, “Transnational Organized Crime "
            "in Central America,” cocaine flows through Honduras rose sharply.",
            "cocaine flows through Honduras rose sharply",
        ),
    ],
)
def test_a_reports_title_is_no_claim(quotes_in, text, content) -> None:
    assert [q for q in quotes_in(text, _PUB) if q.content == content]


def test_a_quotation_opening_the_claim_stays(quotes_in) -> None:
    """Guard: 'According to the senator, “the bill is dead,” and …' keeps its quotation."""
    quotes = quotes_in(
        "Report.\n\nAccording to the senator, “the bill is dead,” and nothing will change.", _PUB
    )
    assert [q for q in quotes if q.kind == "indirect" and q.content.startswith("“the bill")]


# 14. "A, though B, as X reported" is a report of both.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Report.\n\nIn August, authorities identified 41 areas throughout Rio de Janeiro "
            "state where candidates have been intimidated by criminal groups, though just 16 "
            "were specifically tied to militias, as O Globo reported.",
            "In August, authorities identified 41 areas",
        ),
        (
            "Report.\n\nPolice seized 20 tons of cocaine last year, though only a fraction came "
            "from Colombia, as El Tiempo reported.",
            "Police seized 20 tons of cocaine last year, though only a fraction came from Colombia",
        ),
        (
            "Report.\n\nThe army cleared 12 villages in March, although most of the rebels "
            "escaped, as the ministry noted.",
            "The army cleared 12 villages in March, although most of the rebels escaped",
        ),
    ],
)
def test_a_trailing_concession_is_reported_with_its_clause(quotes_in, text, content) -> None:
    assert [q for q in quotes_in(text, _PUB) if q.content.startswith(content)]


def test_a_fronted_concession_stays_out(quotes_in) -> None:
    """Guard: "Though …, A, as X noted": the report is A."""
    quotes = quotes_in(
        "Report.\n\nThough most of the rebels escaped, the army cleared 12 villages, as the "
        "ministry noted.",
        _PUB,
    )
    assert [q for q in quotes if q.content == "the army cleared 12 villages"]


# 15. A clause goes on past a participle aside.


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Report.\n\nMurphy — after a knock-on-wood-gesture — told me he’s had a relatively "
            "tragedy-free life and was utterly unprepared for the emotional toll of his "
            "encounters with the Sandy Hook families those first few days after Adam Lanza, "
            "wearing earplugs and carrying a Bushmaster semiautomatic, entered Sandy Hook "
            "Elementary School.",
            "entered Sandy Hook Elementary School",
        ),
        (
            "Report.\n\nThe senator told me he was shaken by the days after the gunman, wearing "
            "a mask and carrying a rifle, entered the theater.",
            "entered the theater",
        ),
        (
            "Report.\n\nThe mayor told me she was unprepared for the hours after the driver, "
            "wearing a vest and carrying a knife, drove into the crowd.",
            "drove into the crowd",
        ),
    ],
)
def test_a_clause_goes_on_past_a_participle_aside(quotes_in, text, tail) -> None:
    assert [q for q in quotes_in(text, _PUB) if q.content.endswith(tail)]


def test_a_closing_participle_is_still_cut(quotes_in) -> None:
    """Guard: "…, sparking protests" after the reported clause stays the writer's."""
    quotes = quotes_in(
        "Report.\n\nThe mayor said the police had arrested the driver, sparking protests.", _PUB
    )
    assert [q for q in quotes if q.content == "the police had arrested the driver"]


# 16. The list a colon opens after the attribution is the claim's.


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Report.\n\nA number of factors make a Rubio surge to first place unlikely, insiders "
            "said: Trump’s overwhelming lead in the polls, the number of other candidates "
            "focusing on New Hampshire and Ted Cruz’s core conservative base.",
            "Ted Cruz’s core conservative base",
        ),
        (
            "Report.\n\nThree things doomed the bill, aides said: the cost, the timing and the "
            "lack of votes.",
            "the lack of votes",
        ),
        (
            "Report.\n\nTwo problems sank the merger, analysts said: the debt of the smaller "
            "bank and the opposition of the regulators.",
            "the opposition of the regulators",
        ),
    ],
)
def test_a_colon_list_after_the_tag_is_the_claims(quotes_in, text, tail) -> None:
    assert [q for q in quotes_in(text, _PUB) if q.content.endswith(tail)]


def test_a_clause_after_the_colon_stays_its_own(quotes_in) -> None:
    """Guard: "…, officials said: the talks collapsed …": a report of its own, not joined."""
    quotes = quotes_in(
        "Report.\n\nThe deal is dead, officials said: the talks collapsed and the envoy went home.",
        _PUB,
    )
    assert [q for q in quotes if q.content == "The deal is dead"]


# 8. A quotation finishing the relative clause opened before its tag.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Report.\n\nIn a memo, Clinton campaign manager Robby Mook acknowledged the two had "
            "split the first two contests, which is an outcome, he said, \"we've long "
            'anticipated."',
            'which is an outcome "we\'ve long anticipated."',
        ),
        (
            "Report.\n\nGovernor Ann Lee signed the bill on Friday, which is a law, she said, "
            "“the state has needed for decades.”",
            "which is a law “the state has needed for decades.”",
        ),
        (
            "Report.\n\nMayor Tom Diaz opened the bridge, which is a project, he noted, “that "
            "took twenty years.”",
            "which is a project “that took twenty years.”",
        ),
    ],
)
def test_a_quotation_finishing_a_clause_before_its_tag_is_one_report(
    quotes_in, text, content
) -> None:
    assert [q for q in quotes_in(text, _PUB) if q.content == content]


def test_a_quotation_after_a_tag_with_no_opened_clause_stays(quotes_in) -> None:
    """Guard: "The reform is a step, he added, “we cannot …”" has no relative clause to finish."""
    quotes = quotes_in(
        "Report.\n\nSenator John Reed met the unions on Monday. The reform is a step, he added, "
        "“we cannot afford to delay.”",
        _PUB,
    )
    assert [q for q in quotes if q.kind == "direct" and q.content.startswith("we cannot")]
