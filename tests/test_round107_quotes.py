"""Blind audit, round 107 (fresh articles): a writer's description of the sources stored as
their claim ("according to three intelligence sources who spoke to Fox News but were not
authorized to speak on the record"), a polling average as speaker ("according to HuffPost
Pollster") and a campaign manager's words given to the candidate he names by title in them
("“… Senator Sanders's message … he proved that we could,” he said"). Each input, two
paraphrases and a guard that keeps what was right."""

from __future__ import annotations

import pytest

_HEAD = "Campaign notes.\n\n"


def _quotes(quotes_in, text: str) -> list:
    return quotes_in(_HEAD + text, "2016-02-10")


@pytest.mark.parametrize(
    "text",
    [
        "Now the FBI is looking into whether Clinton was guilty of public corruption while "
        "secretary of state, according to three intelligence sources who spoke to Fox News but "
        "were not authorized to speak on the record.",
        "Now the agency is looking into whether the senator misused public funds while governor, "
        "according to four people who spoke to CNN but were not permitted to comment on the "
        "record.",
        "The FBI is also looking into whether the aide lied to investigators, according to two "
        "sources who talked to NBC News but were not authorized to speak publicly.",
    ],
)
def test_a_description_of_the_sources_is_not_their_claim(quotes_in, text) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.cue and q.cue.text == "according to"]
    assert found, "the sourced claim is kept"
    for quote in found:
        assert "authorized" not in quote.content and "permitted" not in quote.content
        assert "looking into whether" in quote.content


@pytest.mark.parametrize(
    "text",
    [
        "An average of 81 percent of Democrats approve of Obama, according to HuffPost Pollster.",
        "Trump leads Cruz by nine points in Florida, according to HuffPost Pollster.",
        "Clinton's lead over Sanders has shrunk to five points nationally, according to the "
        "HuffPost Pollster.",
    ],
)
def test_a_polling_average_is_no_speaker(quotes_in, text) -> None:
    speakers = [q.speaker.text for q in _quotes(quotes_in, text) if q.speaker]
    assert not [s for s in speakers if "Pollster" in s]


def test_a_pollster_who_is_a_person_still_speaks(quotes_in) -> None:
    text = "Most voters oppose the plan, according to pollster Ann Selzer."
    assert [q.speaker.actor for q in _quotes(quotes_in, text) if q.speaker] == ["Ann Selzer"]


@pytest.mark.parametrize(
    ("text", "manager", "candidate"),
    [
        (
            "His campaign manager, Jeff Weaver, said Sanders believes those efforts will pay off "
            "in coming weeks. He should also get a boost from the win Tuesday, Sanders said.\n\n"
            "\"For many voters, there was a question about whether Senator Sanders's message and "
            "his campaign could go toe to toe with the Clinton organization, and I think in Iowa "
            'he proved that we could," he said. "A victory in New Hampshire further amplifies '
            'that reality."',
            "Jeff Weaver",
            "Sanders",
        ),
        (
            "Kasich's chief strategist, John Weaver, said the governor would stay in the race "
            "through Ohio. The governor will campaign in Michigan next week, Kasich said.\n\n"
            "\"People asked whether Governor Kasich's positive message could survive a nasty "
            'primary, and tonight he showed that it can," he said.',
            "John Weaver",
            "Kasich",
        ),
        (
            "Cruz's campaign manager, Jeff Roe, said the senator's ground game would carry Iowa. "
            "He will hold four rallies on Sunday, Cruz said.\n\n"
            "\"Nobody thought Senator Cruz's organization could match Trump's crowds, and he "
            'proved that we could," he said.',
            "Jeff Roe",
            "Cruz",
        ),
    ],
)
def test_whom_the_quotation_names_by_title_is_not_its_speaker(
    quotes_in, text, manager, candidate
) -> None:
    direct = [q for q in _quotes(quotes_in, text) if q.kind == "direct"]
    assert direct
    for quote in direct:
        assert quote.speaker is not None
        assert candidate not in (quote.speaker.actor or "")
        assert quote.speaker.actor == manager


