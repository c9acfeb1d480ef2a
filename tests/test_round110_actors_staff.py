"""Actor kinds of the blind audit of round 110: the staff of a former office-holder, and
he/she against the gender of a title or a given name.

* "Betsy McManus, Gore's communications director" in 2016 and "the former vice president's
  spokeswoman" were coded USAGOV, a bare staff title's default: the staff of a former
  office-holder or of a person no rule codes keep no code
  (:func:`dyads.actors.principals.follow`, :mod:`dyads.actors.formers_staff`);
* "he'd wait" went to Betsy McManus and "his former boss's wife" to "the former vice
  president's spokeswoman": a title of one gender ("spokeswoman") and a given name of one
  ("Betsy", ``given_names.csv``) are no antecedent of the other's pronoun.

Guards: a sitting president's spokesman stays the government's, a candidate's staff the party's.
"""

from __future__ import annotations

from typing import Any

import pytest


def _found(found: list[Any], text: str) -> list[tuple[str | None, str | None]]:
    return [(m.actor, m.code) for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Al Gore will not attend the Democratic National Convention. Betsy McManus, Gore’s "
            "communications director, told POLITICO last fall that he’d wait until a nominee had "
            "been formally selected to weigh in.",
            "Betsy McManus",
        ),
        (
            "Al Gore stayed home. Ned Ryan, Gore's press aide, said the former vice president "
            "was busy.",
            "Ned Ryan",
        ),
        (
            "Bill Clinton spoke in Arkansas. Dottie Smith, Bill Clinton's communications "
            "director, said he was tired.",
            "Dottie Smith",
        ),
    ],
)
def test_the_staff_of_an_uncoded_or_former_principal_keep_no_code(
    mentions_of: Any, text: str, name: str
) -> None:
    assert [code for _, code in _found(mentions_of(text, "2016-07-24"), name)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Citing “obligations in Tennessee,” the former vice president’s spokeswoman told "
        "POLITICO that Gore plans to skip the festivities.",
        "The former governor's spokesman said the trip was cancelled.",
        "A statement from the former senator's aide said she was resting.",
    ],
)
def test_a_former_office_holders_staff_title_is_not_the_government(
    mentions_of: Any, text: str
) -> None:
    found = mentions_of(text, "2016-07-24")
    staff = [m for m in found if m.role in ("spokeswoman", "spokesman", "aide")]
    assert staff and all(m.code is None for m in staff)


@pytest.mark.parametrize(
    ("text", "pronoun", "not_actor"),
    [
        (
            "Al Gore will not attend the Democratic National Convention. Betsy McManus, Gore’s "
            "communications director, told POLITICO last fall that he’d wait until a nominee had "
            "been formally selected to weigh in.",
            "he",
            "Betsy McManus",
        ),
        (
            "Citing “obligations in Tennessee,” the former vice president’s spokeswoman told "
            "POLITICO that Gore plans to skip the festivities in Philadelphia where his former "
            "boss’s wife will accept the Democratic presidential nomination.",
            "his",
            "American spokeswoman",
        ),
        (
            "John Kerry landed in Paris. Patsy Moore, Kerry's spokeswoman, said he would meet "
            "the French foreign minister.",
            "he",
            "Patsy Moore",
        ),
    ],
)
def test_a_pronoun_never_goes_to_a_person_of_the_other_gender(
    mentions_of: Any, text: str, pronoun: str, not_actor: str
) -> None:
    actors = [actor for actor, _ in _found(mentions_of(text, "2016-07-24"), pronoun)]
    assert actors and not_actor not in actors


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Obama's spokesman said he would speak.", "spokesman", "USAGOV"),
        (
            "Hillary Clinton spoke in Ohio. Brian Fallon, Clinton's communications director, "
            "said she would win.",
            "Brian Fallon",
            "USAPTY",
        ),
    ],
)
def test_guards_a_sitting_or_running_principals_staff_keep_their_code(
    mentions_of: Any, text: str, name: str, code: str
) -> None:
    assert [c for _, c in _found(mentions_of(text, "2016-07-24"), name)] == [code]
