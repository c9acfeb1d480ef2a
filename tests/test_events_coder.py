"""The event coder on short sentences with hand-made mentions: arguments, mood and dates."""

from __future__ import annotations

import pytest

from dyads.events.coder import find_events
from dyads.records import Cue, Event, Mention, Quote, Speaker

ACTORS = {
    "Russia": ("Russia", "RUS", "RUS", None, "country"),
    "Moscow": ("Russia", "RUSGOV", "RUS", "GOV", "country"),
    "Lavrov": ("Sergei Lavrov", "RUSGOV", "RUS", "GOV", "person"),
    "Armenia": ("Armenia", "ARM", "ARM", None, "country"),
    "Yerevan": ("Armenia", "ARMGOV", "ARM", "GOV", "country"),
    "Azerbaijan": ("Azerbaijan", "AZE", "AZE", None, "country"),
    "Iran": ("Iran", "IRN", "IRN", None, "country"),
    "Israel": ("Israel", "ISR", "ISR", None, "country"),
    "Israeli": ("Israel", "ISR", "ISR", None, "country"),
    "US": ("United States", "USA", "USA", None, "country"),
    "Armenian": ("Armenia", "ARM", "ARM", None, "country"),
    "France": ("France", "FRA", "FRA", None, "country"),
    "NATO": ("NATO", "IGOWSTNAT", None, None, "organisation"),
    "opposition": ("Armenian opposition", "ARMOPP", "ARM", "OPP", "group"),
    "government": ("Armenia", "ARMGOV", "ARM", "GOV", "organisation"),
}
PUBLISHED = "2023-12-28"


def mentions_for(text: str) -> list[Mention]:
    """A mention for every whole-word occurrence of a known actor name."""
    import re

    found = []
    for name, (actor, code, country, sector, kind) in ACTORS.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            found.append(
                Mention(name, m.span(), actor, code, country, sector, kind=kind)  # type: ignore[arg-type]
            )
    return sorted(found, key=lambda m: m.span)


def code(nlp, text: str, **kwargs) -> list[Event]:
    """The coder's frame logic alone: every candidate, whatever the scorer says of it."""
    doc = nlp(text)
    kwargs.setdefault("min_confidence", 0.0)
    return find_events(doc, mentions_for(text), published=PUBLISHED, **kwargs)


def dyads(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.code or "", e.target.code or "", e.cameo) for e in events}


# --- arguments ---


def test_active_verb_subject_to_object(nlp) -> None:
    events = code(nlp, "Russia criticized Armenia on Tuesday.")
    assert dyads(events) == {("RUS", "ARM", "111")}
    assert events[0].quad_class == 3 and events[0].goldstein < 0
    assert events[0].plover and not events[0].negated


def test_passive_agent_is_the_source(nlp) -> None:
    events = code(nlp, "Armenia was criticized by Russia.")
    assert dyads(events) == {("RUS", "ARM", "111")}


def test_prepositional_target_of_a_reciprocal_event_is_its_subjects(nlp) -> None:
    # one way since session 28: the subject's meeting (blind audits, rounds 103 and 107: the
    # reversed copy judged "partly"; CAMEO spans evaluation: the commonest unmatched sides)
    events = code(nlp, "Armenia met with NATO in Brussels.")
    assert dyads(events) == {("ARM", "IGOWSTNAT", "040")}
    # Brussels is where, not whom: never a side
    assert all("BEL" not in (e.source.code or "") + (e.target.code or "") for e in events)


def test_no_event_without_two_actors(nlp) -> None:
    assert code(nlp, "Russia criticized the decision.") == []
    assert code(nlp, "The ministry criticized Armenia.") == []


def test_same_state_is_not_a_dyad_but_opposition_is(nlp) -> None:
    assert code(nlp, "Yerevan praised Armenia.") == []
    events = code(nlp, "The opposition criticized the government.")
    assert dyads(events) == {("ARMOPP", "ARMGOV", "111")}


def test_coordinated_targets(nlp) -> None:
    events = code(nlp, "Israel attacked Iran and France.")
    assert {(s, t) for s, t, _ in dyads(events)} == {("ISR", "IRN"), ("ISR", "FRA")}
    assert all(e.root == "19" for e in events)


# --- nominal events ---