def test_a_title_for_someone_else_keeps_the_speaker(quotes_in) -> None:
    text = (
        "Sanders spoke in Concord on Tuesday. He thanked the volunteers, Sanders said.\n\n"
        '"President Obama\'s trade deal was a mistake, and I said so from the start," he said.'
    )
    direct = [q for q in _quotes(quotes_in, text) if q.kind == "direct"]
    assert [q.speaker.actor for q in direct if q.speaker] == ["Sanders"]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "Snack giant Nabisco is cutting 600 jobs in Chicago as the company that makes Oreos, "
            "Chips Ahoy and Nilla Wafers shifts work to Mexico.\n\nTrump, who was once a "
            "pitchman for the Oreo, has vowed to boycott the product.\n\nThe company says it "
            "considered building the factory lines in Chicago but opted not to because of the "
            "cost gap.",
            "Oreo",
        ),
        (
            "Johnson & Johnson is recalling millions of bottles, the maker of Tylenol announced "
            "on Monday.\n\nSanders, who once held up a bottle of Tylenol at a rally, attacked drug "
            "prices.\n\nThe company says it will resume production in June after an inspection "
            "of the plant.",
            "Tylenol",
        ),
        (
            "Mondelez will move production to Mexico, the maker of Oreos said. Clinton, who "
            "praised the Oreo in a speech, criticized the move.\n\nThe company said the new line "
            "would save $46 million a year.",
            "Oreo",
        ),
    ],
)
def test_a_product_is_not_the_company(quotes_in, text, product) -> None:
    said = [q for q in _quotes(quotes_in, text) if q.speaker and q.speaker.text == "The company"]
    assert said
    assert all(q.speaker.actor != product for q in said)


def test_the_company_is_still_the_firm_named_before(quotes_in) -> None:
    text = (
        "Nabisco is cutting 600 jobs in Chicago. Trump has vowed to boycott Nabisco.\n\n"
        "The company says it considered building the factory lines in Chicago."
    )
    said = [q for q in _quotes(quotes_in, text) if q.speaker and q.speaker.text == "The company"]
    assert [q.speaker.actor for q in said] == ["Nabisco"]


@pytest.mark.parametrize(
    ("text", "filer"),
    [
        (
            "Sen. Bernie Sanders apologized to Clinton at the debate. His campaign sued the DNC in "
            "federal court on Friday, seeking an injunction. The complaint, which was filed in "
            'federal district court in Washington, alleged that the DNC "failed to implement '
            'reasonable data security measures," which led to "the inadvertent disclosure" of '
            "voter information.",
            "Sanders campaign",
        ),
        (
            "The Sanders campaign sued the Democratic National Committee on Friday. The complaint "
            'alleged that the party "unlawfully suspended" its access to voter files.',
            "Sanders campaign",
        ),
        (
            "Exxon sued the state attorney general in Texas on Monday. The lawsuit claims that the "
            'investigation is "a fishing expedition" aimed at the company.',
            "Exxon Mobil",
        ),
    ],
)
def test_a_court_paper_speaks_for_whoever_sued(quotes_in, text, filer) -> None:
    said = [q for q in _quotes(quotes_in, text) if q.cue and q.cue.text != "sued"]
    assert said
    assert all(q.speaker is not None and q.speaker.actor == filer for q in said)


