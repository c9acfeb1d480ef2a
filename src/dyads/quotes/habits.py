"""Cues that report no speech act (blind audit, round 98, each stored as a quotation): what a
kind of people habitually demand ("In some cases, extortionists demand construction companies
pay …"), a verb of saying used for a thing done ("it simply adds cell phone numbers to the
checkpoint approach -- some have called the plan …"), a naming practice under a habit
("People in the area fear referring to the groups by name, instead calling them the guides, or
“paracos”"), and a quoted term inside the reported clause of the same cue ("arguing that it
was part of an attempt to portray the police as the “good guys”")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft
from dyads.quotes.practices import bare_plural
from dyads.quotes.syntax import has_mark

_SOME = frozenset({"some", "many", "others", "several"})
_PREDICATES = frozenset({"attr", "acomp", "oprd", "xcomp", "ccomp"})
_LINKS = frozenset({"be", "prove", "become", "seem", "remain", "look", "sound"})
TERM_WORDS = 3  # a quoted stretch this short inside a reported clause is a term in it


def no_speech_act(ctx: Context, draft: Draft) -> bool:
    """``draft``'s cue reports no words: a habit of a kind of people, a verb of saying with a
    thing for its object, or a naming practice under a habit."""
    cue = draft.cue_token
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if _habit(ctx, cue) or _thing_added(cue) or _practice_named(ctx, cue) or _means(ctx, cue):
        return True
    return _whenever_someone(cue) or _keen_on(cue)


# who "a man" is in a generic telling: "when a man tells a woman that she is “moaning,” …"
_ANYONE = frozenset({"man", "woman", "someone", "anyone", "somebody", "anybody", "person"})
_WHEN = frozenset({"when", "whenever", "if", "once"})
# adjectives of a disposition: "People are especially keen on telling women to stop “moaning”"
_DISPOSED = frozenset({"keen", "quick", "fond", "eager", "prone", "apt", "used", "likely"})


def _whenever_someone(cue: Token) -> bool:
    """A telling in the present by anyone at all, in a "when" clause: a generic case, no one's
    words (blind audit, round 106: "a man" was the speaker of "that she is “moaning”")."""
    if cue.tag_ not in ("VBZ", "VBP") or not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in cue.children
    ):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _ANYONE:
        return False
    # "a man", "any woman", "someone": no one in particular ("the man" is)
    plain = subject.lemma_.lower() not in ("man", "woman", "person")
    some = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in subject.children)
    return plain or some


def _keen_on(cue: Token) -> bool:
    """A telling someone is disposed to ("are especially keen on telling women to stop …"): a
    tendency, no words said (blind audit, round 106)."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.dep_ != "prep":
        return False
    return cue.head.head.lemma_.lower() in _DISPOSED


