"""Blind audit, round 104 (fresh seed 106): the story's occasion dates deeds told without a day.

Five of seven wrong dates were deeds the article placed on its occasion's day that took the
publication day: a teaser lead of three attacks before "… targeted Sunday by challengers"; a
speech after an abstract, its day in the third sentence; "before savaging Mrs. Clinton" (a
gerund told in its head's tense); Clinton's answer at a debate after the story had gone back to
a Friday and then to "the debate's moderators". Each input and two paraphrases of our own.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The events the whole pipeline stores for an article (its headline apart from its body)."""
    from dyads.records import RawDocument

    def run(text: str, published: str) -> list:
        return pipeline.process(
            RawDocument(source="test", content=text, published=published)
        ).events

    return run


_TEASER = (
    "ATTACKS ON THE CAMPAIGN TRAIL;\nCandidates step up war of words.\n\n"
    "{lead}\n\n{dated}\n\nEight candidates went on the attack on television."
)


@pytest.mark.parametrize(
    ("lead", "dated", "published", "day", "pair"),
    [
        ('Donald Trump said Hillary Clinton "caused death." Bernie Sanders called Trump a '
         '"pathological liar." Carly Fiorina said Ted Cruz "says whatever he needs to say."',
         "With voters four weeks away from Iowa, the leading candidates for president found "
         "themselves increasingly targeted Sunday by challengers.", "2016-01-04", "2016-01-03",
         ("Bernie Sanders", "Trump")),
        ('Marco Rubio said his rival "cannot be trusted." Jeb Bush accused Donald Trump of '
         'lying. John Kasich said the race "is wide open."',
         "Four weeks before the caucuses, the Republican field traded blows on television "
         "Sunday as challengers ran out of time.", "2016-01-11", "2016-01-10",
         ("Jeb Bush", "Donald Trump")),
        ('Hillary Clinton said she was "ready." Martin O\'Malley criticized Bernie Sanders. '
         'Sanders said the party "needs a political revolution."',
         "The Democratic candidates clashed on Saturday in a televised forum in Des Moines.",
         "2016-01-10", "2016-01-09", ("Martin O'Malley", "Bernie Sanders")),
    ],
)  # fmt: skip
def test_a_teaser_lead_takes_the_day_dated_after_it(
    events_of, lead, dated, published, day, pair
) -> None:
    found = events_of(_TEASER.format(lead=lead, dated=dated), published)
    dates = {(e.source.text, e.target.text): e.date for e in found}
    assert pair in dates
    assert (dates[pair].start, dates[pair].basis) == (day, "lead")


_ABSTRACT = (
    "Amid discord, Trump claims nomination;\nQuestions nag campaign.\n\nABSTRACT.\n\n"
    "With his campaign buffeted by criticism, 721 delegates cast their votes for other "
    "candidates.\n\nFULL TEXT.\n\nDonald J. Trump has been formally crowned the Republican "
    "nominee at the party's convention, ending a tumultuous primary season.\n\n"
    "With his campaign in disarray, Mr. Trump officially claimed the nomination on {day}. But "
    "the gap between Mr. Trump and the party yawned as wide as ever.\n\n"
    "Gov. Chris Christie of New Jersey rebounded with a call to arms against Hillary "
    "Clinton.\n\nThe passionless tone made the governor's speech all the more noteworthy."
    "\n\n{sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Unlike in 2012, when Mr. Christie turned his keynote address into a paean to his own "
         "success, this time he spoke briefly of his friendship with Mr. Trump before savaging "
         "Mrs. Clinton as a criminal in all but name.", "111"),
        ("This time Mr. Christie spoke briefly about Mr. Trump before denouncing Mrs. Clinton "
         "as a liar.", "111"),
        ("Mr. Christie thanked the delegates, after condemning Mrs. Clinton for her emails.",
         "111"),
    ],
)  # fmt: skip
def test_an_occasion_after_an_abstract_dates_a_gerund_told_in_the_past(
    events_of, sentence, cameo
) -> None:
    found = [
        e
        for e in events_of(_ABSTRACT.format(day="Tuesday", sentence=sentence), "2016-07-21")
        if e.cameo.startswith(cameo[:2]) and e.target.text.endswith("Clinton")
    ]
    assert found
    assert {(e.date.start, e.date.basis) for e in found} == {("2016-07-19", "lead")}


_DEBATE = (
    "Why the party's move against Sanders could backfire.\n\n"
    "In the third Democratic presidential primary debate Saturday, Sen. Bernie Sanders "
    "apologized to Hillary Clinton for his campaign's accessing of her voter data.\n\n"
    "But the apology overshadowed an attack he leveled just seconds earlier.\n\n"
    "His campaign sued the Democratic National Committee in federal court on Friday, seeking "
    "an injunction.\n\n{back}\n\n{sentence}"
)


@pytest.mark.parametrize(
    ("back", "sentence", "pair"),
    [
        ("When pressed by the debate's moderators, Sanders did apologize to his supporters.",
         "Clinton said she appreciated Sanders' apology and that she wanted to move forward.",
         ("she", "Sanders")),
        ("Later in the debate, Sanders again apologized to his supporters.",
         "Clinton thanked Sanders for the apology.", ("Clinton", "Sanders")),
        ("On the debate stage, Sanders said his staff had done the wrong thing.",
         "Clinton praised Sanders for his candor.", ("Clinton", "Sanders")),
    ],
)  # fmt: skip
def test_the_story_back_at_its_occasion_takes_its_day_again(
    events_of, back, sentence, pair
) -> None:
    found = events_of(_DEBATE.format(back=back, sentence=sentence), "2015-12-20")
    dates = {(e.source.text, e.target.text): e.date for e in found if e.root == "05"}
    assert pair in dates
    assert (dates[pair].start, dates[pair].basis) == ("2015-12-19", "lead")


def test_a_story_moved_on_to_another_day_keeps_the_publication_day(events_of) -> None:
    """Guard: with no return to the occasion after the Friday lawsuit, a later undated deed is
    not the debate's (Mook's words, the sentence after "on a press call Friday", stay
    undated rather than take a neighbour's day)."""
    text = _DEBATE.format(
        back="The campaign's leadership held a press call on Friday.",
        sentence="Her campaign manager, Robby Mook, criticized Sanders for stealing the data.",
    )
    found = [e for e in events_of(text, "2015-12-20") if e.source.text.endswith("Robby Mook")]
    assert found and {e.date.basis for e in found} == {"published"}
