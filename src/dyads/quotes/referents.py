"""Who a described speaker is when its own phrase or the text just before says it: the outlet a
"the website" names beside it, the body whose leaders or members speak, the one official the
article named with an office.

Blind audit, round 85: "The website fivethirtyeight noted" went to Politico, named in an earlier
sentence; "The story also noted" (after "a story by the website Politco") was left to no one;
"Leaders of the organization have said" went to "government" though the sentence before names
AIPAC; "said the official" was a generic "Bolivian official" though the article names the
Vice-Minister Felipe Caceres and no other official."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dyads.actors.gazetteer import load_gazetteer
from dyads.actors.refs import PRONOUNS
from dyads.quotes.context import Context, mention_at
from dyads.quotes.spokes_for import body_spoken_for
from dyads.records import Mention

__all__ = ["member_body", "one_official", "outlet_desk", "outlet_name", "party_people"]

# the words by which an outlet is described before its name: "the website fivethirtyeight",
# "the newspaper El Tiempo", "the daily La Prensa"
_OUTLETS = frozenset({"website", "site", "newspaper", "paper", "daily", "weekly", "magazine",
                      "outlet", "tabloid", "broadcaster", "blog", "network"})  # fmt: skip


def outlet_name(noun: Token) -> Token | None:
    """The name an outlet word stands beside: its apposition ("The website fivethirtyeight",
    in lower case as a web brand writes itself) or the capitalised name right after it, which
    the parser may have hung elsewhere ("a story by the website Politco says" with "Politco"
    made the subject). The last word of the name, where its mention is."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _OUTLETS or noun.i + 1 >= len(noun.doc):
        return None
    owner = _site_owner(noun)
    if owner is not None:
        return owner
    nxt = noun.doc[noun.i + 1]
    appos = nxt.dep_ == "appos" and nxt.head == noun and nxt.pos_ in ("NOUN", "PROPN")
    if not appos and not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
        return None
    end = nxt.i
    while end + 1 < len(noun.doc) and noun.doc[end + 1].pos_ == "PROPN":
        end += 1  # "the newspaper El Tiempo"
    return noun.doc[end]


_WEB = frozenset({"website", "site", "blog"})


def _site_owner(noun: Token) -> Token | None:
    """ "Dalton Brody is a Washington gifts store …, according to its website": "its" is the
    sentence's named subject, whose own site speaks (blind audit, round 104: a generic
    "media")."""
    if noun.lemma_.lower() not in _WEB:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return None
    root = noun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i > noun.i:
        return None
    return subject


