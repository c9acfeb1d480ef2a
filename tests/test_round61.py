"""Kinds of blind-audit round 61 (fresh seed 48; session 2026-12-05, twelfth): each kind, the
input and two paraphrases of our own, and a guard for the reading the rule must keep.

Actors: an all-capitals country followed by a hyphen or comma mid-text ("US-supported", "the
U.S., Mexico and Canada") is no dateline, so it does not make every unnamed group of a Mexican
story American; a country as a region, an edge or a destination ("northern Mexico", "the Gulf of
Mexico", "the border with Guatemala", "a vacation to Mexico", "leaving for Syria") is a place;
an outlet's or a firm's president or editor-in-chief is of its sector, not the government.
Events: a person's or a gang's attack in a country is not against the country, and a private
traveller makes no visit; an army killing civilians is an assault (18), its jets' force stays
19; the course "than", "rather than" or "instead of" sets aside is no event. Quotes: a lone
quotation after a paragraph goes on with its governing report, not one nested in it ("…,
calling Trump “an orange buffoon,” Susan said."); "Percentage of voters who say …" is a
caption; a fronted scene without a subject is not the content; a fronted "According to X," ends
at its comma when the parser ran the claim into X; a claim is not cut at a dangling "and" or
before "while ignoring …".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "Mexico's gangland violence is licking once again at the edges of the nation's "
            "capital. Officials blame a war between the Familia Michoacana and a recently formed "
            "gang. The violence in Mexico state again throws into question the effectiveness of "
            "the US-supported kingpin strategy in Mexico.",
            "Officials",
            "MEXGOV",
        ),
        (
            "Mexico's cartels are fighting over the port. Police in Mexico say the gangs have "
            "split. Trade between the U.S., Mexico and Canada goes through Mexico's ports.",
            "gangs",
            "MEXCRM",
        ),
        (
            "Colombia's army moved into Cauca on Monday. Colombian soldiers clashed with rebels "
            "there. Critics of the US-backed plan in Colombia say the rebels have regrouped.",
            "rebels",
            "COLREB",
        ),
    ],
)
def test_a_capitalised_country_mid_text_is_no_dateline(mentions_of, text, word, code) -> None:
    """Round 61: "US-supported" made USA the dateline's country: "Officials" were USAGOV and
    the gangs USACRM in a story about Mexico."""
    found = [m for m in mentions_of(text, "2016-01-15") if m.text == word]
    assert found and all(m.code == code for m in found)


def test_a_dateline_still_opens_the_text(mentions_of) -> None:
    found = mentions_of("MOSCOW, Dec 28 - Officials said the talks had failed.", "2016-01-15")
    assert [m.code for m in found if m.text == "Officials"] == ["RUSGOV"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Minnesota delegate Mary Susan said the convention could be a failure.\n\nHer "
            "liberal friends have mocked Trump's campaign, calling Trump “an orange buffoon,” "
            "Susan said as she turned around.\n\n“But he’s our orange buffoon, and we love him!”",
            "Susan",
        ),
        (
            "Senator Ann Cole spoke after the vote.\n\nCritics have attacked the bill, calling it "
            "“a giveaway,” Cole said.\n\n“They have not read it. It protects every worker.”",
            "Cole",
        ),
        (
            "The mayor, Tom Reyes, took questions.\n\nHis rivals keep mocking the budget, calling "
            "it “fantasy,” Reyes told reporters.\n\n“The numbers add up, and they know it.”",
            "Reyes",
        ),
    ],
)
def test_a_lone_quotation_goes_on_with_the_governing_report(quotes_in, text, speaker) -> None:
    """Round 61 (PolNeAR train, tune half): the lone quotation went to "Her liberal friends",
    whose nested "calling" report was nearest, and was then dropped with it."""
    lone = text.rsplit("\n\n", 1)[1].strip("“”")
    found = [q for q in quotes_in(text) if q.content.strip("“”") == lone]
    assert [q.speaker.text for q in found if q.speaker is not None] == [speaker]


def test_a_lone_quotation_after_a_plain_report_keeps_its_speaker(quotes_in) -> None:
    text = "Her friends have mocked Trump, Susan said.\n\n“But he’s ours, and we love him!”"
    found = [q for q in quotes_in(text) if "we love him" in q.content]
    assert [q.speaker.text for q in found if q.speaker is not None] == ["Susan"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("She attempted to get a passport for a vacation to Mexico.", "Mexico"),
        ("He took his family on a vacation to Cuba.", "Cuba"),
        ("They found offshore oil sites in the Gulf of Mexico.", "Mexico"),
        ("Monterrey, once known as a jewel of northern Mexico, has suffered.", "Mexico"),
        ("The rebels control the roads of western Colombia.", "Colombia"),
        ("The rebels escort shipments across stretches of Peru.", "Peru"),
        ("The smugglers move through vast swaths of Honduras.", "Honduras"),
        ("They run operations out of Copan province, on the border with Guatemala.", "Guatemala"),
        ("Both departments share a border with Ecuador.", "Ecuador"),
        ("He lived in Vero Beach before leaving for Syria.", "Syria"),
        ("The family left for Turkey in March.", "Turkey"),
    ],
)
def test_a_country_as_a_region_or_destination_is_a_place(mentions_of, text, country) -> None:
    """Round 61: "a vacation to Mexico", "the Gulf of Mexico", "northern Mexico", "stretches
    of Peru", "the border with Guatemala", "leaving for Syria" were each coded as the country."""
    found = [m for m in mentions_of(text, "2016-01-15") if m.text == country]
    assert found and all(m.code is None for m in found)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("North Korea fired a missile on Monday.", "North Korea", "PRK"),
        ("Mexico protested the decision on Monday.", "Mexico", "MEX"),
        ("Colombia closed its border with Venezuela on Monday.", "Colombia", "COL"),
    ],
)
def test_a_country_that_acts_keeps_its_code(mentions_of, text, country, code) -> None:
    found = [m for m in mentions_of(text, "2016-01-15") if m.text == country]
    assert found and {m.code for m in found} <= {code, f"{code}GOV"}


