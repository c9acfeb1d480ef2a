"""Cues that report no words: a naming practice ("Politicos call this the “expectations game”",
"as they are called by the government"), naming one's own thing ("brand their program as …"),
telling oneself, a position held ("supports “appropriate pay raises”"), a manner verb far above
a quoted term, the writer's inference from a text ("as his comments implied"), and what
characterises or names an act instead of saying a thing ("describing the son as a hero",
"asking potential employees brain-teaser-type questions")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.context import Context, Draft

_SELF = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
_OWN = frozenset({"their", "its", "his", "her", "our"})
_PRESENT = frozenset({"VBP", "VBZ"})


def naming_practice(ctx: Context, cue: Token, named: Token | None = None) -> bool:
    """A naming verb for how a name is used, not for something said once (blind audit, round 83:
    "Politicos call this the “expectations game”", "“bandas criminales” as they are called by
    the government", "(called BACRIM or “bandas criminales” by the government)" were stored as
    quotations): the generic present by a bare plural, or a passive naming in the present or
    as a noun's modifier. An indefinite or a judgement ("called Rubio “a lightweight”", "called
    the plan “reckless”") stays said. ``named`` is the head of the name, when known."""
    if cue.lemma_.lower() not in ctx.lex.naming:
        return False
    named = named or next((c for c in cue.children if c.dep_ in ("oprd", "xcomp")), None)
    if named is not None and not _a_name(named):
        return False
    if cue.tag_ in _PRESENT and not _progressive(cue):
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        return named is not None and subject is not None and bare_plural(subject)
    if cue.tag_ != "VBN":
        return False
    if cue.dep_ == "acl":
        return True  # "groups (called “bandas criminales” by the government)"
    auxes = [c for c in cue.children if c.dep_ == "auxpass"]
    return bool(auxes) and all(a.tag_ in _PRESENT for a in auxes)


