"""US party words and legislator titles: whose a "Republican" or a "Sen." is, and when a party
word names a voter, not the party.

"Republican strategist Rick Wilson", "Democratic senator X", "Sen. Bob Corker (R-Tenn.)" are
American: a US party word or a party-and-state tag names the country. A bare "Sen." or
"Congressman" in a story about a country whose legislators are not so titled is a member of
the US Congress (``legislatures.yaml``). "Republicans said in the poll", "a nominal Republican"
are voters (CAMEO's CVL); PTY is the party's organisation and officials (blind audit, round 13).
"""

from __future__ import annotations

import re
from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Role, read_yaml, us_states
from dyads.actors.officeholders import Holding, holders
from dyads.actors.refs import Ref
from dyads.dates import DateError, parse_date

# the role words (roles.csv, label "party member(s)") that name a US party's people
US_PARTY_WORDS = {"republican", "republicans", "democrat", "democrats", "democratic", "gop"}
PARTY_LABELS = {"party member", "party members"}
# words in a sentence that make a plural party word its voters: a poll or a survey
POLL_WORDS = {
    "poll", "polls", "polled", "polling", "survey", "surveys", "surveyed", "respondents",
}  # fmt: skip
# a party word after these is a voter's leaning: "a nominal Republican", "registered Democrats"
VOTER_MODIFIERS = {
    "nominal", "registered", "self-described", "self-identified", "lifelong", "rank-and-file",
    "ordinary", "everyday",
}  # fmt: skip
# "62 percent of Republicans", "a majority of Democrats": a share of the voters
SHARE_WORDS = {"percent", "%", "majority", "plurality", "share", "half", "third", "quarter"}
# "(R-Tenn.)", ", D-Md.,": a member of Congress's party and state after the name
_TAG = re.compile(r"\s*[(,]\s*[RDI]-[A-Z][A-Za-z. ]{1,14}[),]")


@cache
def _legislatures() -> tuple[frozenset[str], frozenset[str]]:
    data = read_yaml("legislatures.yaml")
    return frozenset(data["titles"]), frozenset(data["countries"])


@cache
def _congresses() -> frozenset[str]:
    return frozenset(read_yaml("legislatures.yaml")["congresses"])


def whose_congress(lk: Linker, ref: Ref, by_token: dict[int, Ref]) -> None:
    """ "Congress" (the gazetteer's US Congress) of another country: the country of a
    nationality or possessor right before it ("the Mexican Congress", "Guatemala's Congress"),
    else, bare, the country a story clearly takes place in when that country's legislature is
    called Congress (``congresses`` in ``legislatures.yaml``). Changes ``ref`` in place."""
    if ref.form != "name" or ref.code != "USALEG" or lk.t.lower[ref.start] != "congress":
        return
    k = ref.start - 1
    if k >= 0 and lk.t.lower[k] in ("'s", "’s"):
        k -= 1
    before = by_token.get(k) if k >= 0 else None
    country = (before.country if before is not None else None) or lk.clear_dominant
    if country is None or country == "USA" or country not in _congresses():
        return
    ref.country, ref.code = country, f"{country}LEG"
    ref.actor = f"{lk.gaz.adjective(country) or country} Congress"


def us_party(role: Role) -> bool:
    """The role word is a US party's ("Republican", "Democrats", "GOP")."""
    return role.label in PARTY_LABELS and role.phrase.lower() in US_PARTY_WORDS


def american(lk: Linker, i: int) -> bool:
    """The role word at token ``i`` is a US party's, not the end of another party's name
    ("Social Democrats", "Liberal Democratic Party", "Democratic Party of Korea"): no
    capitalised word the gazetteer does not know stands right before it in its sentence, and
    no "Party of" follows it."""
    t = lk.t
    cover = lk.role_cover[i]
    if cover < 0 or not us_party(lk.role_at[cover][1]):
        return False
    j = cover - 1
    named = j >= 0 and t.sent[j] == t.sent[cover] and t.title[j]
    first = j < 0 or t.sent[j] != t.sent[cover] or (j == 0 or t.sent[j - 1] != t.sent[j])
    if named and not first and lk.role_cover[j] < 0 and lk.entry_at[j] is None:
        return False
    end = lk.role_at[cover][0]
    return not (end + 1 < len(t.text) and t.lower[end] == "party" and t.lower[end + 1] == "of")


