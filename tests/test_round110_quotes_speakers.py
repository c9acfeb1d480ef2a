"""Blind audit, round 110 (fresh articles): speakers described instead of named. "The former
governor, who dropped his own bid …, noted" was given to Scott Walker, named only inside the
quotation after it ("former" read as the governor's place, so Rick Perry seemed to govern
elsewhere); "the Texan said" was left as "Texan" though the article names Rick Perry. Each
input, two paraphrases and guards."""

from __future__ import annotations

import pytest

_PUB = "2016-01-25"


def _speakers(quotes_in, text: str) -> list[str | None]:
    return [q.speaker.actor if q.speaker else None for q in quotes_in(text, _PUB)]


_PERRY = (
    "Rick Perry Backs Cruz.\n\nFormer Texas Gov. Rick Perry announced his endorsement of Sen. "
    "Ted Cruz for president on Sunday. Perry told Politico that he believes the race has come "
    "down to Cruz and Donald Trump.\n\n“Ted is ready to be commander-in-chief,” Perry said.\n\n"
)
_KASICH = (
    "Kasich Backs Rubio.\n\nOhio Gov. John Kasich announced his support for Sen. Marco Rubio on "
    "Monday. Kasich told reporters that he believes the race has come down to Rubio and Donald "
    "Trump.\n\n“Marco is ready to lead,” Kasich said.\n\n"
)
_JINDAL = (
    "Jindal Backs Cruz.\n\nFormer Louisiana Gov. Bobby Jindal endorsed Sen. Ted Cruz on "
    "Tuesday. Jindal told CNN that he believes Cruz is the true conservative in the race.\n\n"
    "“Ted will keep his word,” Jindal said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _PERRY + "The former governor, who dropped his own bid for the presidency last "
            "September, noted that the electorate is not looking for a traditional candidate this "
            "cycle. “Gov. Scott Walker, Bobby Jindal, Rick Perry, Jeb’s barely making an impact "
            "out there — those are very skilled governors,” the Texan said.",
            "Rick Perry",
        ),
        (
            _KASICH + "The governor, who came second in New Hampshire, argued that voters want "
            "an outsider this year. “Jeb Bush, Chris Christie, all of us are experienced "
            "governors,” the Ohioan said.",
            "John Kasich",
        ),
        (
            _JINDAL + "The former governor, who quit the race in November, said that voters are "
            "angry at Washington. “Scott Walker, Rick Perry, Jeb Bush — good governors all,” the "
            "Louisianan said.",
            "Bobby Jindal",
        ),
    ],
)
def test_a_governor_described_is_the_one_named_before(quotes_in, text, who) -> None:
    found = quotes_in(text, _PUB)
    described = [
        q for q in found if q.speaker is not None and q.speaker.text.lower().startswith("the ")
    ]
    assert len(described) == 2
    assert [q.speaker.actor for q in described] == [who, who]


def test_a_name_inside_the_next_quotation_is_not_the_one_described(quotes_in) -> None:
    text = (
        "Campaign notes.\n\nA senior adviser said that the campaign would go on to Iowa. “Scott "
        "Walker and Jeb Bush have already left the state,” she said."
    )
    assert "Scott Walker" not in _speakers(quotes_in, text)


def test_a_demonym_with_no_office_holder_named_stays_unresolved(quotes_in) -> None:
    text = (
        "Campaign notes.\n\nThe crowd cheered when Donald Trump arrived. “We love this state,” "
        "the Texan said."
    )
    assert "Donald Trump" not in _speakers(quotes_in, text)


def test_a_governor_described_with_another_state_is_not_the_one_named(quotes_in) -> None:
    text = (
        _PERRY + "The Wisconsin governor, who dropped his own bid last September, noted that the "
        "race had changed."
    )
    assert "Rick Perry" not in [
        q.speaker.actor
        for q in quotes_in(text, _PUB)
        if q.speaker and "Wisconsin" in q.speaker.text
    ]