def _a_name(head: Token) -> bool:
    """A noun phrase that names rather than judges: no adjective, no indefinite article."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _progressive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def bare_plural(noun: Token) -> bool:
    """ "Politicos", "economists": a kind of people, no one in particular."""
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children):
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    # "Politicos call …", tagged a name: the plural verb says it is a plural noun
    return noun.lower_.endswith("s") and noun.head.tag_ == "VBP"


_CONTESTS = frozenset({"race", "election", "contest", "primary", "caucus", "state", "vote"})


def names_nothing(ctx: Context, verb: Token, target: Token) -> bool:
    """The object of a naming verb that reports no words: "Sanders calls himself a democratic
    socialist" (a self-label); "NBC News calling the race for the Vermont senator" (a
    projection; blind audit, rounds 36 and 83, with "for" on the verb or on the race); a naming
    practice; a body naming its own thing."""
    if target.lower_ in _SELF:
        return True
    contest = target.lemma_.lower() in _CONTESTS and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in (*verb.children, *target.children)
    )
    return contest or naming_practice(ctx, verb) or own_thing_named(ctx, verb, target)


def own_thing_named(ctx: Context, verb: Token, target: Token) -> bool:
    """ "Officials in Minnesota brand their program as Building Community Resilience": a body
    naming its own thing (blind audit, round 83: stored as the officials' words). Only the verbs
    that give a name, not "call", which also judges ("called his plan “beautiful”")."""
    if verb.lemma_.lower() not in ctx.lex.naming or verb.lemma_.lower() == "call":
        return False
    if target.ent_type_ == "PERSON" or target.pos_ != "NOUN":
        return False  # "branded his rival “Lyin' Ted”" stays said
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in target.children)


def told_oneself(cue: Token) -> bool:
    """ "The NeverTrump faction continues to tell itself that …": a belief, no one spoke (blind
    audit, round 83)."""
    return cue.lemma_.lower() == "tell" and any(
        c.dep_ in ("dative", "dobj") and c.lower_ in _SELF for c in cue.children
    )


def position_held(ctx: Context, cue: Token) -> bool:
    """ "Clinton supports “appropriate pay raises”": a position, not words (blind audit, round
    83); the verbs are ``positions`` in ``data/quote_cues.yaml``."""
    return ctx.act(cue) is None and cue.lemma_.lower() in ctx.lex.positions


def far_manner_cue(ctx: Context, cue: Token, inner: SpacySpan) -> bool:
    """A manner verb ("pressing") is a cue only over its own complement; a quoted term clauses
    below it, past an adverbial clause ("pressing party officials …, aiming to lock in planks on
    … banning natural gas “fracking”"), is the writer's (blind audit, round 83)."""
    if ctx.act(cue) != "manner":
        return False
    path = [inner.root, *(a for a in inner.root.ancestors if cue in a.ancestors)]
    # an adverbial clause on the way is the subject's purpose or circumstance; a reported
    # clause ("fumed that the plan, which “destroys jobs”, …") stays the cue's
    return any(a.dep_ == "advcl" and a.pos_ in ("VERB", "AUX") for a in path)


def inferred_from_text(ctx: Context, cue: Token, subject: Token | None) -> bool:
    """ "as Berrazeuta's comments implied": the writer's inference from what was said, in an
    "as" clause with a thing as subject (blind audit, round 83: stored as his words)."""
    if subject is None or cue.lemma_.lower() not in ctx.lex.needs_agent:
        return False
    if subject.pos_ != "NOUN" or subject.lower_ in _OWN:
        return False
    # "official reports do suggest that …": the writer's emphatic "do" concedes an inference
    # from the reports (blind audit, round 85: stored as the reports' words)
    emphatic = any(c.dep_ == "aux" and c.lemma_ == "do" for c in cue.children) and not any(
        c.dep_ == "neg" for c in cue.children
    )
    if emphatic or any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return True
    # "the government's announcement suggests authorities will …": someone's act the writer
    # reads now (``read_acts``); had they said it, the owner would speak (blind audit, round 89)
    owned = any(c.dep_ == "poss" and c.lower_ not in _OWN for c in subject.children)
    return owned and cue.tag_ in _PRESENT and subject.lemma_.lower() in ctx.lex.read_acts


def no_words(ctx: Context, cue: Token, inner: SpacySpan) -> bool:
    """A quoted stretch under ``cue`` that no one is reported to have said."""
    named = inner.root if inner.root.head == cue else None  # else the cue's own predicate
    return naming_practice(ctx, cue, named) or far_manner_cue(ctx, cue, inner)


def held_not_said(ctx: Context, cue: Token) -> bool:
    """A quoted stretch under a belief or a position: a stance record, no quotation."""
    return ctx.act(cue) == "belief" or told_oneself(cue) or position_held(ctx, cue)


def characterised(ctx: Context, verb: Token, first: int, last: int) -> bool:
    """The object of ``verb`` over tokens ``first``..``last`` is no proposition anyone said:
    ", describing X as Y" with no quoted words, beside the speaker's main act, characterises X
    (``characterising`` in ``data/quote_cues.yaml``), and "asking potential employees
    brain-teaser-type questions"
    names the questions, not what they asked (blind audit, round 85: both stored as
    quotations). What the object holds in quotation marks ("described him as “reckless”") is
    the speaker's words and stays."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _ACTS_NAMED for c in verb.children):
        return True
    if verb.lemma_.lower() not in ctx.lex.characterising or not _beside_a_report(verb):
        return False
    return not any(ctx.quoted[i] for i in range(first, last + 1))


def _beside_a_report(verb: Token) -> bool:
    """The characterising verb is a participle set beside the speaker's main act ("released a
    statement …, describing the son as a hero but insisting that …"), which says what was
    said; "She described the vote as a sham" is the statement itself (round 13) and stays."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp", "acl")


# objects that name the speech act itself ("asked him a question"), not what it said
_ACTS_NAMED = frozenset({"question"})


# naming verbs whose quoted complement may be a label put on someone, not words said
_LABEL_VERBS = frozenset({"call", "dub", "label", "nickname"})
_LABEL_DEPS = frozenset({"oprd", "dobj", "xcomp", "attr", "ccomp"})
_LABELLED = frozenset({"dobj", "nmod", "oprd", "dative"})


def label_given(ctx: Context, verb: Token, label: Token) -> bool:
    """A quoted label that is the object complement of a naming verb is a term, not speech
    (blind audit, round 88: "He called anti-Trump protestors “illegals” and “thugs”" gave two
    quotations): under "called" a bare plural ("“illegals”", "“thugs”"); under "dubbed",
    "labelled", "nicknamed" also a name ("dubbed him “the Teflon Don”"). A judgement stays the
    caller's words: an adjective ("called Clinton “crooked”"), an indefinite ("called Rubio “a
    lightweight”"), a singular noun ("called the sanctions “economic war”") or a clause."""
    lemma = verb.lemma_.lower()
    if lemma not in _LABEL_VERBS or not ctx.quoted[label.i]:
        return False
    node = label
    while node.dep_ == "conj" and node.head != node and ctx.quoted[node.head.i]:
        node = node.head  # "“illegals” and “thugs”"
    if node.pos_ not in ("NOUN", "PROPN"):
        return False
    owner = node.head
    if node.dep_ == "appos" and owner.dep_ == "dobj" and owner.head == verb:
        named = [owner]  # "dubbed the organizers “outside agitators”", parsed as an apposition
    elif owner == verb and node.dep_ in _LABEL_DEPS:
        named = [
            t for t in (*verb.children, *node.children)
            if t.i < node.i and t.dep_ in _LABELLED and not ctx.quoted[t.i]
            and t.pos_ in ("NOUN", "PROPN", "PRON")
        ]  # fmt: skip
    else:
        return False
    if not named:
        return False  # "called “illegals” a threat": the quoted word is what is judged
    phrase = [t for t in node.subtree if ctx.quoted[t.i] and not t.is_punct]
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "relcl" for t in phrase):
        return False  # "called Rubio “a lightweight who cannot win”": a clause, said
    dets = {c.lower_ for c in node.children if c.dep_ in ("det", "poss", "nummod")}
    if node.tag_ in ("NNS", "NNPS") and not dets:
        return True
    return lemma != "call" and (dets == {"the"} or (not dets and node.pos_ == "PROPN"))


