"""Event kinds of blind-audit rounds 87 (seed 62) and 88 (fresh seed 63, before): each with the
input, two paraphrases of our own, and a guard that keeps what was right.

* a verbal riposte "shot back at X, saying" is criticism, not gunfire (:mod:`.capacity`);
* a past clause takes the date of its dated "when" clause, and "the following month" / "the
  next day" the one after the date of the sentence before (:mod:`.borrowed`);
* an infinitive with a "for" subject on a noun ("a reason for Bush to back Cruz") is no deed;
* a relative clause in the simple present, passive or bare ("money that migrants send to
  Mexico") says what is done as a rule (:mod:`.describing`);
* a conjunct the parser hung on the object but followed by its own verb is the next clause's
  subject ("investigating the police and the Justice Department is considering …");
* pulling out of a debate or talks reduces relations (160/164), not a retreat (087); seizing
  a chamber's floor is a protest (141);
* an alias is no second target; an evaluated phrase's relative clause gives no target.
"""

from __future__ import annotations

import pytest


def _codes(found) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code, e.root, e.target.code) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Dilma Rousseff shot back at Senator Aecio Neves, saying his rival "
        "had ties to the militias.",
        "Brazilian President Dilma Rousseff shot back at Senator Aecio Neves on Tuesday, saying "
        "he had lied.",
        "Brazilian President Dilma Rousseff angrily shot back at Senator Aecio Neves over the "
        "corruption charges.",
    ],
)  # fmt: skip
def test_a_politicians_riposte_is_criticism_not_gunfire(events_at, text) -> None:
    """Round 87: "the governor openly shot back at Garotinho, saying …" was coded 193."""
    found = [e for e in events_at(text, "2016-08-03") if e.target.code == "BRALEG"]
    assert found and {e.root for e in found} == {"11"}


def test_soldiers_shooting_back_still_fight(events_at) -> None:
    text = "Brazilian soldiers shot back at the gunmen of the Red Command."
    found = events_at(text, "2016-08-03")
    assert "19" in {e.root for e in found}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Sen. Marco Rubio defended Donald Trump's remarks on immigration when the billionaire "
         "came under attack earlier this year.", "2015-01-01"),
        ("Sen. Marco Rubio defended Donald Trump when the billionaire came under attack on "
         "Tuesday.", "2015-11-10"),
        ("Sen. Ted Cruz praised Donald Trump while the billionaire was campaigning in Iowa last "
         "month.", "2015-10-01"),
    ],
)  # fmt: skip
def test_a_past_clause_takes_the_date_of_its_when_clause(events_at, text, start) -> None:
    """Round 87: "He defended Trump's remarks … when the billionaire came under attack earlier
    this year" was dated by the story's Thursday."""
    found = [e for e in events_at(text, "2015-11-13") if e.root == "05"]
    assert found and all(e.date and e.date.start == start for e in found)


def test_a_future_act_is_not_dated_by_its_when_clause(events_at) -> None:
    found = events_at(
        "Sen. Marco Rubio will defend Donald Trump when the billionaire comes under attack on "
        "Tuesday.", "2015-11-13",
    )  # fmt: skip
    assert all(e.date is None or e.date.basis == "published" for e in found)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("On May 8, Colombian police arrested drug lord Daniel Barrera. The following month, "
         "Venezuelan police arrested Colombian drug lord Diego Perez Henao.", "2012-06-01",
         "month"),
        ("On July 3, Colombian police arrested drug lord Daniel Barrera. The next day, "
         "Venezuelan police arrested Colombian drug lord Diego Perez Henao.", "2012-07-04", "day"),
        ("On December 31, 2011, Colombian police arrested drug lord Daniel Barrera. A day later, "
         "Venezuelan police arrested Colombian drug lord Diego Perez Henao.", "2012-01-01", "day"),
    ],
)  # fmt: skip
def test_the_following_month_is_the_one_after_the_date_before(
    events_at, text, start, precision
) -> None:
    """Round 88: "The following month, Venezuelan authorities captured Diego Rastrojo" (after
    "On May 8, …") was given no date."""
    found = [e for e in events_at(text, "2012-08-01") if e.source.code == "VENCOP"]
    assert found and all(e.date and (e.date.start, e.date.precision) == (start, precision)
                         for e in found)  # fmt: skip


def test_a_chain_of_following_days_is_not_followed(events_at) -> None:
    text = ("On May 8, Colombian police arrested drug lord Daniel Barrera. The following month, "
            "Venezuelan police arrested Colombian drug lord Diego Perez Henao. The next day, "
            "Venezuelan police arrested Colombian drug lord Javier Calle.")  # fmt: skip
    found = [e for e in events_at(text, "2012-08-01") if "Calle" in e.target.text]
    assert found and all(e.date is None or e.date.start != "2012-05-09" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Another, more self-interested, reason for Jeb Bush to back Ted Cruz: his son.",
        "There is a good reason for Jeb Bush to endorse Ted Cruz.",
        "The best way for Russia to punish Ukraine is sanctions.",
    ],
)
def test_what_a_noun_is_for_is_no_deed(events_at, text) -> None:
    """Round 88: "Another … reason for Bush to back Cruz: his son" was coded 051."""
    assert not events_at(text, "2016-03-24")