def _codes(events) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code, e.cameo, e.target.code) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "The first American to carry out a suicide bombing in Syria, Moner Mohammad Abusalha, "
        "flew to Syria and blew himself up.",
        "Reports say the cartel sent hit men to kill off arrested associates in the Philippines.",
        "A Briton who carried out a bombing in Iraq was named on Monday.",
    ],
)
def test_a_persons_or_gangs_attack_in_a_country_is_not_against_it(events_at, text) -> None:
    """Round 61: "a suicide bombing in Syria" was USA 195 SYR, "flew to Syria" USA 042 SYR,
    the hit men's killings in the Philippines MEXCRM 190 PHL: a place is no target, a private
    traveller makes no visit."""
    found = events_at(text, "2016-06-17")
    assert not [e for e in found if e.target.code in ("SYR", "PHL", "IRQ")]


def test_a_states_blockade_in_a_territory_keeps_its_target(events_at) -> None:
    found = events_at("Israel reimposed blockades in the West Bank on Monday.", "2016-06-17")
    assert [e.target.code for e in found] == ["PSE"]


def test_an_officials_trip_is_still_a_visit(events_at) -> None:
    found = events_at("Secretary of State John Kerry flew to Moscow on Monday.", "2016-06-17")
    assert ("USAGOV", "042", "RUS") in _codes(found)


@pytest.mark.parametrize(
    "text",
    [
        "According to the United States government, the Colombian military continued to kill "
        "civilians through 2014.",
        "Human rights groups say Burmese soldiers killed dozens of civilians in Rakhine in 2017.",
        "The Mexican army killed 22 civilians in Tlatlaya in 2014, investigators found.",
    ],
)
def test_an_army_killing_civilians_is_an_assault(events_at, text) -> None:
    """Round 61: "the military continued to kill civilians" was 190 (fighting)."""
    found = [e for e in events_at(text, "2016-06-17") if e.target.sector == "CVL"]
    assert found and all(e.root == "18" for e in found)


def test_jets_killing_civilians_stay_force(events_at) -> None:
    found = events_at(
        "Syrian government jets killed 20 civilians in Aleppo on Monday.", "2016-06-17"
    )
    assert found and all(e.root == "19" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "President Enrique Pena Nieto has vowed to focus more on reducing violence than "
        "attacking drug trafficking or kingpins.",
        "Instead of attacking the cartels, the Mexican government negotiated with them.",
        "The government would rather talk with the rebels than fight them.",
    ],
)
def test_the_course_not_taken_is_no_event(events_at, text) -> None:
    """Round 61: the kingpins Pena Nieto would not attack were the target of a threat (1384)."""
    found = events_at(text, "2016-06-17")
    assert not [e for e in found if e.root in ("13", "18", "19")]