def _means(ctx: Context, cue: Token) -> bool:
    """A request made as the means of a deed: "Police have responded to overcrowding by asking
    detained gang members to wear different uniforms" tells a practice, not words (blind audit,
    round 101). "responded by saying that …" still reports what was said."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.lower_ != "by":
        return False
    deed = cue.head.head
    if deed.pos_ not in ("VERB", "AUX") or not _met_a_state(deed):
        # "responded to the accusation by asking …" answers in words; "angered the senator by
        # urging him to quit" is a request that did something (round 79's guard)
        return False
    told = any(c.dep_ == "dobj" for c in cue.children)
    return told and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" for c in cue.children)


def _habit(ctx: Context, cue: Token) -> bool:
    """A verb that imposes a deed (``imposing_verbs`` in ``data/quote_cues.yaml``) in the
    simple present by a bare plural: "extortionists demand construction companies pay …"."""
    if cue.tag_ != "VBP" or cue.lemma_.lower() not in ctx.lex.imposing_verbs:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not bare_plural(subject):
        return False
    # "Partisans on both sides warn that …": a claim of theirs, not a practice (PolNeAR train,
    # tune half); the habit imposes a deed, "demand companies pay …"
    return any(c.dep_ == "ccomp" and c.i > cue.i and not has_mark(c, ("that",))
               for c in cue.children)  # fmt: skip


_ANSWERS = frozenset({"respond", "react", "reply"})
_HANDLING = frozenset({"deal", "cope"})
# what an answer in words is to: a statement or charge, not a state of things
_SAID_THINGS = frozenset({"charge", "criticism", "question", "claim", "accusation", "allegation",
                          "remark", "comment", "statement", "report", "letter",
                          "call"})  # fmt: skip


def _met_a_state(deed: Token) -> bool:
    """ "responded to overcrowding", "dealt with the outbreak": a way of handling a state of
    things, a deed."""
    lemma = deed.lemma_.lower()
    if lemma not in _ANSWERS and lemma not in _HANDLING:
        return False
    prep = "to" if lemma in _ANSWERS else "with"
    things = [o for p in deed.children if p.dep_ == "prep" and p.lower_ == prep
              for o in p.children if o.dep_ in ("pobj", "pcomp")]  # fmt: skip
    return bool(things) and all(
        (t.pos_ == "NOUN" or t.tag_ == "VBG") and t.lemma_.lower() not in _SAID_THINGS
        for t in things
    )  # "overcrowding" is tagged a gerund


def _thing_added(cue: Token) -> bool:
    """ "adds cell phone numbers to the approach": "add" with a noun object and a "to" phrase
    puts a thing in, it says nothing."""
    if cue.lemma_.lower() != "add":
        return False
    things = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in cue.children)
    return things and any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.children)


def _practice_named(ctx: Context, cue: Token) -> bool:
    """A naming participle ("calling them the guides") under a present verb whose subject is a
    bare plural ("People in the area fear …"), or a name "some have called" a thing: how a
    name is used, not a thing said."""
    if cue.lemma_.lower() not in ctx.lex.naming:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _SOME and cue.tag_ != "VBD":
        return True  # "some have called the plan “alcalbala inteligente”": a nickname in use
    if cue.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    head = cue.head
    if head.tag_ in ("VBD", "VBN"):
        return False  # "fear", tagged a noun, stands for the present
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and bare_plural(subject)


def quoted_term(ctx: Context, partial: Draft, indirect: Draft) -> bool:
    """``partial``, a quoted phrase of two or three words without a verb, lies inside the
    reported clause of the same cue, which is no naming verb ("called the move a “strategic
    mistake”" quotes the speaker's judgement): a term in the clause, no quotation of its own."""
    cue = partial.cue_token
    other = indirect.cue_token
    if cue is None or other is None or other.i != cue.i or indirect.kind != "indirect":
        return False
    if not (indirect.span[0] < partial.span[0] and partial.span[1] <= indirect.span[1]):
        return False
    if cue.lemma_.lower() in ctx.lex.naming or cue.lemma_.lower() in ctx.lex.evaluative:
        return False
    words = ctx.doc.char_span(*partial.span, alignment_mode="expand")
    if words is None:
        return False
    if words.root.dep_ in _PREDICATES or words.root.head.lemma_.lower() in _LINKS:
        return False  # 'has proved a “strategic mistake”': the speaker's judgement (seed gold)
    toks = [t for t in words if not t.is_punct]
    if toks and toks[0].pos_ in ("ADP", "ADV") and not any(t.pos_ in ("VERB", "AUX") for t in toks):
        # 'will place 1,800 members in Veracruz “in the near-term,” the report said': when, not
        # what; the clause is the report (blind audit, round 101: the piece stored alone)
        return words.root.dep_ in ("prep", "advmod", "npadvmod")
    root = words.root
    if (
        len(toks) == 1
        and (root.pos_ == "NOUN" or root.dep_ == "conj")
        and _listed_quoted(ctx, root)
    ):
        return True  # 'the charges included “rebellion” and “treason”': labels (round 101)
    if _subject_named(ctx, root):
        return True  # 'to lead a study on “Jewish values”': the topic's name (round 110)
    if not 2 <= len(words.text.split()) <= TERM_WORDS:
        return False  # one word is the speaker's choice: 'sees no “advantages” in it'
    if not all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in toks):
        return False
    # a label for a thing the clause goes on to name ('a “black list” of police officials')
    # or a role put on someone ('portray the police as the “good guys”'); a judgement of a
    # thing ('she's done a “serviceable job”') stays the speaker's (blind audit, round 98)
    root = words.root
    labelled = any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i >= words.end for c in root.children
    )
    return labelled or (root.dep_ == "pobj" and root.head.lower_ == "as")


def _subject_named(ctx: Context, root: Token) -> bool:
    """The quoted phrase is what a study, a class or a book is on or about."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "about"):
        return False
    return prep.head.lemma_.lower() in ctx.lex.subject_nouns


def _listed_quoted(ctx: Context, noun: Token) -> bool:
    """``noun`` is joined by "and" / "or" to another quoted noun."""
    return any(ctx.quoted[t.i] and t.pos_ == "NOUN" for t in noun.conjuncts)


def quoted_modifier(ctx: Context, draft: Draft) -> bool:
    """One quoted adjective on the cue's object ("denounced the “political” violence"): the
    object is what the stance is about, the word a scare quote (blind audit, round 62)."""
    words = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    words = [t for t in words or () if not t.is_punct]
    if len(words) != 1 or words[0].dep_ != "amod":
        return False
    # 'said CNN has done an “awful” job': inside what is said, the speaker's own word
    noun = words[0].head
    if noun.dep_ == "dobj" and noun.head == draft.cue_token:
        return True
    # 'cited the attack as the beginning of the adoption of “terrorist” tactics': deep in the
    # cue's object phrase, no verb between (blind audit, round 101: "terrorist" kept alone)
    return draft.cue_token is not None and _in_object_phrase(noun, draft.cue_token)


def _in_object_phrase(noun: Token, cue: Token) -> bool:
    """``noun`` hangs from ``cue`` through nouns and two prepositions or more, no verb: not
    the word a describing cue gives ('described as “harmful” any talk of it', seed gold)."""
    tok, preps = noun, 0
    while tok.head.i != tok.i:
        if tok.head == cue:
            return preps >= 2 and tok.dep_ in ("prep", "dobj")
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return False
        preps += tok.pos_ == "ADP"
    return False
