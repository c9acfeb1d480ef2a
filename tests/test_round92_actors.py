"""Actor kinds of the blind audit of seed 66 (round 92); each kind, an input of the audit's kind
written anew, two paraphrases of our own, and a guard for the reading the rule must keep.

* places, not actors: a platform something is posted to ("posted the clip to YouTube"), an
  outlet's bestseller list ("New York Times bestselling author"), ground spread into ("expanded
  into Guatemala"), the ends of a road or air bridge ("connects Peru to Brazil"), a producer in
  apposition ("the region's largest producer, Mexico,"), the possessor of a drug trade ("the
  country's opium poppy trade") (:mod:`dyads.actors.outlets`, :mod:`dyads.actors.locations`,
  :mod:`dyads.actors.owners`);
* whose a group noun is: "commanders of Colombia's FARC guerrillas" are the FARC's, "leaders of
  one of the country's criminal groups" the groups' (:func:`dyads.actors.phrase.after`);
* "anti-Trump forces" are a candidate's opponents, no armed force (:mod:`dyads.actors.senses`);
* pronouns: an "its" after an aside "…, El Universal reported, …" goes on with the reported
  clause, not its source (:func:`dyads.actors.binding.reporter_aside`);
* "the prime minister" after a foreign candidate named before is the story's own government,
  not the candidate (:func:`dyads.actors.descriptions.last_subject`);
* "the government" in a sentence a place sets elsewhere ("In Caracas, the government …") is
  that place's, not the government named before (:func:`dyads.actors.group_country.own_scene`);
* an alias set off by dashes or brackets ("Luiz Fernando de Souza -- better known locally as
  "Pezao" --", "(nicknamed "El Chapo")") is the person (:func:`dyads.actors.people.link_aliases`);
* roles at the time: the subject of a past "represented the state in the Senate" is a
  legislator then (:func:`dyads.actors.terms.offices_then`); a staff title behind a hyphenated
  epithet still has its principal ("Clinton's man-of-many-parts adviser"); "her husband,
  Bill," who with the family's surname is a past president, is no private citizen; a past head
  of state named plainly ("Bill Clinton" in 2016) is the country's elite
  (:mod:`dyads.actors.principals`, :mod:`dyads.actors.relatives`,
  :mod:`dyads.actors.past_holders`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


def _shown(found: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.actor, m.code) for m in found]


def _coded(found: list[Any], text: str) -> set[str]:
    return {m.code for m in found if m.text == text and m.code}


# --- places, not actors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("The comedian posted the clip to YouTube on Thursday.", "YouTube"),
        ("The actor uploaded a parody video to Facebook on Monday.", "Facebook"),
        ("She shared the recording to Twitter late Friday.", "Twitter"),
    ],
)
def test_a_platform_something_is_posted_to_is_no_actor(mentions_of, text, platform) -> None:
    """Round 92: "posted the clip to YouTube" coded USABUS."""
    found = mentions_of(text)
    assert not _coded(found, platform), _shown(found)


def test_a_company_something_is_sold_to_stays_an_actor(mentions_of) -> None:
    found = mentions_of("Google sold the unit to Facebook on Monday.")
    assert _codes(found, "Facebook") == {"USABUS"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The film is based on New York Times bestselling author Mitchell Zuckoff’s book.",
            "New York Times",
        ),
        ("She is a Washington Post best-selling novelist.", "Washington Post"),
        ("The memoir by USA Today best-selling writer Jane Roe came out.", "USA Today"),
    ],
)
def test_an_outlets_bestseller_list_is_no_actor(mentions_of, text, outlet) -> None:
    """Round 92: "New York Times bestselling author" coded USAMED."""
    found = mentions_of(text)
    assert not _coded(found, outlet), _shown(found)


def test_an_outlet_that_reports_stays_an_actor(mentions_of) -> None:
    found = mentions_of("The New York Times reported that the author was selling well.")
    assert _codes(found, "New York Times") == {"USAMED"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "They fear that the gang, once the armed wing of the Gulf Cartel in Mexico that "
            "expanded into Guatemala in 2008, may be regrouping.",
            "Guatemala",
        ),
        ("The Sinaloa cartel has spread into Honduras, officials said.", "Honduras"),
        ("The militia extended its reach into Ecuador last year.", "Ecuador"),
    ],
)
def test_ground_spread_into_is_a_place(mentions_of, text, place) -> None:
    """Round 92: "expanded into Guatemala" coded GTM."""
    found = mentions_of(text)
    assert _codes(found, place) == {None}, _shown(found)


def test_a_country_that_grows_into_a_role_stays_an_actor(mentions_of) -> None:
    found = mentions_of("Mexico grew into a partner of Canada.")
    assert _codes(found, "Mexico") == {"MEX"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Much of the cocaine supplies the air bridge that connects Peru to Brazil via Bolivia.",
            ("Peru", "Brazil"),
        ),
        ("The pipeline connecting Russia to Germany runs under the sea.", ("Russia", "Germany")),
        ("The ferry route that links Morocco to Spain reopened.", ("Morocco", "Spain")),
    ],
)
def test_the_ends_of_a_way_are_places(mentions_of, text, places) -> None:
    """Round 92: "the air bridge that connects Peru to Brazil" coded PER, BRA."""
    found = mentions_of(text)
    for place in places:
        assert _codes(found, place) == {None}, _shown(found)


def test_countries_a_deal_connects_stay_actors(mentions_of) -> None:
    found = mentions_of("The deal connects Mexico to Canada.")
    assert _codes(found, "Mexico") == {"MEX"} and _codes(found, "Canada") == {"CAN"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Compared to the region's largest producer, Mexico, which grows 15,000 hectares of "
            "poppy, the poppy trade in Guatemala is minor.",
            "Mexico",
        ),
        ("Unlike the world's top coca grower, Colombia, Bolivia allows some cultivation.",
         "Colombia"),
        ("Next to the main cocaine exporter, Peru, the trade in Ecuador is small.", "Peru"),
    ],
)  # fmt: skip
def test_a_producer_in_apposition_is_a_place(mentions_of, text, place) -> None:
    """Round 92: "the region's largest producer, Mexico," coded MEX."""
    found = mentions_of(text)
    assert _codes(found, place) == {None}, _shown(found)


def test_a_trading_partner_in_apposition_stays_an_actor(mentions_of) -> None:
    found = mentions_of("The talks with its largest trading partner, Mexico, stalled.")
    assert _codes(found, "Mexico") == {"MEX"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Guatemala plans crop substitution. The plan targets San Marcos, on the Mexican "
            "border, the epicenter of the country's opium poppy trade.",
            "the country",
        ),
        ("Guerrero is the core of Mexico's heroin trade.", "Mexico"),
        ("Honduras is poor. Cortes is the hub of the country's cocaine trade.", "the country"),
    ],
)
def test_the_possessor_of_a_drug_trade_is_a_place(mentions_of, text, place) -> None:
    """Round 92: "the epicenter of the country's opium poppy trade" coded GTM."""
    found = mentions_of(text)
    assert _codes(found, place) == {None}, _shown(found)


def test_a_countrys_trade_with_another_stays_an_actor(mentions_of) -> None:
    found = mentions_of("Mexico's trade with the United States grew.")
    assert _codes(found, "Mexico") == {"MEX"}, _shown(found)


# --- whose a group noun is --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Emails sent by commanders of Colombia's FARC guerrillas suggest a crisis.",
         "commanders", "COLREB"),
        ("Police arrested leaders of Mexico's Sinaloa Cartel.", "leaders", "MEXCRM"),
        ("Members of Venezuela's Tren de Aragua were held.", "Members", "VENCRM"),
    ],
)  # fmt: skip
def test_a_group_named_after_a_countrys_possessive_owns_the_noun(
    mentions_of, text, words, code
) -> None:
    """Round 92: "commanders of Colombia's FARC guerrillas" coded COLMIL."""
    found = mentions_of(text)
    assert _codes(found, words) == {code}, _shown(found)


def test_a_countrys_own_body_after_its_possessive_stays_the_countrys(mentions_of) -> None:
    found = mentions_of("The leaders of Mexico's Congress met.")
    assert {c[:3] for c in _coded(found, "leaders")} == {"MEX"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Brazilian authorities have accused leaders of one of the country's main criminal "
         "groups, the Red Command, of ordering an attack.", "leaders", "BRACRM"),
        ("Police in El Salvador arrested leaders of one of the country's largest street gangs.",
         "leaders", "SLVCRM"),
        ("Mexican prosecutors charged the leaders of one of the nation's oldest drug cartels.",
         "leaders", "MEXCRM"),
    ],
)  # fmt: skip
def test_the_leaders_of_one_of_the_groups_are_the_groups(mentions_of, text, words, code) -> None:
    """Round 92: "leaders of one of the country's main criminal groups" coded BRAGOV."""
    found = mentions_of(text)
    assert _codes(found, words) == {code}, _shown(found)


def test_the_leaders_of_a_countrys_government_stay_the_government(mentions_of) -> None:
    found = mentions_of("Leaders of Mexico's government met.")
    assert _codes(found, "Leaders") == {"MEXGOV"}, _shown(found)


# --- a candidate's camp ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ted Cruz beat Donald Trump. The win is a boost for anti-Trump forces as they try to "
         "stop him.", "anti-Trump forces"),
        ("Bernie Sanders won Michigan. The anti-Sanders forces at the convention booed.",
         "anti-Sanders forces"),
        ("Bernie Sanders lost. The anti-Clinton forces in the party regrouped, said Hillary "
         "Clinton.", "anti-Clinton forces"),
    ],
)  # fmt: skip
def test_a_candidates_opponents_are_no_armed_force(mentions_of, text, words) -> None:
    """Round 92: "anti-Trump forces" coded USAMIL."""
    found = mentions_of(text, "2016-04-05")
    assert not any(m.sector == "MIL" for m in found if words in m.text), _shown(found)


def test_forces_against_a_ruler_stay_armed(mentions_of) -> None:
    found = mentions_of("Bashar al-Assad spoke. Anti-Assad forces captured the town.")
    assert any(m.sector == "MIL" for m in found if "forces" in m.text), _shown(found)


# --- pronouns after a reporter's aside -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('One Mexico City drug gang even gave its WhatsApp clients a "drug menu," El Universal '
         "reported, with prices and emojis representing its products.", "MEXCRM"),
        ("The Zetas sold stolen fuel online, Milenio reported, with discounts for its regular "
         "buyers.", "MEXCRM"),
        ("The Sinaloa Cartel shipped the drugs in trucks, Reuters reported, hiding them among "
         "its fruit exports.", "MEXCRM"),
    ],
)  # fmt: skip
def test_its_after_a_reporters_aside_is_the_reported_subjects(mentions_of, text, code) -> None:
    """Round 92: the "its" after "El Universal reported," resolved to El Universal."""
    found = mentions_of(text)
    last = [m for m in found if m.text == "its"][-1]
    assert last.code == code, _shown(found)


def test_its_of_the_reporters_citing_stays_the_reporters(mentions_of) -> None:
    found = mentions_of(
        "The ministry raised fuel prices, the newspaper said, citing its own budget figures."
    )
    last = [m for m in found if m.text == "its"][-1]
    assert last.kind == "media", _shown(found)


# --- a title description after a candidate from abroad ----------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Britain voted to leave the EU. “This is a great thing,” Donald Trump said in Scotland. "
         "The prime minister said he would resign.", "GBRGOV"),
        ("Italy held a referendum in Rome. Italian voters rejected the reform. Hillary Clinton "
         "welcomed the result. The prime minister said he would resign.", "ITAGOV"),
        ("Canada held an election in Ottawa. Canadian voters chose the Liberals. Bernie Sanders "
         "praised the vote. The prime minister said he would lower taxes.", "CANGOV"),
    ],
)  # fmt: skip
def test_the_prime_minister_is_no_candidate_from_abroad(mentions_of, text, code) -> None:
    """Round 92 (known from earlier reading): "the prime minister" resolved to Trump after a
    Trump quotation in a story about Britain."""
    found = mentions_of(text, "2016-06-25")
    assert _codes(found, "prime minister") == {code}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Germany held talks in Berlin. Berlin and Germany hosted Barack Obama. Barack Obama "
         "spoke. The president said he would return.", "president", "Barack Obama"),
        ("Iowa voted. Bernie Sanders spoke in Iowa. The senator said he would win.", "senator",
         "Bernie Sanders"),
    ],
)  # fmt: skip
def test_a_title_description_still_finds_the_subject_before(
    mentions_of, text, words, actor
) -> None:
    found = mentions_of(text, "2016-06-25")
    assert {m.actor for m in found if m.text == words} == {actor}, _shown(found)


# --- "the government" in a sentence set elsewhere ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Venezuela's economy collapsed. Venezuelan soldiers guard the border with Colombia. The "
         "Colombian government said it would send aid. In Caracas, the government denied the "
         "crisis.", "VENGOV"),
        ("Nicaragua faces protests. Costa Rica took in refugees, and the Costa Rican government "
         "asked for help. In Managua, the government blamed foreign agents.", "NICGOV"),
        ("Syria is at war. Turkey shelled the border, and the Turkish government defended the "
         "strikes. In Damascus, the government condemned the attack.", "SYRGOV"),
    ],
)  # fmt: skip
def test_the_government_of_a_sentence_set_elsewhere_is_that_places(mentions_of, text, code) -> None:
    """Round 92 (known from earlier reading): "the government" in a Venezuela story resolved to
    the Colombian government named just before."""
    found = mentions_of(text)
    assert _codes(found, "government") == {code}, _shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela is in crisis. The Colombian government said it would send aid. In Bogota, "
        "the government opened shelters.",
        "Venezuela is in crisis. The Colombian government said it would send aid. The "
        "government opened shelters.",
    ],
)
def test_the_government_named_before_stays_where_nothing_else_is_set(mentions_of, text) -> None:
    found = mentions_of(text)
    assert _codes(found, "government") == {"COLGOV"}, _shown(found)


# --- an alias set off by dashes or brackets --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alias", "name"),
    [
        ('Voters in Rio will choose between Governor Luiz Fernando de Souza -- better known '
         'locally as "Pezao" -- and Bishop Marcelo Crivella. Polls suggest that Pezao enjoys a '
         "lead over his rival.", "Pezao", "Luiz Fernando de Souza"),
        ('In Brazil, Senator Jose Silva -- widely known as "Zezinho" -- faces Mayor Ana Costa. '
         "The polls show Zezinho holding a lead over his rival.", "Zezinho", "Jose Silva"),
        ('In Mexico, Joaquin Guzman (nicknamed "El Chapo") escaped. Officials said El Chapo used '
         "his tunnel.", "El Chapo", "Joaquin Guzman"),
    ],
)  # fmt: skip
def test_an_alias_between_dashes_or_brackets_is_the_person(mentions_of, text, alias, name) -> None:
    """Round 92: "Luiz Fernando de Souza -- better known locally as "Pezao" --" left "Pezao" a
    body, and "his rival" went to another man."""
    found = mentions_of(text, "2014-10-20")
    later = [m for m in found if m.text == alias]
    assert later and all(m.actor == name for m in later), _shown(found)
    assert [m.actor for m in found if m.text == "his"][-1] == name, _shown(found)


def test_a_description_after_known_as_is_no_alias(mentions_of) -> None:
    found = mentions_of(
        "Juan Perez, known as a tough negotiator, met Ana Gomez in Colombia. Gomez said the "
        "plan worked."
    )
    assert {m.actor for m in found if m.text == "Gomez"} == {"Ana Gomez"}, _shown(found)


# --- roles at the time -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hillary Clinton prepared. Dunn, Klain and Clinton’s man-of-many-parts adviser Jake "
         "Sullivan have been peppering her with attacks.", "adviser Jake Sullivan"),
        ("Donald Trump spoke. Trump's jack-of-all-trades aide Sam Nunberg was fired.",
         "aide Sam Nunberg"),
        ("Hillary Clinton spoke. Clinton's all-purpose spokesman Brian Fallon said no.",
         "spokesman Brian Fallon"),
    ],
)  # fmt: skip
def test_a_staff_title_behind_an_epithet_keeps_its_principal(mentions_of, text, words) -> None:
    """Round 92: "Clinton's man-of-many-parts adviser Jake Sullivan" coded USAGOV."""
    found = mentions_of(text, "2016-09-01")
    assert _codes(found, words) == {"USAPTY"}, _shown(found)


def test_a_staff_title_with_no_principal_stays_uncoded(mentions_of) -> None:
    found = mentions_of("Barack Obama spoke. The well-known adviser Jake Sullivan called.")
    assert not _coded(found, "adviser Jake Sullivan"), _shown(found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hillary Clinton and Bernie Sanders debated in Brooklyn. Clinton moved there in 2000 and "
         "represented the state in the Senate for eight years.", "Clinton"),
        ("Hillary Clinton debated in New York. Clinton served in the Senate from 2001 to 2009.",
         "Clinton"),
        ("Donald Trump spoke in Ohio. Mike Pence sat in the House for twelve years, aides said.",
         "Mike Pence"),
    ],
)  # fmt: skip
def test_a_seat_held_then_is_the_legislature_then(mentions_of, text, words) -> None:
    """Round 92: "Clinton … represented the state in the Senate for eight years" USAPTY."""
    found = mentions_of(text, "2016-04-15")
    assert _codes(found, words) == {"USALEG"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Hillary Clinton debated in New York. Clinton represented the party at the dinner.",
         "Clinton", "USAPTY"),
        ("Bernie Sanders debated in New York. Sanders has served in the Senate since 2007.",
         "Sanders", "USAPTY"),
    ],
)  # fmt: skip
def test_no_seat_held_then_keeps_the_code_of_the_day(mentions_of, text, words, code) -> None:
    found = mentions_of(text, "2016-04-15")
    assert _codes(found, words) == {code}, _shown(found)


_PRIMARY = (
    "{a} lost New Hampshire to {b}. Voters in New Hampshire and Iowa backed {b}. The United "
    "States primary goes on. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_PRIMARY.format(a="Hillary Clinton", b="Bernie Sanders") + "Clinton campaigned in the "
         "state that made her husband, Bill, the comeback kid in 1992 after he battled back.",
         "Bill"),
        (_PRIMARY.format(a="Jeb Bush", b="Donald Trump") + "Bush campaigned with his brother, "
         "George, who spoke at a rally.", "George"),
        (_PRIMARY.format(a="Hillary Clinton", b="Bernie Sanders") + "Clinton spoke in Nashua "
         "beside her husband, Bill, who shook hands.", "Bill"),
    ],
)  # fmt: skip
def test_kin_whose_full_name_is_a_past_president_is_no_civilian(mentions_of, text, name) -> None:
    """Round 92: "her husband, Bill," and his "he" coded USACVL."""
    found = mentions_of(text, "2016-02-10")
    assert not any(c.endswith("CVL") for m in found if m.actor == name for c in [m.code or ""])


def test_other_kin_named_by_a_given_name_stay_civilians(mentions_of) -> None:
    text = _PRIMARY.format(a="Jeb Bush", b="Donald Trump") + (
        "Bush campaigned with his brother, Marvin, who spoke at a rally."
    )
    found = mentions_of(text, "2016-02-10")
    assert _codes(found, "Marvin") == {"USACVL"}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Hillary Clinton spoke in Iowa. Bill Clinton campaigned for his wife in the United "
         "States.", "Bill Clinton", "USAELI"),
        ("George W. Bush spoke in Dallas on Monday.", "George W. Bush", "USAELI"),
        ("Felipe Calderon spoke in Mexico City on Monday.", "Felipe Calderon", "MEXELI"),
    ],
)  # fmt: skip
def test_a_past_head_of_state_named_plainly_is_an_elite(mentions_of, text, name, code) -> None:
    """Round 92 (known from earlier reading): plain "Bill Clinton" in 2016 left uncoded."""
    found = mentions_of(text, "2016-03-01")
    assert {m.code for m in found if m.actor == name} == {code}, _shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Felipe Calderon spoke in Paris on Monday.", "Felipe Calderon"),  # Mexico not named
        ("Hillary Clinton spoke in Ohio on Monday.", "Hillary Clinton"),  # no head of state
    ],
)
def test_other_past_office_holders_stay_names(mentions_of, text, name) -> None:
    found = mentions_of(text, "2019-05-01")
    assert {m.code for m in found if m.actor == name} == {None}, _shown(found)