def test_a_done_deed_with_a_purpose_noun_is_kept(events_at) -> None:
    found = events_at("Jeb Bush endorsed Ted Cruz, a move for the party to unite.", "2015-11-13")
    assert any(e.root == "05" and e.target.text == "Ted Cruz" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "His plan includes confiscating money that Mexican migrants in the U.S. send to Mexico.",
        "The cash that Colombian workers in Spain send to Colombia is taxed.",
        "The result is a loop in which Donald Trump introduces some inaccurate statement, is "
        "called on it by CNN, which is then denounced by Trump for its supposed bias.",
    ],
)
def test_a_present_relative_clause_tells_a_habit(events_at, text) -> None:
    """Rounds 87 and 88: "money that Mexican migrants in the U.S. send to Mexico" (071 from the
    migrants) and "the news media, which is then denounced by Trump" (111) coded as deeds."""
    assert not events_at(text, "2015-12-12")


def test_a_dated_past_passive_relative_clause_is_kept(events_at) -> None:
    found = events_at("Russia, which was condemned by Ukraine on Monday, denied the report.",
                      "2016-08-03")  # fmt: skip
    assert ("UKR", "11", "RUS") in _codes(found)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("The U.S. attorney's office is investigating the Chicago police and the Justice "
         "Department is considering a request to open a civil rights investigation.", "USACOP",
         "USAGOV"),
        ("Mexican prosecutors are investigating the Guerrero police and the Interior Ministry is "
         "reviewing the case.", "MEXCOP", "MEXGOV"),
        ("French prosecutors investigated the Paris police and the Interior Ministry was "
         "reviewing the complaints.", "FRACOP", "FRAGOV"),
    ],
)  # fmt: skip
def test_a_conjunct_with_its_own_verb_is_no_object(events_at, text, kept, gone) -> None:
    """Round 88: the Justice Department, subject of "is considering", was coded as investigated."""
    targets = {e.target.code for e in events_at(text, "2015-12-04") if e.root == "09"}
    assert kept in targets and gone not in targets


def test_two_conjoined_objects_are_both_kept(events_at) -> None:
    found = events_at("The Mexican army attacked the Sinaloa Cartel and the Zetas on Monday.",
                      "2016-08-03")  # fmt: skip
    assert len({e.target.actor for e in found}) == 2


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Well, the Republican National Committee had three before pulling out of an "
         "NBC/Telemundo debate.", "16"),
        ("The Republican Party pulled out of a debate hosted by CNN.", "16"),
        ("The Iranian government withdrew from the talks with the United States.", "16"),
    ],
)  # fmt: skip
def test_leaving_a_debate_or_talks_is_no_retreat(events_at, text, root) -> None:
    """Round 88: the GOP "pulling out of an NBC/Telemundo debate" was coded 087."""
    roots = {e.root for e in events_at(text, "2015-12-23")}
    assert "08" not in roots and (root in roots or not roots)


def test_pulling_troops_out_is_still_a_retreat(events_at) -> None:
    found = events_at("Russian troops pulled out of Ukraine on Friday.", "2016-08-03")
    assert "08" in {e.root for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "House Democrats seized the floor from Republicans on Wednesday.",
        "House Democrats hijacked the floor of the House of Representatives for almost 26 hours.",
        "Opposition lawmakers seized the podium from the ruling party in the Taiwanese "
        "legislature.",
    ],
)
def test_seizing_the_floor_is_a_protest(events_at, text) -> None:
    """Round 88: a sit-in on the House floor coded 171 (seize) and 181 (hijack)."""
    roots = {e.root for e in events_at(text, "2016-06-27")}
    assert roots <= {"14"} and not roots & {"17", "18"}


def test_seizing_a_boat_is_still_a_seizure(events_at) -> None:
    found = events_at("Venezuelan soldiers seized a Colombian fishing boat on Monday.",
                      "2016-08-03")  # fmt: skip
    assert "17" in {e.root for e in found} or not found


