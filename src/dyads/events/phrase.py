"""What the modifiers of a noun phrase say about whose it is (:mod:`dyads.events.sides` reads
sides through them): a kin word names another group ("the al-Qaeda offshoot"), a person's name on
a plural noun names their followers ("Trump supporters"), an anti-/pro- prefix names what the
phrase is against or for, and a nominalised act names whom it is done to ("the Clinton
deposition request"); a bare nationality as an object says how ("buy American")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.lexicon import load_lexicon
from dyads.records import Mention

__all__ = ["acted_on", "after_prefix", "followers", "manner_demonym", "other_group", "waters"]

_WATERS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "bay", "channel", "waters"})


def waters(tok: Token) -> bool:
    """A sea named after a country is no part of it: "an offensive in the South China Sea", "in
    the Gulf of Mexico" (own reading, seed 81: coded against China)."""
    return tok.lemma_.lower() in _WATERS


def other_group(tok: Token, at: Token, named: tuple[int, int] | None = None) -> bool:
    """The actor is named only as the kin of the phrase's head: "the al-Qaeda offshoot", "an
    al-Qaeda splinter group", "an ally of Hezbollah", "US allies" name another group (blind
    audit, round 13: coded as al-Qaeda). Words: ``other_groups`` in the event lexicon.
    ``named``: the character span of the actor's mention, whose own title is no kin word."""
    if at.i == tok.i or (at.dep_ == "appos" and at.head.i == tok.i):
        return False  # "his rival Donald Trump": the rival is named (blind audit, round 47)
    groups = load_lexicon().other_groups
    # "Republican rival Donald Trump's stance": the parser hangs the title on the owned noun,
    # but it is the named man's (blind audit, round 90: the swipe at Trump lost its target)
    if any(
        c.dep_ in ("compound", "amod")
        and _lemma(c) in groups
        and not (named is not None and named[0] <= c.idx < named[1])
        for c in tok.children
    ):
        return True
    step = at.head
    for _ in range(6):
        if _lemma(step) in groups:
            return True
        if step.i == tok.i or step.head == step:
            break
        step = step.head
    return False


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def followers(tok: Token, at: Token, mention: Mention) -> bool:
    """A person's name modifying a plural common noun: "Sanders delegates", "Trump
    supporters", "Clinton aides", "supporters of Sen. Bernie Sanders" are people of their own,
    not the person named (own reading, seed 76: "supporters of Sen. Bernie Sanders to support
    Clinton" coded as Sanders)."""
    if at.i == tok.i or mention.kind != "person" or tok.tag_ != "NNS":
        return False
    if at.dep_ == "compound" and at.head.i == tok.i:
        return True
    if at.dep_ == "poss" and at.head.i == tok.i and tok.lemma_.lower() in _FOLLOWING:
        return True  # "criticized her surrogates": not her (blind audit, round 97)
    return at.dep_ == "pobj" and at.head.lower_ == "of" and at.head.head.i == tok.i


# people who follow, back or speak for a person: "her surrogates", "Trump's supporters"
_FOLLOWING = frozenset({"surrogate", "supporter", "aide", "ally", "adviser", "advisor", "backer",
                        "loyalist", "delegate", "voter", "fan", "staffer", "follower"})  # fmt: skip


# "the anti-EU 5-Star Movement", "pro-Russian rebels": what the phrase is for or against, not
# whose it is (blind audit, round 72: Renzi's coalition "against" it coded against the EU)
_PREFIXES = frozenset({"anti", "pro"})


def after_prefix(tok: Token) -> bool:
    doc = tok.doc
    if tok.lower_.split("-")[0] in _PREFIXES and "-" in tok.text:
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _PREFIXES


# endings of nouns that name an act ("deposition", "investigation", "impeachment", "removal")
_ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "al")


# participles whose doer stands outside what they modify ("UN-brokered talks", "US-backed
# government"), unlike "Saudi-led coalition" (PLV tune half: the UN coded as the talks' party)
_THIRD_PARTY = frozenset({"broker", "mediate", "sponsor", "back", "support", "host", "facilitate",
                          "organize", "organise", "fund", "finance", "arm", "train"})  # fmt: skip


def acted_on(tok: Token) -> bool:
    """A modifier inside a noun phrase that names an act, or that the act's noun follows: it
    is that act's party, not the owner of the outer phrase ("opposing the Clinton deposition
    request" is no rejection of Clinton: blind audit, round 74)."""
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() in _THIRD_PARTY:
        return True  # "suspended UN-brokered military talks": the broker is no party to them
    if tok.dep_ != "compound" or tok.head.pos_ != "NOUN":
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < tok.head.i else None
    return _act_noun(tok) or (after is not None and after.head == tok.head and _act_noun(after))


# bodies whose names end like acts: "an Afghan government offer" is the government's (events
# evaluation, CAMEO spans tune half: the 120 against Afghanistan was lost)
_BODIES = frozenset({
    "government", "parliament", "department", "movement", "establishment", "administration",
    "commission", "federation", "coalition", "opposition", "organization", "organisation",
    "association", "foundation", "institution", "delegation", "corporation", "nation",
    "population", "generation", "station", "congregation", "confederation", "convention",
})  # fmt: skip


def _act_noun(tok: Token) -> bool:
    return (
        tok.dep_ == "compound"
        and tok.pos_ == "NOUN"
        and tok.lower_.endswith(_ACT_ENDINGS)
        and tok.lemma_.lower() not in _BODIES
    )


def manner_demonym(tok: Token) -> bool:
    """A bare singular nationality as a verb's object says how, not to whom: "say they only buy
    American" (blind audit, round 79: 061 to the USA); "an American" and "Americans" stay."""
    return (
        tok.dep_ in ("dobj", "advmod", "oprd")
        and tok.ent_type_ == "NORP"
        and not tok.lower_.endswith("s")
        and not any(tok.children)
    )
