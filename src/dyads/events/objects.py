"""What a trigger's object names: an act with its patient ("the arrests of X"), a force noun,
a "whether" question, a forecast, a named patient. Helpers of :mod:`.arguments`."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.lexicon import Lexicon
from dyads.events.sides import MentionIndex
from dyads.events.subjects import children
from dyads.events.words import words

__all__ = [
    "WORD_ROOTS",
    "act_on",
    "bare_campaign",
    "comp_subjects",
    "force_noun",
    "forecast",
    "goods_owners",
    "mediated_parties",
    "named_by_speaker",
    "named_patient",
    "whether_clauses",
]  # fmt: skip

# what a warned party is told it will undergo: "would face consequences", "will pay a price"
_EFFORTS = words("efforts")
_CONSEQUENCES = {"face", "pay", "suffer", "regret", "bear", "feel", "receive", "get"}


def force_noun(lex: Lexicon, noun: Token) -> bool:
    """An event noun of force, coercion or protest ("strike", "attack", "arrest", "ban")."""
    senses = lex.nouns.get(noun.lemma_.lower()) or ()
    return any(s.code and s.code[:2] in ("14", "15", "16", "17", "18", "19", "20") for s in senses)


# words aimed at someone: appeals, praise, demands, criticism, rejection, threats
WORD_ROOTS = frozenset({"02", "05", "10", "11", "12", "13"})
# acts done to someone (force, coercion, expulsion; CAMEO 084 release of persons)
_DONE_TO = frozenset({"16", "17", "18", "19", "20"})


def act_on(lex: Lexicon, index: MentionIndex, obj: Token) -> bool:
    """The object is an act named with its patient ("the arrests of the opposition leaders",
    "the release of two British journalists") and with no owner: words about the act are not
    aimed at those it was done to (new user's trial, session 22: "condemned the arrests of X"
    coded as criticism of X, "demanded the release of X" as a demand on X)."""
    if index[obj.i] is not None or obj.pos_ != "NOUN":
        return False
    if any(index[t.i] is not None for t in obj.subtree if t.i < obj.i):
        return False  # an owner: "rejected an Afghan government offer of a ceasefire"
    if not any(p.lower_ == "of" and children(p, "pobj") for p in children(obj, "prep")):
        return False  # "accused U.S. gun laws of fueling the violence": the charge
    # not an act its "of" phrase does: "demanded the withdrawal of Kosovo police"
    word = obj.lemma_.lower()
    senses = [*lex.nouns.get(word, ()), *lex.verbs.get(word.removesuffix("ing"), ())]
    return any(s.code and (s.code[:3] == "084" or s.code[:2] in _DONE_TO) for s in senses)


def whether_clauses(verb: Token) -> list[Token]:
    """The verb's "whether"/"if" clauses, as complements or after a preposition ("looking
    into whether …")."""
    clauses = children(verb, "ccomp", "advcl")
    clauses += [c for p in children(verb, "prep") for c in p.children if c.dep_ == "pcomp"]
    return [c for c in clauses if any(m.lower_ in ("whether", "if") for m in children(c, "mark"))]