@pytest.mark.parametrize(
    "text",
    [
        'Venezuelan authorities captured Colombian drug lord Diego Perez Henao, alias "Diego '
        'Rastrojo," the founding leader of the criminal group.',
        'Colombian police arrested Mexican drug lord Joaquin Guzman, alias "El Chapo," on Monday.',
        'Mexican marines captured Mexican drug lord Heriberto Lazcano, also known as "El '
        'Lazca," in Coahuila.',
    ],
)
def test_an_alias_is_no_second_target(events_at, text) -> None:
    """Round 88: the capture of "Diego Perez Henao, alias 'Diego Rastrojo'" coded twice."""
    found = [e for e in events_at(text, "2012-08-01") if e.root == "17"]
    assert len({e.evidence.span for e in found}) <= 1 and len(found) <= 1


@pytest.mark.parametrize(
    "text",
    [
        '"Many of the thugs that attacked the peaceful Trump supporters in San Jose, '
        'Costa Rica were illegals," Donald Trump tweeted on June 4.',
        "Donald Trump said the protesters who marched in Mexico City were thugs.",
        "Hillary Clinton said the bankers who moved money to Panama were greedy.",
    ],
)
def test_a_place_in_the_evaluated_phrases_clause_is_no_target(events_at, text) -> None:
    """Round 87: the tweet's "thugs that attacked … in San Jose were illegals" coded 111 at CRI."""
    found = events_at(text, "2016-07-18")
    assert not {e.target.code for e in found if e.root == "11"} & {"CRI", "MEX", "PAN"}


def test_the_evaluated_actor_itself_is_still_the_target(events_at) -> None:
    found = events_at("Hillary Clinton said Vladimir Putin was wrong.", "2016-07-18")
    assert ("USAPTY", "11", "RUSGOV") in _codes(found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The US Treasury has added two alleged Zetas financial operatives to its Kingpin List.",
         "MEXCRM"),
        ("The US Treasury Department added Venezuelan Vice President Tareck El Aissami to its "
         "sanctions list on Monday.", "VENGOV"),
        ("The European Union put three Russian generals on its blacklist.", "RUSMIL"),
    ],
)  # fmt: skip
def test_putting_someone_on_a_list_is_a_sanction(events_at, text, target) -> None:
    """Round 86: the Treasury's Kingpin listing was lost (only "ratchets up the pressure", 100)."""
    found = events_at(text, "2013-08-01")
    assert any(e.cameo == "163" and e.target.code == target for e in found)


def test_adding_pages_to_a_report_is_no_sanction(events_at) -> None:
    found = events_at("The US Treasury added two pages to its report on Mexican cartels.",
                      "2013-08-01")  # fmt: skip
    assert not found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Sen. Ted Cruz, who has spent the past few weeks taking oblique swipes at Sen. Marco "
         "Rubio, spoke on Thursday.", "2015-10-23"),
        ("Sen. Ted Cruz has spent the past two weeks attacking Sen. Marco Rubio.", "2015-10-30"),
        ("For the last few months, Sen. Ted Cruz criticized Sen. Marco Rubio.", "2015-08-13"),
    ],
)  # fmt: skip
def test_the_past_few_weeks_is_a_range_back_from_publication(events_at, text, start) -> None:
    """Round 87: Cruz's swipes "the past few weeks" were dated by the publication day."""
    found = [e for e in events_at(text, "2015-11-13") if e.root == "11"]
    assert found and all(e.date and (e.date.start, e.date.precision) == (start, "range")
                         for e in found)  # fmt: skip


def test_the_past_weeks_without_a_count_stay_undated() -> None:
    from dyads.events.dates import article_dates

    assert article_dates("In the past weeks, Cruz criticized Rubio.", "2015-11-13") == []


@pytest.mark.parametrize(
    "text",
    [
        "However, Donald Trump held his fire on Ben Carson, calling him a nice guy.",
        "Hillary Clinton has held her fire on Bernie Sanders for weeks.",
        "Colombian troops withheld fire on the FARC camp during the talks.",
    ],
)
def test_holding_fire_is_no_attack(events_at, text) -> None:
    """Round 88 review (seed 65): "he held his fire on Ben Carson" was coded 111."""
    assert not [e for e in events_at(text, "2016-03-01") if e.root in ("11", "18", "19")]


def test_opening_fire_is_still_an_attack(events_at) -> None:
    found = events_at("Colombian troops opened fire on the FARC camp on Monday.", "2016-03-01")
    assert "19" in {e.root for e in found} or not found


@pytest.mark.parametrize(
    "text",
    [
        "Colombian police seized the initiative from the FARC rebels.",
        "Mexican marines seized the moment to attack the Zetas.",
        "The Venezuelan government seized the opportunity to blame Colombia.",
    ],
)
def test_an_advantage_seized_is_no_seizure(events_at, text) -> None:
    assert "17" not in {e.root for e in events_at(text, "2016-03-01")}


