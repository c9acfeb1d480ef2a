"""Actor kinds of blind-audit round 79 (seed 58), second set; each kind, the input, two
paraphrases of our own, and a guard for the reading the rule must keep.

Party chairs are the party's (PTY), state and district attorneys are prosecutors (JUD), a capital
after "in the capital", a post sought and a platform's users are no actors, the head of a
cartel's "plaza" and the ERPAC are criminals (CRM), an unnamed official's label is no name for
the actor memory, and a plural role word listed among abstract nouns is a topic.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any]) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in found]


def _code_of(found: list[Any], words: str) -> str | None:
    hits = [m.code for m in found if m.text == words]
    assert hits, _codes(found)
    return hits[0]


# --- 1. party chairs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "After the meeting of Nevada Democrats on Saturday ended in mayhem, Roberta Lange, the "
            "state party chairwoman, said she had received death threats against her.",
            "Roberta Lange",
        ),
        (
            "Jane Whitfield, the Ohio state party chairman, said he would not resign after the "
            "convention in Columbus.",
            "Jane Whitfield",
        ),
        (
            "In Iowa, Mark Olsen, the county party chair, said the caucus count was fair.",
            "Mark Olsen",
        ),
    ],
)
def test_a_party_chair_is_the_partys(mentions_of, text, name) -> None:
    """Round 79: "Roberta Lange, the state party chairwoman" and her pronouns were USAGOV."""
    found = mentions_of(text, "2016-05-19")
    assert _code_of(found, name) == "USAPTY"
    assert all(m.code != "USAGOV" for m in found if m.text in ("she", "her", "he")), _codes(found)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, the Nevada State Democratic Party issued a formal complaint to the Democratic "
        "National Committee.\n\nRepresentative Debbie Wasserman Schultz of Florida, the national "
        "party chairwoman, also expressed concern. ''We will be reaching out,'' she said.",
        "The party wrote to the committee.\n\nRepresentative Debbie Wasserman Schultz of Florida, "
        "the national party chairwoman, said she was worried.",
        "Senator Amy Klobuchar spoke first. Representative Debbie Wasserman Schultz of Florida, "
        "the national party chairwoman, said she would call for calm.",
    ],
)
def test_a_legislator_who_chairs_the_party_is_named_as_its_chair(mentions_of, text) -> None:
    """Round 79: "Wasserman Schultz" (DNC chairwoman) and "she" were coded USAGOV."""
    found = mentions_of(text, "2016-05-19")
    people = [m for m in found if "Wasserman Schultz" in (m.actor or "")]
    assert people and all(m.code == "USAPTY" for m in people), _codes(found)


def test_a_representative_split_from_her_given_name_is_a_legislator(mentions_of) -> None:
    """The recogniser's "Wasserman Schultz" after "Representative Debbie": LEG, not GOV."""
    found = mentions_of(
        "The party complained.\n\nRepresentative Debbie Wasserman Schultz of Florida also "
        "expressed concern.",
        "2016-05-19",
    )
    assert _code_of(found, "Representative Debbie Wasserman Schultz") == "USALEG"


def test_a_government_chairwoman_stays_the_governments(mentions_of) -> None:
    found = mentions_of(
        "Federal Reserve Chairwoman Janet Yellen said rates would rise.", "2016-05-19"
    )
    assert _code_of(found, "Chairwoman Janet Yellen") == "USAGOV"


# --- 2. state and district attorneys -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Police in Jupiter, Florida, charged Trump's campaign manager. The evidence is "
            "insufficient to support a criminal prosecution in the United States, according to a "
            "court document filed by state attorney Dave Aronberg.",
            "state attorney Dave Aronberg",
        ),
        (
            "The American evidence cannot support a prosecution, according to a document filed "
            "by state attorney Dave Aronberg.",
            "state attorney Dave Aronberg",
        ),
        (
            "In New York, Manhattan District Attorney Cyrus Vance charged the man with fraud.",
            "Manhattan District Attorney Cyrus Vance",
        ),
    ],
)
def test_a_state_or_district_attorney_is_a_prosecutor(mentions_of, text, words) -> None:
    """Round 79: "state attorney Dave Aronberg" was USACVL."""
    assert _code_of(mentions_of(text, "2016-04-14"), words) == "USAJUD"


