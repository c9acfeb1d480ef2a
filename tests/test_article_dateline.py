"""Dateline forms of the main wires, in their languages, and openings that are no dateline."""

from __future__ import annotations

import pytest

from dyads.article.dateline import match_dateline
from dyads.article.plain import structure_text


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("МОСКВА, 28 декабря. /ТАСС/. ", "МОСКВА", "ТАСС"),
        ("ВАШИНГТОН, 5 мая. /Корр. ТАСС Иван Петров/. ", "ВАШИНГТОН", "ТАСС"),
        ("МОСКВА, 28 дек — РИА Новости. ", "МОСКВА", "РИА Новости"),
        ("BERLIN (dpa) - ", "BERLIN", "dpa"),
        ("Berlin (dpa) - ", "Berlin", "dpa"),
        ("BERLIN/BRÜSSEL (dpa) - ", "BERLIN/BRÜSSEL", "dpa"),
        ("MÜNCHEN, 2. Mai (Reuters) - ", "MÜNCHEN", "Reuters"),
        ("PARIS, 2 mai 2023 (AFP) - ", "PARIS", "AFP"),
        ("MADRID, 2 de mayo (EFE).- ", "MADRID", "EFE"),
        ("Lisboa, 2 de maio de 2023 (Lusa) - ", "Lisboa", "Lusa"),
        ("(ANSA) - ROMA, 2 MAG - ", "ROMA", "ANSA"),
        ("Київ, 28 грудня. Укрінформ. ", "Київ", "Укрінформ"),
        ("ANKARA (AA) - ", "ANKARA", "AA"),
        ("新华社北京5月2日电（记者 王明）", "北京", "新华社"),
        ("【北京共同】", "北京", "共同"),
        ("YEREVAN (Azatutyun) — ", "YEREVAN", "Azatutyun"),
        ("SIOUX FALLS, S.D. – ", "SIOUX FALLS", None),
        # the horizontal bar and the figure dash of some US sites (blind audit round 13)
        ("WASHINGTON ― ", "WASHINGTON", None),
        ("NEW YORK ― ", "NEW YORK", None),
        ("KYIV (AP) ‒ ", "KYIV", "AP"),
    ],
)
def test_wire_forms(opening: str, place: str, agency: str | None) -> None:
    found = match_dateline(opening + "Die Minister trafen sich am Montag.")
    assert found is not None
    dateline, offset = found
    assert (dateline.place, dateline.agency) == (place, agency)
    assert offset == len(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "The ministers met on Monday - and talked for hours.",
        "NATO allies met in Brussels on Tuesday.",
        "In Brussels (Belgium) - The talks went on late.",
        "Ukraine’s president (Zelensky) - said the talks would go on.",
        "Moscow, 28 December - the talks went on.",
        "Por ahora, 2 de mayo (EFE) - nada cambia.",
    ],
)
def test_openings_that_are_no_dateline(opening: str) -> None:
    assert match_dateline(opening) is None


def test_dateline_alone_on_its_line_starts_the_body_after_it() -> None:
    text = (
        "Россия и Армения провели переговоры\n\nМОСКВА, 28 декабря. /ТАСС/.\n\n"
        "Министры провели переговоры в четверг.\n\nСледующая встреча пройдет весной."
    )
    parts = structure_text(text)
    assert parts.dateline.place == "МОСКВА"
    assert text[parts.body[0] :].startswith("Министры провели")


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("Clinton swipes at Trump over Brexit.\n\nWashington (AFP) – Democrat Hillary Clinton has "
         "taken a swipe at Donald Trump.\n\nTrump hailed the vote.", "Washington", "Democrat"),
        ("Talks resume in Geneva.\n\nGENEVA (Reuters) - Diplomats met on Monday.\n\nThey left.",
         "GENEVA", "Diplomats"),
        ("Police detain two men.\n\nKyiv (AP) — Police detained two men on Friday.\n\nNo one "
         "was hurt.", "Kyiv", "Police detained"),
    ],
)  # fmt: skip
def test_a_short_line_before_a_dateline_is_the_headline(text: str, place: str, body: str) -> None:
    found = structure_text(text)
    assert found.headline == text.split("\n\n")[0]
    assert found.dateline.place == place
    assert text[found.body[0] :].startswith(body)


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("Voters skeptical as Clinton vows change.\n\nAmid fury at the system, she's seen as "
         "'part of the people in power.'\n\nBUENA PARK, Calif. - Rallying hundreds of workers, "
         "Hillary Clinton promised change.\n\nShe left.", "BUENA PARK", "Rallying"),
        ("Talks resume in Geneva.\n\nDiplomats hope for a ceasefire by May.\n\nGENEVA (Reuters) "
         "- Diplomats met on Monday.\n\nThey left.", "GENEVA", "Diplomats met"),
        ("Police detain two men.\n\nThe arrests follow a week of raids.\n\nKyiv (AP) — Police "
         "detained two men on Friday.\n\nNo one was hurt.", "Kyiv", "Police detained"),
    ],
)  # fmt: skip
def test_a_headline_and_subtitle_before_a_dateline(text: str, place: str, body: str) -> None:
    # blind audit, round 14: with a subtitle between, "BUENA PARK" became a speaker
    found = structure_text(text)
    assert found.dateline.place == place
    assert text[found.body[0] :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Ryan calls Trump line 'racist,' but backs him; \nCriticism within party drives "
        "candidate to say remarks 'misconstrued.'\n\nABSTRACT.\n\nSpeaker Paul D. Ryan on "
        "Tuesday called the remarks racist.\n\nHe spoke in Washington.",
        "Jobs report gives Democrats a lift; \nSolid upturn could blunt Republican claims.\n\n"
        "The economy added jobs in May.\n\nWages rose.",
        "Netanyahu and Obama: A tortured relationship; \nDivided by ideology, their history "
        "is one of mistrust.\n\nThe two leaders met on Monday.\n\nThey talked.",
    ],
)
def test_a_headline_closed_by_a_semicolon_over_its_subtitle(text: str) -> None:
    # blind audit, round 15: the headline's event stood for the body's, dated Tuesday
    found = structure_text(text)
    assert found.headline == text.split("\n\n")[0]
    assert found.body[0] == len(found.headline) + 2


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("JEDDAH, Saudi Arabia, 14 May 2024 (AP) - Delegations met.", "2024-05-14"),
        ("BERLIN, May 14, 2024 (Reuters) - The chancellor spoke.", "2024-05-14"),
        ("BERLIN, 2024-05-14 (Reuters) - The chancellor spoke.", "2024-05-14"),
        ("WASHINGTON, Dec 28 (Reuters) - The president spoke.", None),
        ("PARIS, 2 mai 2023 (AFP) - Le président a parlé.", None),
        ("NEW YORK — The mayor spoke.", None),
    ],
)
def test_a_dateline_with_its_year_dates_the_story(opening: str, day: str | None) -> None:
    """New-user trial: "JEDDAH, Saudi Arabia, 14 May 2024 (AP) -" left the publication day
    unknown, and "BERLIN, 2024-05-14 (Reuters) -" was no dateline. A day without its year, or
    in words the date reader cannot be sure of, gives none: nothing is guessed."""
    from dyads.article.dateline import dateline_day

    assert match_dateline(opening) is not None
    assert dateline_day(opening) == day