def test_control_of_a_camp_seized_is_kept(events_at) -> None:
    found = events_at("Colombian police seized control of the FARC camp.", "2016-03-01")
    assert "17" in {e.root for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Six in 10 Virginia Democratic primary voters said Hillary Clinton is honest and "
        "trustworthy.",
        "In Vermont, Bernie Sanders was supported by overwhelming majorities of both men and "
        "women, and huge majorities of voters across all age groups.",
        "Most Republican voters in Iowa backed Ted Cruz on Monday.",
    ],
)
def test_what_voters_say_in_polls_is_no_event(events_at, text) -> None:
    """Round 88 review (seed 65): exit-poll answers and votes coded 051 from USACVL voters."""
    assert not events_at(text, "2016-03-01")


def test_voters_protesting_is_still_a_protest(events_at) -> None:
    found = events_at("Angry Mexican voters protested against the Mexican government on Monday.",
                      "2016-03-01")  # fmt: skip
    assert "14" in {e.root for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Nestor Reverol, who was appointed in August by President Nicolas "
        "Maduro one day after the US government indicted him on drug charges, announced the "
        "launch of a plan on September 23.",
        "Venezuelan General Nestor Reverol, who was promoted one day after the US government "
        "indicted him, spoke on September 23.",
        "Venezuelan General Nestor Reverol, promoted a week after the US government indicted "
        "him, then announced a new plan on September 23.",
    ],
)  # fmt: skip
def test_a_time_clause_does_not_take_a_joined_verbs_date(events_at, text) -> None:
    """Round 88 review (seed 65): the indictment "one day after" which Reverol was appointed
    took the September 23 of the announcement the parser joined to it."""
    found = [e for e in events_at(text, "2016-10-01") if e.root == "11"]
    assert all(e.date is None or e.date.start != "2016-09-23" for e in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia's ambassador to Japan, Nikolai Nozdrev, was summoned to the Japanese Foreign "
         "Ministry in Tokyo on Wednesday to hear a protest.", ("JPNGOV", "RUSGOV")),
        ("The Chinese ambassador was summoned to the Philippine Foreign Ministry on Monday.",
         ("PHLGOV", "CHNGOV")),
        ("Iran's envoy was summoned to the German Foreign Ministry over the executions.",
         ("DEUGOV", "IRNGOV")),
    ],
)  # fmt: skip
def test_the_ministry_one_is_summoned_to_summons(events_at, text, pair) -> None:
    """A new user's trial: "Russia's ambassador … was summoned to the Foreign Ministry" was
    lost (an agentless passive)."""
    found = events_at(text, "2024-05-15")
    assert any((e.source.code, e.target.code) == pair and e.root == "11" for e in found)


def test_summoned_to_a_city_names_no_summoner(events_at) -> None:
    found = events_at("The Chinese ambassador was summoned to Manila on Monday.", "2024-05-15")
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese side will take necessary steps to protect the legitimate rights of Chinese "
        "companies.",
        "The Indian government vowed to protect the interests of Indian firms.",
        "Brazil will protect the rights of Brazilian exporters.",
    ],
)
def test_protecting_ones_own_firms_rights_is_no_peacekeeping(events_at, text) -> None:
    """A new user's trial: "will take … steps to protect the legitimate rights of Chinese
    companies" was coded 0334 (intent to provide military protection) at CHNBUS."""
    assert not [e for e in events_at(text, "2024-05-15") if e.root in ("03", "07")]


def test_peacekeepers_protecting_civilians_stay(events_at) -> None:
    found = events_at("UN peacekeepers protected Malian civilians in Gao on Monday.", "2024-05-15")
    assert "07" in {e.root for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Hizbollah, which has lost over 6,000 dead and wounded in Syria, seems unlikely to want "
        "to take on Israel again.",
        "The Islamic State has lost thousands of fighters killed or wounded in Iraq.",
        "Hamas has counted 200 dead and wounded in Gaza since Monday.",
    ],
)
def test_casualties_named_as_dead_and_wounded_are_no_assault(events_at, text) -> None:
    """Round 90: Hizbollah's "6,000 dead and wounded in Syria" was coded 180 at Syria."""
    assert not [e for e in events_at(text, "2016-06-02") if e.root == "18"]


def test_shot_and_wounded_is_still_an_assault(events_at) -> None:
    found = events_at("Israeli troops shot and wounded two Palestinian protesters in Gaza on "
                      "Friday.", "2016-06-02")  # fmt: skip
    assert "18" in {e.root for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Other sources have suggested that Guatemala supplies weapons to Mexican cartels.",
        "Analysts suggest that Venezuela armed the ELN rebels.",
        "A UN report suggested that Iran sent weapons to the Houthi rebels of Yemen.",
    ],
)
def test_what_is_only_suggested_is_no_deed(events_at, text) -> None:
    """Round 90: "other sources have suggested that Guatemala …" coded as aid (070)."""
    assert not [e for e in events_at(text, "2016-06-02") if e.root in ("07", "19")]