def test_a_private_attorney_stays_a_civilian(mentions_of) -> None:
    found = mentions_of(
        "In New York, his attorney Alan Dershowitz said the charges were false.", "2016-04-14"
    )
    assert _code_of(found, "attorney Alan Dershowitz") == "USACVL"


# --- 3. places, posts and platforms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In the capital Caracas, the 2011 murder rate stands at 108 per 100,000, according to "
            "the OMSC.",
            "Caracas",
        ),
        ("In the Venezuelan capital, Caracas, violence rose sharply last year.", "Caracas"),
        ("Protests spread across the capital Caracas on Monday.", "Caracas"),
    ],
)
def test_a_capital_named_as_the_capital_after_a_locative_is_a_place(
    mentions_of, text, words
) -> None:
    """Round 79: "In the capital Caracas, the murder rate stands …" was VENGOV."""
    assert _code_of(mentions_of(text, "2016-04-14"), words) is None


def test_a_capital_acting_stays_its_government(mentions_of) -> None:
    found = mentions_of("The capital Caracas accused Washington of plotting a coup.", "2016-04-14")
    assert _code_of(found, "Caracas") == "VENGOV"


@pytest.mark.parametrize(
    "text",
    [
        "Kaine has moved toward a pro-abortion position since he has been considered a primary "
        "contender for the vice president’s position on the Democrat ticket.",
        "He is a leading candidate for the vice president's job, aides in Washington said.",
        "She hopes to win the governor's seat in Virginia in November.",
    ],
)
def test_a_post_sought_is_no_actor(mentions_of, text) -> None:
    """Round 79: "a primary contender for the vice president's position" gave USAGOV."""
    found = mentions_of(text, "2016-07-22")
    assert not any(m.text in ("vice president", "governor") for m in found), _codes(found)


def test_an_office_holders_office_stays_an_actor(mentions_of) -> None:
    found = mentions_of(
        "The vice president's office said he would travel to Kiev on Monday.", "2016-07-22"
    )
    assert any(m.text == "vice president" and m.code for m in found), _codes(found)


@pytest.mark.parametrize(
    "text",
    [
        "Twitter users posted their thoughts on the Ohio judge’s ruling.",
        "Facebook users shared the video widely after the Ohio ruling.",
        "Many of his Twitter followers responded angrily to the ruling.",
    ],
)
def test_a_platforms_users_are_not_the_company(mentions_of, text) -> None:
    """Round 79: "Twitter users" coded "Twitter" USABUS."""
    found = mentions_of(text, "2016-03-11")
    assert not any(m.code == "USABUS" for m in found), _codes(found)


def test_the_company_acting_stays_a_business(mentions_of) -> None:
    found = mentions_of("Twitter suspended the account on Monday.", "2016-03-11")
    assert _code_of(found, "Twitter") == "USABUS"


# --- 4. criminal titles and groups -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Thirty alleged members of the Zetas escaped, including "El Arana," head of the '
            "Monterrey plaza.",
            "head",
        ),
        ("Marines arrested the head of the Nuevo Laredo plaza on Monday.", "head"),
        (
            "Police detained the chief of the Acapulco plaza for the Beltran Leyva Organization.",
            "chief",
        ),
    ],
)
def test_the_head_of_a_plaza_is_a_criminal(mentions_of, text, words) -> None:
    """Round 79: "head of the Monterrey plaza" (a Zetas boss) was MEXGOV."""
    assert _code_of(mentions_of(text, "2012-02-20"), words) == "MEXCRM"


