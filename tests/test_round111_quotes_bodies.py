"""Issue 15 (blind audit, round 111, fresh articles): a body spoken of by the first word of its
name ("The Mara asked …" where the article named "the Mara Salvatrucha (MS-13)") is that body,
and so is the "they" that goes on from it in the next sentence (given to the generic "Salvadoran
gangs"). Each fault's input, two paraphrases and the guards of what was right."""

from __future__ import annotations

import pytest


def _speakers(quotes_in, text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker.text, q.speaker.code and q.speaker.actor) for q in quotes_in(text)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The truce was negotiated between the government and the Mara Salvatrucha (MS-13) and "
         "Barrio 18 gangs. One week after the murder, the two gangs met in the council's meeting "
         "room. The Mara asked everyone \"to be serious and recognize that there are problems,\" "
         "but said that despite this, the process must continue. They also said that when a "
         "Barrio 18 member entered their territory, they would capture him.", "MS13"),
        ("The government has held talks with the Mara Salvatrucha (MS-13) since March. At the "
         "second meeting, the Mara said that its members would stop extorting bus drivers. They "
         "also said that they would hand over 200 weapons by June.", "MS13"),
        ("Police in Michoacan have fought the Knights Templar cartel for years. In a video "
         "posted online, the Knights said the cartel would defend the town against the army. "
         "They also said they would not harm civilians.", "Knights Templar"),
    ],
)  # fmt: skip
def test_a_body_by_its_first_word_and_the_they_after_it(quotes_in, text, actor) -> None:
    speakers = _speakers(quotes_in, text)
    assert speakers and {a for _, a in speakers} == {actor}


def test_they_after_another_speaker_is_left_to_it(quotes_in) -> None:
    text = ("The Mara Salvatrucha (MS-13) and Barrio 18 signed the truce. Police said the gangs "
            "had kept their word. They said murders fell by half.")  # fmt: skip
    assert all(a != "MS13" for _, a in _speakers(quotes_in, text))