def test_the_dateline_day_is_the_article_s_unless_the_document_has_its_own() -> None:
    from dyads.article import build_article
    from dyads.records import RawDocument

    text = (
        "Sudan talks resume\n\nJEDDAH, Saudi Arabia, 14 May 2024 (AP) - Delegations from "
        "the army and the Rapid Support Forces met in Jeddah on Monday."
    )
    article = build_article(RawDocument(source="t", content=text), published="2024-05-20")
    assert article.published == "2024-05-14" and article.dateline.place == "JEDDAH"
    own = build_article(RawDocument(source="t", content=text, published="2024-05-15"))
    assert own.published == "2024-05-15"


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("Barbs and pleas before the vote.\n\nINTENSE CAMPAIGNING ON BOTH SIDES.\n\nFront-runners "
         "lead; primary unlikely to settle race.\n\nMANCHESTER, N.H. - Candidates scurried across "
         "the state on Monday.\n\nThey pleaded for votes.", "MANCHESTER", "Candidates scurried"),
        ("A sharper tone as stakes rise.\n\nDEBATE NIGHT.\n\nClinton presses Sanders on guns.\n\n"
         "CHARLESTON, S.C. - Hillary Clinton attacked Bernie Sanders on Sunday.\n\nHe answered.",
         "CHARLESTON", "Hillary Clinton attacked"),
        ("Ceasefire talks stall.\n\nTHE WAR IN SUDAN.\n\nMediators leave Jeddah without a deal."
         "\n\nJEDDAH, Saudi Arabia (AP) - Talks between the army and the RSF broke off on "
         "Friday.\n\nNo date was set.", "JEDDAH", "Talks between"),
    ],
)  # fmt: skip
def test_a_headline_kicker_and_deck_before_a_dateline(text: str, place: str, body: str) -> None:
    """Round 94's Washington Post files: headline, an ALL-CAPS kicker and a deck stood before
    "MANCHESTER, N.H. -"; the dateline stayed in the body and the Monday lead went unread."""
    found = structure_text(text)
    assert found.dateline.place == place
    assert text[found.body[0] :].startswith(body)


def test_a_quotation_before_a_dateline_is_prose() -> None:
    text = (
        "Barbs and pleas before the vote.\n\n\u201cWe will win,\u201d he said.\n\nThe race "
        "tightened.\n\nMANCHESTER, N.H. - Candidates scurried across the state on Monday."
    )
    found = structure_text(text)  # fmt: skip
    assert found.dateline.place is None and found.body[0] == 0


@pytest.mark.parametrize(
    ("opening", "region"),
    [
        (
            "GOMA, Democratic Republic of Congo, Feb 3 (Example News) - ",
            "Democratic Republic of Congo",
        ),
        ("SARAJEVO, Bosnia and Herzegovina (AP) - ", "Bosnia and Herzegovina"),
        ("PORT MORESBY, Papua New Guinea, May 2 (Reuters) - ", "Papua New Guinea"),
    ],
)
def test_a_region_of_four_words(opening: str, region: str) -> None:
    """New user's trial (session 24): "GOMA, Democratic Republic of Congo, Feb 3 (...) -" was no
    dateline, so the M23 attack it opened was read with the dateline in its sentence."""
    found = match_dateline(opening + "M23 rebels attacked an army post on Sunday.")
    assert found is not None
    dateline, offset = found
    assert dateline.region == region and offset == len(opening)
