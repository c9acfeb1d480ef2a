"""Kinds of blind-audit round 39 (fresh seed 34, on 4b17798; session 2026-12-03e): each kind,
the input and two paraphrases of our own.

Events: a text (deal, agreement, treaty) is made only by its light verb, so a sentence that only
names it reports no signing; disapproval as a standing attitude ("has been critical of", "are
concerned about") is no act, said on an occasion ("was concerned about") it is; "return the
favor" and "hand the reins over" move nothing; a politician who "fired back" used words.
Actors: crime nouns of news (drug mules, gang members, smugglers) and "personnel" of a body are
coded; "Congress" of another country is that country's; a bureau chief is the press's; "the
anti-drug agency" is no news agency.
Quotes: a quoted hedge ("apparently") inside the indirect quotation of the same speech act is
not a second quotation; "according to" after a full stop opens its own report; what polls and
surveys show is no one's words.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Filippo Grandi, the UN refugee chief, reacted skeptically to the EU-Turkey deal.",
        "The European Council is deeply divided over the proposed EU-Turkey deal.",
        "Critics in Ankara attacked the wording of the agreement between Turkey and the EU.",
    ],
)
def test_a_named_deal_is_no_signing(events_at, text) -> None:
    found = events_at(text, "2016-03-10")
    assert [e.cameo for e in found if e.cameo.startswith("05")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Moldova and France signed a defence cooperation agreement on Thursday.",
        "The EU and Turkey reached a deal on migrants on Friday.",
    ],
)
def test_a_deal_its_light_verb_makes_is_still_signed(events_at, text) -> None:
    found = events_at(text, "2016-03-10")
    assert {e.cameo for e in found} == {"057"}
    assert len(found) == 2  # both ways


@pytest.mark.parametrize(
    "text",
    [
        "The Washington Post columnist Ruth Marcus has been critical of Donald Trump.",
        "EU member states are concerned about Angela Merkel's collusion with Turkey.",
        "Secretary of State John Kerry has long been critical of Russia's plan.",
    ],
)
def test_disapproval_as_an_attitude_is_no_event(events_at, text) -> None:
    assert events_at(text, "2016-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State John Kerry criticized Russia's plan.",
        "Secretary of State John Kerry was critical of Russia's plan.",
        "Russian Foreign Minister Sergei Lavrov was particularly concerned about Armenia's ties "
        "with NATO.",
    ],
)
def test_disapproval_on_an_occasion_is_an_event(events_at, text) -> None:
    """The seed's E1: Lavrov's concern voiced in an interview is criticism."""
    assert [e.cameo for e in events_at(text, "2016-05-10")] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton will return the favor to Donald Trump.",
        "Pollster Kellyanne Conway handed the reins over to David Bossie.",
        "Donald Trump returned the favour to Ted Cruz on Monday.",
    ],
)
def test_idioms_of_giving_move_nothing(events_at, text) -> None:
    assert events_at(text, "2016-06-08") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Over the course of the investigation, police made 10 seizures and Brazilian "
            "police arrested 13 drug mules.",
            "BRACRM",
        ),
        ("Mexican police officers arrested three gang members.", "MEXCRM"),
        ("Colombian police arrested 40 smugglers near the border.", "COLCRM"),
    ],
)
def test_crime_nouns_are_arrested_criminals(events_at, text, target) -> None:
    found = events_at(text, "2016-06-08")
    assert [(e.cameo, e.target.code) for e in found] == [("173", target)]


@pytest.mark.parametrize(
    "text",
    [
        "Mexican Navy personnel arrested three members of the Sinaloa Cartel.",
        "Mexican army personnel arrested three members of the Sinaloa Cartel.",
        "Personnel of the Mexican Navy arrested three members of the Sinaloa Cartel.",
    ],
)
def test_personnel_of_a_body_are_its_own(events_at, text) -> None:
    found = events_at(text, "2016-06-08")
    assert [(e.source.code, e.cameo, e.target.code) for e in found] == [("MEXMIL", "173", "MEXCRM")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("When he was called to testify to the Mexican Congress, he refused.", "MEXLEG"),
        ("Guatemala's Congress voted to strip the president of immunity.", "GTMLEG"),
        (
            "BOGOTA - Colombia's government issued a decree allowing police to confiscate "
            "drugs. Colombian police said the decree was legal. The Council of State will "
            "decide, after members of Congress launched an initiative against the decree.",
            "COLLEG",
        ),
        ("Congress passed the bill on Tuesday, and President Obama signed it.", "USALEG"),
    ],
)
def test_congress_is_the_country_s_own(mentions_of, text, code) -> None:
    found = [m for m in mentions_of(text) if m.text == "Congress"]
    assert [m.code for m in found] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Post White House bureau chief Juliet Eilperin wrote that the plan had failed.",
        "The Washington Post's White House bureau chief, Juliet Eilperin, wrote that it failed.",
        "White House bureau chief Juliet Eilperin said the plan had failed.",
    ],
)
def test_a_bureau_chief_is_the_press(mentions_of, text) -> None:
    found = [m for m in mentions_of(text) if "Eilperin" in m.text]
    assert [m.code for m in found] == ["USAMED"]


@pytest.mark.parametrize(
    "text",
    [
        "The fugitive became the US Drug Enforcement Administration's top priority. The BBC "
        "based its report on her place on the anti-drug agency's list.",
        "The Drug Enforcement Administration confirmed the arrest. The BBC reported it first. "
        "The anti-narcotics agency said the leader fled.",
        "The Drug Enforcement Administration confirmed the arrest, Reuters reported. The "
        "federal agency said the leader fled.",
    ],
)
def test_an_agency_of_a_field_is_no_news_agency(mentions_of, text) -> None:
    found = [m for m in mentions_of(text) if m.text.endswith("agency")]
    assert [m.code for m in found] == ["USACOP"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Colombian President Juan Manuel Santos told reporters the rebel commander had "
            '"apparently" died in the bombing.',
            'the rebel commander had "apparently" died in the bombing',
        ),
        (
            'The general said the rebels had "allegedly" crossed the border on Sunday.',
            'the rebels had "allegedly" crossed the border on Sunday',
        ),
        (
            'The ministry told reporters the ship was "reportedly" heading for Tartus.',
            'the ship was "reportedly" heading for Tartus',
        ),
    ],
)
def test_a_quoted_hedge_inside_the_claim_is_not_a_second_quote(quotes_in, text, content) -> None:
    assert [q.content for q in quotes_in(text)] == [content]


def test_a_quoted_judgement_inside_the_claim_stays(quotes_in) -> None:
    """The seed's gold keeps "strategic mistake" beside the claim that holds it."""
    found = quotes_in('Romero added that the area was a "red zone" for traffickers.')
    assert [q.content for q in found] == ['the area was a "red zone" for traffickers', "red zone"]


