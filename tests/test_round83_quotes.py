"""Quotation kinds from blind audit round 83 (fresh seed 60, with round 82's seed 59): each
audited input with two paraphrases of our own, and a guard for the reading the rule keeps.

1. A reported clause cut at its first conjunct: "said …, but he did remember …", "…, but that
   they are not sure …", "…, and thus he could not rule out …", "…, and the senator felt …"
   (``quotes/conjuncts.py``); a subject the parser made the cue's object ("said [their
   networks …] [were now composed …]", ``clauses._object_as_subject``).
2. No quotation: a naming practice ("Politicos call this the “expectations game”", "as they
   are called by the government"), calling a race, telling oneself, a position held ("supports
   “appropriate pay raises”"), a manner verb far above a quoted term, a body branding its own
   program, the writer's inference ("as his comments implied") (``quotes/practices.py``).
"""

from __future__ import annotations

import pytest


def _indirect(quotes_in, text: str) -> list[str]:
    return [q.content for q in quotes_in(text, "2016-05-04") if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Powell’s office, when contacted by Reuters, said the former top diplomat couldn’t "
         "recall the exact dinner conversation outlined in Conason’s book, but he did remember "
         "telling Clinton about his personal email practices.",
         "but he did remember telling Clinton about his personal email practices"),
        ("The spokesman said the senator couldn't remember the exact date of the meeting, but "
         "he did recall discussing the budget with the governor.",
         "but he did recall discussing the budget with the governor"),
        ("The ministry said the minister could not recall the conversation described in the "
         "book, but she did remember meeting the ambassador.",
         "but she did remember meeting the ambassador"),
        ("Rubio responded that Donald Trump had been ridiculing and engaging in personal attacks "
         "the entire campaign, and the senator finally felt he had to give the billionaire "
         "candidate some of his own medicine.",
         "and the senator finally felt he had to give the billionaire candidate some of his own "
         "medicine"),
        ("Cruz replied that Trump had been insulting voters for months, and the senator finally "
         "felt he had to answer in kind.", "and the senator finally felt he had to answer in kind"),
        ("Sanders answered that Clinton had been attacking him all week, and the senator felt he "
         "had to respond.", "and the senator felt he had to respond"),
    ],
)  # fmt: skip
def test_a_state_of_mind_conjoined_to_the_report_is_part_of_it(quotes_in, text, tail) -> None:
    """Round 83: "said the former top diplomat couldn't recall …, but he did remember telling
    Clinton …" stored only the first conjunct; what he remembered or felt is the same report."""
    assert any(c.endswith(tail) for c in _indirect(quotes_in, text))


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Senior police figures privately admitted to InSight Crime that they know extortion has "
         "increased exponentially over the last couple of years, but that, due to unwillingness "
         "to report cases, they are not sure what the scale of the problem is or how much the "
         "FARC are earning from it.", "how much the FARC are earning from it"),
        ("Officials acknowledged that they know kidnappings have risen sharply in recent years, "
         "but that they are not certain how many go unreported.",
         "but that they are not certain how many go unreported"),
        ("Local leaders conceded that crime has grown over the past decade, but that they are "
         "unsure how much.", "but that they are unsure how much"),
        ("Brigade commander Colonel Fausto Berrazueta told El Comerico that the 19th Jungle "
         "Brigade is responsible for monitoring a huge amount of ground, and thus he could not "
         "rule out the possibility that other coca plantations exist.",
         "and thus he could not rule out the possibility that other coca plantations exist"),
        ("The general told reporters that his unit patrols a vast stretch of jungle, and thus he "
         "could not rule out that other laboratories exist.",
         "and thus he could not rule out that other laboratories exist"),
        ("The mayor told the newspaper that the city has too few inspectors, and hence it could "
         "not check every building.", "and hence it could not check every building"),
    ],
)  # fmt: skip
def test_a_second_that_clause_or_conclusion_is_part_of_the_report(quotes_in, text, tail) -> None:
    """Round 83: "admitted that …, but that they are not sure …" and "told El Comercio that …,
    and thus he could not rule out …" were cut at the first conjunct."""
    assert any(c.endswith(tail) for c in _indirect(quotes_in, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator said he would vote for the bill, but he voted against it.",
         "he would vote for the bill"),
        ("Police said the man was armed, and officers shot him.", "the man was armed"),
        ("The mayor told the newspaper that the city has too few inspectors, and she then left "
         "the meeting.", "the city has too few inspectors"),
        ("Trump said he would win the state, and he recalled that he had won it before.",
         "he would win the state"),
    ],
)  # fmt: skip
def test_the_writers_narration_or_a_second_report_is_not_run_on(quotes_in, text, content) -> None:
    """Guard: what the speaker did next, what others did, and a second reporting verb with its
    own clause stay out of the first report."""
    assert content in _indirect(quotes_in, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rao and other prominent bundlers in both parties said their networks of potential "
         "donors, almost exclusively men until just a few years ago, were now composed mostly of "
         "other women.",
         "their networks of potential donors, almost exclusively men until just a few years ago, "
         "were now composed mostly of other women"),
        ("The organizers said their members, mostly retirees a decade ago, were now drawn "
         "largely from students.",
         "their members, mostly retirees a decade ago, were now drawn largely from students"),
        ("Several donors said their contributions, almost entirely small checks in 2012, were "
         "now dominated by large gifts.",
         "their contributions, almost entirely small checks in 2012, were now dominated by large "
         "gifts"),
    ],
)  # fmt: skip
def test_a_passive_report_keeps_its_subject(quotes_in, text, content) -> None:
    """Round 83: "said their networks of potential donors, …, were now composed mostly of other
    women" was stored as "were now composed mostly of other women"."""
    assert content in _indirect(quotes_in, text)