def test_possessive_nominal_event(nlp) -> None:
    events = code(nlp, "Azerbaijan's military offensive against Armenia ended in a day.")
    assert [(e.source.code, e.target.code, e.quad_class) for e in events] == [("AZE", "ARM", 4)]


def test_joint_nominal_event_pairs_the_modifiers_both_ways(nlp) -> None:
    events = code(nlp, "Armenia hosted a US-Armenian military exercise.")
    assert dyads(events) == {("ARM", "USA", "062"), ("USA", "ARM", "062")}


def test_light_verb_gives_the_nominal_event_its_source(nlp) -> None:
    events = code(nlp, "Israel launched an offensive against Iran.")
    assert dyads(events) == {("ISR", "IRN", "190")}
    events = code(nlp, "France imposed sanctions on Iran.")
    assert dyads(events) == {("FRA", "IRN", "163")}


def test_adjectival_actor_is_the_source_of_a_nominal_event(nlp) -> None:
    events = code(nlp, "Israeli airstrikes on Iran continued.")
    assert {(e.source.code, e.target.code) for e in events} == {("ISR", "IRN")}


# --- negation, modality, hypotheticals ---


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not criticize Armenia.",
        "Russia never criticized Armenia.",
        "Moscow did not prevent or attack Azerbaijan.",
        "Armenia has announced no plans to pull out of NATO.",
        "Armenia is not considering demanding anything from Russia.",
        "Russia refused to criticize Armenia.",
        "Russia failed to help Armenia.",
    ],
)
def test_negated_events_are_not_coded(nlp, text: str) -> None:
    assert code(nlp, text) == []


def test_negated_events_kept_on_request_are_flagged(nlp) -> None:
    events = code(nlp, "Russia did not criticize Armenia.", keep_negated=True)
    assert [e.negated for e in events] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Russia would criticize Armenia.",
        "Russia may attack Armenia.",
        "Russia hopes to meet Armenia.",
        "If Russia attacks Armenia, the war will spread.",
        "Russia is considering sanctions against Armenia.",
    ],
)
def test_hypothetical_events_are_not_coded(nlp, text: str) -> None:
    assert code(nlp, text) == []


def test_a_nominal_event_survives_a_negated_governing_verb(nlp) -> None:
    events = code(nlp, "Moscow did not stop Azerbaijan's offensive against Armenia.")
    assert dyads(events) == {("AZE", "ARM", "190")}


def test_intent_and_threat_get_their_own_codes(nlp) -> None:
    # the intent is the planner's alone (blind audit, round 72)
    assert dyads(code(nlp, "Russia plans to meet Armenia.")) == {("RUS", "ARM", "036")}
    assert dyads(code(nlp, "Russia will send aid to Armenia.")) == {("RUS", "ARM", "033")}
    assert {e.root for e in code(nlp, "Israel threatened to attack Iran.")} == {"13"}


# --- statements and stances ---


def test_a_plain_statement_is_a_quotation_not_an_event(nlp) -> None:
    text = "“Yerevan is reforming its foreign policy,” Lavrov told TASS about Armenia."
    doc = nlp(text)
    start, end = 1, text.index("”")
    quote = Quote(
        kind="direct", content=text[start:end], span=(start, end),
        speaker=Speaker("Lavrov", (text.index("Lavrov"), text.index("Lavrov") + 6),
                        "Sergei Lavrov", "RUSGOV"),
        cue=Cue("told", (text.index("told"), text.index("told") + 4)),
    )  # fmt: skip
    events = find_events(doc, mentions_for(text), [quote], published=PUBLISHED, min_confidence=0)
    assert events == []
    assert code(nlp, "Lavrov said that Armenia is reorienting its policy towards NATO.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov said that Armenia had made a dangerous mistake.",
        "Lavrov said Armenia's policy was a mistake.",
        "Lavrov claimed that Yerevan is unwilling or unable to act.",
    ],
)
def test_an_evaluation_of_a_named_target_is_a_stance(nlp, text: str) -> None:
    events = code(nlp, text)
    assert {(e.source.code, e.target.country, e.root) for e in events} == {("RUSGOV", "ARM", "11")}


def test_a_name_elsewhere_in_the_content_is_no_target(nlp) -> None:
    events = code(nlp, "Lavrov said that the mistake was made in Armenia, not by Israel.")
    assert events == []


