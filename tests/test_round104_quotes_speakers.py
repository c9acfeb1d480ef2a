"""Issue 15 (blind audit, round 104): speakers given to the wrong one or left unresolved, and
a writer's prescription stored as someone's words. Each fault's input, two paraphrases and the
guards of what was right."""

from __future__ import annotations

import pytest

DAY = "2016-09-30"


def _by_content(quotes_in, text: str, words: str):
    return [q for q in quotes_in(text, DAY) if words in q.content]


# --- "When X returned …, he said": the pronoun is the time clause's subject ----------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ('National Assembly Deputy Fredy Bernal said because they are being hit hard "criminal '
         'organizations have given the order to attack against police forces." When President '
         'Nicolas Maduro returned from the United National General Assembly he said the attacks '
         'were acts of right-wing terrorism. "While I was away in New York, defending peace and '
         'the sovereignty of Venezuela, the right went crazy."', "right-wing terrorism",
         "Nicolás Maduro"),
        ("Senator Ivan Cepeda said the killings showed that paramilitary groups were "
         "regrouping. When President Juan Manuel Santos arrived in Cali he said the murders were "
         "the work of criminal gangs.", "criminal gangs", "Juan Manuel Santos"),
        ("Opposition leader Henrique Capriles said the vote had been rigged. After President "
         "Nicolas Maduro visited the border, he said the smugglers were to blame for the "
         "shortages.", "smugglers", "Nicolás Maduro"),
    ],
)  # fmt: skip
def test_pronoun_after_a_fronted_time_clause_is_its_subject(quotes_in, text, words, actor):
    found = _by_content(quotes_in, text, words)
    assert found and all(q.speaker.actor == actor for q in found)


def test_quotation_after_the_time_clause_report_goes_to_the_same_speaker(quotes_in) -> None:
    text = (
        'National Assembly Deputy Fredy Bernal said because they are being hit hard "criminal '
        'organizations have given the order to attack against police forces." When President '
        "Nicolas Maduro returned from the United National General Assembly he said the attacks "
        'were acts of right-wing terrorism. "While I was away in New York, defending peace and '
        'the sovereignty of Venezuela, the right went crazy."'
    )
    found = _by_content(quotes_in, text, "the right went crazy")
    assert found and found[0].speaker.actor == "Nicolás Maduro"


# --- "Clinton, a top aide said, “…”": the description is the teller ----------------------


@pytest.mark.parametrize(
    ("text", "words", "teller"),
    [
        ("Hillary Clinton is preparing for the debate. Clinton, a top aide said, “is very "
         "confident, very confident in the contrast” between her and Trump.", "very confident",
         "a top aide"),
        ("Donald Trump is preparing for the debate. Trump, a senior adviser said, “is ready to go "
         "after her record” on trade and jobs.", "ready to go", "a senior adviser"),
        ("Bernie Sanders spoke in Iowa on Monday. Sanders, a campaign aide said, “will not drop "
         "out before California,” whatever the delegate math says.", "drop out", "a campaign aide"),
    ],
)  # fmt: skip
def test_description_before_the_cue_is_the_teller(quotes_in, text, words, teller) -> None:
    found = _by_content(quotes_in, text, words)
    assert found and all(q.speaker.text == teller for q in found)


def test_apposition_set_off_by_commas_stays_the_name(quotes_in) -> None:
    text = "Bernie Sanders spoke. Sanders, a senator from Vermont, said “the system is rigged.”"
    found = _by_content(quotes_in, text, "rigged")
    assert found and found[0].speaker.actor == "Bernie Sanders"


# --- "Clinton's response was: “…”" is Clinton's; "its website" is the subject's -----------

_EMAIL = (
    "In the latest batch of Hillary Clinton emails, the candidate appeared callous. "
    "Clinton top aide Huma Abedin emailed the then secretary of state in December 2011, "
    "informing her of the death of the American soldiers. "
)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (_EMAIL + "Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?”",
         "Dalton Brody", "Hillary Clinton"),
        ("Donald Trump was asked about the wall at the rally. Trump’s response was: “Mexico will "
         "pay for it, believe me.”", "Mexico will pay", "Donald Trump"),
        ("Ted Cruz was asked about the endorsement on Tuesday night. Cruz’s response was: “I am "
         "not in the business of supporting people who attack my wife.”", "my wife", "Ted Cruz"),
    ],
)  # fmt: skip
def test_possessor_of_a_reply_speaks(quotes_in, text, words, actor) -> None:
    found = _by_content(quotes_in, text, words)
    assert found and found[0].speaker.actor == actor


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (_EMAIL + "Dalton Brody is a Washington, DC, gifts and accessories store, which sells "
         "such items as leather goods, crystal, and pottery, according to its website.",
         "gifts and accessories store", "Dalton Brody"),
        ("Hillary Clinton mentioned the shop in an email. Tiffany Blue is a Boston jewelry store, "
         "which sells rings and watches, according to its website.", "jewelry store",
         "Tiffany Blue"),
        ("Clinton asked about the restaurant in an email. Casa Verde is a Miami restaurant, which "
         "serves Cuban food, according to its website.", "Miami restaurant", "Casa Verde"),
    ],
)  # fmt: skip
def test_its_website_is_the_subjects_own(quotes_in, text, words, actor) -> None:
    found = _by_content(quotes_in, text, words)
    assert not found or found[0].speaker.actor == actor