def test_the_course_taken_is_still_an_event(events_at) -> None:
    found = events_at(
        "Mexican marines attacked the cartel rather than negotiating with it.", "2016-06-17"
    )
    assert [e.root for e in found] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "Who scares Americans?\n\nPercentage of likely voters who say they would be scared if "
        "the candidate won their party's nomination:\n\nTrump 40",
        "Share of Republicans who say the party should drop Trump:\n\nJuly 20",
        "The proportion of voters who say they trust Congress has fallen to 9 percent.",
    ],
)
def test_a_share_of_those_who_say_is_no_quotation(quotes_in, text) -> None:
    """Round 61: a chart caption ("Percentage of likely voters who say …") was the voters'."""
    assert not quotes_in(text)


def test_a_named_speaker_beside_who_say_is_kept(quotes_in) -> None:
    found = quotes_in("Most of the voters who say they back Trump are men, Smith said.")
    assert [q.speaker.text for q in found if q.speaker] == ["Smith"]


@pytest.mark.parametrize(
    "text",
    [
        "Inside the mosque - which looks likes a church except for the missing cross - Adel "
        "Nefzi said he and many others are trying to collect money for the victims.",
        "Outside the court - where looks like hundreds gathered - the lawyer said her client "
        "would appeal the verdict.",
        "Across town - which feels likes another country - the mayor said the budget would pass.",
    ],
)
def test_a_fronted_scene_is_not_the_content(quotes_in, text) -> None:
    """Round 61: the writer's scene before the speaker was stored as Nefzi's words."""
    found = quotes_in(text)
    assert found and not [q for q in found if q.content.startswith(("Inside", "Outside", "Across"))]


def test_a_fronted_claim_whose_subject_the_parser_hung_aside_is_kept(quotes_in) -> None:
    text = (
        "Since Clinton has 2.5 million more votes than Sanders, superdelegates who back him "
        "would be going against the will of the voters, Mook said."
    )
    assert [q.speaker.text for q in quotes_in(text) if q.speaker] == ["Mook"]


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            "According to Rio's 33rd Police Precinct, Silva smuggled drugs from Brazil's southern "
            "border cities of Ponta Pora and Foz do Iguacu into Rio favelas.",
            "Rio's 33rd Police Precinct",
            "Silva smuggled",
        ),
        (
            "According to Lima's anti-drug police, Vargas moved cocaine from the Peruvian "
            "jungle towns of Pichari and Kimbiri into Bolivia.",
            "Lima's anti-drug police",
            "Vargas moved",
        ),
        (
            "According to John Smith, a police spokesman, the gang smuggled drugs into the city.",
            "John Smith",
            "the gang smuggled",
        ),
    ],
)
def test_according_to_ends_at_its_comma(quotes_in, text, speaker, opening) -> None:
    """Round 61: the speaker ran into the claim ("Rio's 33rd Police Precinct, Silva smuggled
    drugs") and the content began mid-name ("do Iguacu into …")."""
    found = quotes_in(text)
    assert [(q.speaker.text, q.content[: len(opening)]) for q in found if q.speaker] == [
        (speaker, opening)
    ]


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Police reports suggest both men trafficked contraband originating in Paraguay, a key "
            "transit country for drugs and arms moving into Brazil, and one where the Red Command "
            "has reportedly established a presence.",
            "presence",
        ),
        (
            "A Wilson Center report says Mexico's efforts to improve security may yield only "
            "short-term results and primarily benefit foreign business, while ignoring long-term "
            "efforts to improve citizen security.",
            "citizen security",
        ),
        (
            "The study says the program may cut costs, while ignoring the needs of rural clinics.",
            "rural clinics",
        ),
    ],
)
def test_a_claim_is_not_cut_before_its_last_clause(quotes_in, text, tail) -> None:
    """Round 61: the span stopped at a dangling "and" and before "while ignoring …"."""
    found = quotes_in(text)
    assert found and found[0].content.endswith(tail)


