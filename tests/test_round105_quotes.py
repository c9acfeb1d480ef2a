"""Round 105: a name put on someone in quotation marks ("called Obama a “petulant child”") is the
partial quotation of its quoted words, with no indirect record of "Obama a “petulant child”" (a
stance record for the evaluation, as PolNeAR annotates it); a reported clause never ends on the
opening mark of a quotation it does not hold."""

from __future__ import annotations

import pytest

from dyads.quotes.marks import CLOSERS, OPENERS

DAY = "2016-01-12"


def _stances(pipeline, text: str) -> list[str]:
    """The stance records the quotes stage keeps apart for the evaluation."""
    from dyads.pipeline import analysis_doc
    from dyads.quotes import find_attributions
    from dyads.records import RawDocument

    article = pipeline.build(RawDocument(source="test", content=text, published=DAY))
    doc = pipeline.nlp(analysis_doc(pipeline.nlp, article))
    article = pipeline.analyse_doc(article, doc)
    found = find_attributions(doc, article.mentions, published=DAY, body=article.body)
    return [s.content for s in found.stances]


# --- "called X a “Y”": the quoted name is what was said -------------------------------------

_CALLED = [
    ('Obama spoke on Monday. New Jersey Gov. Chris Christie called President Obama a "petulant '
     'child" who is acting "as if he is a king."', ["petulant child", "as if he is a king"],
     "President Obama a"),
    ('Trump spoke on Monday. Senator Lindsey Graham called Donald Trump a "race-baiting, '
     'xenophobic bigot" who should "go to hell."', ["race-baiting, xenophobic bigot",
     "go to hell"], "Donald Trump a"),
    ('Rubio spoke in Iowa on Tuesday. Senator Rand Paul branded Donald Trump a "delusional '
     'narcissist" who has "no business" in the White House.', ["delusional narcissist",
     "no business"], "Donald Trump a"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "partials", "named"), _CALLED)
def test_a_quoted_name_is_its_partial_quotations_only(quotes_in, text, partials, named) -> None:
    found = quotes_in(text, DAY)
    assert sorted(q.content.rstrip(".") for q in found) == sorted(partials)
    assert all(q.kind == "partial" for q in found)


@pytest.mark.parametrize(("text", "partials", "named"), _CALLED)
def test_the_named_and_the_name_stay_a_stance_record(pipeline, text, partials, named) -> None:
    """PolNeAR annotates "X “Y”" under "called" as an attribution: kept for the evaluation."""
    stances = _stances(pipeline, text)
    assert any(s.startswith(named) for s in stances), stances


def test_the_one_named_parsed_as_a_name_of_its_own(quotes_in) -> None:
    text = 'Rubio spoke. Clinton called Trump a "loose cannon" who talks "like a bully."'
    assert {q.kind for q in quotes_in(text, DAY)} == {"partial"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Cruz spoke. Trump called the plan a disaster for working people.",
         "the plan a disaster for working people"),
        ('Cruz spoke. The senator called it a "half-baked" plan.', 'it a "half-baked" plan'),
        ('Cruz spoke. Senator Ted Cruz called "illegals" a threat to the country.',
         '"illegals" a threat to the country'),
    ],
)  # fmt: skip
def test_an_unquoted_name_stays_the_indirect_quotation(quotes_in, text, content) -> None:
    """Guards: no marks, a quoted modifier only, or the quoted word as the one judged."""
    found = [q for q in quotes_in(text, DAY) if q.kind == "indirect"]
    assert [q.content for q in found] == [content]


# --- a reported clause never ends on an opening mark ----------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Cruz spoke in Iowa. Ted Cruz described Trump as a "con artist" who keeps talking "as '
         'if he were a Democrat."', 'Trump as a "con artist" who keeps talking'),
        ('Cruz spoke in Iowa. Ted Cruz described Trump as a liberal who keeps talking "as if he '
         'were a Democrat."', "Trump as a liberal who keeps talking"),
    ],
)  # fmt: skip
def test_a_clause_stops_before_the_opening_mark_it_does_not_hold(quotes_in, text, content):
    found = [q for q in quotes_in(text, DAY) if q.kind == "indirect"]
    assert [q.content for q in found] == [content]
    assert all(q.content.rstrip()[-1] not in OPENERS + '"' for q in found)


@pytest.mark.parametrize("text", [t for t, _, _ in _CALLED])
def test_no_stance_ends_on_an_opening_mark(pipeline, text) -> None:
    for stance in _stances(pipeline, text):
        last = stance.rstrip()[-1]
        assert last not in OPENERS and (last != '"' or stance.count('"') % 2 == 0), stance


def test_a_clause_holding_its_quotation_keeps_the_closing_mark(quotes_in) -> None:
    """Guard: a quotation the clause holds runs to its closing mark."""
    text = (
        "The mayor spoke on Monday. Mayor Bill de Blasio said the governor was a bully who keeps "
        'acting "like he owns the city."'
    )
    found = [q for q in quotes_in(text, DAY) if q.kind == "indirect"]
    assert found and found[0].content.endswith(('city."', "city" + CLOSERS[0]))