def test_a_report_with_its_own_subject_keeps_it(quotes_in) -> None:
    text = "Officials said the bridge, closed since May, would reopen soon."
    assert _indirect(quotes_in, text) == ["the bridge, closed since May, would reopen soon"]


@pytest.mark.parametrize(
    "text",
    [
        "Politicos call this the “expectations game” — setting expectations of your performance "
        "at a certain level so that you can do “better than expected” and be the focus of the "
        "headlines.",
        "Economists call this the “paradox of thrift,” and it worries central bankers.",
        "Analysts call it the “Trump bump” in the polls.",
    ],
)
def test_a_generic_naming_is_no_quotation(quotes_in, text) -> None:
    """Round 83: "Politicos call this the “expectations game”" stored the term (and "better
    than expected") as the politicos' words; a name in use is no one's report."""
    assert quotes_in(text, "2016-02-02") == []


@pytest.mark.parametrize(
    "text",
    [
        "Most of the massacres in Colombia are carried out by new generation narco-paramilitary "
        'groups (called BACRIM or "bandas criminales" by the government), but it seems that '
        "the FARC wanted to make an example of this family.",
        'The BACRIM, or "bandas criminales" as they are called by the government, control the '
        "routes.",
        'The militias, or "autodefensas" as they are called by the press, patrol the towns.',
    ],
)
def test_a_name_given_by_a_body_is_a_label(quotes_in, text) -> None:
    """Round 82: "(called BACRIM or “bandas criminales” by the government)" was a quotation of
    the Colombian government's; it is the name the groups go by."""
    assert [q for q in quotes_in(text) if q.kind != "indirect" or "called" in q.content] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Critics call the plan “reckless.”", "reckless"),
        ("On Sunday, Trump called Rubio “a lightweight who cannot win.”",
         "a lightweight who cannot win"),
        ("Trump called the election “rigged” on Sunday.", "rigged"),
    ],
)  # fmt: skip
def test_a_judgement_by_naming_stays_said(quotes_in, text, content) -> None:
    """Guard: a judgement given with "call" is the speaker's words."""
    assert content in [q.content for q in quotes_in(text, "2016-03-01") if q.kind == "partial"]


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders was projected as the winner of Wisconsin's Democratic primary Tuesday, "
        "with Fox News and NBC News calling the race for the Vermont senator less than a "
        "half-hour after polls closed.",
        "Bernie Sanders won Michigan, with CNN calling the state for the Vermont senator after "
        "midnight.",
        "Clinton won, as networks called the election for her within minutes.",
    ],
)
def test_calling_a_race_is_no_quotation(quotes_in, text) -> None:
    """Round 82: "NBC News calling the race for the Vermont senator" (with "for" on the race)
    was stored as NBC's words; it is a projection."""
    assert quotes_in(text, "2016-04-06") == []


@pytest.mark.parametrize(
    "text",
    [
        "The NeverTrump faction continues to tell itself that not voting for Donald Trump does "
        "not mean voting for Hillary Clinton.",
        "Democrats keep telling themselves that the polls are wrong about Ohio.",
        "The campaign told itself that the debate had gone well.",
    ],
)
def test_telling_oneself_is_a_belief(quotes_in, text) -> None:
    """Round 83: "continues to tell itself that …" was the faction's words; it is a belief."""
    assert quotes_in(text, "2016-08-11") == []