# --- body and evidence ---


def test_events_only_inside_the_body(nlp) -> None:
    text = "Russia criticized Armenia. Israel attacked Iran."
    events = code(nlp, text, body=(0, text.index("Israel") - 1))
    assert dyads(events) == {("RUS", "ARM", "111")}
    assert events[0].evidence.sentence == "Russia criticized Armenia."
    assert events[0].evidence.span == (0, len("Russia criticized Armenia."))


# --- dates ---


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("on Monday", "2023-12-25", "2023-12-25"),
        ("yesterday", "2023-12-27", "2023-12-27"),
        ("earlier this week", "2023-12-25", "2023-12-27"),
        ("last month", "2023-11-01", "2023-11-30"),
        ("two weeks ago", "2023-12-11", "2023-12-17"),
        ("last year", "2022-01-01", "2022-12-31"),
        ("in early September", "2023-09-01", "2023-09-10"),
        ("in late October", "2023-10-21", "2023-10-31"),
        ("later in September", "2023-09-01", "2023-09-30"),
        ("on September 19", "2023-09-19", "2023-09-19"),
        ("in 2021", "2021-01-01", "2021-12-31"),
    ],
)
def test_event_date_from_the_clause(nlp, when: str, start: str, end: str) -> None:
    events = code(nlp, f"Russia criticized Armenia {when}.")
    assert len(events) == 1
    date = events[0].date
    assert (date.start, date.end, date.basis) == (start, end, "text")


def test_nominal_event_takes_the_date_in_its_own_phrase(nlp) -> None:
    text = "In December, Moscow recalled Azerbaijan's September 19-20 offensive against Armenia."
    events = [e for e in code(nlp, text) if e.source.code == "AZE"]
    assert [(e.date.start, e.date.end) for e in events] == [("2023-09-19", "2023-09-20")]


def test_publication_date_when_the_sentence_has_none(nlp) -> None:
    (event,) = code(nlp, "Russia criticizes Armenia.")
    assert (event.date.start, event.date.basis) == (PUBLISHED, "published")


def test_a_neighbouring_sentence_never_dates_an_event(nlp) -> None:
    text = "Armenia met with NATO in early September. Russia criticized Armenia."
    events = [e for e in code(nlp, text) if e.source.code == "RUS"]
    assert [(e.date.start, e.date.basis) for e in events] == [(PUBLISHED, "published")]


def test_the_date_of_the_speech_clause_is_not_the_events(nlp) -> None:
    text = "Russia said on Monday that Israel had attacked Iran in 2021."
    events = [e for e in code(nlp, text) if e.source.code == "ISR"]
    assert [(e.date.start, e.date.end) for e in events] == [("2021-01-01", "2021-12-31")]
    text = "Russia said on Monday that Israel had attacked Iran."
    events = [e for e in code(nlp, text) if e.source.code == "ISR"]
    assert [e.date.basis for e in events] == ["published"]


# --- single sentences through the actors stage (the PLOVER / pentaclass recipe) ---


@pytest.fixture(scope="module")
def full_nlp():
    from dyads.events.sentences import load_nlp

    return load_nlp()


def main_of(full_nlp, text: str):
    from dyads.events.sentences import code_sentences, main_event

    result = next(code_sentences(full_nlp, [text]))
    return result, main_event(result)


def test_the_actor_ruler_is_in_the_sentence_pipeline(full_nlp) -> None:
    from dyads.actors.ruler import RULER_NAME

    assert RULER_NAME in full_nlp.pipe_names


def test_target_inside_the_complement_clause(full_nlp) -> None:
    _, main = main_of(full_nlp, "Germany agreed to provide aid for Ukraine.")
    assert main is not None
    assert (main.event.source.country, main.event.target.country) == ("DEU", "UKR")
    assert main.event.plover == "AGREE"


def test_compound_subject_of_a_cooperative_event_pairs_its_members(full_nlp) -> None:
    result, _ = main_of(full_nlp, "Chile and Peru agreed to hold joint naval exercises.")
    pairs = {(c.event.source.country, c.event.target.country) for c in result.coded}
    assert {("CHL", "PER"), ("PER", "CHL")} <= pairs


