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


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "At the townhall in Ho Chi Minh City, a young woman who had been an exchange student "
            "in Montana asked Obama what he thought of the prospects that Trump or Hillary "
            "Clinton would follow him to the White House.",
            "Barack Obama",
        ),
        (
            "At the rally in Des Moines, a retired teacher who had voted for him twice asked "
            "Trump what he would do about student debt.",
            "Donald Trump",
        ),
        (
            "At the forum in Miami, a student who had come from Cuba asked Rubio how he would "
            "deal with the Castro government.",
            "Marco Rubio",
        ),
    ],
)
def test_the_one_asked_is_not_the_asker(quotes_in, text, asked) -> None:
    found = quotes_in("Campaign notes.\n\n" + text, "2016-05-25")
    assert asked not in [q.speaker.actor for q in found if q.speaker]


def test_an_inverted_asker_after_a_question_still_asks(quotes_in) -> None:
    found = quotes_in('Campaign notes.\n\n"Why now?" asked Obama.', "2016-05-25")
    assert [q.speaker.actor for q in found if q.speaker] == ["Barack Obama"]


@pytest.mark.parametrize(
    ("text", "wife", "husband"),
    [
        (
            "A year later, Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free "
            "and would soon be coming home, the president told her. ''I could see his love and "
            "compassion as he spoke last year and again today,'' Mrs. Abedini wrote on her "
            "Facebook page on Sunday. To secure the release of Mr. Abedini, Mr. Obama freed "
            "seven men.",
            "Naghmeh Abedini",
            "Saeed Abedini",
        ),
        (
            "The senator called Golnar Tabrizi on Monday. Her husband, Arash Tabrizi, had been "
            'released, he told her. "I could hear the relief in his voice," Mrs. Tabrizi wrote '
            "on Facebook. Mr. Tabrizi is expected home on Friday.",
            "Golnar Tabrizi",
            "Arash Tabrizi",
        ),
        (
            "The governor called Nasrin Karimi on Monday. Her brother, Behrouz Karimi, had been "
            'freed by the militia. "He sounded tired but happy," Mrs. Karimi told reporters. Mr. '
            "Karimi will return on Friday.",
            None,
            "Behrouz Karimi",
        ),
    ],
)
def test_mrs_is_not_the_man_of_her_surname(quotes_in, text, wife, husband) -> None:
    found = quotes_in("Prisoner swap.\n\n" + text, "2016-01-20")
    said = [q.speaker.actor for q in found if q.speaker and q.speaker.text.startswith("Mrs.")]
    assert husband not in said
    if wife is not None:
        assert said == [wife]


def test_mr_stays_the_man_of_his_surname(quotes_in) -> None:
    text = (
        "Prisoner swap.\n\nThe senator called Golnar Tabrizi on Monday. Her husband, Arash "
        'Tabrizi, was released on Sunday. "I am grateful to everyone who prayed for me," Mr. '
        "Tabrizi said."
    )
    found = quotes_in(text, "2016-01-20")
    assert [q.speaker.actor for q in found if q.speaker and q.speaker.text.startswith("Mr.")] == [
        "Arash Tabrizi"
    ]


@pytest.mark.parametrize(
    ("text", "outlet", "official"),
    [
        (
            "Meanwhile, officials are waiting for a National Police dispatch. Verdad Abierta "
            "contacted the chief of police in Tumaco, Col. Carlos Castellanos, to discuss the "
            "matter. Initially, he said he was in a security meeting, and at the time of "
            "publishing had not responded to requests for comment.",
            "Verdad Abierta",
            "Carlos Castellanos",
        ),
        (
            "Residents say the army left the village in March. InSight Crime contacted the "
            "commander of the Seventh Brigade, Gen. Jorge Mora, about the claims. Initially, he "
            "said he was traveling, and he did not answer later calls.",
            "InSight Crime",
            "Jorge Mora",
        ),
        (
            "The prison has no working cameras. El Tiempo reached the director of the prison, "
            "Col. Luis Ramirez, on Friday. At first, he said he had not seen the report, and he "
            "later declined to comment.",
            "El Tiempo",
            "Luis Ramirez",
        ),
    ],
)
def test_the_one_contacted_answers(quotes_in, text, outlet, official) -> None:
    found = quotes_in("Colombia report.\n\n" + text, "2017-02-01")
    said = [q.speaker.actor for q in found if q.speaker and q.speaker.text == "he"]
    assert outlet not in said
    assert set(said) <= {official}
