"""Quotation kinds from the round 96 audit of fresh articles: each construction in sentences of
our own, two or three paraphrases, and a guard for the reading the rule must keep.

Kind 1: a speaker given as a past career left unresolved when the article names the person.

1. "Carson once led the polls … . The retired neurosurgeon has given no details, saying …":
   "the retired X" renames the subject of the sentence before (``epithets.epithet_subject``).
2. "Carson led … . But he fell … . The retired neurosurgeon …, saying …": a "he" or "she"
   subject before takes up the person of the sentence before it.
3. "Kelly's view on other matters may worry some. The retired general has warned that …": the
   sentence before speaks of its subject's owner, who is the one renamed.
"""

from __future__ import annotations

import pytest

_PUB = "2016-07-18"


def _speaker_of(quotes: list, needle: str) -> str | None:
    found = [q for q in quotes if needle in q.content]
    assert found, needle
    speaker = found[0].speaker
    return speaker.actor if speaker is not None else None


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Michael Dunmore visited three towns in Iowa on Monday.\n\n"
            "Dunmore once led the field in state polls and drew large crowds.\n\n"
            "The retired surgeon said his campaign would add staff in March.",
            "his campaign would add staff in March",
            "Michael Dunmore",
        ),
        (
            "Karen Holloway opened her Senate campaign in Tucson on Friday.\n\n"
            "Holloway flew cargo planes for a freight company for two decades.\n\n"
            "The retired pilot has said the airports are poorly guarded.",
            "the airports are poorly guarded",
            "Karen Holloway",
        ),
        (
            "Senators questioned Peter Valdane for four hours on Tuesday.\n\n"
            "Valdane's record on border policy may trouble some Democrats.\n\n"
            "The retired colonel has warned that smugglers use the northern coast.",
            "smugglers use the northern coast",
            "Peter Valdane",
        ),
    ],
)
def test_a_past_career_renames_the_person_before(quotes_in, text, needle, actor) -> None:
    assert _speaker_of(quotes_in(text, _PUB), needle) == actor


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Michael Dunmore visited three towns in Iowa on Monday.\n\n"
            "Dunmore once led the field in state polls and drew large crowds. But he fell to "
            "fourth place in a poll released on Friday.\n\n"
            "The retired surgeon has given no details, saying only that he was "
            "\u201cchanging a few things in the team.\u201d",
            "changing a few things in the team",
            "Michael Dunmore",
        ),
        (
            "Laura Pennick spoke to farmers in Ames on Sunday.\n\n"
            "Pennick won the state two years ago. She lost ground in the cities since then.\n\n"
            "The retired judge said the race would be decided in the suburbs.",
            "the race would be decided in the suburbs",
            "Laura Pennick",
        ),
    ],
)
def test_a_past_career_after_a_pronoun_renames_its_antecedent(
    quotes_in, text, needle, actor
) -> None:
    assert _speaker_of(quotes_in(text, _PUB), needle) == actor


def test_a_past_career_introduced_as_someone_new_is_not_the_subject(quotes_in) -> None:
    """Guard: "Dunmore met a retired surgeon. The retired surgeon said …" is that surgeon."""
    quotes = quotes_in(
        "Michael Dunmore met a retired surgeon in Des Moines on Monday.\n\n"
        "The retired surgeon said the hospital would close next year.",
        _PUB,
    )
    assert _speaker_of(quotes, "the hospital would close") != "Michael Dunmore"


# Kind 2: a speaker described in a news lede, named as the next sentence's speaking subject.
#
# 4. "A top campaign adviser says … ." then "Ed Brookover spoke to reporters …"; "Trump's
#    campaign manager says … ." then "Corey Lewandowski, in a statement …, said …": the one
#    the next sentence names is the one described (``introduced.named_person``).


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "A senior adviser to Mayor Tom Brandt says the campaign is on track to win the "
            "city.\n\nGreg Holcomb spoke to reporters on Monday after a meeting with donors. "
            "He says the meeting went well.",
            "the campaign is on track",
            "Greg Holcomb",
        ),
        (
            "Governor Ana Ruiz's chief of staff says she is pleased by the decision to close "
            "the inquiry.\n\nMarta Quell, in a statement released on Friday, said she thanked "
            "the prosecutors.",
            "she is pleased by the decision",
            "Marta Quell",
        ),
        (
            "A spokesman for the Lisbon club says the coach will stay until the summer.\n\n"
            "Rui Damasceno told reporters after training that the board had backed the coach.",
            "the coach will stay until the summer",
            "Rui Damasceno",
        ),
    ],
)
def test_a_described_speaker_is_the_one_named_next(quotes_in, text, needle, actor) -> None:
    assert _speaker_of(quotes_in(text, _PUB), needle) == actor


def test_a_name_met_before_is_not_the_one_described(quotes_in) -> None:
    """Guard: someone the text already named is no newcomer the description introduces."""
    quotes = quotes_in(
        "Marta Quell visited the plant in May.\n\n"
        "A union leader says the strike will go on.\n\n"
        "Marta Quell said on Friday that talks had failed.",
        _PUB,
    )
    assert _speaker_of(quotes, "the strike will go on") != "Marta Quell"


def test_the_owner_of_the_description_is_not_the_one_described(quotes_in) -> None:
    """Guard: "Brandt's adviser says …" then "Tom Brandt said …" is the adviser, not Brandt."""
    quotes = quotes_in(
        "Tom Brandt's campaign adviser says the polls are wrong.\n\n"
        "Tom Brandt said on Monday that he would win the city.",
        _PUB,
    )
    assert _speaker_of(quotes, "the polls are wrong") != "Tom Brandt"