def forecast(index: MentionIndex, clause: Token, subject: Token) -> bool:
    """A warning that an actor itself will do something forecasts, it threatens no one:
    "warned that illegal armed groups will try to expand their power" (blind audit, round 85:
    coded 110); a warning of what someone's deed will do ("warned that the DNC's decision
    would hurt Democrats") criticises its owner, and one of what the actor will undergo
    ("warned that Iran would face consequences") threatens it."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() in _CONSEQUENCES:
        return False
    warned = clause.head.lemma_.lower() in ("warn", "caution", "predict")
    return warned and index[subject.i] is not None


def named_patient(tok: Token) -> bool:
    """The patient names a person or a named body: a proper name, a pronoun, a people noun."""
    return (
        tok.ent_type_ == "PERSON" or tok.pos_ in ("PRON", "PROPN") or tok.lemma_.lower() in _PEOPLE
    )


_PEOPLE = {"man", "woman", "people", "person", "child", "suspect", "member", "civilian",
           "worker", "migrant", "journalist", "student", "official", "leader"}  # fmt: skip


_BROKERED = frozenset({"mediate", "broker", "facilitate", "host", "sponsor"})


def mediated_parties(verb: Token) -> list[Token]:
    """The parties to talks a participle says someone mediated: "the army and the RSF held
    talks in Doha mediated by Qatar" (new user's trial, session 23: no 045). Whom the talks
    are "between", else the subjects of the verb the talks are the object of; ``[]`` for any
    other verb."""
    noun = verb.head
    if verb.lemma_.lower() not in _BROKERED or verb.dep_ != "acl" or noun.pos_ != "NOUN":
        return []
    between = [t for p in children(noun, "prep") if p.lower_ == "between" for t in p.children]
    parties = [t for t in between if t.dep_ == "pobj"]
    if not parties and noun.dep_ == "dobj":
        parties = children(noun.head, "nsubj")
    return [c for t in parties for c in (t, *(c for c in t.children if c.dep_ == "conj"))]


def bare_campaign(lex: Lexicon, agent: Token) -> bool:
    """A by-agent that is a generic effort with no deed of its own ("an ineffective campaign by
    Dewhurst", not "a bombing campaign by Russia"): it, not its owner, helped or harmed (own
    reading, seed 101: "was helped along by an ineffective campaign by Dewhurst" coded 070)."""
    if agent.lemma_.lower() not in _EFFORTS:
        return False
    return not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.nouns
                   for c in agent.children)  # fmt: skip


_NAMING = frozenset({"call", "describe", "term", "dub", "label", "brand"})


def named_by_speaker(verb: Token) -> list[Token]:
    """The thing a judging verb's free relative names: "condemned what she called reckless
    Russian sabotage" condemns the sabotage (a new user's trial, session 26: no target)."""
    for comp in children(verb, "ccomp"):
        if comp.lemma_.lower() not in _NAMING:
            continue
        if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in comp.children):
            continue
        named = children(comp, "oprd", "xcomp", "attr")
        named += [
            o for p in children(comp, "prep") if p.lower_ == "as" for o in children(p, "pobj")
        ]
        return named[:1]
    return []


# participles that tie goods to their owner: "cocaine linked to the ELN", "assets belonging to
# a developer", "properties owned by the cartel"
_TIED = frozenset({"link", "belong", "own", "tie", "connect", "attribute"})
_DEPTH = 4


def goods_owners(obj: Token) -> list[Token]:
    """Whose seized or frozen goods the object is: "seized hundreds of millions of dollars of
    assets linked to Alvarez Meyendorff", "frozen $100 million in assets belonging to a major
    property developer" (blind audit, rounds 102-104: listed missed). Empty for goods no one
    is said to own."""
    heads = [obj]
    for tok in heads:  # "millions of dollars of assets linked to X": down "of"/"in" phrases
        if len(heads) < _DEPTH:
            heads += [t for p in children(tok, "prep") if p.lower_ in ("of", "in")
                      for t in p.children if t.dep_ == "pobj"]  # fmt: skip
    owners = []
    for head in heads:
        for acl in children(head, "acl"):
            if acl.lemma_.lower() in _TIED and acl.tag_ in ("VBN", "VBG"):
                owners += [
                    t
                    for p in children(acl, "prep", "agent")
                    if p.lower_ in ("to", "by", "with")
                    for t in p.children
                    if t.dep_ == "pobj"
                ]
    return owners


def comp_subjects(index: MentionIndex, verb: Token) -> list[Token]:
    """Whom an appeal, demand or warning wants something done by: the subject of its
    complement clause ("urged that Russia …"; "urged Russia to …" is the object's) or of a
    "for" clause ("pushing for the US to support …", parsed as an adverbial), never a subject
    the clause only forecasts of (:func:`forecast`). Not the patient of a for-to passive: "is
    calling for Donald Trump to be banned" asks the government, not Trump (blind audit, round
    115: the target judged wrong)."""
    comps = children(verb, "ccomp", "xcomp")
    comps += [
        c
        for c in children(verb, "advcl")
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ]
    subjects = [s for c in comps for s in children(c, "nsubj")]
    return [s for s in subjects if not forecast(index, s.head, s)]