def test_telling_others_stays_said(quotes_in) -> None:
    found = _indirect(quotes_in, "The campaign told reporters that the debate had gone well.")
    assert found == ["the debate had gone well"]


@pytest.mark.parametrize(
    "text",
    [
        'Clinton supports "appropriate pay raises," opposes "across-the-board arbitrary pay '
        'freezes" and recalled the three-year freeze on basic federal pay rates.',
        'Sanders backs "a living wage" and free college.',
        'The governor opposes "any new taxes" this year.',
    ],
)
def test_a_position_held_is_no_quotation(quotes_in, text) -> None:
    """Round 83: "Clinton supports “appropriate pay raises,”" was a partial quotation under
    "supports", which reports a position, not words."""
    assert [q for q in quotes_in(text, "2016-03-30") if q.kind == "partial"] == []


def test_a_position_said_stays_said(quotes_in) -> None:
    text = 'Clinton said she supports "appropriate pay raises" for federal workers.'
    found = [q.content for q in quotes_in(text, "2016-03-30") if q.kind == "partial"]
    assert found == ["appropriate pay raises"]


@pytest.mark.parametrize(
    "text",
    [
        "Aides to Sanders have been pressing party officials for a significant role, aiming to "
        "lock in strong planks on issues like breaking up Wall Street banks and banning natural "
        "gas ''fracking.''",
        "Activists have been pressing the council for action, hoping to win a ban on the "
        '"payday loans" that trap families.',
    ],
)
def test_a_quoted_term_far_below_a_manner_verb_is_no_quotation(quotes_in, text) -> None:
    """Round 83: "pressing party officials …, aiming to … banning natural gas “fracking”" made
    "fracking" the aides' words."""
    assert [q for q in quotes_in(text, "2016-04-26") if q.kind == "partial"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Minnesota, for example, brand their federally-funded program as Building "
        "Community Resilience, and Massachusetts renames its Countering Violent Extremism "
        "program as Promoting Engagement.",
        "The city brands its new initiative as Safe Streets Together.",
        "The ministry labels its program as Community First.",
    ],
)
def test_a_body_naming_its_own_program_is_no_quotation(quotes_in, text) -> None:
    """Round 82: "Officials in Minnesota brand their program as Building Community Resilience"
    was the officials' words; it is the program's name."""
    assert quotes_in(text, "2016-08-25") == []


@pytest.mark.parametrize(
    "text",
    [
        "If this is indeed the case, the country's authorities may be ill-equipped to deal with "
        "it, as Berrazeuta's comments implied.",
        "The economy may be slowing, as the minister's remarks suggested.",
        "Prices could rise further, as the central bank's report implied.",
    ],
)
def test_an_inference_from_a_text_is_no_quotation(quotes_in, text) -> None:
    """Round 83: "…, as Berrazeuta's comments implied" was stored as his words; the writer
    infers it."""
    assert quotes_in(text) == []


def test_as_someone_said_stays_said(quotes_in) -> None:
    assert _indirect(quotes_in, "Prices could rise further, as the minister said.") == [
        "Prices could rise further"
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Illinois State Board of Elections ruled Monday that Ted Cruz can appear on the "
            "ballot. Cruz was a citizen at the time of his birth, the board said.",
            "Illinois State Board of Elections",
        ),
        (
            "The New Hampshire Ballot Law Commission rejected a similar challenge last year. The "
            "commission said that a court should settle the matter.",
            "New Hampshire Ballot Law Commission",
        ),
        (
            "The Federal Election Commission met on Tuesday. The commission said it would review "
            "the complaint.",
            "Federal Election Commission",
        ),
    ],
)
def test_the_board_is_the_board_the_article_named(quotes_in, text, actor) -> None:
    """Round 83: "the board said" was left unresolved although the article names the Illinois
    State Board of Elections; a definite body word resolves to the name it heads."""
    assert [q.speaker.actor for q in quotes_in(text, "2016-02-02")] == [actor]


def test_a_board_never_named_stays_unresolved(quotes_in) -> None:
    found = quotes_in(
        "Police arrested three men on Monday. The board said the arrests were lawful.",
        "2016-02-02",
    )
    assert [q.speaker.actor for q in found] == [None]


def test_a_quoted_phrase_in_a_manner_verbs_own_clause_stays(quotes_in) -> None:
    """Guard: under "fumed that …" the quoted words are the speaker's."""
    found = quotes_in('She fumed that the plan, which "destroys good jobs", was rushed.')
    assert any("destroys good jobs" in q.content for q in found)
