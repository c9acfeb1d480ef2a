"""Watches and digests: matching events and quotations once, Goldstein shifts, escaping, and
sending by SMTP to a local server (127.0.0.1)."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from datetime import date
from email.message import Message
from pathlib import Path

import pytest
import yaml
from aiosmtpd.controller import Controller

from dyads.alerts import (
    AlertConfig,
    SmtpConfig,
    Watch,
    build_digest,
    dyad_means,
    load_alert_config,
    parse_alert_config,
    render_html,
    render_markdown,
    run_alerts,
)
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
from dyads.store.sql import SqlStore

CODES = {"RUSGOV": "RUS", "ARMGOV": "ARM", "USAGOV": "USA", "CHNGOV": "CHN"}


def side(code: str, text: str, start: int) -> Side:
    return Side(text, (start, start + len(text)), actor=text, code=code, country=CODES[code])


def make_article(
    article_id: str,
    sentences: list[str],
    events: list[tuple[int, str, str, str, float, str]],
    *,
    published: str = "2023-12-28",
    quotes: list[tuple[int, str, str]] = (),  # type: ignore[assignment]
    mentions: list[tuple[int, str, str]] = (),  # type: ignore[assignment]
) -> Article:
    """An article of ``sentences``; events ``(sentence, source, cameo, target, goldstein,
    day)``; quotes ``(sentence, speaker code, speaker)``: the whole sentence is the quote;
    mentions ``(sentence, code, words)``."""
    text = " ".join(sentences)
    starts = [text.index(s) for s in sentences]

    def span_of(n: int) -> tuple[int, int]:
        return starts[n], starts[n] + len(sentences[n])

    article = Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        body=(0, len(text)),
        url=f"https://news.example/{article_id}",
        headline=f"Headline of {article_id}",
        published=published,
        language="en",
    )
    for n, source, cameo, target, goldstein, day in events:
        s, _ = span_of(n)
        article.events.append(
            Event(
                source=side(source, source, s),
                target=side(target, target, s),
                cameo=cameo,
                root=cameo[:2],
                quad_class=3 if goldstein < 0 else 1,
                goldstein=goldstein,
                plover=None,
                date=DateSpan(day, day, "day"),
                negated=False,
                evidence=Evidence(sentences[n], span_of(n)),
            )
        )
    for n, code, speaker in quotes:
        start, end = span_of(n)
        article.quotes.append(
            Quote(
                "direct",
                sentences[n],
                (start, end),
                speaker=Speaker(speaker, (start, start + 1), actor=speaker, code=code),
                cue=Cue("said", (start, start + 1)),
            )
        )
    for n, code, words in mentions:
        at = text.index(words, starts[n])
        article.mentions.append(
            Mention(words, (at, at + len(words)), code=code, country=code[:3], kind="country")
        )
    return article


ACCUSE = "Moscow accused Yerevan of <script>alert('x')</script> betraying the alliance."
SIGN = "Armenia and Russia signed a formal agreement on gas supplies."
OTHER = "Washington and Beijing held talks about trade tariffs."
QUOTE = "“Yerevan is making a *grave* mistake,” the Russian minister said."
NOISE = "The weather in the region was mild for the season."


@pytest.fixture
def store(store_url: str) -> Iterator[SqlStore]:
    """The two articles above, in a DuckDB store (and a PostgreSQL one when configured)."""
    with open_store(store_url) as opened:
        opened.save_article(
            make_article(
                "a1",
                [ACCUSE, OTHER, QUOTE, NOISE],
                [
                    (0, "RUSGOV", "112", "ARMGOV", -2.0, "2023-12-28"),
                    (1, "USAGOV", "036", "CHNGOV", 4.0, "2023-12-28"),
                ],
                quotes=[(2, "RUSGOV", "Sergei Lavrov")],
                mentions=[(2, "ARMGOV", "Yerevan")],
            )
        )
        opened.save_article(
            make_article(
                "a2",
                [SIGN, NOISE],
                [(0, "ARMGOV", "057", "RUSGOV", 8.0, "2023-12-18")],
                published="2023-12-18",
            )
        )
        yield opened


def config(tmp_path: Path, *watches: Watch, **options: object) -> AlertConfig:
    return AlertConfig(watches=watches, digest_dir=tmp_path / "digests", **options)  # type: ignore[arg-type]


ARM_RUS = Watch("Armenia–Russia", dyad=("ARM", "RUS"))


def test_config_parsing(tmp_path: Path) -> None:
    path = tmp_path / "watches.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "threshold": 1.5,
                "window": "2w",
                "digest_dir": "out",
                "watches": [
                    {"dyad": "ARM-RUS"},
                    {"name": "Lavrov", "speaker": "Lavrov"},
                    {"actor": "igowstnat", "cameo": 13},
                ],
                "smtp": {"host": "127.0.0.1", "port": 2525, "to": "me@example.org"},
            }
        ),
        encoding="utf-8",
    )
    loaded = load_alert_config(path)
    assert [w.name for w in loaded.watches] == ["ARM-RUS", "Lavrov", "IGOWSTNAT"]
    assert loaded.watches[0].dyad == ("ARM", "RUS")
    assert loaded.watches[2].cameo == "13" and loaded.watches[2].actor == "IGOWSTNAT"
    assert (loaded.threshold, loaded.window_days) == (1.5, 14)
    assert loaded.digest_dir == tmp_path / "out"
    assert loaded.smtp is not None and loaded.smtp.to == ("me@example.org",)
    for bad, message in [
        ({"watches": [{"dyad": "ARM"}]}, "two actor codes"),
        ({"watches": [{"name": "x"}]}, "at least one"),
        ({"watches": [{"actor": "RUS", "colour": "red"}]}, "unknown key"),
        ({"watches": [{"cameo": "abc"}]}, "cameo"),
        ({"watches": [{"dyad": "ARM-RUS"}], "smtp": {"host": "h", "password": "p"}}, "password"),
        ({}, "watches"),
    ]:
        with pytest.raises(ValueError, match=message):
            parse_alert_config(bad)


def test_digest_for_a_watched_dyad(store: SqlStore, tmp_path: Path) -> None:
    digest = build_digest(store, config(tmp_path, ARM_RUS), as_of=date(2023, 12, 31))
    kinds = [(item.kind, item.key) for item in digest.items]
    # both directions, in date order, then the quotation by a Russian about Armenia
    assert kinds == [("event", "a2:0"), ("event", "a1:0"), ("quote", "a1:0")]
    event = digest.items[1]
    assert event.evidence == ACCUSE
    assert event.details["cameo"] == "112" and event.details["goldstein"] == -2.0
    assert "Accuse" in event.title
    assert digest.items[2].evidence == QUOTE


def test_other_watch_kinds(store: SqlStore, tmp_path: Path) -> None:
    def keys(*watches: Watch) -> list[tuple[str, str, str]]:
        digest = build_digest(store, config(tmp_path, *watches), as_of=date(2023, 12, 31))
        return [(i.watch, i.kind, i.key) for i in digest.items]

    assert keys(Watch("usa", actor="USA")) == [("usa", "event", "a1:1")]
    assert keys(Watch("lavrov", speaker="lavrov")) == [("lavrov", "quote", "a1:0")]
    assert keys(Watch("accusations", cameo="11")) == [("accusations", "event", "a1:0")]
    assert keys(Watch("directed", dyad=("RUS", "ARM"), directed=True, cameo="11")) == [
        ("directed", "event", "a1:0")
    ]
    assert keys(Watch("none", dyad=("ARM", "RUS"), cameo="19")) == []


def test_items_are_sent_once(store: SqlStore, tmp_path: Path) -> None:
    cfg = config(tmp_path, ARM_RUS)
    first = run_alerts(store, cfg, as_of=date(2023, 12, 31))
    assert len(first.items) == 3
    written = sorted(p.name for p in (tmp_path / "digests").iterdir())
    assert written == [f"{first.name}.html", f"{first.name}.md"]
    assert run_alerts(store, cfg, as_of=date(2023, 12, 31)).items == []
    # a new article: only its event is new
    store.save_article(
        make_article(
            "a3",
            [ACCUSE.replace("Moscow", "The Kremlin"), NOISE],
            [(0, "RUSGOV", "112", "ARMGOV", -2.0, "2023-12-29")],
        )
    )
    third = run_alerts(store, cfg, as_of=date(2023, 12, 31))
    assert [(i.kind, i.key) for i in third.items] == [("event", "a3:0")]


def test_goldstein_shift(store: SqlStore, tmp_path: Path) -> None:
    # the week before: cooperation (+8, +6); the last week: accusations (-2, -7)
    store.save_article(
        make_article(
            "a4",
            [SIGN.replace("gas", "oil"), NOISE],
            [(0, "RUSGOV", "036", "ARMGOV", 6.0, "2023-12-20")],
        )
    )
    store.save_article(
        make_article(
            "a5",
            [ACCUSE.replace("betraying", "leaving"), NOISE],
            [(0, "RUSGOV", "138", "ARMGOV", -7.0, "2023-12-30")],
        )
    )
    as_of = date(2023, 12, 31)
    (last, n_last), (before, n_before) = dyad_means(store, ARM_RUS, as_of, 7)
    assert (last, n_last, before, n_before) == (-4.5, 2, 7.0, 2)
    digest = build_digest(store, config(tmp_path, ARM_RUS, threshold=2.0), as_of=as_of)
    shift = digest.items[0]
    assert shift.kind == "shift"
    assert shift.details["change"] == pytest.approx(-11.5)
    assert "colder" in shift.title
    # under the threshold, or too few events per window: no shift
    for options in ({"threshold": 12.0}, {"min_events": 3}):
        quiet = build_digest(store, config(tmp_path, ARM_RUS, **options), as_of=as_of)
        assert all(item.kind != "shift" for item in quiet.items)
    # windows with nothing in them: no shift
    later = build_digest(store, config(tmp_path, ARM_RUS), as_of=date(2024, 3, 1))
    assert all(item.kind != "shift" for item in later.items)


def test_article_text_is_escaped(store: SqlStore, tmp_path: Path) -> None:
    digest = build_digest(store, config(tmp_path, ARM_RUS), as_of=date(2023, 12, 31))
    page = render_html(digest)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    markdown = render_markdown(digest)
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert r"\*grave\*" in markdown
    assert "> “Yerevan is making" in markdown
    assert "[Headline of a1](https://news.example/a1)" in markdown


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))  # type: ignore[attr-defined]
        return "250 OK"


def test_digest_sent_by_smtp(store: SqlStore, tmp_path: Path) -> None:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        smtp = SmtpConfig(host="127.0.0.1", port=port, to=("analyst@example.org",), timeout=10)
        digest = run_alerts(store, config(tmp_path, ARM_RUS, smtp=smtp), as_of=date(2023, 12, 31))
    finally:
        controller.stop()
    assert len(inbox.messages) == 1
    message = inbox.messages[0]
    assert message["To"] == "analyst@example.org"
    assert message["Subject"] == "dyads digest 2023-12-31: 3 new"
    parts = {part.get_content_type(): part for part in message.walk()}
    html_part = parts["text/html"].get_payload(decode=True).decode()
    assert "&lt;script&gt;" in html_part and "<script>" not in html_part
    assert ACCUSE.split("<")[0] in parts["text/plain"].get_payload(decode=True).decode()
    assert len(digest.items) == 3


def test_failed_delivery_is_retried(store: SqlStore, tmp_path: Path) -> None:
    smtp = SmtpConfig(host="127.0.0.1", port=_free_port(), to=("a@example.org",), timeout=5)
    cfg = config(tmp_path, ARM_RUS, smtp=smtp)
    with pytest.raises(OSError):
        run_alerts(store, cfg, as_of=date(2023, 12, 31))
    # nothing was marked sent: the next digest still has everything
    assert len(run_alerts(store, config(tmp_path, ARM_RUS), as_of=date(2023, 12, 31)).items) == 3


def test_seed_article_digest(seed_text: str, tmp_path: Path) -> None:
    """The real pipeline on the seed article: the ARM–RUS digest has its evidence."""
    from dyads.pipeline import Pipeline
    from dyads.records import RawDocument

    article = Pipeline().process(
        RawDocument(source="armenia-lavrov-2023-12-28.txt", content=seed_text),
        published="2023-12-28",
    )
    with open_store(str(tmp_path / "seed.duckdb")) as seeded:
        seeded.save_article(article)
        digest = build_digest(seeded, config(tmp_path, ARM_RUS), as_of=date(2023, 12, 28))
    assert digest.items, "the seed article is about Russia and Armenia"
    for item in digest.items:
        assert item.evidence and " ".join(item.evidence.split()) in " ".join(seed_text.split())


def test_digest_command(store: SqlStore, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dyads.cli import app

    db = store.url
    store.close()
    watches = tmp_path / "watches.yaml"
    watches.write_text("watches:\n  - dyad: ARM-RUS\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["digest", str(watches), "--db", db, "--as-of", "2023-12-31", "--out", str(out)]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "3 new item(s)" in first.output
    assert len(list(out.glob("*.md"))) == 1 and len(list(out.glob("*.html"))) == 1
    again = CliRunner().invoke(app, args)
    assert "0 new item(s)" in again.output
    everything = CliRunner().invoke(app, [*args, "--all"])
    assert "3 new item(s)" in everything.output
    bad = CliRunner().invoke(app, ["digest", str(tmp_path / "missing.yaml"), "--db", db])
    assert bad.exit_code == 2
    # a new user's trial (session 25): the raw "[Errno 2] No such file or directory" was shown
    assert bad.output.strip() == f"error: no such watches file: {tmp_path / 'missing.yaml'}"
    folder = CliRunner().invoke(app, ["digest", str(tmp_path), "--db", db])
    assert folder.exit_code == 2 and "Errno" not in folder.output