# --- a body's name runs over its "for" part ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('In its 2015 Anuario , (annual report) the Brazilian Forum for Public Safety noted that '
         'the notion of "a good bandit is a dead one" is shared by approximately 50 percent of '
         'the Brazilian population.', "Brazilian Forum for Public Safety"),
        ("In a new study, the Mexican Forum for Security and Justice noted that most homicides go "
         "unpunished.", "Mexican Forum for Security and Justice"),
        ("In its latest report, the Chilean Forum for Citizen Security said that robberies had "
         "risen in Santiago.", "Chilean Forum for Citizen Security"),
    ],
)  # fmt: skip
def test_body_named_with_its_for_part_speaks_whole(quotes_in, text, name) -> None:
    found = quotes_in(text, DAY)
    assert found and found[0].speaker.text == "the " + name and found[0].speaker.actor == name


# --- a writer's prescription is no one's words ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One key to stopping this long international nightmare of Islamic terrorism will be "
        "reminding American voters every single day between now and November that the foreign "
        "policy decisions of Barack Obama and Hillary Clinton caused the rise of ISIS.",
        "The first step toward winning Ohio will be telling voters every day that the trade deals "
        "of the last twenty years cost them their jobs.",
        "The main goal of the campaign will be reminding voters every day that the senator voted "
        "for the war.",
    ],
)
def test_prescription_is_no_quotation(quotes_in, text) -> None:
    assert quotes_in(text, DAY) == []


def test_person_reminding_voters_still_speaks(quotes_in) -> None:
    found = quotes_in("Senator Rubio will be reminding voters that the deal is dangerous.", DAY)
    assert [q.content for q in found] == ["the deal is dangerous"]


# --- a lede's described source is the person the article names with the same description ---

_LEDES = [
    (
        "Did the Zetas Force US Agents Killer to Surrender?The Zetas forced one of their "
        "henchmen to surrender to the authorities after killing a US agent last year, in the "
        "hope of heading off a Washington-backed offensive against the group, according to a "
        "captured lieutenant\n\nThe shooting of Homeland Security investigator Jaime Zapata on "
        "February 15, 2011, was the most high-profile murder of a US agent in Mexico since 1985. "
        "After Zapata's death the pressure was once again on Mexico to make arrests. But the "
        "story told by another captured Zetas lieutenant, Luis Jesus Sarabia, alias "
        '"Comandante Pepito," is that his comrade was actually ordered to surrender by the '
        "Zetas high command.",
        "a captured lieutenant",
        "Luis Jesus Sarabia",
    ),
    (
        "Sinaloa Cartel Paid Police Chief, Says Jailed Accountant\n\nThe Sinaloa Cartel paid a "
        "police chief in Culiacan to warn its leaders of raids, according to a jailed "
        "accountant.\n\nThe claim adds to a long list of corruption cases in the state. The "
        "account given by a jailed Sinaloa accountant, Jose Luis Ortega Reyes, is that the "
        "payments began in 2014 and ran for three years.",
        "a jailed accountant",
        "Jose Luis Ortega Reyes",
    ),
    (
        "Gulf Cartel Bribed Judges, Says Arrested Hitman\n\nThe Gulf Cartel bribed two judges in "
        "Tamaulipas to free its members, according to an arrested hitman.\n\nProsecutors have "
        "opened an inquiry. The testimony of the arrested Gulf Cartel hitman, Mario Alberto "
        "Rios, says that the judges were paid in cash.",
        "an arrested hitman",
        "Mario Alberto Rios",
    ),
]


@pytest.mark.parametrize(("text", "described", "actor"), _LEDES)
def test_described_source_is_the_one_named_later(quotes_in, text, described, actor) -> None:
    found = [q for q in quotes_in(text, DAY) if q.speaker and q.speaker.text == described]
    assert found and found[0].speaker.actor == actor


def test_described_source_named_with_another_description_stays_unresolved(quotes_in) -> None:
    text = (
        "The Gulf Cartel bribed two judges in Tamaulipas, according to an arrested hitman. "
        "Prosecutors named a former police officer, Mario Alberto Rios, as the go-between."
    )
    found = [
        q for q in quotes_in(text, DAY) if q.speaker and q.speaker.text == "an arrested hitman"
    ]
    assert all(q.speaker.actor != "Mario Alberto Rios" for q in found)


# --- the tag after a closing mark, inside a dash aside, is the quotation's -------------------


@pytest.mark.parametrize(
    ("text", "words", "teller"),
    [
        ("Mrs. Clinton and her surrogates are responding, painting Mr. Trump as a sympathizer of "
         "white supremacists - ''If Trump wins, they could be running the country,'' one Clinton "
         "ad declared - or denouncing him as a ''psychopath.''", "If Trump wins",
         "one Clinton ad"),
        ('Republicans are hitting back, casting Mrs. Clinton as a creature of Wall Street - "She '
         'works for the banks, not for you," one Trump ad said - or mocking her as "Crooked '
         'Hillary."', "She works for the banks", "one Trump ad"),
        ("The unions are fighting the plan, portraying the governor as an enemy of teachers -- "
         "\"He wants to fire your kids' teachers,\" one union flyer warned -- or calling him a "
         '"bully."', "He wants to fire", "one union flyer"),
    ],
)  # fmt: skip
def test_words_in_a_dash_aside_are_the_tags_alone(quotes_in, text, words, teller) -> None:
    found = [q for q in quotes_in(text, DAY) if words in q.content]
    assert found and all(q.speaker.text == teller for q in found)
    assert all(not q.content.startswith(("Mrs.", "Republicans", "The unions")) for q in found)