def test_a_court_paper_with_no_suer_is_left_to_no_one(quotes_in) -> None:
    text = "Trump met the families on Monday. The lawsuit, filed last year, says the school misled."
    said = [q for q in _quotes(quotes_in, text) if q.speaker and q.speaker.text == "The lawsuit"]
    assert all(q.speaker.actor is None for q in said)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            '"What I fundamentally believe — and what the president believes," former Obama '
            'Education Secretary Arne Duncan told The New York Times in 2012, "is that the only '
            'way to end poverty is through education." Heckuva job, Arne.',
            "What I fundamentally believe",
            "is through education",
        ),
        (
            '"The only thing we have not tried," former Homeland Security Secretary Michael '
            'Chertoff told The Washington Post on Tuesday, "is a serious border deal."',
            "The only thing",
            "a serious border deal",
        ),
        (
            '"What this campaign has always been about," longtime Clinton campaign chairman John '
            'Podesta told The Associated Press in 2016, "is the middle class."',
            "What this campaign",
            "the middle class",
        ),
    ],
)
def test_a_long_tag_still_joins_the_halves(quotes_in, text, first, second) -> None:
    direct = [q for q in _quotes(quotes_in, text) if q.kind == "direct"]
    assert len(direct) == 1
    assert first in direct[0].content and second in direct[0].content
    assert "told" not in direct[0].content


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Editor's note: Donald Trump regularly incites political violence and is a serial liar "
            "who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire "
            "religion — from entering the U.S.",
            "from entering the U.S.",
        ),
        (
            "Trump, who promised to bar all migrants — nearly 40,000 people a month — from "
            "crossing the border, spoke on Monday.",
            "from crossing the border",
        ),
        (
            "Cruz is a senator who has promised to ban all refugees — thousands of families "
            "fleeing war — from entering Texas.",
            "from entering Texas",
        ),
    ],
)
def test_a_dash_aside_does_not_cut_the_pledge(quotes_in, text, tail) -> None:
    pledged = [q for q in _quotes(quotes_in, text) if q.content.startswith("to ")]
    assert pledged
    assert all(q.content.endswith(tail) for q in pledged)


def test_a_dash_aside_inside_a_clause_is_kept_as_it_was(quotes_in) -> None:
    text = "Clinton said the plan — a tax on the rich — would pay for college."
    assert [q.content for q in _quotes(quotes_in, text)] == [
        "the plan — a tax on the rich — would pay for college"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a later cable , another State Department official voices disappointment in "
            'Chavez, calling him a "a less capable political operator" than his successor.',
            "another State Department official",
        ),
        (
            "In the memo, a senior Pentagon official voices frustration with the plan, calling "
            'it "a recipe for disaster."',
            "a senior Pentagon official",
        ),
        (
            "A second embassy official voices concern about the judge, calling her "
            '"a political appointee."',
            "A second embassy official",
        ),
    ],
)
def test_a_verb_read_as_a_noun_is_not_the_speaker(quotes_in, text, speaker) -> None:
    speakers = [q.speaker.text for q in _quotes(quotes_in, text) if q.speaker]
    assert speakers == [speaker]


def test_the_body_named_before_the_misread_verb_speaks(quotes_in) -> None:
    text = (
        "In a later cable , another State Department official voices disappointment in "
        'Chavez, calling him a "a less capable political operator" than his successor.'
    )
    assert [q.speaker.code for q in _quotes(quotes_in, text) if q.speaker] == ["USAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "These examples follow what is widely known as the Tlatlaya massacre, in which the Mexican "
        "military illegally executed 22 people, according to affirmations by the primary witness "
        "in the case.",
        "Police killed the men, according to affirmations made by a survivor.",
        "The army shot the prisoners after they surrendered, according to affirmations by two "
        "soldiers who were there.",
    ],
)
def test_affirmations_are_no_speaker(quotes_in, text) -> None:
    for quote in _quotes(quotes_in, text):
        assert quote.speaker is not None and quote.speaker.actor is not None


def test_testimony_by_a_named_witness_is_the_witness_s(quotes_in) -> None:
    text = "The soldiers executed 22 people, according to testimony by Juan Perez."
    assert [q.speaker.actor for q in _quotes(quotes_in, text) if q.speaker] == ["Juan Perez"]


