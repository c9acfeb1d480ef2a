"""Round 104 (blind audit): pronouns given to the wrong antecedent, each input with two
paraphrases of our own.

* "the Latin American pope again demonstrated his knack for sticking his nose into …": a
  possessive his/her whose clause's subject is a person no name resolves (a common noun of a
  person, an indefinite role word) is that person's, not Trump's named before;
* "These intercepts don't provide authorities with message content, but they do scoop up …":
  a "they" of a clause joined to one whose subject is a plural thing is that thing;
* "obey the laws and ensure accountability when they are broken": a passive "they" whose
  nearest plural noun is an object thing is that thing.
"""

from __future__ import annotations

import pytest

DAY = "2016-02-20"


def _pronouns(mentions_of, text: str, words: tuple[str, ...]) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in mentions_of(text, DAY) if m.text in words]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump attacked the Vatican. By describing Mr. Trump's statements as \"not "
        'Christian," the Latin American pope again demonstrated his knack for sticking his '
        "nose into putatively secular affairs.",
        "Donald Trump spoke in Iowa on Friday. Later the cardinal made his own views known.",
        "Marco Rubio spoke on Monday. Then a priest in the audience voiced his doubts about the "
        "plan.",
    ],
)
def test_a_possessive_of_an_unnamed_subject_is_no_one_named_before(mentions_of, text) -> None:
    coded = [p for p in _pronouns(mentions_of, text, ("his", "her")) if p[1]]
    assert not coded, coded


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Donald Trump spoke on Friday. The billionaire repeated his claims.", "USAPTY"),
        ("Donald Trump spoke on Friday. He repeated his claims.", "USAPTY"),
    ],
)
def test_a_possessive_of_a_description_or_pronoun_subject_stays(mentions_of, text, code) -> None:
    assert ("his", code) in _pronouns(mentions_of, text, ("his",))


@pytest.mark.parametrize(
    "text",
    [
        "US authorities want more data. These intercepts don't provide authorities with message "
        "content, but they do scoop up unencrypted metadata information.",
        "Mexican authorities seized the phones. The devices do not reveal the callers to "
        "officials, but they do store the dates of calls.",
        "Brazilian officials must obey the laws and ensure accountability when they are broken.",
    ],
)
def test_a_they_of_things_is_no_actor(mentions_of, text) -> None:
    coded = [p for p in _pronouns(mentions_of, text, ("they",)) if p[1]]
    assert not coded, coded


@pytest.mark.parametrize(
    "text",
    [
        "Mexican police must enforce the rules and punish officers when they are violated.",
        "Mexican police must respect the courts and accept rulings when they are issued.",
    ],
)
def test_a_passive_they_after_an_object_thing_is_that_thing(mentions_of, text) -> None:
    coded = [p for p in _pronouns(mentions_of, text, ("they",)) if p[1]]
    assert not coded, coded


def test_a_they_of_people_stays(mentions_of) -> None:
    text = "The Mexican soldiers did not fire, but they did arrest the men."
    assert ("they", "MEXMIL") in _pronouns(mentions_of, text, ("they",))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the pronoun inside its own clause's subject is no one the subject names
        ("Marco Rubio spoke of his family. His father had a career tending bar, and his mother "
         "worked as a maid.", "USAPTY"),
        # a subject named in apposition is someone named: the usual rules choose
        ("Bernie Sanders won. Clinton's husband, Bill, hurled the kitchen sink at Sanders in a "
         "speech Sunday, accusing Sanders's followers of sexism and his campaign of fabricated "
         "attacks.", "USAPTY"),
    ],
)  # fmt: skip
def test_a_possessive_inside_or_beside_a_named_subject_keeps_its_antecedent(
    mentions_of, text, code
) -> None:
    found = _pronouns(mentions_of, text, ("his",))
    assert found and found[-1] == ("his", code), found