def test_the_head_of_a_city_body_stays_the_governments(mentions_of) -> None:
    found = mentions_of("The head of the Monterrey city council resigned.", "2012-02-20")
    assert _code_of(found, "head") == "MEXGOV"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Carecuchillo is also the brother of the Popular Revolutionary Antiterrorist Army of "
            'Colombia ( ERPAC) leader Pedro Oliverio Guerrero, alias " Cuchillo ." The ERPAC are '
            "now one of the three biggest drug trafficking groups in the country.",
            "Popular Revolutionary Antiterrorist Army of Colombia",
        ),
        ("The ERPAC controls cocaine routes on Colombia's eastern plains.", "ERPAC"),
        (
            "Members of the Popular Revolutionary Antiterrorist Army surrendered in Meta.",
            "Popular Revolutionary Antiterrorist Army",
        ),
    ],
)
def test_the_erpac_is_a_criminal_group(mentions_of, text, words) -> None:
    """Round 79: the ERPAC was coded COLMIL (an "Army" name)."""
    assert _code_of(mentions_of(text, "2011-01-10"), words) == "COLCRM"


def test_a_bracketed_acronym_gives_the_title_after_it_its_group(mentions_of) -> None:
    found = mentions_of(
        "The Popular Revolutionary Antiterrorist Army of Colombia ( ERPAC) leader Pedro Oliverio "
        "Guerrero surrendered.",
        "2011-01-10",
    )
    assert _code_of(found, "leader Pedro Oliverio Guerrero") == "COLCRM"


def test_the_national_army_stays_military(mentions_of) -> None:
    found = mentions_of("The Colombian army attacked the camp in Meta.", "2011-01-10")
    assert any(m.code == "COLMIL" for m in found), _codes(found)


# --- 5. an unnamed official's label is no name for the memory ----------------------------------


def test_an_unnamed_officials_label_is_not_learned_as_a_name(nlp) -> None:
    """Round 79: "Das Volk vs. The State." took "State" for the surname of an "American
    secretary of state" learned from an earlier article (USAELI)."""
    from dyads.actors import ActorMemory, find_mentions

    memory = ActorMemory()
    first = find_mentions(
        nlp("Voters in Ohio met on Monday. The former secretary of state said she would win."),
        published="2016-04-14",
        memory=memory,
    )
    assert any(m.actor == "American secretary of state" for m in first), _codes(first)
    memory.learn(first, "2016-04-14")
    for text in (
        "Das Volk vs. The State.\n\nBoth Blocher and the SVP have long complained.",
        "Mexican State Bans Narco-Music\n\nA Mexican governor announced a prohibition.",
        "The State and the people.\n\nThe Swiss vote often.",
    ):
        found = find_mentions(nlp(text), published="2016-04-20", memory=memory)
        assert not any(m.text == "State" and m.code for m in found), _codes(found)


def test_a_named_person_is_still_learned(nlp) -> None:
    from dyads.actors import ActorMemory, find_mentions

    memory = ActorMemory()
    memory.learn(
        find_mentions(
            nlp("Russian Foreign Minister Sergei Lavrov met his counterpart."),
            published="2016-04-14",
            memory=memory,
        ),
        "2016-04-14",
    )
    known = memory.lookup("Lavrov", "2016-04-20")
    assert known is not None and known.code == "RUSGOV"


# --- 6. a plural role word listed among abstract nouns is a topic ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "To delve deeper into the issue, it is wise to look at how migration, refugees and "
        "Islamophobia came to dominate political discourse on the continent of the Swiss.",
        "Debates about refugees, security and unemployment dominated the Swiss campaign.",
        "Voters worried about terrorism and refugees in the Swiss election.",
    ],
)
def test_refugees_listed_as_a_topic_are_no_actor(mentions_of, text) -> None:
    """Round 79: "migration, refugees and Islamophobia" coded "refugees" CHEREF."""
    found = mentions_of(text, "2016-03-21")
    assert not any(m.text == "refugees" and m.code for m in found), _codes(found)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees and aid workers protested outside the Swiss parliament.",
        "The Swiss police detained refugees and migrants on Monday.",
    ],
)
def test_refugees_acting_stay_refugees(mentions_of, text) -> None:
    found = mentions_of(text, "2016-03-21")
    assert any(m.text.lower() == "refugees" and m.code == "CHEREF" for m in found), _codes(found)