@pytest.mark.parametrize(
    ("text", "scope", "claim"),
    [
        (
            "Of the 220 homicide investigations into police forces started in 2011 in the city of "
            "Rio, Amnesty reported that after four years, only one officer had been charged.",
            "Of the 220 homicide investigations",
            "only one officer had been charged",
        ),
        (
            "Of the 1,200 complaints filed against the agency last year, the ombudsman said that "
            "only 14 led to disciplinary action.",
            "Of the 1,200 complaints",
            "only 14 led to disciplinary action",
        ),
        (
            "Of the 300 murder cases opened in 2014 in the state of Guerrero, Human Rights Watch "
            "reported that after three years, only two suspects had been convicted.",
            "Of the 300 murder cases",
            "only two suspects had been convicted",
        ),
    ],
)
def test_a_fronted_scope_stays_with_the_claim(quotes_in, text, scope, claim) -> None:
    found = [q for q in _quotes(quotes_in, text) if claim in q.content]
    assert found
    assert all(q.content.startswith(scope) for q in found)
    assert all("reported" not in q.content and "said" not in q.content for q in found)


def test_a_fronted_time_is_no_scope(quotes_in) -> None:
    text = "After the vote, Clinton said only two senators had called her."
    assert [q.content for q in _quotes(quotes_in, text)] == ["only two senators had called her"]


@pytest.mark.parametrize(
    ("text", "campaign"),
    [
        (
            "Clinton called for unity on Saturday. Clinton’s rhetoric on the issue was noticeably "
            "more conciliatory than that of her campaign’s leadership, who, on a press call "
            "Friday, criticized Sanders for stealing their data and for “misrepresenting what had "
            "occurred.”",
            "Clinton campaign",
        ),
        (
            "Clinton spoke in Iowa. Her campaign's leadership accused Sanders of “stealing our "
            "data.”",
            "Clinton campaign",
        ),
        (
            "Sanders spoke in Iowa. His campaign's top officials accused the DNC of “sabotage.”",
            "Sanders campaign",
        ),
    ],
)
def test_a_campaign_s_leadership_speaks_for_the_campaign(quotes_in, text, campaign) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.kind == "partial"]
    assert found
    assert all(q.speaker is not None and q.speaker.actor == campaign for q in found)


@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "Close to 200 Federal Police agents were deployed to execute 52 arrest warrants, "
            "bringing to a conclusion a year-long investigation, reported EFE.",
            "EFE",
            "Close to 200 Federal Police agents were deployed",
        ),
        (
            "Federal Police raided the home of ex-president Luiz Inacio Lula da Silva on March 4, "
            "and the former head of state was detained for questioning, reported the BBC.",
            "BBC",
            "Federal Police raided the home",
        ),
        (
            "Soldiers seized two tons of cocaine near the border, reported Reuters.",
            "Reuters",
            "Soldiers seized two tons of cocaine near the border",
        ),
    ],
)
def test_a_source_named_last_reports_the_sentence(quotes_in, text, source, claim) -> None:
    found = [q for q in _quotes(quotes_in, text) if q.speaker and q.speaker.actor == source]
    assert [q.content[: len(claim)] for q in found] == [claim]
    assert not [q for q in _quotes(quotes_in, text) if q.content in ("the BBC", "Reuters", "EFE")]


@pytest.mark.parametrize(
    "text",
    [
        "The senator voted against the bill, angered Trump.",
        "The army found the bodies, reported the news.",
    ],
)
def test_a_closing_verb_without_a_named_source_is_no_report(quotes_in, text) -> None:
    assert not [q for q in _quotes(quotes_in, text) if q.kind == "indirect"]


def test_a_description_of_the_sources_across_no_break_spaces(quotes_in) -> None:
    text = (
        "The FBI was already investigating the Democratic presidential candidate about her email "
        "scandal.\xa0Now the FBI\xa0is looking\xa0into whether Clinton was guilty of public "
        "corruption while secretary of state, according to three intelligence sources who spoke "
        "to Fox News but\xa0were not authorized to speak on the record."
    )
    found = [q for q in _quotes(quotes_in, text) if q.cue and q.cue.text == "according to"]
    assert found
    assert all("authorized" not in q.content for q in found)