def outlet_desk(ctx: Context, mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """ "POLITICO Florida reported": a news desk named with its place is the outlet, not the
    place (blind audit, round 88: the speaker was Florida). The outlet's mention right before a
    place's, nothing but a space between."""
    if mention.kind != "country":
        return None
    for other in mentions:
        if other.kind != "media" or not other.actor or other.span[1] > mention.span[0]:
            continue
        if not ctx.text[other.span[1] : mention.span[0]].isspace():
            continue
        return other
    return None


def party_people(head: Token, actor: str | None, code: str | None) -> tuple[str, str | None] | None:
    """ "according to several party officials": a party's unnamed officials are the party's
    people, not the government's (blind audit, round 88: coded USAGOV). The actor and code of a
    member word with "party" before it that came out as a government's; else None."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _MEMBERS or not actor:
        return None
    if not any(c.dep_ in ("compound", "amod") and c.lower_ == "party" for c in head.children):
        return None
    if not actor.endswith("government") or (code is not None and not code.endswith("GOV")):
        return None
    return actor[: -len("government")] + "party", code[:-3] + "PTY" if code else None


# the people who speak for a body named in their "of" phrase: "Leaders of the organization",
# "members of the board", "officials of the ministry"
_MEMBERS = frozenset({"leader", "official", "member", "representative", "executive", "head",
                      "officer", "spokesman", "spokeswoman", "spokesperson", "organizer",
                      "organiser"})  # fmt: skip
_UNIT_MEMBERS = _MEMBERS | {"commander", "chief", "fighter"}
_SPOKES_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# a body's generic words: "of the organization" stands for the body named just before
_BODIES = frozenset({"organization", "organisation", "group", "association", "committee",
                     "company", "firm", "agency", "campaign", "party", "union", "movement",
                     "coalition", "foundation", "institute", "lobby", "network",
                     "council"})  # fmt: skip
MEMBER_LOOKBACK_CHARS = 600  # about two sentences: the body "the organization" points back to


def member_body(ctx: Context, head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The body whose members speak: "Leaders of AIPAC" -> AIPAC; "Leaders of the
    organization" -> the organisation named last within ``MEMBER_LOOKBACK_CHARS``, outside
    quotation marks and reported content (a person named in between is no organisation)."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in _UNIT_MEMBERS:
        unit = _unit_body(ctx, head, mentions)
        if unit is not None:
            return unit
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _MEMBERS:
        return None
    named = _named_in_sentence(head, mentions)
    if named is not None:
        return named
    # "a spokesman for committee Democrats" speaks for them (blind audit, round 95: "party")
    spokes = head.lemma_.lower() in _SPOKES_FOR
    of = next(
        (
            c
            for c in head.rights
            if c.dep_ == "prep" and (c.lower_ == "of" or (spokes and c.lower_ == "for"))
        ),
        None,
    )
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None:
        return None
    if spokes and body.pos_ in ("NOUN", "PROPN"):
        # "a spokesman for the troops" (coded), "a spokesperson for the marines" after "The
        # Mexican Navy" (blind audit, round 100: left unresolved)
        own = mention_at(mentions, (body.idx, body.idx + len(body)))
        if own is not None and own.code and own.kind != "person":
            return own
        found = body_spoken_for(body, mentions)
        if found is not None:
            return found
    if body.pos_ == "PROPN":
        found = mention_at(mentions, (body.idx, body.idx + len(body)))
        return found if found is not None and found.actor and found.kind != "person" else None
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in body.children)
    if not the or body.lemma_.lower() not in _BODIES or len(list(body.children)) != 1:
        return None  # "leaders of the Republican-led committee" names its own
    for mention in reversed(mentions):
        if mention.span[1] > head.idx or not mention.actor:
            continue
        if head.idx - mention.span[0] > MEMBER_LOOKBACK_CHARS or mention.span[0] < ctx.lo:
            return None
        if ctx.in_quotes(mention.span[0]) or any(s <= mention.span[0] < e for s, e in ctx.contents):
            continue
        if mention.kind == "organisation":
            named = mention.text[:1].isupper() and mention.actor[:1].isupper()
            return mention if named else None
    return None


def _unit_body(ctx: Context, head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """ "the Bloc commanders" after "the Eastern Bloc of the Revolutionary Armed Forces of
    Colombia": the body whose unit the short name repeats, when the unit was named with it
    before ("X of <body>" or "<body>'s X"; blind audit, round 92: left unresolved)."""
    unit = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if unit is None or not unit.text[:1].isupper():
        return None
    for tok in ctx.doc[: unit.i]:
        if tok.text != unit.text or tok.pos_ != "PROPN" or ctx.quoted[tok.i] or tok.idx < ctx.lo:
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for g in (of.children if of is not None else ()) if g.dep_ == "pobj"]
        for owner in owners:
            found = mention_at(mentions, (owner.idx, owner.idx + len(owner)))
            if found is not None and found.kind == "organisation" and found.actor:
                return found
    return None


def _named_in_sentence(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """ "Armenia's Foreign Ministry summoned the Russian ambassador …, a ministry spokeswoman
    said": the body the sentence names with the member's lower-case body word, when it names
    one only (new-user trial, round 85: the speaker was a bare "government")."""
    word = next(
        (c.lemma_.lower() for c in head.children
         if c.dep_ == "compound" and c.is_lower and c.lemma_.lower() in _BODY_WORDS),
        None,
    )  # fmt: skip
    if word is None:
        return None
    sent = head.sent
    found = {
        m.actor: m
        for m in mentions
        if sent.start_char <= m.span[0] < sent.end_char
        and m.kind == "organisation"
        and m.actor
        and m.text.split()[-1].lower() == word
        and m.text.split()[-1][:1].isupper()
    }
    return next(iter(found.values())) if len(found) == 1 else None


# the body words a spokesperson's own phrase may hold ("a ministry spokeswoman")
_BODY_WORDS = frozenset({"ministry", "department", "agency", "party", "campaign", "company",
                         "army", "embassy", "office", "government", "commission",
                         "committee"})  # fmt: skip


# the sectors of an office a person holds for a state ("Minister of Social Defense", "judge")
_OFFICE_SECTORS = frozenset({"GOV", "JUD", "MIL", "LEG", "COP", "*MIL"})
OFFICIAL_LOOKBACK_CHARS = 3000  # how far back "the official" looks for the official named


def one_official(
    ctx: Context, noun: Token, mentions: Sequence[Mention], code: str | None
) -> Mention | None:
    """ "said the official" when the article, before it, names one person only, outside
    quotation marks and reported content, and that person with a state office ("Bolivia's
    Vice-Minister of Social Defense, Felipe Caceres"): that person, with ``code`` (the
    description's own, "Bolivian official") when the name has none. Two people named, or one
    without an office, and "the official" stays as it is."""
    if noun.lemma_.lower() != "official" or noun.tag_ != "NN":
        return None
    if any(c.dep_ in ("amod", "compound", "prep") for c in noun.children):
        return None  # "the Iranian official", "the official in charge": a description of its own
    people: dict[str, Mention] = {}
    for mention in mentions:
        if mention.span[1] > noun.idx or noun.idx - mention.span[0] > OFFICIAL_LOOKBACK_CHARS:
            continue
        if mention.span[0] < ctx.lo:
            continue  # the headline's words ("Peru Cracks Down") name no one
        if mention.kind != "person" or not mention.actor or mention.text.lower() in PRONOUNS:
            continue
        if ctx.in_quotes(mention.span[0]) or any(s <= mention.span[0] < e for s, e in ctx.contents):
            continue
        if mention.actor[:1].isupper():
            people.setdefault(mention.actor, mention)
            if mention.role:
                people[mention.actor] = mention
    if len(people) != 1:
        return _titled_subject_before(ctx, noun, mentions, code)
    (person,) = people.values()
    if not _an_office(person.role):
        return None
    return replace(person, code=person.code or code)


def _titled_subject_before(
    ctx: Context, noun: Token, mentions: Sequence[Mention], code: str | None
) -> Mention | None:
    """ "Local Ombudsman Amy Castillo confirmed that … . However, the official acknowledged
    …": the person the sentence just before opens with, named with a title of their own phrase
    (capitalised title words before the name, or an office in the role tables), when the
    article names other people too (blind audit, round 114: a generic "Colombian official").
    A lawmaker's or a candidate's title ("Senator", "Rep.") is no official's."""
    if noun.dep_ != "nsubj" or noun.sent.start == 0:
        return None
    before = ctx.doc[noun.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or ctx.quoted[subject.i]:
        return None
    person = mention_at(mentions, (subject.idx, subject.idx + len(subject)))
    if person is None or person.kind != "person" or not (person.actor or " ")[0].isupper():
        return None
    titles = [
        c for c in subject.children
        if c.dep_ == "compound" and c.idx < person.span[0] and c.text[:1].isupper()
        and c.ent_type_ not in ("NORP", "GPE")  # "Democrat Patty Judge": no office
    ]  # fmt: skip
    if not titles and not _an_office(person.role):
        return None
    roles = load_gazetteer().roles
    found = [roles.get(t.lower_) for t in titles] + [roles.get((person.role or "").lower())]
    if any(role is not None and role.sector not in _OFFICIAL_SECTORS for role in found):
        return None  # "Senator Emilio Gamboa said …": a lawmaker or a candidate, no official
    return replace(person, code=person.code or code)


# the sectors of a title "the official" may take up: an office of a state, or a title of no
# sector of its own ("Local Ombudsman", "Regional Comptroller")
_OFFICIAL_SECTORS = frozenset({"GOV", "JUD", "MIL", "COP", "SPY", "*", None})


def _an_office(role: str | None) -> bool:
    """The role's head word ("minister" of "Minister of Social Defense") is a state office in
    the role tables."""
    words = (role or "").lower().replace("-", " ").split(" of ")[0].split()
    if not words:
        return False
    found = load_gazetteer().roles.get(words[-1])
    return found is not None and found.sector in _OFFICE_SECTORS
