"""Dyad analytics: timelines by quad class and Goldstein, alignment, top quotes, the CLI view.

``seed_like_articles`` (hand-made articles shaped like the seed: Lavrov criticising Armenia,
NATO praising it, Armenia cooperating with NATO) is shared with the export, API and
dashboard tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

from dyads.actor_specs import resolve_actor
from dyads.analytics import totals
from dyads.commands.dyad import dyad_view
from dyads.database import Database
from dyads.records import (
    Article,
    Cue,
    DateSpan,
    Event,
    Evidence,
    Mention,
    Quote,
    Side,
    Speaker,
)
from dyads.store import open_store

SEED_LIKE = (
    "Armenia Turning Away From Russia, Says Lavrov\n\n"
    "YEREVAN — Russian Foreign Minister Sergei Lavrov criticised Armenia for turning to the "
    "West on Thursday.\n\n"
    "“Unfortunately, official Yerevan is trying to reform its foreign policy line,” Lavrov "
    "told TASS.\n\n"
    "Earlier this week a senior NATO official praised Armenia for seeking more cooperation.\n\n"
    "This year Armenia took part in several dozen exercises with NATO.\n\n"
    "In September the Russian Foreign Ministry denounced Armenia's unfriendly steps.\n\n"
    "Pashinyan said in September that Moscow is “unwilling or unable” to defend its ally and "
    "called the reliance on Russia a mistake.\n\n"
    "Moscow did not attack Azerbaijan.\n"
)
REPRINT = (
    "Lavrov Criticises Yerevan\n\n"
    "MOSCOW — Russian Foreign Minister Sergei Lavrov criticised Armenia again on Thursday, "
    "a wire report said.\n"
)


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _side(text: str, part: str, actor: str, code: str, country: str | None) -> Side:
    sector = code[3:] if country and len(code) > 3 else None
    return Side(part, _span(text, part), actor, code, country, sector)


def _sentence(text: str, part: str) -> Evidence:
    start = text.index(part)
    left = text.rfind("\n", 0, start) + 1
    right = text.index("\n", start)
    return Evidence(text[left:right], (left, right))


def _day(value: str, basis: str = "text") -> DateSpan:
    return DateSpan(value, value, "day", None, basis)  # type: ignore[arg-type]


def _event(
    text: str, src: Side, tgt: Side, cameo: str, quad: int, goldstein: float, when: DateSpan,
    cue: str, *, negated: bool = False,
) -> Event:  # fmt: skip
    return Event(src, tgt, cameo, cameo[:2], quad, goldstein, None, when, negated,
                 _sentence(text, cue))  # fmt: skip


def seed_like_articles() -> list[Article]:
    """Two hand-made articles: the seed-like story and a wire reprint of its first event."""
    t = SEED_LIKE
    lavrov = _side(t, "Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "RUS")
    armenia = Side("Armenia", _span(t, "Armenia", 100), "Armenia", "ARMGOV", "ARM", "GOV")
    nato = _side(t, "NATO", "NATO", "IGOWSTNAT", None)
    september = DateSpan("2023-09-01", "2023-09-30", "month", "In September")
    events = [
        _event(t, lavrov, armenia, "111", 3, -2.0, _day("2023-12-28"), "criticised Armenia"),
        _event(t, nato, Side("Armenia", _span(t, "Armenia", t.index("praised")), "Armenia",
               "ARMGOV", "ARM", "GOV"), "051", 1, 3.4, _day("2023-12-26"), "praised"),
        _event(t, Side("Armenia", _span(t, "Armenia", t.index("This year")), "Armenia", "ARMMIL",
               "ARM", "MIL"), Side("NATO", _span(t, "NATO", t.index("exercises")), "NATO",
               "IGOWSTNAT", None), "062", 2, 7.4, _day("2023-12-28", "published"), "exercises"),
        _event(t, _side(t, "the Russian Foreign Ministry", "Russian Foreign Ministry", "RUSGOV",
               "RUS"), Side("Armenia", _span(t, "Armenia", t.index("denounced")), "Armenia",
               "ARMGOV", "ARM", "GOV"), "111", 3, -2.0, september, "denounced"),
        _event(t, _side(t, "Pashinyan", "Nikol Pashinyan", "ARMGOV", "ARM"),
               Side("Russia", _span(t, "Russia", t.index("reliance")), "Russia", "RUS", "RUS"),
               "111", 3, -2.0, september, "called the reliance"),
        _event(t, Side("Moscow", _span(t, "Moscow", t.index("Moscow did")), "Russia", "RUSGOV",
               "RUS", "GOV"), _side(t, "Azerbaijan", "Azerbaijan", "AZE", "AZE"), "190", 4, -10.0,
               _day("2023-12-28", "published"), "did not attack", negated=True),
    ]  # fmt: skip
    quote_span = _span(
        t, "Unfortunately, official Yerevan is trying to reform its foreign policy line,"
    )
    told = _span(t, "told")
    moscow_quote = _span(t, "unwilling or unable")
    seed = Article(
        id="seed-like",
        source="seed-like.txt",
        text=t,
        body=(t.index("YEREVAN"), len(t)),
        url="https://example.org/armenia-lavrov",
        headline="Armenia Turning Away From Russia, Says Lavrov",
        published="2023-12-28",
        language="en",
        mentions=[
            Mention(
                "Sergei Lavrov",
                _span(t, "Sergei Lavrov"),
                "Sergei Lavrov",
                "RUSGOV",
                "RUS",
                "GOV",
                "Foreign Minister",
                "person",
            ),
            Mention(
                "official Yerevan",
                _span(t, "official Yerevan"),
                "Armenia",
                "ARMGOV",
                "ARM",
                "GOV",
                None,
                "country",
            ),
            Mention(
                "NATO", _span(t, "NATO"), "NATO", "IGOWSTNAT", None, None, None, "organisation"
            ),
        ],
        quotes=[
            Quote(
                "direct",
                t[quote_span[0] : quote_span[1]],
                quote_span,
                Speaker("Lavrov", _span(t, "Lavrov", told[0] - 8), "Sergei Lavrov", "RUSGOV"),
                Cue("told", told),
                medium="TASS",
                date=_day("2023-12-28", "published"),
            ),
            Quote(
                "partial",
                "unwilling or unable",
                moscow_quote,
                Speaker("Pashinyan", _span(t, "Pashinyan"), "Nikol Pashinyan", "ARMGOV"),
                Cue("said", _span(t, "said", t.index("Pashinyan"))),
                date=DateSpan("2023-09-01", "2023-09-30", "month", "in September"),
            ),
        ],
        events=events,
    )
    # The partial quote alone does not name Russia; its indirect frame does.
    seed.quotes.append(
        Quote("indirect", t[moscow_quote[0] - 22 : moscow_quote[1] + 24],
              (moscow_quote[0] - 22, moscow_quote[1] + 24), seed.quotes[1].speaker,
              seed.quotes[1].cue, confidence=0.7)
    )  # fmt: skip
    r = REPRINT
    reprint = Article(
        id="reprint",
        source="wire.txt",
        text=r,
        body=(r.index("MOSCOW"), len(r)),
        headline="Lavrov Criticises Yerevan",
        published="2023-12-29",
        language="en",
        events=[
            _event(
                r,
                _side(r, "Sergei Lavrov", "Sergei Lavrov", "RUSGOV", "RUS"),
                _side(r, "Armenia", "Armenia", "ARMGOV", "ARM"),
                "111",
                3,
                -2.0,
                _day("2023-12-28"),
                "criticised Armenia",
            ),
        ],
    )
    return [seed, reprint]


def fill(url: str, articles: list[Article] | None = None) -> None:
    with open_store(url) as store:
        for article in articles if articles is not None else seed_like_articles():
            store.save_article(article)


@pytest.fixture
def db(store_url: str) -> Iterator[Database]:
    fill(store_url)
    with Database(store_url) as database:
        yield database


def _mean(frame: pd.DataFrame, direction: str = "both") -> float:
    row = totals(frame).set_index("direction").loc[direction]
    return float(row["goldstein_mean"])


def test_actor_specs_resolve_countries_codes_and_organisations() -> None:
    assert resolve_actor("ARM").country == "ARM"
    assert resolve_actor("ARMGOV").prefix == "ARMGOV"
    assert resolve_actor("NATO").prefix == "IGOWSTNAT"
    assert resolve_actor("EU").prefix == "IGOEUREEC"
    assert resolve_actor("US").country == "USA"
    assert resolve_actor("Sergei Lavrov").name == "Sergei Lavrov"
    with pytest.raises(ValueError):
        resolve_actor("  ")


def test_arm_rus_dyad_is_conflictual_and_arm_nato_cooperative(db: Database) -> None:
    arm_rus = db.dyad("ARM", "RUS", freq="month")
    assert _mean(arm_rus) < 0
    arm_nato = db.dyad("ARM", "NATO", freq="month")
    assert _mean(arm_nato) > 0
    assert _mean(arm_nato, "NATO→ARM") == pytest.approx(3.4)


def test_dyad_counts_a_cluster_once_and_skips_negated_events(db: Database) -> None:
    frame = db.dyad("RUS", "ARM", freq="month")
    by_period = frame[frame["direction"] == "RUS→ARM"].set_index("period")
    # December: Lavrov's criticism, reported by two articles, is one event.
    assert by_period.loc[pd.Timestamp("2023-12-01"), "events"] == 1
    assert by_period.loc[pd.Timestamp("2023-09-01"), "verbal_conflict"] == 1
    # The months between have rows with no events, for a continuous timeline.
    assert list(by_period.index) == list(pd.date_range("2023-09-01", "2023-12-01", freq="MS"))
    assert by_period.loc[pd.Timestamp("2023-10-01"), "events"] == 0
    assert db.events("RUS", "AZE").empty
    assert len(db.events("RUS", "AZE", include_negated=True)) == 1
    assert len(db.events("RUSGOV", "ARM", dedupe=False)) == 3


def test_dyad_by_week_and_day_and_bad_freq(db: Database) -> None:
    weekly = db.dyad("ARM", "NATO", freq="week")
    both = weekly[weekly["direction"] == "both"]
    assert both["events"].sum() == 2
    assert both["goldstein_sum"].sum() == pytest.approx(3.4 + 7.4)
    daily = db.dyad("ARM", "NATO", freq="day")
    assert len(daily[daily["direction"] == "both"]) == 3  # 26, 27 (empty), 28 December
    with pytest.raises(ValueError, match="freq"):
        db.dyad("ARM", "NATO", freq="fortnight")


def test_alignment_puts_russia_below_nato(db: Database) -> None:
    frame = db.alignment("ARM", ["RUS", "NATO", "USA", "EU"], freq="month")
    net = frame.groupby("partner")["net"].sum()
    assert net["RUS"] == -1
    assert net["NATO"] == 1
    assert net["USA"] == 0 and net["EU"] == 0
    both = db.alignment("ARM", ["RUS", "NATO"], direction="both").groupby("partner")["net"].sum()
    assert both["RUS"] == -3 and both["NATO"] == 2


def test_top_quotes_by_each_side_about_the_other(db: Database) -> None:
    quotes = db.top_quotes("RUS", "ARM")
    lavrov = quotes[quotes["side"] == "RUS on ARM"]
    assert lavrov["speaker_actor"].tolist() == ["Sergei Lavrov"]  # via the mention in the quote
    pashinyan = quotes[quotes["side"] == "ARM on RUS"]
    # Named in the words of the indirect quote ("Moscow"), not in the bare partial quote.
    assert pashinyan["kind"].tolist() == ["indirect"]
    assert sorted(db.quotes(text="UNWILLING")["kind"]) == ["indirect", "partial"]
    assert db.quotes(speaker="Lavrov").empty is False


def test_network_edges_carry_tone(db: Database) -> None:
    edges = db.network().set_index(["source", "target"])
    assert edges.loc[("RUSGOV", "ARMGOV"), "events"] == 2  # December (once) and September
    assert edges.loc[("RUSGOV", "ARMGOV"), "goldstein_mean"] < 0
    assert edges.loc[("IGOWSTNAT", "ARMGOV"), "goldstein_mean"] > 0
    assert ("RUSGOV", "AZE") not in edges.index
    assert db.top_dyad() == ("ARM", "RUS")


def test_evidence_highlights_sides_and_quotation(db: Database) -> None:
    events = db.events("RUS", "ARM", since="2023-12-01")
    first = db.event_evidence(events.loc[0, "article_id"], int(events.loc[0, "idx"]))
    assert first is not None
    marked = {h["label"]: first["sentence"][h["start"] : h["end"]] for h in first["highlights"]}
    assert marked == {"source": "Sergei Lavrov", "target": "Armenia"}
    quote = db.quote_evidence("seed-like", 0)
    assert quote is not None
    marked = {h["label"]: quote["sentence"][h["start"] : h["end"]] for h in quote["highlights"]}
    assert marked["quote"].startswith("Unfortunately, official Yerevan")
    assert marked["speaker"] == "Lavrov" and marked["cue"] == "told"
    assert db.event_evidence("nope", 0) is None


def test_dyad_view_prints_totals_bars_and_quotes(db: Database) -> None:
    console = Console(record=True, width=160)
    console.print(dyad_view(db.store, "ARM", "RUS"))
    shown = console.export_text()
    assert "ARM ↔ RUS by month" in shown
    assert "2023-12" in shown and "2023-09" in shown
    assert "Unfortunately, official Yerevan" in shown
    console = Console(record=True, width=160)
    console.print(dyad_view(db.store, "ARM", "CHN"))
    assert "no events" in console.export_text()


@pytest.fixture(scope="module")
def seed_article(seed_path: Path) -> Article:
    from dyads.pipeline import Pipeline
    from dyads.records import RawDocument

    raw = RawDocument(source=str(seed_path), content=seed_path.read_text(encoding="utf-8"))
    article = Pipeline().process(raw, published="2023-12-28")
    if not article.events:
        pytest.skip("the pipeline does not extract events yet")
    return article


def test_real_seed_dyads_have_the_expected_tone(seed_article: Article, store_url: str) -> None:
    fill(store_url, [seed_article])
    with Database(store_url) as database:
        assert _mean(database.dyad("ARM", "RUS")) < 0
        assert _mean(database.dyad("ARM", "NATO")) > 0
        said = database.top_quotes("RUS", "ARM")
        assert "Sergei Lavrov" in set(said["speaker_actor"])