def party_modifier(lk: Linker, i: int) -> bool:
    """The word at token ``i`` is a US party's name on the next word ("Republican leaders"),
    with no capitalised word before it but a sentence's first ("Social Democratic leaders")."""
    t = lk.t
    if i + 1 >= len(t.text) or t.sent[i + 1] != t.sent[i] or not american(lk, i):
        return False
    j = i - 1
    if j < 0 or t.sent[j] != t.sent[i] or not t.title[j]:
        return True
    return t.lower[j] in _BEFORE_PARTY and (j == 0 or t.sent[j - 1] != t.sent[j])


def shared_party_modifier(lk: Linker, start: int) -> bool:
    """The role word at token ``start`` is joined to a noun a US party's name is on: "top
    Republican donors and strategists" are the party's strategists (blind audit, round 107:
    USACVL)."""
    t = lk.t
    head = t.head[start]
    if t.dep[start] != "conj" or not 0 < head < start or t.pos[head] != "NOUN":
        return False
    if any(t.lower[k] not in ("and", "or", ",") for k in range(head + 1, start)):
        return False
    return party_modifier(lk, head - 1) and t.head[head - 1] == head


# words that open a sentence before "Republican leaders" ("Liberal Democrat leaders" is British)
_BEFORE_PARTY = frozenset({
    "the", "a", "several", "some", "many", "most", "top", "senior", "leading", "prominent", "key",
    "other", "both", "all", "two", "three", "four", "few", "fellow", "house", "senate",
    "congressional",
})  # fmt: skip


def legislator_title(words: str) -> bool:
    """The title words are a legislator's ("Sen.", "Senator", "Rep.", "Congresswoman")."""
    titles, _ = _legislatures()
    return any(word in titles for word in words.lower().split())


def titled_legislators(country: str) -> bool:
    """``country``'s legislators are called senators, representatives or congressmen."""
    return country in _legislatures()[1]


def american_title(role: str, country: str | None) -> bool:
    """A bare title only the United States gives: a legislator's in a story about a country
    whose legislators are not so titled ("Sen. Bob Corker" in a story about Iran: blind audit,
    round 13), or an office of the US executive wherever the story is ("Assistant Secretary of
    State Roberta Jacobson" in a Mexico story was MEXGOV; "the Deputy Assistant Secretary for
    Central America" had no country: round 95)."""
    if legislator_title(role):
        return bool(country) and not titled_legislators(country or "")
    return _us_titles().search(" ".join(role.lower().split())) is not None


@cache
def _us_titles() -> re.Pattern[str]:
    # whole words: "Assistant Secretary-General" is the UN's, not an American title
    titles = "|".join(re.escape(t) for t in read_yaml("legislatures.yaml")["us_titles"])
    return re.compile(rf"\b(?:{titles})\b(?!-)")


def party_tagged(lk: Linker, end: int) -> bool:
    """A party-and-state tag follows the name ending before token ``end``: "(R-Tenn.)"."""
    if end >= len(lk.t.text):
        return False
    return _TAG.match(lk.doc_text, lk.t.idx[end]) is not None


