"""Actor kinds of blind-audit round 79 (seed 58); each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

A state's formal name ("The Republic of Turkey") is the country, not an uncoded "Republic of"
beside it.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Republic of Turkey denies that the crime was a genocide.", "TUR"),
        ("The Republic of Turkey insists that the deaths were not a genocide.", "TUR"),
        ("Officials of the People's Republic of China met the delegation.", "CHN"),
    ],
)
def test_a_states_formal_name_is_the_state(mentions_of, text, code) -> None:
    """Round 79: "The Republic of Turkey" gave an uncoded country "Republic of" and "Turkey"."""
    found = mentions_of(text)
    assert not any(m.text.endswith(" of") for m in found), [(m.text, m.code) for m in found]
    assert any(m.text.startswith(("Republic of", "People's Republic of")) and m.code == code
               for m in found)  # fmt: skip


def test_an_organisation_of_a_country_is_not_the_state(mentions_of) -> None:
    found = mentions_of("The Bank of Japan raised interest rates on Tuesday.")
    assert not any(m.text.startswith("Bank of") and m.code == "JPN" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Chris Christie clashed with Marco Rubio. Christie unleashed withering attacks against "
        "Rubio in Saturday’s debate, and the New Jersey governor tripped up Rubio by calling him "
        "out in real-time.",
        "Chris Christie clashed with Marco Rubio. The New Jersey governor embarrassed Rubio by "
        "mocking him on stage.",
        "Ted Cruz clashed with Marco Rubio. The Texas senator rattled Rubio after attacking him "
        "on immigration.",
    ],
)
def test_a_gerunds_object_pronoun_is_not_its_doer(mentions_of, text) -> None:
    """Round 79: "the New Jersey governor tripped up Rubio by calling him out" gave "him" to
    Christie, the one doing the calling."""
    found = [m.actor for m in mentions_of(text, "2016-02-07") if m.text == "him"]
    assert found == ["Marco Rubio"]


def test_a_gerunds_object_may_be_someone_else_named_before(mentions_of) -> None:
    text = "Ted Cruz met Marco Rubio. Rubio left after Cruz thanked him."
    found = [m.actor for m in mentions_of(text, "2016-02-07") if m.text == "him"]
    assert found == ["Marco Rubio"]


@pytest.mark.parametrize(
    ("text", "pronoun", "actor"),
    [
        ("Montana Sen. Jon Tester said Republicans are at risk. He said Grassley could lose to "
         "Democrat Patty Judge not only because he supports Trump but also because he denied "
         "Merrick Garland a confirmation hearing.", "he", "Chuck Grassley"),
        ("Tester spoke on Thursday. He said Senator Roy Blunt could lose to Jason Kander because "
         "he supports Trump.", "he", "Roy Blunt"),
        ("Tester spoke on Thursday. He said Kelly Ayotte may lose to Maggie Hassan because she "
         "endorsed Trump.", "she", "Kelly Ayotte"),
    ],
)  # fmt: skip
def test_the_subject_of_a_because_clause_is_the_main_clauses(
    mentions_of, text, pronoun, actor
) -> None:
    """Round 79: "Grassley could lose … because he supports Trump but also because he denied
    Merrick Garland a hearing" gave the first "he" to a judge and the second to Trump."""
    found = {m.actor for m in mentions_of(text, "2016-06-10") if m.text == pronoun}
    assert found == {actor}


def test_a_because_clause_under_a_report_is_the_reported_subjects(mentions_of) -> None:
    text = "Chuck Grassley met Donald Trump. Trump said Grassley would win because he works hard."
    found = [m.actor for m in mentions_of(text, "2016-06-10") if m.text == "he"]
    assert found == ["Chuck Grassley"]