def test_a_hyphenated_and_stays_in_the_word(quotes_in) -> None:
    text = "He said he would require employees to sign agreements to prevent kiss-and-tell books."
    found = quotes_in(text)
    assert found and "kiss-and-tell" in found[0].content


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("CNN president Jeff Zucker said the network does not pay candidates.", "Zucker", "USAMED"),
        ("BuzzFeed Editor-in-Chief Ben Smith said he would publish the file.", "Smith", "USAMED"),
        ("Google chief executive Sundar Pichai said the firm would comply.", "Pichai", "USABUS"),
    ],
)
def test_the_head_of_an_outlet_or_firm_is_of_its_sector(mentions_of, text, name, code) -> None:
    """Round 61: "CNN president Jeff Zucker" and "BuzzFeed Editor-in-Chief Ben Smith" were
    coded as the US government."""
    found = [m for m in mentions_of(text, "2016-01-15") if m.text.endswith(name)]
    assert found and {m.code for m in found} == {code}


def test_a_countrys_president_is_still_its_government(mentions_of) -> None:
    found = mentions_of("Russian President Vladimir Putin said no on Monday.", "2016-01-15")
    assert [m.code for m in found if m.text.endswith("Putin")] == ["RUSGOV"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hillary Clinton spoke in Fresno. Clinton has a strong ground game, said Mindy "
            "Romero, a professor. On Tuesday, Gov. Jerry Brown endorsed her.",
            "Hillary Clinton",
        ),
        (
            "Angela Merkel arrived in Paris. Merkel has strong support in the party, said Anna "
            "Weber, a pollster at Forsa. On Monday, the president praised her.",
            "Angela Merkel",
        ),
        (
            "Theresa May left Brussels. May has lost control of her cabinet, said Sarah Jones, "
            "an analyst. Later, Boris Johnson criticized her.",
            "Theresa May",
        ),
    ],
)
def test_a_pronoun_skips_the_speaker_of_an_inverted_attribution(mentions_of, text, name) -> None:
    """Round 61: "Clinton has a strong ground game, said Mindy Romero, … Gov. Jerry Brown
    endorsed her" gave the endorsement to Romero."""
    last = [m for m in mentions_of(text, "2016-06-02") if m.text == "her"][-1]
    assert last.actor == name


@pytest.mark.parametrize(
    "text",
    [
        "Sanders spoke on Wednesday. “After that fateful day, Hillary Clinton called on "
        "Congress to close the loophole,” Sanders said.",
        "The bombing happened on Monday. After that day, Israel accused Iran of plotting attacks.",
        "The talks collapsed on Monday. Since that day, Russia has shelled Ukrainian towns.",
        "The envoy left on Friday. Following that night, Turkey accused Greece of spying.",
    ],
)
def test_after_a_day_pointed_back_to_is_not_that_day(events_at, text) -> None:
    """Round 61: the call "after that fateful day" took the day the story last named."""
    later = [e for e in events_at(text, "2016-07-28") if e.evidence.sentence.split()[0] != "The"]
    assert later and all(e.date is None for e in later)


def test_later_that_day_is_still_that_day(events_at) -> None:
    found = events_at(
        "Russia attacked Ukraine on Monday. Later that day, Germany condemned Russia.", "2016-07-28"
    )
    assert [e.date.start for e in found if e.source.code == "DEU"] == ["2016-07-25"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Texas voters backed Cruz over then-lieutenant governor David Dewhurst in Texas.",
            "David Dewhurst",
        ),
        ("Texas Lieutenant Governor Dan Patrick said the bill would pass.", "Dan Patrick"),
        ("California Lt. Governor Gavin Newsom said the state would sue.", "Gavin Newsom"),
    ],
)
def test_a_lieutenant_governor_is_no_soldier(mentions_of, text, name) -> None:
    """Round 61: "then-lieutenant governor David Dewhurst" was coded USAMIL."""
    found = [m for m in mentions_of(text, "2015-11-20") if m.text.endswith(name)]
    assert found and all((m.code or "").endswith("GOV") for m in found)


# Round 62 (after: fresh seed 49): the kinds fixed at once.


