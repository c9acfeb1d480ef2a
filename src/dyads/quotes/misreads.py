"""Reported clauses the parser made out of something else: a noun read as the cue ("undermines
claims that …"), a noun's relative read as the content ("claims the government has denied but
which …"), the speaker's own relative after an inverted cue ("said Hany Farid, …, who
co-developed …"), a closing tag read as a clause joined to the first ("A, and B, ICG
reports"), the writer's sentence before a cue that reports a clause of its own after it ("…
the U.S. While Clinton has condemned …, the groups say they are …"), the writer's clause a
gloss after a dash sums up ("… were racist — something Obama indicated"). Each rule cites the
blind audit that set it."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.authors import ANSWERING
from dyads.quotes.context import mention_at
from dyads.records import Mention

__all__ = [
    "after_inverted_subject",
    "fronted_before_own",
    "inside_an_answered_claim",
    "misread_body",
    "noun_misread",
    "relative_conjunct",
    "relative_that",
    "said_to_have",
    "summed_up",
    "tag_conjoined",
    "verb_read_as_noun",
]  # fmt: skip


def noun_misread(cue: Token) -> bool:
    """ "undermines claims that …" tagged as a noun then a verb: the word after a verb of
    answering ("undermines", "contradicts") is its object, not a cue."""
    prev = cue.doc[cue.i - 1] if cue.i > 0 else None
    if cue.tag_ == "VBZ" and prev is not None and prev.lemma_.lower() in ANSWERING:
        return True
    return _region_states(cue)


_PLACES = frozenset({"GPE", "LOC"})


def _region_states(cue: Token) -> bool:
    """ "Rust Belt states Indiana, Michigan and Ohio supported Bush": the plural noun "states"
    between a region and its members, no cue (blind audit, round 89)."""
    doc = cue.doc
    if cue.lower_ != "states" or cue.i == 0 or cue.i + 1 >= len(doc):
        return False
    prev, nxt = doc[cue.i - 1], doc[cue.i + 1]
    return prev.ent_type_ in _PLACES and nxt.ent_type_ in _PLACES and nxt.pos_ == "PROPN"


def relative_conjunct(comp: Token) -> bool:
    """A clause joined to a relative ("the government has denied but which could place …"):
    a noun's relative clause the parser read as a report."""
    return any(
        t.lower_ in ("which", "who") and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "conj"
        for t in comp.subtree
    )


def after_inverted_subject(cue: Token, comp: Token) -> bool:
    """A clause after the subject of "said X": the parser's misreading of a word or a relative
    on the speaker, never what X said (an inverted cue follows what it reports)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i), None)
    return subject is not None and comp.i > subject.i


def relative_that(comp: Token) -> bool:
    """ "a charge that Colorado Republican leaders strongly denied": a verb of answering left
    without its object after "that" is a relative on the noun, not the noun's content."""
    return comp.lemma_.lower() in ANSWERING and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in comp.children
    )


_RAISING_REPORTS = frozenset({"allege", "say", "report", "rumor", "rumour", "believe", "think"})


def said_to_have(tok: Token) -> bool:
    """ "the man alleged to have ordered …", "a gang said to be behind …": the noun is what is
    alleged of, not who alleges."""
    if tok.lemma_.lower() not in _RAISING_REPORTS or tok.i + 2 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1 : tok.i + 3]
    return after[0].lower_ == "to" and after[1].lower_ in ("have", "be", "been")


def tag_conjoined(cue: Token, comp: Token) -> Token | None:
    """The sentence's first clause when a closing tag was read as its conjunct: in "The sex
    industry is a byproduct of trafficking, and criminal organizations also profit …, ICG
    reports." the tag reports both clauses, not only the one after "and" (blind audit, round 79:
    half the claim dropped). None unless the tag ends the sentence."""
    first = cue.head
    if cue.dep_ != "conj" or comp.head != cue or not first.i < comp.i < cue.i:
        return None
    if not any(c.dep_ == "cc" and first.i < c.i < comp.left_edge.i for c in first.children):
        return None
    rest = cue.doc[cue.i + 1 : cue.sent.end]
    if not all(t.is_punct for t in rest) or not any(c.dep_ == "nsubj" for c in cue.children):
        return None
    return first.left_edge