@pytest.mark.parametrize(
    "text",
    [
        "According to recent polls, Trump holds only 14 percent of the Latino vote.",
        "According to a new CNN poll, Clinton leads Trump by five points.",
        "Trump leads in Iowa, according to a Quinnipiac survey released Monday.",
    ],
)
def test_a_poll_says_no_words(quotes_in, text) -> None:
    assert quotes_in(text) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"The decree will not help to reduce consumption," Professor Yesid Reyes Alvarado '
            'told Semana. "Consumers are going to buy back every gram that is confiscated from '
            'them." According to the Colombian Drug Observatory, the focus must be on improving '
            "the living conditions of users.",
            [
                "Professor Yesid Reyes Alvarado",
                "Professor Yesid Reyes Alvarado",
                "the Colombian Drug Observatory",
            ],
        ),
        (
            '"We will not negotiate," the minister told reporters. "The strike is illegal." '
            "According to the union, the strike will go on until Friday.",
            ["the minister", "the minister", "the union"],
        ),
        (
            '"The court has spoken," the senator said. "We accept the ruling." According to '
            "party officials, an appeal is unlikely.",
            ["the senator", "the senator", "party officials"],
        ),
    ],
)
def test_according_to_after_a_full_stop_opens_its_own_report(quotes_in, text, speakers) -> None:
    """Round 39: the quotation before was given to the Observatory of the next sentence."""
    assert [q.speaker.text if q.speaker else None for q in quotes_in(text)] == speakers


def test_according_to_after_a_comma_still_tags_the_quotation(quotes_in) -> None:
    found = quotes_in('"We will not pay," according to a court document filed by the attorney.')
    expected = [("We will not pay,", "a court document")]
    assert [(q.content, q.speaker.text) for q in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Former Mexican President Vicente Fox fired back at Donald Trump over the proposal.",
        "Hillary Clinton fired back at Donald Trump on Monday.",
        "Secretary of State John Kerry fired back at Russia after the vote.",
    ],
)
def test_a_politician_firing_back_uses_words(events_at, text) -> None:
    found = events_at(text, "2016-05-12")
    assert [e.cameo for e in found] == ["111"]


def test_troops_firing_still_use_force(events_at) -> None:
    found = events_at("Israeli troops fired at Hamas militants in Gaza.", "2016-05-12")
    assert [e.cameo[:2] for e in found] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State John Kerry rescinded his endorsement of Hillary Clinton.",
        "Secretary of State John Kerry withdrew his endorsement of Hillary Clinton on Tuesday.",
        "Secretary of State John Kerry revoked his support for Hillary Clinton.",
    ],
)
def test_support_taken_back_is_no_praise(events_at, text) -> None:
    """Round 39: "Kirk rescinded his endorsement of Trump" was coded 051 from the noun."""
    assert [e.cameo for e in events_at(text, "2016-06-08") if e.cameo.startswith("05")] == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Vice President Joe Biden endorsed Hillary Clinton.", "2016-06-08"),
        ("Joe Biden praised Hillary Clinton on Monday.", "2016-06-08"),
        ("Vice President Mike Pence praised Japanese Prime Minister Shinzo Abe.", "2018-02-08"),
    ],
)
def test_a_vice_president_in_office_is_the_government(events_at, text, published) -> None:
    found = events_at(text, published)
    assert [(e.source.code, e.cameo) for e in found] == [("USAGOV", "051")]


@pytest.mark.parametrize(
    "text",
    [
        "CARACAS - Under former President Hugo Chavez, the military gained power. (Chavez "
        "officially expelled the US Drug Enforcement Administration in 2005.)",
        "CARACAS - Former President Hugo Chavez died in 2013. In 2005, Chavez expelled the US "
        "Drug Enforcement Administration.",
        "BOGOTA - Former President Alvaro Uribe spoke on Monday. In 2008, Uribe accused "
        "Venezuela of arming the FARC.",
    ],
)
def test_a_former_president_acted_as_president_then(events_at, text) -> None:
    """Round 39: Chavez expelling the DEA in 2005 was coded VENELI, as of publication."""
    found = events_at(text, "2017-06-01")
    assert found and all(e.source.code.endswith("GOV") for e in found)