def test_the_sources_own_forces_are_not_the_target(full_nlp) -> None:
    _, main = main_of(full_nlp, "Canada offered its troops to Haiti.")
    assert main is not None and main.event.target.country == "HTI"


def test_national_group_is_not_its_state(full_nlp) -> None:
    _, main = main_of(full_nlp, "Polish police arrested Ukrainian activists in Warsaw.")
    assert main is not None
    assert (main.event.source.code, main.event.target.country) == ("POLCOP", "UKR")
    assert main.event.target.sector not in (None, "GOV")


def test_will_not_is_a_refusal_but_no_plans_is_nothing(full_nlp) -> None:
    _, main = main_of(full_nlp, "Spain will not lift sanctions on Venezuela.")
    assert main is not None and main.event.plover == "REJECT"
    result, _ = main_of(full_nlp, "Spain has no plans to lift sanctions on Venezuela.")
    assert all(c.event.plover != "RETREAT" for c in result.coded)


def test_title_with_of_country_and_ngo_codes(full_nlp) -> None:
    _, main = main_of(full_nlp, "President William Ruto of Kenya met the Iraqi prime minister.")
    assert main is not None
    assert (main.event.source.code, main.event.target.code) == ("KENGOV", "IRQGOV")
    _, main = main_of(full_nlp, "Amnesty International condemned Egypt.")
    assert main is not None and (main.event.source.code or "").startswith("NGO")


def test_plover_scoring_counts_igo_and_ngo_as_one_class() -> None:
    from dyads.evaluate.plover import _gold_codes, _side_code
    from dyads.records import Side

    ngo = Side(text="Amnesty International", span=(0, 21), code="NGOHRIAMN")
    assert _side_code(ngo) in _gold_codes([{"code": "IGO"}])
    assert _gold_codes([{"code": "JAP"}, {"code": " NGO"}]) == {"JPN", "IGO"}


def test_the_main_event_is_the_one_highest_in_the_parse(full_nlp) -> None:
    text = (
        "In a letter handed over to NATO, Germany said it would allow the return of Russian envoys."
    )
    result, main = main_of(full_nlp, text)
    assert main is not None and result.doc[main.trigger].lemma_ == "allow"
    assert main.event.plover == "AGREE"


def test_the_subject_of_willing_or_ready_is_the_doer(full_nlp) -> None:
    _, main = main_of(full_nlp, "Japan is ready to send aid to Nepal.")
    assert main is not None
    assert (main.event.source.country, main.event.target.country) == ("JPN", "NPL")
    assert main.event.plover == "AGREE"


def test_an_ethnic_group_is_coded_by_where_it_lives(full_nlp) -> None:
    _, main = main_of(full_nlp, "Ethnic Hungarians in Romania accused the Romanian government.")
    assert main is not None and main.event.source.country == "ROU"
    assert main.event.source.sector not in (None, "GOV")


def test_what_is_investigated_targets_its_doer(full_nlp) -> None:
    _, main = main_of(full_nlp, "Peru is investigating abuses by Chilean troops against farmers.")
    assert main is not None and main.event.target.country == "CHL"


def test_violence_with_no_named_perpetrator_gives_no_event(full_nlp) -> None:
    result, _ = main_of(full_nlp, "Two Kenyan soldiers were killed by a roadside bomb in Somalia.")
    assert all(c.event.source.country != "SOM" for c in result.coded)


def test_what_is_complained_about_before_whom_it_is_addressed_to(full_nlp) -> None:
    _, main = main_of(full_nlp, "Greece complained to the United Nations over Turkish flights.")
    assert main is not None and main.event.target.country == "TUR"


def test_a_bracketed_short_form_and_an_agentive_it_are_actors(full_nlp) -> None:
    from dyads.actors import find_mentions

    doc = full_nlp(
        "The Russian Foreign Ministry (MFA) said it is prepared to expel Estonian envoys."
    )
    codes = {m.text: m.code for m in find_mentions(doc)}
    assert codes.get("MFA") == "RUSGOV" and codes.get("it") == "RUSGOV"


def test_anti_or_pro_a_country_is_not_its_nationality(full_nlp) -> None:
    from dyads.actors import find_mentions

    doc = full_nlp("Anti-Russia protesters marched in Tbilisi on Sunday.")
    assert all(m.country != "RUS" for m in find_mentions(doc) if "protesters" in m.text)