def fronted_before_own(cue: Token, comp: Token) -> bool:
    """A clause before the cue's subject when the cue reports a clause of its own after it:
    "Most recently, Trump called to ban Muslims from entering the U.S. While Clinton has
    forcefully condemned the GOP candidate's proposal, the groups … say they are “concerned …”"
    reports what comes after "say"; the parser, missing the sentence break, hung the writer's
    narration on the cue as well (blind audit, round 84: stored as what the groups say)."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not comp.i < subject.i < cue.i:
        return False
    # the complement right after the cue, "say they are …", "say that …": not a tag set off by
    # a comma or colon ("so bad that, Mr. Obama said, the page …", "…, the president says: …")
    # nor one with an object between ("he told Randolph that …")
    # or a gerund: "The club has been a money-maker for Trump, however — he reported earning
    # $132 million" reports the earnings, not the writer's sentence (blind audit, round 85)
    return any(
        (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG"))
        and c.left_edge.i == cue.i + 1
        for c in cue.children
    )


_SUBJECT_NOUNS = frozenset({"NN", "NNP", "JJ"})  # "official" tagged an adjective too


def verb_read_as_noun(head: Token, verbs: frozenset[str]) -> Token | None:
    """ "another State Department official voices disappointment in Chavez, calling him …":
    the parser read the verb "voices" as the plural subject, its noun before it as a modifier
    (blind audit, round 107: the speaker stored as "another State Department official voices").
    A plural subject whose singular is a verb of stance or speech (``verbs``), with the noun
    right before it as its modifier: that noun is the speaker."""
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or head.i == 0:
        return None
    if head.lower_.removesuffix("s") not in verbs and head.lemma_.lower() not in verbs:
        return None
    if head.head.lemma_.lower() in verbs:
        return None  # "the government's own reports suggest that …": a real subject
    noun = head.doc[head.i - 1]
    if (
        noun.head != head
        or noun.dep_ not in ("amod", "compound")
        or noun.tag_ not in _SUBJECT_NOUNS
    ):
        return None
    return noun if noun.ent_type_ in ("", "PERSON", "NORP") else None


def misread_body(head: Token, verbs: frozenset[str], mentions: Sequence[Mention]) -> Mention | None:
    """The coded body named among the modifiers the parser hung on the misread verb: "another
    State Department official voices …" speaks for the State Department, as "another State
    Department official said" does (blind audit, round 107: left unresolved)."""
    doc = head.doc
    if head.i + 1 >= len(doc):
        return None
    verb = doc[head.i + 1]
    if verb_read_as_noun(verb, verbs) != head:
        return None
    for mod in (c for c in verb.children if c.i < head.i and c.dep_ in ("compound", "nmod")):
        found = mention_at(mentions, (mod.idx, mod.idx + len(mod)))
        if found is not None and found.code and found.kind in ("organisation", "country"):
            return found
    return None


def inside_an_answered_claim(cue: Token | None) -> bool:
    """``cue`` stands in the "that" clause of a noun the sentence's subject meets or answers:
    "Christie bristled at the suggestion that he was responsible for advising Trump to soften
    his stance" puts the advising to him; it is no report of his (blind audit, round 58; the
    guard fell on a merge, session 29, once the pronoun resolved)."""
    tok = cue
    for _ in range(8):
        if tok is None or tok.head is tok:
            return False
        aside = tok.i > 0 and tok.doc[tok.i - 1].text in (",", "—", "–", "-", "--")
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and aside:
            return False  # "denied the notion that …, explaining …", "… — saying …" (r67, r29)
        head = tok.head
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        if tok.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and that:
            verb = head.head.head if head.dep_ == "pobj" else head.head
            return head.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in ANSWERING
        tok = head
    return False


# the word by which a gloss after a dash or comma sums up the clause before it
_SUMMING = frozenset({"something"})


def summed_up(cue: Token, comp: Token) -> bool:
    """ "Members of the conservative press accused Clinton of implying police officers were
    racist — something President Barack Obama indicated earlier this week": the parser made the
    writer's clause the content of the gloss's verb, with "something" hung on the cue or the
    dash; the gloss says someone said the like, not these words (blind audit, round 114, once
    no-break spaces parse as spaces)."""
    if comp.i > cue.i:
        return False
    doc = cue.doc
    for i in range(max(comp.left_edge.i, 1), cue.i):
        if doc[i].lower_ not in _SUMMING or doc[i - 1].text not in ("—", "–", "--", "-", ","):
            continue
        # only the cue's own subject between the word and the cue: in "— something the critics
        # ignore, the minister said" the gloss is part of what the minister said
        subject = next(
            (c for c in cue.children if c.dep_ == "nsubj" and c.lower_ not in _SUMMING), None
        )
        return (
            subject is not None
            and subject.left_edge.i == i + 1
            and (subject.right_edge.i == cue.i - 1)
        )
    return False