def in_legislature(lk: Linker, end: int) -> bool:
    """ "Republicans in the Senate", "Democrats in Congress", "the top Republicans in the House
    of Representatives": the party's legislators, placed by "in" right after the words ending
    before token ``end`` (blind audit, round 72: coded as the party)."""
    t = lk.t
    k = end
    if k >= len(t.text) or t.lower[k] != "in":
        return False
    k += 1
    if k < len(t.text) and t.lower[k] == "the":
        k += 1
    if k >= len(t.text):
        return False
    entry = lk.entry_at[k]
    if entry is not None:
        return entry.code == "USALEG" or (entry.sector == "LEG" and entry.country in (None, "USA"))
    # "the Senate": a body's role word, not a gazetteer name
    return lk.role_cover[k] >= 0 and lk.role_at[lk.role_cover[k]][1].sector == "LEG"


_WITHIN = frozenset({"within", "inside", "in", "from"})
_PARTY_WORDS = frozenset({"party", "gop", "caucus", "conference"})


def within_party(lk: Linker, end: int) -> bool:
    """ "critics within the party", "opponents inside the GOP": dissidents of a party, its
    people (PTY), not the opposition (blind audit, round 98: USAOPP)."""
    t = lk.t
    k = end
    if k >= len(t.text) or t.lower[k] not in _WITHIN:
        return False
    k += 1
    while (
        k < len(t.text)
        and t.tag[k] in ("DT", "PRP$", "JJ", "NNP")
        and t.lower[k] not in _PARTY_WORDS
    ):
        k += 1  # "the Republican party", "his own party"
    return k < len(t.text) and t.lower[k] in _PARTY_WORDS


def voter(lk: Linker, start: int, *, plural: bool) -> bool:
    """The party word at token ``start`` names a voter: after "nominal", "registered" …; a
    plural one also after "percent of" or in a sentence about a poll or a survey."""
    t = lk.t
    j = start - 1
    while j >= 0 and t.lower[j] in ("a", "an", "the"):
        j -= 1
    if j >= 0 and t.lower[j] in VOTER_MODIFIERS:
        return True
    if not plural:
        return False
    if j >= 1 and t.lower[j] == "of" and t.lower[j - 1] in SHARE_WORDS:
        return True
    sent = t.sent[start]
    lo, hi = start, start
    while lo > 0 and t.sent[lo - 1] == sent:
        lo -= 1
    while hi + 1 < len(t.sent) and t.sent[hi + 1] == sent:
        hi += 1
    return any(t.lower[k] in POLL_WORDS for k in range(lo, hi + 1))


def party_of(name: str, published: str | None) -> str | None:
    """ "republican" or "democratic" when the office-holder table (``office_holders.csv``, its
    ``source`` column) names the US party of ``name``'s holding on ``published``; else None.
    Lets "the Democratic presidential candidate" pass over a Republican named just before."""
    sources = " ".join(h.source.lower() for h in holdings_on(name, published))
    found = [party for party in ("republican", "democratic") if party in sources]
    return found[0] if len(found) == 1 else None


def holdings_on(name: str, published: str | None) -> list[Holding]:
    """The office-holder table's holdings of ``name`` on the day ``published`` (an ISO date);
    none without a readable day."""
    if not published:
        return []
    try:
        day = parse_date(published)
    except DateError:
        return []
    return holders(name, day)


# the party and state of a tag: ", R-Wis.,", "(D-N.Y.)", "(R-TX)"
_TAG_PARTS = re.compile(r"\s*[(,]\s*([RDI])-([A-Z][A-Za-z. ]{0,13}?)\s*[),]")
_TAG_PARTIES = {"R": "republican", "D": "democratic", "I": "independent"}


def state_party_tag(lk: Linker, end: int) -> tuple[str, str] | None:
    """The (party, state) of the party-and-state tag after the name ending before token
    ``end``: ("republican", "Wisconsin") for "Paul Ryan, R-Wis.,"; None without one."""
    if end >= len(lk.t.text):
        return None
    found = _TAG_PARTS.match(lk.doc_text, lk.t.idx[end])
    if found is None:
        return None
    state = us_states().get(found.group(2).strip().lower())
    return (_TAG_PARTIES[found.group(1)], state) if state else None
