"""Issue 15 (blind audit, round 111, fresh articles): speakers. A participle after a time
clause goes on from the one who said ("Hannity said … after the first-term senator won …,
remarking …"), a participle after a stance reported by another is the reporter's ("Cardin said
Republicans rejected his attempts, calling it …"), a group speaker keeps the phrase that says
whose people they are ("Representatives of the indigenous groups"), and a lede's "A woman who
…" is the person the next paragraph opens by naming. Each fault's input, two paraphrases and
the guards of what was right."""

from __future__ import annotations

import pytest

DAY = "2016-08-31"


def _speakers(quotes_in, text: str, cue: str) -> list[str]:
    return [
        q.speaker.text
        for q in quotes_in(text, DAY)
        if q.speaker is not None and q.cue is not None and q.cue.text == cue
    ]


# --- a participle after a time clause under "said" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("\"I think we need him back in the Senate,\" Hannity said during a panel on his show "
         "after the first-term senator easily won his Senate primary, remarking that while there "
         "are \"still some conservatives angry over comprehensive immigration reform,\" Rubio "
         "already \"paid a very heavy political price.\"", "remarking", "Hannity"),
        ("\"She earned this,\" Maddow said on her program after the governor narrowly won her "
         "runoff, adding that the result was \"a warning for the party.\"", "adding", "Maddow"),
        ("\"It was a rout,\" Limbaugh said on his radio show when the congressman won the state "
         "convention, remarking that the vote was \"a clear sign of momentum.\"", "remarking",
         "Limbaugh"),
    ],
)  # fmt: skip
def test_a_participle_after_a_time_clause_is_the_sayers(quotes_in, text, cue, speaker) -> None:
    found = _speakers(quotes_in, text, cue)
    assert found and set(found) == {speaker}


def test_a_participle_of_the_time_clauses_own_subject_stays(quotes_in) -> None:
    text = 'The governor won her runoff on Tuesday, adding that the result was "a warning."'
    assert set(_speakers(quotes_in, text, "adding")) == {"The governor"}


# --- a participle after a stance another reports ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Cardin said Wednesday that Republicans rejected his attempts to include language to "
         "strengthen enforcement of the nuclear agreement, calling it an \"area of "
         "contention.\"", "Cardin"),
        ("Pelosi said on Friday that the White House rejected her offer to extend the talks, "
         "calling it a \"waste of time.\"", "Pelosi"),
        ("Durbin said Monday that Republicans criticized his plan to expand the program, calling "
         "it a \"budget buster.\"", "Durbin"),
    ],
)  # fmt: skip
def test_a_participle_after_a_reported_stance_is_the_reporters(quotes_in, text, speaker) -> None:
    found = _speakers(quotes_in, text, "calling")
    assert found and set(found) == {speaker}


def test_a_participle_on_the_speakers_own_stance_stays(quotes_in) -> None:
    text = 'The governor criticized the plan on Monday, calling it "a waste of money."'
    assert set(_speakers(quotes_in, text, "calling")) == {"The governor"}


# --- a group speaker keeps whose people they are ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Representatives of the indigenous groups said that some 26 of them had been wounded, "
         "as the army used stun grenades and rubber bullets, reported El Liberal.",
         "Representatives of the indigenous groups"),
        ("Leaders of the farmworkers' union said that the strike would continue until wages "
         "rose.", "Leaders of the farmworkers' union"),
        ("Members of the victim's family said the police had ignored their complaints.",
         "Members of the victim's family"),
        ("Even if Clinton can’t catapult over Sanders in New Hampshire, insiders in the next two "
         "states — Nevada and South Carolina — said it’s important that she close the gap "
         "somewhat to generate momentum into the second half of February.",
         "insiders in the next two states"),
        ("Republican insiders in Iowa said Cruz would win the caucuses by a wide margin.",
         "Republican insiders in Iowa"),
    ],
)  # fmt: skip
def test_a_group_speaker_keeps_whose_people_they_are(quotes_in, text, speaker) -> None:
    assert _speakers(quotes_in, text, "said") == [speaker]


def test_a_crowds_place_is_no_part_of_the_speaker(quotes_in) -> None:
    text = "A man in the crowd said the police had fired first."
    assert _speakers(quotes_in, text, "said") in ([], ["A man"])


# --- a lede's described speaker is the person named next ------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Woman Steps Forward With Bombshell Claim: AFTER Clinton Raped Me He Had ‘The "
         "Audacity To….’\n\nA woman who has accused former President Bill Clinton of rape said "
         "Sunday night that Clinton was trying to strike up a date with her weeks after he had "
         "sexually assaulted her. She also described an interaction with Hillary Clinton that "
         "she interpreted meant Hillary Clinton knew about the incident and was covering it "
         "up.\n\nJuanita Broaddrick, who said Clinton raped her in 1978, recounted the incident "
         "on Aaron Klein Investigative Radio. She has said that the rape took place in the "
         "spring of 1978.", "Juanita Broaddrick"),
        ("Former Aide Comes Forward: The Senator Threatened Me ‘If You Talk….’\n\nA woman who "
         "worked for Senator Tom Harlan for six years said Monday that he had threatened her "
         "after she complained about his conduct. She also described a meeting with his chief "
         "of staff that she said was meant to silence her.\n\nKaren Whitfield, who left the "
         "office in 2014, told her story on a Denver radio station. She has said the threats "
         "began in the fall of 2013.", "Karen Whitfield"),
        ("Man Says Mayor Offered Him Cash: ‘Keep Quiet And You Will Be Fine….’\n\nA man who has "
         "accused Mayor Dan Reilly of bribery said Friday that the mayor had offered him money "
         "to drop a lawsuit. He also described a call from a city lawyer that he took as a "
         "threat.\n\nRobert Ames, who sued the city in 2012, spoke to reporters outside the "
         "courthouse. He has said the offer came in the summer of 2013.", "Robert Ames"),
    ],
)  # fmt: skip
def test_a_ledes_described_speaker_is_the_one_named_next(quotes_in, text, actor) -> None:
    found = [q for q in quotes_in(text, DAY) if q.speaker and q.speaker.text.startswith("A ")]
    assert found and found[0].speaker.actor == actor


def test_a_described_speaker_is_not_the_official_named_next(quotes_in) -> None:
    text = ("Fire Destroys Warehouse In Night Blaze\n\nA woman who lives next door said the fire "
            "started around midnight.\n\nChief Daniel Ortiz said on Tuesday the cause was under "
            "investigation.")  # fmt: skip
    found = [q for q in quotes_in(text, DAY) if q.speaker and q.speaker.text == "A woman"]
    assert all(q.speaker.actor != "Daniel Ortiz" for q in found)