# Kind 3: a speaker's surname taken for a place.
#
# 5. "Rep. Steve Israel (D-N.Y.) said … . “…,” Israel said": the surname of a person the text
#    named in full is that person, not the country (``namesakes.person_not_place``).


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Rep. Paul Chad (D-Ore.) said the caucus was united.\n\n"
            "\u201cWe are ready for the fall,\u201d Chad said.",
            "We are ready for the fall",
            "Paul Chad",
        ),
        (
            "Sen. Mark Jordan (R-Ind.) spoke first at the hearing.\n\n"
            "\u201cThe bill is dead in this chamber,\u201d Jordan said.",
            "The bill is dead in this chamber",
            "Mark Jordan",
        ),
        (
            "Mayor Daniel Panama told reporters on Sunday that the budget was balanced.\n\n"
            "Panama said the city had cut spending on consultants by half.",
            "the city had cut spending",
            "Daniel Panama",
        ),
    ],
)
def test_a_surname_named_before_is_the_person_not_the_place(quotes_in, text, needle, actor) -> None:
    assert _speaker_of(quotes_in(text, _PUB), needle) == actor


def test_a_place_speaking_of_itself_stays_the_place(quotes_in) -> None:
    """Guard: "Jordan said it would not join" speaks of itself as "it": the country."""
    quotes = quotes_in(
        "Sen. Mark Jordan (R-Ind.) spoke first at the hearing.\n\n"
        "Jordan said it would not join the talks on the border.",
        _PUB,
    )
    assert _speaker_of(quotes, "it would not join the talks") != "Mark Jordan"


# Kind 4: a politician renamed by state and party.
#
# 6. "Speaker Paul Ryan says … . In an interview …, the Wisconsin Republican said …": the party
#    member by state renames the subject before (``epithets.party_epithet``), a capitalised head
#    the common descriptions pass over (was "American party member").


@pytest.mark.parametrize(
    ("text", "needle", "actor"),
    [
        (
            "Gov. Mary Fallon toured the plant on Monday.\n\n"
            "The Oklahoma Republican said the jobs would stay in the state.",
            "the jobs would stay in the state",
            "Mary Fallon",
        ),
        (
            "Gov. Dana Whitfield met voters in Wichita on Saturday.\n\n"
            "At a diner later, the Kansas Republican told them the farm bill would pass.",
            "the farm bill would pass",
            "Dana Whitfield",
        ),
        (
            "Senator Ellen Marsh says the budget talks have stalled.\n\n"
            "In a radio interview on Friday, the Texas Republican said both sides must give.",
            "both sides must give",
            "Ellen Marsh",
        ),
    ],
)
def test_a_party_member_by_state_renames_the_subject_before(quotes_in, text, needle, actor) -> None:
    assert _speaker_of(quotes_in(text, _PUB), needle) == actor


# Kind 5: a scare-quoted label inside what someone "continued to" do.
#
# 7. "Trump continued to portray “illegal” immigrants as violent criminals": the quoted word
#    sits in a portrayal, no speech act, and "continued" is no cue for it
#    (``practices.resumed_deed``).


@pytest.mark.parametrize(
    "text",
    [
        "On the same day, Ana Ortiz continued to portray \u201cillegal\u201d migrants as a threat.",
        "Tom Reed continued to paint \u201cgreedy\u201d landlords as the cause of the crisis.",
        "Ana Ortiz has continued to treat \u201cforeign\u201d investors as rivals of farmers.",
    ],
)
def test_a_label_in_a_continued_deed_is_no_quotation(quotes_in, text) -> None:
    assert not quotes_in(text, _PUB)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Tom Reed continued: \u201cThe landlords are greedy.\u201d", "The landlords are greedy"),
        ("Tom Reed continued to insist that the landlords were \u201cgreedy.\u201d", "greedy"),
    ],
)
def test_continued_speech_stays_a_quotation(quotes_in, text, needle) -> None:
    """Guard: speech resumed, or a speech verb after "continued to", is still quoted."""
    assert _speaker_of(quotes_in(text, _PUB), needle) == "Tom Reed"


# Kind 6: a role the text set on a person, taken up as "the <role>".
#
# 8. "Cristiana Bento, one of the police detectives who …, told … . Bento told … . The detective
#    also said …": the role of the subject before, set on her earlier, renames her
#    (``epithets._described_as``).


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Ana Ruiz, one of the police detectives who arrested the smuggler, told a newspaper "
            "that the raid went well. Ruiz told local radio that the suspect would be moved "
            "within a day. The detective also said that a second suspect had fled.",
            "Ana Ruiz",
        ),
        (
            "Omar Haddad, one of the firefighters who reached the tower first, told reporters the "
            "stairs had collapsed. Haddad told a television crew that the fire started on the "
            "roof. The firefighter also said that a second suspect had fled.",
            "Omar Haddad",
        ),
        (
            "Laura Quintero, one of the prosecutors who led the inquiry, told reporters the case "
            "was strong. Quintero told a radio station that the trial would start in May. The "
            "prosecutor also said that a second suspect had fled.",
            "Laura Quintero",
        ),
    ],
)
def test_a_role_set_on_the_subject_before_renames_them(quotes_in, text, actor) -> None:
    assert _speaker_of(quotes_in(text, _PUB), "a second suspect had fled") == actor


def test_a_role_never_set_on_the_subject_is_not_them(quotes_in) -> None:
    """Guard: "the nurse" after a detective named is no one the text called a nurse."""
    quotes = quotes_in(
        "Ana Ruiz, one of the police detectives who arrested the smuggler, told a newspaper "
        "that the raid went well. Ruiz told local radio that the suspect would be moved "
        "within a day. The nurse said that a second suspect had fled.",
        _PUB,
    )
    assert _speaker_of(quotes, "a second suspect had fled") != "Ana Ruiz"