@pytest.mark.parametrize(
    "text",
    [
        "Clinton's communications director Jennifer Palmieri declined to comment on David "
        "Axelrod's commentary.",
        "The Kremlin refused to comment on the Ukrainian report on Monday.",
        "A State Department spokesman declined to elaborate on Iran's offer.",
    ],
)
def test_declining_to_comment_rejects_no_one(events_at, text) -> None:
    """Round 62: "declined to comment on Axelrod's commentary" was a rejection (120) of him."""
    assert not [e for e in events_at(text, "2016-03-10") if e.root == "12"]


def test_refusing_a_deed_is_still_a_rejection(events_at) -> None:
    found = events_at("Iran refused to release the American sailors on Monday.", "2016-03-10")
    assert [e.root for e in found] == ["12"]


@pytest.mark.parametrize(
    "text",
    [
        "Ten moments.\n\n3. Salma Hayek Described Her Experience Being Discriminated Against.",
        "Highlights.\n\nObama Says Congress Must Act On Guns Before The Summer.",
        "The List.\n\nMerkel Warns Europe Faces A Hard Winter Of Protests.",
    ],
)
def test_a_heading_in_title_case_reports_nothing(quotes_in, text) -> None:
    """Round 62: a list item's heading was Salma Hayek's indirect quotation."""
    assert not quotes_in(text)


@pytest.mark.parametrize(
    "text",
    [
        'Since then, Ortega has repeatedly denounced the "political" violence that has killed '
        "nearly 70 protesters.",
        "The senator condemned the “illegal” raids on Monday.",
        "Activists have criticized the “voluntary” program since March.",
    ],
)
def test_one_quoted_adjective_on_the_object_is_no_quotation(quotes_in, text) -> None:
    """Round 62: the scare-quoted "political" was Ortega's partial quotation."""
    assert not [q for q in quotes_in(text) if q.kind == "partial"]


def test_a_quoted_predicate_word_is_still_quoted(quotes_in) -> None:
    found = quotes_in("Trump called the ruling “unfair,” and said he would appeal.")
    assert "unfair" in [q.content.strip(",") for q in found if q.kind == "partial"]


def test_a_second_reason_after_and_because_is_kept(quotes_in) -> None:
    """Round 62: the span dropped the association's second reason."""
    found = quotes_in(
        "One miners' association in Sonora told the newspaper that their production costs "
        "have increased 15 percent due to security problems, and because they are forced to "
        "move their product mostly by plane."
    )
    assert found and found[0].content.endswith("by plane")


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "This one featured David Axelrod, President Barack Obama's former top adviser, who "
            "logged on to Twitter. Axelrod criticized Clinton.",
            "Axelrod",
            "USAELI",
        ),
        (
            "This one featured Dan Pfeiffer, President Barack Obama's former communications "
            "director, who logged on to Twitter.",
            "Dan Pfeiffer",
            "USAELI",
        ),
        (
            "The segment featured Robert Gibbs, President Barack Obama's former spokesman, who "
            "wrote on Facebook.",
            "Robert Gibbs",
            "USAELI",
        ),
    ],
)
def test_a_leaders_former_adviser_is_an_elite(mentions_of, text, name, code) -> None:
    """Round 62: "David Axelrod, President Barack Obama's former top adviser" was USAGOV in
    four events of a 2016 story."""
    found = [m for m in mentions_of(text, "2016-03-10") if m.text.endswith(name)]
    assert found and {m.code for m in found} == {code}


def test_a_sitting_adviser_stays_in_government(mentions_of) -> None:
    found = mentions_of("Susan Rice, President Barack Obama's national security adviser, spoke.")
    assert [m.code for m in found if m.text == "Susan Rice"] == ["USAGOV"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Dottie Deans, the chairwoman of the Vermont Democratic Party, is supporting Sanders "
            "as a superdelegate.",
            "Dottie Deans",
            "USAPTY",
        ),
        ("Jane Doe, chairwoman of the Texas Republican Party, backs Cruz.", "Jane Doe", "USAPTY"),
        ("Ann Lee, a spokeswoman for the Mexico City government, said no.", "Ann Lee", "MEXGOV"),
    ],
)
def test_a_state_party_officer_is_of_the_party(mentions_of, text, name, code) -> None:
    """Round 62: "the chairwoman of the Vermont Democratic Party" took GOV from Vermont."""
    found = [m for m in mentions_of(text, "2016-05-05") if m.text == name]
    assert [m.code for m in found] == [code]