def denied(ctx: Context, cue: Token, comp: Token) -> bool:
    """``comp`` is what a verb of denial (``denying`` in ``data/quote_cues.yaml``) denies: "has
    denied that he was working on a book" is the claim the speaker rejects, not their words
    (blind audit, round 88). Not a clause past the verb's object: in "denied the accusations and
    claims that a group is trying to stop her" the parser read "claims" as a noun; the clause is
    what she claims."""
    if cue.lemma_.lower() not in ctx.lex.denying:
        return False
    return not any(c.dep_ == "dobj" and c.i < comp.i for c in cue.children)


_TELLING = frozenset({"tell", "recount", "narrate", "relate", "chronicle"})
_NARRATIVES = frozenset({"story", "tale", "history", "saga", "chronicle"})


def narrated(ctx: Context, draft: Draft) -> bool:
    """A partial quotation under "tells the story of …": a telling that narrates, not one that
    reports words, so a quoted label in it ("the story of the town's first month as a
    “violence-free” municipality") is no one's words (blind audit, round 95: stored as El
    Faro's)."""
    cue = draft.cue_token
    if draft.kind != "partial" or cue is None:
        return False
    if resumed_deed(ctx, cue, draft):
        return True
    if cue.lemma_.lower() not in _TELLING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _NARRATIVES for c in cue.children)


_RESUMING = frozenset({"continue", "keep"})


def resumed_deed(ctx: Context, cue: Token, draft: Draft) -> bool:
    """A quoted label inside what someone "continued to" do, the doing no speech act the
    finder took for a cue: "continued to portray “illegal” immigrants as criminals" resumes a
    portrayal, not speech (blind audit, round 96: "illegal" stored as his words); "continued
    to insist that …" has "insist" as its cue, "“…,” he continued" resumes speech, and
    "continued to call the plan “a disaster”" names it in words (a naming verb)."""
    if cue.lemma_.lower() not in _RESUMING:
        return False
    start, end = draft.span
    for deed in (c for c in cue.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        if ctx.is_cue(deed) or deed.lemma_.lower() in ctx.lex.naming:
            continue
        inside = [t for t in deed.subtree if start <= t.idx < end]
        if inside and not start <= deed.idx < end:
            return True
    return False


_COMMISSIVES = frozenset({"pledge", "promise", "offer", "vow", "commit"})
# things given or lent, not someone addressed: "pledged funds to support Turkey"
_GIVEN = frozenset({"fund", "aid", "money", "loan", "assistance", "help", "support", "troop",
                    "weapon", "arm", "resource", "grant", "credit", "equipment", "vaccine",
                    "dollar", "euro", "billion", "million", "food", "supply", "ship",
                    "aircraft", "soldier"})  # fmt: skip


def thing_pledged(verb: Token) -> bool:
    """ "The EU pledged funds to support Turkey": a pledge of a thing, its infinitive the
    thing's purpose, is no speech (blind audit, round 95: "funds to support Turkey" stored as the
    EU's words); "pledged to support", "promised voters to cut taxes" stay."""
    if verb.lemma_.lower() in _PROPOSING:
        return _measure_proposed(verb)
    if verb.lemma_.lower() not in _COMMISSIVES:
        return False
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _GIVEN or c.ent_type_ in ("MONEY", "QUANTITY"))
        for c in verb.children
    )


_PROPOSING = frozenset({"propose", "recommend"})


def _measure_proposed(verb: Token) -> bool:
    """ "Carson proposed the creation of a federal agency to coordinate ...", "He proposed
    conducting surveillance on mosques": a measure put forward, named by a noun or a gerund, is
    a stance, no one's words (blind audit, round 97: both judged no quotation); "proposed that
    the government create ..." and "proposed to X that ..." stay reported speech."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
            return True
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and not child.ent_type_:
            return True
    return False
